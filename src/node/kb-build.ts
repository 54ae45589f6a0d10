/**
 * `saidby kb build`: a knowledge base in the compact format (src/kb/compact.ts) from a Wikidata JSON dump or a
 * CSV/TSV table, streamed. Rows go to a temporary file as they are read, and the lookup keys to sorted runs in
 * temporary files (kb-runs.ts), merged after the rows: memory stays bounded, whatever the size of the input.
 */
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { COLUMNS, TYPE_CODES } from '../kb/compact.js';
import { bundledText } from '../kb/default.js';
import { CompactWriter } from '../kb/write.js';
import { SpillingKeyStore } from './kb-runs.js';
import type { EntityType } from '../types.js';
import { PERSON_CLASSES, ORGANIZATION_CLASSES, PLACE_CLASSES } from '../words/wikidata-classes.js';

/** The columns `saidby kb build` writes: the bundled knowledge base's, and the description. */
export const BUILD_COLUMNS: readonly string[] = [...COLUMNS, 'description'];

export type InputFormat = 'wikidata' | 'csv' | 'tsv';

export interface BuildOptions {
  readonly input: string;
  readonly out: string;
  readonly format?: InputFormat;
  readonly name?: string;
  /** Key records held in memory before a sorted run goes to a temporary file (default 200,000; for tests). */
  readonly runSize?: number;
  /** Called now and then with the input bytes read so far and the entities kept. */
  readonly onProgress?: (bytes: number, kept: number) => void;
}

export interface BuildReport {
  readonly read: number;
  readonly kept: number;
  readonly keys: number;
  readonly bytes: number;
}

const GZ = /\.gz$/;
const SLASHES = /[\\/]/;
/** A dump line is one entity followed by a comma, except the last: `{"id":"Q42",…},`. */
const TRAILING_COMMA = /,$/;
const BARS = /\|/g;
const ROWS_LENGTH = /\trows (\d+)/;

/** The input's format from its name: `.csv`, `.tsv` (each maybe `.gz`), anything else a Wikidata JSON dump. */
export function formatOf(path: string): InputFormat {
  const base = path.toLowerCase().replace(GZ, '');
  if (base.endsWith('.csv')) return 'csv';
  if (base.endsWith('.tsv') || base.endsWith('.tab')) return 'tsv';
  return 'wikidata';
}

/** Builds the file `out` from `input`; the file appears only when it is complete. */
export async function buildKnowledgeBase(options: BuildOptions): Promise<BuildReport> {
  const format = options.format ?? formatOf(options.input);
  const rowsFile = `${options.out}.rows.tmp`;
  const rowsOut = createWriteStream(rowsFile, { encoding: 'utf8' });
  const store = new SpillingKeyStore(`${options.out}.runs.tmp`, options.runSize);
  const writer = new CompactWriter(options.name ?? 'custom', (line) => rowsOut.write(line), {
    columns: BUILD_COLUMNS,
    notes: [`built by saidby kb build from ${options.input.split(SLASHES).pop() ?? ''}`],
    store,
  });
  let read = 0;
  let bytes = 0;
  try {
    const countries = countryNamesByQid();
    const rows = format === 'wikidata' ? dumpRows(countries) : tableRows(format === 'tsv' ? '\t' : ',');
    const input = lines(options.input, (n) => {
      bytes += n;
    });
    let tick = 0;
    for await (const line of input) {
      read++;
      const fields = rows(line);
      if (fields) {
        writer.addRow(fields);
        if (rowsOut.writableNeedDrain) await once(rowsOut, 'drain');
      }
      if (++tick === 2000) {
        tick = 0;
        options.onProgress?.(bytes, writer.entities);
      }
    }
    options.onProgress?.(bytes, writer.entities);
    rowsOut.end();
    await once(rowsOut, 'finish');
    const done = writer.finish();
    await assemble(options.out, rowsFile, done);
    return { read, kept: done.entities, keys: done.keyCount, bytes: statSync(options.out).size };
  } finally {
    rowsOut.destroy();
    rmSync(rowsFile, { force: true });
    store.dispose();
  }
}

/** Header, then the rows file, then the keys and surnames: written beside `out`, renamed into place at the end. */
async function assemble(out: string, rowsFile: string, done: ReturnType<CompactWriter['finish']>): Promise<void> {
  const partial = `${out}.partial`;
  const file = createWriteStream(partial, { encoding: 'utf8' });
  const put = async (s: string): Promise<void> => {
    if (!file.write(s)) await once(file, 'drain');
  };
  await put(done.header);
  for await (const chunk of createReadStream(rowsFile)) await put(chunk as string);
  for (const line of done.keys()) await put(line);
  for (const line of done.surnames()) await put(line);
  file.end();
  await once(file, 'finish');
  renameSync(partial, out);
}

/** Counts the raw bytes read (before any gunzip), for the progress bar. */
function counted(stream: Readable, add: (n: number) => void): Readable {
  const counter = new Transform({
    transform(chunk: Buffer, _enc, next) {
      add(chunk.length);
      next(null, chunk);
    },
  });
  stream.on('error', (err) => counter.destroy(err));
  return stream.pipe(counter);
}

/** The input's lines, gunzipped when the file starts with gzip's magic bytes (`latest-all.json.gz`). */
function lines(path: string, add: (n: number) => void): AsyncIterable<string> {
  const head = Buffer.alloc(2);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 2, 0);
  } finally {
    closeSync(fd);
  }
  const raw = counted(createReadStream(path), add);
  const input = head[0] === 0x1f && head[1] === 0x8b ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (err) => input.destroy(err));
  return createInterface({ input, crlfDelay: Infinity });
}

type RowOf = (line: string) => string[] | null;

/** Country QID → the knowledge base's lower-case name (`Q159` → `russia`), from the bundled knowledge base. */
function countryNamesByQid(): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  // Beside the built CLI (dist/kb-data.cjs), or in src/generated/ when run from the sources.
  const found = ['./kb-data.cjs', '../generated/kb.sbkb'].map((p) => new URL(p, import.meta.url)).find(existsSync);
  if (!found) return names; // the countries column stays empty
  const text = bundledText(found.pathname, readFileSync(found, 'utf8'));
  const start = text.indexOf('\n\n') + 2;
  for (const line of text.slice(start, start + Number(ROWS_LENGTH.exec(text)?.[1] ?? 0)).split('\n')) {
    const [id, type, label, , countries] = line.split('\t');
    if (id && type === 'l' && label && countries === label.toLowerCase()) names.set(id, countries);
  }
  return names;
}

/** Wikidata's JSON value of one claim's main snak, when it is an item: its QID. */
interface Claim {
  readonly mainsnak?: { readonly datavalue?: { readonly value?: { readonly id?: string } } };
  readonly rank?: string;
}
interface Entity {
  readonly id?: string;
  readonly type?: string;
  readonly labels?: Record<string, { readonly value?: string }>;
  readonly aliases?: Record<string, ReadonlyArray<{ readonly value?: string }>>;
  readonly descriptions?: Record<string, { readonly value?: string }>;
  readonly claims?: Record<string, readonly Claim[]>;
  readonly sitelinks?: Record<string, { readonly title?: string }>;
}

const MALE = 'Q6581097';
const FEMALE = 'Q6581072';

function itemValues(entity: Entity, property: string): string[] {
  const out: string[] = [];
  for (const c of entity.claims?.[property] ?? []) {
    const id = c.rank === 'deprecated' ? undefined : c.mainsnak?.datavalue?.value?.id;
    if (typeof id === 'string') out.push(id);
  }
  return out;
}

/** The type the linker uses, from the item's instance-of (P31) classes: person, organisation or place, or null. */
export function typeOfClasses(classes: readonly string[]): EntityType | null {
  if (classes.some((c) => PERSON_CLASSES.has(c))) return 'person';
  if (classes.some((c) => PLACE_CLASSES.has(c))) return 'place';
  if (classes.some((c) => ORGANIZATION_CLASSES.has(c))) return 'organization';
  return null;
}

/**
 * The prior from the number of Wikipedia and sister-project pages the item has: a rough measure of fame, from 0.05
 * (none) to 0.95 (300 or more): `Q7747` with ~250 sitelinks gets ~0.9, a local councillor with one ~0.16.
 */
export function priorOfSitelinks(count: number): number {
  const p = 0.05 + (0.9 * Math.log1p(count)) / Math.log1p(300);
  return Math.round(Math.min(0.95, p) * 100) / 100;
}

/** The English Wikipedia title without its parenthesis, as an alias: `Georgia (country)` → `Georgia`. */
const PARENTHESIS = / \([^()]*\)$/;

function dumpRows(countries: ReadonlyMap<string, string>): RowOf {
  return (line) => {
    const body = line.trim().replace(TRAILING_COMMA, '');
    if (!body.startsWith('{')) return null; // the array's `[` and `]`, and blank lines
    let entity: Entity;
    try {
      entity = JSON.parse(body) as Entity;
    } catch {
      return null;
    }
    const label = entity.labels?.['en']?.value;
    const id = entity.id;
    if (!label || !id || (entity.type !== undefined && entity.type !== 'item')) return null;
    const type = typeOfClasses(itemValues(entity, 'P31'));
    if (!type) return null;
    const aliases = (entity.aliases?.['en'] ?? []).map((a) => a.value ?? '');
    const enwiki = entity.sitelinks?.['enwiki']?.title;
    if (enwiki) aliases.push(enwiki.replace(PARENTHESIS, ''));
    const where = itemValues(entity, type === 'person' ? 'P27' : 'P17');
    const genders = type === 'person' ? itemValues(entity, 'P21') : [];
    const gender = genders[0] === MALE ? 'm' : genders[0] === FEMALE ? 'f' : '';
    return row({
      id,
      type,
      label,
      aliases,
      countries: [...new Set(where.map((q) => countries.get(q)).filter((c): c is string => !!c))],
      gender,
      prior: priorOfSitelinks(Object.keys(entity.sitelinks ?? {}).length),
      description: entity.descriptions?.['en']?.value ?? '',
    });
  };
}

interface RowFields {
  readonly id: string;
  readonly type: EntityType;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly countries?: readonly string[];
  readonly gender?: string;
  readonly prior: number;
  readonly description: string;
}

/** The fields in BUILD_COLUMNS order. `|` separates list items, so it is left out of each item. */
function row(r: RowFields): string[] {
  const items = (xs: readonly string[]): string =>
    [...new Set(xs.map((x) => x.replace(BARS, ' ').trim()).filter((x) => x && x !== r.label))].join('|');
  return [
    r.id,
    TYPE_CODES[r.type],
    r.label.replace(BARS, ' '),
    items(r.aliases),
    items(r.countries ?? []),
    '',
    r.gender ?? '',
    '',
    String(r.prior),
    r.description,
  ];
}

const TABLE_TYPES: Record<string, EntityType> = {
  person: 'person',
  p: 'person',
  organization: 'organization',
  organisation: 'organization',
  o: 'organization',
  place: 'place',
  l: 'place',
};

/**
 * Rows from a CSV or TSV table with a header line naming its columns: qid, label, aliases (`|`-separated), type
 * (person, organization, place), description, prior (0 to 1, default 0.5). Rows with an unknown type are skipped.
 */
function tableRows(separator: string): RowOf {
  let column: Map<string, number> | null = null;
  return (line) => {
    if (!line.trim()) return null;
    const cells = separator === ',' ? splitCsv(line) : line.split('\t');
    if (!column) {
      column = new Map(cells.map((c, i) => [c.trim().toLowerCase(), i]));
      for (const needed of ['qid', 'label', 'type'])
        if (!column.has(needed)) throw new Error(`saidby kb build: the table's header has no "${needed}" column`);
      return null;
    }
    const cell = (name: string): string => cells[column!.get(name) ?? -1]?.trim() ?? '';
    const type = TABLE_TYPES[cell('type').toLowerCase()];
    const id = cell('qid');
    const label = cell('label');
    if (!type || !id || !label) return null;
    const prior = Number(cell('prior') || 0.5);
    return row({
      id,
      type,
      label,
      aliases: cell('aliases').split('|'),
      prior: Number.isFinite(prior) ? Math.min(1, Math.max(0, prior)) : 0.5,
      description: cell('description'),
    });
  };
}

/** One CSV line's cells: commas separate, double quotes enclose, `""` is a quote inside them (RFC 4180, one line). */
export function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
