import type {
  Cue,
  Entity,
  Mention,
  Quote,
  Result,
  Sentence,
  Span,
  Speaker,
  Token,
  TokenKind,
  TokenSpan,
} from '../types.js';
import { normalize } from '../segment/tokenize.js';
import { fieldSet, type ResultField } from './fields.js';

/**
 * A `Result` as it crosses from a worker thread to the main thread, which has the input text and rebuilds the
 * `Result` from it when its parts are first read: `[ints, quotes, entities, warnings]`.
 *
 * `ints` holds the offsets of the tokens, sentences and paragraphs in one `ArrayBuffer`, moved (not copied) to the
 * main thread: serialising every token, sentence and paragraph object would cost the main thread about half as long
 * as the extraction took in the worker, and on two cores the main thread's time is taken from the workers. `text` is
 * always `input.slice(start, end)`, and `norm` is computed by the same function the tokenizer uses. Layout, in 32-bit
 * integers: a header (HEADER: the counts), 3 per token (start, end, kind index | lineBefore << 3), 5 per sentence
 * (start, end, tokenStart, tokenEnd, paragraph), 2 per paragraph (start, end). It is null when none of the three
 * was asked for (`fields: ['quotes']`).
 *
 * Quotes, entities and warnings go as JSON strings, the quotes and entities as rows of offsets and short names
 * (packQuotes, entityRow: some 2 KB and 4.6 KB a news article) that the structured clone copies as they are and
 * `JSON.parse` reads back five to six times faster than the clone's deserializer reads objects; each is parsed when
 * first read, so a consumer that reads only `quotes` never decodes the entities. A field not asked for is ''. Until
 * 2026-12-05 the JSON went as UTF-8 bytes inside the moved buffer, which paid to encode and decode the bytes and to
 * allocate a buffer per document: with the quotes as rows of offsets, packing them took 35 µs a train article and
 * reading them back 28-29 µs, against 20-22 µs and 14 µs now with the flat form below (one thread, the articles five
 * times over, each packed result structured-cloned as it crosses; docs/performance.md). The results are JSON data (no
 * undefined, NaN or shared references, lone surrogates escaped by JSON.stringify), so the round trip gives them back
 * equal.
 */
export type PackedResult = readonly [ints: ArrayBuffer | null, quotes: string, entities: string, warnings: string];

const KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'quote', 'symbol'];
const KIND_INDEX: ReadonlyMap<TokenKind, number> = new Map(KINDS.map((k, i) => [k, i]));

/** Header of `ints`: the counts of tokens, sentences and paragraphs. */
const HEADER = 3;

/** Every field: `extractQuotesMany`'s default. */
const ALL = fieldSet(null);

/** Packs the fields of `r` in `keep` (all by default); `text` is never packed, as the main thread has it. */
export function pack(r: Result, keep: ReadonlySet<ResultField> = ALL): PackedResult {
  const ints = keep.has('tokens') || keep.has('sentences') || keep.has('paragraphs') ? packInts(r, keep) : null;
  return [
    ints,
    keep.has('quotes') ? packQuotes(r.quotes) : '',
    keep.has('entities') ? JSON.stringify(r.entities.map(entityRow)) : '',
    keep.has('warnings') ? JSON.stringify(r.warnings) : '',
  ];
}

/** The offsets of the tokens, sentences and paragraphs in `keep`, as PackedResult's `ints`. */
function packInts(r: Result, keep: ReadonlySet<ResultField>): ArrayBuffer {
  const tokens = keep.has('tokens') ? r.tokens : [];
  const sentences = keep.has('sentences') ? r.sentences : [];
  const paragraphs = keep.has('paragraphs') ? r.paragraphs : [];
  const n = new Int32Array(HEADER + 3 * tokens.length + 5 * sentences.length + 2 * paragraphs.length);
  n[0] = tokens.length;
  n[1] = sentences.length;
  n[2] = paragraphs.length;
  let at = HEADER;
  for (const t of tokens) {
    n[at++] = t.start;
    n[at++] = t.end;
    n[at++] = (KIND_INDEX.get(t.kind) ?? 0) | (t.lineBefore ? 8 : 0);
  }
  for (const s of sentences) {
    n[at++] = s.start;
    n[at++] = s.end;
    n[at++] = s.tokenStart;
    n[at++] = s.tokenEnd;
    n[at++] = s.paragraph;
  }
  for (const p of paragraphs) {
    n[at++] = p.start;
    n[at++] = p.end;
  }
  return n.buffer;
}

/** The integer views of `ints`: empty when it is null. */
interface Layout {
  readonly tokens: Int32Array;
  readonly sentences: Int32Array;
  readonly paragraphs: Int32Array;
}

function layoutOf(buffer: ArrayBuffer | null): Layout {
  if (buffer === null)
    return { tokens: new Int32Array(0), sentences: new Int32Array(0), paragraphs: new Int32Array(0) };
  const [tokens = 0, sentences = 0, paragraphs = 0] = new Int32Array(buffer, 0, HEADER);
  const view = (from: number, count: number): Int32Array => new Int32Array(buffer, 4 * from, count);
  return {
    tokens: view(HEADER, 3 * tokens),
    sentences: view(HEADER + 3 * tokens, 5 * sentences),
    paragraphs: view(HEADER + 3 * tokens + 5 * sentences, 2 * paragraphs),
  };
}

/**
 * The `Result` again, on the main thread. `head` (the input's index and id) comes first in key order; then the fields
 * in `keep` (all by default: those that `pack` was given), in extractQuotes's key order. Without `now`, each is built
 * when first read, then kept as an ordinary property: tokens, sentences and paragraphs are a few million small
 * objects for a few megabytes of text, and entities cost twice what quotes do to read back, so a consumer that reads
 * only quotes never pays for them. They are enumerable, so JSON.stringify, spreading and structuredClone see the same
 * data as from `extractQuotes`. With `now` (a caller who named the fields it reads), they are built at once, as plain
 * properties: a first read that builds a field costs a redefinition of the property, and on the main thread of a
 * two-worker run of 4,200 articles reading each one's quotes, 0.04 s in 4.6 s (docs/performance.md).
 */
export function unpack<H extends object>(
  text: string,
  packed: PackedResult,
  head: H,
  keep: ReadonlySet<ResultField> = ALL,
  now = false,
): H & Result {
  const r = { ...head } as Record<string, unknown>;
  const sent: Sent = { text, packed };
  if (!now) Object.defineProperty(r, SENT, { value: sent, configurable: true });
  for (const k of KEY_ORDER) {
    if (!keep.has(k)) continue;
    if (k === 'text') r.text = text;
    else if (now) r[k] = BUILDERS[k](sent);
    else Object.defineProperty(r, k, ACCESSORS[k]);
  }
  return r as H & Result;
}

/** The key order of assemble(): the same JSON as extractQuotes gives. */
const KEY_ORDER: readonly ResultField[] = [
  'text',
  'tokens',
  'sentences',
  'paragraphs',
  'quotes',
  'entities',
  'warnings',
];

/** What a result read back holds until its fields are read: under a symbol, not enumerable (no copy sees it). */
const SENT = Symbol('saidby.sent');
interface Sent {
  readonly text: string;
  readonly packed: PackedResult;
}
type LazyField = Exclude<ResultField, 'text'>;

/** How each lazy field is built from what was sent. */
const BUILDERS: Readonly<Record<LazyField, (s: Sent) => unknown>> = {
  tokens: ({ text, packed }) => tokensOf(text, layoutOf(packed[0]).tokens),
  sentences: ({ text, packed }) => sentencesOf(text, layoutOf(packed[0]).sentences),
  paragraphs: ({ text, packed }) => paragraphsOf(text, layoutOf(packed[0]).paragraphs),
  quotes: ({ text, packed }) => quotesOf(text, packed[1]),
  entities: ({ text, packed }) => (JSON.parse(packed[2]) as EntityRow[]).map((e) => entityOf(text, e)),
  warnings: ({ packed }) => JSON.parse(packed[3]) as unknown,
};

/** Makes `key` of `o` a plain data property holding `value`. */
function settle(o: object, key: string, value: unknown): unknown {
  Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

/**
 * Each lazy field's property: built on first read (or replaced on first write), then a plain data property. One
 * getter and setter per field, shared by every result, rather than closures per result: V8 keeps an accessor's
 * functions in the object's hidden class, which lives in the old generation, so closures per result kept each
 * result alive through young-generation collections until a full one, with every quote read from it (measured on
 * the main thread of a two-worker run of 4,200 articles: 110-128 ms of collection against 37-51 ms).
 */
const ACCESSORS = Object.fromEntries(
  (Object.keys(BUILDERS) as LazyField[]).map((key) => [
    key,
    {
      enumerable: true,
      configurable: true,
      get(this: Record<PropertyKey, unknown>): unknown {
        return settle(this, key, BUILDERS[key](this[SENT] as Sent));
      },
      set(this: object, value: unknown): void {
        settle(this, key, value);
      },
    },
  ]),
) as Readonly<Record<LazyField, PropertyDescriptor>>;

function tokensOf(text: string, t: Int32Array): Token[] {
  const tokens: Token[] = new Array<Token>(t.length / 3);
  for (let i = 0; i < tokens.length; i++) {
    const start = t[3 * i] as number;
    const end = t[3 * i + 1] as number;
    const bits = t[3 * i + 2] as number;
    const s = text.slice(start, end);
    tokens[i] = {
      i,
      start,
      end,
      text: s,
      kind: KINDS[bits & 7] as TokenKind,
      norm: normalize(s),
      lineBefore: (bits & 8) !== 0,
    };
  }
  return tokens;
}

function sentencesOf(text: string, q: Int32Array): Sentence[] {
  const sentences: Sentence[] = new Array<Sentence>(q.length / 5);
  for (let i = 0; i < sentences.length; i++) {
    const start = q[5 * i] as number;
    const end = q[5 * i + 1] as number;
    sentences[i] = {
      start,
      end,
      text: text.slice(start, end),
      tokenStart: q[5 * i + 2] as number,
      tokenEnd: q[5 * i + 3] as number,
      paragraph: q[5 * i + 4] as number,
    };
  }
  return sentences;
}

function paragraphsOf(text: string, g: Int32Array): Span[] {
  const paragraphs: Span[] = new Array<Span>(g.length / 2);
  for (let i = 0; i < paragraphs.length; i++) {
    const start = g[2 * i] as number;
    const end = g[2 * i + 1] as number;
    paragraphs[i] = { start, end, text: text.slice(start, end) };
  }
  return paragraphs;
}

/**
 * The quotes as they cross: one flat array of numbers and short strings for all of a document's quotes, each quote
 * `id, kind, n, n parts' spans, cue, speaker, confidence, rule`, where a span is its offsets alone (`start, end,
 * tokenStart, tokenEnd, sentence`: its `text` is `input.slice(start, end)`, and the quote's is its parts' joined by a
 * space, as assemble's toQuote makes it), the cue `1, span, lemma, class` or `0`, and the speaker `1, the mention's
 * span, entity, name, type` or `0`. The main thread parses numbers and short names, not the quotations' words a
 * second time, and one array, not four small arrays a quote: in a scratch harness (one thread, a train article),
 * packing 18 µs and reading back 10-11 µs, against 20-22 µs and 22-30 µs for the same JSON as rows.
 */
function packQuotes(quotes: readonly Quote[]): string {
  const out: unknown[] = [];
  for (const q of quotes) {
    out.push(q.id, q.kind, q.parts.length);
    for (const p of q.parts) pushSpan(out, p);
    const { cue: c, speaker: s } = q;
    if (c === null) out.push(0);
    else {
      out.push(1);
      pushSpan(out, c);
      out.push(c.lemma, c.class);
    }
    if (s === null) out.push(0);
    else {
      out.push(1);
      pushSpan(out, s.mention);
      out.push(s.entity, s.name, s.type);
    }
    out.push(q.confidence, q.rule);
  }
  return JSON.stringify(out);
}

function pushSpan(out: unknown[], s: TokenSpan): void {
  out.push(s.start, s.end, s.tokenStart, s.tokenEnd, s.sentence);
}

/** The span at `at` in `flat`, its text from `text`: the object assemble builds, keys in its order. */
function spanOf(text: string, flat: readonly unknown[], at: number): TokenSpan {
  const start = flat[at] as number;
  const end = flat[at + 1] as number;
  return {
    start,
    end,
    text: text.slice(start, end),
    tokenStart: flat[at + 2] as number,
    tokenEnd: flat[at + 3] as number,
    sentence: flat[at + 4] as number,
  };
}

/** The Quotes again, as extractQuotes gives them (the same keys in the same order), from packQuotes's JSON. */
function quotesOf(text: string, json: string): Quote[] {
  const f = JSON.parse(json) as unknown[];
  const quotes: Quote[] = [];
  for (let at = 0; at < f.length;) {
    const id = f[at] as string;
    const kind = f[at + 1] as Quote['kind'];
    const n = f[at + 2] as number;
    at += 3;
    const parts: TokenSpan[] = [];
    let words = '';
    for (let k = 0; k < n; k++, at += 5) {
      const part = spanOf(text, f, at);
      words = k === 0 ? part.text : `${words} ${part.text}`;
      parts.push(part);
    }
    let cue: Cue | null = null;
    if (f[at++] === 1) {
      // The span, then what the cue adds to it, last: assemble's key order, without a spread (slow here).
      cue = Object.assign(spanOf(text, f, at), { lemma: f[at + 5] as Cue['lemma'], class: f[at + 6] as Cue['class'] });
      at += 7;
    }
    let speaker: Speaker | null = null;
    if (f[at++] === 1) {
      const mention = spanOf(text, f, at);
      speaker = {
        mention,
        entity: f[at + 5] as Speaker['entity'],
        name: f[at + 6] as Speaker['name'],
        type: f[at + 7] as Speaker['type'],
      };
      at += 8;
    }
    quotes.push({
      id,
      kind,
      parts,
      text: words,
      cue,
      speaker,
      confidence: f[at] as number,
      rule: f[at + 1] as Quote['rule'],
    });
    at += 2;
  }
  return quotes;
}

/**
 * An entity as it crosses: its mentions as offsets, `[start, end, tokenStart, tokenEnd, sentence, kind]` each (the
 * kind as its index in MENTION_KINDS), their words sliced from the text on the main thread as for quotes; the rest
 * as it is, the link or 0 last.
 */
type EntityRow = readonly [
  id: string,
  name: string,
  type: Entity['type'],
  mentions: readonly number[],
  titles: string[],
  gender: Entity['gender'],
  nationality: Entity['nationality'],
  affiliations: string[],
  link: NonNullable<Entity['link']> | 0,
];

const MENTION_KINDS: readonly Mention['kind'][] = ['name', 'pronoun', 'description'];

function entityRow(e: Entity): EntityRow {
  const mentions: number[] = [];
  for (const m of e.mentions) {
    mentions.push(m.start, m.end, m.tokenStart, m.tokenEnd, m.sentence, MENTION_KINDS.indexOf(m.kind));
  }
  return [e.id, e.name, e.type, mentions, e.titles, e.gender, e.nationality, e.affiliations, e.link ?? 0];
}

/** The Entity again, as extractQuotes gives it (the same keys in the same order; `link` only when linked). */
function entityOf(
  text: string,
  [id, name, type, flat, titles, gender, nationality, affiliations, link]: EntityRow,
): Entity {
  const mentions: Mention[] = [];
  for (let at = 0; at < flat.length; at += 6) {
    // The span, then its kind, last: mentionOf's key order, without a spread (slow here).
    mentions.push(
      Object.assign(spanOf(text, flat, at), { kind: MENTION_KINDS[flat[at + 5] as number] as Mention['kind'] }),
    );
  }
  return link === 0
    ? { id, name, type, mentions, titles, gender, nationality, affiliations }
    : { id, name, type, mentions, titles, gender, nationality, affiliations, link };
}
