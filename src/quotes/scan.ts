import type { Warning } from '../types.js';
import type { QuoteRegion } from '../doc/doc.js';
import { elisionEnd, isApostrophe, isDigit, isLineBreak, isSpace, isUpper, isWordChar } from '../text/chars.js';
import { canClose, canOpen, closes, isSingleMark, QUOTE_CHARS } from './marks.js';
import { BRACKET_CLOSERS, BRACKET_OPENERS, MISMATCH_BEFORE, SENTENCE_END_CHARS } from '../words/punctuation.js';

export interface ScanResult {
  readonly regions: QuoteRegion[];
  readonly warnings: Warning[];
}

type Role = 'open' | 'close' | 'either' | 'none';

interface Opener {
  readonly ch: string;
  readonly at: number;
  /** 0 for an opener with no mark of its own: a quotation continued from the paragraph before. Else 1. */
  readonly length?: number;
  /** How many regions were found before this opener: those found after it, until it closes, are inside it. */
  readonly regionsBefore?: number;
}

/** One document's scan: its text (typewriter pairs read as one mark), what it finds, and where those pairs are. */
interface Scan {
  readonly text: string;
  readonly regions: QuoteRegion[];
  readonly warnings: Warning[];
  /** Offsets of the typewriter double quotes `''`. */
  readonly doubled: ReadonlySet<number>;
}

/** A byte per UTF-16 code unit: 1 for quotation-mark characters. One array read per character in the scan. */
const IS_MARK = new Uint8Array(0x10000);
for (const c of QUOTE_CHARS) IS_MARK[c.charCodeAt(0)] = 1;
/** Quotations nest a few levels at most; deeper marks are ignored, which keeps the scan linear. */
const MAX_DEPTH = 8;
/** A quotation longer than this (in code units) is reported: often a mark went missing. */
const LONG_QUOTE = 5000;
/** Warnings kept per document; the rest are counted in the last one. */
const MAX_WARNINGS = 100;

/**
 * Pairs quotation marks paragraph by paragraph with a stack, so nesting works and an odd mark derails one paragraph at
 * most.
 */
export function scanQuotes(input: string): ScanResult {
  const doubled = input.includes("''") || input.includes('``') ? doubledAt(input) : NONE;
  const text = withDoubledApostrophes(input, doubled);
  const regions: QuoteRegion[] = [];
  const warnings: Warning[] = [];
  const scan: Scan = { text, regions, warnings, doubled };
  let start = 0;
  let carried: Opener | undefined;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
    // blank lines between a paragraph and the one it continues into keep the carried opener
    if (carried === undefined || carried.at < end) carried = scanParagraph(scan, start, end, carried);
    start = end + 1;
  }
  regions.sort((a, b) => a.open - b.open);
  for (const r of regions) {
    if (r.depth === 0 && r.close - r.open > LONG_QUOTE) {
      warnings.push({
        code: 'very-long-quote',
        message: `a quotation of ${r.close - r.open} characters: check its marks`,
        start: r.open,
        end: r.close,
      });
    }
  }
  warnings.sort((a, b) => a.start - b.start);
  return { regions, warnings: capped(warnings) };
}

/**
 * Scans one paragraph; `carried` is a quotation continued from the paragraph before without a mark of its own.
 * Returns the opener to carry into the next paragraph, if any.
 */
function scanParagraph(scan: Scan, from: number, to: number, carried: Opener | undefined): Opener | undefined {
  const { text, regions, warnings } = scan;
  const stack: Opener[] = carried ? [carried] : [];
  for (let i = from; i < to; i++) {
    if (IS_MARK[text.charCodeAt(i)] !== 1) continue;
    const ch = text[i] as string;
    if (reopens(text, i, stack)) {
      reopen(scan, stack, i);
      continue;
    }
    let role = roleOf(text, i, from, to, stack);
    if (role === 'none') continue;
    if (role === 'close' && opensAfterLeadIn(text, i, from, stack)) role = 'open';
    const k = role === 'open' ? -1 : findOpener(stack, ch);
    if (k >= 0) {
      for (let j = stack.length - 1; j > k; j--) dropUnclosed(scan, stack, j);
      const opener = stack[k] as Opener;
      stack.length = k;
      // a single-mark pair around one letter is rock 'n' roll, not a quotation
      if (!isSingleMark(ch) || i - opener.at > 2) regions.push(regionOf(scan, opener, i, k));
    } else if (role === 'close' && closesMismatched(text, i, stack)) {
      regions.push(regionOf(scan, stack.pop() as Opener, i, stack.length));
    } else if (role !== 'close' && canOpen(ch)) {
      if (stack.length < MAX_DEPTH) stack.push({ ch, at: i, regionsBefore: regions.length });
    } else if (!isSingleMark(ch)) {
      warnings.push({
        code: 'unopened-quote',
        message: `closing mark ${ch} with no opening mark`,
        start: i,
        end: i + 1,
      });
    }
  }
  return closeParagraph(scan, to, stack);
}

/** The region of a quotation opened by `opener`, closed by the mark at `close`, `depth` levels deep. */
function regionOf(scan: Scan, opener: Opener, close: number, depth: number): QuoteRegion {
  return { open: opener.at, close, runsOn: false, depth, openLength: openLengthOf(scan, opener) };
}

function openLengthOf(scan: Scan, opener: Opener): number {
  return opener.length ?? (scan.doubled.has(opener.at) ? 2 : 1);
}

/**
 * A straight double mark typed on the wrong side of its space, after the lead-in's comma or colon, opens a
 * quotation: `Mr Ek said," The plan works".` (nothing is open, so it cannot close one).
 */
function opensAfterLeadIn(text: string, i: number, from: number, stack: readonly Opener[]): boolean {
  if (stack.length > 0 || text[i] !== '"' || i === from) return false;
  const before = text[i - 1];
  return (before === ',' || before === ':') && isSpace(text, i + 1) && isWordChar(text, i - 2);
}

/**
 * A closing mark of the other weight closes the quotation open last, when it comes right after the words' own
 * punctuation: `"We will reopen the bridge on Monday,' the mayor said.` and `'It is over," she said.` A single mark
 * after a comma or a full stop is no apostrophe (`Jones'` has a letter before it).
 */
function closesMismatched(text: string, i: number, stack: readonly Opener[]): boolean {
  const top = stack.at(-1);
  if (top === undefined || top.length === 0 || isSingleMark(top.ch) === isSingleMark(text[i] as string)) return false;
  if (!MISMATCH_BEFORE.has(text[i - 1] as string)) return false;
  return i + 1 >= text.length || isSpace(text, i + 1) || isLineBreak(text.charCodeAt(i + 1));
}

/**
 * A mark that opens a new sentence inside a quotation still open, with the same character as its opener, reopens it:
 * a paragraph break was lost between the two (`said: "It opens in May. "Trains will run hourly."`), or the first part
 * lost its closing mark. Either way the open part ends there and runs on, as at a paragraph's end, so that neither
 * part is lost: `"` after `May. ` cannot close, since a closing mark follows its words without a space.
 */
function reopens(text: string, i: number, stack: readonly Opener[]): boolean {
  const opener = stack[0];
  if (stack.length !== 1 || opener === undefined || text[opener.at] !== text[i] || i - opener.at < 4) return false;
  if (!isSpace(text, i - 1) || !startsSentenceAt(text, i + 1)) return false;
  if (isSingleMark(text[i] as string) && elisionEnd(text, i) > 0) return false; // 'Tis
  let k = i - 1;
  while (k > opener.at && isSpace(text, k)) k--;
  while (k > opener.at && BRACKET_CLOSERS.has(text[k] as string)) k--;
  return SENTENCE_END_CHARS.has(text[k] as string);
}

/** A capital letter or a digit at `i`: how the words of a reopened quotation begin. */
function startsSentenceAt(text: string, i: number): boolean {
  return isUpper(text, i) || isDigit(text.charCodeAt(i));
}

/** The part before a reopening mark becomes a region that runs on; the reopening mark is the new opener. */
function reopen(scan: Scan, stack: Opener[], i: number): void {
  const opener = stack[0] as Opener;
  scan.regions.push({
    open: opener.at,
    close: trimEnd(scan.text, i),
    runsOn: true,
    depth: 0,
    openLength: openLengthOf(scan, opener),
  });
  stack[0] = { ch: scan.text[i] as string, at: i };
}

/**
 * At a paragraph's end, a double mark still open runs on if the next paragraph opens with a mark, or continues
 * there without one (see `continuesUnmarked`); otherwise it is dropped. Returns the opener carried into the next
 * paragraph in the second case.
 */
function closeParagraph(scan: Scan, to: number, stack: Opener[]): Opener | undefined {
  const { text, regions } = scan;
  const bottom = stack.find((o) => !isSingleMark(o.ch)) ?? singleRunningOn(text, to, stack);
  const next = bottom && stack.length === 1 ? continuesUnmarked(text, to, bottom) : -1;
  if (bottom && (next >= 0 || nextParagraphOpensWith(text, to, bottom.ch))) {
    regions.push({
      open: bottom.at,
      close: trimEnd(text, to),
      runsOn: true,
      depth: 0,
      openLength: openLengthOf(scan, bottom),
    });
    for (let j = stack.length - 1; j >= 0; j--) if (stack[j] !== bottom) dropUnclosed(scan, stack, j);
    return next >= 0 ? { ch: bottom.ch, at: next, length: 0 } : undefined;
  }
  for (let j = stack.length - 1; j >= 0; j--) dropUnclosed(scan, stack, j);
  return undefined;
}

/**
 * A double quotation left open at the end of a paragraph that ends a sentence continues in the next one when that
 * paragraph starts a sentence with no mark and its first mark can only close it:
 * `said, "The first test went well.¶¶We will fly in June."¶¶The company…`. Returns the offset where the next
 * paragraph's words start, or -1. Each paragraph is looked through at most once from the one before it.
 */
function continuesUnmarked(text: string, to: number, opener: Opener): number {
  if (isSingleMark(opener.ch) || !endsSentence(text, to, opener.at)) return -1;
  let i = to;
  while (i < text.length && isSpace(text, i)) i++;
  if (i >= text.length || i === to || !startsSentenceAt(text, i)) return -1;
  let j = i;
  while (j < text.length && !isLineBreak(text.charCodeAt(j)) && IS_MARK[text.charCodeAt(j)] !== 1) j++;
  if (j >= text.length || IS_MARK[text.charCodeAt(j)] !== 1 || !closes(opener.ch, text[j] as string)) return -1;
  const closeOnly = !isSpace(text, j - 1) && (j + 1 >= text.length || !isWordChar(text, j + 1));
  return closeOnly ? i : -1;
}

/** Does the text before `to` (after the opener at `from`) end a sentence: `…went well.`, `…(in May.)`? */
function endsSentence(text: string, to: number, from: number): boolean {
  let k = trimEnd(text, to) - 1;
  while (k > from && BRACKET_CLOSERS.has(text[k] as string)) k--;
  return k > from && SENTENCE_END_CHARS.has(text[k] as string);
}

/**
 * Typewriter double quotes written as two apostrophes (`''It is over,'' he said`, as in some newswire text), and the
 * treebank and LaTeX opener of two backticks (``` ``It is over,'' ```), are read as one straight double mark: a
 * same-length copy of the text where the pair's first character is `"` and its second copies the neighbour outside
 * the pair, so that the scan's context rules see an ordinary mark. `''Tis` is a single mark and an elision.
 */
function withDoubledApostrophes(text: string, doubled: ReadonlySet<number>): string {
  if (doubled.size === 0) return text;
  let out = '';
  let last = 0;
  for (const at of doubled) {
    const after = text[at + 2] ?? ' ';
    const before = text[at - 1] ?? ' ';
    out += `${text.slice(last, at)}"${LETTER_OR_DIGIT.test(after) ? after : before}`;
    last = at + 2;
  }
  return out + text.slice(last);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PUNCT_OR_SYMBOL = /[\p{P}\p{S}]/u;
const NONE: ReadonlySet<number> = new Set();

/** Offsets of the doubled marks `''` and ``` `` ```, in text order. */
function doubledAt(text: string): Set<number> {
  const at = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c !== 39 && c !== 96) || text.charCodeAt(i + 1) !== c) continue;
    if (c === 39 && elisionEnd(text, i + 1) > 0 && !isWordChar(text, i - 1)) continue; // ''Tis: a mark, then 'Tis
    at.add(i);
    i++;
  }
  return at;
}

function capped(warnings: Warning[]): Warning[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  const kept = warnings.slice(0, MAX_WARNINGS);
  const last = warnings.at(-1)!;
  kept.push({
    code: last.code,
    message: `${warnings.length - MAX_WARNINGS} more unbalanced quotation marks not listed`,
    start: last.start,
    end: last.end,
  });
  return kept;
}

/**
 * The opener at `stack[j]` never closes: it was no quotation (most likely a single mark was an apostrophe), so the
 * quotations found inside it are one level less deep. `Hackers rent out 'bot nets. "We see attacks daily," he said.`
 * has a top-level quote even where the paragraph runs on, as when its breaks were lost. Each region is lowered at
 * most MAX_DEPTH times.
 */
function dropUnclosed(scan: Scan, stack: readonly Opener[], j: number): void {
  const o = stack[j] as Opener;
  const { regions, warnings } = scan;
  for (let r = o.regionsBefore ?? regions.length; r < regions.length; r++) {
    const region = regions[r] as QuoteRegion;
    if (region.depth > j) regions[r] = { ...region, depth: region.depth - 1 };
  }
  if (isSingleMark(o.ch)) return; // most likely an apostrophe
  warnings.push({
    code: 'unclosed-quote',
    message: `opening mark ${o.ch} is never closed in its paragraph`,
    start: o.at,
    end: o.at + 1,
  });
}

function trimEnd(text: string, to: number): number {
  let e = to;
  while (e > 0 && isSpace(text, e - 1)) e--;
  return e;
}

/**
 * British style runs a single-marked quotation on as well (`said: 'The boats are old.¶'They need…`), when it is the
 * only one open and the next paragraph reopens it before a capital: an apostrophe (`the '90s`) is followed by none.
 */
function singleRunningOn(text: string, to: number, stack: readonly Opener[]): Opener | undefined {
  const only = stack[0];
  if (stack.length !== 1 || only === undefined) return undefined;
  let i = to;
  while (i < text.length && isSpace(text, i)) i++;
  return text[i] === only.ch && isUpper(text, i + 1) && elisionEnd(text, i) < 0 ? only : undefined;
}

/** A quotation runs on when the next paragraph reopens it with the same mark. */
function nextParagraphOpensWith(text: string, to: number, mark: string): boolean {
  let i = to;
  while (i < text.length && isSpace(text, i)) i++;
  return i < text.length && i > to && text[i] === mark;
}

function findOpener(stack: readonly Opener[], ch: string): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    const o = stack[k] as Opener;
    if (closes(o.ch, ch)) return k;
    if (isSingleMark(ch) && !isSingleMark(o.ch)) return -1; // a single mark never closes across a double one
  }
  return -1;
}

/** What a mark can do here, judged by the characters on either side. */
function roleOf(text: string, i: number, from: number, to: number, stack: readonly Opener[]): Role {
  const prev = i > from ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
  const wordBefore = i > from && isWordChar(text, i - 1);
  const wordAfter = i + 1 < to && isWordChar(text, i + 1);
  const leftOpen =
    prev === -1 ||
    isSpace(text, i - 1) ||
    BRACKET_OPENERS.has(text[i - 1] as string) ||
    QUOTE_CHARS.has(text[i - 1] as string);
  const rightOpen = next === -1 || isSpace(text, i + 1) || PUNCT_OR_SYMBOL.test(text[i + 1] as string);
  const ch = text[i] as string;
  if (isApostrophe(text.charCodeAt(i))) {
    if (wordBefore && wordAfter) return 'none'; // don't
    if (isDigit(next) && isDigit(i + 2 < to ? text.charCodeAt(i + 2) : -1)) return 'none'; // ’90s
    if (!wordBefore && elisionEnd(text, i) > 0) return 'none'; // 'til, 'em
    if (wordBefore) return findOpener(stack, ch) >= 0 ? 'close' : 'none'; // Jones’
    if (ch === '’') return leftOpen && wordAfter ? 'none' : 'close';
  }
  if (ch === '‘' && isDigit(next)) return 'none';
  if (!canClose(ch)) return 'open';
  if (!canOpen(ch)) return 'close';
  if (findOpener(stack, ch) >= 0 && !(leftOpen && !rightOpen && ch !== '"' && ch !== "'")) return 'close';
  if (leftOpen && !rightOpen) return 'open';
  if (rightOpen && !leftOpen) return 'close';
  return 'either';
}
