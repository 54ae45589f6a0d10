import type { Doc } from '../doc/doc.js';
import { isSpace } from '../text/chars.js';
import type { Region } from './candidate.js';

/** Top-level quotation regions with their mark tokens and trimmed content offsets. */
export function topRegions(doc: Doc): Region[] {
  const out: Region[] = [];
  for (const region of doc.regions) {
    if (region.depth !== 0) continue;
    const open = doc.tokenAt(region.open);
    const close = region.runsOn ? lastTokenBefore(doc, region.close) : doc.tokenAt(region.close);
    if (open < 0 || close < 0) continue;
    let start = region.open + region.openLength;
    let end = region.close;
    while (start < end && isSpace(doc.text, start)) start++;
    while (end > start && isSpace(doc.text, end - 1)) end--;
    if (end > start) out.push({ region, open, close, start, end });
  }
  return out;
}

function lastTokenBefore(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
