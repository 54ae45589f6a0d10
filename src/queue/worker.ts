/** `createWorker`: takes documents from a queue, runs saidby on them, and writes the results to a sink. */
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ExtractOptions, Result } from '../types.js';
import { checkOptions } from '../validate.js';
import { createPool, type WorkerPool } from '../node/pool.js';
import { checkTarget, connect, type QueueTarget } from './connect.js';
import {
  BATCH_JOB,
  doneKey,
  FAILED_JOB,
  type FailedDoc,
  errorLine,
  jobId,
  jobOptions,
  resultJson,
  resultLine,
  type QueueBatch,
  type QueueDoc,
  type QueueTask,
} from './jobs.js';
import { openSink, streamKey, type Sink, type SinkRecord, type SinkSpec } from './sink.js';

export interface WorkerOptions {
  /** Where results go: `{ dir }` (one file per worker process, the default `saidby-results/`) or `{ stream: true }`. */
  readonly sink?: SinkSpec;
  /** Worker threads; 0 (the default) runs saidby in this process's main thread. */
  readonly workers?: number;
  /** Jobs in hand at once; default 1 with no threads, else twice the threads (one waiting for each thread). */
  readonly concurrency?: number | undefined;
  /**
   * How long a job's lock lasts without renewal, in ms (BullMQ's lockDuration; default 30,000). A killed worker's
   * jobs go back to the queue once it expires: shorter is quicker to recover, but a main thread busy on one
   * document for longer than this loses its lock (use threads for very long documents).
   */
  readonly lockMs?: number | undefined;
  /** `extractQuotes` options (plain data; no custom knowledge base object with threads). */
  readonly extract?: ExtractOptions;
  /** Keep the token arrays in the results (left out by default, as in the CLI's --jsonl). */
  readonly keepTokens?: boolean;
  /** The extraction function, in the main thread only (workers: 0): for tests and wrappers. */
  readonly extractor?: (text: string, options: ExtractOptions) => Result;
  /** Called on a Redis connection error (while it reconnects); default: ignored. */
  readonly onError?: (err: Error) => void;
}

export interface QueueWorker {
  /** Documents this worker has written results for, and error records. */
  readonly counts: { readonly done: number; readonly failed: number };
  /**
   * Resolves once the whole queue has no job waiting, delayed or active (polled every `pollMs`, default 500);
   * with `afterFirst`, not before this worker has finished a document (a producer may not have begun yet).
   */
  drained(pollMs?: number, afterFirst?: boolean): Promise<void>;
  /** Takes no more jobs, finishes those in hand, writes their results and disconnects. */
  close(): Promise<void>;
}

function checkCount(value: unknown, what: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > 1e6) {
    throw new TypeError(`saidby: ${what} must be a whole number from ${min}, got ${String(value)}`);
  }
  return value;
}

/** How one document is processed: in a worker thread or in the main thread; the result's JSON, or a throw. */
function processorFor(
  options: WorkerOptions,
  threads: number,
): {
  run: (task: QueueTask) => Promise<string>;
  close: () => Promise<void>;
} {
  if (threads > 0) {
    const pool: WorkerPool<QueueTask, string> = createPool<QueueTask, string>(threads, {
      script: new URL('./queue-worker.js', import.meta.url),
    });
    return { run: (task) => pool.run(task), close: () => pool.close() };
  }
  // Loaded when first needed: `saidby queue add` and `status` never load the library.
  let extract = options.extractor;
  const run = async (task: QueueTask): Promise<string> => {
    extract ??= (await import('../index.js')).extractQuotes;
    return resultJson(extract, task);
  };
  return { run, close: async () => undefined };
}

/**
 * Starts a worker on `target`'s queue. Rejects with a QueueConnectionError if Redis cannot be reached at start;
 * once started, a lost connection is retried for ever (a Redis restart only pauses the work).
 *
 *   const w = await createWorker({ redis: 'redis://localhost:6379', queue: 'news' }, { sink: { dir: 'out' } });
 *   process.once('SIGTERM', () => void w.close());
 *
 * Each job's result is written to the sink before BullMQ marks the job done: a worker killed in between leaves a
 * result whose job is done again elsewhere (at least once; `collect` keeps one record per id). A document that
 * throws is tried again up to the job's `attempts` (set by `enqueue`); on the last, its error record is written
 * and the job goes to BullMQ's failed set with its error.
 *
 * @example
 * ```ts
 * import { createWorker } from 'saidby/queue';
 *
 * const w = await createWorker({ redis: 'redis://localhost:6379', queue: 'news' }, { sink: { dir: 'out' } });
 * process.once('SIGTERM', () => void w.close());
 * ```
 */
export async function createWorker(target: QueueTarget, options: WorkerOptions = {}): Promise<QueueWorker> {
  const t = checkTarget(target);
  const threads = checkCount(options.workers, 'options.workers', 0) ?? 0;
  const concurrency = checkCount(options.concurrency, 'options.concurrency', 1) ?? Math.max(1, 2 * threads);
  const lockMs = checkCount(options.lockMs, 'options.lockMs', 100) ?? 30_000;
  const extract = options.extract ?? {};
  checkOptions(extract);
  const keepTokens = options.keepTokens === true;
  const client: Redis = await connect(t.redis, true);
  const sink: Sink = await openSink(options.sink ?? { dir: 'saidby-results' }, client, streamKey(t.prefix, t.queue));
  const processor = processorFor(options, threads);
  const counts = { done: 0, failed: 0 };
  const done = doneKey(t.prefix, t.queue);

  const queue = new Queue(t.queue, { connection: client, prefix: t.prefix });
  queue.on('error', (err) => options.onError?.(err));

  const handleDoc = async (job: Job<QueueDoc>): Promise<void> => {
    const doc = job.data;
    let json: string;
    try {
      json = await processor.run({ text: doc.text, options: extract, keepTokens });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const attempts = job.opts.attempts ?? 1;
      if (job.attemptsMade + 1 >= attempts) {
        await sink.write([{ id: String(doc.id), json: errorLine(doc, message, attempts), error: true }]);
        counts.failed++;
      }
      throw err instanceof Error ? err : new Error(message);
    }
    await sink.write([{ id: String(doc.id), json: resultLine(doc, json), error: false }]);
    await client.sadd(done, String(doc.id));
    counts.done++;
  };

  // A batch: every document read (in the threads at once, if any), the results written in one go and the ids
  // marked done in one command. A document that throws is tried again in place, up to the job's attempts; if it
  // throws on each, its error record is written and it moves to a job of its own that fails at once, so that it is
  // in BullMQ's failed set with its error (`{"id":"b7","text":42}` does not hold up the other fifteen).
  const runDoc = async (doc: QueueDoc, attempts: number): Promise<string | Error> => {
    for (let k = 1; ; k++) {
      try {
        return await processor.run({ text: doc.text, options: extract, keepTokens });
      } catch (err) {
        if (k >= attempts) return err instanceof Error ? err : new Error(String(err));
      }
    }
  };
  // In the main thread, one document at a time with a turn of the event loop between them, so that a batch
  // holds the loop no longer than a single document would: lock renewals go out, and a connection lost meanwhile
  // is seen at once (with the whole batch in one turn, a Redis restart during it left the worker waiting on a
  // reply that never came).
  const inTurn = async (docs: readonly QueueDoc[], attempts: number): Promise<(string | Error)[]> => {
    const out: (string | Error)[] = [];
    for (const doc of docs) {
      out.push(await runDoc(doc, attempts));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return out;
  };
  const handleBatch = async (job: Job<QueueBatch>): Promise<void> => {
    const docs = job.data.docs;
    const attempts = job.opts.attempts ?? 1;
    const runs = await (threads > 0 ? Promise.all(docs.map((doc) => runDoc(doc, attempts))) : inTurn(docs, attempts));
    const records: SinkRecord[] = [];
    const ok: string[] = [];
    const failed: FailedDoc[] = [];
    runs.forEach((r, i) => {
      const doc = docs[i] as QueueDoc;
      const id = String(doc.id);
      if (typeof r === 'string') {
        records.push({ id, json: resultLine(doc, r), error: false });
        ok.push(id);
      } else {
        records.push({ id, json: errorLine(doc, r.message, attempts), error: true });
        failed.push({ doc, error: r.message });
      }
    });
    await sink.write(records);
    if (ok.length) await client.sadd(done, ...ok);
    if (failed.length) {
      await queue.addBulk(
        failed.map((f) => ({ name: FAILED_JOB, data: f, opts: { ...jobOptions(1), jobId: jobId(f.doc.id) } })),
      );
    }
    counts.done += ok.length;
    counts.failed += failed.length;
  };

  const handle = (job: Job<QueueDoc | QueueBatch | FailedDoc>): Promise<void> => {
    if (job.name === BATCH_JOB) return handleBatch(job as Job<QueueBatch>);
    // Its error record is written: only the failure is left to record.
    if (job.name === FAILED_JOB) return Promise.reject(new Error((job.data as FailedDoc).error));
    return handleDoc(job as Job<QueueDoc>);
  };

  const worker = new Worker<QueueDoc | QueueBatch | FailedDoc>(t.queue, handle, {
    connection: client,
    prefix: t.prefix,
    concurrency,
    lockDuration: lockMs,
    stalledInterval: Math.max(100, Math.round(lockMs / 2)),
    // A job whose worker died is moved back to the queue, not failed: at least once, whatever crashed.
    maxStalledCount: 1000,
    // A fetch cut off by a lost connection is tried again after this long (BullMQ's default, 15 s, left a worker
    // idle that long after a Redis restart that landed between two jobs).
    runRetryDelay: 1000,
  });
  worker.on('error', (err) => options.onError?.(err));
  let closing: Promise<void> | null = null;
  return {
    counts,
    async drained(pollMs = 500, afterFirst = false) {
      for (;;) {
        if (afterFirst && counts.done + counts.failed === 0) {
          await new Promise((resolve) => setTimeout(resolve, pollMs));
          continue;
        }
        const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
        if (Object.values(c).every((n) => n === 0)) return;
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
    close() {
      closing ??= (async () => {
        await worker.close();
        await processor.close();
        await sink.close();
        await queue.close();
        client.disconnect();
      })();
      return closing;
    },
  };
}
