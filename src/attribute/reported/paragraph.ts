/** Frames over whole paragraphs and quotation regions: transcript labels and characterisations. */
import { type Doc, is, norm, text } from '../../doc/doc.js';
import { cueAt, type CueMatch } from '../../cues/find.js';
import { F, W } from '../../doc/flags.js';
import type { Phrase } from '../../mentions/phrase.js';
import { sentenceSubject, speakerBefore } from '../speaker.js';
import { contentEnd } from './content.js';
import { draft, MIN_TOKENS, overlapsUsed, type FrameContext, type ReportedDraft, type TextFrame } from './draft.js';
import { RULES } from '../rules.js';
import { AUXILIARIES } from '../../words/function-words.js';
import { LABEL_TRAILING_MARKS } from '../../words/punctuation.js';

/**
 * `Reid has been pounding Trump as a “con artist”`, `Clinton criticized the act as a “crazy system”`: a verb that casts
 * someone or something *as* a quoted phrase puts those words in the subject's mouth: a mixed quote from the verb to
 * the fragment's end.
 */
export const CHARACTERIZED_AS: TextFrame = {
  name: 'characterized-as',
  rules: ['characterized-as'],
  find: characterized,
};

/**
 * `PENCE: Well, look, …` (a transcript) and `Pat Caddell: Voters Worried About …` (a headline): a paragraph that
 * opens with a name or an all-caps label and a colon reports what follows, to the paragraph's end. The colon is the
 * cue.
 */
export const COLON_LABEL: TextFrame = { name: 'colon-label', rules: ['colon-label'], find: labelled };

function characterized({ doc, names, used }: FrameContext): ReportedDraft[] {
  const out: ReportedDraft[] = [];
  for (const r of doc.regions) {
    if (r.depth !== 0 || r.runsOn) continue;
    const open = doc.tokenAt(r.open);
    const close = doc.tokenAt(r.close);
    if (open < 2 || close < 0 || used[open]) continue;
    const as = norm(doc, open - 1) === 'as' || norm(doc, open - 2) === 'as';
    if (!as) continue; // any quoted fragment would find more mixed quotes, but less exactly (measured: F1 down)
    const v = governingVerb(doc, open);
    if (v < 0) continue;
    const speaker = speakerBefore(doc, names, v - 1) ?? sentenceSubject(doc, names, v);
    if (!speaker) continue;
    const cue: CueMatch = cueAt(doc.tokens, v) ?? {
      first: v,
      last: v,
      lemma: norm(doc, v),
      class: 'report',
      weak: true,
      passive: false,
      tense: 'past',
    };
    const sentenceEnd = doc.sentences[doc.sentenceOf[v]!]!.tokenEnd;
    const end = Math.max(close + 1, contentEnd(doc, v + 1, sentenceEnd)); // `… as a “leech” and a “spoiled brat”`
    const confidence = RULES['characterized-as'].confidence.base;
    out.push({ kind: 'mixed', first: v + 1, end, attribution: { cue, speaker, rule: 'characterized-as', confidence } });
  }
  return out;
}

/** The nearest verb before a quotation in its clause (no comma, colon or other quotation between), or -1. */
const CLAUSE_BREAK = /^[,;:()—–]$/;
/** A mark that opens a transcript turn quoted paragraph by paragraph: `"WALLACE: …`, British `'WALLACE: …`. */
const TURN_MARK = /^["“'‘]$/;

function governingVerb(doc: Doc, open: number): number {
  for (let v = open - 1; v >= 0 && open - v <= 10; v--) {
    const t = doc.tokens[v]!;
    if (doc.sentenceOf[v] !== doc.sentenceOf[open] || t.kind === 'quote' || CLAUSE_BREAK.test(t.text)) return -1;
    if (is(doc, v, W.verb | W.inf) && !AUXILIARIES.has(t.norm) && !is(doc, v, W.noun)) return v === open - 1 ? -1 : v;
  }
  return -1;
}

/** Token ranges [first, end) of the paragraphs (a line break starts one). */
function paragraphRanges(doc: Doc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let k = 1; k <= doc.tokens.length; k++) {
    if (k === doc.tokens.length || doc.tokens[k]!.lineBefore) {
      out.push([start, k]);
      start = k;
    }
  }
  return out;
}

/** `PENCE`, `WALLACE`: a word of two or more capitals that can label a transcript turn (when a colon follows). */
export function isAllCapsLabel(doc: Doc, k: number): boolean {
  return is(doc, k, F.allCaps) && text(doc, k).length > 1;
}

/**
 * Where a turn starts: the paragraph's first token, and where the paragraph breaks were lost, each later sentence
 * that opens with an all-caps label and a colon (`…there? PENCE: Gennifer Flowers will…`). Each turn runs to the next
 * one, or the paragraph's end; `[first, end)` token ranges.
 */
function turns(doc: Doc, k: number, p: number): Array<[number, number]> {
  const starts = [k];
  for (let s = doc.sentenceOf[k]! + 1; s < doc.sentences.length && doc.sentences[s]!.tokenStart < p; s++) {
    const first = doc.sentences[s]!.tokenStart;
    const label = TURN_MARK.test(text(doc, first)) ? first + 1 : first;
    if (isAllCapsLabel(doc, label) && text(doc, label + 1) === ':') starts.push(first);
  }
  return starts.map((first, i) => [first, starts[i + 1] ?? p]);
}

/**
 * The end of a turn's words. A turn opened by a stray mark (`"WALLACE: …`, a transcript quoted paragraph by
 * paragraph) ends where a sentence opens with that mark again, as its next paragraph would; a name label at the very
 * start of the text is a headline (`Sanders: Clinton needs to…`) and ends with its sentence. Both matter only where
 * the paragraph breaks were lost.
 */
function turnEnd(doc: Doc, first: number, colon: number, end: number): number {
  if (first === 0 && !isAllCapsLabel(doc, 0)) return Math.min(end, doc.sentences[doc.sentenceOf[colon]!]!.tokenEnd);
  if (!TURN_MARK.test(text(doc, first))) return end;
  for (let s = doc.sentenceOf[colon]! + 1; s < doc.sentences.length; s++) {
    const start = doc.sentences[s]!.tokenStart;
    if (start >= end) break;
    if (text(doc, start) === text(doc, first)) return start;
  }
  return end;
}

function labelled({ doc, names, used }: FrameContext): ReportedDraft[] {
  const out: ReportedDraft[] = [];
  for (const [k, p] of paragraphRanges(doc).flatMap(([a, b]) => turns(doc, a, b))) {
    let first = k;
    // a stray mark, or a transcript turn in quotation marks (`"WALLACE: …`), which the direct sieves leave alone
    if (TURN_MARK.test(text(doc, first))) first++;
    const name = names.byFirst.get(first);
    const labelEnd = name ? name.last + 1 : isAllCapsLabel(doc, first) ? first + 1 : -1;
    if (labelEnd < 0 || text(doc, labelEnd) !== ':' || used[labelEnd] || p - labelEnd < MIN_TOKENS + 1) continue;
    if (name && name.type === 'place') continue;
    const colon = labelEnd;
    const cue: CueMatch = {
      first: colon,
      last: colon,
      lemma: ':',
      class: 'speech',
      weak: false,
      passive: false,
      tense: 'phrase',
    };
    const speaker: Phrase = { first, last: colon - 1, kind: 'name', end: colon };
    let end = turnEnd(doc, k, colon, p);
    while (end > colon + 1 && LABEL_TRAILING_MARKS.has(text(doc, end - 1))) end--;
    const confidence = RULES['colon-label'].confidence.base;
    const d = draft(doc, colon + 1, end, { cue, speaker, rule: 'colon-label', confidence });
    if (!overlapsUsed(used, d)) out.push(d);
  }
  return out;
}
