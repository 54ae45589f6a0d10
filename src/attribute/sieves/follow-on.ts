import type { DirectContext, DirectPass, Draft } from '../candidate.js';
import { RULES } from '../rules.js';

/**
 * runs-on: a quotation that runs over paragraphs (each reopens, only the last closes) is one quote per paragraph;
 * an attribution found in any of them holds for all.
 */
export const RUNS_ON: DirectPass = { name: 'runs-on', rules: ['runs-on'], run: runsOn };

/**
 * follow-on: a quotation with no cue of its own that opens a sentence right after an attributed one
 * (in the same paragraph, or as the next paragraph) has the same speaker.
 */
export const FOLLOW_ON: DirectPass = { name: 'follow-on', rules: ['follow-on'], run: followOn };

/**
 * unattributed (an option): a quotation that is a sentence of its own (opens a sentence, long enough, starts with a
 * capital) but that no sieve could attribute is still speech: a direct quote with no speaker and low confidence.
 */
export const UNATTRIBUTED: DirectPass = { name: 'unattributed', rules: ['unattributed'], run: unattributed };

function runsOn(_context: DirectContext, drafts: Draft[]): Draft[] {
  let chainStart = 0;
  for (let i = 0; i < drafts.length; i++) {
    const last = drafts[i]!.parts.at(-1)!;
    if (last.region.runsOn && i + 1 < drafts.length) continue;
    const chain = drafts.slice(chainStart, i + 1);
    const source = chain.find((d) => d.attribution && d.attribution.rule !== 'runs-on')?.attribution;
    if (source && chain.length > 1) {
      const confidence = source.confidence * RULES['runs-on'].confidence.base;
      for (const d of chain) d.attribution ??= { ...source, rule: 'runs-on', confidence };
    }
    chainStart = i + 1;
  }
  return drafts;
}

function followOn({ doc, speechLike }: DirectContext, drafts: Draft[]): Draft[] {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const prev = drafts[i - 1]!;
    if (d.attribution || !prev.attribution || !prev.attribution.speaker) continue;
    const r = d.parts[0]!;
    const first = doc.sentences[doc.sentenceOf[r.open]!]!.tokenStart;
    if (first !== r.open || !speechLike(r)) continue;
    const prevEnd = Math.max(prev.parts.at(-1)!.close, prev.tail - 1);
    if (doc.sentenceOf[r.open]! - doc.sentenceOf[prevEnd]! > 1) continue;
    const c = RULES['follow-on'].confidence;
    const confidence = Math.min(c.most, prev.attribution.confidence * c.base);
    d.attribution = { ...prev.attribution, rule: 'follow-on', confidence };
  }
  return drafts;
}

function unattributed({ doc, speechLike, unattributed: wanted }: DirectContext, drafts: Draft[]): Draft[] {
  if (!wanted) return drafts;
  for (const d of drafts) {
    const r = d.parts[0]!;
    if (d.attribution || doc.sentences[doc.sentenceOf[r.open]!]!.tokenStart !== r.open || !speechLike(r)) continue;
    d.attribution = { cue: null, speaker: null, rule: 'unattributed', confidence: RULES.unattributed.confidence.base };
  }
  return drafts;
}
