/** `enqueue`, `status` and `collect`: the producer's and the collector's side of the queue. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { checkTarget, connect, type QueueTarget } from './connect.js';
import {
  BATCH_JOB,
  batchJobId,
  DOC_JOB,
  doneKey,
  jobId,
  jobOptions,
  type FailedDoc,
  type QueueBatch,
  type QueueDoc,
} from './jobs.js';
import { readSink, streamKey, type SinkSpec } from './sink.js';

/** Jobs per addBulk call: one round trip each (1,000 jobs of some 5 KB: a few MB per call). */
const BULK = 1000;

/** Documents per job unless told (see EnqueueOptions.batch). */
export const DEFAULT_BATCH = 16;

/** A batch is closed early once its texts reach this many characters, so that a job stays short to process. */
const BATCH_CHARS = 256 * 1024;

export interface EnqueueOptions {
  /** Tries per document before it goes to the failed set; default 3. */
  readonly attempts?: number;
  /**
   * Documents per job, 1 to 1,000 (default 16; fewer once a batch holds 256K characters of text). A job costs
   * Redis and the worker the same whatever it holds, so batches are quicker for short news articles; 1 gives each
   * document a job of its own. A document that throws inside a batch is tried again in place up to `attempts`
   * times; then its error record is written and it goes to the failed set, while the rest of the batch is written.
   */
  readonly batch?: number;
}

/** What `enqueue` did: documents sent (an id already in the queue is sent but not added twice). */
export interface EnqueueReport {
  readonly sent: number;
}

async function withQueue<T>(target: QueueTarget, body: (queue: Queue, client: Redis) => Promise<T>): Promise<T> {
  const t = checkTarget(target);
  const client = await connect(t.redis);
  const queue = new Queue(t.queue, { connection: client, prefix: t.prefix });
  queue.on('error', () => undefined); // a command's own promise rejects with it
  try {
    return await body(queue, client);
  } finally {
    await queue.close().catch(() => undefined);
    client.disconnect();
  }
}

function checkDoc(doc: unknown, n: number): QueueDoc {
  const id = (doc as { id?: unknown } | null)?.id;
  if (doc === null || typeof doc !== 'object' || (typeof id !== 'string' && typeof id !== 'number') || id === '') {
    throw new TypeError(`saidby: enqueue: document ${n} must be { id, text } with a string or number id`);
  }
  return doc as QueueDoc;
}

/**
 * Adds documents to the queue, 1,000 per round trip; a document's text may be anything (a non-string gives an
 * error record when processed). Each id is one job: an id already waiting is not added again.
 *
 *   await enqueue({ redis: 'redis://localhost:6379', queue: 'news' }, [{ id: 'a1', text: 'Hello, she said.' }]);
 *
 * @example
 * ```ts
 * import { enqueue } from 'saidby/queue';
 *
 * await enqueue({ redis: 'redis://localhost:6379', queue: 'news' }, [{ id: 'a1', text: '"Yes," she said.' }]);
 * ```
 */
export async function enqueue(
  target: QueueTarget,
  docs: Iterable<QueueDoc> | AsyncIterable<QueueDoc>,
  options: EnqueueOptions = {},
): Promise<EnqueueReport> {
  const attempts = options.attempts ?? 3;
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 100) {
    throw new TypeError(`saidby: options.attempts must be a whole number from 1 to 100, got ${String(attempts)}`);
  }
  const size = options.batch ?? DEFAULT_BATCH;
  if (!Number.isInteger(size) || size < 1 || size > 1000) {
    throw new TypeError(`saidby: options.batch must be a whole number from 1 to 1000, got ${String(size)}`);
  }
  if (docs === null || typeof docs !== 'object' || !(Symbol.iterator in docs || Symbol.asyncIterator in docs)) {
    throw new TypeError('saidby: enqueue(target, docs) expects an iterable of { id, text }');
  }
  return withQueue(target, async (queue) => {
    const opts = jobOptions(attempts);
    type Entry = { name: string; data: QueueDoc | QueueBatch; opts: typeof opts & { jobId: string } };
    let bulk: Entry[] = [];
    let group: QueueDoc[] = [];
    let chars = 0;
    let sent = 0;
    const flush = async (): Promise<void> => {
      if (bulk.length) await queue.addBulk(bulk);
      bulk = [];
    };
    const close = async (): Promise<void> => {
      if (group.length === 1) {
        const doc = group[0] as QueueDoc;
        bulk.push({ name: DOC_JOB, data: doc, opts: { ...opts, jobId: jobId(doc.id) } });
      } else if (group.length > 1) {
        bulk.push({ name: BATCH_JOB, data: { docs: group }, opts: { ...opts, jobId: batchJobId(group) } });
      }
      sent += group.length;
      group = [];
      chars = 0;
      if (bulk.length >= BULK / size) await flush();
    };
    for await (const raw of docs) {
      const doc = checkDoc(raw, sent + group.length + 1);
      group.push(doc);
      chars += typeof doc.text === 'string' ? doc.text.length : 0;
      if (group.length >= size || chars >= BATCH_CHARS) await close();
    }
    await close();
    await flush();
    return { sent };
  });
}

/** A failed job's document id; a whole batch fails only when its results cannot be written: its first id. */
function failedId(data: QueueDoc | QueueBatch | FailedDoc): string | number {
  if ('docs' in data) return data.docs[0]?.id ?? '';
  return 'doc' in data ? data.doc.id : data.id;
}

/** Where a queue stands: jobs waiting, in hand, retried later, failed for good, and ids done (in the sink). */
export interface QueueStatus {
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly failed: number;
  readonly done: number;
  /** Failed jobs, at most 20: their document ids and errors. */
  readonly failures: readonly { readonly id: string | number; readonly error: string }[];
}

/**
 * How many of the queue's jobs are waiting, active, delayed, failed and done, with up to 20 failures.
 *
 * @example
 * ```ts
 * import { status } from 'saidby/queue';
 *
 * const s = await status({ redis: 'redis://localhost:6379', queue: 'news' });
 * console.log(`${s.done} done, ${s.waiting + s.active} to go, ${s.failed} failed`);
 * ```
 */
export async function status(target: QueueTarget): Promise<QueueStatus> {
  const t = checkTarget(target);
  return withQueue(t, async (queue, client) => {
    const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
    const failed = await queue.getFailed(0, 19);
    return {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      failed: c.failed ?? 0,
      done: await client.scard(doneKey(t.prefix, t.queue)),
      failures: failed.map((j) => ({
        id: failedId(j.data as QueueDoc | QueueBatch | FailedDoc),
        error: j.failedReason,
      })),
    };
  });
}

export interface CollectOptions {
  /** The sink the workers wrote to: `{ dir }` (default `saidby-results/`) or `{ stream: true }`. */
  readonly sink?: SinkSpec;
}

/** What `collect` wrote, and what the queue still holds (a run not finished yet: ids still to come). */
export interface CollectReport {
  readonly results: number;
  readonly errors: number;
  /** Records left out because their id was already written (a job done twice after a crash). */
  readonly duplicates: number;
  readonly pending: number;
}

async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await once(out, 'drain');
}

/**
 * Writes every id's record exactly once to `out`: its result if any worker wrote one, else its error record. Two
 * passes over the sink: the first notes which ids have a result, so a result is kept over an error record for the
 * same id. `pending` counts the jobs still waiting or active: nonzero means the run has not finished.
 *
 * @example
 * ```ts
 * import { createWriteStream } from 'node:fs';
 * import { collect } from 'saidby/queue';
 *
 * const report = await collect({ redis: 'redis://localhost:6379', queue: 'news' }, createWriteStream('out.jsonl'));
 * if (report.pending > 0) console.warn(`${report.pending} documents still in the queue`);
 * ```
 */
export async function collect(
  target: QueueTarget,
  out: Writable,
  options: CollectOptions = {},
): Promise<CollectReport> {
  const t = checkTarget(target);
  const spec = options.sink ?? { dir: 'saidby-results' };
  return withQueue(t, async (queue, client) => {
    const key = streamKey(t.prefix, t.queue);
    const withResult = new Set<string>();
    for await (const r of readSink(spec, client, key)) if (!r.error) withResult.add(r.id);
    const written = new Set<string>();
    let results = 0;
    let errors = 0;
    let duplicates = 0;
    for await (const r of readSink(spec, client, key)) {
      if (written.has(r.id) || (r.error && withResult.has(r.id))) {
        duplicates++;
        continue;
      }
      written.add(r.id);
      if (r.error) errors++;
      else results++;
      await write(out, r.json + '\n');
    }
    const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed');
    return { results, errors, duplicates, pending: Object.values(c).reduce((a, b) => a + b, 0) };
  });
}
