/** The worker thread's task handler (dist/worker.js): runs saidby on one document or one JSONL line. */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { extractQuotes } from '../index.js';
import { processLines } from '../cli/jsonl.js';
import type { LinesAnswer, Task } from './pool.js';
import { pack, type PackedResult } from './transfer.js';

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

function collectIfGrown(): void {
  if (getHeapStatistics().used_heap_size <= limit) return;
  gc();
  limit = Math.max(FLOOR, 2 * getHeapStatistics().used_heap_size);
}

/** The answer to a `lines` task, its bytes' buffer handed over to the main thread rather than copied. */
function movable(answer: LinesAnswer & { readonly out: Uint8Array }): LinesAnswer {
  return move({ get [transferableSymbol]() { return answer.out.buffer; }, get [valueSymbol]() { return answer; } }) as unknown as LinesAnswer;
}

export default function handle(task: Task): PackedResult | LinesAnswer {
  try {
    if (task.kind === 'doc') return pack(extractQuotes(task.text, task.options));
    return movable(processLines(task.raws, task.lines, extractQuotes, task.options, task.keepTokens));
  } finally {
    collectIfGrown();
  }
}
