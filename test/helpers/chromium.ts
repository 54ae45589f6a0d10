// Headless Chromium (Debian's package, driven by playwright-core) and a static server, for the browser tests of the
// examples and the demo. CI installs chromium (.ci/run); elsewhere a missing browser skips, with a warning.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null; in CI a missing piece throws instead. */
export function chromiumMissing(file: string): string | null {
  if (existsSync(CHROMIUM)) return null;
  const msg = `${file}: skipped, missing Chromium (${CHROMIUM}): apt-get install -y chromium (.ci/run does)`;
  if (process.env['CI']) throw new Error(msg);
  console.warn(msg);
  return msg;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

/** A static server of `root` on an ephemeral port of 127.0.0.1, serving only the folders named in `allow`. */
export function serveStatic(root: string, allow: readonly string[]): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '');
    const file = join(root, path.endsWith('/') || path === '' ? `${path}index.html` : path);
    const allowed = allow.some((dir) => file.startsWith(join(root, dir) + sep));
    if (!allowed || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/** A fresh headless Chromium with a throw-away profile; `close` removes it. */
export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'saidby-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
