/** The worker thread's task handler (dist/worker.js): runs saidby on one document or one JSONL line. */
import { extractQuotes } from '../index.js';
import { processLine } from '../cli/jsonl.js';
import type { LineAnswer, Task } from './pool.js';
import type { Result } from '../types.js';

export default function handle(task: Task): Result | LineAnswer {
  if (task.kind === 'doc') return extractQuotes(task.text, task.options);
  const out = processLine(task.raw, task.line, extractQuotes, task.options, task.keepTokens);
  return out && { json: JSON.stringify(out.record), error: out.error };
}
