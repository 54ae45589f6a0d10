#!/usr/bin/env node
// Hostile documents, timed: each must cost at most 3× per MB what a 20 KB piece of it costs (linear time).
//
//   npm run build && npm run bench:hostile        # = node bench/hostile.mjs
//   node bench/hostile.mjs --scale 0.1 --json     # smaller documents (a quick look), JSON out
//   npm run bench:hostile -- --save                # also write bench/results/hostile.json (--save-dir DIR: to DIR)
//
// For every case the same generator makes a 20 KB piece and the full document. The piece is run repeatedly for
// at least half a second and averaged; the document is run twice and the faster run kept. The ratio is
// (seconds per MB of the document) / (seconds per MB of the piece); over 3 is a failure (exit code 1).
// A benchmark, not a test: timings on a shared machine are noisy, so read them, don't assert them in CI.
import { extractQuotes } from '../dist/index.js';
import { saveDir, saveResult } from './results.mjs';

const LIMIT = 3;
const PIECE = 20_000;

function parseArgs(argv) {
  const o = { scale: 1, json: false, save: false, saveDir: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--scale') o.scale = Number(argv[++i]);
    else if (argv[i] === '--json') o.json = true;
    else if (argv[i] === '--save') o.save = true;
    else if (argv[i] === '--save-dir') o.saveDir = argv[++i];
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('usage: node bench/hostile.mjs [--scale F] [--json] [--save] [--save-dir DIR]');
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!(o.scale > 0)) throw new Error('--scale must be a positive number');
  return o;
}

/** `unit` repeated to exactly n characters. */
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** name, full size in characters, and a generator of a document of n characters. */
const CASES = [
  ['100,000 quote marks', 100_000, (n) => fill('"', n)],
  ['100,000 mixed marks', 100_000, (n) => fill('“"‘«„‹「\'”»', n)],
  ['10 MB without a space', 10_000_000, (n) => fill('abcdefghij“klmnop”qrst.U', n)],
  [
    'nested parentheses and quotes, 1 MB',
    1_000_000,
    (n) => {
      const h = fill('(“', Math.floor(n / 2) - 1);
      return (
        h +
        'x' +
        [...h]
          .reverse()
          .map((c) => (c === '(' ? ')' : '”'))
          .join('') +
        '.'
      );
    },
  ],
  [
    'one 1 MB sentence of tags and reports',
    1_000_000,
    (n) => fill('the plan failed, he said, and Smith said that ', n),
  ],
  ['one 1 MB sentence of quotes', 1_000_000, (n) => fill('“we will win,” he said, and ', n)],
  ['1 MB of apostrophes only', 1_000_000, (n) => fill("'", n)],
  ['1 MB of curly apostrophes between letters', 1_000_000, (n) => fill('a’', n)],
  ['1 MB of one word', 1_000_000, (n) => fill('a', n)],
  ['1 MB of line breaks and transcript labels', 1_000_000, (n) => fill('SMITH: hello there\r\n\u2028', n)],
];

function time(text, minMs) {
  const t0 = performance.now();
  let runs = 0;
  let best = Infinity;
  do {
    const t = performance.now();
    extractQuotes(text);
    best = Math.min(best, performance.now() - t);
    runs++;
  } while (performance.now() - t0 < minMs || runs < 2);
  return { perRun: (performance.now() - t0) / runs, best };
}

const opts = parseArgs(process.argv.slice(2));
const rows = [];
for (const [name, size, make] of CASES) {
  const n = Math.max(PIECE * 2, Math.round(size * opts.scale));
  const piece = make(PIECE);
  const doc = make(n);
  time(piece, 100); // warm up
  const small = time(piece, 500).perRun / (PIECE / 1e6);
  const big = time(doc, 0).best / (n / 1e6);
  rows.push({
    name,
    chars: n,
    msPerMbPiece: +small.toFixed(1),
    msPerMbDoc: +big.toFixed(1),
    ratio: +(big / small).toFixed(2),
  });
}

const saveTo = saveDir(opts.save, opts.saveDir);
if (saveTo) {
  const file = saveResult('hostile', { scale: opts.scale, piece: PIECE, limit: LIMIT, rows }, saveTo);
  if (!opts.json) console.error(`figures written to ${file}`);
}

if (opts.json) console.log(JSON.stringify({ node: process.version, limit: LIMIT, rows }, null, 2));
else {
  console.log(
    `hostile documents (node ${process.version}); ratio = cost per MB of the document / of a 20 KB piece; limit ${LIMIT}`,
  );
  console.log(
    [
      'case'.padEnd(44),
      'chars'.padStart(11),
      'ms/MB piece'.padStart(12),
      'ms/MB doc'.padStart(10),
      'ratio'.padStart(6),
    ].join(' '),
  );
  for (const r of rows) {
    console.log(
      [
        r.name.padEnd(44),
        String(r.chars).padStart(11),
        String(r.msPerMbPiece).padStart(12),
        String(r.msPerMbDoc).padStart(10),
        String(r.ratio).padStart(6),
      ].join(' '),
    );
  }
}
const bad = rows.filter((r) => r.ratio > LIMIT);
if (bad.length) {
  console.error(`over the limit: ${bad.map((r) => r.name).join('; ')}`);
  process.exitCode = 1;
}
