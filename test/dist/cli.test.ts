// The built CLI, run as a real process: `node dist/cli.js …`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: root, input: input ?? '', encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('dist/cli.js', () => {
  it('starts with a shebang', () => {
    expect(readFileSync(new URL('../../dist/cli.js', import.meta.url), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(statSync(new URL('../../dist/cli.js', import.meta.url)).isFile()).toBe(true);
  });

  it('imports the library only when it reads a document itself, so that --workers leaves it to the worker threads', () => {
    const source = readFileSync(new URL('../../dist/cli.js', import.meta.url), 'utf8');
    const staticImports = [...source.matchAll(/^import\s[^;]*?\sfrom\s*"([^"]+)"/gm)].map((m) => m[1]);
    expect(staticImports.length).toBeGreaterThan(3);
    for (const spec of ['./index.js', './html.js', './render.js', 'compromise', 'htmlparser2']) expect(staticImports).not.toContain(spec);
    expect(source).toContain('import("./index.js")');
  });

  it('prints the quotes of examples/article.txt and a summary', () => {
    const r = cli(['examples/article.txt']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    const summary = lines.at(-1) ?? '';
    const m = /^(\d+) quotes? \((\d+) direct, (\d+) mixed, (\d+) indirect\); \d+ with a speaker/.exec(summary);
    expect(m, summary).not.toBeNull();
    expect(lines.length - 1).toBe(Number(m?.[1]));
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^.+ \[(direct|mixed|indirect)\]: “.*”$/);
  });

  it('reads stdin when given no file or "-"', () => {
    const text = readFileSync(new URL('../../examples/article.txt', import.meta.url), 'utf8');
    const fromFile = cli(['examples/article.txt']).out;
    expect(cli([], text).out).toBe(fromFile);
    expect(cli(['-'], text).out).toBe(fromFile);
  });

  it('--json prints the result without tokens', () => {
    const r = cli(['--json', 'examples/article.txt']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, unknown>;
    for (const key of ['text', 'quotes', 'entities', 'sentences', 'paragraphs', 'warnings']) expect(j).toHaveProperty(key);
    expect(j).not.toHaveProperty('tokens');
    expect(r.out).toContain('\n  '); // pretty-printed
    const withTokens = JSON.parse(cli(['--json', '--tokens', 'examples/article.txt']).out) as { tokens: unknown[] };
    expect(withTokens.tokens.length).toBeGreaterThan(0);
  });

  it('--jsonl writes a record per line and an error record for a bad line', () => {
    const input = '{"id":"ok","text":"\\"Yes,\\" she said."}\n{broken\n{"id":"nt","text":null}\n{"id":2,"text":"Hello."}\n';
    const r = cli(['--jsonl'], input);
    expect(r.code).toBe(1);
    const recs = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(recs).toHaveLength(4);
    // The default fields: quotes, entities and warnings, not the text again (--fields text asks for it)
    expect(recs[0]).toMatchObject({ id: 'ok', quotes: [{ text: 'Yes,' }] });
    expect(recs[0]).not.toHaveProperty('text');
    expect(recs[0]).not.toHaveProperty('tokens');
    expect(recs[1]).toMatchObject({ id: null, line: 2 });
    expect(recs[1]?.['error']).toMatch(/invalid JSON/);
    expect(recs[2]).toMatchObject({ id: 'nt', line: 3 });
    expect(recs[3]).toMatchObject({ id: 2 });
    expect(recs[3]).toHaveProperty('quotes');
  });

  it('--help and --version', () => {
    const h = cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.out).toMatch(/^Usage: saidby/);
    expect(cli(['--version'])).toMatchObject({ code: 0, out: `${pkg.version}\n` });
  });

  it('exits 2 with the usage on a bad flag', () => {
    const r = cli(['--frobnicate', 'examples/article.txt']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/frobnicate/);
    expect(r.err).toMatch(/Usage: saidby/);
    expect(cli(['--min-confidence', 'lots']).code).toBe(2);
  });

  it('exits 1 on a missing file', () => {
    const r = cli(['does-not-exist.txt']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/does-not-exist\.txt/);
  });

  describe('--jsonl --workers', () => {
    const article = readFileSync(new URL('../../examples/article.txt', import.meta.url), 'utf8');
    const docs = [article, '"Yes," she said.', 'Putin said he appreciated the support.', article.slice(0, 500), ''];
    const good = docs.map((text, k) => JSON.stringify({ id: `d${k}`, text }));
    const input = [good[0], '{broken', good[1], '', good[2], '{"id":"x","text":7}', good[3], good[4], ''].join('\n');

    it('writes what the main thread writes, in input order, with error records and their line numbers', () => {
      const single = cli(['--jsonl'], input);
      const pooled = cli(['--jsonl', '--workers', '2'], input);
      expect(pooled.code).toBe(1);
      expect(pooled.out).toBe(single.out);
      const recs = pooled.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(recs.map((r) => r['id'])).toEqual(['d0', null, 'd1', 'd2', 'x', 'd3', 'd4']);
      expect(recs[1]).toMatchObject({ line: 2, error: expect.stringMatching(/invalid JSON/) });
      expect(recs[4]).toMatchObject({ line: 6, error: expect.stringMatching(/text/) });
      expect(recs[0]).toHaveProperty('quotes');
      // stderr is a pipe here: no progress bar, only the summary of bad lines
      expect(pooled.err).toBe('saidby: 2 bad lines (see the "error" records)\n');
    });

    it('is quiet on stderr when all goes well', () => {
      const r = cli(['--jsonl', '--workers', '1'], good.join('\n'));
      expect(r).toMatchObject({ code: 0, err: '' });
      expect(r.out.trimEnd().split('\n')).toHaveLength(good.length);
    });

    it('exits 2 on a bad --workers', () => {
      for (const w of ['0', 'x', '2.5']) {
        const r = cli(['--jsonl', '--workers', w], good[1]);
        expect(r.code).toBe(2);
        expect(r.err).toMatch(/--workers/);
      }
    });

    // A FIFO is a file that never ends until its writer closes it: reading files whole would wait for that.
    it.skipIf(process.platform === 'win32')('streams a file: the first result comes out before the input ends', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'saidby-fifo-'));
      const fifo = join(dir, 'in.jsonl');
      try {
        expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
        const child = spawn(process.execPath, ['dist/cli.js', '--jsonl', '--workers', '2', fifo], { cwd: root });
        const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
        const fd = openSync(fifo, 'w');
        writeSync(fd, good[1] + '\n');
        const first = await new Promise<string>((resolve, reject) => {
          let out = '';
          child.stdout.on('data', (c: Buffer) => {
            out += c.toString();
            if (out.includes('\n')) resolve(out);
          });
          child.on('exit', (code) => reject(new Error(`exited with ${code} before any output`)));
        });
        expect(JSON.parse(first.split('\n')[0] ?? '')).toMatchObject({ id: 'd1' });
        writeSync(fd, good[2] + '\n');
        closeSync(fd);
        expect(await exited).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
