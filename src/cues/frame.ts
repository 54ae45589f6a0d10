/**
 * What a cue's verb takes, as bits of `CueMatch.frame`. The bits come from the `takes`, `needsThat` and
 * `intransitive` fields of the verb's row in data/cues.ts; the generated lexicon (src/generated/cues.ts) carries them
 * as one number per form, and a phrase cue carries its verb's (`called for` those of `call`).
 */
export const Frame = {
  /** `promised to cut taxes`: a to-infinitive is the content. */
  to: 1,
  /** `criticized the plan as …`, `cited the poll`: a stance verb whose noun-phrase object is the content. */
  object: 2,
  /** `told reporters (that) …`: the first object is the hearer, not the content. */
  hearer: 4,
  /** `called the meeting to order`: a weak form reports a clause only after `that` or with a quotation ahead. */
  needsThat: 8,
  /** `speaking Friday in Fort Wayne, …`: the verb takes no clause; what was said follows `about` or `of`. */
  intransitive: 16,
} as const;

/** Does the cue's verb have this frame bit? A cue not from the lexicon (a colon, a dash) has none. */
export function hasFrame(cue: { readonly frame?: number }, bit: number): boolean {
  return ((cue.frame ?? 0) & bit) !== 0;
}
