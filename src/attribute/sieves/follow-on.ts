import type { Doc } from '../../doc/doc.js';
import type { Draft, Region } from '../candidate.js';

/**
 * runs-on: a quotation that runs over paragraphs (each reopens, only the last closes) is one quote per paragraph;
 * an attribution found in any of them holds for all.
 */
export function runsOn(drafts: Draft[]): void {
  let chainStart = 0;
  for (let i = 0; i < drafts.length; i++) {
    const last = drafts[i]!.parts.at(-1)!;
    if (last.region.runsOn && i + 1 < drafts.length) continue;
    const chain = drafts.slice(chainStart, i + 1);
    const source = chain.find((d) => d.attribution && d.attribution.rule !== 'runs-on')?.attribution;
    if (source && chain.length > 1) {
      for (const d of chain) d.attribution ??= { ...source, rule: 'runs-on', confidence: source.confidence * 0.95 };
    }
    chainStart = i + 1;
  }
}

/**
 * follow-on: a quotation with no cue of its own that opens a sentence right after an attributed one
 * (in the same paragraph, or as the next paragraph) has the same speaker.
 */
export function followOn(doc: Doc, drafts: Draft[], speechLike: (r: Region) => boolean): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const prev = drafts[i - 1]!;
    if (d.attribution || !prev.attribution || !prev.attribution.speaker) continue;
    const r = d.parts[0]!;
    const first = doc.sentences[doc.sentenceOf[r.open]!]!.tokenStart;
    if (first !== r.open || !speechLike(r)) continue;
    const prevEnd = Math.max(prev.parts.at(-1)!.close, prev.tail - 1);
    if (doc.sentenceOf[r.open]! - doc.sentenceOf[prevEnd]! > 1) continue;
    d.attribution = { ...prev.attribution, rule: 'follow-on', confidence: Math.min(0.8, prev.attribution.confidence * 0.85) };
  }
}

/**
 * unattributed: a quotation that is a sentence of its own (opens a sentence, long enough, starts with a capital)
 * but that no sieve could attribute is still speech: a direct quote with no speaker and low confidence.
 */
export function unattributed(doc: Doc, drafts: Draft[], speechLike: (r: Region) => boolean): void {
  for (const d of drafts) {
    const r = d.parts[0]!;
    if (d.attribution || doc.sentences[doc.sentenceOf[r.open]!]!.tokenStart !== r.open || !speechLike(r)) continue;
    d.attribution = { cue: null, speaker: null, rule: 'unattributed', confidence: 0.3 };
  }
}
