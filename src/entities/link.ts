import type { EntityLink, KbCandidate, KnowledgeBase } from '../types.js';
import { nationKey } from '../mentions/nation.js';
import { CAMPAIGN_ROLES, ROLE_NOUNS } from '../words/people.js';
import type { EntityDraft } from './cluster.js';
import { normalizeName } from '../kb/parse.js';

export type { KnowledgeBase };

/** The default when no knowledge base is given: no entries, so nothing is linked. */
export const EMPTY_KB: KnowledgeBase = { name: 'none', lookup: () => [] };

/** Links below this score are left out: no link is better than a wrong one. */
export const LINK_THRESHOLD = 0.5;

/** What the document says around an entity, for choosing among namesakes. */
interface Context {
  /**
   * Countries the document mentions, as keys (`russ`, `north kore`) and in words (`united states`), each with the
   * entities that mention it: an entity's own name is no evidence for itself (`Georgia` does not make Georgia likely).
   */
  readonly countries: ReadonlyMap<string, ReadonlySet<EntityDraft>>;
  /** The country most of the document's linked places lie in, in words (`united states`), or null. */
  readonly home: string | null;
  /** The article's year (`options.date`), or null. */
  readonly year: number | null;
}

/** One entity's choice: the best candidate and how sure the linker is of it. */
interface Choice {
  readonly c: KbCandidate;
  readonly final: number;
  /** Whether the candidate was found under the entity's own type (not across place and body). */
  readonly own: boolean;
}

/**
 * Stage: link each entity to a knowledge-base entry. Candidates come by each of the entity's name variants; each is
 * scored on its prior, on whether its offices fit the entity's titles (`President` ~ `president of russia`), whether
 * its countries fit the entity's nationality and the countries the article mentions, and whether it still holds
 * office. The best is linked when its score clears the threshold and it is clearly ahead of the next one.
 *
 * Two passes: the first finds the country the article's places lie in (`Arizona`, `Ohio` → the United States), the
 * second uses it for the type of place (`Georgia` among US states is the state) and for bodies named without their
 * country (`the Navy` → `United States Navy`).
 */
export function linkEntities(
  entities: readonly EntityDraft[],
  kb: KnowledgeBase,
  variants: (e: EntityDraft) => readonly string[],
  year: number | null = null,
): Map<EntityDraft, EntityLink> {
  const first: Context = { countries: documentCountries(entities), home: null, year };
  const draft = new Map<EntityDraft, Choice>();
  for (const e of entities) {
    const choice = choose(e, kb, variants(e), first);
    if (choice) draft.set(e, choice);
  }
  const context: Context = { countries: withLinkedCountries(first.countries, draft), home: homeCountry(draft), year };
  const bodies = qualifiers(draft, context.home);
  const links = new Map<EntityDraft, EntityLink>();
  for (const e of entities) {
    const names = variants(e);
    const choice = choose(e, kb, names, context) ?? chooseQualified(e, kb, names, { context, bodies });
    if (!choice) continue;
    const { c, final, own } = choice;
    links.set(e, { id: c.id, label: c.label, score: round(final), source: kb.name });
    if (e.type === 'unknown' || !own) e.type = c.type; // also across place and body
    e.gender ??= c.gender ?? null;
    if (e.type === 'person' && e.countries.size === 0 && c.countries?.length === 1) e.countries.add(c.countries[0]!);
  }
  return links;
}

/** The entity's best candidate when it clears the threshold and no namesake is close behind; else null. */
function choose(e: EntityDraft, kb: KnowledgeBase, names: readonly string[], context: Context): Choice | null {
  if (e.type !== 'person' && e.type !== 'organization' && e.type !== 'place' && e.type !== 'unknown') return null;
  // `Ms Ortega` is not Daniel Ortega: a gender from a title or description rules out candidates of the other one
  const own = candidatesOf(e, kb, names).filter(({ c }) => !e.gender || !c.gender || c.gender === e.gender);
  const found = own.length > 0 ? own : acrossPlaceAndBody(e, kb, names);
  return best(e, found, { names, context, own: own.length > 0 });
}

/** Scores the candidates found and takes the best, as `choose` describes. */
function best(
  e: EntityDraft,
  found: ReadonlyArray<{ c: KbCandidate; full: boolean }>,
  how: { readonly names: readonly string[]; readonly context: Context; readonly own: boolean },
): Choice | null {
  const famous = how.names.some((n) => n.trim().includes(' ')) ? null : famousNamesake(found, e.gender);
  // `Senator Baker` is not the best-known Baker when that one was a governor: titles that contradict the offices
  // of the famous bearer take the bonus away (no titles, or no offices known, leave it)
  const famousFits = famous && (e.roles.size === 0 || !famous.roles?.length || rolesFit(e, famous.roles));
  const home = how.context.home;
  const rival = home !== null && found.some(({ c }) => foreignCountry(c, home));
  const scored = found
    .map(({ c, full }) => ({
      c,
      score: score(e, c, full, how.context, rival) + (famousFits && c === famous ? FAMOUS_BONUS : 0),
    }))
    .sort((a, b) => b.score - a.score);
  const [top, second] = scored;
  if (!top) return null;
  const margin = second ? top.score - second.score : top.score;
  const final = Math.min(1, top.score) * (margin < 0.1 ? margin / 0.1 : 1); // a namesake close behind: unsure
  return final < LINK_THRESHOLD ? null : { c: top.c, final, own: how.own };
}

/**
 * `the Navy` in an article about the United States, `the General Assembly` beside the United Nations: a body that
 * the knowledge base knows only with its country or parent in front (`United States Navy`, `United Nations General
 * Assembly`), looked up with the article's home country and its linked bodies before it.
 */
function chooseQualified(
  e: EntityDraft,
  kb: KnowledgeBase,
  names: readonly string[],
  around: { readonly context: Context; readonly bodies: readonly string[] },
): Choice | null {
  if (e.type !== 'organization' || around.bodies.length === 0) return null;
  const qualified = around.bodies.flatMap((q) => names.map((n) => `${q} ${n}`));
  const found = candidatesOf(e, kb, qualified);
  return best(e, found, { names: qualified, context: around.context, own: true });
}

/** A country other than the article's home country: a place whose only country is itself (`Georgia`, `georgia`). */
function foreignCountry(c: KbCandidate, home: string): boolean {
  const own = normalizeName(c.label);
  return c.type === 'place' && own !== home && c.countries?.length === 1 && c.countries[0] === own;
}

/** The names a body of the article may be qualified by: its home country, then its linked bodies, most named first. */
function qualifiers(draft: ReadonlyMap<EntityDraft, Choice>, home: string | null): string[] {
  const bodies = [...draft]
    .filter(([e, { c }]) => c.type === 'organization' && e.type !== 'person')
    .sort((a, b) => b[0].mentions.length - a[0].mentions.length)
    .slice(0, MAX_QUALIFIERS)
    .map(([, { c }]) => c.label);
  return home ? [home, ...bodies] : bodies;
}

/** How many of the article's bodies qualify a body named alone: a few lookups an entity, whatever the length. */
const MAX_QUALIFIERS = 3;

/**
 * The country where most of the article's linked places lie, counting each place's mentions: `Arizona … Ohio …
 * Georgia` → `united states`. Countries themselves are not counted (`Georgia` may be the state). Null when no
 * country has two mentions or another comes close.
 */
function homeCountry(draft: ReadonlyMap<EntityDraft, Choice>): string | null {
  const tally = new Map<string, number>();
  for (const [e, { c }] of draft) {
    if (c.type !== 'place' || c.countries?.length !== 1) continue;
    const country = c.countries[0]!;
    if (normalizeName(c.label) === country) continue; // a country itself (`Georgia`?): its places tell
    tally.set(country, (tally.get(country) ?? 0) + e.mentions.length);
  }
  const [top, next] = [...tally].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 2 && (!next || top[1] >= 2 * next[1]) ? top[0] : null;
}

/**
 * Candidates by every name variant; `full` when some variant of two or more words matched (a full name, not a surname).
 */
function candidatesOf(
  e: EntityDraft,
  kb: KnowledgeBase,
  names: readonly string[],
): Array<{ c: KbCandidate; full: boolean }> {
  const byId = new Map<string, { c: KbCandidate; full: boolean }>();
  for (const name of names) {
    const full = name.trim().includes(' ');
    for (const c of kb.lookup(name, e.type)) {
      if (e.type !== 'unknown' && c.type !== e.type) continue;
      const had = byId.get(c.id);
      if (!had || (full && !had.full) || c.prior > had.c.prior)
        byId.set(c.id, { c: had && had.c.prior > c.prior ? had.c : c, full: full || (had?.full ?? false) });
    }
  }
  return [...byId.values()];
}

/**
 * `Soviet Union`, `European Union`: name words (`Union`, `Republic`) make a guess at place or body, and the two are
 * often confused. When the guessed type finds nothing, a full name (two words or more) that the knowledge base knows
 * as the other one is taken; the entity then takes the KB's type. A single word never crosses (`Jordan`, `Apple`).
 */
function acrossPlaceAndBody(
  e: EntityDraft,
  kb: KnowledgeBase,
  names: readonly string[],
): Array<{ c: KbCandidate; full: boolean }> {
  const other = e.type === 'organization' ? 'place' : e.type === 'place' ? 'organization' : null;
  if (!other) return [];
  const full = names.filter((n) => n.trim().includes(' '));
  return candidatesOf({ ...e, type: other }, kb, full);
}

/** What being far the best-known bearer of a surname adds, in a chain that never gives a full name. */
const FAMOUS_BONUS = 0.3;
/** The least prior (as a surname lookup lowers it) a person needs to be taken as the bearer of their surname. */
const FAMOUS_PRIOR = 0.25;

/**
 * A chain that names someone by surname only (`Obama said … Obama added`) is linked to the bearer of that surname
 * who is far better known than every other one in the KB: Barack Obama (a head of state, prior 0.27 as a surname)
 * over Michelle Obama (0.16). Called only when no variant is a full name (`Malia Obama … Obama` is not Barack);
 * none when no bearer is known enough, or when two are close (`Bush`: father and son).
 */
function famousNamesake(
  found: ReadonlyArray<{ c: KbCandidate; full: boolean }>,
  gender: 'male' | 'female' | null,
): KbCandidate | null {
  if (found.length === 0 || found.some((f) => f.full || f.c.type !== 'person')) return null;
  // `Ms Ortega`: the chain says a woman; a bearer of unknown gender is not far the best-known one then
  if (gender && found.some((f) => !f.c.gender)) return null;
  const byPrior = [...found].sort((a, b) => b.c.prior - a.c.prior);
  const [top, next] = byPrior;
  if (!top || top.c.prior < FAMOUS_PRIOR) return null;
  return !next || top.c.prior >= 1.5 * next.c.prior ? top.c : null;
}

/** Does a region named after the place (`Cambridge, Massachusetts`) contain the candidate? */
function regionFit(e: EntityDraft, c: KbCandidate): boolean {
  return [...(c.within ?? []), ...(c.countries ?? [])].some((r) => e.regions.has(normalizeName(r)));
}

/** Did the candidate hold some office in that year? Undefined when the KB does not say when it served. */
function inOffice(c: KbCandidate, year: number): boolean | undefined {
  if (!c.served?.length) return undefined;
  return c.served.some((s) => s.from <= year && (s.to ?? Infinity) >= year);
}

function documentCountries(entities: readonly EntityDraft[]): Map<string, Set<EntityDraft>> {
  const countries = new Map<string, Set<EntityDraft>>();
  const add = (k: string, e: EntityDraft): void => {
    const set = countries.get(k) ?? new Set();
    set.add(e);
    countries.set(k, set);
  };
  for (const e of entities) {
    for (const n of e.nations) add(n, e);
    for (const c of e.countries) add(c, e);
    if (e.type === 'place') {
      add(nationKey(e.name), e);
      add(normalizeName(e.name), e);
    }
  }
  return countries;
}

/** The countries of the places linked in the first pass, beside those the document names: `Ohio` → `united states`. */
function withLinkedCountries(
  countries: ReadonlyMap<string, ReadonlySet<EntityDraft>>,
  draft: ReadonlyMap<EntityDraft, Choice>,
): Map<string, Set<EntityDraft>> {
  const out = new Map([...countries].map(([k, v]) => [k, new Set(v)]));
  for (const [e, { c }] of draft) {
    if (c.type !== 'place' || c.countries?.length !== 1) continue;
    const set = out.get(c.countries[0]!) ?? new Set();
    set.add(e);
    out.set(c.countries[0]!, set);
  }
  return out;
}

/** Does some entity other than `e` mention the country (given as a key or in words)? */
function mentionedBesides(context: Context, country: string, e: EntityDraft): boolean {
  for (const k of [country, nationKey(country)]) {
    const by = context.countries.get(k);
    if (by && (by.size > 1 || !by.has(e))) return true;
  }
  return false;
}

/** Does the entity's own nationality (`Russian President …`, `American Senator …`) name one of these countries? */
function nationFits(e: EntityDraft, countries: readonly string[]): boolean {
  return countries.some((c) => e.countries.has(c) || e.nations.has(nationKey(c)));
}

/**
 * A full name, or the name of a place or body, is strong evidence by itself: 0.5 plus half the prior. A surname alone
 * is only as good as its (already lowered) prior. Titles, nationality and the article's countries move it up or down.
 */
function score(e: EntityDraft, c: KbCandidate, full: boolean, context: Context, rival = false): number {
  let s = full || c.type !== 'person' ? 0.5 + 0.5 * c.prior : c.prior;
  const roles = c.roles ?? [];
  const countries = c.countries ?? [];
  // `Republican nominee Ken Cuccinelli`: a candidacy is no office, and the offices listed do not contradict it
  const offices = [...e.roles].some((r) => !CAMPAIGN_ROLES.has(r));
  if (e.roles.size > 0 && roles.length > 0) s += rolesFit(e, roles) ? 0.3 : offices ? -0.1 : 0;
  if (e.regions.size > 0 && c.type === 'place') s += regionFit(e, c) ? 0.3 : -0.2; // `Cambridge, Massachusetts`
  const nationality = e.nations.size > 0 || e.countries.size > 0;
  if (nationality && countries.length > 0) s += nationFits(e, countries) ? 0.25 : -0.2;
  else if (countries.some((k) => mentionedBesides(context, k, e))) s += 0.1;
  // a country's name that is also a place in the article's home country: `Georgia` beside `Arizona` and `Ohio` leans
  // to the US state (`London` beside them stays the city, no country of that name competing)
  if (c.type === 'place' && context.home && rival) s += countries.includes(context.home) ? 0.15 : -0.15;
  const serving = context.year === null ? undefined : inOffice(c, context.year);
  // with the article's date: in office then, or not (`President Bush` in 1991); without: out of office now is a
  // little less likely, but still often in the news
  if (serving !== undefined) s += serving ? 0.2 : -0.15;
  else if (c.until !== undefined) s -= 0.05;
  return s;
}

/** Does any office of the candidate fit a title the text gives (`leader` fits `president of russia`)? */
function rolesFit(e: EntityDraft, roles: readonly string[]): boolean {
  for (const r of e.roles) {
    const keys = [r, ...(ROLE_NOUNS.get(r) ?? [])];
    if (roles.some((office) => keys.some((k) => k && office.includes(k)))) return true;
  }
  return false;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
