/**
 * A worker thread's own garbage collection between tasks: the CLI's and the queue's workers use it (the library's
 * does not: src/node/worker.ts).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/*
 * Memory. Left alone, V8 lets a worker's heap grow to about four times what is live (some 40 MB: the word classes
 * and the knowledge base) before a full collection, and how far it gets varies from run to run: with two workers
 * the process peaked anywhere from 450 to 620 MB on 100 MB of JSONL. So each worker collects itself between
 * documents once its heap has doubled since the last collection (and is over 64 MB): a few tens of milliseconds
 * every few hundred documents, and a peak that does not depend on luck (370-375 MB with two workers on 50 MB of
 * JSONL; with a 96 MB floor it was 393-405 MB, and no faster). `gc` is
 * reached by setting `--expose-gc` at run time and reading it from a fresh context; the flag only adds that
 * function to contexts made from then on.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const FLOOR = 64e6;
let limit = FLOOR;

/** Collects the heap when it has doubled since the last collection (and is over 64 MB); call it after each task. */
export function collectIfGrown(): void {
  if (getHeapStatistics().used_heap_size <= limit) return;
  gc();
  limit = Math.max(FLOOR, 2 * getHeapStatistics().used_heap_size);
}
