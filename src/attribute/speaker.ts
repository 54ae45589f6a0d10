/**
 * Speaker finders shared by the direct sieves and the reported frames: the phrase before a cue, past an aside
 * (`X, who replaced Y in July, said`), and the subject of the cue's sentence.
 */
import { type Doc, is, kind, norm, text } from '../doc/doc.js';
import { cueAt, cueEndingAt } from '../cues/find.js';
import type { NameMention } from '../mentions/names.js';
import { W } from '../doc/flags.js';
import { phraseFrom, phraseTo, skipAdverbs, skipParenthesis, type NameIndex, type Phrase } from '../mentions/phrase.js';
import { ADJUNCT_PREPOSITIONS } from '../words/time-and-adjuncts.js';
import { ARTICLES } from '../words/function-words.js';
import { QUOTING_VERBS } from '../words/verbs.js';

const ASIDE_MAX = 30;
const SUBJECT_REACH = 40;
/** How far `quoted` may come before `as saying`: `quoted the party's long-serving treasurer as saying`. */
const QUOTED_MAX = 10;

/**
 * The speaker of a participle cue (`…, saying, "…"`): the name right before it (`footage of Hillary Clinton asking`),
 * else the subject of its sentence (`Trump attacked Clinton for her votes, saying, "…"`).
 */
export function gerundSubject(doc: Doc, names: NameIndex, cue: number): Phrase | null {
  const quoted = quotedAs(doc, names, cue);
  if (quoted) return quoted;
  const m = names.byLast.get(cue - 1) ?? invertedBefore(doc, names, cue);
  if (m && (m.type === 'person' || m.type === 'unknown'))
    return { first: m.first, last: m.last, kind: 'name', end: m.last + 1 };
  return withSubject(doc, names, cue) ?? sentenceSubject(doc, names, cue);
}

/** How far back `with` may be from its gerund: `with the local paper reporting`. */
const WITH_REACH = 6;

/** `…, with the Gazette reporting that …`: the phrase between `with` and the gerund is who reports. */
function withSubject(doc: Doc, names: NameIndex, cue: number): Phrase | null {
  for (let k = cue - 2; k >= Math.max(0, cue - WITH_REACH); k--) {
    if (norm(doc, k) !== 'with') continue;
    const p = phraseFrom(doc, names, k + 1);
    return p && p.end === cue ? p : null;
  }
  return null;
}

/** `"…," said Mr Jolin, adding that …`: the name of an inverted tag right before the participle's comma. */
function invertedBefore(doc: Doc, names: NameIndex, cue: number): NameMention | undefined {
  if (text(doc, cue - 1) !== ',') return undefined;
  const m = names.byLast.get(cue - 2);
  return m && cueEndingAt(doc.tokens, m.first - 1) ? m : undefined;
}

/**
 * `The site quoted Ms Orlova as saying: "…"`: before `as saying`, the object of `quoted` is the one quoted, not the
 * sentence's subject. The phrase between `quoted` and `as` before the participle cue at `cue`, or null.
 */
export function quotedAs(doc: Doc, names: NameIndex, cue: number): Phrase | null {
  if (norm(doc, cue - 1) !== 'as') return null;
  for (let k = cue - 2; k >= 0 && cue - k <= QUOTED_MAX; k--) {
    if (kind(doc, k) !== 'word') return null;
    if (!QUOTING_VERBS.has(norm(doc, k))) continue;
    const p = phraseFrom(doc, names, k + 1);
    return p && p.end === cue - 1 ? p : null;
  }
  return null;
}

/** The first phrase in the cue's sentence, at its start or after a comma, that a verb follows: its subject. */
export function sentenceSubject(doc: Doc, names: NameIndex, cue: number): Phrase | null {
  const start = doc.sentences[doc.sentenceOf[cue]!]!.tokenStart;
  const from = Math.max(start, cue - SUBJECT_REACH); // bounded, so a huge sentence stays linear
  for (let k = from; k < cue; k++) {
    // `"Promise me," Ana sings, before asking her, "…"`: the subject is never a phrase inside a quotation
    if (doc.inQuote[k]) continue;
    if (k !== start && text(doc, k - 1) !== ',' && kind(doc, k - 1) !== 'quote') continue;
    if (doc.inQuote[k] === 1) continue; // `"Promise me," she sings`: the quotation's words are not its subject
    const p = phraseFrom(doc, names, k);
    if (!p || p.end > cue) continue;
    let v = skipParenthesis(doc, p.end); // `Jason Chaffetz (R-Utah) said`
    if (text(doc, v) === ',') v = asideEnd(doc, v, cue);
    v = skipAdverbs(doc, skipTime(doc, v));
    if (is(doc, v, W.verb | W.inf) || cueAt(doc.tokens, v)) return p;
  }
  return null;
}

/** `Mr Blair on Sunday dismissed …`: the token after a time adjunct at k (`on Sunday`, `yesterday`), or k. */
function skipTime(doc: Doc, k: number): number {
  if (is(doc, k, W.date)) return k + 1;
  return ADJUNCT_PREPOSITIONS.has(norm(doc, k)) && is(doc, k + 1, W.date) ? k + 2 : k;
}

/** Token after a comma-delimited aside that starts at the comma k (`Dean, a former chairman, poked`), or k. */
function asideEnd(doc: Doc, k: number, limit: number): number {
  for (let m = k + 1; m < limit && m - k < ASIDE_MAX; m++) if (text(doc, m) === ',') return m + 1;
  return k;
}

/** The speaker phrase before a cue, past adverbs and a comma-delimited aside (`X, who replaced Y in July, said`). */
export function speakerBefore(doc: Doc, names: NameIndex, end: number): Phrase | null {
  let e = skipAdverbs(doc, end, -1);
  // `backed by Culture Secretary Ann Tate who said`: the relative pronoun stands for the name before it
  if (norm(doc, e) === 'who') return relativeAntecedent(doc, names, e);
  if (norm(doc, e) === "'s") e--; // the mayor's claim that …: the possessor is the source
  // `Her call was backed by Culture Secretary Ann Tate, who said: "…"`: the relative's antecedent speaks
  if (norm(doc, e) === 'who') e = text(doc, e - 1) === ',' ? e - 2 : e - 1;
  e = beforeParenthesis(doc, e);
  const t = doc.tokens[e];
  if (!t) return null;
  if (t.text !== ',') return phraseTo(doc, names, e);
  const aside = personFrom(doc, names, e);
  if (aside) return aside;
  let found: Phrase | null = null;
  for (let m = e - 1; m >= 0 && e - m < ASIDE_MAX; m--) {
    const tm = doc.tokens[m]!;
    if (doc.sentenceOf[m] !== doc.sentenceOf[e] || tm.kind === 'quote') break;
    if (tm.text !== ',') continue;
    const p = phraseTo(doc, names, beforeParenthesis(doc, m - 1));
    if (p && isPerson(names, p)) return p;
    found ??= p;
  }
  return found;
}

/** The person a `who` at k refers to: the name right before it, or before its comma (`Ann Tate, who said`). */
function relativeAntecedent(doc: Doc, names: NameIndex, who: number): Phrase | null {
  const k = text(doc, who - 1) === ',' ? who - 2 : who - 1;
  const m = names.byLast.get(k);
  if (m && m.type !== 'place' && m.type !== 'organization')
    return { first: m.first, last: m.last, kind: 'name', end: m.last + 1 };
  // `an architect who said`, `Ann Tate, who said`; not `anybody who complains`
  const p = phraseTo(doc, names, k);
  return p && (text(doc, who - 1) === ',' || ARTICLES.has(norm(doc, p.first))) ? p : null;
}

/**
 * Appositions name their person between commas: `The Minister for the Regions, Ann Tate, said` gives `Ann Tate`;
 * `Rita Moss, head of research at Westbank, Oslo, said` reads back past the place and the bank to `Rita Moss`.
 * The name between the comma at `comma` and the one before it, when the phrase before that is no person's name.
 */
function personFrom(doc: Doc, names: NameIndex, comma: number): Phrase | null {
  const m = names.byLast.get(comma - 1);
  if (!m || m.type !== 'person' || text(doc, m.first - 1) !== ',') return null;
  const before = phraseTo(doc, names, m.first - 2);
  if (before && isPerson(names, before)) return null;
  return { first: m.first, last: m.last, kind: 'name', end: m.last + 1 };
}

function isPerson(names: NameIndex, p: Phrase): boolean {
  return p.kind === 'name' && names.byLast.get(p.last)?.type === 'person';
}

/** `Rep. Gregory Meeks (D-N.Y.), chairman of …`: the phrase ends before a short parenthesis at k, if any. */
function beforeParenthesis(doc: Doc, k: number): number {
  if (text(doc, k) !== ')') return k;
  for (let m = k - 1; m >= 0 && k - m < 8; m--) if (text(doc, m) === '(') return m - 1;
  return k;
}
