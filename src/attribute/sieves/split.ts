import type { Doc } from '../../doc.js';
import { cueAt } from '../../cues/find.js';
import type { Draft, Region } from '../candidate.js';

/**
 * split: `"…," he said, "…"` and `"…," he said. "…"` are one quotation in two parts. The second part opens
 * right after the attribution's clause (`he said of the plan.`), in the same paragraph; after a full stop only
 * when the first part did not end with a full stop or an exclamation.
 */
export function mergeSplit(doc: Doc, draft: Draft, regions: readonly Region[], i: number, used: Set<Region>): void {
  const next = regions[i + 1];
  if (!next || draft.tail < 0 || doc.tokens[next.open]!.lineBefore) return;
  const sentence = doc.sentenceOf[draft.tail - 1];
  for (let k = draft.tail; k < next.open - 1; k++) {
    if (doc.sentenceOf[k] !== sentence || doc.tokens[k]!.kind === 'quote' || cueAt(doc.tokens, k)) return; // `…, adding, "…"` is a new quote
  }
  const after = doc.tokens[next.close + 1];
  if (after && !after.lineBefore && after.kind === 'word' && !/[.?!,]$/.test(doc.text.slice(next.start, next.end))) return; // a fragment in a sentence
  const sep = doc.tokens[next.open - 1]!.text;
  const cutShort = !'.!'.includes(doc.text[draft.parts[0]!.end - 1] ?? '.');
  if (sep === ',' || sep === ':' || ((sep === '.' || sep === ';') && cutShort)) {
    draft.parts.push(next);
    used.add(next);
  }
}
