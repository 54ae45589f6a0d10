/**
 * Words of time and manner around a speech act: `said last week`, `also said`, `said on Monday that`, `criticized
 * the plan during a campaign stop`. Several rules ask whether a word opens such an adjunct, each with its own list;
 * the lists share the named parts below.
 */
import { union, words } from './list.js';

/** Month names and their short forms, for dates: `— Harbour Times, 3 May 2011` cites a headline. */
export const MONTHS = words(
  'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec',
);

/** `a.m.` and `p.m.` as tokens: `2:25 p.m.` after a rule heads a live blog's item. */
export const MERIDIEMS = words('a.m. p.m. am pm');

/** Words that place an act in time: `said last week`, `said earlier`, `said today`. */
export const WHEN_WORDS = words('last earlier later today yesterday');

/** Words that move a report on to a later statement: `Ricks said in May, and later: "…"` is a second quote. */
export const SEQUEL_WORDS = words('later afterwards subsequently');

/** Adverbs of how often or how openly something was said: `also said`, `said again`, `said publicly`. */
export const ACT_ADVERBS = words('again also recently previously repeatedly privately publicly separately');

/** Prepositions that open an adjunct of time or place: `on Monday`, `in a statement`, `after the vote`. */
export const ADJUNCT_PREPOSITIONS = words('on in at during after before since');

/** Words that can open what follows a tag: `…, he said last week`, `…, she said this year`, `…, it said again`. */
export const TAIL_WORDS = union(WHEN_WORDS, ACT_ADVERBS, words('this tonight next then late early'));

/** Words that open a short adjunct between a cue and its clause: `said on Monday that`, `said earlier he …`. */
export const ADJUNCT_OPENERS = union(ADJUNCT_PREPOSITIONS, WHEN_WORDS, ACT_ADVERBS, words('this tonight'));

/** Words that end an object: an adjunct of the act, not part of what was said (`… during a campaign stop`). */
export const OBJECT_STOPS = union(ADJUNCT_PREPOSITIONS, WHEN_WORDS, words('while when because by with amid despite'));

/**
 * Adverbs that sit between a speaker and a cue, whatever the lexicon calls them: `Clinton now says` (compromise
 * calls `now` a conjunction).
 */
export const ADVERBS = union(
  ACT_ADVERBS,
  words(`
  earlier later then now still just often already never once frequently reportedly quickly flatly openly
`),
);

/** `…, during a rare visit to …`, `…, while speaking at …`: an adjunct of the speech event, not of what was said. */
export const EVENT_ADJUNCTS = words('during while speaking addressing appearing writing adding citing');
