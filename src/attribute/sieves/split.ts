import type { Doc } from '../../doc/doc.js';
import { cueAt } from '../../cues/find.js';
import { skipAdverbs } from '../../mentions/phrase.js';
import type { Draft, Region } from '../candidate.js';

const ENDS_CLAUSE = /[.?!,]$/;

/** `…, adding later, "…"`: a new cue right after a comma that leads into the next quotation starts a new quote. */
function introducesNext(doc: Doc, k: number, open: number): boolean {
  if (doc.tokens[k - 1]?.text !== ',') return false;
  const cue = cueAt(doc.tokens, k);
  if (!cue) return false;
  return skipAdverbs(doc, cue.last + 1) >= open - 1;
}

/**
 * split: `"…," he said, "…"` and `"…," he said. "…"` are one quotation in two parts. The second part opens
 * right after the attribution's clause (`he said of the plan.`), in the same paragraph; after a full stop only
 * when the first part did not end with a full stop or an exclamation.
 */
export function mergeSplit(doc: Doc, draft: Draft, regions: readonly Region[], i: number, used: Set<Region>, ownAttribution: (r: Region) => boolean): void {
  const next = regions[i + 1];
  if (!next || draft.tail < 0 || doc.tokens[next.open]!.lineBefore || ownAttribution(next)) return;
  const sentence = doc.sentenceOf[draft.tail - 1];
  for (let k = draft.tail; k < next.open - 1; k++) {
    if (doc.sentenceOf[k] !== sentence || doc.tokens[k]!.kind === 'quote' || introducesNext(doc, k, next.open)) return;
  }
  const after = doc.tokens[next.close + 1];
  if (after && !after.lineBefore && after.kind === 'word' && !ENDS_CLAUSE.test(doc.text.slice(next.start, next.end))) return; // a fragment in a sentence
  const sep = doc.tokens[next.open - 1]!.text;
  const cutShort = !'.!'.includes(doc.text[draft.parts[0]!.end - 1] ?? '.');
  if (sep === ',' || sep === ':' || ((sep === '.' || sep === ';') && cutShort)) {
    draft.parts.push(next);
    used.add(next);
  }
}
