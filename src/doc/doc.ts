import type { Sentence, Span, Token, TokenKind, TokenSpan, Warning } from '../types.js';

/** A stretch between paired quotation marks, found by scanning characters (not tokens). */
export interface QuoteRegion {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or the paragraph end when the quotation runs on into the next paragraph. */
  readonly close: number;
  /** True when no mark closes it here because the next paragraph reopens it. */
  readonly runsOn: boolean;
  /** 0 for a top-level quotation, 1 for one nested inside it, … */
  readonly depth: number;
  /** Length of the opening mark: 2 for the typewriter pair `''`, else 1. */
  readonly openLength: number;
}

/** The internal document every stage after segmentation reads: compact, index-based. */
export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Span[];
  readonly regions: readonly QuoteRegion[];
  readonly warnings: readonly Warning[];
  /** Lexicon classes and shape flags per token (layout in doc/flags.ts). */
  readonly flags: Uint32Array;
  /** 1 for tokens inside a top-level quotation (marks excluded). */
  readonly inQuote: Uint8Array;
  /** Sentence index of each token. */
  readonly sentenceOf: Uint32Array;
  /** Index of the token starting at each offset, or -1; for mapping character offsets to tokens. */
  readonly tokenAt: (offset: number) => number;
}

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The text from token `first` to token `last` inclusive, with what lies between them (`Kim Jong-un`). */
export function tokenText(doc: Doc, first: number, last: number): string {
  return doc.text.slice((doc.tokens[first] as Token).start, (doc.tokens[last] as Token).end);
}

/** Token `first` to token `last` inclusive, as a span that names its tokens and its sentence. */
export function tokenRange(doc: Doc, first: number, last: number): TokenSpan {
  const start = (doc.tokens[first] as Token).start;
  const end = (doc.tokens[last] as Token).end;
  const sentence = doc.sentenceOf[first] ?? 0;
  return { start, end, text: doc.text.slice(start, end), tokenStart: first, tokenEnd: last + 1, sentence };
}

/**
 * The characters start..end as a span that names the tokens it overlaps (a binary search, so a quote's content is
 * placed in O(log n)) and the sentence of the first; with no token inside, an empty range where one would be.
 */
export function locate(doc: Doc, start: number, end: number): TokenSpan {
  const tokens = doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).end <= start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < tokens.length && (tokens[last] as Token).start < end) last++;
  const sentence = doc.sentenceOf[Math.min(lo, tokens.length - 1)] ?? 0;
  return { start, end, text: doc.text.slice(start, end), tokenStart: lo, tokenEnd: Math.max(lo, last), sentence };
}

/** Span from token `first` to token `last` inclusive. */
export function tokenSpan(doc: Doc, first: number, last: number): Span {
  return span(doc.text, (doc.tokens[first] as Token).start, (doc.tokens[last] as Token).end);
}

/*
 * Accessors, as wink-nlp's `its`: token k's fields, with a neutral value out of range (`''`, `false`), so that a
 * rule can look one token ahead or behind without a bounds check: `norm(doc, k + 1) === 'of'`. Small enough for V8
 * to inline; they allocate nothing.
 */

/** Token k's lower-case form (`said`), or `''` out of range. */
export function norm(doc: Doc, k: number): string {
  return doc.tokens[k]?.norm ?? '';
}

/** Token k's text as written (`Said`), or `''` out of range. */
export function text(doc: Doc, k: number): string {
  return doc.tokens[k]?.text ?? '';
}

/** Token k's kind (`word`, `punct`, …), or `''` out of range. */
export function kind(doc: Doc, k: number): TokenKind | '' {
  return doc.tokens[k]?.kind ?? '';
}

/** Does token k have any of the flags in `mask` (`is(doc, k, W.verb | W.inf)`)? False out of range. */
export function is(doc: Doc, k: number, mask: number): boolean {
  return ((doc.flags[k] ?? 0) & mask) !== 0;
}
