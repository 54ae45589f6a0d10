#!/usr/bin/env node
// One measured run in a process of its own, for every row of bench/parallel.mjs's library part: the train texts
// --repeat times over, or the share of them whose position i has i % --of === --share, through extractQuotes in
// the main thread (--mode main), extractQuotesMany on a pool of N threads (--mode many --workers N) or N bare
// worker threads (--mode bare --workers N, bench/bare-worker.mjs). Writes {"seconds", "cpuSeconds", "mainCpuSeconds",
// "quotes"} as one JSON line to stdout.
//
// Every mode starts its clock with saidby loaded, as a user's long-running process has it: the main thread has
// imported it, and the threads of a pool (createQuotePool, awaited ready()) or bare threads have started and
// imported it. What the clock holds is the work: the knowledge base's first read and V8's JIT warm-up included, in
// each thread. --cold times extractQuotesMany as one call that starts and closes its own pool (thread start-up
// and library load in the clock). --fields quotes gives the pool the option `fields: ['quotes']`: what this
// consumer reads (each result's quotes.length), so that the workers pack and send nothing else.
//
//   node bench/child.mjs --mode main --share 0 --of 2        (half the texts)
//   taskset -c 0 node bench/child.mjs --mode many --workers 1  (one worker, the whole process on one core)
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { createQuotePool, extractQuotes, extractQuotesMany } from '../dist/node.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: v } = parseArgs({
  options: {
    mode: { type: 'string' },
    workers: { type: 'string' },
    gold: { type: 'string' },
    limit: { type: 'string' },
    repeat: { type: 'string' },
    share: { type: 'string' },
    of: { type: 'string' },
    split: { type: 'string' },
    cold: { type: 'boolean' },
    fields: { type: 'string' },
  },
});
const mode = v.mode ?? 'main';
if (!['main', 'many', 'bare'].includes(mode)) throw new Error('--mode is main, many or bare');
const gold = resolve(process.cwd(), v.gold ?? resolve(root, '../shared/gold/polnear-train.jsonl'));
const limit = Number(v.limit ?? Infinity);
const repeat = Number(v.repeat ?? 5);
const share = Number(v.share ?? 0);
const of = Number(v.of ?? 1);
const workers = Number(v.workers ?? 1);
// The pool's options: `fields` only when asked for, so that a row without --fields times the default (every field).
const many = { workers, ...(v.fields === undefined ? {} : { fields: v.fields.split(',') }) };

const corpus = readFileSync(gold, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, limit)
  .map((l) => JSON.parse(l).text);
// Which texts are share k of n: 'halves' (the default) a block of consecutive ones, as a user splits a file between
// processes; 'interleaved' every nth. With the train texts repeated, interleaving gives each share half of the
// distinct texts, each seen five times, where a block (or a pool's worker, which takes whatever comes next) meets
// all of them: its lookups stay warmer in the CPU's caches, 8-9% faster for two processes (docs/performance.md).
const split = v.split ?? 'halves';
if (!['halves', 'interleaved'].includes(split)) throw new Error('--split is halves or interleaved');
const shareOf = (i, count, k, n) => (split === 'halves' ? Math.floor((i * n) / count) === k : i % n === k);
const all = Array.from({ length: repeat }, () => corpus).flat();
const texts = all.filter((_t, i) => shareOf(i, all.length, share, of));

// The main thread's own CPU time, from Linux's per-thread stat (its thread id is the process id); null elsewhere.
const tick = 100; // USER_HZ, as good as fixed on Linux
function mainThreadCpu() {
  try {
    const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const [utime, stime] = f
      .slice(f.lastIndexOf(')') + 2)
      .split(' ')
      .slice(11, 13)
      .map(Number);
    return (utime + stime) / tick;
  } catch {
    return null;
  }
}

// Bare threads, started and loaded before the clock; each gets its share of the texts (--split).
async function startBare(n) {
  const threads = Array.from({ length: n }, (_, k) => {
    const w = new Worker(new URL('./bare-worker.mjs', import.meta.url), {
      workerData: { texts: texts.filter((_t, i) => shareOf(i, texts.length, k, n)) },
    });
    return { w, loaded: new Promise((res, rej) => (w.once('message', res), w.once('error', rej))) };
  });
  await Promise.all(threads.map((t) => t.loaded));
  return async () => {
    const counts = threads.map(
      ({ w }) => new Promise((res, rej) => (w.once('message', (m) => res(m.quotes)), w.once('error', rej))),
    );
    for (const { w } of threads) w.postMessage('go');
    return (await Promise.all(counts)).reduce((a, b) => a + b, 0);
  };
}
const bare = mode === 'bare' ? await startBare(workers) : null;
const pool = mode === 'many' && !v.cold ? createQuotePool(many) : null;
await pool?.ready();

const t0 = performance.now();
const c0 = process.cpuUsage();
const m0 = mainThreadCpu();
let quotes = 0;
if (mode === 'main') {
  for (const t of texts) quotes += extractQuotes(t).quotes.length;
} else if (mode === 'bare') {
  quotes = await bare();
} else {
  for await (const r of pool ? pool.extractQuotesMany(texts) : extractQuotesMany(texts, many)) {
    if (r.error !== undefined) throw new Error(r.error);
    quotes += r.quotes.length;
  }
}
const seconds = (performance.now() - t0) / 1000;
const u = process.cpuUsage(c0);
const m1 = mainThreadCpu();
await pool?.close();
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds: (u.user + u.system) / 1e6,
    mainCpuSeconds: m0 === null || m1 === null ? null : m1 - m0,
    quotes,
  }),
);
