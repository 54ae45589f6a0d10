// Every runnable example in examples/ runs against the built package and prints what it should; the TypeScript
// project type-checks against dist/'s declarations (strict, nodenext). Run `npm run build` first. The browser
// example is tested in Chromium: test/browser/examples.test.ts.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const examples = join(root, 'examples');
const run = (file: string, ...args: string[]): string =>
  execFileSync(process.execPath, [join(examples, file), ...args], { encoding: 'utf8', cwd: root });

describe('examples/', () => {
  it('esm.mjs prints each quote of article.txt with its speaker and cue', () => {
    const lines = run('esm.mjs').trim().split('\n');
    expect(lines).toContain('Anna Berg (said) direct: The money is already in the budget, and it will stay there.');
    expect(lines.at(-1)).toMatch(/^\d+ quotes, \d+ entities$/);
  });

  it('cjs.cjs counts the quotes of each speaker', () => {
    const lines = run('cjs.cjs').trim().split('\n');
    expect(lines).toContain('2\tTomas Lindqvist');
    expect(lines).toContain('1\tPavel Dunmore');
  });

  it('html.mjs reads the page, skips its menu and links, and gives offsets into the HTML', () => {
    const out = run('html.mjs');
    expect(out).toContain('Elin Dahl: Every engine part has been replaced or checked twice,');
    expect(out).not.toContain('Ferry fares to rise');
    const [, start] = out.match(/\[html (\d+)-\d+\]/) ?? [];
    expect(Number(start)).toBeGreaterThan(400);
  });

  it('many.mjs runs 40 made-up documents in worker threads, in input order', () => {
    const lines = run('many.mjs').trim().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'doc-0: Ada Morrow: We start on day 1,',
      'doc-1: Jonas Pell: We start on day 2,',
      'doc-2: Rita Okafor: We start on day 3,',
    ]);
    expect(lines.at(-1)).toBe('40 documents, 40 quotes');
  });

  describe('typescript/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saidby-example-ts-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('type-checks against the built package, strict, under nodenext, and runs', () => {
      // As `npm install` of "saidby": "file:../.." would lay it out, without the network.
      cpSync(join(examples, 'typescript'), dir, { recursive: true });
      mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
      symlinkSync(root, join(dir, 'node_modules', 'saidby'), 'dir');
      symlinkSync(join(root, 'node_modules', '@types', 'node'), join(dir, 'node_modules', '@types', 'node'), 'dir');
      execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], {
        encoding: 'utf8',
      });
      const out = execFileSync(process.execPath, [join(dir, 'out', 'index.js')], { encoding: 'utf8' });
      expect(out).toContain('Ines Carver said: Books are for everyone,');
    });
  });
});
