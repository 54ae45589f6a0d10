import type { Tokenization, Warning } from '../types.js';
import type { QuoteRegion } from '../doc/doc.js';
import { scanQuotes } from '../quotes/scan.js';
import { splitParagraphs, splitSentences } from './sentences.js';
import { tokenizeText } from './tokenize.js';
import { unwrapLines } from './wrap.js';

export interface Segmented extends Tokenization {
  readonly regions: readonly QuoteRegion[];
  readonly warnings: readonly Warning[];
}

/** Stage 1: tokens, quotation regions (from the marks), paragraphs and sentences that never cut a quotation. */
export function segment(text: string): Segmented {
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
  const sentences = splitSentences(text, tokens, regions);
  return { tokens, sentences, paragraphs, regions, warnings };
}
