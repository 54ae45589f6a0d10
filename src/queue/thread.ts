/**
 * The worker-thread task of `saidby queue work --workers N` (dist/queue-worker.js): one document in, its result as
 * a JSON string out (a string crosses threads as one copy; the main thread never parses it, only writes it out).
 */
import type { QueueTask } from './jobs.js';
import { extractQuotes } from '../index.js';
import { collectIfGrown } from '../node/heap.js';
import { resultJson } from './jobs.js';
import { serve } from '../node/pool.js';

function handle(task: QueueTask): string {
  try {
    return resultJson(extractQuotes, task);
  } finally {
    collectIfGrown();
  }
}

serve(handle);
