/** The worker thread's task handler for saidby/node (dist/worker.js): runs saidby on one document. */
import { extractQuotes } from '../index.js';
import { collectIfGrown } from './heap.js';
import type { DocTask } from './pool.js';
import { pack, type PackedResult } from './transfer.js';

export default function handle(task: DocTask): PackedResult {
  try {
    return pack(extractQuotes(task.text, task.options));
  } finally {
    collectIfGrown();
  }
}
