import type { CueClass } from '../types.js';
import { CUE_CLASSES } from '../words/cue-classes.js';
import { parseStrict, UsageError } from './parse.js';
import { type FieldChoice, fieldsOf, JSONL_DEFAULT_FIELDS, RESULT_FIELDS } from './format.js';

/** What the command line asked for. */
export interface CliOptions {
  readonly mode: 'text' | 'json' | 'jsonl' | 'help' | 'version';
  readonly tokens: boolean;
  /**
   * The result fields written by --json / --jsonl (`--fields`, `--tokens`, or the mode's default), or `'csv'` for
   * `--csv`'s rows. Text mode ignores it.
   */
  readonly fields: FieldChoice;
  /** `--csv`: one row per quote instead of the text report or JSON lines. */
  readonly csv: boolean;
  readonly minConfidence: number | undefined;
  /** Also report quotations no rule could attribute (speaker unknown). */
  readonly unattributed: boolean;
  /** `--cue-classes`: the cue classes of reported speech to return; undefined keeps the library's default. */
  readonly cueClasses?: readonly CueClass[] | 'all' | undefined;
  /** Write the quotes, highlighted, as an HTML page to this file (`--html out.html`). */
  readonly htmlOut?: string | undefined;
  /** Read the inputs as HTML pages (also implied by a `.html` or `.htm` file name). */
  readonly fromHtml?: boolean;
  /** --jsonl only: worker threads; undefined runs in the main thread. */
  readonly workers: number | undefined;
  /** Input files; `-` means stdin. Empty means stdin. */
  readonly files: readonly string[];
}

export { UsageError, unknownOption } from './parse.js';

export const USAGE = `Usage: saidby [options] [file ...]
       saidby report [options] [file ...]   (who gets quoted in a corpus: saidby report --help)
       saidby kb build INPUT --out FILE    (a knowledge base from a Wikidata dump or a table; saidby kb --help)

Find the quotations in English news text, with who said them and the cue
("said", "told reporters", "according to"). Reads stdin when no file or "-".

Options:
  --json                 print the whole result as JSON (tokens left out unless --tokens)
  --jsonl                read {"id", "text"} JSON lines; write one {"id", ...fields} line each
                         (with the line's "source", "date" and "url", if any, for saidby report)
  --workers N            --jsonl: process N documents at a time in worker threads (1 to 64)
                         (output stays in input order); default: one, in the main thread
  --fields LIST          --json / --jsonl: the result fields to write, comma-separated, from
                         quotes, entities, warnings, text, sentences, paragraphs, tokens;
                         --jsonl writes quotes,entities,warnings by default (with "id" always),
                         --json all but tokens
  --tokens               add the tokens to --json / --jsonl output
  --csv                  one CSV row per quote: id,kind,speaker,qid,cue,text,confidence
                         (with --jsonl, id is the line's; else the file name, empty for stdin)
  --min-confidence X     keep only quotes with confidence >= X (0 to 1)
  --unattributed         also report quotations with no speaker found (fiction, interviews)
  --cue-classes LIST     reported speech with these cue classes, comma-separated, or "all":
                         speech, writing, report (the default), thought, stance, plan, evidence
  --html FILE            also write the text with its quotes highlighted as an HTML page to FILE
  --from-html            read the input as an HTML page (implied for .html and .htm files,
                         and for input that starts like a page: <!doctype html>, <html>)
  -h, --help             show this help
  -v, --version          show the version

  saidby queue add|work|status|collect ...   a BullMQ job queue on Redis
                         for many machines (saidby queue --help; docs/queue.md)

--jsonl streams: memory stays constant however long the input. A bad line gives
{"id", "line", "error"} (line numbers count from 1 in each input) and the run goes on.
When stderr is a terminal, a progress bar shows articles, MB/s and, for files, the ETA.

Exit codes: 0 ok, 1 an input could not be read or a JSONL line failed, 2 bad usage.

Examples:
  saidby article.txt
  cat article.txt | saidby --json
  saidby --jsonl docs.jsonl > quotes.jsonl
  saidby --jsonl --csv docs.jsonl > quotes.csv
  saidby page.html --html quotes.html
  saidby --jsonl --workers 4 part-*.jsonl > quotes.jsonl
  saidby report corpus.jsonl --html report.html --json summary.json
`;

/** More threads than this only cost memory (about 100 MB each): a typo guard, not a tuning knob. */
const MAX_WORKERS = 64;
const DIGITS = /^\d+$/;

/** The flags that shape a result and its output, the same for `saidby` and `saidby queue`. */
export const RESULT_OPTIONS = {
  tokens: { type: 'boolean' },
  fields: { type: 'string' },
  csv: { type: 'boolean' },
  'min-confidence': { type: 'string' },
  unattributed: { type: 'boolean' },
  'cue-classes': { type: 'string' },
} as const;

const OPTIONS = {
  ...RESULT_OPTIONS,
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  workers: { type: 'string' },
  html: { type: 'string' },
  'from-html': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Parses argv (without node and the script path). Throws UsageError. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const { values, positionals } = parseStrict(argv, OPTIONS);
  const base = {
    tokens: values.tokens === true,
    csv: values.csv === true,
    fields: false,
    unattributed: values.unattributed === true,
    files: positionals,
    htmlOut: values.html,
    fromHtml: values['from-html'] === true,
    workers: undefined,
    cueClasses: cueClassesArg(values['cue-classes']),
  };
  if (values.help) return { ...base, mode: 'help', minConfidence: undefined };
  if (values.version) return { ...base, mode: 'version', minConfidence: undefined };

  const minConfidence = minConfidenceOf(values['min-confidence']);
  let workers: number | undefined;
  const rawWorkers = values.workers;
  if (rawWorkers !== undefined) {
    if (!DIGITS.test(rawWorkers.trim()) || !(Number(rawWorkers) >= 1))
      throw new UsageError(`--workers expects a positive whole number, got '${rawWorkers}'`);
    if (Number(rawWorkers) > MAX_WORKERS)
      throw new UsageError(`--workers is at most ${MAX_WORKERS}, got '${rawWorkers}'`);
    if (!values.jsonl) throw new UsageError('--workers only applies with --jsonl');
    workers = Number(rawWorkers);
  }
  if (values.json && values.jsonl) throw new UsageError('--json and --jsonl cannot be used together');
  const mode = values.json ? 'json' : values.jsonl ? 'jsonl' : 'text';
  if (mode === 'json' && positionals.length > 1) {
    throw new UsageError('--json reads one input; use --jsonl for many documents');
  }
  if (values.tokens && mode === 'text') throw new UsageError('--tokens only applies with --json or --jsonl');
  if (positionals.filter((f) => f === '-').length > 1) throw new UsageError('stdin ("-") can be read only once');
  if (values.html !== undefined) {
    if (values.html.trim() === '') throw new UsageError('--html expects a file name');
    if (mode === 'jsonl') throw new UsageError('--html cannot be used with --jsonl');
    if (positionals.length > 1) throw new UsageError('--html writes one page: give one input');
  }
  if (values['from-html'] && mode === 'jsonl') throw new UsageError('--from-html cannot be used with --jsonl');
  const fields = fieldChoice(values, mode);
  return { ...base, mode, minConfidence, workers, fields };
}

/** The flags that choose the output's shape. */
interface ShapeFlags {
  readonly fields?: string | undefined;
  readonly tokens?: boolean | undefined;
  readonly csv?: boolean | undefined;
}

/**
 * What --fields, --tokens and --csv ask for in `mode`: `--jsonl --fields quotes --tokens` gives
 * `['quotes', 'tokens']`; `--json` alone gives `false` (all but tokens).
 */
function fieldChoice(values: ShapeFlags, mode: 'text' | 'json' | 'jsonl'): FieldChoice {
  if (values.csv) {
    if (mode === 'json') throw new UsageError('--csv and --json cannot be used together');
    if (values.fields !== undefined || values.tokens)
      throw new UsageError('--csv has fixed columns: no --fields or --tokens');
    return 'csv';
  }
  if (values.fields === undefined) {
    if (mode !== 'jsonl') return values.tokens === true;
    return values.tokens ? [...JSONL_DEFAULT_FIELDS, 'tokens'] : JSONL_DEFAULT_FIELDS;
  }
  if (mode === 'text') throw new UsageError('--fields only applies with --json or --jsonl');
  const list = fieldsOf(values.fields);
  if (typeof list === 'string') {
    const got = list === '' ? 'nothing' : `'${list.slice(0, 40)}'`;
    throw new UsageError(`--fields expects names from ${RESULT_FIELDS.join(', ')}, comma-separated; got ${got}`, true);
  }
  if (values.tokens && !list.includes('tokens')) list.push('tokens');
  return list;
}

/** `--min-confidence X`: a number from 0 to 1 (a blank value is none), or undefined when the flag is not given. */
export function minConfidenceOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!(n >= 0 && n <= 1)) throw new UsageError(`--min-confidence expects a number from 0 to 1, got '${raw}'`);
  return n;
}

/** `--cue-classes speech,thought` or `--cue-classes all`; undefined when the flag is not given. */
export function cueClassesArg(raw: string | undefined): readonly CueClass[] | 'all' | undefined {
  if (raw === undefined) return undefined;
  if (raw.trim() === 'all') return 'all';
  const list = raw.split(',').map((c) => c.trim());
  const bad = list.find((c) => !CUE_CLASSES.includes(c as CueClass));
  if (bad !== undefined) {
    const known = CUE_CLASSES.join(', ');
    throw new UsageError(`--cue-classes expects "all" or classes from ${known}, comma-separated; got '${bad}'`);
  }
  return list as CueClass[];
}
