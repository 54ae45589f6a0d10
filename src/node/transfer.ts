import { Buffer } from 'node:buffer';
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
 * A `Result` as it crosses from a worker thread to the main thread: one `ArrayBuffer`, moved (not copied) to the
 * main thread, which has the input text and rebuilds the `Result` from it when its parts are first read.
 *
 * Why one buffer. Serialising every token, sentence and paragraph object costs the main thread about half as long as
 * the extraction took in the worker, and on two cores the main thread's time is taken from the workers. Offsets go as
 * integers: `text` is always `input.slice(start, end)`, and `norm` is computed by the same function the tokenizer
 * uses. Quotes, entities and warnings go as JSON, each its own UTF-8 run of bytes: `JSON.parse` rebuilds objects five
 * to six times faster than the structured clone's deserializer, a consumer that reads only `quotes` never decodes the
 * entities (some 60% of the JSON of a news article), and bytes in a moved buffer are neither copied nor held in the
 * main thread's heap, where news text's curly quotes made each JSON string a two-byte string of ~50 KB that the
 * young-generation collector had to copy. Measured per train article on the loaded two-core machine (one thread,
 * CPU time): posting the JSON as a string 0.10-0.14 ms and receiving it 0.05 ms, against 0.03 ms to encode it into
 * the buffer and 0.001-0.005 ms to post and receive the moved buffer; parsing quotes alone 0.05-0.08 ms, all three
 * 0.16-0.17 ms. The results are JSON data (no undefined, NaN or shared references, lone surrogates escaped by
 * JSON.stringify), so the round trip gives them back equal.
 *
 * Layout, in 32-bit integers then bytes: a header (HEADER), 3 per token (start, end, kind index | lineBefore << 3),
 * 5 per sentence (start, end, tokenStart, tokenEnd, paragraph), 2 per paragraph (start, end), then the UTF-8 JSON of
 * quotes, entities and warnings, one after another. A field the caller did not ask for (`fields: ['quotes']`) is
 * not packed: its count or byte length is 0, and the main thread leaves it out of the result.
 */
export type PackedResult = ArrayBuffer;

const KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'quote', 'symbol'];
const KIND_INDEX: ReadonlyMap<TokenKind, number> = new Map(KINDS.map((k, i) => [k, i]));

/** Header: counts of tokens, sentences and paragraphs, then the byte lengths of the three JSON runs. */
const HEADER = 6;
const JSON_FIELDS = ['quotes', 'entities', 'warnings'] as const;
type JsonField = (typeof JSON_FIELDS)[number];

/** Every field: `extractQuotesMany`'s default. */
const ALL = fieldSet(null);

/** Each JSON field as it is sent: quotes and entities as rows of offsets (quoteRow, entityRow), warnings as is. */
const AS_SENT: Readonly<Record<JsonField, (r: Result) => unknown>> = {
  quotes: (r) => r.quotes.map(quoteRow),
  entities: (r) => r.entities.map(entityRow),
  warnings: (r) => r.warnings,
};

/** The JSON at `range` of the buffer's bytes, parsed. */
const parse = (bytes: Buffer, [start, end]: readonly [number, number]): unknown =>
  JSON.parse(bytes.toString('utf8', start, end));

/** Packs the fields of `r` in `keep` (all by default); `text` is never packed, as the main thread has it. */
export function pack(r: Result, keep: ReadonlySet<ResultField> = ALL): PackedResult {
  const json = JSON_FIELDS.map((k) => (keep.has(k) ? JSON.stringify(AS_SENT[k](r)) : ''));
  const bytes = json.map((s) => Buffer.byteLength(s, 'utf8'));
  const tokens = keep.has('tokens') ? r.tokens : [];
  const sentences = keep.has('sentences') ? r.sentences : [];
  const paragraphs = keep.has('paragraphs') ? r.paragraphs : [];
  const ints = HEADER + 3 * tokens.length + 5 * sentences.length + 2 * paragraphs.length;
  const buffer = new ArrayBuffer(4 * ints + bytes.reduce((a, b) => a + b, 0));
  const n = new Int32Array(buffer, 0, ints);
  n.set([tokens.length, sentences.length, paragraphs.length, ...bytes]);
  let at = HEADER;
  for (const t of tokens) {
    n[at++] = t.start;
    n[at++] = t.end;
    n[at++] = (KIND_INDEX.get(t.kind) ?? 0) | (t.lineBefore ? 8 : 0);
  }
  for (const s of sentences) {
    n.set([s.start, s.end, s.tokenStart, s.tokenEnd, s.paragraph], at);
    at += 5;
  }
  for (const p of paragraphs) {
    n.set([p.start, p.end], at);
    at += 2;
  }
  const out = Buffer.from(buffer);
  let offset = 4 * ints;
  json.forEach((s, k) => {
    offset += out.write(s, offset, bytes[k] ?? 0, 'utf8');
  });
  return buffer;
}

/** Where each part of a packed result lies: the integer views, and the byte ranges of the JSON runs. */
interface Layout {
  readonly tokens: Int32Array;
  readonly sentences: Int32Array;
  readonly paragraphs: Int32Array;
  readonly json: Readonly<Record<JsonField, readonly [number, number]>>;
}

function layoutOf(buffer: ArrayBuffer): Layout {
  const [tokens = 0, sentences = 0, paragraphs = 0, ...bytes] = new Int32Array(buffer, 0, HEADER);
  const view = (from: number, count: number): Int32Array => new Int32Array(buffer, 4 * from, count);
  const t = view(HEADER, 3 * tokens);
  const s = view(HEADER + 3 * tokens, 5 * sentences);
  const p = view(HEADER + 3 * tokens + 5 * sentences, 2 * paragraphs);
  let offset = 4 * (HEADER + 3 * tokens + 5 * sentences + 2 * paragraphs);
  const json = {} as Record<JsonField, readonly [number, number]>;
  JSON_FIELDS.forEach((k, i) => {
    const start = offset;
    offset += bytes[i] ?? 0;
    json[k] = [start, offset];
  });
  return { tokens: t, sentences: s, paragraphs: p, json };
}

/**
 * The `Result` again, on the main thread. Its tokens, sentences and paragraphs (a few million small objects for a
 * few megabytes of text) are built when first read, then kept as ordinary properties: a consumer that reads only
 * quotes never pays for them. Quotes, entities and warnings are each decoded and parsed when first read. They are
 * enumerable, so JSON.stringify, spreading and structuredClone see the same data as from `extractQuotes`. `head`
 * (the input's index and id) comes first in key order. Only the fields in `keep` are there (all by default): those
 * that `pack` was given.
 */
export function unpack<H extends object>(
  text: string,
  packed: PackedResult,
  head: H,
  keep: ReadonlySet<ResultField> = ALL,
): H & Result {
  const r = { ...head } as Record<string, unknown>;
  const p = layoutOf(packed);
  const bytes = Buffer.from(packed);
  const builders: Readonly<Record<Exclude<ResultField, 'text'>, () => unknown>> = {
    tokens: () => tokensOf(text, p.tokens),
    sentences: () => sentencesOf(text, p.sentences),
    paragraphs: () => paragraphsOf(text, p.paragraphs),
    quotes: () => (parse(bytes, p.json.quotes) as QuoteRow[]).map((q) => quoteOf(text, q)),
    entities: () => (parse(bytes, p.json.entities) as EntityRow[]).map((e) => entityOf(text, e)),
    warnings: () => parse(bytes, p.json.warnings),
  };
  for (const k of KEY_ORDER) {
    if (!keep.has(k)) continue;
    if (k === 'text') r.text = text;
    else lazy(r, k, builders[k]);
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

/** Makes `key` of `o` a value computed on first read (or replaced on first write), then a plain data property. */
function lazy(o: object, key: string, build: () => unknown): void {
  const settle = (value: unknown): void => {
    Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(o, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = build();
      settle(value);
      return value;
    },
    set: settle,
  });
}

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
 * A quote as it crosses: its spans as offsets alone, `[start, end, tokenStart, tokenEnd, sentence]`, since every
 * span's `text` is `input.slice(start, end)` and the quote's is its parts' joined by a space (assemble's toQuote);
 * the rest as it is. A news article's quotes take some half the bytes they take as objects, and the main thread
 * parses numbers and short names, not the quotations' words a second time. `[id, kind, parts (five numbers
 * each), cue (a span, lemma, class) or 0, speaker (the mention's span, entity, name, type) or 0, confidence, rule]`.
 */
type QuoteRow = readonly [
  id: string,
  kind: Quote['kind'],
  parts: readonly number[],
  cue: readonly [...SpanRow, Cue['lemma'], Cue['class']] | 0,
  speaker: readonly [...SpanRow, Speaker['entity'], Speaker['name'], Speaker['type']] | 0,
  confidence: number,
  rule: Quote['rule'],
];
type SpanRow = [start: number, end: number, tokenStart: number, tokenEnd: number, sentence: number];

const spanRow = (s: TokenSpan): SpanRow => [s.start, s.end, s.tokenStart, s.tokenEnd, s.sentence];

function quoteRow(q: Quote): QuoteRow {
  const { cue, speaker } = q;
  return [
    q.id,
    q.kind,
    q.parts.flatMap(spanRow),
    cue ? [...spanRow(cue), cue.lemma, cue.class] : 0,
    speaker ? [...spanRow(speaker.mention), speaker.entity, speaker.name, speaker.type] : 0,
    q.confidence,
    q.rule,
  ];
}

/** The span at `at` in `row`, its text from `text`: the object assemble builds, keys in its order. */
function spanOf(text: string, row: readonly unknown[], at: number): TokenSpan {
  const start = row[at] as number;
  const end = row[at + 1] as number;
  return {
    start,
    end,
    text: text.slice(start, end),
    tokenStart: row[at + 2] as number,
    tokenEnd: row[at + 3] as number,
    sentence: row[at + 4] as number,
  };
}

/** The Quote again, as extractQuotes gives it (the same keys in the same order). */
function quoteOf(text: string, [id, kind, flat, c, s, confidence, rule]: QuoteRow): Quote {
  const parts: TokenSpan[] = [];
  let words = '';
  for (let at = 0; at < flat.length; at += 5) {
    const part = spanOf(text, flat, at);
    words = at === 0 ? part.text : `${words} ${part.text}`;
    parts.push(part);
  }
  // The span, then what the cue adds to it, last: assemble's key order, without a spread (slow here).
  const cue: Cue | null = c === 0 ? null : Object.assign(spanOf(text, c, 0), { lemma: c[5], class: c[6] });
  const speaker: Speaker | null =
    s === 0 ? null : { mention: spanOf(text, s, 0), entity: s[5], name: s[6], type: s[7] };
  return { id, kind, parts, text: words, cue, speaker, confidence, rule };
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
