import { text, type Doc } from '../doc/doc.js';
import type { EntityLink } from '../types.js';
import { ACRONYM_SKIPPED_WORDS } from '../words/people.js';
import type { EntityDraft } from './cluster.js';

/** How long an acronym is: `UN` to `NASDAQ`. */
const ACRONYM_MIN = 2;
const ACRONYM_MAX = 6;

/** Is the entity named by one word in capitals, `SRU`, `FBI`: an acronym, which another name may spell out? */
function isAcronym(e: EntityDraft): boolean {
  const name = e.name;
  if (e.type === 'person' || e.words.length !== 1 || name.length < ACRONYM_MIN || name.length > ACRONYM_MAX)
    return false;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c < 65 || c > 90) return false; // A-Z only
  }
  return true;
}

/** The initials of a name's words, short words left out: `Federal Bureau of Investigation` → `fbi`. */
function initials(words: readonly string[]): string {
  let out = '';
  for (const w of words) if (!ACRONYM_SKIPPED_WORDS.has(w)) out += w[0] ?? '';
  return out;
}

/**
 * Joins an acronym to the name it abbreviates, which then names the entity: `The Scottish Rugby Union will review
 * the match. The SRU said …` and `the Gadget Association (GA)` give one entity each, named in full. The acronym joins
 * a name that spells it with its initials, or the name right before it when it stands in parentheses there
 * (`Organisation for Economic Co-operation and Development (OECD)`). Two names with the same initials leave it alone,
 * and a person's name is never spelled out (`JFK`). Mentions move to the full name's entity; the acronym's is left
 * empty, so no result lists it.
 */
export function joinAcronyms(doc: Doc, entities: readonly EntityDraft[]): void {
  const byInitials = new Map<string, EntityDraft | null>();
  const byLast = new Map<number, EntityDraft>();
  for (const e of entities) {
    for (const m of e.mentions) byLast.set(m.last, e);
    if (e.words.length < 2 || e.type === 'person') continue;
    const key = initials(e.words);
    byInitials.set(key, byInitials.has(key) && byInitials.get(key) !== e ? null : e);
  }
  for (const e of entities) {
    if (!isAcronym(e)) continue;
    const full = byInitials.get(e.name.toLowerCase()) ?? introducedBy(doc, e, byLast);
    if (full && full !== e) moveInto(e, full);
  }
}

/** `the Gadget Association (GA)`: the entity whose name ends right before the acronym's parenthesis. */
function introducedBy(doc: Doc, e: EntityDraft, byLast: ReadonlyMap<number, EntityDraft>): EntityDraft | null {
  for (const m of e.mentions) {
    if (text(doc, m.first - 1) !== '(' || text(doc, m.last + 1) !== ')') continue;
    const full = byLast.get(m.first - 2);
    if (full && full.type !== 'person' && full.words.length > 1) return full;
  }
  return null;
}

/** Moves every mention of `from` into `to`; `from` is left empty, so no result lists it. */
export function moveInto(from: EntityDraft, to: EntityDraft): void {
  to.mentions.push(...from.mentions);
  to.nameSpans.push(...from.nameSpans);
  from.mentions.length = 0;
  from.nameSpans.length = 0;
  if (to.type === 'unknown') to.type = from.type === 'unknown' ? 'organization' : from.type;
}

/**
 * `the FBI said`: an organisation known in the text only by its acronym is named by its knowledge-base label when the
 * label spells the acronym out (`Federal Bureau of Investigation`); a label that does not (`BBC`) changes nothing.
 */
export function spellOutAcronyms(entities: readonly EntityDraft[], links: ReadonlyMap<EntityDraft, EntityLink>): void {
  for (const e of entities) {
    const link = links.get(e);
    if (!link || !isAcronym(e)) continue;
    const words = link.label.toLowerCase().split(' ');
    if (words.length > 1 && initials(words) === e.name.toLowerCase()) e.name = link.label;
  }
}
