// The built package (dist/, `npm run build` first) with wink-nlp's tagger as ExtractOptions.tagger, for the referee:
// `node ../shared/eval/score.mjs --gold GOLD --package scripts/pos`. With SAIDBY_CUE_CLASSES=all, every cue class
// is on as well (as scripts/all-classes), for PolNeAR. The measurement: docs/performance.md#a-contextual-tagger.
import { extractQuotes as extract } from '../../dist/index.js';
import { winkTagger } from './wink-tagger.mjs';

const { tagger } = winkTagger();
const classes = process.env.SAIDBY_CUE_CLASSES === 'all' ? { cueClasses: 'all' } : {};

/** extractQuotes with the tagger (and every cue class, if asked); other options pass through. */
export function extractQuotes(text, options = {}) {
  return extract(text, { ...classes, ...options, tagger });
}
