// Builds the browser demo into demo/dist/ (one minified script with saidby, compromise and the knowledge base in it,
// and the page), and reports its size, minified and gzipped. Usage: node scripts/build-demo.mjs [--json]
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}demo/dist`;
mkdirSync(out, { recursive: true });

await build({
  entry: { demo: `${root}demo/main.ts` },
  outDir: out,
  format: ['iife'],
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
  outExtension: () => ({ js: '.js' }),
});
copyFileSync(`${root}demo/index.html`, `${out}/index.html`);

const js = readFileSync(`${out}/demo.js`);
const size = { file: 'demo/dist/demo.js', minified: js.length, gzipped: gzipSync(js, { level: 9 }).length };
writeFileSync(`${out}/size.json`, JSON.stringify(size, null, 2) + '\n');
if (process.argv.includes('--json')) console.log(JSON.stringify(size));
else {
  const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
  console.log(`demo/dist/demo.js: ${mb(size.minified)} minified, ${mb(size.gzipped)} gzipped (${size.minified} / ${size.gzipped} bytes)`);
}
