import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { version } from '../../package.json';
import type { Extract } from './jsonl.js';
import type { ExtractOptions } from '../types.js';
import { parseCliArgs, USAGE, UsageError } from './args.js';
import { usageText } from './parse.js';
import { type FieldChoice, formatText, publicResult } from './format.js';
import { CSV_HEADER, csvRows } from './csv.js';
import { isBlank, processLines } from './jsonl.js';
import { inputSize, write } from './io.js';
import { streamLineBatches } from './lines.js';
import { createProgress, type Progress } from './progress.js';
import { orderedMap } from '../node/ordered.js';
import { BATCHES_IN_FLIGHT_PER_WORKER, CLI_YOUNG_GENERATION_MB, createPool, type WorkerPool } from '../node/pool.js';
import type { LinesAnswer, LinesTask } from './worker.js';
import { extractFor, isHtmlInput, writeHtmlPage } from './html.js';
import { looksLikeHtmlPage } from '../html/sniff.js';
import { runKbCommand } from './kb.js';

/** The streams the CLI talks to; the real process's by default, fakes in tests. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

/**
 * The library, loaded when first needed: with --workers only the worker threads load it (its lexicon and
 * knowledge base), not the main thread too.
 */
async function extractor(): Promise<Extract> {
  return (await import('../index.js')).extractQuotes;
}

async function readAll(stream: Readable): Promise<string> {
  stream.setEncoding('utf8');
  let s = '';
  for await (const chunk of stream) s += chunk as string;
  return s;
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Reads one input: a file, or stdin for `-`. */
async function readInput(name: string, io: CliIo): Promise<string> {
  return stripBom(name === '-' ? await readAll(io.stdin) : readFileSync(name, 'utf8'));
}

/** Consecutive JSONL lines of one input: their texts, their numbers in the input (from 1) and their bytes. */
interface InputBatch {
  readonly raws: string[];
  readonly lines: number[];
  readonly bytes: number;
}

/** Lines per batch at most: a chunk of many short (or blank) lines is cut into batches of this many. */
const BATCH_LINES = 64;

/**
 * The lines of every input in turn, streamed in batches (the lines each chunk of input completes, at most
 * BATCH_LINES): a file through a read stream, never read whole. An input that cannot be opened or read is
 * reported through `problem` and skipped.
 */
async function* inputBatches(
  names: readonly string[],
  io: CliIo,
  problem: (msg: string) => Promise<void>,
): AsyncGenerator<InputBatch> {
  for (const name of names) {
    let n = 0;
    try {
      const input = name === '-' ? io.stdin : (await open(name, 'r')).createReadStream();
      try {
        for await (const chunk of streamLineBatches(input)) {
          for (let from = 0; from < chunk.length; from += BATCH_LINES) {
            const raws: string[] = [];
            const lines: number[] = [];
            let bytes = 0;
            for (const text of chunk.slice(from, from + BATCH_LINES)) {
              n++;
              raws.push(n === 1 ? stripBom(text) : text);
              lines.push(n);
              bytes += Buffer.byteLength(text, 'utf8') + 1;
            }
            yield { raws, lines, bytes };
          }
        }
      } finally {
        if (input !== io.stdin) input.destroy();
      }
    } catch (err) {
      await problem(`${name === '-' ? 'stdin' : name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

/**
 * The pool of `--workers`, each thread running the CLI's worker task (src/cli/worker.ts, built beside cli.js as
 * dist/cli-worker.js).
 */
function createLinesPool(workers: number): WorkerPool<LinesTask, LinesAnswer> {
  const script = new URL('./cli-worker.js', import.meta.url);
  return createPool<LinesTask, LinesAnswer>(workers, { script, youngGenerationMb: CLI_YOUNG_GENERATION_MB });
}

/** How the JSONL mode runs: the extraction's options, and where its progress and problems go. */
interface JsonlRun {
  readonly options: ExtractOptions;
  readonly fields: FieldChoice;
  /** Worker threads, or undefined to run in the main thread. */
  readonly workers: number | undefined;
  readonly progress: Progress;
  readonly problem: (msg: string) => Promise<void>;
}

/** Runs the JSONL mode: results in input order, in the main thread or in `workers` worker threads. */
async function runJsonl(names: readonly string[], io: CliIo, run: JsonlRun): Promise<number> {
  const { options, fields, workers, progress, problem } = run;
  const pool = workers ? createLinesPool(workers) : null;
  const extractQuotes = pool ? null : await extractor();
  const one = async ({ raws, lines }: InputBatch): Promise<LinesAnswer> => {
    if (extractQuotes) return processLines(raws, lines, extractQuotes, options, fields);
    if (raws.every(isBlank)) return { out: '', docs: 0, errors: 0 }; // nothing to send anywhere
    try {
      return await (pool as WorkerPool<LinesTask, LinesAnswer>).run({ raws, lines, options, fields });
    } catch (err) {
      // A worker that died (out of memory, say) fails these lines only.
      const error = err instanceof Error ? err.message : String(err);
      const failed = lines.filter((_, k) => !isBlank(raws[k] as string));
      return {
        out: fields === 'csv' ? '' : failed.map((line) => JSON.stringify({ id: null, line, error }) + '\n').join(''),
        docs: failed.length,
        errors: failed.length,
      };
    }
  };
  let bad = 0;
  try {
    const source = inputBatches(names, io, problem);
    const results = orderedMap(
      source,
      pool ? (workers as number) * BATCHES_IN_FLIGHT_PER_WORKER : 1,
      async (b: InputBatch) => ({ answer: await one(b), bytes: b.bytes }),
    );
    for await (const { answer, bytes } of results) {
      progress.advance(bytes, answer.docs);
      bad += answer.errors;
      if (answer.out.length) await write(io.stdout, answer.out);
    }
  } finally {
    progress.finish();
    await pool?.close();
  }
  return bad;
}

/**
 * Whether to read an input as HTML: `--from-html`, a `.html` name, or text that starts like a page (`<!doctype html>`,
 * `<html>`), which read as text gives dozens of junk quotes from its scripts and menus. A sniffed page says so on
 * stderr, once per input.
 */
async function readAsHtml(name: string, text: string, fromHtml: boolean, io: CliIo): Promise<boolean> {
  if (isHtmlInput(name, fromHtml)) return true;
  if (!looksLikeHtmlPage(text)) return false;
  const what = name === '-' ? 'stdin' : name;
  await write(io.stderr, `saidby: note: ${what} starts like an HTML page: read as HTML, as --from-html does\n`);
  return true;
}

/** Runs the CLI; resolves to the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // `saidby report …`: a subcommand of its own (src/cli/report.ts), loaded only when asked for.
  if (argv[0] === 'report') return (await import('./report.js')).runReport(argv.slice(1), io);
  // `saidby queue …`: the job queue (src/cli/queue.ts), loaded only when asked for.
  if (argv[0] === 'queue') return (await import('./queue.js')).runQueue(argv.slice(1), io);
  if (argv[0] === 'kb') return runKbCommand(argv.slice(1), io);
  let opts;
  try {
    opts = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    await write(io.stderr, usageText('saidby', err, USAGE));
    return 2;
  }
  if (opts.mode === 'help') {
    await write(io.stdout, USAGE);
    return 0;
  }
  if (opts.mode === 'version') {
    await write(io.stdout, `${version}\n`);
    return 0;
  }

  const options: ExtractOptions = {
    ...(opts.minConfidence === undefined ? {} : { minConfidence: opts.minConfidence }),
    ...(opts.unattributed ? { unattributed: true } : {}),
    ...(opts.cueClasses === undefined ? {} : { cueClasses: opts.cueClasses }),
  };
  const inputs = opts.files.length ? opts.files : ['-'];
  if (!opts.files.length && (io.stdin as { isTTY?: boolean }).isTTY) {
    // Nothing piped in and no file: a person typed `saidby` alone.
    await write(io.stderr, `saidby: no input: give a file, or pipe text in\n\n${USAGE}`);
    return 2;
  }
  let code = 0;
  let progress: Progress | null = null;
  const problem = async (msg: string): Promise<void> => {
    code = 1;
    progress?.clear();
    await write(io.stderr, `saidby: ${msg}\n`);
  };

  if (opts.mode === 'jsonl') {
    progress = createProgress(
      io.stderr,
      (io.stderr as { isTTY?: boolean }).isTTY ? await inputSize(inputs, io.stdin) : null,
    );
    const run: JsonlRun = { options, fields: opts.fields, workers: opts.workers, progress, problem };
    if (opts.csv) await write(io.stdout, CSV_HEADER + '\r\n');
    const bad = await runJsonl(inputs, io, run);
    progress = null;
    const see = opts.csv
      ? 'they have no rows; --jsonl without --csv shows their "error" records'
      : 'see the "error" records';
    if (bad) await problem(`${bad} bad ${bad === 1 ? 'line' : 'lines'} (${see})`);
    return code;
  }

  if (opts.csv) await write(io.stdout, CSV_HEADER + '\r\n');
  for (const name of inputs) {
    let text: string;
    try {
      text = await readInput(name, io);
    } catch (err) {
      await problem(`${name === '-' ? 'stdin' : name}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    const result = await extractFor(name, text, options, await readAsHtml(name, text, opts.fromHtml === true, io));
    if (opts.htmlOut !== undefined) {
      try {
        await writeHtmlPage(opts.htmlOut, result, name);
      } catch (err) {
        await problem(`${opts.htmlOut}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (opts.mode === 'json') {
      const fields = opts.fields === 'csv' ? false : opts.fields; // --csv --json is a usage error
      await write(io.stdout, JSON.stringify(publicResult(result, fields), null, 2) + '\n');
      continue;
    }
    if (opts.csv) {
      // The file name is the id, so rows from `saidby --csv a.txt b.txt` say where they come from.
      await write(io.stdout, csvRows(name === '-' ? '' : name, result));
    } else {
      if (inputs.length > 1) await write(io.stdout, `==> ${name === '-' ? '(stdin)' : name} <==\n`);
      await write(io.stdout, formatText(result));
    }
    for (const w of result.warnings) await write(io.stderr, `saidby: warning: ${w.message} (at ${w.start}-${w.end})\n`);
  }
  return code;
}
