import type { Result } from '../types.js';

/**
 * The top-level fields of a result that a caller can pick: the CLI's `--fields quotes,entities`, and
 * `extractQuotesMany`'s `fields: ['quotes', 'entities']`.
 */
export const RESULT_FIELDS = ['text', 'quotes', 'entities', 'warnings', 'sentences', 'paragraphs', 'tokens'] as const;
export type ResultField = (typeof RESULT_FIELDS)[number] & keyof Result;

/**
 * Checks `options.fields` of `extractQuotesMany` / `createQuotePool`: undefined keeps every field (null here), else a
 * non-empty array of names from RESULT_FIELDS (`['quotes', 'entites']` is a TypeError naming `'entites'`).
 */
export function checkFields(fields: unknown, what: string): readonly ResultField[] | null {
  if (fields === undefined) return null;
  const names = RESULT_FIELDS.join(', ');
  if (!Array.isArray(fields) || fields.length === 0) {
    throw new TypeError(`saidby: ${what} must be a non-empty array of field names (${names})`);
  }
  for (const f of fields as unknown[]) {
    if (typeof f !== 'string' || !(RESULT_FIELDS as readonly string[]).includes(f)) {
      const got = typeof f === 'string' ? `'${f.slice(0, 40)}'` : typeof f;
      throw new TypeError(`saidby: ${what} has an unknown field ${got}; the fields are ${names}`);
    }
  }
  // Once each, in one order however they were asked for (`['warnings', 'quotes', 'quotes']`): the same run's
  // options give the same list. The result's keys take extractQuotes's order all the same (unpack).
  return RESULT_FIELDS.filter((f) => (fields as unknown[]).includes(f));
}

/** The set of fields to pack and keep: `fields` as checkFields gave it, every field when null or undefined. */
export function fieldSet(fields: readonly ResultField[] | null | undefined): ReadonlySet<ResultField> {
  return new Set(fields ?? RESULT_FIELDS);
}
