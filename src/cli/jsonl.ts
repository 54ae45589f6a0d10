import type { ExtractOptions, Result } from '../types.js';
import { csvRows } from './csv.js';
import { type FieldChoice, publicResult } from './format.js';

export type Extract = (text: string, options?: ExtractOptions) => Result;

/** What one input line gives: an output record, and whether it is an error record; with `--csv`, its rows. */
export interface LineOutcome {
  readonly record: Record<string, unknown>;
  readonly error: boolean;
  readonly csv?: string;
}

/** A blank input line: skipped, with no output line. */
export function isBlank(raw: string): boolean {
  return raw.trim() === '';
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Fields of an input line carried over to its output line, for `saidby report`'s outlets and months. */
const META_FIELDS = ['source', 'date', 'url'] as const;

/** The input line's `source`, `date` and `url`, those it has: `{"source": "The Daily Planet"}`. */
function metaOf(doc: Record<string, unknown>): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  for (const k of META_FIELDS) if (doc[k] !== undefined) meta[k] = doc[k];
  return meta;
}

/**
 * Handles one JSONL line `{"id", "text"}`. Returns null for a blank line.
 * A bad line gives `{"id", "line", "error"}` instead of throwing.
 */
export function processLine(
  raw: string,
  lineNo: number,
  extract: Extract,
  options: ExtractOptions,
  fields: FieldChoice,
): LineOutcome | null {
  if (isBlank(raw)) return null;
  const fail = (id: unknown, error: string): LineOutcome => ({
    record: { id: id ?? null, line: lineNo, error },
    error: true,
  });
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch (err) {
    return fail(null, `invalid JSON: ${message(err)}`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    return fail(null, 'expected a JSON object {"id", "text"}');
  const { id, text, date } = doc as { id?: unknown; text?: unknown; date?: unknown };
  if (typeof text !== 'string') return fail(id, 'no "text" string');
  if (date !== undefined && date !== null && typeof date !== 'string') return fail(id, '"date" must be a string');
  try {
    // `{"id", "text", "date": "2009-03-01"}`: the article's date, for linking office-holders of that time
    const opts = typeof date === 'string' ? { ...options, date } : options;
    const result = extract(text, opts);
    if (fields === 'csv') {
      // `{"id": 17}` and `{"id": "a17"}` both give the cell `17`/`a17`; no id gives an empty cell.
      const cell = id === undefined || id === null ? '' : typeof id === 'string' ? id : JSON.stringify(id);
      return { record: { id: id ?? null }, error: false, csv: csvRows(cell, result) };
    }
    const record = {
      id: id ?? null,
      ...metaOf(doc as Record<string, unknown>),
      ...publicResult(result, fields),
    };
    return { record, error: false };
  } catch (err) {
    return fail(id, message(err));
  }
}

/**
 * Output lines as UTF-8 bytes, each encoded as soon as it is made. A worker handles a dozen documents per batch
 * and each gives some 35 KB of JSON: kept as strings until the batch ends, they outlived the young generation's
 * collections, were copied and promoted, and made the old generation grow; encoded one by one they die young, and
 * the bytes (outside the JavaScript heap) are what the main thread writes out.
 */
export class Utf8Lines {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  /** Appends `s` and a newline. */
  line(s: string): void {
    const most = 3 * s.length + 1; // UTF-8 takes at most 3 bytes per UTF-16 code unit
    if (this.length + most > this.bytes.length) {
      const grown = new Uint8Array(Math.max(2 * this.bytes.length, this.length + most));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length += UTF8.encodeInto(s, this.bytes.subarray(this.length)).written;
    this.bytes[this.length++] = 10;
  }

  /** Appends `s` as it is (CSV rows, which end in their own CRLF). */
  raw(s: string): void {
    if (s === '') return;
    this.line(s);
    this.length--; // the newline line() added
  }

  /** The bytes so far (a view of the buffer, which is not reused). */
  take(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

const UTF8 = new TextEncoder();

/**
 * Handles consecutive lines (`lines` are their numbers): their output lines as UTF-8 bytes, each with its
 * newline, how many lines were not blank, and how many output lines are error records.
 */
export function processLines(
  raws: readonly string[],
  lines: readonly number[],
  extract: Extract,
  options: ExtractOptions,
  fields: FieldChoice,
): { out: Uint8Array; docs: number; errors: number } {
  const out = new Utf8Lines();
  let docs = 0;
  let errors = 0;
  for (let k = 0; k < raws.length; k++) {
    const outcome = processLine(raws[k] as string, lines[k] as number, extract, options, fields);
    if (!outcome) continue;
    docs++;
    if (outcome.error) errors++;
    // --csv: a bad line has no row (it is counted, and named on stderr by --jsonl without --csv).
    if (fields === 'csv') out.raw(outcome.csv ?? '');
    else out.line(JSON.stringify(outcome.record));
  }
  return { out: out.take(), docs, errors };
}
