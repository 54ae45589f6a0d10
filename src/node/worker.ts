/** The worker thread's task handler for saidby/node (dist/worker.js): runs saidby on one document. */
import { workerData } from 'node:worker_threads';
import { extractFields } from '../pipeline.js';
import type { ExtractOptions, Result } from '../types.js';
import { fieldSet, type ResultField } from './fields.js';
import { loadOnce } from './kb-file.js';
import { serve, type DocShared, type DocTask } from './pool.js';
import { pack, type PackedResult } from './transfer.js';

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

function withOwn(
  { text, ...own }: Exclude<DocTask, string>,
  shared: ExtractOptions,
  keep: ReadonlySet<ResultField>,
): Result {
  return extractFields(text, { ...shared, ...own }, keep);
}

/*
 * No collection between documents here (the CLI's and the queue's workers have one, collectIfGrown): measured on
 * 4,200 news articles with two workers, the forced full collections cost 3-5% of the run, and without them the
 * process peaked at the same 300-310 MB, V8's own collections keeping each heap as small.
 */
function handle(task: DocTask): PackedResult {
  const shared = optionsOf(workerData as DocShared);
  const keep = keepOf(workerData as DocShared);
  // A task with its own analysis holds only the fields it has (many.ts's taskFor): the rest are that analysis.
  const result = typeof task === 'string' ? extractFields(task, shared, keep) : withOwn(task, shared, keep);
  return pack(result, keep);
}

// saidby and its word lists are loaded by now: serve tells the pool (ready() waits for every thread), then answers
// each document with its packed result, whose buffer of offsets, if any, is moved to the main thread, not copied.
serve(handle, ([ints]) => (ints === null ? [] : [ints]));
