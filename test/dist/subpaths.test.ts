// The built subpath entries saidby/render and saidby/html, ESM and CommonJS, and the built CLI's HTML options.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Html from '../../src/html/index.js';
import type * as Render from '../../src/render/index.js';
import type * as Plugin from '../../src/compromise/index.js';
import type Nlp from 'compromise';
import type * as Report from '../../src/report/index.js';
import type { SaidBy } from './shape.js';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));
const RENDER_API = ['CSS', 'PALETTE_SIZE', 'escapeHtml', 'renderEntityList', 'renderHtml', 'renderQuoteTable', 'renderText', 'wikidataUrl'];
const HTML_API = ['DEFAULT_MAX_DEPTH', 'extractQuotesFromHtml', 'htmlToText'];
const PAGE = '<html><body><nav><a href="/">Home</a></nav><article><h1>Vote</h1><p>&ldquo;We won,&rdquo; Finance Minister Anna Berg said.</p></article><script>"No," x said.</script></body></html>';

function check(render: typeof Render, html: typeof Html, lib: SaidBy): void {
  expect(Object.keys(render).sort()).toEqual(RENDER_API);
  expect(Object.keys(html).sort()).toEqual(HTML_API);
  const r = html.extractQuotesFromHtml(PAGE);
  expect(r.text).toBe('Vote\n\n“We won,” Finance Minister Anna Berg said.');
  expect(r.quotes).toHaveLength(1);
  const part = r.quotes[0]?.parts[0];
  expect(part && PAGE.slice(part.source.start, part.source.end)).toBe('We won,');
  const out = render.renderHtml(lib.extractQuotes(r.text), { page: true, title: '<x>' });
  expect(out).toContain('data-speaker="Anna Berg"');
  expect(out).toContain('<title>&lt;x&gt;</title>');
}

describe('dist subpaths', () => {
  it('ESM: saidby/render and saidby/html', async () => {
    const render = (await import(new URL('../../dist/render.js', import.meta.url).href)) as typeof Render;
    const html = (await import(new URL('../../dist/html.js', import.meta.url).href)) as typeof Html;
    const lib = (await import(new URL('../../dist/index.js', import.meta.url).href)) as SaidBy;
    check(render, html, lib);
  });

  it('CommonJS: saidby/render and saidby/html', () => {
    check(require('../../dist/render.cjs') as typeof Render, require('../../dist/html.cjs') as typeof Html, require('../../dist/index.cjs') as SaidBy);
  });

  it('the package exports resolve to them', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['.', './render', './html']));
    expect(require.resolve('saidby/render')).toBe(join(root, 'dist', 'render.cjs'));
    expect(require.resolve('saidby/html')).toBe(join(root, 'dist', 'html.cjs'));
  });

  it('saidby/compromise: the built plugin, ESM and CommonJS, in the installed compromise', async () => {
    const esm = (await import(new URL('../../dist/compromise.js', import.meta.url).href)) as typeof Plugin;
    const cjs = require('../../dist/compromise.cjs') as typeof Plugin;
    for (const plugin of [esm.default, cjs.default]) {
      const nlp = (await import('compromise')).default as typeof Nlp;
      nlp.plugin(plugin);
      const doc = nlp<Plugin.SaidbyMethods>('"We won," Ana Lind said.');
      expect(doc.attributions().json()[0]).toMatchObject({ quote: 'We won,', speaker: 'Ana Lind', cue: 'said' });
    }
    expect(require.resolve('saidby/compromise')).toBe(join(root, 'dist', 'compromise.cjs'));
  });

  it('the library files load nothing from Node', () => {
    // saidby/node, saidby/queue, the CLI and their workers
    const nodeOnly = new Set(['cli.js', 'cli-worker.js', 'node.js', 'node.cjs', 'worker.js', 'queue.js', 'queue.cjs', 'queue-worker.js']);
    for (const f of readdirSync(join(root, 'dist')).filter((f) => /\.c?js$/.test(f) && !nodeOnly.has(f))) {
      const code = readFileSync(join(root, 'dist', f), 'utf8');
      expect(code, f).not.toMatch(/(from\s*|require\()["'](node:)?(fs|path|url|util|os|process|readline|stream|events|child_process)["']/);
    }
  });

  it('no built file loads compromise: its word classes are data (src/generated/word-classes.ts)', () => {
    for (const f of readdirSync(join(root, 'dist')).filter((f) => /\.c?js$/.test(f))) {
      expect(readFileSync(join(root, 'dist', f), 'utf8'), f).not.toMatch(/(from\s*|require\(|import\()["']compromise/);
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain('compromise');
  });

  it('the CLI reads a .html page and writes --html', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saidby-dist-html-'));
    try {
      const page = join(dir, 'page.html');
      const out = join(dir, 'out.html');
      writeFileSync(page, PAGE);
      const r = spawnSync(process.execPath, ['dist/cli.js', page, '--html', out], { cwd: root, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('Anna Berg (said) [direct]: “We won,”');
      expect(r.stdout).not.toContain('No,');
      expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<mark class="sb-quote sb-direct"[^>]*data-speaker="Anna Berg"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dist: saidby/report', () => {
  const REPORT_API = [
    'GENDER_SOURCES',
    'SPEAKER_GROUPS',
    'chartSpecs',
    'createSummarizer',
    'renderCharts',
    'renderReport',
    'reportHtml',
    'summarize',
    'summarizeAsync',
  ];

  async function check(report: typeof Report, lib: SaidBy): Promise<void> {
    expect(Object.keys(report).sort()).toEqual(REPORT_API);
    const result = lib.extractQuotes('"We won," Finance Minister Anna Berg said.');
    const summary = report.summarize([{ ...result, source: 'Test Post', date: '2025-05-01' }]);
    expect(summary.speakers.top[0]?.name).toBe('Anna Berg');
    const page = await report.renderReport(summary);
    expect(page.match(/<svg[\s>]/g)?.length).toBe(Object.keys(report.chartSpecs(summary)).length);
  }

  it('ESM and CommonJS both draw the charts (Vega is ESM only: the CommonJS build imports it)', async () => {
    await check(
      (await import(new URL('../../dist/report.js', import.meta.url).href)) as typeof Report,
      (await import(new URL('../../dist/index.js', import.meta.url).href)) as SaidBy,
    );
    await check(require('../../dist/report.cjs') as typeof Report, require('../../dist/index.cjs') as SaidBy);
    expect(require.resolve('saidby/report')).toBe(join(root, 'dist', 'report.cjs'));
  });

  it('the main entry does not load the charting library, and the report does not load the pipeline', () => {
    const chunks = readdirSync(join(root, 'dist')).filter((f) => /\.c?js$/.test(f) && !f.startsWith('report.'));
    for (const f of chunks) expect(readFileSync(join(root, 'dist', f), 'utf8'), f).not.toMatch(/["']vega(-lite)?["']/);
    for (const f of ['report.js', 'report.cjs']) {
      const code = readFileSync(join(root, 'dist', f), 'utf8');
      expect(code, f).not.toMatch(/from\s*["']\.\/(index|chunk-)/);
      expect(code.length, f).toBeLessThan(100_000); // no knowledge base inside
    }
  });

  it('the CLI writes the report page and the summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saidby-dist-report-'));
    try {
      const input = join(dir, 'in.jsonl');
      writeFileSync(
        input,
        JSON.stringify({ id: 1, source: 'Test Post', date: '2025-05-01', text: '"We won," Anna Berg said.' }) + '\n',
      );
      const args = ['dist/cli.js', 'report', input, '--html', join(dir, 'r.html'), '--json', join(dir, 's.json')];
      const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('1 article, 1 quote (1 direct');
      expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('<svg');
      expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'))).toMatchObject({ articles: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
