#!/usr/bin/env node
// Cold start in Node: a fresh process imports saidby (built dist/) and makes its first call, with the bundled
// knowledge base (read from dist/kb-data.cjs on first use) and without one (knowledgeBase: false). The two are run
// alternately, --runs times each (default 7); the medians are reported, with their ratio (target: at most 3).
//
//   npm run build && node bench/cold.mjs [--runs 7] [--json]
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string' }, json: { type: 'boolean' } } });
const runs = Number(values.runs ?? 7);

const TEXT = 'Russian President Vladimir Putin met reporters. \\"We will not pay twice,\\" Putin said on Monday.';
const child = (kb) => `
const t0 = performance.now();
const { extractQuotes } = await import(${JSON.stringify(resolve(root, 'dist/index.js'))});
const r = extractQuotes("${TEXT}"${kb ? '' : ', { knowledgeBase: false }'});
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, rss: process.memoryUsage().rss, linked: r.entities.some((e) => e.link) }));
`;

function once(kb) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', child(kb)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const withKb = [];
const without = [];
for (let i = 0; i < runs; i++) {
  for (const kb of i % 2 ? [false, true] : [true, false]) (kb ? withKb : without).push(once(kb));
}
if (!withKb.every((r) => r.linked) || without.some((r) => r.linked)) throw new Error('linking not as expected');
const out = {
  runs,
  withKb: { ms: median(withKb.map((r) => r.ms)), rssMB: median(withKb.map((r) => r.rss)) / 1e6 },
  without: { ms: median(without.map((r) => r.ms)), rssMB: median(without.map((r) => r.rss)) / 1e6 },
};
out.ratio = out.withKb.ms / out.without.ms;
if (values.json) console.log(JSON.stringify(out));
else {
  const row = (name, r) => `${name}: ${r.ms.toFixed(1)} ms, ${r.rssMB.toFixed(0)} MB RSS`;
  console.log(`cold start (import + first call, fresh process, median of ${runs}):`);
  console.log(`  ${row('default knowledge base', out.withKb)}`);
  console.log(`  ${row('knowledgeBase: false  ', out.without)}`);
  console.log(`  ratio ${out.ratio.toFixed(2)} (target <= 3)`);
}
