/**
 * `saidby report corpus.jsonl --html report.html --json summary.json`: who gets quoted across a corpus. Reads JSONL
 * in one streaming pass, each line either an article to read (`{"id", "text", "source", "date"}`, the input of
 * `saidby --jsonl`) or a result (`{"id", "quotes", "entities", …}`, its output), and folds it into the summary.
 */
import { open, writeFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { ExtractOptions, KnowledgeBase, Result } from '../types.js';
import type { CorpusSummary, ReportRecord, Summarizer } from '../report/index.js';
import { inputSize, write } from './io.js';
import { streamLineBatches } from './lines.js';
import { createProgress, type Progress } from './progress.js';
import { minConfidenceOf } from './args.js';
import { parseStrict, UsageError, usageText } from './parse.js';

export const REPORT_USAGE = `Usage: saidby report [options] [file ...]

Who gets quoted across a corpus: speakers merged across articles, people,
organisations and unnamed sources, gender (and where it came from), nationality,
outlets, months and cues. Reads JSON lines from the files or stdin ("-"): each
line an article, {"id", "text", "source", "date"}, or a result that
"saidby --jsonl" wrote; the two may be mixed.

Options:
  --html FILE            write the report, one self-contained HTML page with charts
  --json FILE            write the summary as JSON ("-" for stdout)
  --top N                rows in each list of the summary (default 25)
  --min-confidence X     count only quotes with confidence >= X (0 to 1)
  --max-speakers N       distinct speakers held at once (default 100000); past it
                         the least quoted are dropped and the report says so
  -h, --help             show this help

Without --json -, a short summary goes to stdout. When stderr is a terminal, a
progress bar shows articles, MB/s and the ETA. Memory stays bounded however long
the input. Articles are read in this thread: for speed, run
"saidby --jsonl --workers N" first and report on its output.

Exit codes: 0 ok, 1 an input or a line could not be read, 2 bad usage.

Examples:
  saidby report corpus.jsonl --html report.html --json summary.json
  saidby --jsonl --workers 4 corpus.jsonl | saidby report --html report.html
`;

interface ReportIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

export interface ReportCliOptions {
  readonly help: boolean;
  readonly htmlOut: string | undefined;
  readonly jsonOut: string | undefined;
  readonly top: number | undefined;
  readonly minConfidence: number | undefined;
  readonly maxSpeakers: number | undefined;
  readonly files: readonly string[];
}

const WHOLE = /^\d+$/;

function whole(raw: string | undefined, flag: string, least: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!WHOLE.test(raw.trim()) || Number(raw) < least)
    throw new UsageError(`${flag} expects a whole number from ${least}, got '${raw}'`);
  return Number(raw);
}

const REPORT_OPTIONS = {
  html: { type: 'string' },
  json: { type: 'string' },
  top: { type: 'string' },
  'min-confidence': { type: 'string' },
  'max-speakers': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses `saidby report`'s arguments (after `report`). Throws UsageError. */
export function parseReportArgs(argv: readonly string[]): ReportCliOptions {
  const { values: v, positionals } = parseStrict(argv, REPORT_OPTIONS);
  for (const flag of ['html', 'json'] as const)
    if (v[flag] !== undefined && v[flag].trim() === '') throw new UsageError(`--${flag} expects a file name`);
  const minConfidence = minConfidenceOf(v['min-confidence']);
  if (positionals.filter((f) => f === '-').length > 1) throw new UsageError('stdin ("-") can be read only once');
  if (v.html === '-') throw new UsageError('--html writes a file: give its name');
  return {
    help: v.help === true,
    htmlOut: v.html,
    jsonOut: v.json,
    top: whole(v.top, '--top', 1),
    minConfidence,
    maxSpeakers: whole(v['max-speakers'], '--max-speakers', 2),
    files: positionals,
  };
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** What one line is: an article to read, a result, an error record of `saidby --jsonl`, or a line that is neither. */
type Line =
  | { readonly kind: 'article'; readonly text: string; readonly meta: Meta }
  | { readonly kind: 'result'; readonly record: ReportRecord }
  | { readonly kind: 'error-record' }
  | { readonly kind: 'bad'; readonly why: string };
type Meta = Pick<ReportRecord, 'id' | 'source' | 'date' | 'url'>;

/** Tells a result from an article by its `quotes` array: `{"id":1,"text":"…"}` is read, `{"quotes":[…]}` counted. */
export function classifyLine(raw: string): Line {
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch (err) {
    return { kind: 'bad', why: `invalid JSON: ${message(err)}` };
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    return { kind: 'bad', why: 'expected a JSON object' };
  const o = doc as Record<string, unknown>;
  if (Array.isArray(o['quotes'])) {
    if (o['entities'] !== undefined && !Array.isArray(o['entities']))
      return { kind: 'bad', why: '"entities" is not an array' };
    return { kind: 'result', record: o as unknown as ReportRecord };
  }
  if (typeof o['text'] === 'string') {
    const meta = { id: o['id'], source: o['source'], date: o['date'], url: o['url'] };
    return { kind: 'article', text: o['text'], meta };
  }
  if ('error' in o) return { kind: 'error-record' };
  return { kind: 'bad', why: 'neither an article ("text") nor a result ("quotes")' };
}

type Extract = (text: string, options?: ExtractOptions) => Result;

/** How one run goes: where lines are folded, how articles are read, and what went wrong. */
interface Run {
  readonly summarizer: Summarizer;
  readonly extract: Extract;
  readonly progress: Progress;
  readonly problem: (msg: string) => Promise<void>;
  /** Lines that could not be read, and the first of them. */
  bad: number;
  firstBad: string | null;
}

function foldLine(raw: string, where: string, run: Run): void {
  const line = classifyLine(raw);
  if (line.kind === 'result') {
    try {
      return run.summarizer.add(line.record);
    } catch (err) {
      run.summarizer.skip();
      run.bad++;
      run.firstBad ??= `${where}: ${message(err)}`;
      return;
    }
  }
  if (line.kind === 'article') {
    let result: Result;
    try {
      result = run.extract(line.text);
    } catch (err) {
      run.summarizer.skip();
      run.bad++;
      run.firstBad ??= `${where}: ${message(err)}`;
      return;
    }
    return run.summarizer.add({ quotes: result.quotes, entities: result.entities, ...line.meta });
  }
  run.summarizer.skip();
  if (line.kind === 'bad') {
    run.bad++;
    run.firstBad ??= `${where}: ${line.why}`;
  }
}

/** Folds every line of every input, one chunk at a time. */
async function foldInputs(names: readonly string[], io: ReportIo, run: Run): Promise<void> {
  for (const name of names) {
    const label = name === '-' ? 'stdin' : name;
    let n = 0;
    try {
      const input = name === '-' ? io.stdin : (await open(name, 'r')).createReadStream();
      try {
        for await (const batch of streamLineBatches(input)) {
          let bytes = 0;
          let docs = 0;
          for (const raw of batch) {
            n++;
            bytes += Buffer.byteLength(raw, 'utf8') + 1;
            const text = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
            if (text.trim() === '') continue;
            docs++;
            foldLine(text, `${label}:${n}`, run);
          }
          run.progress.advance(bytes, docs);
        }
      } finally {
        if (input !== io.stdin) input.destroy();
      }
    } catch (err) {
      await run.problem(`${label}: ${message(err)}`);
    }
  }
}

/** `1 article`, `2 articles`. */
function count(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** A few lines for the terminal: the corpus, women's share, the most quoted. */
export function formatOverview(s: CorpusSummary): string {
  const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
  const g = s.gender.people;
  const q = s.quotes;
  const lines = [
    `${count(s.articles, 'article')}, ${count(q.total, 'quote')} (${q.direct} direct, ${q.mixed} mixed, ` +
      `${q.indirect} indirect), ${count(s.speakers.distinct, 'named speaker')}`,
    `people quoted: ${g.female} women, ${g.male} men, ${g.unknown} unknown ` +
      `(women ${pct(g.female, g.female + g.male)} of known; unknown ${pct(g.unknown, g.female + g.male + g.unknown)})`,
    `unnamed sources: ${count(s.unnamed.quotes, 'quote')}`,
    ...s.speakers.top.slice(0, 5).map((p) => `  ${p.quotes}\t${p.name}${p.wikidata ? ` (${p.wikidata})` : ''}`),
  ];
  return lines.join('\n') + '\n';
}

async function loadLibrary(): Promise<{ extract: Extract; kb: KnowledgeBase }> {
  const lib = await import('../index.js');
  return { extract: lib.extractQuotes, kb: lib.defaultKnowledgeBase() };
}

/** Runs `saidby report`; resolves to the exit code. */
export async function runReport(argv: readonly string[], io: ReportIo): Promise<number> {
  let opts: ReportCliOptions;
  try {
    opts = parseReportArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    await write(io.stderr, usageText('saidby report', err, REPORT_USAGE));
    return 2;
  }
  if (opts.help) {
    await write(io.stdout, REPORT_USAGE);
    return 0;
  }
  const inputs = opts.files.length ? opts.files : ['-'];
  if (!opts.files.length && (io.stdin as { isTTY?: boolean }).isTTY) {
    await write(io.stderr, `saidby report: no input: give a file, or pipe JSON lines in\n\n${REPORT_USAGE}`);
    return 2;
  }
  const report = await import('../report/index.js');
  const { extract, kb } = await loadLibrary();
  const summarizer = report.createSummarizer({
    knowledgeBase: kb,
    ...(opts.top === undefined ? {} : { top: opts.top }),
    ...(opts.minConfidence === undefined ? {} : { minConfidence: opts.minConfidence }),
    ...(opts.maxSpeakers === undefined ? {} : { maxSpeakers: opts.maxSpeakers }),
  });
  let code = 0;
  const isTty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  const progress = createProgress(io.stderr, isTty ? await inputSize(inputs, io.stdin) : null);
  const problem = async (msg: string): Promise<void> => {
    code = 1;
    progress.clear();
    await write(io.stderr, `saidby report: ${msg}\n`);
  };
  const run: Run = { summarizer, extract, progress, problem, bad: 0, firstBad: null };
  try {
    await foldInputs(inputs, io, run);
  } finally {
    progress.finish();
  }
  if (run.bad)
    await problem(`${run.bad} ${run.bad === 1 ? 'line' : 'lines'} could not be read (first: ${run.firstBad})`);
  const summary = summarizer.summary();
  const outputs: Array<[string, () => Promise<string>]> = [];
  if (opts.jsonOut !== undefined) outputs.push([opts.jsonOut, async () => JSON.stringify(summary, null, 2) + '\n']);
  if (opts.htmlOut !== undefined) {
    const subtitle = `${inputs.map((n) => (n === '-' ? 'stdin' : n)).join(', ')}`;
    outputs.push([opts.htmlOut, () => report.renderReport(summary, { subtitle })]);
  }
  for (const [file, make] of outputs) {
    try {
      const body = await make();
      if (file === '-') await write(io.stdout, body);
      else await writeFile(file, body);
    } catch (err) {
      await problem(`${file}: ${message(err)}`);
    }
  }
  if (opts.jsonOut !== '-') await write(io.stdout, formatOverview(summary));
  return code;
}
