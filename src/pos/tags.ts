/**
 * Stage part: parts of speech in context, from the caller's tagger (`ExtractOptions.tagger`), read lazily. A sentence
 * is tagged the first time a rule asks about one of its words, and never otherwise, so a document with no ambiguous
 * cue pays nothing, and one with no tagger pays one map lookup per question.
 *
 * The tags are keyed by the document's token array, as the caller's cues are (cues/find.ts), so the rules that ask
 * (`posAt(doc, k)`) need no new parameter: `withTagger` sets them for one run and forgets them after.
 */
import type { PosTag, PosTagger, Token } from '../types.js';
import type { Doc } from '../doc/doc.js';

interface Run {
  readonly tagger: PosTagger;
  /** Each token's tag once its sentence is tagged; `''` for a token no tag covers. */
  readonly tags: string[];
  /** 1 for each sentence already tagged. */
  readonly done: Uint8Array;
}

const runs = new WeakMap<readonly Token[], Run>();

/** Runs `read` with `tagger` answering `posAt` for `doc`'s tokens (no tagger: `posAt` answers `''`). */
export function withTagger<T>(doc: Doc, tagger: PosTagger | undefined, read: () => T): T {
  if (!tagger) return read();
  runs.set(doc.tokens, {
    tagger,
    tags: new Array<string>(doc.tokens.length).fill(''),
    done: new Uint8Array(doc.sentences.length),
  });
  try {
    return read();
  } finally {
    runs.delete(doc.tokens);
  }
}

/**
 * Token k's part of speech in context (`VERB`, `NOUN`, …), or `''` with no tagger, out of range, or where the
 * tagger gave none. The first question about a sentence tags the whole sentence.
 */
export function posAt(doc: Doc, k: number): string {
  const run = runs.get(doc.tokens);
  if (!run || k < 0 || k >= doc.tokens.length) return '';
  const s = doc.sentenceOf[k] ?? 0;
  if (!run.done[s]) {
    run.done[s] = 1;
    tagSentence(doc, run, s);
  }
  return run.tags[k] ?? '';
}

/**
 * Tags sentence s and gives each of its tokens the tag whose span holds the token's first character. The tagger's
 * words need not be saidby's (`don't` may be one token or two): both are in text order, so one pass pairs them.
 */
function tagSentence(doc: Doc, run: Run, s: number): void {
  const sentence = doc.sentences[s];
  if (!sentence) return;
  const tags = checked(run.tagger(doc.text.slice(sentence.start, sentence.end)));
  let t = 0;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const at = (doc.tokens[k] as Token).start - sentence.start;
    while (t < tags.length && (tags[t] as PosTag).end <= at) t++;
    const tag = tags[t];
    if (tag && tag.start <= at) run.tags[k] = tag.pos;
  }
}

/** The tagger's answer, which must be an array of `{ start, end, pos }`: a TypeError says what it was instead. */
function checked(tags: unknown): readonly PosTag[] {
  const ok =
    Array.isArray(tags) &&
    tags.every(
      (x: Partial<PosTag> | null) =>
        x !== null &&
        typeof x === 'object' &&
        typeof x.start === 'number' &&
        typeof x.end === 'number' &&
        typeof x.pos === 'string',
    );
  if (!ok) throw new TypeError('saidby: options.tagger must return an array of { start, end, pos } for each sentence');
  return tags as readonly PosTag[];
}
