// The corpus report (saidby report --html) in headless Chromium, from a file:// URL with every network request
// refused: a made-up corpus of 300 articles (bench/make-corpus.mjs) is read by the CLI, and the page must show its
// eight charts as drawn SVG, tables capped at the top rows, no error and no request. Keeps screenshots in
// test-artifacts/report.png (the whole page) and report-top.png (the first screen). Needs Debian's chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = join(root, 'test-artifacts');

if (!existsSync(CHROMIUM)) {
  const msg = `test/browser/report.test.ts: skipped, missing Chromium (${CHROMIUM}): apt-get install -y chromium`;
  if (process.env['CI']) throw new Error(msg);
  console.warn(msg);
}

describe.skipIf(!existsSync(CHROMIUM))('the corpus report in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'saidby-report-page-'));
    const corpus = join(dir, 'corpus.jsonl');
    const html = join(dir, 'report.html');
    // About 300 made-up articles, six outlets, three years of dates.
    execFileSync(process.execPath, [join(root, 'bench', 'make-corpus.mjs'), '--mb', '0.45', '--out', corpus]);
    const r = await runCli(['report', corpus, '--html', html]);
    expect(r.code, r.err).toBe(0);
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file://')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(html).href);
  });

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws its eight charts as SVG with marks, beside tables capped at the top rows', async () => {
    const charts = await page.$$eval('.chart svg', (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        return {
          width: box.width,
          height: box.height,
          marks: svg.querySelectorAll('.mark-rect path, .mark-rect rect').length,
          title: svg.querySelector('.role-title-text')?.textContent ?? '',
        };
      }),
    );
    expect(charts.map((c) => c.title)).toEqual([
      'Quotes by who is quoted',
      'Gender of the people quoted',
      'Where each gender came from (people)',
      'Gender of quotes by named people, by outlet',
      'Quotes by named people, by month and gender',
      'People quoted by nationality',
      'Most quoted speakers',
      'Cue classes by who is quoted',
    ]);
    for (const c of charts) {
      expect(c.width, c.title).toBeGreaterThan(200);
      expect(c.height, c.title).toBeGreaterThan(50);
      expect(c.marks, c.title).toBeGreaterThan(0);
    }
    const speakerRows = await page.$$eval('#speakers tbody tr', (trs) => trs.length);
    expect(speakerRows).toBe(25);
    const headline = await page.$eval('.cards', (el) => el.textContent ?? '');
    expect(headline).toContain('articles');
    expect(headline).toContain('outlets');
  });

  it('loads nothing from the network and logs no error; keeps screenshots', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-top.png') });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
