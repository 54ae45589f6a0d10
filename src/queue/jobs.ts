/** What a job holds, how its BullMQ id is made, and the keys saidby keeps beside BullMQ's. */
import { createHash } from 'node:crypto';
import type { ExtractOptions, Result } from '../types.js';

/** One document in the queue: the line `{ id, text, date? }` as it was enqueued. */
export interface QueueDoc {
  /** The document's id: a string or a number; ids are compared as strings (`7` and `"7"` are one id). */
  readonly id: string | number;
  /** Its text. Anything else is enqueued as it is and gives an error record when processed. */
  readonly text: unknown;
  /** Passed through to the output record unchanged (`"2026-03-01"`). */
  readonly date?: unknown;
}

/**
 * BullMQ's job id for a document id. BullMQ refuses custom ids that are integers or hold `:`, so the id is
 * encoded (`"42"` → `d:NDI` would be refused; `dNDI` is not). The same document id always gives the same job id,
 * so enqueueing a file twice while its jobs are still queued adds nothing.
 */
export function jobId(id: string | number): string {
  return `d${Buffer.from(String(id)).toString('base64url')}`;
}

/**
 * A job of several documents (BullMQ job name `batch`). BullMQ's cost is per job (some 30 Redis commands, a lock,
 * a few promises in the worker), so a document of 2 KB, which saidby reads in half a millisecond, cost the queue
 * more than the reading: a batch shares that cost among its documents.
 */
export interface QueueBatch {
  readonly docs: readonly QueueDoc[];
}

/**
 * A document of a batch that threw on each of its attempts, moved to a job of its own (`failed`) that fails at
 * once with its error: so that it lands in BullMQ's failed set, with its error, as a single document would.
 */
export interface FailedDoc {
  readonly doc: QueueDoc;
  readonly error: string;
}

/**
 * BullMQ's options for a job of `attempts` tries: its text is deleted once its result is written; a failed job
 * keeps its data, for `status` to list.
 */
export function jobOptions(attempts: number): { attempts: number; removeOnComplete: true; removeOnFail: false } {
  return { attempts, removeOnComplete: true, removeOnFail: false };
}

/** The BullMQ job names of a single document, a batch, and a batch's document that failed. */
export const DOC_JOB = 'doc';
export const BATCH_JOB = 'batch';
export const FAILED_JOB = 'failed';

/**
 * The job id of a batch: a digest of its documents' ids, so that enqueueing the same file twice (same batches)
 * while its jobs are still queued adds nothing, as for single documents.
 */
export function batchJobId(docs: readonly QueueDoc[]): string {
  const h = createHash('sha256');
  for (const d of docs) h.update(`${String(d.id).length}:${String(d.id)}`);
  return `b${h.digest('base64url').slice(0, 32)}`;
}

/** The set of ids whose result is in the sink: what `status` counts as done. */
export function doneKey(prefix: string, queue: string): string {
  return `${prefix}:${queue}:done`;
}

/** The output line for a result: `{"id":…,` then the result's own keys (its JSON without the opening brace). */
export function resultLine(doc: QueueDoc, json: string): string {
  const date = doc.date === undefined ? '' : `"date":${JSON.stringify(doc.date)},`;
  return `{"id":${JSON.stringify(doc.id)},${date}${json.slice(1)}`;
}

/** The output line for a document that failed on its last attempt. */
export function errorLine(doc: QueueDoc, error: string, attempts: number): string {
  return JSON.stringify({ id: doc.id, error, attempts });
}

/** One document for the extraction: its text (maybe not a string: then extractQuotes throws), options, tokens. */
export interface QueueTask {
  readonly text: unknown;
  readonly options: ExtractOptions;
  readonly keepTokens: boolean;
}

/** The result without its id, as JSON (`{"text":…,"quotes":…}`); throws what `extract` throws. */
export function resultJson(extract: (text: string, options: ExtractOptions) => Result, task: QueueTask): string {
  const result = extract(task.text as string, task.options);
  if (task.keepTokens) return JSON.stringify(result);
  // Without the tokens, as the CLI's --jsonl writes a result (`{"text":…,"sentences":…}`).
  const { tokens: _tokens, ...rest } = result;
  return JSON.stringify(rest);
}
