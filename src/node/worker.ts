/** The worker thread's task handler for saidby/node (dist/worker.js): runs saidby on one document. */
import { extractQuotes } from '../index.js';
import { collectIfGrown } from './heap.js';
import { loadOnce } from './kb-file.js';
import type { DocTask } from './pool.js';
import { pack, type PackedResult } from './transfer.js';

export default function handle(task: DocTask): PackedResult {
  try {
    const options = task.knowledgeBaseFile
      ? { ...task.options, knowledgeBase: loadOnce(task.knowledgeBaseFile) }
      : task.options;
    return pack(extractQuotes(task.text, options));
  } finally {
    collectIfGrown();
  }
}
