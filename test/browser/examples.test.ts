// examples/browser/ in headless Chromium: the page loads the built package (dist/index.js) in a module Web Worker,
// shows the quotes of its sample text, and again after an edit. Run `npm run build` first.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launch, serveStatic } from '../helpers/chromium.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const missing = chromiumMissing('test/browser/examples.test.ts');

describe.skipIf(missing !== null)('examples/browser in Chromium', () => {
  let server: Server;
  let close: () => Promise<void>;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run npm run build');
    const served = await serveStatic(root, ['dist', 'examples']);
    server = served.server;
    const browser = await launch();
    close = browser.close;
    page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${served.url}/examples/browser/`);
  });

  afterAll(async () => {
    await close?.();
    await new Promise((resolve) => server?.close(resolve));
  });

  const items = (): Promise<string[]> => page.$$eval('#quotes li', (lis) => lis.map((li) => li.textContent ?? ''));

  it("finds the sample text's quotes in a Web Worker", async () => {
    await page.waitForSelector('#status[data-state="done"]', { timeout: 60_000 });
    expect(page.workers()).toHaveLength(1);
    expect(page.workers()[0]?.url()).toMatch(/\/examples\/browser\/worker\.js$/);
    const list = await items();
    expect(list).toContain('Elin Dahl: Every engine part has been replaced or checked twice, direct');
    expect(list.some((l) => l.startsWith('Marcus Reed: the town would pay'))).toBe(true);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('runs again on new text, which stays text', async () => {
    await page.fill('#input', '"<b>Bold</b> plans need money," Noor Vance said.');
    await page.click('#run');
    await page.waitForSelector('#status[data-state="done"]');
    expect(await items()).toEqual(['Noor Vance: <b>Bold</b> plans need money, direct']);
    expect(await page.$$eval('#quotes b', (b) => b.length)).toBe(0);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
