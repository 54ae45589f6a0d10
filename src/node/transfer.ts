import type { Result, Sentence, Span, Token, TokenKind } from '../types.js';
import { normalize } from '../segment/tokenize.js';

/**
 * A `Result` as it crosses from a worker thread to the main thread. Serialising every token, sentence and
 * paragraph object and the text copies they hold costs the main thread about half as long as the extraction took
 * in the worker (v8.serialize/deserialize of the train results: 95 MB), which is what would limit the workers.
 * So their offsets go as typed arrays (a copy of raw bytes), and the main thread, which has the input text,
 * rebuilds the objects (when first read: see unpack): `text` is always `input.slice(start, end)` and `norm` is
 * computed by the same function the tokenizer uses. Quotes, entities and warnings go as one JSON string: a string
 * crosses threads as one copy of its characters, and JSON.parse rebuilds the objects five to six times faster than
 * the structured clone's deserializer (some 19 KB per train article: 0.8 ms against 4.6 ms per article on the
 * loaded two-core machine; JSON.stringify in the worker is also cheaper than serializing). With the objects sent
 * as they were, the main thread was busy 20-36% of a two-worker run and two workers were slower than one thread.
 * The results are JSON data (no undefined, NaN or shared references), so the round trip gives them back equal.
 */
export interface PackedResult {
  /** Per token: start, end, kind index | lineBefore << 3. */
  readonly tokens: Int32Array;
  /** Per sentence: start, end, tokenStart, tokenEnd, paragraph. */
  readonly sentences: Int32Array;
  /** Per paragraph: start, end. */
  readonly paragraphs: Int32Array;
  /** `{ quotes, entities, warnings }` as JSON. */
  readonly json: string;
}

const KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'quote', 'symbol'];
const KIND_INDEX: ReadonlyMap<TokenKind, number> = new Map(KINDS.map((k, i) => [k, i]));

export function pack(r: Result): PackedResult {
  const tokens = new Int32Array(3 * r.tokens.length);
  r.tokens.forEach((t, i) => {
    tokens[3 * i] = t.start;
    tokens[3 * i + 1] = t.end;
    tokens[3 * i + 2] = (KIND_INDEX.get(t.kind) ?? 0) | (t.lineBefore ? 8 : 0);
  });
  const sentences = new Int32Array(5 * r.sentences.length);
  r.sentences.forEach((s, i) => sentences.set([s.start, s.end, s.tokenStart, s.tokenEnd, s.paragraph], 5 * i));
  const paragraphs = new Int32Array(2 * r.paragraphs.length);
  r.paragraphs.forEach((p, i) => paragraphs.set([p.start, p.end], 2 * i));
  const json = JSON.stringify({ quotes: r.quotes, entities: r.entities, warnings: r.warnings });
  return { tokens, sentences, paragraphs, json };
}

/**
 * The `Result` again, on the main thread. Its tokens, sentences and paragraphs (a few million small objects for a
 * few megabytes of text) are built when first read, then kept as ordinary properties: a consumer that reads only
 * quotes and entities never pays for them. Quotes, entities and warnings are parsed from their JSON together when
 * the first of them is read. They are enumerable, so JSON.stringify,
 * spreading and structuredClone see the same data as from `extractQuotes`. `head` (the input's index and id) comes
 * first in key order.
 */
export function unpack<H extends object>(text: string, p: PackedResult, head: H): H & Result {
  // The key order of assemble(): the same JSON as extractQuotes gives.
  const r = {
    ...head,
    text,
    tokens: [],
    sentences: [],
    paragraphs: [],
    quotes: [],
    entities: [],
    warnings: [],
  } as H & Result;
  let parsed: Pick<Result, 'quotes' | 'entities' | 'warnings'> | null = null;
  const rest = (): Pick<Result, 'quotes' | 'entities' | 'warnings'> =>
    (parsed ??= JSON.parse(p.json) as Pick<Result, 'quotes' | 'entities' | 'warnings'>);
  lazy(r, 'quotes', () => rest().quotes);
  lazy(r, 'entities', () => rest().entities);
  lazy(r, 'warnings', () => rest().warnings);
  lazy(r, 'tokens', () => tokensOf(text, p.tokens));
  lazy(r, 'sentences', () => sentencesOf(text, p.sentences));
  lazy(r, 'paragraphs', () => paragraphsOf(text, p.paragraphs));
  return r;
}

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
