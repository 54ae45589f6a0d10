// Builds the browser demo into demo/dist/ (one minified script with saidby (its word classes, and the knowledge base
// it imports from saidby/kb) in it, run in a Web Worker, and the page), and reports its size, minified and gzipped.
// It also bundles each library entry alone for the browser (demo/dist/entries/, everything it imports included) to
// report what each costs a web page, and a page that calls only extractQuotes (demo/extract-only.ts).
// Usage: node scripts/build-demo.mjs [--json]
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}demo/dist`;
mkdirSync(out, { recursive: true });

const browser = {
  platform: 'browser',
  target: 'es2020',
  minify: true,
  bundle: true,
  noExternal: [/.*/],
  sourcemap: false,
  dts: false,
  clean: false,
  silent: true,
  config: false,
  loader: { '.sbkb': 'text' }, // the compact knowledge base, imported as text by saidby/kb
};

// The page's script is two bundles in one file: the Web Worker's (saidby, saidby/kb, saidby/render, saidby/html,
// demo/worker.ts) as a string the page starts a worker from, then the page's own (demo/main.ts, with the sample
// article). One file, and no worker script to fetch, so the page works from disk as well as from a server.
await build({
  ...browser,
  entry: { 'demo-worker': `${root}demo/worker.ts`, 'demo-page': `${root}demo/main.ts` },
  outDir: `${out}/parts`,
  format: ['iife'],
  outExtension: () => ({ js: '.js' }),
  loader: { ...browser.loader, '.txt': 'text' },
});
const workerSource = readFileSync(`${out}/parts/demo-worker.js`, 'utf8');
const pageSource = readFileSync(`${out}/parts/demo-page.js`, 'utf8');
writeFileSync(`${out}/demo.js`, `var SAIDBY_WORKER_SOURCE=${JSON.stringify(workerSource)};\n${pageSource}`);
rmSync(`${out}/parts`, { recursive: true, force: true });
copyFileSync(`${root}demo/index.html`, `${out}/index.html`);

const entries = {
  saidby: 'src/index.ts',
  'saidby-render': 'src/render/index.ts',
  'saidby-html': 'src/html/index.ts',
  'saidby-kb': 'src/kb/bundled.ts',
  'extract-only': 'demo/extract-only.ts',
};
await build({
  ...browser,
  entry: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, `${root}${v}`])),
  outDir: `${out}/entries`,
  format: ['esm'],
  splitting: false,
  outExtension: () => ({ js: '.js' }),
});

function measure(file) {
  const bytes = readFileSync(`${root}${file}`);
  return { file, minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}
const sizes = [measure('demo/dist/demo.js'), ...Object.keys(entries).map((k) => measure(`demo/dist/entries/${k}.js`))];
writeFileSync(`${out}/size.json`, JSON.stringify(sizes, null, 2) + '\n');
if (process.argv.includes('--json')) console.log(JSON.stringify(sizes));
else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  for (const s of sizes)
    console.log(`${s.file}: ${kb(s.minified)} minified, ${kb(s.gzipped)} gzipped (${s.minified} / ${s.gzipped} bytes)`);
}
