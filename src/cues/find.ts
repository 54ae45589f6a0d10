import type { CueClass, Token } from '../types.js';
import { PHRASE_CUES, VERB_CUES, type VerbCue } from '../generated/cues.js';

/** A cue found in the text: tokens [first, last] inclusive. */
export interface CueMatch {
  readonly first: number;
  readonly last: number;
  readonly lemma: string;
  readonly class: CueClass;
  readonly weak: boolean;
  readonly passive: boolean;
  readonly tense: VerbCue['tense'] | 'phrase';
  /** What the verb takes, as bits of Frame (frame.ts; test with hasFrame); absent for a cue not from the lexicon. */
  readonly frame?: number;
}

interface Tables {
  readonly verbs: ReadonlyMap<string, VerbCue>;
  /** Phrases by their first word, longest first. */
  readonly phrases: ReadonlyMap<string, readonly (typeof PHRASE_CUES)[number][]>;
}
let cached: Tables | undefined;

function tables(): Tables {
  if (cached) return cached;
  const phrases = new Map<string, (typeof PHRASE_CUES)[number][]>();
  for (const p of [...PHRASE_CUES].sort((a, b) => b.words.length - a.words.length)) {
    const list = phrases.get(p.words[0] as string) ?? [];
    list.push(p);
    phrases.set(p.words[0] as string, list);
  }
  cached = { verbs: new Map(VERB_CUES.map((v) => [v.form, v])), phrases };
  return cached;
}

function phraseAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.norm !== words[k]) return false;
  return true;
}

/** A cue of the caller's own (`options.extraCues`), its form already split into token norms. */
export interface ExtraCue {
  readonly words: readonly string[];
  readonly lemma: string;
  readonly class: CueClass;
}

/**
 * The caller's cues for the document being read, keyed by its token array: `cueAt` is handed the tokens, not the
 * options, by every rule that looks for a cue, and this keeps the options out of all of them. `inUse` counts the
 * documents with cues of their own, so that the usual document (none) pays one comparison per lookup.
 */
const extraTables = new WeakMap<readonly Token[], Tables>();
let inUse = 0;

/** `-ed` past (`harrumphed`), `-ing` gerund, the lemma itself a base form, the lemma plus `-s` a present. */
function tenseOf(form: string, lemma: string): VerbCue['tense'] {
  if (form === lemma) return 'infinitive';
  if (form.endsWith('ing')) return 'gerund';
  if (form === `${lemma}s` || form === `${lemma}es`) return 'present';
  return 'past';
}

function tablesOf(cues: readonly ExtraCue[]): Tables {
  const verbs = new Map<string, VerbCue>();
  const phrases = new Map<string, (typeof PHRASE_CUES)[number][]>();
  for (const c of [...cues].sort((a, b) => b.words.length - a.words.length)) {
    const [first] = c.words;
    if (first === undefined) continue;
    if (c.words.length === 1) {
      const tense = tenseOf(first, c.lemma.toLowerCase());
      verbs.set(first, { form: first, lemma: c.lemma, class: c.class, tense, weak: false, frame: 0 });
    } else {
      const list = phrases.get(first) ?? [];
      list.push({ words: c.words, lemma: c.lemma, class: c.class, passive: false, frame: 0, example: '' });
      phrases.set(first, list);
    }
  }
  return { verbs, phrases };
}

/**
 * Runs `read` with the caller's cues found in `tokens` as well as the lexicon's (theirs win: `fumed` as `speech`
 * when the lexicon says otherwise), and forgets them after.
 */
export function withExtraCues<T>(tokens: readonly Token[], cues: readonly ExtraCue[], read: () => T): T {
  if (cues.length === 0) return read();
  extraTables.set(tokens, tablesOf(cues));
  inUse++;
  try {
    return read();
  } finally {
    inUse--;
    extraTables.delete(tokens);
  }
}

/**
 * The cue starting at token `i`, longest phrase first, else a single reporting-verb form; the caller's own cues
 * first (withExtraCues). Called for most tokens, several times each, so it allocates nothing unless it finds a cue.
 */
export function cueAt(tokens: readonly Token[], i: number): CueMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const extra = inUse > 0 ? extraTables.get(tokens) : undefined;
  return (extra && matchAt(extra, tokens, i)) || matchAt(tables(), tokens, i);
}

function matchAt(tables: Tables, tokens: readonly Token[], i: number): CueMatch | null {
  const t = tokens[i] as Token;
  const { verbs, phrases } = tables;
  const candidates = phrases.get(t.norm);
  if (candidates) {
    for (const p of candidates) {
      if (phraseAt(tokens, i, p.words)) {
        const { lemma, class: cls, passive, frame } = p;
        const last = i + p.words.length - 1;
        return { first: i, last, lemma, class: cls, weak: false, passive, tense: 'phrase', frame };
      }
    }
  }
  const v = verbs.get(t.norm);
  if (!v) return null;
  const { lemma, class: cls, weak, tense, frame } = v;
  return { first: i, last: i, lemma, class: cls, weak, passive: false, tense, frame };
}

/** The cue that ends at token `last` (for reading leftwards from a quotation): the longest that fits. */
export function cueEndingAt(tokens: readonly Token[], last: number): CueMatch | null {
  for (let first = Math.max(0, last - 5); first <= last; first++) {
    const c = cueAt(tokens, first);
    if (c && c.last === last) return c;
  }
  return null;
}
