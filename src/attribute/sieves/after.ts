import { type Doc, is, kind, norm, text } from '../../doc/doc.js';
import { cueAt, type CueMatch } from '../../cues/find.js';
import { F, W } from '../../doc/flags.js';
import { isPlural, phraseFrom, skipAdverbs, skipParenthesis, type NameIndex } from '../../mentions/phrase.js';
import { QUOTING_VERBS } from '../../words/verbs.js';
import {
  endsOpen,
  isDash,
  isLongEnough,
  type Attribution,
  type Decision,
  type DirectContext,
  type Region,
  type Sieve,
} from '../candidate.js';
import { RULES } from '../rules.js';
import { PLACE_PREPOSITIONS, SUBJECT_PRONOUNS, TAG_AUXILIARIES } from '../../words/function-words.js';
import { MONTHS } from '../../words/time-and-adjuncts.js';
import { SENTENCE_END_MARKS } from '../../words/punctuation.js';

/** What may follow a sign-off speaker: the end of its clause. */
const CLOSING_PUNCT = /^[,.;)]$/;
const ASIDE_MAX = 30;
/** How far a tag may run past its cue before its clause ends: `said on Monday in a statement.` */
const TAG_TAIL_MAX = 8;
/** What ends a tag's clause after its cue. */
const TAG_END = /^[.,;!?)]$/;

/*
 * Sieves that read after the quotation, in order (src/attribute/order.ts):
 *   dash-signoff       "…" — Commissioner Geoffrey Starks
 *   inverted           "…," said Mr Blair
 *   quote-cue-speaker  "…," Putin said
 *     passive          "…," Putin was quoted as saying
 *     aside            "…," Hugh Hill, a doctor, said
 * Each decides the attribution and the token after it.
 */

/** `"…" — Commissioner Geoffrey Starks`: a dash and a name that ends the clause; the dash is the cue. */
export const DASH_SIGNOFF: Sieve = {
  name: 'dash-signoff',
  side: 'after',
  rules: ['dash-signoff'],
  decide: dashSignoff,
};

/** `"…," said Mr Blair`, `"…," said he.` */
export const INVERTED: Sieve = { name: 'inverted', side: 'after', rules: ['inverted'], decide: inverted };

/** `"…," Putin said`, `"…," Putin was quoted as saying`, `"…," Hugh Hill, a doctor, said`. */
export const QUOTE_CUE_SPEAKER: Sieve = {
  name: 'quote-cue-speaker',
  side: 'after',
  rules: ['quote-cue-speaker', 'passive', 'aside'],
  decide: speakerThenCue,
};

/** Where an attribution after the quotation starts (past a comma), or -1: none on the same line, or a dash. */
function afterClose(doc: Doc, r: Region): number {
  const t = doc.tokens[r.close + 1];
  if (!t || t.lineBefore || isDash(t.text)) return -1;
  return t.text === ',' ? r.close + 2 : r.close + 1;
}

/** Surer when the quotation ends open (`"…,"`, `"…?"`) or a comma follows it: both invite an attribution. */
function confidenceAfter(doc: Doc, r: Region, rule: 'quote-cue-speaker' | 'inverted' | 'passive' | 'aside'): number {
  const c = RULES[rule].confidence;
  return endsOpen(doc, r) || text(doc, r.close + 1) === ',' ? c.base : c.closed;
}

function inverted({ doc, names }: DirectContext, r: Region): Decision | null {
  const j = afterClose(doc, r);
  // `'Rate cut' call lifts bonds`: a short quoted term with no punctuation is cited, not spoken
  if (j < 0 || (!isLongEnough(doc, r) && text(doc, r.close + 1) !== ',')) return null;
  const cue = cueAt(doc.tokens, j);
  const speaker = cue && !cue.passive && cue.tense !== 'gerund' ? phraseFrom(doc, names, cue.last + 1) : null;
  // `said he.` is inverted; `said it was time` is not: a pronoun must end the clause
  if (!cue || !speaker || (speaker.kind === 'pronoun' && !endsClause(doc, speaker.end))) return null;
  if (isClosed(doc, r) && opensSentence(doc, r, j) && !SENTENCE_END_MARKS.has(text(doc, speaker.end))) return null;
  const confidence = confidenceAfter(doc, r, 'inverted');
  return { attribution: { cue, speaker, rule: 'inverted', confidence }, tail: speaker.end };
}

function speakerThenCue({ doc, names }: DirectContext, r: Region): Decision | null {
  const j = afterClose(doc, r);
  if (j < 0) return null;
  const quoted = quotedAsAfter(doc, names, j);
  if (quoted) return { attribution: { ...quoted, confidence: confidenceAfter(doc, r, 'quote-cue-speaker') }, tail: -1 };
  const speaker = phraseFrom(doc, names, j);
  if (!speaker) return null;
  const found = cueAfterSpeaker(doc, speaker.end);
  if (!found) return null;
  const [c, aside] = found;
  if (c.tense === 'gerund' || (c.tense === 'infinitive' && !isPlural(doc, speaker))) return null;
  if ((isClosed(doc, r) || opensSentence(doc, r, j)) && !endsTag(doc, c.last + 1)) return null;
  const rule = c.passive ? 'passive' : aside ? 'aside' : 'quote-cue-speaker';
  return { attribution: { cue: c, speaker, rule, confidence: confidenceAfter(doc, r, rule) }, tail: c.last + 1 };
}

/**
 * `"…," Reuters quoted one trader as saying.`: the one quoted speaks, and the cue runs from `quoted` to `saying`.
 * `tail` is -1 as the sentence goes on past the cue only rarely; no split quote is joined after it.
 */
function quotedAsAfter(doc: Doc, names: NameIndex, j: number): Omit<Attribution, 'confidence'> | null {
  let k = j + 1; // past the source: `Reuters`, `the local paper`
  while (k < j + ASIDE_MAX / 5 && kind(doc, k) === 'word' && !QUOTING_VERBS.has(norm(doc, k))) k++;
  if (!QUOTING_VERBS.has(norm(doc, k))) return null;
  const speaker = phraseFrom(doc, names, k + 1);
  if (!speaker || norm(doc, speaker.end) !== 'as') return null;
  const cue = cueAt(doc.tokens, speaker.end + 1);
  if (!cue || cue.tense !== 'gerund') return null;
  return { cue: { ...cue, first: k }, speaker, rule: 'quote-cue-speaker' };
}

/**
 * The words after the quotation start a sentence of their own (`"…?" The campaign says the ad…`, `"…." According to
 * Ann Ode, the…`), as where a paragraph break was lost: they are a tag only if their clause ends with it.
 */
function opensSentence(doc: Doc, r: Region, j: number): boolean {
  return doc.sentenceOf[j] !== doc.sentenceOf[r.close];
}

/** A quotation that ends with a full stop (or the like), with no comma after it to invite an attribution. */
function isClosed(doc: Doc, r: Region): boolean {
  return !endsOpen(doc, r) && text(doc, r.close + 1) !== ',';
}

/**
 * Does the clause end soon after the cue, past an object or a time (`told the BBC on Monday.`)? After a closed
 * quotation, a cue that opens a clause of its own introduces what follows instead:
 * `"…." Some traders believe the bank is relaxed`, `"…." Mr Vale says he expects …`, `"…." Ms Ode said: "…"`.
 */
function endsTag(doc: Doc, from: number): boolean {
  for (let k = from; k < from + TAG_TAIL_MAX; k++) {
    const t = doc.tokens[k];
    if (!t || t.lineBefore || TAG_END.test(t.text)) return true;
    if (t.kind === 'quote' || t.text === ':' || t.norm === 'that' || SUBJECT_PRONOUNS.has(t.norm)) return false;
    if (is(doc, k, F.cap)) continue; // `told The Huffington Post.`: a name, not a verb
    if (is(doc, k, W.verb) || (cueAt(doc.tokens, k)?.tense ?? 'phrase') !== 'phrase') return false;
  }
  return false;
}

function endsClause(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !t || t.lineBefore || t.kind === 'punct';
}

/** The cue after a speaker phrase, past adverbs (`also`, `later`) and a comma-delimited aside. */
export function cueAfterSpeaker(doc: Doc, k0: number): [CueMatch, boolean] | null {
  const k = skipParenthesis(doc, k0);
  const i = skipAdverbs(doc, k);
  const direct = cueAt(doc.tokens, i) ?? cueAfterAuxiliary(doc, i) ?? cueAfterPlace(doc, i);
  if (direct) return [direct, false];
  if (text(doc, k) !== ',') return null;
  for (let m = k + 1; m < k + ASIDE_MAX && m < doc.tokens.length; m++) {
    const tm = doc.tokens[m]!;
    if (tm.lineBefore || tm.kind === 'quote' || doc.sentenceOf[m] !== doc.sentenceOf[k]) return null;
    // `Jon Moss, from the Gadget Association (GA) told reporters`: an aside closed by its parenthesis
    if (tm.text !== ',' && tm.text !== ')') continue;
    const cue = cueAt(doc.tokens, skipAdverbs(doc, m + 1));
    if (cue && cue.tense !== 'gerund') return [cue, true];
  }
  return null;
}

/**
 * `Mr Johnson has said`, `she had told the BBC`, `he would later say`: a cue after an auxiliary and adverbs. The
 * auxiliary carries the tense, so a base form after it (`would say`) is no infinitive.
 */
function cueAfterAuxiliary(doc: Doc, k: number): CueMatch | null {
  if (!TAG_AUXILIARIES.has(norm(doc, k))) return null;
  const cue = cueAt(doc.tokens, skipAdverbs(doc, k + 1));
  if (!cue || cue.passive || cue.tense === 'gerund' || cue.tense === 'phrase') return null;
  return cue.tense === 'infinitive' ? { ...cue, tense: 'past' } : cue;
}

/** `a narrator in the Clinton ad asks`, `officials at the embassy said`: a short place or body phrase, then the cue. */
function cueAfterPlace(doc: Doc, k: number): CueMatch | null {
  if (!PLACE_PREPOSITIONS.has(norm(doc, k))) return null;
  for (let m = k + 2; m < k + 7 && m < doc.tokens.length; m++) {
    const cue = cueAt(doc.tokens, m);
    if (cue) return cue.tense !== 'gerund' && cue.tense !== 'infinitive' ? cue : null;
    if (doc.sentenceOf[m] !== doc.sentenceOf[k] || kind(doc, m) !== 'word' || is(doc, m, W.verb | W.prep)) return null;
  }
  return null;
}

function dashSignoff({ doc, names }: DirectContext, r: Region): Decision | null {
  const j = r.close + 1;
  const dash = doc.tokens[j];
  if (!dash || dash.lineBefore || !isDash(dash.text)) return null;
  const speaker = phraseFrom(doc, names, j + 1);
  if (!speaker || speaker.kind !== 'name') return null;
  const after = doc.tokens[speaker.end];
  // `"…" ― Ana Ruiz "…" ― Tom Hale`: where the line breaks were lost, the next quotation's mark ends the sign-off
  if (after && !after.lineBefore && !CLOSING_PUNCT.test(after.text) && after.kind !== 'quote') return null;
  if (isCitation(doc, r, speaker.end)) return null;
  const cue: CueMatch = {
    first: j,
    last: j,
    lemma: dash.text,
    class: 'speech',
    weak: false,
    passive: false,
    tense: 'phrase',
  };
  const confidence = RULES['dash-signoff'].confidence.base;
  return { attribution: { cue, speaker, rule: 'dash-signoff', confidence }, tail: speaker.end };
}

/** How far after a sign-off's name a citation's date may start: `— Harbour Times, Tuesday 3 May 2011`. */
const DATE_WITHIN = 4;

/**
 * A headline cited with its source and date, as in a list of sources: `"Council approves new harbour plan" —
 * Harbour Times, 3 May 2011`. The marks hold no final punctuation (`"We will win." — Ann Lee` does), and a date
 * (a number or a month) follows the name after a comma.
 */
function isCitation(doc: Doc, r: Region, k: number): boolean {
  if ('.?!…,'.includes(doc.text[r.end - 1] ?? '') || text(doc, k) !== ',') return false;
  for (let m = k + 1; m <= k + DATE_WITHIN && m < doc.tokens.length; m++) {
    const t = doc.tokens[m]!;
    if (t.lineBefore) return false;
    if (t.kind === 'number' || MONTHS.has(t.norm)) return true;
  }
  return false;
}
