import type { EntityInput, ExtractOptions, Result, SpanInput } from '../types.js';
import { checkOptions } from '../validate.js';
import { orderedMap } from './ordered.js';
import {
  checkWorkers,
  createPool,
  type DocShared,
  type DocTask,
  IN_FLIGHT_PER_WORKER,
  type WorkerPool,
} from './pool.js';
import { type PackedResult, unpack } from './transfer.js';
import { checkFields, fieldSet, type ResultField } from './fields.js';
import { fileOf, type FileKnowledgeBase } from './kb-file.js';

/**
 * One document for `extractQuotesMany`: its text, or `{ id, text }`, with its own analysis if you have one
 * (`{ id, text, sentences, entities }`: spans of this text, as `extractQuotes`'s options of those names take them).
 */
export type ManyInput = string | ManyDocument;

/** A document with an id and, if you bring your own analysis, its sentences and named entities. */
export interface ManyDocument {
  readonly id?: string | number | null;
  readonly text: string;
  /**
   * This document's own sentences (from wink-nlp, spaCy, …): `{ start, end }` spans of its `text`, as
   * `ExtractOptions.sentences`. Checked in the worker: a bad span gives this document a `ManyError` naming it.
   */
  readonly sentences?: readonly SpanInput[];
  /** This document's own named entities: `{ start, end, type }` spans of its `text`, as `ExtractOptions.entities`. */
  readonly entities?: readonly EntityInput[];
}

/**
 * The options of `extractQuotesMany`: those of `extractQuotes` that can be sent to a worker thread, and `workers`.
 * Not `sentences` or `entities`, which are spans of one text: give them on each document instead (`ManyDocument`);
 * in the options they are a TypeError.
 */
export interface ManyOptions<F extends ResultField = ResultField> extends Omit<
  ExtractOptions,
  'knowledgeBase' | 'sentences' | 'entities'
> {
  /**
   * `false` links nothing; a knowledge base from `loadKnowledgeBase(file)` is loaded by each worker from its file.
   * Another `KnowledgeBase` object (it holds a function) cannot be sent to worker threads: give its entries as
   * `extraEntities` instead. Omitted: the bundled knowledge base.
   */
  readonly knowledgeBase?: false | FileKnowledgeBase;
  /** Worker threads; a positive integer. Default: the machine's available parallelism. */
  readonly workers?: number;
  /**
   * The fields each result holds, as the CLI's `--fields` names them: `['quotes', 'entities']` gives results with
   * `quotes`, `entities`, `index` and `id` only. Each worker packs and sends only these, so asking for what you read
   * saves the workers and the main thread the rest (the token arrays most of all); the main thread builds them as each
   * result arrives (without `fields`, each field of a result is built when first read). A name not among `text`,
   * `quotes`, `entities`, `warnings`, `sentences`, `paragraphs`, `tokens` is a TypeError. Default: all of them.
   */
  readonly fields?: readonly F[];
}

/**
 * The result for one input: `extractQuotes`'s `Result` (its fields in `options.fields` if given), with the input's
 * position and id.
 */
export type ManyResult<F extends ResultField = ResultField> = Pick<Result, F> & {
  /** Position of the input, from 0. */
  readonly index: number;
  /** The input's `id`, or null when it had none (a plain string). */
  readonly id: string | number | null;
  readonly error?: undefined;
};

/** An input that could not be processed (not a string or `{ id, text }`, or extraction failed): the stream goes on. */
export interface ManyError {
  readonly index: number;
  readonly id: string | number | null;
  readonly error: string;
}

export type ManyOutcome<F extends ResultField = ResultField> = ManyResult<F> | ManyError;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object without a "text" string' : typeof value;
}

function idOf(item: unknown): string | number | null {
  if (item === null || typeof item !== 'object') return null;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

/** An iterable or async iterable, but not a string: its characters would be read as documents. */
function isDocumentStream(inputs: unknown): boolean {
  if (typeof inputs === 'string' || inputs === null) return false;
  if (typeof inputs !== 'object' && typeof inputs !== 'function') return false;
  return Symbol.iterator in inputs || Symbol.asyncIterator in inputs;
}

/**
 * `extractQuotes` over many documents in worker threads. Results come back in input order as an async iterable;
 * only a few documents per worker are read ahead, so memory stays bounded however many documents there are.
 * The pool is closed when the iteration ends, throws, or the consumer breaks out of it.
 *
 *   for await (const r of extractQuotesMany(docs, { workers: 4 })) console.log(r.id, r.error ?? r.quotes.length);
 *
 * Throws a TypeError at once for bad `inputs`, `workers` or options; a bad document gives a `ManyError` in its place.
 * Your own analysis (`sentences`, `entities`) goes on each document, `{ id, text, sentences, entities }`, since its
 * spans belong to that document's text; a bad span gives that document a `ManyError` naming it.
 *
 * @example
 * ```ts
 * import { extractQuotesMany } from 'saidby/node';
 *
 * const docs = [{ id: 'a1', text: '"Yes," she said.' }, { id: 'a2', text: '"No," he said.' }];
 * for await (const r of extractQuotesMany(docs, { workers: 2 })) {
 *   if (r.error !== undefined) console.error(r.id, r.error);
 *   else console.log(r.id, r.quotes.length);
 * }
 * ```
 */
export function extractQuotesMany<F extends ResultField = ResultField>(
  inputs: Iterable<ManyInput> | AsyncIterable<ManyInput>,
  options: ManyOptions<F> = {},
): AsyncIterable<ManyOutcome<F>> {
  checkInputs(inputs);
  const { workers, shared } = prepare(options);
  return runOwned(inputs, shared, workers) as AsyncIterable<ManyOutcome<F>>;
}

/**
 * A pool of worker threads that stays open across calls, for a service or a long job that processes documents in
 * many calls: its threads start and load saidby once, and warm up (V8's compiler) once, rather than on each call.
 * `pool.extractQuotesMany(inputs)` gives what `extractQuotesMany(inputs, options)` gives (the same results, in input
 * order, a `ManyError` for a bad document), with the pool's options; several calls may run at once. Close the pool
 * when done (its idle threads do not keep the process alive).
 */
export interface QuotePool<F extends ResultField = ResultField> {
  /** The number of worker threads. */
  readonly workers: number;
  /** Resolves once every thread has started and loaded saidby; rejects if one fails to start, or on close(). */
  ready(): Promise<void>;
  /** `extractQuotesMany` on this pool's threads, with its options. Throws a TypeError for bad `inputs`. */
  extractQuotesMany(inputs: Iterable<ManyInput> | AsyncIterable<ManyInput>): AsyncIterable<ManyOutcome<F>>;
  /**
   * Ends the threads once the documents they hold are done. A call still running gives the results done before,
   * then throws; a call made after close() throws when iterated.
   */
  close(): Promise<void>;
}

/**
 * Starts a pool of worker threads for many calls: `extractQuotesMany`'s options (`workers` among them) are given
 * once, here. Throws a TypeError for bad options, as `extractQuotesMany` does.
 *
 * @example
 * ```ts
 * import { createQuotePool } from 'saidby/node';
 *
 * const pool = createQuotePool({ workers: 2 });
 * await pool.ready(); // the threads are up and have loaded saidby
 * for await (const r of pool.extractQuotesMany(['"Yes," she said.'])) console.log(r.index, r.error ?? r.quotes.length);
 * for await (const r of pool.extractQuotesMany(['"No," he said.'])) console.log(r.index, r.error ?? r.quotes.length);
 * await pool.close();
 * ```
 */
export function createQuotePool<F extends ResultField = ResultField>(options: ManyOptions<F> = {}): QuotePool<F> {
  const { workers, shared } = prepare(options);
  const pool = createPool<DocTask, PackedResult>(workers, { workerData: shared });
  return {
    workers,
    ready: () => pool.ready(),
    extractQuotesMany(inputs) {
      checkInputs(inputs);
      return run(inputs, pool, workers, shared) as AsyncIterable<ManyOutcome<F>>;
    },
    close: () => pool.close(),
  };
}

function checkInputs(inputs: unknown): asserts inputs is Iterable<ManyInput> | AsyncIterable<ManyInput> {
  if (!isDocumentStream(inputs)) {
    const got = typeof inputs === 'string' ? 'a string' : describe(inputs);
    throw new TypeError(
      `saidby: extractQuotesMany(inputs) expects an iterable or async iterable of strings or { id, text }, got ${got}`,
    );
  }
}

/** Checks `extractQuotesMany`'s options (TypeErrors); gives the thread count and what each thread gets. */
function prepare(options: ManyOptions): { workers: number; shared: DocShared } {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`saidby: options must be an object, got ${describe(options)}`);
  }
  const { workers: rawWorkers, fields: rawFields, ...extract } = options;
  const workers = checkWorkers(rawWorkers, 'options.workers');
  const fields = checkFields(rawFields, 'options.fields');
  for (const name of PER_DOCUMENT) {
    if ((extract as ExtractOptions)[name] !== undefined) {
      throw new TypeError(
        `saidby: extractQuotesMany takes no options.${name}: they are spans of one text; give each document its ` +
          `own, { id, text, ${name} }`,
      );
    }
  }
  checkOptions(extract);
  const kb = (extract as ExtractOptions).knowledgeBase;
  const kbFile = fileOf(kb);
  if (kb !== undefined && kb !== false && kbFile === null) {
    throw new TypeError(
      'saidby: extractQuotesMany cannot send a custom options.knowledgeBase (it holds functions) to worker threads; ' +
        'load it with loadKnowledgeBase(file), give its entries as options.extraEntities, or knowledgeBase: false',
    );
  }
  const { knowledgeBase: _sentByPath, ...rest } = extract;
  const plain: ExtractOptions = kbFile === null ? extract : rest;
  try {
    structuredClone(plain);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new TypeError(`saidby: extractQuotesMany options must be plain data to reach the worker threads: ${why}`, {
      cause: err,
    });
  }
  return { workers, shared: { options: plain, knowledgeBaseFile: kbFile, fields } };
}

/** The analysis a caller brings per document: spans of that document's text, never shared by many. */
const PER_DOCUMENT = ['sentences', 'entities'] as const;

/**
 * One document's task: its text alone, or with its own sentences and entities if it has them
 * (`{ id: 'a1', text, sentences: [{ start: 0, end: 12 }] }`); the options shared by all go once to each worker.
 */
function taskFor(item: ManyInput, text: string): DocTask {
  if (typeof item !== 'object' || (item.sentences === undefined && item.entities === undefined)) return text;
  return {
    text,
    ...(item.sentences === undefined ? {} : { sentences: item.sentences }),
    ...(item.entities === undefined ? {} : { entities: item.entities }),
  };
}

/** extractQuotesMany's own pool: started on the first read, closed when the iteration ends however it ends. */
async function* runOwned(
  inputs: Iterable<ManyInput> | AsyncIterable<ManyInput>,
  shared: DocShared,
  workers: number,
): AsyncGenerator<ManyOutcome, void, undefined> {
  const pool = createPool<DocTask, PackedResult>(workers, { workerData: shared });
  try {
    yield* run(inputs, pool, workers, shared);
  } finally {
    await pool.close();
  }
}

const CLOSED = 'saidby: the pool is closed (QuotePool.close() was called)';

/** The documents of one call through `pool`, in input order: a bad one gives a `ManyError` and the rest go on. */
function run(
  inputs: Iterable<ManyInput> | AsyncIterable<ManyInput>,
  pool: WorkerPool<DocTask, PackedResult>,
  workers: number,
  shared: DocShared,
): AsyncGenerator<ManyOutcome, void, undefined> {
  // The fields the workers pack (shared.fields): the result has those and no others. Fields the caller named are
  // built as each result arrives; without `fields`, each is built when first read (unpack).
  const keep = fieldSet(shared.fields);
  const named = shared.fields != null;
  const one = async (item: ManyInput, index: number): Promise<ManyOutcome> => {
    const id = idOf(item);
    const text = typeof item === 'string' ? item : (item as { text?: unknown } | null)?.text;
    if (typeof text !== 'string')
      return { index, id, error: `expected a string or { id, text } with a "text" string, got ${describe(item)}` };
    if (pool.closed) throw new Error(CLOSED);
    try {
      return unpack(text, await pool.run(taskFor(item, text)), { index, id }, keep, named);
    } catch (err) {
      // A document dropped by close() is not a bad document: the call ends there.
      if (pool.closed) throw new Error(CLOSED, { cause: err });
      return { index, id, error: err instanceof Error ? err.message : String(err) };
    }
  };
  return orderedMap(inputs, workers * IN_FLIGHT_PER_WORKER, one);
}
