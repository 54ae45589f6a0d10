import type { Doc } from './doc.js';
import type { Segmented } from './segment/index.js';
import { tokenFlags } from './mentions/features.js';

/** Builds the internal document from the segmentation: per-token flags and indexes, each computed once. */
export function analyze(text: string, seg: Segmented): Doc {
  const { tokens, sentences } = seg;
  const sentenceOf = new Uint32Array(tokens.length);
  const starts = new Set<number>();
  sentences.forEach((s, k) => { starts.add(s.tokenStart); sentenceOf.fill(k, s.tokenStart, s.tokenEnd); });
  const startIndex = new Map<number, number>();
  tokens.forEach((t, i) => startIndex.set(t.start, i));
  const inQuote = new Uint8Array(tokens.length);
  let r = 0;
  const top = seg.regions.filter((q) => q.depth === 0);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (r < top.length && top[r]!.close < t.start) r++;
    const q = top[r];
    if (q && t.start > q.open && t.end <= q.close) inQuote[i] = 1;
  }
  return {
    text, tokens, sentences, paragraphs: seg.paragraphs, regions: seg.regions, warnings: seg.warnings,
    flags: tokenFlags(text, tokens, starts), sentenceOf, inQuote,
    tokenAt: (offset) => startIndex.get(offset) ?? -1,
  };
}
