/**
 * Verb forms the rules test by word, whatever the cue lexicon says. What a reporting verb itself takes (a `that`
 * clause, a to-infinitive, an object, a hearer) is not here: it is a property of the verb's row in data/cues.ts.
 */
import { words } from './list.js';

/** Verbs that pass their subject to a to-infinitive: `he appeared to suggest that …`, `she went on to say …`. */
export const CONTROL_VERBS = words(`
  appeared appears seemed seems continued continues tried tries decided on began begins started starts wanted wants
  planned plans refused declined
`);

/** `to say`, `help decide`, `heard say`: right after one of these a base form is an infinitive, no present tense. */
export const INFINITIVE_MARKERS = words('to let make made help heard hear saw see watch');

/** `Reuters quoted one trader as saying`: verbs whose object, not subject, is the one quoted. */
export const QUOTING_VERBS = words('quoted quotes quoting cited cites citing');

/** `it is called "podcasting"`, `it was dubbed …`: a passive that names a thing, not one that reports speech. */
export const NAMING_LEMMAS = words('call dub term label brand name nickname describe');

/**
 * `announced the settlements`, `reported higher profits`, `revealed its support`: verbs that with a bare noun phrase
 * disclose an event or a figure; they report speech only with a clause (`announced that …`, `confirmed he will …`).
 */
export const DISCLOSURE_LEMMAS = words('announce reveal confirm report unveil disclose');
