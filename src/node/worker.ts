/** The worker thread's task handler for saidby/node (dist/worker.js): runs saidby on one document. */
import { parentPort, workerData } from 'node:worker_threads';
import { move } from 'piscina';
import { extractQuotes } from '../index.js';
import type { ExtractOptions } from '../types.js';
import { fieldSet, type ResultField } from './fields.js';
import { collectIfGrown } from './heap.js';
import { loadOnce } from './kb-file.js';
import { announceLoaded, type DocShared, type DocTask } from './pool.js';
import { pack } from './transfer.js';

/**
 * The options, the same for every document of a run, come once with the thread (workerData) rather than with each
 * document: a long `extraEntities` list would otherwise be cloned twice per document.
 */
let options: ExtractOptions | null = null;
function optionsOf(shared: DocShared): ExtractOptions {
  options ??= shared.knowledgeBaseFile
    ? { ...shared.options, knowledgeBase: loadOnce(shared.knowledgeBaseFile) }
    : shared.options;
  return options;
}

/**
 * The fields this thread packs (`fields: ['quotes']`), the same for every document of a run: a worker that packs
 * only what the caller reads spends less on JSON.stringify and the copy, and the main thread less on receiving it.
 */
let keep: ReadonlySet<ResultField> | undefined;
function keepOf(shared: DocShared): ReadonlySet<ResultField> {
  keep ??= fieldSet(shared.fields);
  return keep;
}

function withOwn({ text, ...own }: Exclude<DocTask, string>, shared: ExtractOptions): ReturnType<typeof extractQuotes> {
  return extractQuotes(text, { ...shared, ...own });
}

// saidby and its word lists are loaded by now: a pool's ready() waits for this from every thread.
announceLoaded(parentPort);

export default function handle(task: DocTask): unknown {
  try {
    const shared = optionsOf(workerData as DocShared);
    // A task with its own analysis holds only the fields it has (many.ts's taskFor): the rest are that analysis.
    const result = typeof task === 'string' ? extractQuotes(task, shared) : withOwn(task, shared);
    // The buffer is moved to the main thread, not copied: this thread has no further use for it.
    return move(pack(result, keepOf(workerData as DocShared)));
  } finally {
    collectIfGrown();
  }
}
