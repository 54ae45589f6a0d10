#!/usr/bin/env node
// Many documents at once: saidby/node's extractQuotesMany with 1 and 2 workers against the main thread and the
// compromise baseline, then the CLI (`saidby --jsonl [--workers N]`) on ≥100 MB of JSONL with its peak RSS.
//
//   npm run build && npm run bench -- --parallel        (= node bench/parallel.mjs)
//   node bench/parallel.mjs [--gold FILE] [--limit N] [--repeat 5] [--runs 3] [--cli-mb 100] [--cli-runs 3] [--no-cli]
// [--json] [--systems main,workers2,proc1,proc2]
//
//   … --save                                          also write bench/results/parallel.json and memory.json
//
// The library part runs the train texts --repeat times over (so that pool start-up is a small part), --runs
// passes per system, alternating the order, median reported. Beside the pool it times bare worker threads, the
// same work in one process and in two at once (bench/child.mjs: the machine's own ceiling) and, where taskset
// exists, one process and one worker with the whole process on one core (from one core to two). Compromise gets
// one pass over the texts, as the baseline of the same run. The CLI part writes a JSONL file of the train texts
// repeated to --cli-mb MB in the system's temp folder (deleted afterwards), and runs the built CLI on it in the
// main thread, with --workers 1, with --workers 2 and, where taskset exists, with --workers 1 on one core, back to
// back, each in its own process with bench/rss.mjs reading its peak RSS (worker threads included); --cli-runs
// rounds, the order alternated, medians reported, and the ratio of each round's --workers 1 and --workers 2
// times, so that the spread on a shared machine is visible.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs as parseCommandLine } from 'node:util';
import nlp from 'compromise';
import { saveDir, saveResult } from './results.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

const { values: v } = parseCommandLine({
  args: process.argv.slice(2),
  options: {
    gold: { type: 'string' },
    limit: { type: 'string' },
    repeat: { type: 'string' },
    runs: { type: 'string' },
    'cli-mb': { type: 'string' },
    'cli-runs': { type: 'string' },
    'no-cli': { type: 'boolean' },
    systems: { type: 'string' },
    json: { type: 'boolean' },
    save: { type: 'boolean' },
    'save-dir': { type: 'string' },
    parallel: { type: 'boolean' }, // passed on by bench/speed.mjs
  },
});
const o = {
  gold: resolve(process.cwd(), v.gold ?? resolve(root, '../shared/gold/polnear-train.jsonl')),
  limit: Number(v.limit ?? Infinity),
  repeat: Number(v.repeat ?? 5),
  runs: Number(v.runs ?? 3),
  cliMB: Number(v['cli-mb'] ?? 100),
  cliRuns: Number(v['cli-runs'] ?? 3),
  cli: v['no-cli'] !== true,
  json: v.json === true,
  saveDir: saveDir(v.save === true, v['save-dir']),
};
if (
  !(o.limit > 0) ||
  !(Number.isInteger(o.repeat) && o.repeat > 0) ||
  !(Number.isInteger(o.runs) && o.runs > 0) ||
  !(o.cliMB > 0) ||
  !(Number.isInteger(o.cliRuns) && o.cliRuns > 0)
) {
  throw new Error('--repeat, --runs and --cli-runs must be positive integers, --cli-mb positive');
}
// --systems: only these rows of the library part (compromise among them or not), for a quicker run of a few ratios.
const allSystems = [
  'main',
  'workers1',
  'workers2',
  'workers2all',
  'cold2',
  'bare1',
  'bare2',
  'proc1',
  'proc2',
  'proc2i',
  'core1main',
  'core1workers1',
];
const only = v.systems === undefined ? null : new Set(v.systems.split(','));
const unknown = only ? [...only].filter((n) => n !== 'compromise' && !allSystems.includes(n)) : [];
if (unknown.length)
  throw new Error(`--systems: unknown ${unknown.join(', ')}; known: compromise, ${allSystems.join(', ')}`);
const chosen = (name) => only === null || only.has(name);
const log = (s) => {
  if (!o.json) console.error(s);
};

const corpus = readFileSync(o.gold, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, o.limit)
  .map((l) => JSON.parse(l).text);
const texts = Array.from({ length: o.repeat }, () => corpus).flat();
const Mchars = texts.reduce((n, t) => n + t.length, 0) / 1e6;
const corpusMchars = corpus.reduce((n, t) => n + t.length, 0) / 1e6;

const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model ?? 'unknown',
  cores: cpus.length,
  availableParallelism: os.availableParallelism(),
  node: process.version,
  loadavg: os.loadavg().map((x) => +x.toFixed(2)),
};

// CPU time of this process (all threads), for compromise's row.
const cpuSeconds = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
// Every saidby row runs in a process of its own (bench/child.mjs), its clock started with saidby loaded: the main
// thread, a pool of worker threads started and ready (createQuotePool, as a long-running job keeps one), bare
// worker threads started, one process or two at once. Timed in this process, the main-thread row ran 1.3x slower
// than the same loop in a fresh process (docs/performance.md, "Are the rows comparable"): this process also holds
// compromise and what the other rows left behind, so the rows were not comparable.
//
// What each row is: "main" extractQuotes over all the texts; "workersN" a started pool of N threads, asked for
// the quotes alone, and "workers2all" the same with every field (the default); "cold2"
// extractQuotesMany with 2 workers as one call, its pool started and closed in the clock; "bareN" N plain
// worker_threads that run extractQuotes over their share and send back only a count (no pool, no results crossing
// threads: what threads alone can give); "proc1" the same as "main", timed separately; "proc2" two processes at once
// over half the texts each, the first half and the second (its time: the later of the two); "proc2i" the same with
// the texts dealt alternately, as this bench did before 2026-12-04: with the train texts repeated five times, each
// process then meets only half of the distinct texts, and gains from it what no corpus without repeats gives
// (bench/child.mjs --split); "core1main" and "core1workers1" proc1 and workers1
// with the whole process (every V8 thread) confined to one core by taskset, so that "one" really is one core's worth.
const taskset = ['/usr/bin/taskset', '/bin/taskset'].find((f) => existsSync(f)) ?? null;
function child(args, pin) {
  const [cmd, argv] = pin ? [taskset, ['-c', '0', process.execPath, ...args]] : [process.execPath, args];
  return new Promise((res, rej) => {
    const c = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    c.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
    });
    c.once('error', rej);
    c.once('close', (code) =>
      code === 0 ? res(JSON.parse(out)) : rej(new Error(`bench/child.mjs ${args.join(' ')} exited ${code}`)),
    );
  });
}
const MODES = {
  main: ['--mode', 'main'],
  proc1: ['--mode', 'main'],
  core1main: ['--mode', 'main'],
  // The pool's rows ask for what their consumer reads (each result's quotes), as a user's job would: the workers
  // pack and send nothing else. "workers2all" is the pool's default (every field), for comparison in the same run.
  workers1: ['--mode', 'many', '--workers', '1', '--fields', 'quotes'],
  core1workers1: ['--mode', 'many', '--workers', '1', '--fields', 'quotes'],
  workers2: ['--mode', 'many', '--workers', '2', '--fields', 'quotes'],
  workers2all: ['--mode', 'many', '--workers', '2'],
  cold2: ['--mode', 'many', '--workers', '2', '--cold', '--fields', 'quotes'],
  bare1: ['--mode', 'bare', '--workers', '1'],
  bare2: ['--mode', 'bare', '--workers', '2'],
};
async function timeSystem(name) {
  const base = [
    join(here, 'child.mjs'),
    '--gold',
    o.gold,
    '--repeat',
    String(o.repeat),
    ...(Number.isFinite(o.limit) ? ['--limit', String(o.limit)] : []),
  ];
  const split = name === 'proc2i' ? 'interleaved' : 'halves';
  const runs =
    name === 'proc2' || name === 'proc2i'
      ? await Promise.all(
          [0, 1].map((k) => child([...base, '--share', String(k), '--of', '2', '--split', split], false)),
        )
      : [await child([...base, ...MODES[name]], name.startsWith('core1'))];
  return {
    seconds: Math.max(...runs.map((r) => r.seconds)),
    cpu: runs.reduce((n, r) => n + r.cpuSeconds, 0),
    mainCpu: name.startsWith('workers') || name === 'cold2' ? runs[0].mainCpuSeconds : undefined,
    quotes: runs.reduce((n, r) => n + r.quotes, 0),
  };
}
// NaN for a system left out by --systems.
const median = (xs = []) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

log(
  `parallel bench: ${texts.length} documents (${o.repeat} x the train texts), ${Mchars.toFixed(2)} M UTF-16 code units; ${machine.cores} cores, load average ${machine.loadavg.join(' ')}`,
);
const names = allSystems.filter((n) => chosen(n) && (taskset || !n.startsWith('core1')));
const perSystem = () => Object.fromEntries(names.map((n) => [n, []]));
const systems = perSystem();
const cpu = perSystem();
// The main thread's own CPU seconds in the pool's rows: what it takes from the workers' two cores.
const mainCpu = { workers1: [], workers2: [], workers2all: [], cold2: [] };
const orders = [names, [...names].reverse()];
for (let k = 0; k < o.runs; k++) {
  for (const name of orders[k % 2]) {
    const r = await timeSystem(name);
    systems[name].push(r.seconds);
    cpu[name].push(r.cpu);
    if (typeof r.mainCpu === 'number') mainCpu[name].push(r.mainCpu);
    const main = typeof r.mainCpu === 'number' ? `, main thread ${r.mainCpu.toFixed(2)} CPU s` : '';
    log(
      `run ${k + 1}/${o.runs} ${name}: ${r.seconds.toFixed(2)} s, ${r.cpu.toFixed(2)} CPU s${main}, load average ${os.loadavg()[0].toFixed(2)}`,
    );
  }
}
let compromiseSeconds = NaN;
let compromiseCpu = NaN;
if (chosen('compromise')) {
  log('compromise people() + quotations(), one pass over the train texts…');
  const c0 = performance.now();
  const cc0 = process.cpuUsage();
  for (const t of corpus) {
    const d = nlp(t);
    d.people();
    d.quotations();
  }
  compromiseSeconds = (performance.now() - c0) / 1000;
  compromiseCpu = cpuSeconds(cc0);
}

const row = (id, label, seconds, cpuS, mchars, docs, mainCpuS) => ({
  id,
  system: label,
  documents: docs,
  seconds: +seconds.toFixed(3),
  MBps: +(mchars / seconds).toFixed(3),
  docsPerSec: +(docs / seconds).toFixed(1),
  cpuSecondsPerMB: +(cpuS / mchars).toFixed(3),
  mainCpuSecondsPerMB: mainCpuS === undefined ? null : +(mainCpuS / mchars).toFixed(3),
});
const lib = (label, name) =>
  systems[name] === undefined
    ? null
    : row(
        name,
        label,
        median(systems[name]),
        median(cpu[name]),
        Mchars,
        texts.length,
        mainCpu[name]?.length ? median(mainCpu[name]) : undefined,
      );
const library = [
  chosen('compromise') &&
    row(
      'compromise',
      'compromise people()+quotations(), main thread',
      compromiseSeconds,
      compromiseCpu,
      corpusMchars,
      corpus.length,
    ),
  lib('saidby extractQuotes, main thread', 'main'),
  // The pool's rows but workers2all ask for fields: ['quotes'] (MODES).
  lib('saidby extractQuotesMany, 1 worker (pool, quotes only)', 'workers1'),
  lib('saidby extractQuotesMany, 2 workers (pool, quotes only)', 'workers2'),
  lib('saidby extractQuotesMany, 2 workers (pool, all fields)', 'workers2all'),
  lib('extractQuotesMany, 2 workers, pool started in the call', 'cold2'),
  lib('bare worker_threads, 1 worker (no pool, no results)', 'bare1'),
  lib('bare worker_threads, 2 workers (no pool, no results)', 'bare2'),
  lib('extractQuotes, 1 process', 'proc1'),
  lib('extractQuotes, 2 processes at once (half each)', 'proc2'),
  lib('extractQuotes, 2 processes, texts dealt alternately (old split)', 'proc2i'),
  ...(taskset
    ? [
        lib('extractQuotes, 1 process on one core', 'core1main'),
        lib('extractQuotesMany, 1 worker, on one core', 'core1workers1'),
      ]
    : []),
].filter(Boolean);
const bareSpeedup = +(median(systems.bare1) / median(systems.bare2)).toFixed(2);
// Two processes against one: what this machine gives for twice the parallelism, with nothing shared in software.
const processSpeedup = +(median(systems.proc1) / median(systems.proc2)).toFixed(2);
// The same with the texts dealt alternately (proc2i): what the repeated corpus adds to two processes' gain.
const interleavedSpeedup = +(median(systems.proc1) / median(systems.proc2i)).toFixed(2);
// From one core to two: one worker with its process on one core, against two workers on two.
const perCore =
  taskset && systems.core1main && systems.core1workers1 && systems.workers2 && systems.proc2
    ? {
        workers: +(median(systems.core1workers1) / median(systems.workers2)).toFixed(2),
        processes: +(median(systems.core1main) / median(systems.proc2)).toFixed(2),
      }
    : null;
const speedup = +(median(systems.workers1) / median(systems.workers2)).toFixed(2);
// Issue 20's target for the pool: two workers gain over the main thread at least 90% of what two processes gain
// over one, both measured in this run. Also per round (each round runs every system once, back to back), as the
// spread of the medians on a shared machine can hide how often it holds.
const gainOf = (a, b) => +(a / b).toFixed(3);
const target =
  systems.main && systems.workers2 && systems.proc1 && systems.proc2
    ? (() => {
        const workersGain = gainOf(median(systems.main), median(systems.workers2));
        const processGain = gainOf(median(systems.proc1), median(systems.proc2));
        const needed = +(1 + 0.9 * (processGain - 1)).toFixed(3);
        const rounds = systems.main.map((m, k) => {
          const w = gainOf(m, systems.workers2[k]);
          const p = gainOf(systems.proc1[k], systems.proc2[k]);
          return { workersGain: w, processGain: p, met: w >= 1 + 0.9 * (p - 1) };
        });
        return { workersGain, processGain, needed, met: workersGain >= needed, rounds };
      })()
    : null;

let cli = null;
if (o.cli) {
  const dir = mkdtempSync(join(os.tmpdir(), 'saidby-bench-'));
  const file = join(dir, 'input.jsonl');
  try {
    const out = createWriteStream(file);
    let bytes = 0;
    let docs = 0;
    for (let r = 0; bytes < o.cliMB * 1e6; r++) {
      for (const [i, text] of corpus.entries()) {
        const line = JSON.stringify({ id: `${r}-${i}`, text }) + '\n';
        bytes += Buffer.byteLength(line);
        docs++;
        if (!out.write(line)) await once(out, 'drain');
      }
    }
    out.end();
    await once(out, 'finish');
    const size = statSync(file).size;
    log(`CLI: ${docs} lines, ${(size / 1e6).toFixed(1)} MB of JSONL in ${file}`);
    // The last mode, where taskset exists: --workers 1 with the whole process on one core (see timeProcesses).
    const modes = [
      ['main thread', []],
      ['--workers 1', ['--workers', '1']],
      ['--workers 2', ['--workers', '2']],
      ...(taskset ? [['--workers 1, 1 core', ['--workers', '1']]] : []),
    ];
    cli = { file: { documents: docs, MB: +(size / 1e6).toFixed(1) }, runs: [], rounds: [] };
    for (let k = 0; k < o.cliRuns; k++) {
      const round = {};
      for (const [label, extra] of k % 2 ? [...modes].reverse() : modes) {
        const argv = [join(here, 'rss.mjs'), join(root, 'dist/cli.js'), '--jsonl', ...extra, file];
        const [cmd, args] = label.endsWith('1 core')
          ? [taskset, ['-c', '0', process.execPath, ...argv]]
          : [process.execPath, argv];
        const child = spawnSync(cmd, args, {
          stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        });
        if (child.status !== 0) throw new Error(`saidby ${label} failed: ${child.stderr}`);
        const m = JSON.parse(child.output[3]);
        const run = {
          round: k + 1,
          mode: label,
          seconds: m.seconds,
          MBps: +(size / 1e6 / m.seconds).toFixed(3),
          docsPerSec: +(docs / m.seconds).toFixed(1),
          cpuSeconds: m.cpuSeconds,
          mainBusy: m.mainBusy,
          peakRssMB: m.maxRssMB,
          loadavg: +os.loadavg()[0].toFixed(2),
        };
        cli.runs.push(run);
        round[label] = run;
        log(
          `CLI round ${k + 1}/${o.cliRuns} ${label}: ${m.seconds.toFixed(1)} s, ${m.cpuSeconds} CPU s, peak RSS ${m.maxRssMB} MB, load average ${os.loadavg()[0].toFixed(2)}`,
        );
      }
      cli.rounds.push(+(round['--workers 1'].seconds / round['--workers 2'].seconds).toFixed(2));
    }
    cli.median = modes.map(([label]) => {
      const rs = cli.runs.filter((r) => r.mode === label);
      const seconds = median(rs.map((r) => r.seconds));
      return {
        mode: label,
        seconds,
        MBps: +(size / 1e6 / seconds).toFixed(3),
        docsPerSec: +(docs / seconds).toFixed(1),
        cpuSeconds: +median(rs.map((r) => r.cpuSeconds)).toFixed(2),
        mainBusy: median(rs.map((r) => r.mainBusy)),
        peakRssMB: Math.max(...rs.map((r) => r.peakRssMB)),
      };
    });
    cli.speedup2vs1 = +(cli.median[1].seconds / cli.median[2].seconds).toFixed(2);
    // The speed-up is (cores kept busy by 2 workers / by 1) / (CPU the same input costs with 2 / with 1): the
    // first says how much of the second core one worker already takes (V8's GC and compiler threads), the second
    // what running two costs on top (a second start-up and JIT warm-up, the pool, contention).
    cli.coresBusy = cli.median.map((r) => +(r.cpuSeconds / r.seconds).toFixed(2));
    cli.cpuCost2vs1 = +(cli.median[2].cpuSeconds / cli.median[1].cpuSeconds).toFixed(3);
    cli.oneCoreToTwo = taskset ? +(cli.median[3].seconds / cli.median[2].seconds).toFixed(2) : null;
    cli.roundsOneCore = taskset
      ? cli.runs
          .filter((r) => r.mode === '--workers 1, 1 core')
          .map(
            (r) =>
              +(r.seconds / cli.runs.find((w) => w.round === r.round && w.mode === '--workers 2').seconds).toFixed(2),
          )
      : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const loadAtEnd = os.loadavg().map((x) => +x.toFixed(2));
const report = {
  machine,
  loadavgAtEnd: loadAtEnd,
  documents: texts.length,
  Mchars: +Mchars.toFixed(3),
  runs: o.runs,
  library,
  speedup2vs1: speedup,
  bareSpeedup2vs1: bareSpeedup,
  processSpeedup2vs1: processSpeedup,
  processSpeedup2vs1Interleaved: systems.proc2i ? interleavedSpeedup : null,
  oneCoreToTwo: perCore,
  workers2OverMainTarget: target,
  // The main thread's share of the process's CPU in the pool's rows: what it takes from the workers.
  mainThreadShare: Object.fromEntries(
    Object.entries(mainCpu)
      .filter(([name, xs]) => xs.length && cpu[name]?.length)
      .map(([name, xs]) => [name, +(median(xs) / median(cpu[name])).toFixed(3)]),
  ),
  runsSeconds: systems,
  runsCpuSeconds: cpu,
  cli,
};
if (o.saveDir) {
  log(`figures written to ${saveResult('parallel', report, o.saveDir)}`);
  // The CLI's memory on its own page: each mode's peak RSS over the rounds (worker threads included).
  if (cli) {
    const memory = {
      machine,
      input: cli.file,
      rounds: o.cliRuns,
      targetMB: 400,
      modes: cli.median.map(({ mode }) => {
        const rss = cli.runs.filter((r) => r.mode === mode).map((r) => r.peakRssMB);
        return { mode, peakRssMB: { min: Math.min(...rss), max: Math.max(...rss) }, rounds: rss };
      }),
    };
    log(`figures written to ${saveResult('memory', memory, o.saveDir)}`);
  }
}
if (o.json) console.log(JSON.stringify(report, null, 2));
else {
  console.log('');
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; load average at start ${machine.loadavg.join(' ')}`,
  );
  console.log(
    `Library: ${texts.length} documents, ${Mchars.toFixed(2)} M UTF-16 code units; saidby median of ${o.runs} runs (order alternated), compromise 1 pass over ${corpus.length} documents`,
  );
  console.log(
    `${'system'.padEnd(56)} ${'s'.padStart(8)} ${'MB/s'.padStart(7)} ${'docs/s'.padStart(8)} ${'CPU s/MB'.padStart(9)} ${'main CPU s/MB'.padStart(14)}`,
  );
  for (const r of library) {
    console.log(
      `${r.system.padEnd(56)} ${r.seconds.toFixed(2).padStart(8)} ${r.MBps.toFixed(2).padStart(7)} ${r.docsPerSec.toFixed(0).padStart(8)} ${r.cpuSecondsPerMB.toFixed(2).padStart(9)} ${(r.mainCpuSecondsPerMB?.toFixed(3) ?? '').padStart(14)}`,
    );
  }
  console.log(
    `2 workers / 1 worker: ${speedup}x (wall time; load average at end ${loadAtEnd.join(' ')}: other processes share these cores)`,
  );
  console.log(
    `bare worker_threads, 2 / 1: ${bareSpeedup}x: plain threads with no pool and no results (V8's own GC and compiler threads use the second core when one worker runs alone)`,
  );
  console.log(
    `2 processes / 1 process: ${processSpeedup}x: the machine's own ceiling, nothing shared but the hardware`,
  );
  if (systems.proc2i)
    console.log(
      `2 processes / 1 process, texts dealt alternately: ${interleavedSpeedup}x (each process meets half the distinct texts, five times)`,
    );
  if (perCore)
    console.log(
      `one core -> two (the 1-worker or 1-process run confined to one core by taskset): extractQuotesMany 2 workers / 1 worker ${perCore.workers}x, processes ${perCore.processes}x`,
    );
  console.log(
    'every row in a process of its own, its clock started with saidby loaded; CPU s = all threads of that process',
  );
  if (target)
    console.log(
      `target (issue 20): 2 workers / main thread ${target.workersGain}x, needs >= 1 + 0.9 x (2 processes / 1 ${target.processGain}x - 1) = ${target.needed}x: ${target.met ? 'met' : 'NOT met'}; per round (workers/processes): ${target.rounds.map((r) => `${r.workersGain}/${r.processGain}${r.met ? ' met' : ''}`).join(', ')}; met in ${target.rounds.filter((r) => r.met).length} of ${target.rounds.length} rounds`,
    );
  console.log(
    `main thread's share of the process's CPU: ${Object.entries(report.mainThreadShare)
      .map(([name, x]) => `${name} ${(100 * x).toFixed(0)}%`)
      .join(', ')}`,
  );
  if (cli) {
    console.log('');
    console.log(
      `CLI saidby --jsonl on ${cli.file.MB} MB (${cli.file.documents} lines; MB = 10^6 bytes of JSONL input), one process each, ${o.cliRuns} rounds (order alternated), median time and CPU, highest peak RSS:`,
    );
    console.log(
      `${'mode'.padEnd(20)} ${'s'.padStart(8)} ${'MB/s'.padStart(7)} ${'docs/s'.padStart(8)} ${'CPU s'.padStart(8)} ${'main busy'.padStart(10)} ${'peak RSS MB'.padStart(12)}`,
    );
    for (const r of cli.median) {
      console.log(
        `${r.mode.padEnd(20)} ${r.seconds.toFixed(1).padStart(8)} ${r.MBps.toFixed(2).padStart(7)} ${r.docsPerSec.toFixed(0).padStart(8)} ${r.cpuSeconds.toFixed(1).padStart(8)} ${`${(100 * r.mainBusy).toFixed(0)}%`.padStart(10)} ${String(r.peakRssMB).padStart(12)}`,
      );
    }
    console.log(
      `CLI --workers 2 / --workers 1: ${cli.speedup2vs1}x (medians); per round: ${cli.rounds.map((x) => `${x}x`).join(', ')}`,
    );
    if (cli.oneCoreToTwo !== null)
      console.log(
        `CLI one core -> two (--workers 1 on one core / --workers 2): ${cli.oneCoreToTwo}x (medians); per round: ${cli.roundsOneCore.map((x) => `${x}x`).join(', ')}`,
      );
    console.log(
      `cores kept busy (CPU s / s): ${cli.median.map((r, k) => `${r.mode} ${cli.coresBusy[k]}`).join(', ')}; CPU for the same input, --workers 2 / --workers 1: ${cli.cpuCost2vs1}`,
    );
  }
}
