import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { version } from '../../package.json';
import { extractQuotes } from '../index.js';
import type { ExtractOptions } from '../types.js';
import { parseCliArgs, USAGE, UsageError } from './args.js';
import { formatText, publicResult } from './format.js';
import { processLine } from './jsonl.js';
import { extractFor, writeHtmlPage } from './html.js';

/** The streams the CLI talks to; the real process's by default, fakes in tests. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await once(out, 'drain');
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

function lines(name: string, io: CliIo): AsyncIterable<string> {
  const input = name === '-' ? io.stdin : undefined;
  if (input) return createInterface({ input, crlfDelay: Infinity });
  // Files are read whole: JSONL inputs are documents, not endless streams.
  const text = stripBom(readFileSync(name, 'utf8'));
  return (async function* () {
    yield* text.split(/\r?\n/);
  })();
}

/** Runs the CLI; resolves to the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let opts;
  try {
    opts = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    await write(io.stderr, `saidby: ${err.message}\n\n${USAGE}`);
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
  };
  const inputs = opts.files.length ? opts.files : ['-'];
  if (!opts.files.length && (io.stdin as { isTTY?: boolean }).isTTY) {
    // Nothing piped in and no file: a person typed `saidby` alone.
    await write(io.stderr, `saidby: no input: give a file, or pipe text in\n\n${USAGE}`);
    return 2;
  }
  let code = 0;
  const problem = async (msg: string): Promise<void> => {
    code = 1;
    await write(io.stderr, `saidby: ${msg}\n`);
  };

  if (opts.mode === 'jsonl') {
    let bad = 0;
    for (const name of inputs) {
      let n = 0;
      try {
        for await (const raw of lines(name, io)) {
          n++;
          const out = processLine(raw, n, extractQuotes, options, opts.tokens);
          if (!out) continue;
          if (out.error) bad++;
          await write(io.stdout, JSON.stringify(out.record) + '\n');
        }
      } catch (err) {
        await problem(`${name === '-' ? 'stdin' : name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (bad) await problem(`${bad} bad ${bad === 1 ? 'line' : 'lines'} (see the "error" records)`);
    return code;
  }

  for (const name of inputs) {
    let text: string;
    try {
      text = await readInput(name, io);
    } catch (err) {
      await problem(`${name === '-' ? 'stdin' : name}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    const result = extractFor(name, text, options, opts.fromHtml === true);
    if (opts.htmlOut !== undefined) {
      try {
        writeHtmlPage(opts.htmlOut, result, name);
      } catch (err) {
        await problem(`${opts.htmlOut}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (opts.mode === 'json') {
      await write(io.stdout, JSON.stringify(publicResult(result, opts.tokens), null, 2) + '\n');
      continue;
    }
    if (inputs.length > 1) await write(io.stdout, `==> ${name === '-' ? '(stdin)' : name} <==\n`);
    await write(io.stdout, formatText(result));
    for (const w of result.warnings) await write(io.stderr, `saidby: warning: ${w.message} (at ${w.start}-${w.end})\n`);
  }
  return code;
}
