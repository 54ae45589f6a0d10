/**
 * The Wikidata classes whose instances `saidby kb build` keeps, by the type the linker gives them. An item is kept
 * when one of its instance-of (P31) values is listed here, matched directly: the dump holds no class tree, and
 * following subclass-of (P279) would need a second pass over it. Person wins over place, place over organisation
 * (`Q90` Paris is a city and a commune; `Q1065` the UN is an organisation). docs/knowledge-base.md lists them too.
 */
import { words } from './list.js';

/** Human (`Q5`): fictional characters and animals are left out, as the linker looks for real people in news. */
export const PERSON_CLASSES: ReadonlySet<string> = words('Q5');

/**
 * Places: countries and states, their divisions, settlements and major natural features. `Q515` city, `Q6256`
 * country, `Q35657` US state, `Q486972` human settlement.
 */
export const PLACE_CLASSES: ReadonlySet<string> = words(`
  Q6256 Q3624078 Q7275 Q3024240 Q15634554 Q1763527
  Q515 Q1549591 Q1637706 Q5119 Q200250 Q7930989 Q486972 Q3957 Q532 Q15284 Q1093829 Q747074 Q484170 Q262166 Q2039348
  Q35657 Q107390 Q10864048 Q13220204 Q13221722 Q34876 Q28575 Q47168 Q1221156 Q5852411 Q3336843 Q82794 Q1620908
  Q5107 Q23442 Q8502 Q4022 Q23397 Q165 Q9430 Q46831 Q39594
`);

/**
 * Organisations: companies, parties, governments' bodies, international bodies, universities, media, teams.
 * `Q43229` organisation, `Q4830453` business, `Q7278` political party, `Q192283` news agency.
 */
export const ORGANIZATION_CLASSES: ReadonlySet<string> = words(`
  Q43229 Q4830453 Q783794 Q891723 Q6881511 Q167037 Q1331793 Q192283 Q11032 Q1110794 Q1002697 Q1616075 Q14350 Q15265344
  Q7278 Q7210356 Q484652 Q327333 Q2659904 Q7188 Q35798 Q3918 Q875538 Q902104 Q31855 Q1664720 Q163740
  Q15911314 Q157031 Q708676 Q48204 Q476028 Q847017 Q12973014 Q4438121 Q215380 Q2088357 Q18127 Q1320047
`);
