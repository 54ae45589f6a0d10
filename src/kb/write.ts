/**
 * Writes the compact knowledge-base format (see compact.ts): used by `npm run generate` for the bundled knowledge
 * base and by `saidby kb build` for users' own. Rows go out as they come (to a string or a file); only the lookup
 * keys are held, one small record per name, until the end, when they are sorted and written after the rows.
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

/** A field may hold no tab or line break (they separate fields and rows); lists may hold no `|`. */
const BREAKS = /[\t\n\r]+/g;
/** Keys with control characters would break the sorted order of `key<TAB>` lines; no lookup makes them anyway. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/;

export function cleanField(value: string): string {
  return value.replace(BREAKS, ' ');
}

export class CompactWriter {
  private readonly column: ReadonlyMap<string, number>;
  private readonly keys = new Map<string, number[]>();
  private readonly priors: number[] = [];
  private readonly offsets: number[] = [];
  /** Folded last word of each person's label (`putin`), undefined for other types and short words. */
  private readonly lastWords: Array<string | undefined> = [];
  private length = 0;

  constructor(
    private readonly name: string,
    private readonly sink: RowSink,
    private readonly columns: readonly string[] = COLUMNS,
    /** Free text for the header's `note` lines: where the rows came from, their licences. */
    private readonly notes: readonly string[] = [],
  ) {
    this.column = new Map(columns.map((c, i) => [c, i]));
  }

  /** Adds one row, its fields in the writer's column order (`['Q7747', 'p', 'Vladimir Putin', …]`). */
  addRow(fields: readonly string[]): void {
    const field = (col: string): string => fields[this.column.get(col) ?? -1] ?? '';
    const line = fields.map(cleanField).join('\t') + '\n';
    const seq = this.priors.length;
    this.priors.push(Number(field('prior')) || 0.05);
    this.offsets.push(this.length);
    this.length += line.length;
    this.sink(line);
    const label = field('label');
    const aliases = field('aliases');
    const names = [label, ...(aliases ? aliases.split('|') : [])];
    for (const key of new Set(names.map((n) => normalizeName(cleanField(n))))) {
      if (!key || CONTROL.test(key)) continue;
      const bucket = this.keys.get(key);
      if (bucket) bucket.push(seq);
      else this.keys.set(key, [seq]);
    }
    const last = field('type') === 'p' ? normalizeName(cleanField(label)).split(' ').at(-1) : undefined;
    this.lastWords.push(last && last.length >= 3 && !CONTROL.test(last) ? last : undefined);
  }

  get entities(): number {
    return this.priors.length;
  }

  /**
   * Sorts the keys and gives the header and the sections that follow the rows. Each key's rows go by prior, highest
   * first, then in the order they were added; each surname's people in the order a full index would meet them.
   */
  finish(): Finished {
    const byPrior = (a: number, b: number): number => (this.priors[b] ?? 0) - (this.priors[a] ?? 0);
    for (const bucket of this.keys.values()) bucket.sort(byPrior);
    const surnames = new Map<string, number[]>();
    const seen = new Uint8Array(this.priors.length);
    for (const bucket of this.keys.values()) {
      for (const seq of bucket) {
        const last = this.lastWords[seq];
        if (last === undefined || seen[seq]) continue;
        seen[seq] = 1;
        const list = surnames.get(last);
        if (list) list.push(seq);
        else surnames.set(last, [seq]);
      }
    }
    const keyLines = this.sectionLines(this.keys);
    const surnameLines = this.sectionLines(surnames);
    const size = (lines: () => Iterable<string>): number => {
      let n = 0;
      for (const l of lines()) n += l.length;
      return n;
    };
    const header =
      [
        `${MAGIC}\t${VERSION}`,
        `name\t${cleanField(this.name)}`,
        ...this.notes.map((n) => `note\t${cleanField(n)}`),
        `columns\t${this.columns.join('\t')}`,
        `entities\t${this.entities}`,
        `sections\trows ${this.length}\tkeys ${size(keyLines)}\tsurnames ${size(surnameLines)}`,
      ].join('\n') + '\n\n';
    return {
      header,
      keys: keyLines,
      surnames: surnameLines,
      entities: this.entities,
      keyCount: this.keys.size,
    };
  }

  private sectionLines(map: ReadonlyMap<string, readonly number[]>): () => Iterable<string> {
    const sorted = [...map.keys()].sort();
    const offsets = this.offsets;
    return function* lines() {
      for (const key of sorted)
        yield `${key}\t${map
          .get(key)!
          .map((s) => offsets[s]!.toString(36))
          .join(',')}\n`;
    };
  }
}

/** The whole compact text of a small knowledge base, built in memory (the generator's bundled one). */
export function compactText(
  name: string,
  rows: Iterable<readonly string[]>,
  columns: readonly string[] = COLUMNS,
  notes: readonly string[] = [],
): string {
  const parts: string[] = [];
  const writer = new CompactWriter(name, (line) => parts.push(line), columns, notes);
  for (const r of rows) writer.addRow(r);
  const done = writer.finish();
  return done.header + parts.join('') + [...done.keys()].join('') + [...done.surnames()].join('');
}
