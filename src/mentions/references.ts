import { is, norm, type Doc } from '../doc/doc.js';
import { F, W } from '../doc/flags.js';
import type { Phrase } from './phrase.js';
import { isQualifier, type NameMention } from './names.js';
import { nationOf } from './nation.js';
import { ROLE_LINKS } from '../words/function-words.js';
import { COMPASS, DESCRIPTION_MODIFIERS, GENDERED_TITLES, PERSON_PRONOUNS, ROLE_NOUNS } from '../words/people.js';

/** A mention that names no one by itself: a pronoun (`he`) or a description (`the Russian leader`). */
export interface Reference {
  readonly first: number;
  readonly last: number;
  readonly kind: 'pronoun' | 'description';
  readonly gender: 'male' | 'female' | null;
  /** For descriptions: role keys the head can refer to (`leader` → president, prime minister, …). */
  readonly roles: readonly string[];
  /** For descriptions: country key from a demonym or qualifier (`Russian` → `russ`). */
  readonly nation: string | null;
  /** The mention is the speaker of a quotation (`the Norwegian said`). */
  readonly speaker?: boolean;
  /** The token of its head noun when that is not the last (`a spokeswoman` in `a spokeswoman for the port`). */
  readonly head?: number;
}

/** The head of a speaker phrase: the role before a link (`a spokeswoman for the port`), else its last token. */
export function headOf(doc: Doc, p: { first: number; last: number }): number {
  for (let k = p.first; k < p.last; k++) if (ROLE_LINKS.has(norm(doc, k + 1)) && ROLE_NOUNS.has(norm(doc, k))) return k;
  return p.last;
}

/** `the 45-year-old`: an age stands for the person most recently mentioned. */
const AGE = /^\d{1,3}-year-old$/;
/** Roles a description with no role of its own (an age) can refer to: any. */
export const ANYONE: readonly string[] = ['*'];

/**
 * Finds pronouns and definite descriptions (`the` + nationality or modifiers + a role noun) in one pass,
 * plus the speaker phrases that are pronouns or descriptions; names are left to mentions/names.ts.
 */
export function findReferences(doc: Doc, names: readonly NameMention[], speakers: readonly Phrase[]): Reference[] {
  const inName = new Uint8Array(doc.tokens.length);
  for (const m of names) inName.fill(1, m.first, m.last + 1);
  const out = new Map<number, Reference>();
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    const gender = PERSON_PRONOUNS.get(t.norm);
    if (gender && t.kind === 'word')
      out.set(i, { first: i, last: i, kind: 'pronoun', gender, roles: [], nation: null });
    else if (t.norm === 'the' && !inName[i + 1]) {
      const d = description(doc, i, inName);
      if (d) out.set(i, d);
    }
  }
  for (const p of speakers) {
    if (p.kind === 'name') continue;
    // `his wife said`: the speaker is the whole phrase, not the possessive pronoun that opens it (the husband)
    const found = out.get(p.first);
    if (found && found.last >= p.last) {
      out.set(p.first, { ...found, speaker: true });
      continue;
    }
    const at = headOf(doc, p);
    const head = norm(doc, at);
    // `the Norwegian said`: a nationality alone stands for a person of that country
    const demonym = p.kind === 'description' && is(doc, p.last, W.demonym);
    out.set(p.first, {
      first: p.first,
      last: p.last,
      head: at,
      kind: p.kind,
      gender: PERSON_PRONOUNS.get(head) ?? GENDERED_TITLES.get(head) ?? null,
      roles: ROLE_NOUNS.get(head) ?? (demonym ? ANYONE : []),
      nation: demonym ? nationOf(doc, p.last) : null,
      speaker: true,
    });
  }
  return [...out.values()].sort((a, b) => a.first - b.first);
}

/** `the Russian leader`, `the former minister`: `the`, up to three modifiers, a role noun, and no name after it. */
function description(doc: Doc, the: number, inName: Uint8Array): Reference | null {
  let nation: string | null = null;
  let first = the + 1;
  if (norm(doc, the + 2) === "'s" && is(doc, the + 1, W.noun)) first = the + 3; // the company's chief executive
  for (let k = first; k <= first + 3 && k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (inName[k] || doc.sentenceOf[k] !== doc.sentenceOf[the]) return null;
    if (AGE.test(t.norm) && k === first)
      return { first: the, last: k, kind: 'description', gender: null, roles: ANYONE, nation: null }; // the 45-year-old
    const roles = ROLE_NOUNS.get(t.norm);
    if (roles && roles.length > 0 && k > the) {
      const next = doc.tokens[k + 1];
      // the leader Kim …: a title
      if (next && (inName[k + 1] || (is(doc, k + 1, F.cap) && !is(doc, k + 1, W.verb)))) return null;
      return { first: the, last: k, kind: 'description', gender: GENDERED_TITLES.get(t.norm) ?? null, roles, nation };
    }
    if (is(doc, k, W.demonym) || isQualifier(doc, k)) nation = nationOf(doc, k);
    else if (!(DESCRIPTION_MODIFIERS.has(t.norm) || COMPASS.has(t.norm) || is(doc, k, W.adj))) return null;
  }
  return null;
}
