// The CLI's logic, run in-process with fake streams (no build needed).
// test/dist/cli.test.ts runs the built dist/cli.js as a real process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../src/cli/args.js';
import { formatQuote, formatSummary, formatText, publicResult } from '../src/cli/format.js';
import { processLine, processLines, Utf8Lines } from '../src/cli/jsonl.js';
import { streamLineBatches } from '../src/cli/lines.js';
import { createProgress } from '../src/cli/progress.js';
import { main } from '../src/cli/main.js';
import { runCli } from './helpers/cli.js';
import { extractQuotes } from '../src/index.js';
import type { Quote, Result } from '../src/types.js';
import pkg from '../package.json';

const run = runCli;

// Token fields are not read by the formatter: zeros stand in for them.
const span = (text: string, start: number) => ({
  start,
  end: start + text.length,
  text,
  tokenStart: 0,
  tokenEnd: 0,
  sentence: 0,
});
const quote = (over: Partial<Quote> = {}): Quote => ({
  id: 'q1',
  kind: 'direct',
  parts: [span('We are friends.', 1)],
  text: 'We are friends.',
  cue: { ...span('said', 25), lemma: 'say', class: 'speech' },
  speaker: { mention: span('Putin', 19), entity: 'e1', name: 'Vladimir Putin', type: 'person' },
  confidence: 0.9,
  rule: 'quote-cue-speaker',
  ...over,
});

describe('argument parsing', () => {
  it('reads modes, files and --min-confidence', () => {
    expect(parseCliArgs([])).toMatchObject({ mode: 'text', files: [], tokens: false });
    expect(parseCliArgs(['a.txt', '-'])).toMatchObject({ mode: 'text', files: ['a.txt', '-'] });
    expect(parseCliArgs(['--json', '--tokens', 'a.txt'])).toMatchObject({ mode: 'json', tokens: true });
    expect(parseCliArgs(['--jsonl', 'a.jsonl', 'b.jsonl'])).toMatchObject({
      mode: 'jsonl',
      files: ['a.jsonl', 'b.jsonl'],
    });
    expect(parseCliArgs(['--min-confidence', '0.5'])).toMatchObject({ minConfidence: 0.5 });
    expect(parseCliArgs(['--min-confidence=1'])).toMatchObject({ minConfidence: 1 });
    expect(parseCliArgs(['--help'])).toMatchObject({ mode: 'help' });
    expect(parseCliArgs(['-v'])).toMatchObject({ mode: 'version' });
    expect(parseCliArgs(['--jsonl'])).toMatchObject({ workers: undefined });
    expect(parseCliArgs(['--jsonl', '--workers', '2'])).toMatchObject({ mode: 'jsonl', workers: 2 });
    expect(parseCliArgs(['--workers=1', '--jsonl'])).toMatchObject({ workers: 1 });
    expect(parseCliArgs(['--jsonl', '--workers', '64'])).toMatchObject({ workers: 64 });
  });

  it.each([
    [['--bogus']],
    [['-x']],
    [['--min-confidence']],
    [['--min-confidence', 'high']],
    [['--min-confidence', '1.5']],
    [['--min-confidence', '']],
    [['--json', '--jsonl']],
    [['--json', 'a.txt', 'b.txt']],
    [['--tokens', 'a.txt']],
    [['--json=yes']],
    [['-', '-']],
    [['--jsonl', '--workers']],
    [['--jsonl', '--workers', '0']],
    [['--jsonl', '--workers', '-1']],
    [['--jsonl', '--workers', '1.5']],
    [['--jsonl', '--workers', 'two']],
    [['--jsonl', '--workers', '65']],
    [['--jsonl', '--workers', '']],
    [['--workers', '2', 'a.txt']],
    [['--json', '--workers', '2']],
  ])('rejects %j', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });
});

describe('formatting', () => {
  it('prints speaker, cue, kind and text', () => {
    expect(formatQuote(quote())).toBe('Vladimir Putin (said) [direct]: “We are friends.”');
  });

  it('prints (unknown) without a speaker and drops a missing cue', () => {
    expect(formatQuote(quote({ speaker: null, cue: null, kind: 'mixed' }))).toBe(
      '(unknown) [mixed]: “We are friends.”',
    );
  });

  it('keeps each quote on one line', () => {
    expect(formatQuote(quote({ text: 'one\ntwo  three' }))).toBe('Vladimir Putin (said) [direct]: “one two three”');
  });

  it('summarises', () => {
    expect(formatSummary({ quotes: [] })).toBe(
      '0 quotes (0 direct, 0 mixed, 0 indirect); 0 with a speaker, 0 distinct speakers',
    );
    const qs = [quote(), quote({ id: 'q2', kind: 'indirect' }), quote({ id: 'q3', speaker: null })];
    expect(formatSummary({ quotes: qs })).toBe(
      '3 quotes (2 direct, 0 mixed, 1 indirect); 2 with a speaker, 1 distinct speaker',
    );
    expect(formatText({ quotes: qs }).trimEnd().split('\n')).toHaveLength(4);
  });

  it('drops tokens unless asked', () => {
    const r = extractQuotes('He said "yes."');
    expect(publicResult(r, false)).not.toHaveProperty('tokens');
    expect(publicResult(r, true)).toHaveProperty('tokens');
    expect(publicResult(r, false)).toHaveProperty('quotes');
  });
});

describe('JSONL lines', () => {
  const opts = {};
  it('skips blank lines', () => {
    expect(processLine('   ', 1, extractQuotes, opts, false)).toBeNull();
  });
  it('turns a good line into {id, ...result}', () => {
    const out = processLine('{"id":"d1","text":"He said \\"yes.\\""}', 1, extractQuotes, opts, false);
    expect(out?.error).toBe(false);
    expect(out?.record).toMatchObject({ id: 'd1', text: 'He said "yes."' });
    expect(out?.record).toHaveProperty('quotes');
    expect(out?.record).not.toHaveProperty('tokens');
  });
  it.each([
    ['not json', null, /invalid JSON/],
    ['[1,2]', null, /object/],
    ['"text"', null, /object/],
    ['{"id":"d2"}', 'd2', /text/],
    ['{"id":7,"text":42}', 7, /text/],
  ])('reports %j as an error record', (line, id, msg) => {
    const out = processLine(line, 5, extractQuotes, opts, false);
    expect(out?.error).toBe(true);
    expect(out?.record).toMatchObject({ id, line: 5 });
    expect(String(out?.record['error'])).toMatch(msg);
  });
  it('reports a throwing extractor as an error record', () => {
    const boom = () => {
      throw new Error('boom');
    };
    const out = processLine('{"id":1,"text":"x"}', 2, boom, opts, false);
    expect(out).toEqual({ record: { id: 1, line: 2, error: 'boom' }, error: true });
  });
  it('joins the output lines of a batch and counts its documents and error records', () => {
    const raws = ['{"id":"a","text":"He said \\"yes.\\""}', '', 'oops', '{"id":"b","text":"No quote here."}'];
    const got = processLines(raws, [3, 4, 5, 6], extractQuotes, opts, false);
    expect(got.docs).toBe(3);
    expect(got.errors).toBe(1);
    const records = new TextDecoder().decode(got.out).split('\n');
    expect(records.pop()).toBe(''); // every output line ends with a newline
    expect(records.map((r) => JSON.parse(r) as Record<string, unknown>)).toMatchObject([
      { id: 'a' },
      { id: null, line: 5 },
      { id: 'b' },
    ]);
    expect(processLines(['', ' '], [1, 2], extractQuotes, opts, false)).toEqual({
      out: new Uint8Array(0),
      docs: 0,
      errors: 0,
    });
  });
});

describe('Utf8Lines', () => {
  it('encodes each line with its newline, past the first buffer and beyond the BMP', () => {
    const lines = new Utf8Lines();
    const long = 'é'.repeat(40_000); // 80,000 bytes: more than the first buffer
    const all = ['plain', long, '“curly” 👍🏽 Ĳ', ''];
    for (const s of all) lines.line(s);
    expect(new TextDecoder().decode(lines.take())).toBe(all.map((s) => `${s}\n`).join(''));
    expect(lines.take().length).toBe(Buffer.byteLength(all.join('\n') + '\n'));
  });

  it('is empty before any line', () => {
    expect(new Utf8Lines().take()).toEqual(new Uint8Array(0));
  });
});

describe('main', () => {
  it('prints help and version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: saidby/);
    const v = await run(['--version']);
    expect(v).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });

  it('exits 2 with the usage when stdin is a terminal and no file is given', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    expect(await main([], { stdin, stdout, stderr })).toBe(2);
    expect(err).toMatch(/no input/);
  });

  it('exits 2 with the usage on a bad flag', async () => {
    const r = await run(['--nope']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/--nope/);
    expect(r.err).toMatch(/Usage: saidby/);
  });

  it.each([
    ['--min-confidance', '--min-confidence'],
    ['--jsnol', '--jsonl'],
    ['--from-htm', '--from-html'],
    ['--tokns=1', '--tokens'],
  ])('exits 2 with one line naming a mistyped flag (%s) and the closest valid one', async (typo, meant) => {
    const r = await run([typo, '0.5']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`saidby: unknown option '${typo.split('=')[0]}'; did you mean ${meant}?\n`);
  });

  it('reads stdin and prints one line per quote plus a summary', async () => {
    const text = 'Mayor Jo Lind said: "The bridge is open."';
    const r = await run([], text);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    const n = extractQuotes(text).quotes.length;
    expect(lines).toHaveLength(n + 1);
    expect(lines.at(-1)).toMatch(new RegExp(`^${n} quotes? \\(`));
  });

  it('reads a file, and "-" as stdin', async () => {
    const r = await run(['examples/article.txt', '-'], 'He said "yes."');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^==> examples\/article\.txt <==\n/);
    expect(r.out).toMatch(/\n==> \(stdin\) <==\n/);
  });

  it('exits 1 when a file cannot be read, and goes on with the others', async () => {
    const r = await run(['no/such/file.txt', '-'], 'x');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no\/such\/file\.txt/);
    expect(r.out).toMatch(/==> \(stdin\) <==/);
  });

  it('prints the result as JSON without tokens, or with --tokens', async () => {
    const text = 'He said "yes."';
    const r = await run(['--json'], text);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Partial<Result>;
    expect(j.text).toBe(text);
    expect(Array.isArray(j.quotes)).toBe(true);
    expect(j).not.toHaveProperty('tokens');
    expect(r.out).toContain('\n  '); // pretty
    const t = JSON.parse((await run(['--json', '--tokens'], text)).out) as Result;
    expect(t.tokens.length).toBeGreaterThan(0);
  });

  it('passes --min-confidence on', async () => {
    const text = '"We will win," she said.';
    const all = JSON.parse((await run(['--json'], text)).out) as Result;
    expect(all.quotes).toHaveLength(1);
    const r = JSON.parse((await run(['--json', '--min-confidence', '1'], text)).out) as Result;
    expect(r.quotes).toHaveLength(0); // its confidence is below 1
  });

  it('passes --unattributed on', async () => {
    const text = 'The room went quiet.\n"Nobody leaves until the count is done."';
    expect((JSON.parse((await run(['--json'], text)).out) as Result).quotes).toHaveLength(0);
    const r = JSON.parse((await run(['--json', '--unattributed'], text)).out) as Result;
    expect(r.quotes.map((q) => [q.rule, q.speaker])).toEqual([['unattributed', null]]);
  });

  it('writes one line per JSONL document, error records for bad lines, and exits 1', async () => {
    const input = [
      '{"id":"a","text":"He said \\"yes.\\""}',
      'oops',
      '',
      '{"id":"c"}',
      '{"id":"d","text":"No quotes."}',
    ].join('\n');
    const r = await run(['--jsonl'], input);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/2 bad lines/);
    const recs = r.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(recs.map((x) => x['id'])).toEqual(['a', null, 'c', 'd']);
    expect(recs[0]).toHaveProperty('quotes');
    expect(recs[0]).not.toHaveProperty('tokens');
    expect(recs[1]).toMatchObject({ line: 2 });
    expect(recs[2]).toMatchObject({ line: 4 });
    expect(recs[3]).not.toHaveProperty('error');
  });

  it('exits 0 on clean JSONL input', async () => {
    const r = await run(['--jsonl'], '{"id":1,"text":"Hello."}\r\n{"id":2,"text":"Bye."}\n');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.trimEnd().split('\n')).toHaveLength(2);
  });

  it('streams JSONL files: error records carry their line number in their own file, blank lines counted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saidby-cli-'));
    try {
      const a = join(dir, 'a.jsonl');
      const b = join(dir, 'b.jsonl');
      writeFileSync(a, '\ufeff{"id":"a1","text":"He said \\"yes.\\""}\r\n\r\n{"id":"a3"}\r\n');
      writeFileSync(b, '[1]\n{"id":"b2","text":"No quotes."}');
      // text is not in --jsonl's default fields: asked for, to see the BOM left out
      const r = await run(['--jsonl', '--fields', 'text,quotes', a, join(dir, 'missing.jsonl'), b]);
      expect(r.code).toBe(1);
      const recs = r.out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(recs.map((x) => [x['id'], x['line'] ?? null])).toEqual([
        ['a1', null],
        ['a3', 3],
        [null, 1],
        ['b2', null],
      ]);
      expect(recs[0]).toMatchObject({ text: 'He said "yes."' }); // the BOM is not part of the first line
      expect(r.err).toMatch(/missing\.jsonl/);
      expect(r.err).toMatch(/2 bad lines/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('draws a progress bar on stderr only when stderr is a terminal, never on stdout', async () => {
    const input = '{"id":1,"text":"\\"Yes,\\" she said."}\n{"id":2,"text":"Bye."}\n';
    const quiet = await run(['--jsonl'], input);
    expect(quiet.err).toBe('');
    const tty = await run(['--jsonl'], input, true);
    expect(tty.code).toBe(0);
    expect(tty.out).toBe(quiet.out);
    expect(tty.err).toMatch(/2 articles/);
    expect(tty.err).toMatch(/MB\/s/);
    expect(tty.err.endsWith('\n')).toBe(true);
  });
});

describe('progress bar', () => {
  const tty = () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true });
    let text = '';
    stream.on('data', (c: Buffer) => (text += c.toString()));
    return { stream, text: () => text };
  };

  it('shows articles, MB, MB/s, the share done and the ETA when the size is known', () => {
    const err = tty();
    let t = 0;
    const p = createProgress(err.stream, 4_000_000, () => t, 0);
    t = 1000;
    p.advance(1_000_000, 1);
    p.advance(10, 0); // a blank line: bytes, no article
    t = 2000;
    p.advance(990_000, 1);
    p.finish();
    const last = err.text().split('\r').at(-1) ?? '';
    expect(last).toContain('2 articles');
    expect(last).toContain('2.0 MB');
    expect(last).toContain('1.00 MB/s');
    expect(last).toContain('50%');
    expect(last).toContain('ETA 0:02');
  });

  it('leaves out the share and ETA when the size is unknown, and draws at most every interval', () => {
    const err = tty();
    let t = 0;
    const p = createProgress(err.stream, null, () => t, 200);
    for (let k = 0; k < 10; k++) {
      t += 10;
      p.advance(100, 1);
    }
    expect(err.text().split('\r').length - 1).toBe(1);
    p.finish();
    expect(err.text()).not.toMatch(/ETA|%/);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (c: Buffer) => (text += c.toString()));
    const p = createProgress(stream, 100);
    p.advance(50, 1);
    p.finish();
    expect(text).toBe('');
  });
});

describe('streamLineBatches', () => {
  async function lines(chunks: (string | Buffer)[]): Promise<string[]> {
    const input = new PassThrough();
    const got: Promise<string[]> = (async () => {
      const out: string[] = [];
      for await (const batch of streamLineBatches(input)) out.push(...batch);
      return out;
    })();
    for (const c of chunks) input.write(c);
    input.end();
    return got;
  }

  it('gives in one batch the lines a chunk completes, and never waits for a chunk to fill', async () => {
    const input = new PassThrough();
    const it = streamLineBatches(input);
    input.write('a\nb\nc');
    expect((await it.next()).value).toEqual(['a', 'b']); // 'c' is not complete yet; more input has not come
    input.write('d\r\ne\n');
    expect((await it.next()).value).toEqual(['cd', 'e']);
    input.end('f');
    expect((await it.next()).value).toEqual(['f']);
    expect((await it.next()).done).toBe(true);
  });

  it('splits on \\n and \\r\\n, keeps blank lines, and gives a last line without a newline', async () => {
    expect(await lines(['a\r\nb\n\nc'])).toEqual(['a', 'b', '', 'c']);
    expect(await lines(['a\n'])).toEqual(['a']);
    expect(await lines([])).toEqual([]);
  });

  it('joins lines cut across chunks, \\r\\n and multi-byte characters included', async () => {
    const euro = Buffer.from('€', 'utf8');
    expect(await lines(['ab', 'c\r', '\nd', 'e', 'f\n'])).toEqual(['abc', 'def']);
    expect(await lines([Buffer.from('x'), euro.subarray(0, 1), euro.subarray(1), Buffer.from('y\nz')])).toEqual([
      'x€y',
      'z',
    ]);
    const long = 'w'.repeat(100_000);
    expect(await lines([long.slice(0, 5), long.slice(5, 70_000), long.slice(70_000) + '\nend'])).toEqual([long, 'end']);
  });

  it('reads no further than the consumer asks (back-pressure)', async () => {
    const input = new PassThrough({ highWaterMark: 16 });
    const big = 'x'.repeat(40) + '\n';
    let written = 0;
    void (async () => {
      for (let k = 0; k < 1000 && !input.destroyed; k++) {
        written++;
        if (!input.write(big)) await new Promise((resolve) => input.once('drain', resolve));
      }
    })();
    const it = streamLineBatches(input);
    await it.next();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(written).toBeLessThan(20); // the writer is held back while nobody reads
    input.destroy();
  });
});
