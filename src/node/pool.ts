import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { EntityInput, ExtractOptions, SpanInput } from '../types.js';
import type { ResultField } from './fields.js';
import type { PackedResult } from './transfer.js';

/** Tasks sent ahead to each worker thread (see createPool). */
const TASKS_PER_WORKER = 4;

/**
 * Documents in flight per worker: sent, being processed, or done and waiting for an earlier one to be yielded.
 * Ahead of TASKS_PER_WORKER, so that a long document at the head of the queue does not leave the other workers
 * without work while the results behind it wait their turn (results come out in input order).
 */
export const IN_FLIGHT_PER_WORKER = 16;

/** The same for the CLI's batches of lines (some 64 KB of input each): fewer, as each holds a dozen documents. */
export const BATCHES_IN_FLIGHT_PER_WORKER = 8;

/**
 * What the main thread asks saidby/node's worker (dist/worker.js) to do: one document, its text, or its text with
 * the caller's own sentences and entities for it (spans of this text only, so they travel with it).
 */
export type DocTask =
  | string
  | {
      readonly text: string;
      readonly sentences?: readonly SpanInput[];
      readonly entities?: readonly EntityInput[];
    };

/** What every document of one `extractQuotesMany` run shares: sent once to each worker thread, as its workerData. */
export interface DocShared {
  readonly options: ExtractOptions;
  /** A knowledge base from `loadKnowledgeBase`, by its path: the worker loads it once. */
  readonly knowledgeBaseFile: string | null;
  /** The fields to pack and send back (`['quotes']`), or null for all of them. */
  readonly fields?: readonly ResultField[] | null;
}

/** A pool of worker threads that run one script's task handler. */
export interface WorkerPool<T, R> {
  run(task: T): Promise<R>;
  /**
   * Resolves once every thread has loaded its script (saidby, its lexicon and word classes), so that a run timed or
   * started after it pays no start-up; rejects when a thread fails to start. For scripts that call announceLoaded.
   */
  ready(): Promise<void>;
  /** Drops the queued tasks (they reject), lets the running ones finish, and ends the threads. */
  close(): Promise<void>;
  /** True once close() was called. */
  readonly closed: boolean;
}

/**
 * The message a worker script posts once its module has loaded (`{ [LOADED]: true }`): piscina passes any other
 * message from a thread on to the pool's 'message' event, which is how ready() counts the threads that are up.
 */
const LOADED = 'saidby:loaded';

/** Called at the top level of a worker script, after its imports: tells the pool that this thread is up. */
export function announceLoaded(port: { postMessage(message: unknown): void } | null): void {
  port?.postMessage({ [LOADED]: true });
}

function isLoaded(message: unknown): boolean {
  return typeof message === 'object' && message !== null && LOADED in message;
}

/** saidby/node's worker script, built next to this module in dist/ (from both node.js and node.cjs). */
export function workerFile(): URL {
  return new URL('./worker.js', import.meta.url);
}

/** Validates a worker count: a positive integer; undefined gives the machine's available parallelism. */
export function checkWorkers(workers: unknown, what: string): number {
  if (workers === undefined) return Math.max(1, availableParallelism());
  if (typeof workers !== 'number' || !Number.isInteger(workers) || workers < 1) {
    throw new TypeError(
      `saidby: ${what} must be a positive integer, got ${typeof workers === 'number' ? workers : typeof workers}`,
    );
  }
  return workers;
}

/**
 * The young generation of a CLI worker, in MB (V8's default on this kind of machine is three times larger). The
 * CLI promises a peak RSS under 400 MB on 100 MB of JSONL with two workers: capped here, each worker holds some
 * 20 MB less between scavenges (two workers on 60 MB of JSONL: 363-369 MB against 385-407 MB, in the same time).
 * The library's pool keeps the default: there the cap cost 4-12% (a worker also holds the results it packs).
 */
export const CLI_YOUNG_GENERATION_MB = 16;

export interface PoolOptions {
  /** The worker script: saidby/node's (workerFile) unless given. */
  readonly script?: URL;
  /** Caps each worker's young generation (worker_threads resourceLimits.maxYoungGenerationSizeMb). */
  readonly youngGenerationMb?: number;
  /** Given to each worker thread as its `workerData` (structured-cloned once per thread). */
  readonly workerData?: unknown;
}

/** A fixed-size pool of worker threads, each with its own copy of saidby (lexicon and knowledge base loaded once). */
export function createPool<T = DocTask, R = PackedResult>(
  workers: number,
  options: PoolOptions = {},
): WorkerPool<T, R> {
  const pool = new Piscina<T, R>({
    filename: (options.script ?? workerFile()).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    // A few tasks queued in each worker, so that it starts the next document as soon as it has sent a result,
    // without waiting for the main thread to hand it one: with one task at a time, each worker sat idle for
    // 15-18% of a run (CPU profile, 2 workers); with four, 3-4%.
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    // piscina's run- and wait-time histograms: two timer reads and two histogram records per task, never read here.
    recordTiming: false,
    workerData: options.workerData,
    ...(options.youngGenerationMb === undefined
      ? {}
      : { resourceLimits: { maxYoungGenerationSizeMb: options.youngGenerationMb } }),
  });
  const ready = readiness(pool, workers);
  let closed = false;
  return {
    get closed() {
      return closed;
    },
    run: (task) => pool.run(task),
    ready: ready.wait,
    // Not pool.destroy(): a result arriving while destroy() tears the workers down makes piscina 5.3 throw
    // "Unexpected message from Worker" outside any promise. Waiting for the running tasks (one document per
    // worker) avoids that race.
    close: () => {
      closed = true;
      ready.stop();
      return pool.close({ force: true });
    },
  };
}

/**
 * ready() for a piscina pool: counts the threads' LOADED messages. A thread that fails to start fails the waiting
 * calls; closing the pool does too, so that nobody waits forever on threads that will never come.
 */
function readiness(pool: Piscina, workers: number): { wait: () => Promise<void>; stop: () => void } {
  // Counted from the start: a thread can load before anyone asks whether the pool is ready.
  let loaded = 0;
  let closed = false;
  const waiting = new Map<() => void, (err: Error) => void>();
  pool.on('message', (message: unknown) => {
    if (!isLoaded(message)) return;
    loaded++;
    if (loaded >= workers) for (const done of [...waiting.keys()]) done();
  });
  const wait = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (loaded >= workers) return resolve();
      if (closed) return reject(new Error('saidby: the pool is closed'));
      // Piscina's 'error' event is listened to only while someone waits: otherwise it stays as it was.
      const failed = (err: unknown): void => {
        waiting.delete(done);
        pool.off('error', failed);
        reject(err instanceof Error ? err : new Error(String(err)));
      };
      const done = (): void => {
        waiting.delete(done);
        pool.off('error', failed);
        resolve();
      };
      waiting.set(done, failed);
      pool.on('error', failed);
    });
  const stop = (): void => {
    closed = true;
    for (const failed of [...waiting.values()]) failed(new Error('saidby: the pool was closed before it was ready'));
  };
  return { wait, stop };
}
