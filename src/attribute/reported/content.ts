import { type Doc, is, kind, norm, text } from '../../doc/doc.js';
import { F, W } from '../../doc/flags.js';
import { cueAt, type CueMatch } from '../../cues/find.js';
import { Frame, hasFrame } from '../../cues/frame.js';
import type { NameIndex } from '../../mentions/phrase.js';
import { phraseFrom } from '../../mentions/phrase.js';
import {
  AUXILIARIES,
  BE,
  HEARER_PRONOUNS,
  PARTICIPLE_LINKS,
  PERSON_SUBJECTS,
  RELATIVES,
  TRAILERS,
} from '../../words/function-words.js';
import { CLAUSE_END_MARKS } from '../../words/punctuation.js';
import { ADJUNCT_OPENERS, EVENT_ADJUNCTS } from '../../words/time-and-adjuncts.js';

const MAX_ADJUNCT = 8;
/** A reported clause is at most this many tokens: longer ones are cut (and the scan stays linear). */
export const MAX_CONTENT = 150;

/** Where the reported clause after a cue starts: past a hearer (`told reporters`), adjuncts, `that` and a comma. */
export function contentStart(doc: Doc, names: NameIndex, cue: CueMatch, end: number): number {
  let k = cue.last + 1;
  if (hasFrame(cue, Frame.hearer) && cue.tense !== 'phrase' && norm(doc, k) !== 'that') {
    // `told reporters` has its hearer
    const that = thatAfterHearer(doc, k, end);
    if (that >= 0) return that + 1; // `tells MSNBC’s “Morning Joe” on Friday that …`
    if (HEARER_PRONOUNS.has(norm(doc, k))) k++;
    else {
      const hearer = phraseFrom(doc, names, k);
      // `urges supporters to monitor …`: with a to-infinitive the hearer belongs to what is urged; `warned the plan
      // was unsafe`: a finite verb after the phrase makes it the subject of what was said, not a hearer
      const isHearer = hearer && hearer.kind !== 'pronoun' && hearer.end <= end && norm(doc, hearer.end) !== 'to';
      if (isHearer && !finiteAfter(doc, hearer.end)) k = hearer.end;
    }
  }
  k = pastAdjunct(doc, names, k, end);
  if (text(doc, k) === ',' || text(doc, k) === ':') k++;
  if (norm(doc, k) === 'that') k++;
  return k;
}

/** `warned the plan [was] unsafe`, `warned there [is] …`: an auxiliary or a finite verb opens a predicate. */
function finiteAfter(doc: Doc, k: number): boolean {
  const word = norm(doc, k);
  return AUXILIARIES.has(word) || (is(doc, k, W.verb) && !word.endsWith('ing') && !cueAt(doc.tokens, k));
}

/** A `that` a few words after a hearer, with no verb before it: what the hearer was told starts there. */
function thatAfterHearer(doc: Doc, from: number, end: number): number {
  for (let k = from; k < end && k - from <= 10; k++) {
    if (norm(doc, k) === 'that') return k;
    if (is(doc, k, W.verb) || text(doc, k) === '.' || text(doc, k) === ';') return -1;
  }
  return -1;
}

/** `that`, a comma, a verb or a pronoun: where a leading adjunct (`on Monday`, `in a statement`) has ended. */
function endsAdjunct(doc: Doc, m: number): boolean {
  return is(doc, m, W.verb | W.pron) || norm(doc, m) === 'that' || text(doc, m) === ',';
}

/** `…, he said`, `…, during a visit to …`, `…, who is 70`: the comma at k is followed by what the content is not. */
function endsAtComma(doc: Doc, k: number, sentenceEnd: number): boolean {
  if (tagFollows(doc, k + 1, sentenceEnd) || speechAdjunct(doc, k + 1) || innerReport(doc, k + 1)) return true;
  return trailingClause(doc, k + 1) && !embeddedRelative(doc, k + 1, sentenceEnd);
}

/** How far a relative clause between commas may run: `his club, who are three points clear, were …`. */
const RELATIVE_REACH = 15;

/**
 * `his club, who are three points clear, were "fearing nobody"`: a relative clause closed by a second comma that a
 * verb follows sits inside the subject of what was said, so the content goes on past it.
 */
function embeddedRelative(doc: Doc, k: number, end: number): boolean {
  if (!RELATIVES.has(norm(doc, k))) return false;
  for (let m = k + 1; m < Math.min(end, k + RELATIVE_REACH); m++) {
    if (text(doc, m) !== ',') continue;
    const next = norm(doc, m + 1);
    return is(doc, m + 1, W.verb) && !next.endsWith('ing') && !cueAt(doc.tokens, m + 1);
  }
  return false;
}

/**
 * `…, with the Gazette reporting that …`: a second source's report hung on the first, which is a quote of its own
 * and not part of what the first source said.
 */
function innerReport(doc: Doc, k: number): boolean {
  if (norm(doc, k) !== 'with' || doc.inQuote[k] === 1) return false;
  for (let m = k + 1; m < k + 6; m++) {
    const c = cueAt(doc.tokens, m);
    if (c) return c.tense === 'gerund';
  }
  return false;
}

/** `earlier on Wednesday`, `in a statement on Monday`: skipped only when a clause (or `that`) follows it. */
function pastAdjunct(doc: Doc, names: NameIndex, k: number, end: number): number {
  if (!(ADJUNCT_OPENERS.has(norm(doc, k)) || is(doc, k, W.date))) return k;
  let m = k + 1;
  while (m < end && m - k < MAX_ADJUNCT && !endsAdjunct(doc, m)) m++;
  const next = doc.tokens[m];
  if (!next) return k;
  if (next.norm === 'that' || next.text === ',' || is(doc, m, W.pron)) return m;
  return k;
}

/**
 * Can a reported clause start at k? Anything that can open a subject: a pronoun, determiner, name, noun, adjective,
 * adverb (`too much is made of it`), number or quotation mark; not a preposition, conjunction, verb or punctuation.
 */
export function startsClause(doc: Doc, names: NameIndex, k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (t.kind === 'quote' || t.kind === 'number' || names.byFirst.has(k) || is(doc, k, F.cap)) return true;
  if (t.kind !== 'word') return false;
  if (is(doc, k, W.pron | W.det))
    return !is(doc, k, W.question) || t.norm === 'what' || t.norm === 'how' || t.norm === 'why';
  return !is(doc, k, W.prep | W.conj | W.verb) || gerundSubject(doc, k);
}

/** `said gaming was entering …`: an `-ing` word before an auxiliary is the clause's subject, not its verb. */
function gerundSubject(doc: Doc, k: number): boolean {
  return norm(doc, k).endsWith('ing') && is(doc, k, W.verb) && AUXILIARIES.has(norm(doc, k + 1));
}

/** Where the reported clause ends: the sentence's end, a semicolon, or a tag attribution (`…, he said`). */
export function contentEnd(doc: Doc, from: number, sentenceEnd: number): number {
  let k = from;
  const stop = Math.min(sentenceEnd, from + MAX_CONTENT);
  while (k < stop) {
    const t = doc.tokens[k]!;
    if (CLAUSE_END_MARKS.has(t.text) && doc.inQuote[k] !== 1 && !abbreviationDot(doc, k)) break;
    if (t.text === ',' && k > from && endsAtComma(doc, k, sentenceEnd)) break;
    // … and encouraged Americans to …
    if ((t.norm === 'and' || t.norm === 'but') && k > from + 2 && newPredicate(doc, from, k + 1)) break;
    if (k > from + 2 && secondReport(doc, k)) break;
    k++;
  }
  while (k > from && (text(doc, k - 1) === ',' || text(doc, k - 1) === '—')) k--;
  return k;
}

/** `…, during a rare visit to …`, `…, while speaking at …`: an adjunct of the speech event, not of what was said. */
function speechAdjunct(doc: Doc, k: number): boolean {
  return EVENT_ADJUNCTS.has(norm(doc, k));
}

/**
 * `and encouraged …`, `but he has also intensified …`, `and suggested they …`: a second predicate of the reporting
 * subject, not of the clause; a second reporting verb is one (its own quote). Not a participle that shares the
 * clause's `be`: `the fees were "very low" and designed to cover costs`.
 */
function newPredicate(doc: Doc, from: number, k: number): boolean {
  if (doc.inQuote[k] === 1) return false;
  const word = norm(doc, k);
  const cue = cueAt(doc.tokens, k);
  const finite = cue !== null && (cue.tense === 'past' || cue.tense === 'present');
  // a weak one (`and suggested they …`) with its own clause after it
  if (finite && (!cue.weak || norm(doc, k + 1) === 'that' || PERSON_SUBJECTS.has(norm(doc, k + 1)))) return true;
  if (participleOfBe(doc, from, k)) return false;
  // not `… and was therefore …`
  if (is(doc, k, W.verb) && !word.endsWith('ing') && !AUXILIARIES.has(word)) return true;
  return PERSON_SUBJECTS.has(norm(doc, k)) && is(doc, k + 1, W.verb) && norm(doc, k - 1) === 'but';
}

/** How far after `and` or `but` a second report's verb may be: `but the opposition says …`. */
const SECOND_REPORT_REACH = 6;

/**
 * A second report inside the content is a quote of its own: `… adding that …` (with or without its comma), and
 * `… but the opposition says …`, `… and the union said …` (a subject of its own, then a strong reporting verb).
 */
function secondReport(doc: Doc, k: number): boolean {
  if (doc.inQuote[k] === 1) return false;
  const word = norm(doc, k);
  if (word === 'and' || word === 'but') {
    for (let m = k + 2; m < k + SECOND_REPORT_REACH; m++) {
      if (doc.inQuote[m] === 1 || kind(doc, m) === 'punct') return false;
      const c = cueAt(doc.tokens, m);
      if (c) return !c.weak && (c.tense === 'past' || c.tense === 'present') && norm(doc, m - 1) !== 'to';
    }
    return false;
  }
  const cue = cueAt(doc.tokens, k);
  return cue !== null && cue.tense === 'gerund' && norm(doc, cue.last + 1) === 'that';
}

/** `were "very low" and designed to …`: an `-ed` word with a preposition after it, in a clause with `be`. */
function participleOfBe(doc: Doc, from: number, k: number): boolean {
  if (!norm(doc, k).endsWith('ed') || !PARTICIPLE_LINKS.has(norm(doc, k + 1))) return false;
  for (let m = from; m < k; m++) if (BE.has(norm(doc, m))) return true;
  return false;
}

/** `Mrs.`, `J.`: a dot that the sentence splitter did not take as a sentence end. */
function abbreviationDot(doc: Doc, k: number): boolean {
  if (text(doc, k) !== '.') return false;
  const next = doc.tokens[k + 1];
  return next !== undefined && !next.lineBefore && doc.sentenceOf[k + 1] === doc.sentenceOf[k];
}

/** `…, who is 70`, `…, though she acknowledged …`, `…, focusing on …`: a clause hung on the content, not part of it. */
function trailingClause(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || doc.inQuote[k] === 1) return false;
  // `, which …` and `, including …` usually belong to what was said (PolNeAR dev and train agree: measured)
  return TRAILERS.has(t.norm) || (t.norm.endsWith('ing') && t.norm !== 'including' && is(doc, k, W.verb));
}

/** `, according to X` or `, X said` ahead: the clause ends before it. */
function tagFollows(doc: Doc, k: number, end: number): boolean {
  if (norm(doc, k) === 'according' && norm(doc, k + 1) === 'to') return true;
  for (let m = k; m < Math.min(end, k + 6); m++) {
    const c = cueAt(doc.tokens, m);
    if (c && !c.weak && c.tense !== 'gerund' && c.tense !== 'infinitive') return endsAfter(doc, c.last + 1, end);
  }
  return false;
}

/** Only a short phrase (a name, a time) is left before the sentence ends. */
function endsAfter(doc: Doc, k: number, end: number): boolean {
  if (end - k > 12) return false;
  for (let m = k; m < end; m++) if (is(doc, m, W.verb) || norm(doc, m) === 'that') return false;
  return true;
}
