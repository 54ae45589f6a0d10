import type { Tokenization, Warning } from '../types.js';
import type { QuoteRegion } from '../doc/doc.js';
import { scanQuotes } from '../quotes/scan.js';
import { splitParagraphs, splitSentences } from './sentences.js';
import { tokenizeText } from './tokenize.js';

export interface Segmented extends Tokenization {
  readonly regions: readonly QuoteRegion[];
  readonly warnings: readonly Warning[];
}

/** Stage 1: tokens, quotation regions (from the marks), paragraphs and sentences that never cut a quotation. */
export function segment(text: string): Segmented {
  const { regions, warnings } = scanQuotes(text);
  const marks = new Set<number>();
  for (const r of regions) {
    marks.add(r.open);
    if (!r.runsOn) marks.add(r.close);
  }
  const tokens = tokenizeText(text, marks);
  const paragraphs = splitParagraphs(text, tokens);
  const sentences = splitSentences(text, tokens, regions);
  return { tokens, sentences, paragraphs, regions, warnings };
}
