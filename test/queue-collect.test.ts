// `saidby queue collect --fields LIST` and `--csv`: the workers' records written as `saidby --jsonl` writes its own,
// first on made-up record lines (src/cli/records.ts), then end to end against a real redis-server.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER, csvRows } from '../src/cli/csv.js';
import { recordShaper, type RecordShape } from '../src/cli/records.js';
import { extractQuotes } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { redisBinary, startRedis, type TestRedis } from './helpers/redis.js';

const TEXTS = [
  '"The ferry runs again on Monday," harbour master Lena Fisk said.',
  'Councillor Omar Reyes said the town would buy a second boat. "We cannot wait," he told the Courier.',
];

/** The records as a worker stores them: id, date, and the result without its tokens. */
function stored(): string[] {
  return TEXTS.map((text, k) => {
    const { tokens: _tokens, ...rest } = extractQuotes(text);
    return JSON.stringify({ id: `d${k}`, ...(k === 0 ? { date: '2026-05-01' } : {}), ...rest });
  });
}

async function shaped(lines: readonly string[], shape: RecordShape): Promise<{ out: string; missing: string[] }> {
  const out = new PassThrough();
  let s = '';
  out.on('data', (c: Buffer) => (s += c.toString()));
  const { stream, report } = recordShaper(out, shape);
  for (const line of lines) stream.write(line + '\n');
  stream.end();
  await finished(stream);
  return { out: s, missing: [...report.missing] };
}

describe('recordShaper', () => {
  it('keeps the id, the date and the chosen fields; an error record passes as it is', async () => {
    const error = JSON.stringify({ id: 'bad', error: 'saidby: expects text to be a string', attempts: 3 });
    const { out, missing } = await shaped([...stored(), error], ['quotes']);
    const records = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => Object.keys(r))).toEqual([
      ['id', 'date', 'quotes'],
      ['id', 'quotes'],
      ['id', 'error', 'attempts'],
    ]);
    const quotes = JSON.parse(JSON.stringify(extractQuotes(TEXTS[1] as string).quotes)) as unknown;
    expect(records[1]).toEqual({ id: 'd1', quotes });
    expect(missing).toEqual([]);
  });

  it('says which fields the records lack', async () => {
    expect((await shaped(stored(), ['quotes', 'tokens'])).missing).toEqual(['tokens']);
  });

  it('writes CSV rows as saidby --csv does, the header once, none for an error record', async () => {
    const error = JSON.stringify({ id: 'bad', error: 'made-up failure', attempts: 1 });
    const { out } = await shaped([stored()[0] as string, error, stored()[1] as string], 'csv');
    const want = TEXTS.map((t, k) => csvRows(`d${k}`, extractQuotes(t))).join('');
    expect(want.split('\r\n').length).toBeGreaterThan(3);
    expect(out).toBe(`${CSV_HEADER}\r\n${want}`);
    expect((await shaped([], 'csv')).out).toBe(`${CSV_HEADER}\r\n`);
  });
});

const binary = redisBinary();

describe.skipIf(binary === null)('queue collect --fields / --csv against a real redis-server', () => {
  let redis: TestRedis;
  let tmp: string;
  beforeAll(async () => {
    redis = await startRedis(binary as string);
    tmp = mkdtempSync(join(tmpdir(), 'saidby-queue-collect-'));
  });
  afterAll(async () => {
    await redis?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('add, work, then collect with --fields and with --csv', async () => {
    const input = join(tmp, 'in.jsonl');
    writeFileSync(input, TEXTS.map((text, k) => JSON.stringify({ id: `d${k}`, text })).join('\n') + '\n');
    const results = join(tmp, 'results');
    const args = ['--redis', redis.url, '--queue', 'collect-fields'];
    expect((await runCli(['queue', 'add', input, ...args])).code).toBe(0);
    const worked = await runCli(['queue', 'work', ...args, '--out', results, '--exit-when-empty']);
    expect(worked.err).toContain('2 done, 0 failed');

    const json = await runCli(['queue', 'collect', ...args, '--results', results, '--fields', 'quotes,entities']);
    expect(json.code).toBe(0);
    const records = json.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
    expect(records.map((r) => Object.keys(r))).toEqual([
      ['id', 'quotes', 'entities'],
      ['id', 'quotes', 'entities'],
    ]);
    const { quotes, entities } = extractQuotes(TEXTS[0] as string);
    expect(records[0]).toEqual(JSON.parse(JSON.stringify({ id: 'd0', quotes, entities })));

    const file = join(tmp, 'quotes.csv');
    const csv = await runCli(['queue', 'collect', ...args, '--results', results, '--csv', '--out', file]);
    expect(csv.code).toBe(0);
    const rows = readFileSync(file, 'utf8').split('\r\n');
    expect(rows[0]).toBe(CSV_HEADER);
    const want = TEXTS.flatMap((t, k) => csvRows(`d${k}`, extractQuotes(t)).split('\r\n').filter(Boolean));
    expect(rows.slice(1).filter(Boolean).sort()).toEqual(want.sort());
  });

  it('refuses a bad field, --fields with --csv, and --fields on another command', async () => {
    const args = ['--redis', redis.url, '--queue', 'collect-fields'];
    const bad = await runCli(['queue', 'collect', ...args, '--fields', 'quotes,speakers']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      'saidby: queue collect: --fields expects names from text, quotes, entities, warnings, sentences, paragraphs, ' +
        "tokens; got 'speakers'\n",
    );
    expect((await runCli(['queue', 'collect', ...args, '--fields', 'quotes', '--csv'])).code).toBe(2);
    expect((await runCli(['queue', 'work', ...args, '--csv'])).err).toContain('--csv only applies to queue collect');
    const typo = await runCli(['queue', 'collect', ...args, '--fileds', 'quotes']);
    expect(typo.err).toBe("saidby: queue collect: unknown option '--fileds'; did you mean --fields?\n");
  });
});
