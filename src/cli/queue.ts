/**
 * `saidby queue add|work|status|collect`: the BullMQ queue from the command line (see docs/queue.md). Loaded only
 * for `saidby queue …`, so that the plain CLI never loads BullMQ.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { collect, enqueue, status } from '../queue/api.js';
import { QueueConnectionError, type QueueTarget } from '../queue/connect.js';
import type { QueueDoc } from '../queue/jobs.js';
import type { SinkSpec } from '../queue/sink.js';
import { createWorker } from '../queue/worker.js';
import { cueClassesArg, minConfidenceOf, RESULT_OPTIONS } from './args.js';
import { parseStrict, UsageError, usageText } from './parse.js';
import { write } from './io.js';
import { fieldsOf, RESULT_FIELDS } from './format.js';
import { recordShaper, type RecordShape } from './records.js';

export const QUEUE_USAGE = `Usage: saidby queue <command> --redis URL --queue NAME [options]

Many documents over many machines, through a BullMQ job queue on Redis.

Commands:
  add FILE ...       enqueue {"id", "text", "date"?} JSON lines ("-" for stdin);
                     a line without an id gets FILE:LINE as its id
  work               take documents from the queue and write their results
                     (until SIGTERM or Ctrl-C; it finishes the documents in hand)
  status             print the counts: waiting, active, delayed, failed, done
  collect            write every id's record exactly once (--out FILE, or stdout)

Options:
  --redis URL        redis://[user:password@]host[:port][/db] (rediss:// for TLS)
  --queue NAME       the queue's name (default: saidby)
  --prefix P         prefix of every Redis key (default: saidby)
  --out PATH         work: folder for the result files (default: saidby-results);
                     collect: the output file (default: stdout)
  --results PATH     collect: the folder the workers wrote (default: saidby-results)
  --stream           work, collect: results in a Redis stream instead of files
  --attempts N       add: tries per document before it goes to the failed set (default 3)
  --batch N          add: documents per job (default 16; 1: a job per document)
  --workers N        work: worker threads (default 0: the main thread)
  --concurrency N    work: documents in hand at once (default 1, or 2 per thread)
  --lock-ms N        work: a job's lock, in ms: a killed worker's jobs return after it (default 30000)
  --exit-when-empty  work: stop once the queue has nothing waiting or active (checked
                     after this worker's first document: start it once the producer has begun)
  --json             status: print JSON
  --fields LIST      collect: the result fields to write, comma-separated (id and date always),
                     from quotes, entities, warnings, text, sentences, paragraphs, tokens;
                     default: all the workers wrote (all but tokens unless work --tokens)
  --csv              collect: one CSV row per quote: id,kind,speaker,qid,cue,text,confidence
  --tokens, --min-confidence X, --unattributed, --cue-classes LIST   as for --jsonl

Exit codes: 0 ok, 1 bad input lines, failed documents, or (collect) jobs still pending,
2 bad usage, 3 Redis cannot be reached.
`;

interface QueueIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

const COMMANDS = ['add', 'work', 'status', 'collect'] as const;
type Command = (typeof COMMANDS)[number];

const DIGITS = /^\d+$/;
const BOM = /^\uFEFF/;

const QUEUE_OPTIONS = {
  ...RESULT_OPTIONS,
  redis: { type: 'string' },
  queue: { type: 'string' },
  prefix: { type: 'string' },
  out: { type: 'string' },
  results: { type: 'string' },
  stream: { type: 'boolean' },
  attempts: { type: 'string' },
  batch: { type: 'string' },
  workers: { type: 'string' },
  concurrency: { type: 'string' },
  'lock-ms': { type: 'string' },
  'exit-when-empty': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

function parse(argv: readonly string[]): ReturnType<typeof parseStrict<typeof QUEUE_OPTIONS>> & { command: Command } {
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command as Command)) {
    throw new UsageError(`queue: expected a command (${COMMANDS.join(', ')}), got ${command ?? 'none'}`);
  }
  let parsed;
  try {
    parsed = parseStrict(rest, QUEUE_OPTIONS);
  } catch (err) {
    const e = err as UsageError;
    throw new UsageError(`queue ${command}: ${e.message}`, e.brief);
  }
  if (parsed.values.redis === undefined) throw new UsageError(`queue ${command}: --redis URL is required`);
  if (command === 'add' && !parsed.positionals.length) throw new UsageError('queue add: give a JSONL file, or -');
  for (const flag of ['fields', 'csv'] as const)
    if (parsed.values[flag] !== undefined && command !== 'collect')
      throw new UsageError(`queue ${command}: --${flag} only applies to queue collect`);
  if (command !== 'add' && parsed.positionals.length) {
    throw new UsageError(`queue ${command}: unexpected argument '${parsed.positionals[0] as string}'`);
  }
  return { ...parsed, command: command as Command };
}

function whole(raw: unknown, what: string, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== 'string' || !DIGITS.test(raw.trim()) || n < min || n > max) {
    throw new UsageError(`${what} expects a whole number from ${min} to ${max}, got '${String(raw)}'`);
  }
  return n;
}

/** The documents of the JSONL inputs; a bad line is reported and skipped (it has no id to collect under). */
async function* documents(names: readonly string[], io: QueueIo, bad: (msg: string) => void): AsyncGenerator<QueueDoc> {
  for (const name of names) {
    const input = name === '-' ? io.stdin : createReadStream(name);
    let n = 0;
    try {
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        n++;
        if (line.trim() === '') continue;
        let doc: unknown;
        try {
          doc = JSON.parse(n === 1 ? line.replace(BOM, '') : line);
        } catch (err) {
          bad(`${name}:${n}: invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
          continue;
        }
        if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
          bad(`${name}:${n}: expected a JSON object {"id", "text"}`);
          continue;
        }
        const o = doc as { id?: unknown; text?: unknown; date?: unknown };
        const id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : `${basename(name)}:${n}`;
        yield { id, text: o.text, ...(o.date === undefined ? {} : { date: o.date }) };
      }
    } catch (err) {
      bad(`${name === '-' ? 'stdin' : name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

/** Resolves on the first SIGTERM or SIGINT (and stops listening for them). */
function stopSignal(): { promise: Promise<string>; dispose: () => void } {
  let dispose = (): void => undefined;
  const promise = new Promise<string>((resolve) => {
    const on = (signal: string): void => {
      dispose();
      resolve(signal);
    };
    process.once('SIGTERM', on);
    process.once('SIGINT', on);
    dispose = () => {
      process.off('SIGTERM', on);
      process.off('SIGINT', on);
    };
  });
  return { promise, dispose };
}

type Values = Record<string, string | boolean | undefined>;

function sinkOf(values: Values, dirKey: 'out' | 'results'): SinkSpec {
  if (values.stream === true) return { stream: true };
  return { dir: (values[dirKey] as string | undefined) ?? 'saidby-results' };
}

async function work(target: QueueTarget, values: Values, io: QueueIo): Promise<number> {
  const n = minConfidenceOf(values['min-confidence'] as string | undefined);
  const cueClasses = cueClassesArg(values['cue-classes'] as string | undefined);
  let lastWarning = 0;
  const worker = await createWorker(target, {
    sink: sinkOf(values, 'out'),
    workers: whole(values.workers, '--workers', 0, 64) ?? 0,
    concurrency: whole(values.concurrency, '--concurrency', 1, 1000),
    lockMs: whole(values['lock-ms'], '--lock-ms', 100, 3_600_000),
    extract: {
      ...(n === undefined ? {} : { minConfidence: n }),
      ...(values.unattributed ? { unattributed: true } : {}),
      ...(cueClasses === undefined ? {} : { cueClasses }),
    },
    keepTokens: values.tokens === true,
    onError: (err) => {
      // At most one line every 5 s while Redis is away: the worker keeps reconnecting.
      if (Date.now() - lastWarning < 5000) return;
      lastWarning = Date.now();
      io.stderr.write(`saidby: queue: Redis connection: ${err.message} (retrying)\n`);
    },
  });
  const stop = stopSignal();
  const why = await Promise.race([
    stop.promise,
    values['exit-when-empty'] === true
      ? worker.drained(500, true).then(() => 'empty')
      : new Promise<string>(() => undefined),
  ]);
  stop.dispose();
  await worker.close();
  const { done, failed } = worker.counts;
  await write(io.stderr, `saidby: queue: ${why === 'empty' ? 'queue empty' : why}: ${done} done, ${failed} failed\n`);
  return 0;
}

/**
 * `collect --fields quotes,entities` or `--csv`: the records reshaped as `saidby --jsonl` would write them; null
 * writes them as the workers stored them (every field but the tokens, unless `work --tokens`).
 */
function shapeOf(values: Values): RecordShape | null {
  const raw = values.fields as string | undefined;
  if (values.csv === true) {
    if (raw !== undefined) throw new UsageError('queue collect: --csv has fixed columns: no --fields');
    return 'csv';
  }
  if (raw === undefined) return null;
  const list = fieldsOf(raw);
  if (typeof list !== 'string') return list;
  const got = list === '' ? 'nothing' : `'${list.slice(0, 40)}'`;
  throw new UsageError(`queue collect: --fields expects names from ${RESULT_FIELDS.join(', ')}; got ${got}`, true);
}

async function run(argv: readonly string[], io: QueueIo): Promise<number> {
  const { command, values: v, positionals } = parse(argv);
  const values = v as Values;
  const target: QueueTarget = {
    redis: values.redis as string,
    queue: (values.queue as string | undefined) ?? 'saidby',
    ...(values.prefix === undefined ? {} : { prefix: values.prefix as string }),
  };
  if (command === 'add') {
    let bad = 0;
    const attempts = whole(values.attempts, '--attempts', 1, 100);
    const batch = whole(values.batch, '--batch', 1, 1000);
    const report = await enqueue(
      target,
      documents(positionals, io, (msg) => {
        bad++;
        io.stderr.write(`saidby: ${msg}\n`);
      }),
      { ...(attempts === undefined ? {} : { attempts }), ...(batch === undefined ? {} : { batch }) },
    );
    await write(io.stderr, `saidby: queue: ${report.sent} documents sent to ${target.queue}\n`);
    return bad ? 1 : 0;
  }
  if (command === 'work') return work(target, values, io);
  if (command === 'status') {
    const s = await status(target);
    if (values.json === true) {
      await write(io.stdout, JSON.stringify(s) + '\n');
    } else {
      await write(
        io.stdout,
        `waiting ${s.waiting}, active ${s.active}, delayed ${s.delayed}, failed ${s.failed}, done ${s.done}\n` +
          s.failures.map((f) => `failed: ${JSON.stringify(f.id)}: ${f.error}\n`).join(''),
      );
    }
    return 0;
  }
  const shape = shapeOf(values);
  const file = values.out as string | undefined;
  const out = file === undefined ? io.stdout : createWriteStream(file);
  const shaper = shape === null ? null : recordShaper(out, shape);
  const report = await collect(target, shaper?.stream ?? out, { sink: sinkOf(values, 'results') });
  if (shaper) {
    shaper.stream.end();
    await finished(shaper.stream);
  }
  if (file !== undefined) {
    out.end();
    await once(out, 'close');
  }
  if (shaper?.report.missing.size) {
    const names = [...shaper.report.missing].join(', ');
    await write(io.stderr, `saidby: queue: warning: the results hold no ${names} (written by work --tokens only)\n`);
  }
  const line = `${report.results} results, ${report.errors} error records, ${report.duplicates} duplicates left out`;
  await write(io.stderr, `saidby: queue: ${line}\n`);
  if (report.pending) {
    await write(io.stderr, `saidby: queue: ${report.pending} jobs still waiting or active: the run has not finished\n`);
  }
  return report.errors || report.pending ? 1 : 0;
}

/** Runs `saidby queue …`; resolves to the exit code. */
export async function runQueue(argv: readonly string[], io: QueueIo): Promise<number> {
  if (argv[0] === undefined || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    await write(io.stdout, QUEUE_USAGE);
    return 0;
  }
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      await write(io.stderr, usageText('saidby', err, QUEUE_USAGE));
      return 2;
    }
    if (err instanceof TypeError && err.message.startsWith('saidby: ')) {
      await write(io.stderr, `${err.message}\n`);
      return 2;
    }
    if (err instanceof QueueConnectionError) {
      await write(io.stderr, `${err.message}\n`);
      return 3;
    }
    throw err;
  }
}
