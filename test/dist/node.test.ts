// saidby/node, built: extractQuotesMany in worker threads, from the ESM and the CommonJS entry.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as NodeApi from '../../src/node.js';
import type { ManyOutcome } from '../../src/node.js';
import { PUBLIC_API } from '../public-api.js';
import { IN_FLIGHT_PER_WORKER } from '../../src/node/pool.js';
import { checkModule, SENTENCE } from './shape.js';

type SaidByNode = typeof NodeApi;

const root = fileURLToPath(new URL('../..', import.meta.url));
const esm = (await import(new URL('../../dist/node.js', import.meta.url).href)) as SaidByNode;
const cjs = createRequire(import.meta.url)('../../dist/node.cjs') as SaidByNode;
const main = (await import(new URL('../../dist/index.js', import.meta.url).href)) as SaidByNode;

const ARTICLE = readFileSync(new URL('../../examples/article.txt', import.meta.url), 'utf8');
const TEXTS = [ARTICLE, SENTENCE, 'Putin said he appreciated the support.', '', ARTICLE.slice(0, 400), '"Fine," she said.'];

async function collect<T = ManyOutcome>(results: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of results) out.push(r);
  return out;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a script in a fresh Node process; a pool left open would keep it alive until the timeout. */
function script(code: string, nodeOptions: readonly string[] = []) {
  const args = [...nodeOptions, '--input-type=module', '-e', code];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

describe.each([['ESM', esm], ['CommonJS', cjs]] as const)('saidby/node (%s)', (_name, mod) => {
  it('exports the main entry, extractQuotesMany and createQuotePool', () => {
    const names = [...PUBLIC_API, 'createQuotePool', 'extractQuotesMany', 'loadKnowledgeBase'];
    expect(Object.keys(mod).sort()).toEqual(names.sort());
    checkModule(mod);
  });

  it('gives each input the result extractQuotes gives, in input order, with index and id', async () => {
    const inputs = TEXTS.map((text, k) => (k % 2 ? text : { id: `d${k}`, text }));
    const results = await collect(mod.extractQuotesMany(inputs, { workers: 2 }));
    expect(results.map((r) => r.index)).toEqual(TEXTS.map((_, k) => k));
    results.forEach((r, k) => {
      expect(r.error).toBeUndefined();
      expect(r.id).toBe(k % 2 ? null : `d${k}`);
      const { index: _i, id: _id, ...result } = r as Extract<ManyOutcome, { error?: undefined }>;
      // same data, same key order
      expect(JSON.stringify(result)).toBe(JSON.stringify(main.extractQuotes(TEXTS[k] as string)));
    });
  });
});

describe('extractQuotesMany', () => {
  const { extractQuotesMany } = esm;

  it('keeps input order for an async iterable whose items arrive late and finish out of order', async () => {
    // A long article first, short texts after: the short ones finish first in the other worker.
    const texts = [ARTICLE.repeat(8), ...Array.from({ length: 9 }, (_, k) => `"Point ${k}," Anna Berg said.`)];
    async function* slowly() {
      for (const [k, text] of texts.entries()) {
        if (k % 3 === 0) await delay(5);
        yield { id: k, text };
      }
    }
    const results = await collect(extractQuotesMany(slowly(), { workers: 2 }));
    expect(results.map((r) => r.id)).toEqual(texts.map((_, k) => k));
    for (const [k, r] of results.entries()) {
      if (r.error !== undefined) throw new Error(r.error);
      expect(r.text).toBe(texts[k]);
      expect(r.quotes.map((q) => q.text)).toEqual(main.extractQuotes(texts[k] as string).quotes.map((q) => q.text));
    }
  });

  it('passes options through to the workers', async () => {
    const opts = { minConfidence: 0.8, kinds: ['direct'] as const, knowledgeBase: false as const };
    const [r] = await collect(extractQuotesMany([ARTICLE], { ...opts, kinds: [...opts.kinds], workers: 1 }));
    const expected = main.extractQuotes(ARTICLE, { ...opts, kinds: [...opts.kinds] });
    expect(r).toMatchObject({ index: 0, quotes: expected.quotes, entities: expected.entities });
    expect(expected.quotes.length).toBeLessThan(main.extractQuotes(ARTICLE).quotes.length);
  });

  it("takes each document's own sentences and entities, as extractQuotes takes them", async () => {
    const a = 'Harbour news. Kestrel Vane said: "The quay stays open all winter." Boats were busy.';
    const b = '"Fares will not rise," Orla Finch told reporters. The board meets in May.';
    const own = {
      sentences: [
        { start: 0, end: 13 },
        { start: 14, end: 67 },
        { start: 68, end: a.length },
      ],
      entities: [{ start: 14, end: 26, type: 'organization' as const }],
    };
    const ownB = { entities: [{ start: 23, end: 33, type: 'person' as const }] };
    const docs = [{ id: 'a', text: a, ...own }, { id: 'b', text: b, ...ownB }, b];
    const results = await collect(extractQuotesMany(docs, { workers: 2 }));
    const expected = [main.extractQuotes(a, own), main.extractQuotes(b, ownB), main.extractQuotes(b)];
    results.forEach((r, k) => {
      if (r.error !== undefined) throw new Error(r.error);
      const want = expected[k] as (typeof expected)[number];
      expect(r).toMatchObject({ quotes: want.quotes, entities: want.entities });
      expect(r.sentences.map((x) => [x.start, x.end])).toEqual(want.sentences.map((x) => [x.start, x.end]));
    });
    // The analysis counted: the caller's organisation is the speaker's entity, where saidby alone finds a person.
    type Speaking = Pick<ReturnType<typeof main.extractQuotes>, 'quotes' | 'entities'>;
    const typeOfSpeaker = (r: Speaking) => r.entities.find((e) => e.id === r.quotes[0]?.speaker?.entity)?.type;
    expect(typeOfSpeaker(results[0] as Speaking)).toBe('organization');
    expect(typeOfSpeaker(main.extractQuotes(a))).toBe('person');
  });

  it("gives a document with a bad span of its own a ManyError naming it; the others go on", async () => {
    const text = '"Yes," Ada Morrow said. "No," Ben Oduya said.';
    const docs = [
      { id: 'bad', text, sentences: [{ start: 0, end: 20 }, { start: 10, end: 30 }] },
      { id: 'range', text, entities: [{ start: 40, end: 400, type: 'person' as const }] },
      { id: 'fine', text },
    ];
    const results = await collect(extractQuotesMany(docs, { workers: 1 }));
    expect(results[0]).toMatchObject({ id: 'bad', error: expect.stringMatching(/options\.sentences\[1\] \(10-30\) overlaps/) });
    expect(results[1]).toMatchObject({ id: 'range', error: expect.stringMatching(/options\.entities\[0\] \(40-400\)/) });
    expect(results[2]?.error).toBeUndefined();
  });

  it('refuses options.sentences and options.entities at once: they belong on each document', () => {
    expect(() => extractQuotesMany(['x'], { sentences: [{ start: 0, end: 1 }] } as never)).toThrow(
      /takes no options\.sentences: they are spans of one text; give each document its own, \{ id, text, sentences \}/,
    );
    expect(() => extractQuotesMany(['x'], { entities: [] } as never)).toThrow(TypeError);
  });

  it('uses extraEntities in the workers', async () => {
    const text = '"We are ready," Zorvan Quill said.';
    const extraEntities = [{ id: 'X1', label: 'Zorvan Quill', type: 'person' as const }];
    const [r] = await collect(extractQuotesMany([text], { extraEntities, workers: 1 }));
    expect(r).toMatchObject({ entities: main.extractQuotes(text, { extraEntities }).entities });
    expect(JSON.stringify(r)).toContain('"X1"');
  });

  it('loads a knowledge base from loadKnowledgeBase in every worker, by its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saidby-dist-kb-'));
    try {
      const out = join(dir, 'newsroom.sbkb');
      const dump = fileURLToPath(new URL('../fixtures/kb/wikidata-mini.json', import.meta.url));
      const built = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'kb', 'build', dump, '--out', out]);
      expect(built.status, String(built.stderr)).toBe(0);
      const knowledgeBase = esm.loadKnowledgeBase(out);
      const text = 'Polish politician Marta Kowalczyk-Brandt spoke. "We will build it," she said.';
      const got = await collect(esm.extractQuotesMany([text, text, text], { workers: 2, knowledgeBase }));
      for (const r of got) {
        if (r.error !== undefined) throw new Error(r.error);
        expect(r.entities[0]?.link).toMatchObject({ id: 'Q990000101', source: 'custom' });
      }
      // the default knowledge base does not know her
      const plain = await collect(esm.extractQuotesMany([text], { workers: 1 }));
      expect(JSON.stringify(plain)).not.toContain('Q990000101');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives an error result for a bad item and goes on', async () => {
    const bad = [42, null, { id: 'no-text' }, { id: 'n', text: 5 }, ['x']] as unknown as string[];
    const results = await collect(extractQuotesMany(['"Yes," he said.', ...bad, '"No," she said.'], { workers: 2 }));
    expect(results).toHaveLength(bad.length + 2);
    expect(results[0]?.error).toBeUndefined();
    expect(results.at(-1)?.error).toBeUndefined();
    expect(results.at(-1)).toMatchObject({ index: bad.length + 1, id: null });
    for (const [k, r] of results.slice(1, -1).entries()) {
      expect(r).toMatchObject({ index: k + 1, error: expect.stringMatching(/expected a string or \{ id, text \}/) });
      expect(r).not.toHaveProperty('quotes');
    }
    expect(results[3]).toMatchObject({ id: 'no-text' });
  });

  it('sends back only the fields asked for, each as extractQuotes gives it; order and error records unchanged', async () => {
    const inputs = [...TEXTS.map((text, k) => ({ id: `d${k}`, text })), 42 as unknown as string, '"Last," he said.'];
    const results = await collect(extractQuotesMany(inputs, { workers: 2, fields: ['entities', 'quotes'] }));
    expect(results.map((r) => r.index)).toEqual(inputs.map((_, k) => k));
    results.slice(0, TEXTS.length).forEach((r, k) => {
      if (r.error !== undefined) throw new Error(r.error);
      const full = main.extractQuotes(TEXTS[k] as string);
      expect(Object.keys(r)).toEqual(['index', 'id', 'quotes', 'entities']);
      expect(JSON.stringify(r)).toBe(JSON.stringify({ index: k, id: `d${k}`, quotes: full.quotes, entities: full.entities }));
    });
    expect(results[TEXTS.length]).toEqual({
      index: TEXTS.length,
      id: null,
      error: expect.stringMatching(/expected a string or \{ id, text \}/),
    });
    expect(results.at(-1)).toMatchObject({ index: TEXTS.length + 1, quotes: [{ text: 'Last,' }] });
    expect(results.at(-1)).not.toHaveProperty('tokens');
    // The types say the same: a result has the fields asked for and no others.
    const last = results.at(-1);
    if (last !== undefined && last.error === undefined) {
      expect(last.quotes).toHaveLength(1);
      // @ts-expect-error: tokens were not asked for
      expect(last.tokens).toBeUndefined();
    }
  });

  it('keeps tokens and text alone when asked, and every field when fields is not given', async () => {
    const [only] = await collect(extractQuotesMany([SENTENCE], { workers: 1, fields: ['tokens', 'text'] }));
    const full = main.extractQuotes(SENTENCE);
    expect(JSON.stringify(only)).toBe(JSON.stringify({ index: 0, id: null, text: SENTENCE, tokens: full.tokens }));
    const [all] = await collect(extractQuotesMany([SENTENCE], { workers: 1 }));
    expect(JSON.stringify(all)).toBe(JSON.stringify({ index: 0, id: null, ...full }));
  });

  it.each([[['quotes', 'speakers']], [[]], ['quotes'], [[null]]])('rejects fields %j with a TypeError', (fields) => {
    expect(() => extractQuotesMany(['x'], { fields } as never)).toThrow(TypeError);
    expect(() => extractQuotesMany(['x'], { fields } as never)).toThrow(/options\.fields/);
  });

  it.each([0, -1, 1.5, Number.NaN, Infinity, '2', null])('rejects workers %j with a TypeError, before starting', (workers) => {
    expect(() => extractQuotesMany(['x'], { workers } as never)).toThrow(/options\.workers must be a positive integer/);
    expect(() => extractQuotesMany(['x'], { workers } as never)).toThrow(TypeError);
  });

  it('rejects bad inputs and options with a TypeError, before starting', () => {
    expect(() => extractQuotesMany('a text' as never)).toThrow(TypeError);
    expect(() => extractQuotesMany(null as never)).toThrow(TypeError);
    expect(() => extractQuotesMany({ text: 'x' } as never)).toThrow(/iterable/);
    expect(() => extractQuotesMany(['x'], { minConfidence: 2 })).toThrow(/minConfidence/);
    expect(() => extractQuotesMany(['x'], 'fast' as never)).toThrow(TypeError);
    const kb = main.createKnowledgeBase([{ id: 'X1', label: 'Zorvan Quill', type: 'person' }]);
    expect(() => extractQuotesMany(['x'], { knowledgeBase: kb } as never)).toThrow(/extraEntities/);
  });

  // Linux lists a process's threads in /proc/self/task: the pool's worker threads must be gone once it is closed.
  const THREADS = "const threads = () => { try { return readdirSync('/proc/self/task').length; } catch { return -1; } };";

  it('closes the pool and the input when the consumer breaks early: the process exits by itself', () => {
    const r = script(`
      import { readdirSync } from 'node:fs';
      import { extractQuotesMany } from './dist/node.js';
      ${THREADS}
      let closed = false, read = 0;
      function* inputs() { try { for (;;) { read++; yield '"Again," she said.'; } } finally { closed = true; } }
      const before = threads();
      let n = 0, during = 0;
      for await (const r of extractQuotesMany(inputs(), { workers: 2 })) {
        if (r.error) throw new Error(r.error);
        during = threads();
        if (++n === 3) break;
      }
      console.log(JSON.stringify({ n, closed, read, before, during, after: threads() }));
    `);
    expect(r.err).toBe('');
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    type Counts = { n: number; closed: boolean; read: number; before: number; during: number; after: number };
    const got = JSON.parse(r.out) as Counts;
    expect(got).toMatchObject({ n: 3, closed: true });
    // an endless input is read only a window ahead (IN_FLIGHT_PER_WORKER per worker)
    expect(got.read).toBeLessThanOrEqual(3 + 2 * IN_FLIGHT_PER_WORKER + 1);
    if (got.before > 0) {
      expect(got.during).toBeGreaterThanOrEqual(got.before + 2); // the two workers were running…
      expect(got.after).toBe(got.before); // …and are gone
    }
  });

  it("starts its threads in a process run with V8's options (they inherit them) and with --input-type", () => {
    for (const options of [[], ['--max-old-space-size=900'], ['--stack-size=900', '--max-semi-space-size=8']]) {
      const r = script(
        `
        import { extractQuotesMany } from './dist/node.js';
        const n = [];
        for await (const r of extractQuotesMany(['"One," she said.', 'Two.'], { workers: 2 })) n.push(r.error ?? r.quotes.length);
        console.log(JSON.stringify(n));
      `,
        options,
      );
      expect(r.err).toBe('');
      expect(JSON.parse(r.out)).toEqual([1, 0]);
    }
  });

  it('closes the pool when the iteration ends', () => {
    const r = script(`
      import { readdirSync } from 'node:fs';
      import { extractQuotesMany } from './dist/node.js';
      ${THREADS}
      const before = threads();
      let n = 0;
      for await (const r of extractQuotesMany(['"One," she said.', 'Two.', 'Three.'], { workers: 2 })) n++;
      console.log(JSON.stringify({ n, before, after: threads() }));
    `);
    expect(r.status).toBe(0);
    const got = JSON.parse(r.out) as { n: number; before: number; after: number };
    expect(got.n).toBe(3);
    expect(got.after).toBe(got.before);
  });

  it('rejects when the input iterable throws, and still closes the pool', () => {
    const r = script(`
      import { extractQuotesMany } from './dist/node.js';
      async function* inputs() { yield 'one'; yield 'two'; throw new Error('source broke'); }
      const seen = [];
      try { for await (const r of extractQuotesMany(inputs(), { workers: 2 })) seen.push(r.index); }
      catch (err) { console.log(JSON.stringify({ seen, message: err.message })); }
    `);
    expect(r.status).toBe(0);
    // what was read before the failure still comes out
    expect(JSON.parse(r.out)).toEqual({ seen: [0, 1], message: 'source broke' });
  });
});

describe('createQuotePool', () => {
  const { createQuotePool } = esm;

  it('serves many calls from one pool, each with what extractQuotes gives, in input order', async () => {
    const pool = createQuotePool({ workers: 2 });
    try {
      await pool.ready();
      expect(pool.workers).toBe(2);
      for (const texts of [TEXTS, [...TEXTS].reverse()]) {
        const results = await collect(pool.extractQuotesMany(texts.map((text, k) => ({ id: k, text }))));
        expect(results.map((r) => r.index)).toEqual(texts.map((_, k) => k));
        results.forEach((r, k) => {
          if (r.error !== undefined) throw new Error(r.error);
          const { index: _i, id: _id, ...result } = r;
          expect(JSON.stringify(result)).toBe(JSON.stringify(main.extractQuotes(texts[k] as string)));
        });
      }
    } finally {
      await pool.close();
    }
  });

  it('runs two calls at once on the same threads, each in its own order, a bad document an error record', async () => {
    const pool = createQuotePool({ workers: 2, kinds: ['direct'] });
    try {
      const a = ['"One," Ada Morrow said.', 7 as unknown as string, '"Two," Ben Oduya said.'];
      const b = Array.from({ length: 20 }, (_, k) => `"Point ${k}," Orla Finch said.`);
      const [ra, rb] = await Promise.all([collect(pool.extractQuotesMany(a)), collect(pool.extractQuotesMany(b))]);
      expect(ra.map((r) => r.error === undefined)).toEqual([true, false, true]);
      expect(ra[1]).toMatchObject({ index: 1, error: expect.stringMatching(/expected a string/) });
      expect(rb.map((r) => (r.error === undefined ? r.quotes[0]?.text : r.error))).toEqual(
        b.map((t) => main.extractQuotes(t).quotes[0]?.text),
      );
    } finally {
      await pool.close();
    }
  });

  it('checks inputs and options with a TypeError, as extractQuotesMany does', async () => {
    expect(() => createQuotePool({ workers: 0 })).toThrow(/options\.workers must be a positive integer/);
    expect(() => createQuotePool({ minConfidence: 2 })).toThrow(TypeError);
    expect(() => createQuotePool({ fields: ['quote'] } as never)).toThrow(/unknown field 'quote'/);
    const pool = createQuotePool({ workers: 1 });
    try {
      expect(() => pool.extractQuotesMany('a text' as never)).toThrow(TypeError);
    } finally {
      await pool.close();
    }
  });

  it('gives every call only the fields the pool was made with', async () => {
    const pool = createQuotePool({ workers: 2, fields: ['warnings', 'sentences'] });
    try {
      for (const texts of [TEXTS, [...TEXTS].reverse()]) {
        const results = await collect(pool.extractQuotesMany(texts));
        results.forEach((r, k) => {
          if (r.error !== undefined) throw new Error(r.error);
          const full = main.extractQuotes(texts[k] as string);
          expect(JSON.stringify(r)).toBe(
            JSON.stringify({ index: k, id: null, sentences: full.sentences, warnings: full.warnings }),
          );
        });
      }
    } finally {
      await pool.close();
    }
  });

  it('ends a running call with an error once closed, and refuses calls after', async () => {
    const pool = createQuotePool({ workers: 1 });
    function* endless() {
      for (;;) yield '"Again," she said.';
    }
    let n = 0;
    let failure: unknown = null;
    try {
      for await (const r of pool.extractQuotesMany(endless())) {
        if (r.error !== undefined) throw new Error(r.error);
        if (++n === 3) void pool.close();
      }
    } catch (err) {
      failure = err;
    }
    expect(n).toBeGreaterThanOrEqual(3);
    expect(String(failure)).toMatch(/the pool is closed/);
    await expect(collect(pool.extractQuotesMany(['x']))).rejects.toThrow(/the pool is closed/);
  });

  it('lets the process exit with the pool left open and idle, and closes its threads on close()', () => {
    const r = script(`
      import { readdirSync } from 'node:fs';
      import { createQuotePool } from './dist/node.js';
      const threads = () => { try { return readdirSync('/proc/self/task').length; } catch { return -1; } };
      const before = threads();
      const pool = createQuotePool({ workers: 2 });
      await pool.ready();
      const up = threads();
      let n = 0;
      for await (const r of pool.extractQuotesMany(['"One," she said.', 'Two.'])) n++;
      const other = createQuotePool({ workers: 2 });
      await other.ready();
      await other.close();
      console.log(JSON.stringify({ n, before, up, after: threads() }));
    `);
    expect(r.err).toBe('');
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    const got = JSON.parse(r.out) as { n: number; before: number; up: number; after: number };
    expect(got.n).toBe(2);
    if (got.before > 0) {
      expect(got.up).toBeGreaterThanOrEqual(got.before + 2);
      // the open pool's two threads are still there; the closed one's are gone
      expect(got.after).toBe(got.up);
    }
  });
});
