/**
 * The compact knowledge-base format (`.sbkb`, "saidby KB"): the bundled knowledge base and every file that
 * `saidby kb build` writes. Loading one costs nothing but reading the text: the rows and the lookup keys are kept in
 * the one string and searched in place, and a row becomes a candidate object only when a lookup finds it.
 *
 * The file is UTF-8 text with `\n` line ends. A header of `name<TAB>value` lines ends at a blank line:
 *
 *   saidby-kb<TAB>1                         the magic word and the format's version
 *   name<TAB>saidby-default                 the name links report as their `source`
 *   columns<TAB>id<TAB>type<TAB>label…      the row columns, by name (readers skip columns they do not know)
 *   entities<TAB>26957                      the number of rows
 *   sections<TAB>rows 123<TAB>keys 45<TAB>surnames 6   each section's length in UTF-16 code units
 *
 * Then three sections, one line per item:
 * - rows: one entity a line, its fields in the header's column order, lists joined with `|`;
 * - keys: `folded name<TAB>refs`, sorted by the folded name (JavaScript string order), where refs are the rows'
 *   offsets in the rows section, in base 36, joined with `,`, in the order lookups return them (by prior);
 * - surnames: the same for people by the last word of their label (`putin`), for when a name is not a key; each
 *   surname's refs in the order of the rows.
 *
 * A new field is a new column: writers list it in `columns`, old readers skip it. A change that old readers cannot
 * skip raises the version, and readers refuse versions they do not know.
 */
import type { EntityType, KbCandidate, KnowledgeBase, OfficeYears } from '../types.js';
import { normalizeName } from './parse.js';

/** The first header line's key and the version this reader understands. */
export const MAGIC = 'saidby-kb';
export const VERSION = 1;

/** The columns of the bundled knowledge base and of `saidby kb build`, in order. */
export const COLUMNS = [
  'id',
  'type',
  'label',
  'aliases',
  'countries',
  'roles',
  'gender',
  'until',
  'prior',
  'served',
  'within',
] as const;

/** One-letter type codes of the `type` column. */
export const TYPE_CODES: Readonly<Record<EntityType, string>> = {
  person: 'p',
  organization: 'o',
  place: 'l',
  group: 'g',
  other: 'x',
};
const TYPES: Record<string, EntityType> = { p: 'person', o: 'organization', l: 'place', g: 'group', x: 'other' };

/** A surname alone is weaker evidence than a full name: `Putin` finds Vladimir Putin at 0.6 of his prior. */
export const SURNAME_PRIOR = 0.6;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Where each section of a loaded file starts and ends in its text, and where each column is. */
interface Layout {
  readonly name: string;
  readonly entities: number;
  readonly rows: readonly [number, number];
  readonly keys: readonly [number, number];
  readonly surnames: readonly [number, number];
  readonly column: ReadonlyMap<string, number>;
}

/** A knowledge base read from the compact format, with the number of entities it holds. */
export interface CompactKnowledgeBase extends KnowledgeBase {
  readonly entities: number;
}

const NONE: readonly KbCandidate[] = [];
/** Lookups remembered per folded name; past this many, the memory starts afresh (a long JSONL run meets many). */
const CACHE_LIMIT = 50_000;

/**
 * A knowledge base from the text of a compact file. Throws a SyntaxError naming what is wrong when the text is not
 * one (`saidby-kb` header, a version this reader knows, sections that fit the text).
 *
 * @example
 * ```ts
 * import { parseKnowledgeBase } from 'saidby/kb';
 *
 * // A knowledge base built by `saidby kb build`, fetched by a web page:
 * const kb = parseKnowledgeBase(await (await fetch('/newsroom.sbkb')).text(), 'newsroom');
 * extractQuotes(text, { knowledgeBase: kb });
 * ```
 */
export function parseKnowledgeBase(text: string, name?: string): CompactKnowledgeBase {
  if (typeof text !== 'string') throw new TypeError(`saidby: a knowledge base must be text, got ${typeof text}`);
  const layout = readLayout(text);
  const rowCache = new Map<number, KbCandidate>();
  const surnameCache = new Map<number, KbCandidate>();
  const found = new Map<string, readonly KbCandidate[]>();
  const row = (ref: number): KbCandidate => {
    let c = rowCache.get(ref);
    if (!c) rowCache.set(ref, (c = parseRow(text, layout, ref)));
    return c;
  };
  const surname = (ref: number): KbCandidate => {
    let c = surnameCache.get(ref);
    if (!c) {
      const full = row(ref);
      surnameCache.set(ref, (c = { ...full, prior: full.prior * SURNAME_PRIOR }));
    }
    return c;
  };
  // `key` → candidates, `\u0001key` → surname candidates: one memory for both, cleared together.
  const candidates = (key: string, surnames: boolean): readonly KbCandidate[] => {
    const memo = surnames ? `\u0001${key}` : key;
    let list = found.get(memo);
    if (list) return list;
    const [start, end] = surnames ? layout.surnames : layout.keys;
    const refs = findRefs(text, start, end, key);
    list = refs ? refs.map(surnames ? surname : row) : NONE;
    if (found.size >= CACHE_LIMIT) found.clear();
    found.set(memo, list);
    return list;
  };
  return {
    name: name ?? layout.name,
    entities: layout.entities,
    lookup(n: string, type: EntityType | 'unknown'): readonly KbCandidate[] {
      const key = normalizeName(n);
      if (!key) return NONE;
      const exact = candidates(key, false);
      const found = type === 'unknown' ? exact : exact.filter((c) => c.type === type);
      // `Luján` names a town and, alone, Senator Ben Ray Luján: a person's surname is looked up when no person has
      // it as a full name
      if (found.length) return found;
      if (type !== 'person' && type !== 'unknown') return NONE;
      return candidates(key, true);
    },
  };
}

function bad(why: string): SyntaxError {
  return new SyntaxError(`saidby: not a saidby knowledge base (${MAGIC} ${VERSION}): ${why}`);
}

/** Reads the header: the sections' places in the text and the columns' places in a row. */
function readLayout(text: string): Layout {
  const headerEnd = text.indexOf('\n\n');
  if (headerEnd < 0) throw bad('no header');
  const fields = new Map<string, string[]>();
  for (const line of text.slice(0, headerEnd).split('\n')) {
    const [key = '', ...values] = line.split('\t');
    fields.set(key, values);
  }
  const version = fields.get(MAGIC)?.[0];
  if (version === undefined) throw bad(`the first line is not "${MAGIC}<TAB>${VERSION}"`);
  if (Number(version) !== VERSION) throw bad(`version ${version}; this saidby reads version ${VERSION}`);
  const columns = fields.get('columns') ?? [];
  const column = new Map(columns.map((c, i) => [c, i]));
  for (const needed of ['id', 'type', 'label']) if (!column.has(needed)) throw bad(`no "${needed}" column`);
  const lengths = new Map(
    (fields.get('sections') ?? []).map((s) => {
      const [k = '', v = ''] = s.split(' ');
      return [k, Number(v)];
    }),
  );
  let at = headerEnd + 2;
  const section = (key: string): [number, number] => {
    const length = lengths.get(key);
    if (length === undefined || !Number.isInteger(length) || length < 0) throw bad(`no length for section "${key}"`);
    const span: [number, number] = [at, at + length];
    at += length;
    if (at > text.length) throw bad(`section "${key}" runs past the end of the text (truncated file?)`);
    return span;
  };
  const rows = section('rows');
  const keys = section('keys');
  const surnames = section('surnames');
  const entities = Number(fields.get('entities')?.[0] ?? 0);
  return { name: fields.get('name')?.[0] || 'custom', entities, rows, keys, surnames, column };
}

/**
 * The refs of `key` in a sorted section, by binary search over its lines: the text is never split. Each step takes
 * the line around the middle of the range and compares its key (`putin` < `russia`).
 */
function findRefs(text: string, start: number, end: number, key: string): number[] | null {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const lineStart = Math.max(lo, text.lastIndexOf('\n', mid - 1) + 1);
    const tab = text.indexOf('\t', lineStart);
    const lineEnd = text.indexOf('\n', lineStart);
    if (tab < 0 || lineEnd < 0 || tab > lineEnd) return null; // a damaged line: no answer rather than a wrong one
    const lineKey = text.slice(lineStart, tab);
    if (lineKey === key) {
      return text
        .slice(tab + 1, lineEnd)
        .split(',')
        .map((r) => parseInt(r, 36));
    }
    if (lineKey < key) lo = lineEnd + 1;
    else hi = lineStart;
  }
  return null;
}

const list = (s: string | undefined): string[] => (s ? s.split('|') : []);

/** The candidate on the row at `ref` (its offset in the rows section). */
function parseRow(text: string, layout: Layout, ref: number): KbCandidate {
  const start = layout.rows[0] + ref;
  const end = text.indexOf('\n', start);
  const fields = text.slice(start, end < 0 ? layout.rows[1] : end).split('\t');
  const at = (col: string): string | undefined => {
    const i = layout.column.get(col);
    return i === undefined ? undefined : fields[i];
  };
  const c: Mutable<KbCandidate> = {
    id: at('id') ?? '',
    label: at('label') ?? '',
    type: TYPES[at('type') ?? 'x'] ?? 'other',
    prior: Number(at('prior')) || 0.05,
  };
  const countries = at('countries');
  const roles = at('roles');
  const gender = at('gender');
  const until = at('until');
  if (countries) c.countries = list(countries);
  if (roles) c.roles = list(roles);
  if (gender === 'm') c.gender = 'male';
  else if (gender === 'f') c.gender = 'female';
  if (until) c.until = Number(until);
  const served = at('served');
  const within = at('within');
  if (served) c.served = list(served).map(officeYears);
  if (within) c.within = list(within);
  return c;
}

/** `1981-1993` → { from: 1981, to: 1993 }; `2021-` → { from: 2021 } (still in office). */
function officeYears(span: string): OfficeYears {
  const [from = '', to = ''] = span.split('-');
  return to ? { from: Number(from), to: Number(to) } : { from: Number(from) };
}
