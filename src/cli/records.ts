/**
 * `saidby queue collect --fields LIST` and `--csv`: the records a queue's workers wrote, reshaped on their way out as
 * `saidby --jsonl` shapes its own (`{"id":"a1","quotes":[…]}`, or one CSV row per quote).
 */
import { once } from 'node:events';
import { Writable } from 'node:stream';
import type { Result } from '../types.js';
import { CSV_HEADER, csvRows } from './csv.js';
import type { ResultField } from './format.js';

/** What to write of each record: its id (and date) with these fields, or CSV rows. */
export type RecordShape = readonly ResultField[] | 'csv';

/** A record line as the workers wrote it: `{"id", "date"?, ...result}`, or an error record `{"id", "error"}`. */
type Stored = Partial<Result> & { readonly id: string | number; readonly date?: unknown; readonly error?: unknown };

/** What the reshaping saw: fields asked for that the stored records did not have (`tokens` without `work --tokens`). */
export interface ShapeReport {
  readonly missing: ReadonlySet<ResultField>;
}

/** One record reshaped; an error record stays as it is in JSON, and gives no row in CSV (as in `saidby --jsonl`). */
function reshape(line: string, shape: RecordShape, missing: Set<ResultField>): string {
  const record = JSON.parse(line) as Stored;
  if (typeof record.error === 'string') return shape === 'csv' ? '' : line + '\n';
  if (shape === 'csv')
    return csvRows(String(record.id), { quotes: record.quotes ?? [], entities: record.entities ?? [] });
  const out: Record<string, unknown> = { id: record.id };
  if (record.date !== undefined) out['date'] = record.date;
  for (const f of shape) {
    if (record[f] === undefined) missing.add(f);
    else out[f] = record[f];
  }
  return JSON.stringify(out) + '\n';
}

/**
 * A stream that takes record lines (`collect` writes one a call) and writes them to `out` reshaped; the CSV header
 * first. Waits for `out` to drain, so memory stays bounded however many records pass.
 */
export function recordShaper(out: Writable, shape: RecordShape): { stream: Writable; report: ShapeReport } {
  const missing = new Set<ResultField>();
  let pending = shape === 'csv' ? CSV_HEADER + '\r\n' : '';
  let rest = '';
  const send = async (text: string): Promise<void> => {
    if (text !== '' && !out.write(text)) await once(out, 'drain');
  };
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() as string;
      let text = pending;
      pending = '';
      try {
        for (const line of lines) if (line.trim() !== '') text += reshape(line, shape, missing);
      } catch (err) {
        done(err instanceof Error ? err : new Error(String(err)));
        return;
      }
      send(text).then(() => done(), done);
    },
    final(done) {
      const text = pending + (rest.trim() === '' ? '' : reshape(rest, shape, missing));
      send(text).then(() => done(), done);
    },
  });
  return { stream, report: { missing } };
}
