#!/usr/bin/env node
// saidby report at scale: 100 MB of JSONL summarised in one streaming pass, its time and peak RSS, with the progress
// bar drawn (the CLI runs under `script`, which gives it a terminal). Two inputs, both made up by
// bench/make-corpus.mjs: results JSONL (what `saidby --jsonl` writes; the report only parses and folds) and articles
// JSONL (the report runs saidby on each article itself, in its one thread). The baseline, measured in the same run,
// is a bare pass over the same results file that reads and JSON.parses every line and keeps nothing: the floor
// for any streaming summary of it.
//
//   npm run build && node bench/report.mjs [--mb 100] [--save] [--save-dir DIR] [--results-only]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { saveDir, saveResult } from './results.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: v } = parseArgs({
  options: {
    mb: { type: 'string', default: '100' },
    save: { type: 'boolean', default: false },
    'save-dir': { type: 'string' },
    'results-only': { type: 'boolean', default: false },
  },
});
const MB = Number(v.mb);
if (!(MB > 0)) throw new Error('--mb expects a positive number');
if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('run `npm run build` first');
const work = join(root, '.bench', 'report');
mkdirSync(work, { recursive: true });
const node = process.execPath;
const cli = join(root, 'dist', 'cli.js');
const rss = join(root, 'bench', 'rss.mjs');

const sizeMB = (file) => +(statSync(file).size / 1e6).toFixed(1);
const lines = (file) => Number(execFileSync('wc', ['-l', file], { encoding: 'utf8' }).trim().split(' ')[0]);

/** Results JSONL of about `mb` MB: articles made up, then read by `saidby --jsonl --workers 2`. */
function makeResults(mb) {
  const articles = join(work, 'for-results.jsonl');
  const results = join(work, 'results.jsonl');
  // A result line is about 12 times its article's line (sentences, paragraphs, entities and spans).
  execFileSync(
    node,
    [join(root, 'bench', 'make-corpus.mjs'), '--mb', String(mb / 12), '--out', articles, '--seed', '2'],
    {
      stdio: 'inherit',
    },
  );
  execFileSync('bash', ['-c', `"${node}" "${cli}" --jsonl --workers 2 "${articles}" > "${results}"`], {
    stdio: 'inherit',
  });
  rmSync(articles);
  return results;
}

/** `node bench/rss.mjs ARGS` in a terminal of its own (`script`), so that the CLI draws its progress bar. */
function measured(args) {
  const command = [node, rss, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const haveScript = spawnSync('script', ['--version']).status === 0;
  const child = haveScript
    ? spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync('bash', ['-c', `${command} 3>&2`], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = `${child.stdout}\n${child.stderr}`;
  if (child.status !== 0) throw new Error(`failed (${child.status}): ${command}\n${out.slice(-2000)}`);
  const figures = out
    .split(/[\r\n]+/)
    .filter((l) => l.includes('"maxRssMB"'))
    .map((l) => JSON.parse(l.slice(l.indexOf('{'))))
    .at(-1);
  if (!figures) throw new Error(`no figures from: ${command}\n${out.slice(-2000)}`);
  const bar = out.includes('100%') && out.includes('MB/s');
  return { seconds: figures.seconds, maxRssMB: figures.maxRssMB, cpuSeconds: figures.cpuSeconds, progressBar: bar };
}

const BARE = join(work, 'bare-pass.mjs');
writeFileSync(
  BARE,
  `// Reads and JSON.parses every line of a file, keeping nothing: the baseline for saidby report.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
let n = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity }))
  if (line.trim()) n += JSON.parse(line).quotes.length;
process.stderr.write(\`\${n} quotes\\n\`);
`,
);

const runs = [];
const results = makeResults(MB);
const resultsInput = { file: 'results JSONL', MB: sizeMB(results), lines: lines(results) };
console.log(`results JSONL: ${resultsInput.MB} MB, ${resultsInput.lines} articles`);
runs.push({ run: 'baseline: read and JSON.parse every line', input: resultsInput, ...measured([BARE, results]) });
const out = (name) => join(work, name);
runs.push({
  run: 'saidby report (results JSONL)',
  input: resultsInput,
  ...measured([cli, 'report', results, '--json', out('summary.json'), '--html', out('report.html')]),
});
rmSync(results);

if (!v['results-only']) {
  const articles = join(work, 'articles.jsonl');
  execFileSync(node, [join(root, 'bench', 'make-corpus.mjs'), '--mb', String(MB), '--out', articles], {
    stdio: 'inherit',
  });
  const input = { file: 'articles JSONL', MB: sizeMB(articles), lines: lines(articles) };
  runs.push({
    run: 'saidby report (articles JSONL: extraction in the same pass)',
    input,
    ...measured([
      cli,
      'report',
      articles,
      '--json',
      out('summary-articles.json'),
      '--html',
      out('report-articles.html'),
    ]),
  });
  rmSync(articles);
}

const summary = JSON.parse(readFileSync(out('summary.json'), 'utf8'));
console.log('\n| run | input | MB | articles | seconds | MB/s | CPU seconds | peak RSS MB | progress bar |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of runs)
  console.log(
    `| ${r.run} | ${r.input.file} | ${r.input.MB} | ${r.input.lines} | ${r.seconds} | ${(r.input.MB / r.seconds).toFixed(1)} | ` +
      `${r.cpuSeconds} | ${r.maxRssMB} | ${r.progressBar ? 'yes' : 'no'} |`,
  );
console.log(
  `\nsummary of the results: ${summary.articles} articles, ${summary.quotes.total} quotes, ${summary.speakers.distinct} speakers`,
);
const dir = saveDir(v.save, v['save-dir']);
if (dir) console.log(`saved ${saveResult('report', { targetMB: MB, runs }, dir)}`);
