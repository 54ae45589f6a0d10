/**
 * The per-token flag layout, one 32-bit word per token (`Doc.flags`), in one place: word classes in bits 0–22 (W),
 * shape and position in bits 24–27 (F), and bit 28, used only while the flags are computed. The generated word-class
 * table (generated/word-classes.ts, written by scripts/build-word-classes.ts) stores W's values: moving a W bit means
 * regenerating it. Only doc/token-flags.ts writes flags; every stage reads them with `has` or `is`.
 */

/** Word classes, as bit flags: what saidby reads from compromise's lexicon (see adapters/lexicon.ts). */
export const W = {
  verb: 1 << 0,
  prep: 1 << 1,
  conj: 1 << 2,
  det: 1 << 3,
  pron: 1 << 4,
  adv: 1 << 5,
  adj: 1 << 6,
  noun: 1 << 7,
  male: 1 << 8,
  female: 1 << 9,
  firstName: 1 << 10,
  lastName: 1 << 11,
  actor: 1 << 12,
  demonym: 1 << 13,
  country: 1 << 14,
  place: 1 << 15,
  org: 1 << 16,
  honorific: 1 << 17,
  date: 1 << 18,
  question: 1 << 19,
  plural: 1 << 20,
  number: 1 << 21,
  /** Base and present verb forms: often nouns too (`state`, `interview`), so weaker evidence than `verb`. */
  inf: 1 << 22,
} as const;

/** Extra per-token flags beside the lexicon's word classes. */
export const F = {
  cap: 1 << 24,
  allCaps: 1 << 25,
  sentenceStart: 1 << 26,
  /** The same word is capitalised elsewhere in the document, inside a sentence: a name (`Frank` in `Frank begins`). */
  capElsewhere: 1 << 27,
} as const;

/** In token-flags.ts's word table only, never in a token's flags: the word is a demonym when capitalised. */
export const DEMONYM_WHEN_CAPITAL = 1 << 28;

export const has = (flags: Uint32Array, i: number, mask: number): boolean => ((flags[i] ?? 0) & mask) !== 0;
