// The documentation stays true: the README's examples give what it shows, links and anchors resolve, the npm scripts
// it names exist, the CLI page lists the CLI's own options, and the performance page matches bench/results/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import pkg from '../package.json';

const root = resolve(__dirname, '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const DOCS = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'));
const PAGES = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...DOCS.map((f) => `docs/${f}`)];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

const anchors = (page: string): Set<string> =>
  new Set([...read(page).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1] as string)));

/** The text outside fenced code blocks, where links are links. */
const prose = (page: string): string => read(page).replace(/^```[\s\S]*?\n```/gm, '');

describe('README', () => {
  it('is a five-minute read: under 15 KB', () => {
    expect(statSync(join(root, 'README.md')).size).toBeLessThan(15_000);
  });

  it('gives the two set-up commands, which CI and package.json run', () => {
    const readme = read('README.md');
    expect(readme).toContain('npm ci && npm run example');
    expect(readme).toMatch(/^npm test\b/m);
    expect(pkg.scripts.example).toBe('npm run build && node dist/cli.js examples/article.txt');
    expect(read('.ci/run')).toMatch(/^step npm test$/m);
  });

  it("shows the CLI's own output on examples/article.txt", async () => {
    const block = read('README.md').match(/```\n\$ npx saidby examples\/article\.txt\n([\s\S]*?)```/);
    expect(block).not.toBeNull();
    const shown = (block?.[1] ?? '').split('\n').filter((l) => l && l !== '…');
    const { code, out } = await runCli([join(root, 'examples/article.txt')]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    for (const line of shown) expect(lines).toContain(line);
  });

  it("gives the quick start's output", () => {
    const readme = read('README.md');
    const text = readme
      .match(/^const text = '(.*)';$/m)?.[1]
      ?.replace(/\\n/g, '\n')
      .replace(/\\'/g, "'");
    const expected = readme.match(/^\/\/ (Anna Berg .*)$/m)?.[1];
    expect(text).toBeDefined();
    const q = extractQuotes(text as string).quotes[0];
    expect([q?.speaker?.name ?? '(unknown)', q?.cue?.text, q?.kind, q?.text].join(' ')).toBe(expected);
  });
});

describe('the documentation pages', () => {
  it.each(PAGES)('%s: relative links and anchors resolve', (page) => {
    const broken: string[] = [];
    for (const [, target] of prose(page).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target as string)) continue; // https:, mailto:
      const [path, anchor] = (target as string).split('#') as [string, string | undefined];
      const file = path === '' ? page : join(dirname(page), path);
      if (!existsSync(join(root, file))) broken.push(`${target}: no file ${file}`);
      else if (anchor && file.endsWith('.md') && !anchors(file).has(anchor)) broken.push(`${target}: no heading`);
    }
    expect(broken).toEqual([]);
  });

  it.each(PAGES)('%s: every `npm run` script it names exists', (page) => {
    const scripts = pkg.scripts as Record<string, string>;
    const named = [...read(page).matchAll(/npm run ([a-z][\w:-]*)/g)].map((m) => m[1] as string);
    expect(named.filter((s) => !(s in scripts))).toEqual([]);
  });

  it("docs/cli.md lists every option of the CLI's help", async () => {
    const { out } = await runCli(['--help']);
    const options = out.split('\n').filter((l) => /^ {2}-/.test(l));
    expect(options.length).toBeGreaterThan(5);
    const page = read('docs/cli.md');
    for (const line of options) expect(page).toContain(line);
  });

  it('docs/performance.md matches bench/results/*.json (npm run docs:perf)', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/perf-doc.mjs', '--check'], { cwd: root, stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('the licence and the notice ship with the package', () => {
    for (const file of ['LICENSE', 'NOTICE']) {
      expect(existsSync(join(root, file))).toBe(true);
      expect(pkg.files).toContain(file);
    }
  });
});
