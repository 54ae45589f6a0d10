import type { CueEntry, ExtractOptions, KnowledgeBase, Result, Token, Tokenization } from './types.js';
import { segment } from './segment/index.js';
import { withLineBreaks } from './segment/wrap.js';
import { analyze } from './segment/analyze.js';
import { findNames, withCallerEntities } from './mentions/names.js';
import { indexNames } from './mentions/phrase.js';
import { attribute } from './attribute/index.js';
import { findReported, usedByDirect } from './attribute/reported/index.js';
import { resolveEntities } from './entities/index.js';
import { assemble, type Wanted } from './assemble/result.js';
import {
  articleYear,
  checkCallerSpans,
  checkLength,
  checkOptions,
  checkText,
  cueClassesOf,
  MAX_CUE_WORDS,
} from './validate.js';
import { withExtraCues, type ExtraCue } from './cues/find.js';
import { defaultKnowledgeBase } from './kb/default.js';
import { combineKnowledgeBases, createKnowledgeBase } from './kb/custom.js';
import { EMPTY_KB } from './entities/link.js';

/**
 * Tokens, sentences and paragraphs with exact offsets: the same ones `extractQuotes` uses.
 *
 * @example
 * ```ts
 * import { tokenize } from 'saidby';
 *
 * const { tokens, sentences } = tokenize('She left. "Not yet," he said.');
 * sentences.map((s) => s.text); // ['She left.', '"Not yet," he said.']
 * tokens[0]?.norm; // 'she'
 * ```
 */
export function tokenize(text: string): Tokenization {
  checkText(text, 'tokenize');
  const { tokens, sentences, paragraphs } = segment(text);
  // fresh arrays, the caller's: as in extractQuotes's result
  return { tokens: withLineBreaks(text, tokens) as Token[], sentences: [...sentences], paragraphs: [...paragraphs] };
}

/**
 * Every quotation in `text`, with its cue, speaker and the entities it refers to.
 *
 * @example
 * ```ts
 * import { extractQuotes } from 'saidby';
 *
 * const result = extractQuotes('Mayor Ines Carver spoke on Monday.\n"Books are for everyone," Ms Carver said.');
 * const q = result.quotes[0];
 * q?.speaker?.name; // 'Ines Carver'
 * q?.cue?.lemma; // 'say'
 * q?.kind; // 'direct'
 * extractQuotes(text, { minConfidence: 0.5, kinds: ['direct', 'mixed'] });
 * ```
 */
export function extractQuotes(text: string, options: ExtractOptions = {}): Result {
  return extractFields(text, options);
}

/**
 * `extractQuotes`, and for saidby/node's worker threads, which send back only the fields a caller asked for
 * (`extractQuotesMany`'s `fields`), the same with `keep`: the same checks and the same values for the fields in
 * `keep`; `tokens` and `entities` outside it are left empty rather than built (the copy of every token with its line
 * break, and every entity's mentions, are 4-5% of the work for a news article), and the other fields cost nothing
 * to keep.
 */
export function extractFields(text: string, options: ExtractOptions, keep?: ReadonlySet<keyof Result>): Result {
  checkText(text, 'extractQuotes');
  checkOptions(options);
  checkLength(text, options);
  checkCallerSpans(text, options);
  return run(text, options, untimed, keep);
}

/**
 * The caller's cues with each form split into tokens as the text is, so that `went on record` matches the tokens
 * `went`, `on`, `record`. A form must start with a word and have at most MAX_CUE_WORDS tokens (`"said"` in marks, or
 * a sentence, is a mistake worth a TypeError).
 */
export function extraCuesOf(cues: readonly CueEntry[] | undefined): ExtraCue[] {
  return (cues ?? []).map((c, i) => {
    const tokens = segment(c.form).tokens;
    if (tokens[0]?.kind !== 'word' || tokens.length > MAX_CUE_WORDS) {
      const why = tokens.length > MAX_CUE_WORDS ? `at most ${MAX_CUE_WORDS} words` : 'words, starting with a letter';
      throw new TypeError(`saidby: options.extraCues[${i}].form must be ${why}, got '${c.form.slice(0, 40)}'`);
    }
    return { words: tokens.map((t) => t.norm), lemma: c.lemma, class: c.class };
  });
}

/** Runs a stage; the benchmark passes one that also times it. */
export type Stage = <T>(name: string, step: () => T) => T;
const untimed: Stage = (_name, step) => step();

/** The recipe: each stage a pure function of what came before. */
export function run(text: string, options: ExtractOptions, stage: Stage, keep?: ReadonlySet<keyof Result>): Result {
  const cues = extraCuesOf(options.extraCues); // before any work: a bad form is the caller's mistake
  const doc = stage('segment', () => analyze(text, segment(text, options.sentences))); // tokens, sentences, marks, …
  return withExtraCues(doc.tokens, cues, () => read(doc, options, stage, keep));
}

/** Every stage after segmentation. */
function read(
  doc: ReturnType<typeof analyze>,
  options: ExtractOptions,
  stage: Stage,
  keep: ReadonlySet<keyof Result> | undefined,
): Result {
  const found = stage('names', () => findNames(doc)); // name mentions with titles
  const names = options.entities ? withCallerEntities(doc, found, options.entities) : found;
  const index = indexNames(names);
  const drafts = stage('direct', () => attribute(doc, index, options)); // direct quotes, by sieves
  const classes = cueClassesOf(options); // speech, writing and report unless asked: docs/cue-classes.md
  const used = usedByDirect(doc, drafts);
  const reported = stage('reported', () => findReported(doc, index, used, classes)); // indirect, mixed
  const resolved = stage('entities', () =>
    resolveEntities(doc, names, [...drafts, ...reported], knowledgeBaseFor(options), articleYearOf(options)),
  );
  const wanted: Wanted = { ...options, keep };
  return stage('assemble', () => assemble(doc, drafts, reported, resolved, wanted));
}

/** The year of `options.date` (already checked), or null without one. */
const articleYearOf = (options: ExtractOptions): number | null =>
  options.date === undefined ? null : articleYear(options.date);

/** The knowledge base an extraction links to: the default, the user's, or none; extra entries on top. */
function knowledgeBaseFor(options: ExtractOptions): KnowledgeBase {
  const base = options.knowledgeBase === false ? EMPTY_KB : (options.knowledgeBase ?? defaultKnowledgeBase());
  return options.extraEntities?.length
    ? combineKnowledgeBases(createKnowledgeBase(options.extraEntities, 'extra'), base)
    : base;
}
