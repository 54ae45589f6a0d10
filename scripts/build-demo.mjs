// Builds the browser demo into demo/dist/ (one minified script with saidby (its word classes, and the knowledge base
// it imports from saidby/kb) in it, and the page), and reports its size, minified and gzipped. It also bundles each
// library entry alone for the browser (demo/dist/entries/, everything it imports included) to report what each costs
// a web page, and a page that calls only extractQuotes (demo/extract-only.ts).
// Usage: node scripts/build-demo.mjs [--json]
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

await build({
  ...browser,
  entry: { demo: `${root}demo/main.ts` },
  outDir: out,
  format: ['iife'],
  outExtension: () => ({ js: '.js' }),
});
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
