// The compact form a Result takes from a worker thread to the main thread (src/node/transfer.ts).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { checkFields, RESULT_FIELDS, type ResultField } from '../src/node/fields.js';
import { pack, type PackedResult, unpack } from '../src/node/transfer.js';

const ARTICLE = readFileSync(new URL('../examples/article.txt', import.meta.url), 'utf8');

/** What a packed result takes to send: its offsets' bytes and its JSON's characters. */
const sizeOf = ([ints, ...json]: PackedResult): number =>
  (ints?.byteLength ?? 0) + json.reduce((n, s) => n + s.length, 0);

describe('pack / unpack', () => {
  it.each([
    ['the example article', ARTICLE],
    [
      'curly quotes, apostrophes and line breaks',
      '“It’s done,” Anna Berg’s aide said.\r\n\r\nMs. O’Neil said they’d ‘see’.',
    ],
    ['emoji and surrogate pairs', 'He said "🇫🇷 👍🏽 ok" — 𝒜𝒷𝒸 said.'],
    [
      'hard-wrapped lines inside a quotation',
      'The harbour master, Ines Duarte, spoke to reporters on the quay late on\n' +
        'Tuesday. "We will reopen the ferry route once the pier has been checked\n' +
        'from end to end by the engineers," she said, adding that the work would\n' +
        'take at least a week.',
    ],
    ['an empty text', ''],
  ])('gives back the same JSON: %s', (_name, text) => {
    const r = extractQuotes(text);
    expect(JSON.stringify(unpack(text, pack(r), {}))).toBe(JSON.stringify(r));
  });

  it('is the offsets in one ArrayBuffer and the rest as JSON, and survives a structured clone and a move', () => {
    const r = extractQuotes(ARTICLE);
    const packed = pack(r);
    const [ints, quotes, entities, warnings] = packed;
    expect(ints).toBeInstanceOf(ArrayBuffer);
    // Three integers per token, five per sentence, two per paragraph and the quotes' offsets after a four-integer
    // header (the counts, and the quotes' integers).
    const quoteInts = r.quotes.reduce((n, q) => n + 1 + 5 * q.parts.length + (q.cue ? 6 : 1) + (q.speaker ? 6 : 1), 0);
    const header = [r.tokens.length, r.sentences.length, r.paragraphs.length, quoteInts];
    expect([...new Int32Array(ints!, 0, 4)]).toEqual(header);
    expect(ints!.byteLength).toBe(
      4 * (4 + 3 * r.tokens.length + 5 * r.sentences.length + 2 * r.paragraphs.length + quoteInts),
    );
    // The quotes' names and the entities as offsets and short names (no words), the warnings as they are.
    expect(quotes.length).toBeLessThan(0.4 * JSON.stringify(r.quotes).length);
    expect(entities.length).toBeLessThan(0.7 * JSON.stringify(r.entities).length);
    expect(warnings).toBe(JSON.stringify(r.warnings));
    expect(unpack(ARTICLE, structuredClone(packed), {})).toEqual(r);
    const moved = structuredClone(packed, { transfer: [ints!] });
    expect(ints!.byteLength).toBe(0); // detached: moved, not copied
    expect(unpack(ARTICLE, moved, {})).toEqual(r);
  });

  it('decodes quotes, entities and warnings one by one, on first read', () => {
    const r = extractQuotes(ARTICLE);
    const u = unpack(ARTICLE, pack(r), {});
    for (const k of ['quotes', 'entities', 'warnings'] as const) {
      expect(Object.getOwnPropertyDescriptor(u, k)?.get).toBeTypeOf('function');
    }
    expect(u.quotes).toEqual(r.quotes);
    expect(Object.getOwnPropertyDescriptor(u, 'quotes')?.value).toBe(u.quotes);
    expect(Object.getOwnPropertyDescriptor(u, 'entities')?.get).toBeTypeOf('function'); // not decoded yet
    expect(u.entities).toEqual(r.entities);
    expect(u.warnings).toEqual(r.warnings);
  });

  it('gives back the same JSON for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const r = extractQuotes(text);
        expect(JSON.stringify(unpack(text, pack(r), {}))).toBe(JSON.stringify(r));
      }),
      { numRuns: 200 },
    );
  });

  it('builds tokens, sentences and paragraphs on first read, then keeps them as plain properties', () => {
    const r = extractQuotes(ARTICLE);
    const u = unpack(ARTICLE, pack(r), { index: 7, id: 'a' });
    expect(Object.keys(u)).toEqual(['index', 'id', ...Object.keys(r)]);
    expect(Object.getOwnPropertyDescriptor(u, 'tokens')?.get).toBeTypeOf('function');
    const tokens = u.tokens;
    expect(tokens).toEqual(r.tokens);
    expect(u.tokens).toBe(tokens); // built once
    expect(Object.getOwnPropertyDescriptor(u, 'tokens')).toMatchObject({
      value: tokens,
      writable: true,
      enumerable: true,
    });
    expect({ ...u }).toEqual({ index: 7, id: 'a', ...r });
    expect(structuredClone(u)).toEqual({ index: 7, id: 'a', ...r });
  });

  it('builds every field at once, as plain properties, when told to (a caller who named its fields)', () => {
    const r = extractQuotes(ARTICLE);
    const keep = new Set<ResultField>(['quotes', 'entities', 'tokens']);
    const u = unpack(ARTICLE, pack(r, keep), { index: 2, id: 'c' }, keep, true);
    for (const k of keep) {
      expect(Object.getOwnPropertyDescriptor(u, k)).toMatchObject({ writable: true, enumerable: true });
      expect(Object.getOwnPropertyDescriptor(u, k)?.get).toBeUndefined();
    }
    expect(Object.keys(u)).toEqual(['index', 'id', 'tokens', 'quotes', 'entities']);
    expect(Reflect.ownKeys(u)).toEqual(Object.keys(u)); // nothing hidden: what was sent is not held
    expect(u).toEqual({ index: 2, id: 'c', tokens: r.tokens, quotes: r.quotes, entities: r.entities });
  });

  it('holds what was sent under a symbol no copy sees, until its fields are read', () => {
    const r = extractQuotes(ARTICLE);
    const u = unpack(ARTICLE, pack(r), {});
    expect(Reflect.ownKeys(u).filter((k) => typeof k === 'symbol')).toHaveLength(1);
    expect(Object.getOwnPropertySymbols({ ...u })).toEqual([]);
    expect(JSON.parse(JSON.stringify(u))).toEqual(JSON.parse(JSON.stringify(r)));
  });

  it('lets a consumer replace a lazy property before reading it', () => {
    const u = unpack(ARTICLE, pack(extractQuotes(ARTICLE)), {});
    (u as { sentences: unknown }).sentences = [];
    expect(u.sentences).toEqual([]);
    expect(Object.getOwnPropertyDescriptor(u, 'sentences')).toMatchObject({
      value: [],
      writable: true,
      enumerable: true,
    });
  });

  // What the main thread builds from a result packed with only some fields: those fields, no others, in the key order
  // of extractQuotes, each equal to what extractQuotes gives.
  const partial = (fields: readonly ResultField[]) => {
    const r = extractQuotes(ARTICLE);
    const keep = new Set(fields);
    const packed = pack(r, keep);
    const u = unpack(ARTICLE, packed, { index: 3, id: 'b' }, keep) as unknown as Record<string, unknown>;
    return { r, packed, u };
  };

  it.each(RESULT_FIELDS.map((f) => [f]))('keeps %s alone when asked for it alone', (field) => {
    const { r, packed, u } = partial([field]);
    expect(Object.keys(u)).toEqual(['index', 'id', field]);
    expect(u[field]).toEqual(r[field]);
    expect(sizeOf(packed)).toBeLessThan(sizeOf(pack(r)));
  });

  it.each(RESULT_FIELDS.map((f) => [f]))('leaves %s out, and only it, when asked for all the others', (field) => {
    const { r, u } = partial(RESULT_FIELDS.filter((f) => f !== field));
    expect(u).not.toHaveProperty(field);
    const { [field]: _left, ...rest } = r;
    expect(Object.keys(u)).toEqual(['index', 'id', ...Object.keys(rest)]);
    expect(JSON.stringify(u)).toBe(JSON.stringify({ index: 3, id: 'b', ...rest }));
  });

  it('packs only the fields asked for: for quotes alone, their offsets and their names', () => {
    const { r, packed } = partial(['quotes']);
    const [ints, names, entities, warnings] = packed;
    expect([entities, warnings]).toEqual(['', '']);
    expect([...new Int32Array(ints!, 0, 3)]).toEqual([0, 0, 0]); // no tokens, sentences or paragraphs
    // Four names a quote, two more for its cue, three more for its speaker.
    expect(JSON.parse(names)).toHaveLength(r.quotes.reduce((n, q) => n + 4 + (q.cue ? 2 : 0) + (q.speaker ? 3 : 0), 0));
  });

  it("sends a quote's spans as offsets, without their words: the main thread has the text", () => {
    const r = extractQuotes(ARTICLE);
    const [, json] = pack(r, new Set(['quotes']));
    expect(r.quotes.length).toBeGreaterThan(3);
    for (const q of r.quotes) expect(json).not.toContain(JSON.stringify(q.text).slice(1, -1));
    expect(json.length).toBeLessThan(0.7 * JSON.stringify(r.quotes).length);
  });
});

describe('checkFields', () => {
  it('gives null (every field) when none are asked for', () => {
    expect(checkFields(undefined, 'options.fields')).toBeNull();
  });

  it('gives the names in RESULT_FIELDS order, once each, whatever order they came in', () => {
    expect(checkFields(['warnings', 'quotes', 'tokens', 'quotes'], 'options.fields')).toEqual([
      'quotes',
      'warnings',
      'tokens',
    ]);
  });

  it.each([
    [['quotes', 'entites'], /unknown field 'entites'; the fields are text, quotes/],
    [['quotes', 7], /unknown field number/],
    [[], /non-empty array/],
    ['quotes', /non-empty array/],
    [null, /non-empty array/],
  ])('refuses %j with a TypeError', (fields, message) => {
    expect(() => checkFields(fields, 'options.fields')).toThrow(TypeError);
    expect(() => checkFields(fields, 'options.fields')).toThrow(message);
  });
});

describe('extractFields (the worker side of fields)', () => {
  it('gives the fields asked for as extractQuotes gives them, and leaves tokens and entities unbuilt otherwise', async () => {
    const { extractFields } = await import('../src/pipeline.js');
    const whole = extractQuotes(ARTICLE);
    const quotesOnly = extractFields(ARTICLE, {}, new Set(['quotes']));
    expect(quotesOnly.quotes).toEqual(whole.quotes);
    expect(quotesOnly.sentences).toEqual(whole.sentences);
    expect(quotesOnly.tokens).toEqual([]);
    expect(quotesOnly.entities).toEqual([]);
    expect(whole.tokens.length).toBeGreaterThan(100);
    expect(whole.entities.length).toBeGreaterThan(2);
    expect(extractFields(ARTICLE, {}, new Set(['tokens', 'entities', 'quotes']))).toEqual(whole);
    expect(() => extractFields(7 as never, {}, new Set(['quotes']))).toThrow(TypeError);
  });
});
