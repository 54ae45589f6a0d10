import { availableParallelism } from 'node:os';
import { parentPort, receiveMessageOnPort, Worker, type WorkerOptions } from 'node:worker_threads';
import type { EntityInput, ExtractOptions, SpanInput } from '../types.js';
import type { ResultField } from './fields.js';
import type { PackedResult } from './transfer.js';

/**
 * Tasks sent ahead to each worker thread (see createPool): enough that a thread never waits for the main thread,
 * which on two cores shares them with the workers and V8's helper threads. Measured on 4,200 news articles with
 * two workers (docs/performance.md): 4 ahead, each answered alone, 6.37 s; 8 ahead answered in fours 6.13 s; 16
 * ahead answered in eights 5.99 s. Since tasks go in batches and results as strings (2026-12-05), 32 ahead answered
 * in sixteens takes the main thread 0.14-0.15 CPU s against 0.17-0.19 (fewer wake-ups), the same wall time within
 * the machine's noise; 64 in thirty-twos 0.13-0.14.
 */
export const TASKS_PER_WORKER = 32;

/**
 * Documents in flight per worker: sent, being processed, or done and waiting for an earlier one to be yielded.
 * Ahead of TASKS_PER_WORKER, so that a long document at the head of the queue does not leave the other workers
 * without work while the results behind it wait their turn (results come out in input order).
 */
export const IN_FLIGHT_PER_WORKER = 64;

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
   * started after it pays no start-up; rejects when a thread fails to start.
   */
  ready(): Promise<void>;
  /** Drops the queued tasks (they reject), lets the ones sent to a thread finish, and ends the threads. */
  close(): Promise<void>;
  /** True once close() was called. */
  readonly closed: boolean;
}

/** Answers a thread sends in one message at most, when it finds the next tasks already waiting (serve). */
const ANSWERS_PER_MESSAGE = 16;

/** The message a worker script posts once its module has loaded (serve posts it): ready() counts these. */
const LOADED = 'saidby:loaded';

function isLoaded(message: unknown): boolean {
  return typeof message === 'object' && message !== null && LOADED in message;
}

/**
 * A task as it goes to a thread, and its answer: `[id, value]`, or `[id, null, message]` when the handler threw. The
 * pool sends a thread its tasks in arrays of one or more (dispatch), and the thread sends its answers the same way
 * (serve).
 */
type TaskMessage<T> = readonly [id: number, task: T];
type AnswerMessage<R> = readonly [id: number, value: R] | readonly [id: number, value: null, error: string];

/**
 * Called at the top level of a worker script, after its imports: tells the pool that this thread is up, then runs
 * `handle` on each task the pool sends, one at a time, and sends back its value, or its error's message when it
 * throws; answers to tasks that were already waiting go together, in one message. `transfer` names the buffers of
 * a value that are moved to the main thread rather than copied (the thread must not touch them again).
 */
export function serve<T, R>(handle: (task: T) => R, transfer: (value: R) => readonly ArrayBuffer[] = () => []): void {
  const port = parentPort;
  if (!port) throw new Error('saidby: serve() runs in a worker thread of createPool');
  const answer = ([id, task]: TaskMessage<T>, answers: AnswerMessage<R>[], moved: ArrayBuffer[]): void => {
    try {
      const value = handle(task);
      answers.push([id, value]);
      for (const buffer of transfer(value)) if (!moved.includes(buffer)) moved.push(buffer); // once in a list
    } catch (err) {
      answers.push([id, null, err instanceof Error ? err.message : String(err)]);
    }
  };
  port.on('message', (first: readonly TaskMessage<T>[]) => {
    // The tasks already waiting are taken at once and answered together, ANSWERS_PER_MESSAGE at most: the main
    // thread, idle between answers, is woken once for several.
    let answers: AnswerMessage<R>[] = [];
    let moved: ArrayBuffer[] = [];
    const send = (): void => {
      port.postMessage(answers, moved);
      answers = [];
      moved = [];
    };
    for (let batch = first, k = 0; ;) {
      if (k < batch.length) {
        answer(batch[k++] as TaskMessage<T>, answers, moved);
        if (answers.length >= ANSWERS_PER_MESSAGE) send();
        continue;
      }
      // This message's tasks are answered: the next message, if one is waiting, or the answers held go now.
      const next = receiveMessageOnPort(port) as { message: readonly TaskMessage<T>[] } | undefined;
      if (next === undefined) break;
      batch = next.message;
      k = 0;
    }
    if (answers.length > 0) send();
  });
  port.postMessage({ [LOADED]: true });
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

/**
 * The Node options to give a thread: none of its own (undefined), so that it inherits the process's, V8's among them
 * (`--max-old-space-size`), which a list given to a thread may not hold; but without `--input-type`, which a thread
 * refuses (it runs a file), so that a pool also starts in a script given to `node --input-type=module -e`.
 */
export function threadArgv(execArgv: readonly string[]): string[] | undefined {
  if (!execArgv.some((a) => a === '--input-type' || a.startsWith('--input-type='))) return undefined;
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i] as string;
    if (a === '--input-type') i++;
    else if (!a.startsWith('--input-type=')) out.push(a);
  }
  return out;
}

/** A new thread on `script`: with the process's options (threadArgv), or with none if those are refused. */
function newWorker(script: URL, options: WorkerOptions): Worker {
  const execArgv = threadArgv(process.execArgv);
  try {
    return new Worker(script, { ...options, execArgv });
  } catch (err) {
    // A V8 option beside --input-type (`node --input-type=module --perf-basic-prof -e …`) cannot be given to it.
    if ((err as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw err;
    return new Worker(script, { ...options, execArgv: [] });
  }
}

/** A task waiting for a thread, or sent to one: its promise's ends. */
interface Pending<T, R> {
  readonly task: T;
  readonly resolve: (value: R) => void;
  readonly reject: (err: Error) => void;
}

/** One thread of a pool: the tasks sent to it and not yet answered, by id. */
interface Thread<T, R> {
  readonly worker: Worker;
  readonly sent: Map<number, Pending<T, R>>;
  loaded: boolean;
  /** Set on its 'error' event: the thread is ending, and gets no more tasks. */
  dying: boolean;
}

/**
 * A fixed-size pool of worker threads, each with its own copy of saidby (lexicon and knowledge base loaded once).
 *
 * Its own, on `worker_threads` alone. It replaced piscina (until 2026-12-04), whose bookkeeping per task (an async
 * resource, a promise chain and a wake-up through shared memory on each side) cost 6-7% of a two-worker run of
 * news articles on two cores, where a worker that is sent the next document while it works on this one has
 * nothing to gain from any of it (docs/performance.md). Each thread has up to TASKS_PER_WORKER tasks sent ahead,
 * so that it starts the next document as soon as it has answered one; a task goes to the thread with the fewest.
 * A thread that dies (an uncaught error, or killed) fails the tasks it held and is replaced; a thread that fails
 * before its script has loaded fails ready() and every task, and is not replaced (its script cannot load).
 * Threads with nothing to do do not keep the process alive.
 */
export function createPool<T = DocTask, R = PackedResult>(
  workers: number,
  options: PoolOptions = {},
): WorkerPool<T, R> {
  const script = options.script ?? workerFile();
  const threads = new Set<Thread<T, R>>();
  const queue: Pending<T, R>[] = [];
  const waiting = new Set<{ resolve: () => void; reject: (err: Error) => void }>();
  let nextId = 0;
  let loaded = 0;
  let broken: Error | null = null;
  let closed = false;

  const fail = (pending: Iterable<Pending<T, R>>, err: Error): void => {
    for (const p of pending) p.reject(err);
  };
  const settleReady = (err: Error | null): void => {
    for (const w of [...waiting]) {
      if (err) w.reject(err);
      else if (loaded >= workers) w.resolve();
      else continue;
      waiting.delete(w);
    }
  };

  const start = (): void => {
    const worker = newWorker(script, {
      workerData: options.workerData,
      ...(options.youngGenerationMb === undefined
        ? {}
        : { resourceLimits: { maxYoungGenerationSizeMb: options.youngGenerationMb } }),
    });
    const thread: Thread<T, R> = { worker, sent: new Map(), loaded: false, dying: false };
    threads.add(thread);
    worker.unref(); // held only while it has tasks (dispatch)
    worker.on('message', (message: readonly AnswerMessage<R>[] | object) => {
      if (!Array.isArray(message)) {
        if (isLoaded(message) && !thread.loaded) {
          thread.loaded = true;
          loaded++;
          settleReady(null);
        }
        return;
      }
      for (const [id, value, error] of message as readonly (AnswerMessage<R> & [number, R | null, string?])[]) {
        const p = thread.sent.get(id);
        if (!p) continue;
        thread.sent.delete(id);
        if (error === undefined) p.resolve(value as R);
        else p.reject(new Error(error));
      }
      dispatch();
      checkDrained();
    });
    worker.on('error', (err: Error) => {
      // The thread is dying: what it held fails with its error. Before its script loaded, nothing can run.
      thread.dying = true;
      fail(thread.sent.values(), err);
      thread.sent.clear();
      checkDrained();
      if (!thread.loaded && !broken) {
        broken = err;
        settleReady(err);
        fail(queue.splice(0), err);
      }
    });
    worker.on('exit', (code) => {
      threads.delete(thread);
      if (thread.loaded) loaded--;
      const err = new Error(`saidby: a worker thread stopped (exit code ${code})`);
      fail(thread.sent.values(), err);
      thread.sent.clear();
      if (!closed && !broken) {
        start();
        dispatch();
      }
      checkDrained();
    });
  };
  /** close() waits on this: called once no thread holds a task. */
  let drained: (() => void) | null = null;
  const checkDrained = (): void => {
    if (drained && [...threads].every((t) => t.sent.size === 0)) drained();
  };

  const dispatch = (): void => {
    const batches = new Map<Thread<T, R>, TaskMessage<T>[]>();
    for (;;) {
      const p = queue[0];
      if (p === undefined) break;
      let best: Thread<T, R> | null = null;
      for (const t of threads) {
        if (!t.dying && t.sent.size < TASKS_PER_WORKER && (!best || t.sent.size < best.sent.size)) best = t;
      }
      if (!best) break;
      queue.shift();
      const id = nextId++;
      best.sent.set(id, p);
      const batch = batches.get(best);
      if (batch) batch.push([id, p.task]);
      else batches.set(best, [[id, p.task]]);
    }
    // Each thread's new tasks in one message: it is woken once for them, and the main thread posts once.
    for (const [t, batch] of batches) t.worker.postMessage(batch);
    for (const t of threads) {
      if (t.sent.size > 0) t.worker.ref();
      else t.worker.unref();
    }
  };

  let closing: Promise<void> | null = null;
  const shut = async (): Promise<void> => {
    closed = true;
    settleReady(new Error('saidby: the pool was closed before it was ready'));
    fail(queue.splice(0), new Error('saidby: the pool is closed'));
    // The tasks already sent finish (a thread cannot be stopped inside a document), then the threads end.
    await new Promise<void>((resolve) => {
      drained = resolve;
      checkDrained();
    });
    await Promise.all([...threads].map((t) => t.worker.terminate()));
  };

  for (let k = 0; k < workers; k++) start();

  return {
    get closed() {
      return closed;
    },
    run: (task) =>
      new Promise<R>((resolve, reject) => {
        if (closed) return reject(new Error('saidby: the pool is closed'));
        if (broken) return reject(broken);
        queue.push({ task, resolve, reject });
        dispatch();
      }),
    ready: () =>
      new Promise<void>((resolve, reject) => {
        if (broken) return reject(broken);
        if (loaded >= workers) return resolve();
        if (closed) return reject(new Error('saidby: the pool is closed'));
        waiting.add({ resolve, reject });
      }),
    // One closing, whoever asks and however often: each call waits for the same end.
    close: () => (closing ??= shut()),
  };
}
