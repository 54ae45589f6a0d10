#!/usr/bin/env node
// Throughput of saidby (built dist/) against a compromise baseline on the same news texts.
//
//   npm run build && npm run bench                   # = node bench/speed.mjs
//   node bench/speed.mjs --gold FILE --limit 200 --runs 3 --json --no-stages
//   npm run bench -- --linear [--mb 20]              # one long document vs articles: bench/linear.ts
//   npm run bench -- --parallel [--cli-mb 100]       # workers 1 vs 2, and the CLI's peak RSS: bench/parallel.mjs
//   npm run bench -- --save                          # also write bench/results/speed.json (--save-dir DIR: elsewhere)
//
// Each system runs alone in a fresh child process that loads only that library: a warm-up over the first texts,
// then one measured pass over all of them, and its peak RSS (process.resourceUsage().maxRSS is a process-wide
// high-water mark). That is repeated --runs times (default 3), the systems interleaved and the order alternated;
// the median run is reported. One process per system, as a user runs one library: timed in one process, a library
// pays for the other's heap (saidby's pass took 15-20% longer with compromise loaded beside it).
// At the end it spawns `npx tsx bench/stages.ts` for saidby's per-stage breakdown (internal functions,
// imported from src/), unless --no-stages.
import { spawnSync } from 'node:child_process';
import { parseArgs as parseCommandLine } from 'node:util';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveDir, saveResult } from './results.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

// The other modes are scripts of their own; their arguments are passed on.
{
  const argv = process.argv.slice(2);
  const mode = argv.includes('--linear') ? 'linear' : argv.includes('--parallel') ? 'parallel' : null;
  if (mode) {
    const rest = argv.filter((a) => a !== '--linear' && a !== '--parallel');
    const [cmd, args] =
      mode === 'linear'
        ? ['npx', ['tsx', resolve(here, 'linear.ts'), ...rest]]
        : [process.execPath, [resolve(here, 'parallel.mjs'), ...rest]];
    const child = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
    process.exit(child.status ?? 1);
  }
}

function parseArgs(argv) {
  const { values: v } = parseCommandLine({
    args: argv,
    options: {
      gold: { type: 'string' },
      limit: { type: 'string' },
      runs: { type: 'string' },
      json: { type: 'boolean' },
      'no-stages': { type: 'boolean' },
      save: { type: 'boolean' },
      'save-dir': { type: 'string' },
      isolate: { type: 'string' }, // internal: child process timing one system and measuring its peak RSS
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) {
    console.log(
      'usage: node bench/speed.mjs [--gold FILE] [--limit N] [--runs N] [--json] [--no-stages] [--save]\n' +
        '       node bench/speed.mjs --linear [--mb N] [--runs N] [--json] [--save]      (bench/linear.ts)\n' +
        '       node bench/speed.mjs --parallel [--repeat N] [--runs N] [--cli-mb N] [--no-cli] [--json] [--save]' +
        '   (bench/parallel.mjs)\n' +
        '--save writes the figures to bench/results/: speed.json, linear.json, or parallel.json and memory.json;\n' +
        '--save-dir DIR writes them to DIR instead (a trial run that must not replace the published figures).',
    );
    process.exit(0);
  }
  const o = {
    gold: resolve(process.cwd(), v.gold ?? resolve(root, '../shared/gold/polnear-train.jsonl')),
    limit: Number(v.limit ?? Infinity),
    runs: Number(v.runs ?? 3),
    json: v.json === true,
    stages: v['no-stages'] !== true,
    isolate: v.isolate ?? null,
    saveDir: saveDir(v.save === true, v['save-dir']),
  };
  if (!(o.limit > 0)) throw new Error('--limit must be a positive number');
  if (!(Number.isInteger(o.runs) && o.runs > 0)) throw new Error('--runs must be a positive integer');
  return o;
}

function readTexts(file, limit) {
  const texts = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (texts.length >= limit) break;
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    if (typeof rec.text === 'string') texts.push(rec.text);
  }
  if (texts.length === 0) throw new Error(`no texts in ${file}`);
  return texts;
}

/**
 * The systems: `load` imports the library (in the child that times it, and only there) and returns a function that
 * processes one text and adds counts that keep the work observable.
 */
const SYSTEMS = {
  saidby: {
    label: 'saidby extractQuotes',
    async load() {
      const { extractQuotes } = await import('../dist/index.js');
      return (text, acc) => {
        const r = extractQuotes(text);
        acc.tokens += r.tokens.length;
        acc.items += r.quotes.length;
      };
    },
  },
  compromise: {
    label: 'compromise people()+quotations()',
    async load() {
      const { default: nlp } = await import('compromise');
      return (text, acc) => {
        const doc = nlp(text);
        acc.items += doc.people().length + doc.quotations().length;
      };
    },
  },
};

/** Texts the child runs through before its measured pass (JIT, lazy lexicon and KB loading). */
const WARM_UP = 200;

function pass(run, texts) {
  const acc = { tokens: 0, items: 0 };
  const t0 = process.hrtime.bigint();
  for (const text of texts) run(text, acc);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, ...acc };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const maxRssMB = () => process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes

// --- child mode: one system alone, warm-up + one timed pass, its peak RSS -------------------------------------
const opts = parseArgs(process.argv.slice(2));
if (opts.isolate) {
  const system = SYSTEMS[opts.isolate];
  if (!system) throw new Error(`unknown system ${opts.isolate}`);
  const texts = readTexts(opts.gold, opts.limit);
  const run = await system.load();
  const before = maxRssMB();
  pass(run, texts.slice(0, WARM_UP));
  const measured = pass(run, texts);
  process.stdout.write(JSON.stringify({ ...measured, baselineRssMB: before, peakRssMB: maxRssMB() }));
  process.exit(0);
}

// --- main mode -------------------------------------------------------------------------------------------------
const texts = readTexts(opts.gold, opts.limit);
const chars = texts.reduce((n, t) => n + t.length, 0);
const utf8Bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const Mchars = chars / 1e6;

const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model ?? 'unknown',
  cores: cpus.length,
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
};

const log = (...a) => {
  if (!opts.json) console.error(...a);
};
log(
  `saidby bench: ${texts.length} documents, ${chars.toLocaleString('en')} UTF-16 code units (${utf8Bytes.toLocaleString('en')} UTF-8 bytes) from ${opts.gold}`,
);

/** One run of one system in a fresh child process that loads only it; throws with the child's last line. */
function isolatedRun(name) {
  const args = [fileURLToPath(import.meta.url), '--isolate', name, '--gold', opts.gold];
  if (Number.isFinite(opts.limit)) args.push('--limit', String(opts.limit));
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0)
    throw new Error(`${name} run failed: ${(child.stderr || '').trim().split('\n').at(-1) || `exit ${child.status}`}`);
  return JSON.parse(child.stdout);
}

const runs = { saidby: [], compromise: [] };
for (let k = 0; k < opts.runs; k++) {
  const order = k % 2 === 0 ? ['saidby', 'compromise'] : ['compromise', 'saidby'];
  for (const name of order) {
    const r = isolatedRun(name);
    runs[name].push(r);
    log(
      `run ${k + 1}/${opts.runs} ${name}: ${r.seconds.toFixed(3)} s (own process, peak RSS ${r.peakRssMB.toFixed(0)} MB)`,
    );
  }
}

const saidbyTokens = runs.saidby[0].tokens;
const results = {};
for (const name of Object.keys(SYSTEMS)) {
  const seconds = median(runs[name].map((r) => r.seconds));
  // the peak of the median run's process
  const rss = [...runs[name]].sort((a, b) => a.seconds - b.seconds)[runs[name].length >> 1];
  results[name] = {
    system: SYSTEMS[name].label,
    runs: runs[name].map((r) => +r.seconds.toFixed(4)),
    seconds: +seconds.toFixed(4),
    Mchars: +Mchars.toFixed(4),
    MBps: +(Mchars / seconds).toFixed(3),
    docsPerSec: +(texts.length / seconds).toFixed(1),
    // saidby's own token count; for compromise, the same count (saidby tokens of the same texts) as a common yardstick
    tokensPerSec: Math.round(saidbyTokens / seconds),
    peakRssMB: rss.peakRssMB !== undefined ? +rss.peakRssMB.toFixed(1) : null,
    baselineRssMB: rss.baselineRssMB !== undefined ? +rss.baselineRssMB.toFixed(1) : null,
    rssGrowthMB: rss.peakRssMB !== undefined ? +(rss.peakRssMB - rss.baselineRssMB).toFixed(1) : null,
  };
}
const ratio = {
  speed: +(results.saidby.MBps / results.compromise.MBps).toFixed(2), // saidby MB/s ÷ compromise MB/s
  time: +(results.saidby.seconds / results.compromise.seconds).toFixed(3), // saidby s ÷ compromise s
  peakRss:
    results.saidby.peakRssMB && results.compromise.peakRssMB
      ? +(results.saidby.peakRssMB / results.compromise.peakRssMB).toFixed(2)
      : null,
};

let stages = null;
if (opts.stages) {
  log('per-stage breakdown: npx tsx bench/stages.ts …');
  const args = ['tsx', resolve(here, 'stages.ts'), '--json', '--gold', opts.gold, '--runs', String(opts.runs)];
  if (Number.isFinite(opts.limit)) args.push('--limit', String(opts.limit));
  const child = spawnSync('npx', args, { cwd: root, encoding: 'utf8', maxBuffer: 16 << 20 });
  if (child.status === 0) stages = JSON.parse(child.stdout);
  else stages = { error: (child.stderr || child.stdout || 'failed').trim().split('\n').slice(-3).join(' | ') };
}

const report = {
  machine,
  corpus: {
    file: relative(root, opts.gold),
    documents: texts.length,
    utf16CodeUnits: chars,
    utf8Bytes,
    saidbyTokens,
    quotesFound: runs.saidby[0].items,
  },
  units: {
    MB: 'million UTF-16 code units (JS string length / 1e6)',
    seconds: `median of ${opts.runs} runs, each in a fresh process that loads only that system`,
    peakRssMB: "process.resourceUsage().maxRSS / 1024 of the median run's process",
  },
  results,
  ratio,
  stages,
};

if (opts.saveDir) {
  const file = saveResult('speed', report, opts.saveDir);
  if (!opts.json) console.error(`figures written to ${file}`);
}

if (opts.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pad = (s, n) => String(s).padStart(n);
  const padEnd = (s, n) => String(s).padEnd(n);
  console.log('');
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node} (${machine.platform})`,
  );
  console.log(
    `Corpus:  ${texts.length} documents, ${Mchars.toFixed(3)} M UTF-16 code units (${(utf8Bytes / 1e6).toFixed(3)} MB UTF-8), ${saidbyTokens.toLocaleString('en')} saidby tokens`,
  );
  console.log(
    `Timing:  median of ${opts.runs} runs, each system alone in a fresh process after a ${WARM_UP}-text warm-up, order alternated; MB = 1e6 UTF-16 code units`,
  );
  console.log('');
  const head = [
    padEnd('system', 34),
    pad('MB', 7),
    pad('s', 8),
    pad('MB/s', 8),
    pad('docs/s', 9),
    pad('tokens/s', 11),
    pad('peak RSS MB', 12),
    pad('ΔRSS MB', 8),
  ];
  console.log(head.join(' '));
  console.log('-'.repeat(head.join(' ').length));
  for (const r of Object.values(results)) {
    console.log(
      [
        padEnd(r.system, 34),
        pad(r.Mchars.toFixed(3), 7),
        pad(r.seconds.toFixed(3), 8),
        pad(r.MBps.toFixed(3), 8),
        pad(r.docsPerSec.toFixed(1), 9),
        pad(r.tokensPerSec.toLocaleString('en'), 11),
        pad(r.peakRssMB ?? 'n/a', 12),
        pad(r.rssGrowthMB ?? 'n/a', 8),
      ].join(' '),
    );
  }
  console.log('');
  console.log(
    `saidby / compromise: ${ratio.speed}x the throughput (time ratio ${ratio.time}), peak RSS ratio ${ratio.peakRss ?? 'n/a'}`,
  );
  console.log(`runs (s): saidby ${results.saidby.runs.join(', ')}; compromise ${results.compromise.runs.join(', ')}`);
  console.log("tokens/s for compromise uses saidby's token count of the same texts as a common yardstick.");
  console.log(
    `peak RSS: the median run's process (warm-up + 1 pass); ΔRSS = peak minus the RSS after loading the library` +
      ` (saidby ${results.saidby.baselineRssMB} MB, compromise ${results.compromise.baselineRssMB} MB)`,
  );
  if (stages && !stages.error) {
    console.log('');
    console.log(
      `saidby per stage (src/ via tsx, median of ${stages.runs} runs; total ${stages.totalSeconds.toFixed(3)} s):`,
    );
    console.log([padEnd('stage', 18), pad('s', 8), pad('%', 6), pad('MB/s', 9)].join(' '));
    for (const s of stages.stages) {
      console.log(
        [
          padEnd(s.stage, 18),
          pad(s.seconds.toFixed(3), 8),
          pad(s.percent.toFixed(1), 6),
          pad(s.MBps.toFixed(2), 9),
        ].join(' '),
      );
    }
  } else if (stages) {
    console.log(`\nper-stage breakdown failed: ${stages.error}`);
  } else {
    console.log('\nper-stage breakdown skipped (--no-stages); run: npx tsx bench/stages.ts');
  }
}
