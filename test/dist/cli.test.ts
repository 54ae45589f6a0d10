// The built CLI, run as a real process: `node dist/cli.js …`.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
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
    expect(recs[0]).toMatchObject({ id: 'ok', text: '"Yes," she said.' });
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
});
