import type { Sentence, Span, Token, Warning } from './types.js';
import type { QuoteRegion } from './quotes/scan.js';

/** The internal document every stage after segmentation reads: compact, index-based. */
export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Span[];
  readonly regions: readonly QuoteRegion[];
  readonly warnings: readonly Warning[];
  /** Lexicon classes and shape flags per token (see mentions/features.ts). */
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

/** Span from token `first` to token `last` inclusive. */
export function tokenSpan(doc: Doc, first: number, last: number): Span {
  return span(doc.text, (doc.tokens[first] as Token).start, (doc.tokens[last] as Token).end);
}
