import type { Token } from '../types.js';
import { W, wordClasses } from '../adapters/lexicon.js';
import { hasNoLower, isUpper } from '../segment/chars.js';
import { DEMONYM_EXCEPTIONS } from './words.js';
import { demonymCountry } from '../kb/default.js';

/** Extra per-token flags beside the lexicon's word classes. */
export const F = {
  cap: 1 << 24,
  allCaps: 1 << 25,
  sentenceStart: 1 << 26,
  /** The same word is capitalised elsewhere in the document, inside a sentence: a name (`Frank` in `Frank begins`). */
  capElsewhere: 1 << 27,
} as const;

/** One flag word per token: lexicon classes (W) and shape (F). Computed once per document. */
export function tokenFlags(text: string, tokens: readonly Token[], sentenceStarts: ReadonlySet<number>): Uint32Array {
  const classes = wordClasses();
  const flags = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let f = classes.get(t.norm) ?? guessClass(t.norm);
    if (ADVERBS.has(t.norm)) f = (f & ~W.conj) | W.adv; // `Clinton now says`: compromise calls `now` a conjunction
    if (t.kind === 'word' && isUpper(text, t.start)) {
      f |= F.cap;
      if (DEMONYM_EXCEPTIONS.has(t.norm) || demonymCountry(t.norm)) f |= W.demonym; // Finnish, British, US: demonyms compromise lacks
      if (t.text.length > 1 && hasNoLower(t.text)) f |= F.allCaps;
    }
    if (t.kind === 'number') f |= W.number;
    if (sentenceStarts.has(i)) f |= F.sentenceStart;
    flags[i] = f >>> 0;
  }
  markCapitalisedElsewhere(tokens, flags);
  return flags;
}

/** Second pass: sentence-initial capitals whose word is capitalised inside some sentence too. */
function markCapitalisedElsewhere(tokens: readonly Token[], flags: Uint32Array): void {
  const inside = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const f = flags[i]!;
    if (f & F.cap && !(f & (F.sentenceStart | F.allCaps)) && tokens[i - 1]!.kind !== 'quote') inside.add(tokens[i]!.norm);
  }
  for (let i = 0; i < tokens.length; i++) {
    const f = flags[i]!;
    if (f & F.sentenceStart && f & F.cap && inside.has(tokens[i]!.norm)) flags[i] = (f | F.capElsewhere) >>> 0;
  }
}

/** Adverbs that sit between a speaker and a cue, whatever the lexicon calls them. */
const ADVERBS = new Set(['now', 'also', 'then', 'later', 'earlier', 'again', 'still', 'just', 'recently', 'previously', 'repeatedly', 'often', 'already', 'never', 'once', 'frequently', 'publicly', 'privately', 'reportedly', 'separately', 'quickly', 'flatly', 'openly']);

/** Words the lexicon lacks: `-ed` and `-ing` forms are verbs (`defended`, `poked`, `tweeting`). */
function guessClass(norm: string): number {
  if (norm.length > 4 && (norm.endsWith('ed') || norm.endsWith('ing'))) return W.verb;
  return 0;
}

export const has = (flags: Uint32Array, i: number, mask: number): boolean => ((flags[i] ?? 0) & mask) !== 0;
