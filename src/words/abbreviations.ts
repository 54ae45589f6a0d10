/** Abbreviations, for the sentence splitter: words that take a dot without ending a sentence. */
import { union, words } from './list.js';

/** Abbreviations that usually stand before a name and so never end a sentence: `Dr. Li`, `Mt. Fuji`, `No. 10`. */
export const PRENOMINAL = words(`
  mr mrs ms mx dr prof st rev fr hon sen rep gov lt gen col maj capt sgt adm pres no vs v mt ft messrs msgr amb det
  insp supt atty
`);

/** Words that take a dot without ending a sentence (lower case, without the dot): the prenominal ones and these. */
export const ABBREVIATIONS = union(
  PRENOMINAL,
  // other honorifics and titles
  words('sr jr mmes cpt cpl pvt cmdr sec dept asst assoc'),
  // places and organisations
  words('ave blvd rd inc corp co ltd bros plc univ'),
  // months and days
  words('jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'),
  // US states as written in news (Calif., Mass.)
  words(`
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn
    tex va vt wash wis wyo
  `),
  // other
  words('nos etc approx est vol fig cf al ca op ed'),
);
