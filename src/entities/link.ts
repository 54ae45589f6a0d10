import type { EntityLink, KbCandidate, KnowledgeBase } from '../types.js';
import { nationKey } from '../mentions/nation.js';
import { ROLE_NOUNS } from '../words/people.js';
import type { EntityDraft } from './cluster.js';
import { normalizeName } from '../kb/parse.js';

export type { KnowledgeBase };

/** The default when no knowledge base is given: no entries, so nothing is linked. */
export const EMPTY_KB: KnowledgeBase = { name: 'none', lookup: () => [] };

/** Links below this score are left out: no link is better than a wrong one. */
export const LINK_THRESHOLD = 0.5;

/** What the document says around an entity, for choosing among namesakes. */
interface Context {
  /** Country keys of the places and nationalities the document mentions (`russ`, `north kore`). */
  readonly countries: ReadonlySet<string>;
  /** The article's year (`options.date`), or null. */
  readonly year: number | null;
}

/**
 * Stage: link each entity to a knowledge-base entry. Candidates come by each of the entity's name variants; each is
 * scored on its prior, on whether its offices fit the entity's titles (`President` ~ `president of russia`), whether
 * its countries fit the entity's nationality and the countries the article mentions, and whether it still holds
 * office. The best is linked when its score clears the threshold and it is clearly ahead of the next one.
 */
export function linkEntities(
  entities: readonly EntityDraft[],
  kb: KnowledgeBase,
  variants: (e: EntityDraft) => readonly string[],
  year: number | null = null,
): Map<EntityDraft, EntityLink> {
  const links = new Map<EntityDraft, EntityLink>();
  const context = { ...documentContext(entities), year };
  for (const e of entities) {
    if (e.type !== 'person' && e.type !== 'organization' && e.type !== 'place' && e.type !== 'unknown') continue;
    const names = variants(e);
    // `Ms Ortega` is not Daniel Ortega: a gender from a title or description rules out candidates of the other one
    const own = candidatesOf(e, kb, names).filter(({ c }) => !e.gender || !c.gender || c.gender === e.gender);
    const found = own.length > 0 ? own : acrossPlaceAndBody(e, kb, names);
    const famous = names.some((n) => n.trim().includes(' ')) ? null : famousNamesake(found, e.gender);
    // `Senator Baker` is not the best-known Baker when that one was a governor: titles that contradict the offices
    // of the famous bearer take the bonus away (no titles, or no offices known, leave it)
    const famousFits = famous && (e.roles.size === 0 || !famous.roles?.length || rolesFit(e, famous.roles));
    const scored = found
      .map(({ c, full }) => ({
        c,
        score: score(e, c, full, context) + (famousFits && c === famous ? FAMOUS_BONUS : 0),
      }))
      .sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (!best) continue;
    const margin = second ? best.score - second.score : best.score;
    const final = Math.min(1, best.score) * (margin < 0.1 ? margin / 0.1 : 1); // a namesake close behind: unsure
    if (final < LINK_THRESHOLD) continue;
    links.set(e, { id: best.c.id, label: best.c.label, score: round(final), source: kb.name });
    if (e.type === 'unknown' || own.length === 0) e.type = best.c.type; // also across place and body
    e.gender ??= best.c.gender ?? null;
    if (e.type === 'person' && e.countries.size === 0 && best.c.countries?.length === 1)
      e.countries.add(best.c.countries[0]!);
  }
  return links;
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

function documentContext(entities: readonly EntityDraft[]): Omit<Context, 'year'> {
  const countries = new Set<string>();
  for (const e of entities) {
    for (const n of e.nations) countries.add(n);
    if (e.type === 'place') countries.add(nationKey(e.name));
  }
  return { countries };
}

/**
 * A full name, or the name of a place or body, is strong evidence by itself: 0.5 plus half the prior. A surname alone
 * is only as good as its (already lowered) prior. Titles, nationality and the article's countries move it up or down.
 */
function score(e: EntityDraft, c: KbCandidate, full: boolean, context: Context): number {
  let s = full || c.type !== 'person' ? 0.5 + 0.5 * c.prior : c.prior;
  const roles = c.roles ?? [];
  const countries = (c.countries ?? []).map(nationKey);
  if (e.roles.size > 0 && roles.length > 0) s += rolesFit(e, roles) ? 0.3 : -0.1;
  if (e.regions.size > 0 && c.type === 'place') s += regionFit(e, c) ? 0.3 : -0.2; // `Cambridge, Massachusetts`
  if (e.nations.size > 0 && countries.length > 0) s += countries.some((k) => e.nations.has(k)) ? 0.25 : -0.2;
  else if (countries.some((k) => context.countries.has(k))) s += 0.1;
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
