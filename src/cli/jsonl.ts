import type { ExtractOptions, Result } from '../types.js';
import { publicResult } from './format.js';

export type Extract = (text: string, options?: ExtractOptions) => Result;

/** What one input line gives: an output record, and whether it is an error record. */
export interface LineOutcome {
  readonly record: Record<string, unknown>;
  readonly error: boolean;
}

/** A blank input line: skipped, with no output line. */
export function isBlank(raw: string): boolean {
  return raw.trim() === '';
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
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
  keepTokens: boolean,
): LineOutcome | null {
  if (isBlank(raw)) return null;
  const fail = (id: unknown, error: string): LineOutcome => ({ record: { id: id ?? null, line: lineNo, error }, error: true });
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch (err) {
    return fail(null, `invalid JSON: ${message(err)}`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return fail(null, 'expected a JSON object {"id", "text"}');
  const { id, text } = doc as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return fail(id, 'no "text" string');
  try {
    return { record: { id: id ?? null, ...publicResult(extract(text, options), keepTokens) }, error: false };
  } catch (err) {
    return fail(id, message(err));
  }
}

/**
 * Handles consecutive lines (`lines` are their numbers): their output lines joined, each with its newline, how
 * many lines were not blank, and how many output lines are error records.
 */
export function processLines(
  raws: readonly string[],
  lines: readonly number[],
  extract: Extract,
  options: ExtractOptions,
  keepTokens: boolean,
): { out: string; docs: number; errors: number } {
  let out = '';
  let docs = 0;
  let errors = 0;
  for (let k = 0; k < raws.length; k++) {
    const outcome = processLine(raws[k] as string, lines[k] as number, extract, options, keepTokens);
    if (!outcome) continue;
    docs++;
    if (outcome.error) errors++;
    out += JSON.stringify(outcome.record) + '\n';
  }
  return { out, docs, errors };
}
