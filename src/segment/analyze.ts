import type { Doc } from '../doc/doc.js';
import type { Segmented } from './index.js';
import { tokenFlags } from '../doc/token-flags.js';

/** Builds the internal document from the segmentation: per-token flags and indexes, each computed once. */
export function analyze(text: string, seg: Segmented): Doc {
  const { tokens, sentences } = seg;
  const sentenceOf = new Uint32Array(tokens.length);
  // A byte per token rather than a set of indexes: a long document has a million sentence starts, and tokenFlags
  // would make a hash lookup per token in a set that size.
  const starts = new Uint8Array(tokens.length);
  sentences.forEach((s, k) => {
    if (s.tokenStart < tokens.length) starts[s.tokenStart] = 1;
    sentenceOf.fill(k, s.tokenStart, s.tokenEnd);
  });

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
    text,
    tokens,
    sentences,
    paragraphs: seg.paragraphs,
    regions: seg.regions,
    warnings: seg.warnings,
    flags: tokenFlags(text, tokens, starts),
    sentenceOf,
    inQuote,
    tokenAt: (offset) => tokenStartingAt(tokens, offset),
  };
}

/** Binary search for the token that starts at `offset`, or -1: a few lookups per quotation, no per-token index. */
function tokenStartingAt(tokens: Segmented['tokens'], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens[mid]!.start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
