/** What a job holds, how its BullMQ id is made, and the keys saidby keeps beside BullMQ's. */

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
