// The built package (dist/, `npm run build` first) with every cue class turned on, for the referee, which calls
// extractQuotes(text) with no options: `node ../shared/eval/score.mjs --gold GOLD --package scripts/all-classes`.
// PolNeAR counts thoughts, stances, plans and evidence as attributions, so it is scored this way (docs/cue-classes.md);
// the options are the only difference, whatever the text.
import { extractQuotes as extract } from '../../dist/index.js';

/** extractQuotes with `cueClasses: 'all'`; other options pass through. */
export function extractQuotes(text, options = {}) {
  return extract(text, { ...options, cueClasses: 'all' });
}
