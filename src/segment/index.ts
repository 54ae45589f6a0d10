import type { Tokenization, Warning } from '../types.js';
import type { QuoteRegion } from '../doc/doc.js';
import { scanQuotes } from '../quotes/scan.js';
import { sentencesFromSpans, splitParagraphs, splitSentences } from './sentences.js';
import { tokenizeText } from './tokenize.js';
import { unwrapLines } from './wrap.js';

export interface Segmented extends Tokenization {
  readonly regions: readonly QuoteRegion[];
  readonly warnings: readonly Warning[];
}

/**
 * Stage 1: tokens, quotation regions (from the marks), paragraphs and sentences that never cut a quotation; the
 * sentences where the caller's start (`options.sentences`) when given.
 */
export function segment(text: string, sentenceSpans?: readonly { readonly start: number }[]): Segmented {
  // hard-wrapped lines are read as their paragraphs; `lines` keeps every offset of `text`
  const lines = unwrapLines(text);
  const { regions, warnings } = scanQuotes(lines);
  const marks = new Set<number>();
  for (const r of regions) {
    marks.add(r.open);
    if (!r.runsOn) marks.add(r.close);
  }
  const tokens = tokenizeText(lines, marks);
  const paragraphs = splitParagraphs(text, tokens);
  const sentences = sentenceSpans
    ? sentencesFromSpans(text, tokens, regions, sentenceSpans)
    : splitSentences(text, tokens, regions);
  return { tokens, sentences, paragraphs, regions, warnings };
}
