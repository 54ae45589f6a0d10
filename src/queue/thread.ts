/**
 * The worker-thread task of `saidby queue work --workers N` (dist/queue-worker.js): one document in, its result as
 * a JSON string out (a string crosses threads as one copy; the main thread never parses it, only writes it out).
 */
import type { ExtractOptions } from '../types.js';
import { extractQuotes } from '../index.js';
import { collectIfGrown } from '../node/heap.js';

export interface QueueTask {
  readonly text: unknown;
  readonly options: ExtractOptions;
  readonly keepTokens: boolean;
}

export default function handle(task: QueueTask): string {
  try {
    return resultJson(extractQuotes, task);
  } finally {
    collectIfGrown();
  }
}

/** The result without its id, as JSON (`{"text":…,"quotes":…}`); throws what extractQuotes throws. */
export function resultJson(extract: typeof extractQuotes, task: QueueTask): string {
  const result = extract(task.text as string, task.options);
  if (task.keepTokens) return JSON.stringify(result);
  // Without the tokens, as the CLI's --jsonl writes a result (`{"text":…,"sentences":…}`).
  const { tokens: _tokens, ...rest } = result;
  return JSON.stringify(rest);
}
