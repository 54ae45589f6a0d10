// `saidby kb build` and loadKnowledgeBase: a made-up Wikidata dump in the exact format of latest-all.json, a table.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { parseKnowledgeBase } from '../src/kb/compact.js';
import { compactText, MemoryKeyStore, type KeyRecord } from '../src/kb/write.js';
import { SpillingKeyStore } from '../src/node/kb-runs.js';
import { runKbCommand } from '../src/cli/kb.js';
import { buildKnowledgeBase, priorOfSitelinks, splitCsv, typeOfClasses } from '../src/node/kb-build.js';
import { loadKnowledgeBase } from '../src/node/kb-file.js';

const DUMP = new URL('./fixtures/kb/wikidata-mini.json', import.meta.url);
const TABLE = new URL('./fixtures/kb/newsroom.csv', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'saidby-kb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ids = (kb: ReturnType<typeof loadKnowledgeBase>, name: string, type: 'unknown' | 'person' = 'unknown') =>
  kb.lookup(name, type).map((c) => c.id);

describe('saidby kb build from a Wikidata JSON dump', () => {
  it('keeps items with an English label and a person, organisation or place class', async () => {
    const out = join(dir, 'plain.sbkb');
    const report = await buildKnowledgeBase({ input: DUMP.pathname, out, name: 'newsroom' });
    // 9 entities (one a property) between the array's brackets
    expect(report.read).toBe(11);
    expect(report.kept).toBe(6);
    const kb = loadKnowledgeBase(out);
    expect(kb.name).toBe('newsroom');
    expect(kb.entities).toBe(6);
    expect(kb.file).toBe(out);
    const [marta] = kb.lookup('Marta Kowalczyk-Brandt', 'person');
    expect(marta).toMatchObject({ id: 'Q990000101', type: 'person', gender: 'female', countries: ['poland'] });
    expect(ids(kb, 'Marta Brandt')).toEqual(['Q990000101']);
    expect(ids(kb, 'VTA')).toEqual(['Q990000102']);
    expect(kb.lookup('Valdmark Transit Authority', 'unknown')[0]?.type).toBe('organization');
    expect(kb.lookup('Port Ellery', 'place')[0]).toMatchObject({ id: 'Q990000103', countries: ['united states'] });
    expect(kb.lookup('Valdmark Herald', 'organization')[0]?.id).toBe('Q990000107');
    expect(kb.lookup('Ellery Bay', 'place')[0]?.id).toBe('Q990000108');
  });

  it('leaves out an item with no English label, a disambiguation page and a property', async () => {
    const kb = loadKnowledgeBase(join(dir, 'plain.sbkb'));
    expect(ids(kb, 'Hanne Vogelsang')).toEqual([]);
    expect(ids(kb, 'instance of')).toEqual([]);
    // `Brandt` is only a surname here: the disambiguation item is not kept; people are found by surname
    expect(ids(kb, 'Brandt', 'person').sort()).toEqual(['Q990000101', 'Q990000106']);
  });

  it('takes the English Wikipedia title without its parenthesis as an alias, and sitelinks as the prior', async () => {
    const kb = loadKnowledgeBase(join(dir, 'plain.sbkb'));
    expect(ids(kb, 'Tomas Brandt (politician)')).toEqual([]);
    expect(ids(kb, 'Tom Brandt')).toEqual(['Q990000106']);
    expect(kb.lookup('Marta Brandt', 'person')[0]?.prior).toBe(priorOfSitelinks(3));
    expect(kb.lookup('Valdmark Herald', 'unknown')[0]?.prior).toBe(0.05);
    expect(priorOfSitelinks(0)).toBe(0.05);
    expect(priorOfSitelinks(10_000)).toBe(0.95);
  });

  it('reads the gzipped dump to the same file', async () => {
    const gz = join(dir, 'latest-all.json.gz');
    writeFileSync(gz, gzipSync(readFileSync(DUMP)));
    await buildKnowledgeBase({ input: gz, out: join(dir, 'gz.sbkb'), name: 'newsroom' });
    const strip = (s: string) => s.replace(/^note\t.*\n/m, '');
    expect(strip(readFileSync(join(dir, 'gz.sbkb'), 'utf8'))).toBe(
      strip(readFileSync(join(dir, 'plain.sbkb'), 'utf8')),
    );
  });

  it('writes the same file when the keys are sorted in runs on disk and merged', async () => {
    // runs of 2 records: the fixture's keys spill to several files, which the merge reads back in order
    await buildKnowledgeBase({ input: DUMP.pathname, out: join(dir, 'runs.sbkb'), name: 'newsroom', runSize: 2 });
    expect(readFileSync(join(dir, 'runs.sbkb'), 'utf8')).toBe(readFileSync(join(dir, 'plain.sbkb'), 'utf8'));
    expect(existsSync(join(dir, 'runs.sbkb.runs.tmp'))).toBe(false);
    expect(existsSync(join(dir, 'runs.sbkb.rows.tmp'))).toBe(false);
  });

  it('goes into extractQuotes as the knowledge base', () => {
    const knowledgeBase = loadKnowledgeBase(join(dir, 'plain.sbkb'));
    const text =
      'Polish politician Marta Kowalczyk-Brandt visited Port Ellery on Monday. "The trams will run," she said.';
    const result = extractQuotes(text, { knowledgeBase });
    const marta = result.entities.find((e) => e.name.includes('Kowalczyk'));
    expect(marta?.link).toMatchObject({ id: 'Q990000101', source: 'newsroom' });
    expect(result.quotes[0]?.speaker?.entity).toBe(marta?.id);
    // her country (P27) agrees with `Polish`: without it, three sitelinks are too weak a prior to link on
    expect(result.entities.find((e) => e.name === 'Port Ellery')?.link?.id).toBe('Q990000103');
  });

  it('maps instance-of classes: person before place before organisation', () => {
    expect(typeOfClasses(['Q5'])).toBe('person');
    expect(typeOfClasses(['Q515', 'Q43229'])).toBe('place');
    expect(typeOfClasses(['Q7278'])).toBe('organization');
    expect(typeOfClasses(['Q4167410'])).toBeNull();
  });
});

describe('saidby kb build from a table', () => {
  it('reads qid, label, aliases, type, description and prior, skipping unknown types', async () => {
    const out = join(dir, 'table.sbkb');
    const report = await buildKnowledgeBase({ input: TABLE.pathname, out });
    expect(report.kept).toBe(2);
    const kb = loadKnowledgeBase(out);
    expect(kb.lookup('Ingrid Haas', 'person')[0]).toMatchObject({ id: 'Q990000201', prior: 0.7 });
    expect(ids(kb, 'EHB')).toEqual(['Q990000202']);
    expect(ids(kb, 'Nowhere Special')).toEqual([]);
  });

  it('reads TSV and splits CSV quotes', async () => {
    const tsv = join(dir, 'people.tsv');
    writeFileSync(tsv, 'qid\tlabel\ttype\nQ990000301\tOskar Lindahl\tperson\n');
    await buildKnowledgeBase({ input: tsv, out: join(dir, 'tsv.sbkb') });
    expect(ids(loadKnowledgeBase(join(dir, 'tsv.sbkb')), 'Oskar Lindahl')).toEqual(['Q990000301']);
    expect(splitCsv('a,"b, c","say ""hi"""')).toEqual(['a', 'b, c', 'say "hi"']);
  });

  it('refuses a table without a qid column, and leaves no output', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'name,type\nX,person\n');
    await expect(buildKnowledgeBase({ input: bad, out: join(dir, 'bad.sbkb') })).rejects.toThrow(/"qid" column/);
    expect(() => readFileSync(join(dir, 'bad.sbkb'))).toThrow();
  });
});

describe('the key stores', () => {
  // made-up keys with ties of key and prior, some of them non-ASCII (string order is by UTF-16 code unit)
  const keys = ['putin', 'brandt', 'ärö', 'brandt', 'zed', 'putin', 'a b', 'ab', 'éla', 'brandt'];
  const priors = [0.5, 0.9, 0.5, 0.3, 0.5, 0.9, 0.5, 0.5, 0.5, 0.7];
  const records: KeyRecord[] = keys.map((key, seq) => ({ key, prior: priors[seq]!, ref: seq * 7, seq }));

  it('give the records by key, then by prior, highest first, then in the order added', () => {
    const memory = new MemoryKeyStore();
    for (const r of records) memory.add('keys', r);
    const sorted = [...memory.sorted('keys')];
    expect(sorted.map((r) => r.key)).toEqual([...keys].sort());
    expect(sorted.filter((r) => r.key === 'brandt').map((r) => r.seq)).toEqual([1, 9, 3]);
  });

  it('agree, in memory and spilled to runs on disk, and the runs go when disposed', () => {
    const memory = new MemoryKeyStore();
    const runs = join(dir, 'store-runs');
    const spilling = new SpillingKeyStore(runs, 3);
    for (const r of records) {
      memory.add('surnames', r);
      spilling.add('surnames', r);
    }
    const expected = [...memory.sorted('surnames')];
    expect([...spilling.sorted('surnames')]).toEqual(expected);
    expect([...spilling.sorted('surnames')]).toEqual(expected); // once to measure, once to write
    expect(existsSync(runs)).toBe(true);
    spilling.dispose();
    expect(existsSync(runs)).toBe(false);
  });
});

describe('the compact format', () => {
  const rows = [
    ['Q1', 'p', 'Anna Berg', 'Anna M. Berg', 'valdmark', 'minister of finance', 'f', '', '0.4'],
    ['Q2', 'l', 'Berg', '', '', '', '', '', '0.7'],
    ['Q3', 'p', 'Lars Berg', '', '', '', 'm', '2019', '0.9'],
  ];

  it('finds rows by folded name, by prior, and people by surname when no name matches', () => {
    const kb = parseKnowledgeBase(compactText('t', rows));
    expect(kb.lookup('ANNA BERG', 'unknown')[0]).toEqual({
      id: 'Q1',
      label: 'Anna Berg',
      type: 'person',
      prior: 0.4,
      countries: ['valdmark'],
      roles: ['minister of finance'],
      gender: 'female',
    });
    expect(kb.lookup('Berg', 'unknown').map((c) => c.id)).toEqual(['Q2']); // a name before a surname
    // `Berg` names no person in full, so a person's surname is looked up (as for `Luján`, a town and a senator)
    expect(kb.lookup('Berg', 'person').map((c) => c.id)).toEqual(['Q1', 'Q3']);
    expect(kb.lookup('Lars Berg', 'person')[0]?.until).toBe(2019);
    expect(kb.lookup('the Zorblax', 'unknown')).toEqual([]);
  });

  it('skips columns it does not know, so new fields can be added', () => {
    const cols = ['id', 'type', 'label', 'start', 'prior'];
    const kb = parseKnowledgeBase(compactText('t', [['Q9', 'o', 'Harbour Board', '2001-05-01', '0.8']], cols));
    expect(kb.lookup('Harbour Board', 'organization')).toEqual([
      { id: 'Q9', label: 'Harbour Board', type: 'organization', prior: 0.8 },
    ]);
  });

  it('refuses text that is not one, another version, or a truncated file', () => {
    const text = compactText('t', rows);
    expect(() => parseKnowledgeBase('hello')).toThrow(SyntaxError);
    expect(() => parseKnowledgeBase(text.replace('saidby-kb\t1', 'saidby-kb\t2'))).toThrow(/version 2/);
    expect(() => parseKnowledgeBase(text.slice(0, text.length - 20))).toThrow(/truncated/);
    expect(() => loadKnowledgeBase(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('saidby kb (CLI)', () => {
  const io = () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (d: Buffer) => (out += String(d)));
    stderr.on('data', (d: Buffer) => (err += String(d)));
    return { stdout, stderr, out: () => out, err: () => err };
  };

  it('builds a file and reports its size', async () => {
    const s = io();
    expect(await runKbCommand(['build', DUMP.pathname, '--out', join(dir, 'cli.sbkb')], s)).toBe(0);
    expect(s.err()).toMatch(/6 entities/);
    expect(loadKnowledgeBase(join(dir, 'cli.sbkb')).entities).toBe(6);
  });

  it('exits 2 on bad usage and 1 on a missing input', async () => {
    expect(await runKbCommand(['build', DUMP.pathname], io())).toBe(2);
    expect(await runKbCommand(['frobnicate'], io())).toBe(2);
    expect(await runKbCommand(['build', DUMP.pathname, '--out', 'x', '--format', 'xml'], io())).toBe(2);
    expect(await runKbCommand(['build', join(dir, 'none.json'), '--out', join(dir, 'none.sbkb')], io())).toBe(1);
  });
});
