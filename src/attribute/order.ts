/**
 * The attribution stage in the order it runs, as CoreNLP lists its sieves (rules.ts has the glossary, and
 * docs/rules.md prints this order):
 * 1. for each quotation, the direct sieves in order: the first that decides wins;
 * 2. the passes over the direct quotes, in order;
 * 3. for each cue outside quotations and direct attributions, the reported frames in order: the first wins;
 * 4. the frames that scan the whole text, for what no cue's frame covered.
 */
import type { DirectPass, Sieve } from './candidate.js';
import type { ReportedFrame, TextFrame } from './reported/draft.js';
import { DASH_SIGNOFF, INVERTED, QUOTE_CUE_SPEAKER } from './sieves/after.js';
import { COLON_LEAD_IN, SPEAKER_CUE_QUOTE } from './sieves/before.js';
import { SPLIT } from './sieves/split.js';
import { FOLLOW_ON, RUNS_ON, UNATTRIBUTED } from './sieves/follow-on.js';
import { FORWARD } from './reported/forward.js';
import { PARENTHETICAL, TAG } from './reported/tag.js';
import { CHARACTERIZED_AS, COLON_LABEL } from './reported/paragraph.js';
import { HEADLINE_CLAIM } from './reported/headline.js';

/** After the quotation (only when it opens a clause), then before it. */
export const DIRECT_SIEVES: readonly Sieve[] = [
  DASH_SIGNOFF,
  INVERTED,
  QUOTE_CUE_SPEAKER,
  SPEAKER_CUE_QUOTE,
  COLON_LEAD_IN,
];

export const DIRECT_PASSES: readonly DirectPass[] = [SPLIT, RUNS_ON, FOLLOW_ON, UNATTRIBUTED];

/** A tag after or inside the clause before the clause after the cue: `…, he said.` is no `he said …`. */
export const REPORTED_FRAMES: readonly ReportedFrame[] = [TAG, PARENTHETICAL, FORWARD];

export const TEXT_FRAMES: readonly TextFrame[] = [COLON_LABEL, CHARACTERIZED_AS, HEADLINE_CLAIM];
