import type { Token } from '../types.js';
import { PHRASE_CUES, VERB_CUES, type CueClass, type VerbCue } from './lexicon.js';

/** A cue found in the text: tokens [first, last] inclusive. */
export interface CueMatch {
  readonly first: number;
  readonly last: number;
  readonly lemma: string;
  readonly class: CueClass;
  readonly weak: boolean;
  readonly passive: boolean;
  readonly tense: VerbCue['tense'] | 'phrase';
}

let verbs: Map<string, VerbCue> | undefined;
let phrases: Map<string, (typeof PHRASE_CUES)[number][]> | undefined;

function tables(): [Map<string, VerbCue>, Map<string, (typeof PHRASE_CUES)[number][]>] {
  if (!verbs || !phrases) {
    verbs = new Map(VERB_CUES.map((v) => [v.form, v]));
    phrases = new Map();
    for (const p of [...PHRASE_CUES].sort((a, b) => b.words.length - a.words.length)) {
      const list = phrases.get(p.words[0] as string) ?? [];
      list.push(p);
      phrases.set(p.words[0] as string, list);
    }
  }
  return [verbs, phrases];
}

/** The cue starting at token `i`, longest phrase first, else a single reporting-verb form. */
export function cueAt(tokens: readonly Token[], i: number): CueMatch | null {
  const [verbTable, phraseTable] = tables();
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  for (const p of phraseTable.get(t.norm) ?? []) {
    if (p.words.every((w, k) => tokens[i + k]?.norm === w)) {
      return { first: i, last: i + p.words.length - 1, lemma: p.lemma, class: p.class, weak: false, passive: p.passive, tense: 'phrase' };
    }
  }
  const v = verbTable.get(t.norm);
  return v ? { first: i, last: i, lemma: v.lemma, class: v.class, weak: v.weak, passive: false, tense: v.tense } : null;
}

/** The cue that ends at token `last` (for reading leftwards from a quotation): the longest that fits. */
export function cueEndingAt(tokens: readonly Token[], last: number): CueMatch | null {
  for (let first = Math.max(0, last - 5); first <= last; first++) {
    const c = cueAt(tokens, first);
    if (c && c.last === last) return c;
  }
  return null;
}
