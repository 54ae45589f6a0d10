/** What a job holds, how its BullMQ id is made, and the keys saidby keeps beside BullMQ's. */
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
