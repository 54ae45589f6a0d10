#!/usr/bin/env node
// One measured run in a process of its own, for bench/parallel.mjs's machine-ceiling rows: the train texts
// --repeat times over, or the share of them whose position i has i % --of === --share, through extractQuotes in
// the main thread (--mode main) or extractQuotesMany (--mode many --workers N). Writes {"seconds", "cpuSeconds",
// "quotes"} (seconds: the work alone, after loading the texts) as one JSON line to stdout.
//
//   node bench/child.mjs --mode main --share 0 --of 2        (half the texts)
//   taskset -c 0 node bench/child.mjs --mode many --workers 1  (one worker, the whole process on one core)
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractQuotes, extractQuotesMany } from '../dist/node.js';

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
  },
});
const mode = v.mode ?? 'main';
if (mode !== 'main' && mode !== 'many') throw new Error('--mode is main or many');
const gold = resolve(process.cwd(), v.gold ?? resolve(root, '../shared/gold/polnear-train.jsonl'));
const limit = Number(v.limit ?? Infinity);
const repeat = Number(v.repeat ?? 5);
const share = Number(v.share ?? 0);
const of = Number(v.of ?? 1);
const workers = Number(v.workers ?? 1);

const corpus = readFileSync(gold, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, limit)
  .map((l) => JSON.parse(l).text);
const texts = Array.from({ length: repeat }, () => corpus)
  .flat()
  .filter((_t, i) => i % of === share);

const t0 = performance.now();
const c0 = process.cpuUsage();
let quotes = 0;
if (mode === 'main') {
  for (const t of texts) quotes += extractQuotes(t).quotes.length;
} else {
  for await (const r of extractQuotesMany(texts, { workers })) {
    if (r.error !== undefined) throw new Error(r.error);
    quotes += r.quotes.length;
  }
}
const u = process.cpuUsage(c0);
console.log(
  JSON.stringify({ seconds: (performance.now() - t0) / 1000, cpuSeconds: (u.user + u.system) / 1e6, quotes }),
);
