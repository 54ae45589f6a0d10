/** The worker thread's task handler for saidby/node (dist/worker.js): runs saidby on one document. */
import { workerData } from 'node:worker_threads';
import { move } from 'piscina';
import { extractQuotes } from '../index.js';
import type { ExtractOptions } from '../types.js';
import { collectIfGrown } from './heap.js';
import { loadOnce } from './kb-file.js';
import type { DocShared, DocTask } from './pool.js';
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

/** A document's own analysis, as extractQuotes options (`{ sentences }`, `{ entities }`, both or none). */
function ownOf(task: Exclude<DocTask, string>): ExtractOptions {
  return {
    ...(task.sentences === undefined ? {} : { sentences: task.sentences }),
    ...(task.entities === undefined ? {} : { entities: task.entities }),
  };
}

export default function handle(task: DocTask): unknown {
  try {
    const shared = optionsOf(workerData as DocShared);
    const result =
      typeof task === 'string' ? extractQuotes(task, shared) : extractQuotes(task.text, { ...shared, ...ownOf(task) });
    // The buffer is moved to the main thread, not copied: this thread has no further use for it.
    return move(pack(result));
  } finally {
    collectIfGrown();
  }
}
