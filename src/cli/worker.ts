/**
 * The CLI's worker task (dist/cli-worker.js), for `--jsonl --workers`: runs saidby on a batch of JSONL lines and
 * formats their output. Its own script, so that saidby/node's worker knows nothing of the CLI's line format.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { ExtractOptions } from '../types.js';
import type { FieldChoice } from './format.js';
import { extractQuotes } from '../index.js';
import { collectIfGrown } from '../node/heap.js';
import { processLines } from './jsonl.js';
import { announceLoaded } from '../node/pool.js';
import { parentPort } from 'node:worker_threads';

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

/** The answer to a `lines` task, its bytes' buffer handed over to the main thread rather than copied. */
function movable(answer: LinesAnswer & { readonly out: Uint8Array }): LinesAnswer {
  const transferable = {
    get [transferableSymbol]() {
      return answer.out.buffer;
    },
    get [valueSymbol]() {
      return answer;
    },
  };
  return move(transferable) as unknown as LinesAnswer;
}

// Loaded: the pool's ready() counts this message from every thread.
announceLoaded(parentPort);

export default function handle(task: LinesTask): LinesAnswer {
  try {
    return movable(processLines(task.raws, task.lines, extractQuotes, task.options, task.fields));
  } finally {
    collectIfGrown();
  }
}
