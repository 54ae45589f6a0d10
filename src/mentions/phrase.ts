import { is, kind, norm, text, type Doc } from '../doc/doc.js';
import { F, W } from '../doc/flags.js';
import { cueAt } from '../cues/find.js';
import type { NameMention } from './names.js';
import {
  BASE_FORM_SUBJECTS,
  DETERMINERS,
  LONE_DETERMINERS,
  QUANTIFIERS,
  ROLE_LINKS,
  SUBJECT_PRONOUNS,
} from '../words/function-words.js';
import { ORG_NOUNS, ROLE_NOUNS, ROLE_PARTICIPLES } from '../words/people.js';

/** A noun phrase that can be a speaker: tokens first..last inclusive, ending at its head. */
export interface Phrase {
  readonly first: number;
  readonly last: number;
  readonly kind: 'name' | 'pronoun' | 'description';
  /** Token after everything read, a trailing `of the Sierra Club` included. */
  readonly end: number;
}

/** Name mentions indexed by their first and last tokens, for the phrase readers. */
export interface NameIndex {
  readonly byFirst: ReadonlyMap<number, NameMention>;
  readonly byLast: ReadonlyMap<number, NameMention>;
}

export function indexNames(names: readonly NameMention[]): NameIndex {
  const byFirst = new Map<number, NameMention>();
  const byLast = new Map<number, NameMention>();
  for (const m of names) {
    byFirst.set(m.first, m);
    byFirst.set(m.nameFirst, m);
    byLast.set(m.last, m);
  }
  return { byFirst, byLast };
}

const STOP = W.verb | W.prep | W.conj | W.question | W.pron | W.adv | W.date;
const MAX = 12;
const PAREN_MAX = 8;

/** Can token k sit inside a description (`Russian state media`, `a 45-year-old`, `campaign spokesman`)? */
function descriptive(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || (t.kind !== 'word' && t.kind !== 'number')) return false;
  if (ROLE_NOUNS.has(t.norm) || ORG_NOUNS.has(t.norm) || ROLE_PARTICIPLES.has(t.norm)) return true;
  // a determiner opens a phrase; inside one it starts another; `But`
  if (is(doc, k, W.date | W.det | W.conj)) return false;
  if (is(doc, k, F.cap)) return !is(doc, k, W.pron | W.question) || is(doc, k, W.demonym);
  return !is(doc, k, STOP);
}

/** Can the head of a description speak: a role, a body, a group, a document? Adjectives and verbs cannot. */
function speakingHead(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (ROLE_NOUNS.has(t.norm) || ORG_NOUNS.has(t.norm) || is(doc, k, W.actor | W.noun | F.cap)) return true;
  return t.kind === 'word' && !is(doc, k, STOP | W.adj | W.inf);
}

/** A reporting verb that cannot be a noun here: `said`, `saying`, `told reporters`; not `state` in `state media`. */
function isVerbCue(doc: Doc, k: number): boolean {
  const c = cueAt(doc.tokens, k);
  return c !== null && c.tense !== 'infinitive' && !(c.tense === 'present' && is(doc, k + 1, W.noun));
}

/** The first token from k (reading forwards, or backwards with step -1) that is not an adverb: `Putin also said`. */
export function skipAdverbs(doc: Doc, k: number, step: 1 | -1 = 1): number {
  let i = k;
  while (kind(doc, i) === 'word' && is(doc, i, W.adv)) i += step;
  return i;
}

/** Index after a parenthesis that opens at k (`(D-Wis.)`), or k when there is none. */
export function skipParenthesis(doc: Doc, k: number): number {
  if (text(doc, k) !== '(') return k;
  for (let m = k + 1; m < k + PAREN_MAX && m < doc.tokens.length; m++) if (text(doc, m) === ')') return m + 1;
  return k;
}

/**
 * The speaker phrase that starts at token i, read rightwards: a pronoun, or determiner + modifiers + head where
 * modifiers and head may be names (`Tulsa police Chief Chuck Jordan`, `Obama's former campaign strategist`,
 * `a spokesman for the ministry`). Stops before a cue, a verb, a preposition or punctuation.
 */
export function phraseFrom(doc: Doc, names: NameIndex, i: number, limit = MAX): Phrase | null {
  const t = doc.tokens[i];
  if (!t) return null;
  if (SUBJECT_PRONOUNS.has(t.norm) && t.norm !== 'who') return { first: i, last: i, kind: 'pronoun', end: i + 1 };
  // `"…," one said.`, `said another`: a pronoun-like determiner standing alone before or after its cue
  if (LONE_DETERMINERS.has(t.norm) && (isVerbCue(doc, i + 1) || endsPhrase(doc, i + 1)))
    return { first: i, last: i, kind: 'description', end: i + 1 };
  let k = DETERMINERS.has(t.norm) && !names.byFirst.has(i) ? i + 1 : i;
  // `running mate Gov. Tom Reyes`: a participle that modifies the noun after it
  if (k === i && isModifyingParticiple(doc, k)) k++;
  const afterDet = k > i ? k : -1;
  let head = -1;
  let read = -1;
  let kind: Phrase['kind'] = 'description';
  while (k < i + limit && k < doc.tokens.length && doc.sentenceOf[k] === doc.sentenceOf[i]) {
    const tk = doc.tokens[k]!;
    const name = names.byFirst.get(k);
    if (name) {
      head = name.last;
      kind = 'name';
      k = name.last + 1;
      continue;
    }
    if ((tk.norm === "'s" && head >= 0) || isCoordinate(doc, names, k, head)) {
      k++;
      continue;
    }
    if (ROLE_LINKS.has(tk.norm) && head >= 0 && (kind === 'name' || ROLE_NOUNS.has(norm(doc, head)))) {
      const inner = phraseFrom(doc, names, k + 1, limit - (k - i) - 1);
      if (!inner || inner.kind === 'pronoun') break;
      if (kind === 'name') return { first: i, last: head, kind, end: inner.end }; // Mr. Morgan of the Sierra Club
      return { first: i, last: inner.last, kind: inner.kind, end: inner.end }; // a spokesman for the ministry
    }
    const free = k === afterDet && (tk.kind === 'word' || AGE.test(tk.text)) && !is(doc, k, W.pron | W.prep | W.conj);
    if (!free && (!descriptive(doc, k) || isVerbCue(doc, k))) break;
    if (free || speakingHead(doc, k)) {
      head = k;
      kind = 'description';
    }
    read = k;
    k++;
  }
  // `the respected regional weekly wrote`: the word right before the cue heads the phrase, an adjective or not
  if (kind === 'description' && read > head && read === k - 1 && isVerbCue(doc, k) && doc.tokens[read]!.kind === 'word')
    head = read;
  return head < 0 ? null : { first: i, last: head, kind, end: head + 1 };
}

/** `the 31-year-old`: an age that stands for a person. */
const AGE = /^\d+-year-old$/i;

function endsPhrase(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !t || t.lineBefore || t.kind === 'punct';
}

/** `running mate`, `leading candidate`: an -ing word before a noun, at the start of a phrase. */
function isModifyingParticiple(doc: Doc, k: number): boolean {
  return norm(doc, k).endsWith('ing') && is(doc, k, W.verb) && is(doc, k + 1, W.noun | W.actor) && !isVerbCue(doc, k);
}

/**
 * `Ames and Brody`, `chairman and chief executive officer Bill Ford`: `and` joins two names, or a role to the rest
 * of the phrase. Not `the mayor and his wife`: what follows `and` must be a name or a descriptive word.
 */
function isCoordinate(doc: Doc, names: NameIndex, k: number, head: number): boolean {
  if (norm(doc, k) !== 'and' || head < 0 || head !== k - 1) return false;
  const next = names.byFirst.get(k + 1);
  if (names.byLast.has(head)) return next !== undefined && next.type !== 'place';
  return ROLE_NOUNS.has(norm(doc, head)) && (next !== undefined || (descriptive(doc, k + 1) && !is(doc, k + 1, W.det)));
}

/** The speaker phrase that ends at token `end`, read leftwards (`the Russian leader` before `said`). */
export function phraseTo(doc: Doc, names: NameIndex, end: number): Phrase | null {
  const t = doc.tokens[end];
  if (!t) return null;
  if (SUBJECT_PRONOUNS.has(t.norm) && t.norm !== 'who') return { first: end, last: end, kind: 'pronoun', end: end + 1 };
  const name = names.byLast.get(end);
  if (!name && (t.kind !== 'word' || !speakingHead(doc, end) || is(doc, end, STOP))) return null;
  let first = name ? name.first : end;
  for (let k = first - 1; k >= 0 && end - k < MAX; k--) {
    if (doc.sentenceOf[k] !== doc.sentenceOf[end]) break;
    const tk = doc.tokens[k]!;
    if (DETERMINERS.has(tk.norm)) {
      first = k;
      // `A spokeswoman for the port said`: the role before the link heads the phrase, not `the port`
      if (k >= 2 && ROLE_LINKS.has(norm(doc, k - 1)) && ROLE_NOUNS.has(norm(doc, k - 2))) continue;
      break;
    }
    const m = names.byLast.get(k);
    if (m) {
      first = m.first;
      k = m.first;
      continue;
    }
    if (tk.norm === "'s" || (ROLE_LINKS.has(tk.norm) && k > 0 && ROLE_NOUNS.has(norm(doc, k - 1)))) continue;
    if (!descriptive(doc, k) || isVerbCue(doc, k)) break;
    first = k;
  }
  if (norm(doc, first) === "'s") first++;
  return { first, last: end, kind: name ? 'name' : 'description', end: end + 1 };
}

/** `they say`, `lawmakers say`, `Mr. Grassley and Mr. Leahy say`: a base form is a present tense after a plural. */
export function isPlural(doc: Doc, p: Phrase): boolean {
  if (p.kind === 'pronoun') return BASE_FORM_SUBJECTS.has(norm(doc, p.last));
  if (is(doc, p.last, W.plural) || (norm(doc, p.last).endsWith('s') && p.kind === 'description')) return true;
  if (QUANTIFIERS.has(norm(doc, p.first)) || norm(doc, p.first - 1) === 'and') return true; // many Democrats; X and Y
  for (let k = p.first; k < p.last; k++) if (norm(doc, k) === 'and') return true;
  return false;
}
