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
 * `Result` from it: `[ints, quotes, entities, warnings]`.
 *
 * `ints` holds the offsets of the tokens, sentences, paragraphs and quotes in one `ArrayBuffer`, moved (not copied)
 * to the main thread: serialising every token, sentence and paragraph object would cost the main thread about half
 * as long as the extraction took in the worker, and on two cores the main thread's time is taken from the workers.
 * `text` is always `input.slice(start, end)`, and `norm` is computed by the same function the tokenizer uses. Layout,
 * in 32-bit integers: a header (HEADER: the counts, and the quotes' integers), 3 per token (start, end, kind index |
 * lineBefore << 3), 5 per sentence (start, end, tokenStart, tokenEnd, paragraph), 2 per paragraph (start, end), then
 * the quotes' (packQuote). It is null when none of those four was asked for (`fields: ['entities']`).
 *
 * The quotes' names (quoteWords), the entities and the warnings go as JSON strings, the entities as rows of offsets
 * and short names (entityRow, some 4.6 KB a news article), which the structured clone copies as they are and
 * `JSON.parse` reads back five to six times faster than the clone's deserializer reads objects. A field not asked for
 * is ''. Until 2026-12-05 the JSON went as UTF-8 bytes inside the moved buffer, which paid to encode and decode the
 * bytes, the quotes as rows: per train article (one thread, the articles five times over, each packed result
 * structured-cloned as it crosses), packing the quotes took 35 µs and reading them back 28-29 µs; as one flat JSON
 * array of offsets and names, 21-22.5 µs and 14.4-14.7 µs; now, 17-17.6 µs and 12-12.7 µs (docs/performance.md).
 * The results are JSON data (no undefined, NaN or shared references, lone surrogates escaped by JSON.stringify), so
 * the round trip gives them back equal.
 */
export type PackedResult = readonly [ints: ArrayBuffer | null, quotes: string, entities: string, warnings: string];

const KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'quote', 'symbol'];
const KIND_INDEX: ReadonlyMap<TokenKind, number> = new Map(KINDS.map((k, i) => [k, i]));

/** Header of `ints`: the counts of tokens, sentences and paragraphs, and the number of integers of the quotes. */
const HEADER = 4;

/** Every field: `extractQuotesMany`'s default. */
const ALL = fieldSet(null);

/** Packs the fields of `r` in `keep` (all by default); `text` is never packed, as the main thread has it. */
export function pack(r: Result, keep: ReadonlySet<ResultField> = ALL): PackedResult {
  const quotes = keep.has('quotes') ? r.quotes : null;
  const offsets = keep.has('tokens') || keep.has('sentences') || keep.has('paragraphs') || quotes !== null;
  return [
    offsets ? packInts(r, keep, quotes ?? []) : null,
    quotes === null ? '' : quoteWords(quotes),
    keep.has('entities') ? JSON.stringify(r.entities.map(entityRow)) : '',
    keep.has('warnings') ? JSON.stringify(r.warnings) : '',
  ];
}

/** The offsets of the tokens, sentences and paragraphs in `keep` and of `quotes`, as PackedResult's `ints`. */
function packInts(r: Result, keep: ReadonlySet<ResultField>, quotes: readonly Quote[]): ArrayBuffer {
  const tokens = keep.has('tokens') ? r.tokens : [];
  const sentences = keep.has('sentences') ? r.sentences : [];
  const paragraphs = keep.has('paragraphs') ? r.paragraphs : [];
  let quoteInts = 0;
  for (const q of quotes) quoteInts += quoteIntsOf(q);
  const n = new Int32Array(HEADER + 3 * tokens.length + 5 * sentences.length + 2 * paragraphs.length + quoteInts);
  n[0] = tokens.length;
  n[1] = sentences.length;
  n[2] = paragraphs.length;
  n[3] = quoteInts;
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
  for (const q of quotes) at = packQuote(n, at, q);
  return n.buffer;
}

/** The integer views of `ints`: empty when it is null. */
interface Layout {
  readonly tokens: Int32Array;
  readonly sentences: Int32Array;
  readonly paragraphs: Int32Array;
  readonly quotes: Int32Array;
}

const NO_INTS = new Int32Array(0);

function layoutOf(buffer: ArrayBuffer | null): Layout {
  if (buffer === null) return { tokens: NO_INTS, sentences: NO_INTS, paragraphs: NO_INTS, quotes: NO_INTS };
  const [tokens = 0, sentences = 0, paragraphs = 0, quotes = 0] = new Int32Array(buffer, 0, HEADER);
  const view = (from: number, count: number): Int32Array => new Int32Array(buffer, 4 * from, count);
  const q = HEADER + 3 * tokens + 5 * sentences + 2 * paragraphs;
  return {
    tokens: view(HEADER, 3 * tokens),
    sentences: view(HEADER + 3 * tokens, 5 * sentences),
    paragraphs: view(HEADER + 3 * tokens + 5 * sentences, 2 * paragraphs),
    quotes: view(q, quotes),
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

/**
 * What a result read back was sent, for the fields built when first read: kept under a symbol, not enumerable (no
 * copy sees it), for as long as the result lives.
 */
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
  quotes: ({ text, packed }) => quotesOf(text, layoutOf(packed[0]).quotes, packed[1]),
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
 * the main thread of a two-worker run of 4,200 articles: 110-128 ms of collection against 58-61 ms).
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
 * A quote as it crosses: its offsets in `ints`, its names in JSON. The integers are the number of parts `n`, then
 * `n` spans, then `1` and the cue's span or a lone `0`, then `1` and the speaker's mention's span or a lone `0`, where
 * a span is five integers, `start, end, tokenStart, tokenEnd, sentence` (quoteIntsOf counts them, packQuote writes
 * them): a span's `text` is `input.slice(start, end)`, and the quote's is its parts' joined by a space, as assemble's
 * toQuote makes it. The names, one flat JSON array for a document's
 * quotes (quoteWords): each quote's `id, kind, confidence, rule`, then the cue's `lemma, class` if it has one, then
 * the speaker's `entity, name, type` if it has one. The main thread reads integers and parses short names, not the
 * quotations' words a second time nor their offsets as text.
 */
function quoteIntsOf(q: Quote): number {
  return 1 + 5 * q.parts.length + (q.cue ? 6 : 1) + (q.speaker ? 6 : 1);
}

function packQuote(n: Int32Array, from: number, q: Quote): number {
  let at = from;
  n[at++] = q.parts.length;
  for (const p of q.parts) at = packSpan(n, at, p);
  if (q.cue === null) n[at++] = 0;
  else {
    n[at++] = 1;
    at = packSpan(n, at, q.cue);
  }
  if (q.speaker === null) n[at++] = 0;
  else {
    n[at++] = 1;
    at = packSpan(n, at, q.speaker.mention);
  }
  return at;
}

function packSpan(n: Int32Array, at: number, s: TokenSpan): number {
  n[at] = s.start;
  n[at + 1] = s.end;
  n[at + 2] = s.tokenStart;
  n[at + 3] = s.tokenEnd;
  n[at + 4] = s.sentence;
  return at + 5;
}

/** The names of `quotes`, in packQuote's order, as one JSON array. */
function quoteWords(quotes: readonly Quote[]): string {
  const words: unknown[] = [];
  for (const { id, kind, confidence, rule, cue, speaker } of quotes) {
    words.push(id, kind, confidence, rule);
    if (cue) words.push(cue.lemma, cue.class);
    if (speaker) words.push(speaker.entity, speaker.name, speaker.type);
  }
  return JSON.stringify(words);
}

/** The span at `at` in `n`, its text from `text`: the object assemble builds, keys in its order. */
function spanOf(text: string, n: Int32Array | readonly number[], at: number): TokenSpan {
  const start = n[at] as number;
  const end = n[at + 1] as number;
  return {
    start,
    end,
    text: text.slice(start, end),
    tokenStart: n[at + 2] as number,
    tokenEnd: n[at + 3] as number,
    sentence: n[at + 4] as number,
  };
}

/** The Quotes again, as extractQuotes gives them (the same keys in the same order), from packQuote and quoteWords. */
function quotesOf(text: string, n: Int32Array, json: string): Quote[] {
  const w = JSON.parse(json) as unknown[];
  const quotes: Quote[] = [];
  let k = 0;
  for (let at = 0; at < n.length;) {
    const count = n[at++] as number;
    const parts: TokenSpan[] = [];
    let words = '';
    for (let j = 0; j < count; j++, at += 5) {
      const part = spanOf(text, n, at);
      words = j === 0 ? part.text : `${words} ${part.text}`;
      parts.push(part);
    }
    const id = w[k] as string;
    const kind = w[k + 1] as Quote['kind'];
    const confidence = w[k + 2] as number;
    const rule = w[k + 3] as Quote['rule'];
    k += 4;
    let cue: Cue | null = null;
    if (n[at++] === 1) {
      // The span, then what the cue adds to it, last: assemble's key order, without a spread (slow here).
      cue = Object.assign(spanOf(text, n, at), { lemma: w[k] as Cue['lemma'], class: w[k + 1] as Cue['class'] });
      at += 5;
      k += 2;
    }
    let speaker: Speaker | null = null;
    if (n[at++] === 1) {
      const mention = spanOf(text, n, at);
      speaker = {
        mention,
        entity: w[k] as Speaker['entity'],
        name: w[k + 1] as Speaker['name'],
        type: w[k + 2] as Speaker['type'],
      };
      at += 5;
      k += 3;
    }
    quotes.push({ id, kind, parts, text: words, cue, speaker, confidence, rule });
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
