import { words } from './list.js';

/**
 * Universal Dependencies tags of a word that modifies a noun after it (`the`, `his`, `down` in `played down claims`,
 * `weekend`'s number): after one of these, a cue form the tagger calls a noun is one (pos/cue.ts).
 */
export const NOUN_MODIFIER_TAGS = words('DET ADJ PRON ADP PART NUM');

/** Tags that make a cue word no verb: `claims` in `played down claims that …`, `alleged` in `his alleged deputy`. */
export const NOMINAL_TAGS = words('NOUN PROPN ADJ');
