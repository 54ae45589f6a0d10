/**
 * Writes the compact knowledge-base format (see compact.ts): used by `npm run generate` for the bundled knowledge
 * base and by `saidby kb build` for users' own. Rows go out as they come (to a string or a file); each lookup key
 * goes to a key store as one small record (`putin`, the row's prior and offset), and the store gives them back
 * sorted at the end. The store here keeps them in memory; `saidby kb build` passes one that spills sorted runs to
 * temporary files and merges them (src/node/kb-runs.ts), so its memory stays bounded however large the dump.
 */
import { COLUMNS, MAGIC, VERSION } from './compact.js';
import { normalizeName } from './parse.js';

/** Where the row lines go as they are added: each one ends with `\n`. */
export type RowSink = (line: string) => void;

/** The parts that follow the rows: the header goes before them, the keys and surnames after. */
export interface Finished {
  readonly header: string;
  /** The keys section, a line at a time. */
  readonly keys: () => Iterable<string>;
  /** The surnames section, a line at a time. */
  readonly surnames: () => Iterable<string>;
  readonly entities: number;
  readonly keyCount: number;
}

/** One lookup key of one row: the folded name, the row's prior, its offset in the rows section, its sequence. */
export interface KeyRecord {
  readonly key: string;
  readonly prior: number;
  readonly ref: number;
  readonly seq: number;
}

/** The two sorted sections: names (`vladimir putin`) and people's surnames (`putin`). */
export type Section = 'keys' | 'surnames';

/**
 * Holds the key records until the rows are all added, then gives each section's records in the order of the file:
 * by key (JavaScript string order), then by prior, highest first, then in the order they were added. `sorted` may be
 * called more than once (once to measure the section, once to write it).
 */
export interface KeyStore {
  add(section: Section, record: KeyRecord): void;
  sorted(section: Section): Iterable<KeyRecord>;
}

/** The order of records in a section (see KeyStore). */
export function compareRecords(a: KeyRecord, b: KeyRecord): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return b.prior - a.prior || a.seq - b.seq;
}

/** A key store in memory: enough for the bundled knowledge base and for small tables. */
export class MemoryKeyStore implements KeyStore {
  private readonly records: Record<Section, KeyRecord[]> = { keys: [], surnames: [] };
  private readonly done: Record<Section, boolean> = { keys: false, surnames: false };

  add(section: Section, record: KeyRecord): void {
    this.records[section].push(record);
    this.done[section] = false;
  }

  sorted(section: Section): Iterable<KeyRecord> {
    if (!this.done[section]) this.records[section].sort(compareRecords);
    this.done[section] = true;
    return this.records[section];
  }
}

/** A field may hold no tab or line break (they separate fields and rows); lists may hold no `|`. */
const BREAKS = /[\t\n\r]+/g;
/** Keys with control characters would break the sorted order of `key<TAB>` lines; no lookup makes them anyway. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/;

export function cleanField(value: string): string {
  return value.replace(BREAKS, ' ');
}

/** Options of a CompactWriter beyond its name and sink. */
export interface WriterOptions {
  /** The row columns, in order (default: the bundled knowledge base's). */
  readonly columns?: readonly string[];
  /** Free text for the header's `note` lines: where the rows came from, their licences. */
  readonly notes?: readonly string[];
  /** Where the key records wait for the end (default: in memory). */
  readonly store?: KeyStore;
}

export class CompactWriter {
  private readonly column: ReadonlyMap<string, number>;
  private readonly columns: readonly string[];
  private readonly notes: readonly string[];
  private readonly store: KeyStore;
  private rows = 0;
  private length = 0;

  constructor(
    private readonly name: string,
    private readonly sink: RowSink,
    options: WriterOptions = {},
  ) {
    this.columns = options.columns ?? COLUMNS;
    this.notes = options.notes ?? [];
    this.store = options.store ?? new MemoryKeyStore();
    this.column = new Map(this.columns.map((c, i) => [c, i]));
  }

  /** Adds one row, its fields in the writer's column order (`['Q7747', 'p', 'Vladimir Putin', …]`). */
  addRow(fields: readonly string[]): void {
    const field = (col: string): string => fields[this.column.get(col) ?? -1] ?? '';
    const line = fields.map(cleanField).join('\t') + '\n';
    const seq = this.rows++;
    const prior = Number(field('prior')) || 0.05;
    const ref = this.length;
    this.length += line.length;
    this.sink(line);
    const label = field('label');
    const aliases = field('aliases');
    const names = [label, ...(aliases ? aliases.split('|') : [])];
    let keyed = false;
    for (const key of new Set(names.map((n) => normalizeName(cleanField(n))))) {
      if (!key || CONTROL.test(key)) continue;
      this.store.add('keys', { key, prior, ref, seq });
      keyed = true;
    }
    // `putin` finds Vladimir Putin when no one is named `putin` in full: a person's last word, three letters or more
    const last = field('type') === 'p' ? normalizeName(cleanField(label)).split(' ').at(-1) : undefined;
    // a surname's people go in the order of their rows (prior 0 for all), as the bundled knowledge base has them
    if (keyed && last && last.length >= 3 && !CONTROL.test(last))
      this.store.add('surnames', { key: last, prior: 0, ref, seq });
  }

  get entities(): number {
    return this.rows;
  }

  /**
   * Gives the header and the sections that follow the rows. Each key's rows go by prior, highest first, then in the
   * order they were added; each surname's people in the order they were added.
   */
  finish(): Finished {
    const keyLines = (): Iterable<string> => sectionLines(this.store.sorted('keys'));
    const surnameLines = (): Iterable<string> => sectionLines(this.store.sorted('surnames'));
    let keyCount = 0;
    let keysLength = 0;
    for (const l of keyLines()) {
      keyCount++;
      keysLength += l.length;
    }
    let surnamesLength = 0;
    for (const l of surnameLines()) surnamesLength += l.length;
    const header =
      [
        `${MAGIC}\t${VERSION}`,
        `name\t${cleanField(this.name)}`,
        ...this.notes.map((n) => `note\t${cleanField(n)}`),
        `columns\t${this.columns.join('\t')}`,
        `entities\t${this.entities}`,
        `sections\trows ${this.length}\tkeys ${keysLength}\tsurnames ${surnamesLength}`,
      ].join('\n') + '\n\n';
    return { header, keys: keyLines, surnames: surnameLines, entities: this.entities, keyCount };
  }
}

/** `putin<TAB>1a,3f` lines from records sorted by key: one line a key, its rows' offsets in base 36. */
function* sectionLines(records: Iterable<KeyRecord>): Generator<string> {
  let key: string | null = null;
  let refs: string[] = [];
  for (const r of records) {
    if (r.key !== key) {
      if (key !== null) yield `${key}\t${refs.join(',')}\n`;
      key = r.key;
      refs = [];
    }
    refs.push(r.ref.toString(36));
  }
  if (key !== null) yield `${key}\t${refs.join(',')}\n`;
}

/** The whole compact text of a small knowledge base, built in memory (the generator's bundled one). */
export function compactText(
  name: string,
  rows: Iterable<readonly string[]>,
  columns: readonly string[] = COLUMNS,
  notes: readonly string[] = [],
): string {
  const parts: string[] = [];
  const writer = new CompactWriter(name, (line) => parts.push(line), { columns, notes });
  for (const r of rows) writer.addRow(r);
  const done = writer.finish();
  return done.header + parts.join('') + [...done.keys()].join('') + [...done.surnames()].join('');
}
