import type { Quote, QuoteKind, Result } from '../types.js';
import { RESULT_FIELDS, type ResultField } from '../node/fields.js';

const KINDS: readonly QuoteKind[] = ['direct', 'mixed', 'indirect'];

const WHITESPACE_RUN = /\s+/g;

/** Collapses runs of whitespace (line breaks included) to one space. */
function oneLine(s: string): string {
  return s.replace(WHITESPACE_RUN, ' ').trim();
}

/** One quote, person-readable: `Vladimir Putin (said) [direct]: “…”`. */
export function formatQuote(q: Quote): string {
  const who = q.speaker ? oneLine(q.speaker.name) || '(unknown)' : '(unknown)';
  const cue = q.cue ? ` (${oneLine(q.cue.text)})` : '';
  return `${who}${cue} [${q.kind}]: “${oneLine(q.text)}”`;
}

/** One line counting the quotes by kind and how many have a speaker. */
export function formatSummary(result: Pick<Result, 'quotes'>): string {
  const n = result.quotes.length;
  const byKind = KINDS.map((k) => `${result.quotes.filter((q) => q.kind === k).length} ${k}`).join(', ');
  const speakers = new Set(result.quotes.flatMap((q) => (q.speaker ? [q.speaker.entity ?? q.speaker.name] : [])));
  const attributed = result.quotes.filter((q) => q.speaker).length;
  const distinct = `${speakers.size} distinct ${speakers.size === 1 ? 'speaker' : 'speakers'}`;
  return `${n} ${n === 1 ? 'quote' : 'quotes'} (${byKind}); ${attributed} with a speaker, ${distinct}`;
}

/** The person-readable report: one line per quote, then the summary. */
export function formatText(result: Pick<Result, 'quotes'>): string {
  return [...result.quotes.map(formatQuote), formatSummary(result)].join('\n') + '\n';
}

// The top-level fields of a result that `--fields` can pick (`--fields quotes,entities`): saidby/node's names.
export { RESULT_FIELDS, type ResultField };

/**
 * What a JSONL line keeps by default: over millions of articles the text, sentences and paragraphs (the input
 * again, and its offsets) are most of the bytes, and what users read is who said what.
 */
export const JSONL_DEFAULT_FIELDS: readonly ResultField[] = ['quotes', 'entities', 'warnings'];

/**
 * Which fields to write: `true` all of them, `false` all but `tokens` (the `--json` default), or a list
 * (`--fields`, or the JSONL default); `'csv'` for `--csv` rows instead of JSON lines.
 */
export type FieldChoice = boolean | readonly ResultField[] | 'csv';

/** The result as a plain object with the chosen fields: without `tokens` unless asked for. */
export function publicResult(result: Result, fields: Exclude<FieldChoice, 'csv'>): Record<string, unknown> {
  if (fields === true) return { ...result };
  if (fields === false) {
    const { tokens: _tokens, ...rest } = result;
    return rest;
  }
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = result[f];
  return out;
}

/** `--fields quotes,entities`: names from RESULT_FIELDS; a name not among them is a usage error. */
export function fieldsOf(raw: string): ResultField[] | string {
  const list = raw
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  const bad = list.find((f) => !(RESULT_FIELDS as readonly string[]).includes(f));
  if (bad !== undefined || list.length === 0) return bad ?? '';
  return list as ResultField[];
}
