/**
 * The CLI's worker task (dist/cli-worker.js), for `--jsonl --workers`: runs saidby on a batch of JSONL lines and
 * formats their output. Its own script, so that saidby/node's worker knows nothing of the CLI's line format.
 */
import type { ExtractOptions } from '../types.js';
import type { FieldChoice } from './format.js';
import { extractQuotes } from '../index.js';
import { collectIfGrown } from '../node/heap.js';
import { processLines } from './jsonl.js';
import { serve } from '../node/pool.js';

/** Consecutive JSONL lines of one input, with their line numbers: the lines one chunk of input completed. */
export interface LinesTask {
  readonly raws: readonly string[];
  readonly lines: readonly number[];
  readonly options: ExtractOptions;
  readonly fields: FieldChoice;
}

/**
 * The answer to a `lines` task: the output lines, each with its newline (none for a blank line), how many input
 * lines were not blank, and how many of the output lines are error records. A worker sends the output as UTF-8
 * bytes whose buffer is moved, not copied, to the main thread, which writes them out as they are: the output is
 * some eight times the input, and decoding and re-encoding it there would keep the main thread busy.
 */
export interface LinesAnswer {
  readonly out: string | Uint8Array;
  readonly docs: number;
  readonly errors: number;
}

function handle(task: LinesTask): LinesAnswer {
  try {
    return processLines(task.raws, task.lines, extractQuotes, task.options, task.fields);
  } finally {
    collectIfGrown();
  }
}

// Loaded: the pool's ready() counts this from every thread. The output's bytes are moved to the main thread.
serve(handle, (answer) => (typeof answer.out === 'string' ? [] : [answer.out.buffer as ArrayBuffer]));
