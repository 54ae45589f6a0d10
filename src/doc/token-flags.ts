import type { Token } from '../types.js';
import { wordClasses } from '../adapters/lexicon.js';
import { hasNoLower, isUpper } from '../text/chars.js';
import { DEMONYM_EXCEPTIONS } from '../words/people.js';
import { ADVERBS } from '../words/time-and-adjuncts.js';
import { demonymCountry, demonymKeys } from '../kb/default.js';
import { DEMONYM_WHEN_CAPITAL, F, W } from './flags.js';

/**
 * One flag word per token: lexicon classes (W) and shape (F). Computed once per document. `sentenceStarts` has a
 * byte per token, 1 where a sentence starts.
 */
export function tokenFlags(text: string, tokens: readonly Token[], sentenceStarts: Uint8Array): Uint32Array {
  const table = wordTable();
  const flags = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let f = table.get(t.norm) ?? guessClass(t.norm);
    if (t.kind === 'word' && isUpper(text, t.start)) {
      f |= F.cap;
      // Finnish, British, US: demonyms compromise lacks. A word of plain letters has its answer in the table;
      // any other (`U.S.`, accents) is folded as the knowledge base folds names first.
      const demonym = isPlainWord(t.norm)
        ? (f & DEMONYM_WHEN_CAPITAL) !== 0
        : DEMONYM_EXCEPTIONS.has(t.norm) || demonymCountry(t.norm) !== null;
      if (demonym) f |= W.demonym;
      if (t.text.length > 1 && hasNoLower(t.text)) f |= F.allCaps;
    }
    if (t.kind === 'number') f |= W.number;
    if (sentenceStarts[i] === 1) f |= F.sentenceStart;
    flags[i] = (f & ~DEMONYM_WHEN_CAPITAL) >>> 0;
  }
  markCapitalisedElsewhere(tokens, flags);
  return flags;
}

let words: Map<string, number> | undefined;

/**
 * What tokenFlags reads per lower-case word, in one table so that a token costs one lookup: the lexicon's classes,
 * the adverb correction, and whether the word is a demonym (of plain letters only: see tokenFlags).
 */
function wordTable(): ReadonlyMap<string, number> {
  if (words) return words;
  const table = new Map(wordClasses());
  const base = (w: string): number => table.get(w) ?? guessClass(w);
  // `Clinton now says`: compromise calls `now` a conjunction
  for (const w of ADVERBS) table.set(w, (base(w) & ~W.conj) | W.adv);
  for (const w of [...DEMONYM_EXCEPTIONS.keys(), ...demonymKeys()]) {
    if (isPlainWord(w)) table.set(w, base(w) | DEMONYM_WHEN_CAPITAL);
  }
  words = table;
  return table;
}

/** Only the letters a-z: what normalizeName leaves as it is, so the table's keys answer for it. */
function isPlainWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Second pass: sentence-initial capitals whose word is capitalised inside some sentence too. */
function markCapitalisedElsewhere(tokens: readonly Token[], flags: Uint32Array): void {
  const inside = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const f = flags[i]!;
    if (f & F.cap && !(f & (F.sentenceStart | F.allCaps)) && tokens[i - 1]!.kind !== 'quote')
      inside.add(tokens[i]!.norm);
  }
  for (let i = 0; i < tokens.length; i++) {
    const f = flags[i]!;
    // a word that opens a quotation is capitalised as a sentence's first word is (`"Considering the fee, …"`)
    const opens = f & F.sentenceStart || (i > 0 && tokens[i - 1]!.kind === 'quote');
    if (opens && f & F.cap && inside.has(tokens[i]!.norm)) flags[i] = (f | F.capElsewhere) >>> 0;
  }
}

/** Words the lexicon lacks: `-ed` and `-ing` forms are verbs (`defended`, `poked`, `tweeting`). */
function guessClass(norm: string): number {
  if (norm.length > 4 && (norm.endsWith('ed') || norm.endsWith('ing'))) return W.verb;
  return 0;
}
