#!/usr/bin/env node
// Hostile pages, timed through `extractQuotesFromHtml`: each must cost at most 3× per MB what a 20 KB piece of it
// costs (linear time), as for text (bench/hostile.mjs).
//
//   npm run build && npm run bench:hostile-html         # = node bench/hostile-html.mjs
//   node bench/hostile-html.mjs --scale 0.1 --json      # smaller pages (a quick look), JSON out
//   node bench/hostile-html.mjs --only nested           # the cases whose name has "nested"
//   npm run bench:hostile-html -- --save                 # also write bench/results/hostile-html.json (--save-dir DIR)
//   node bench/hostile-html.mjs --baseline /tmp/old/dist/html.js --baseline-label 7b82aa2   # and an older build
//   … --baseline-group nesting --baseline-rounds 1     # the older build on one group of cases, one round each
//
// Each case runs in a process of its own, so that one case's heap does not weigh on the next. In it, the same
// generator makes a 20 KB piece and the full page; after a warm-up, rounds alternate a batch of the piece (run for
// at least 0.3 s, averaged) with one run of the page, and the fastest of the rounds is kept for each. The ratio is
// (seconds per MB of the page) / (seconds per MB of the piece); over 3 is a failure (exit code 1) unless
// --report-only. With --baseline, the same case is then timed the same way on the older build (saidby/html's
// dist/html.js from another checkout), in a process of its own, within the same run: the "before" figures
// (one round by default: a quadratic page of 1 MB takes seconds a run, and its ratio is far from the limit).
// A benchmark, not a test: timings on a shared machine are noisy, so read them, don't assert them in CI.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { saveDir, saveResult } from './results.mjs';

const LIMIT = 3;
const PIECE = 20_000;
const here = dirname(fileURLToPath(import.meta.url));
const OURS = join(here, '..', 'dist', 'html.js');

function parseArgs(argv) {
  const o = { scale: 1, json: false, save: false, saveDir: undefined, rounds: 3, reportOnly: false };
  Object.assign(o, { only: undefined, baseline: undefined, baselineLabel: undefined, child: undefined });
  Object.assign(o, { baselineGroup: undefined, baselineRounds: 1 });
  const value = (i) => {
    if (argv[i + 1] === undefined) throw new Error(`${argv[i]} needs a value`);
    return argv[i + 1];
  };
  const named = {
    '--scale': (v) => (o.scale = Number(v)),
    '--rounds': (v) => (o.rounds = Number(v)),
    '--save-dir': (v) => (o.saveDir = v),
    '--only': (v) => (o.only = v),
    '--baseline': (v) => (o.baseline = resolve(v)),
    '--baseline-label': (v) => (o.baselineLabel = v),
    '--baseline-group': (v) => (o.baselineGroup = v),
    '--baseline-rounds': (v) => (o.baselineRounds = Number(v)),
    '--child': (v) => (o.child = v),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (named[a]) named[a](value(i++));
    else if (a === '--json') o.json = true;
    else if (a === '--save') o.save = true;
    else if (a === '--report-only') o.reportOnly = true;
    else if (a === '--help' || a === '-h') {
      console.log(
        'usage: node bench/hostile-html.mjs [--scale F] [--rounds N] [--only TEXT] [--json] [--save] [--save-dir DIR]\n' +
          '         [--report-only] [--baseline PATH/html.js] [--baseline-label TEXT] [--baseline-group GROUP]\n' +
          '         [--baseline-rounds N]',
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!(o.scale > 0)) throw new Error('--scale must be a positive number');
  if (!(Number.isInteger(o.rounds) && o.rounds >= 1)) throw new Error('--rounds must be a whole number from 1');
  return o;
}

/** `unit` repeated to exactly n characters (n ≥ 0). */
const fill = (unit, n) => unit.repeat(Math.ceil(Math.max(0, n) / unit.length)).slice(0, Math.max(0, n));

/** The short quote at the bottom of every nested page: a page that stalls before it loses it. */
const QUOTE = '<p>"We will win," Mara Lind said.</p>';

/** `open` k times, the quote, then `close` k times: about n characters. */
const nested = (open, close) => (n) => {
  const k = Math.max(1, Math.floor((n - QUOTE.length) / (open.length + close.length)));
  return open.repeat(k) + QUOTE + close.repeat(k);
};

/** `before` (whole), then `unit` to about n characters in all, then `after`. */
const around = (before, unit, after) => (n) => before + fill(unit, n - before.length - after.length) + after;

/** Name, group, full size in characters, and a generator of a page of about n characters. */
const CASES = [
  ['<b><i> nested inside <p>', 'nesting', 1e6, (n) => `<p>${nested('<b><i>x', '</i></b>')(n - 7)}</p>`],
  ['<div> nested, never closed', 'nesting', 1e6, around('', '<div>', QUOTE)],
  ['<ul><li> nested', 'nesting', 1e6, nested('<ul><li>', '</li></ul>')],
  ['<div> nested', 'nesting', 1e6, nested('<div>', '</div>')],
  ['<table><tr><td> nested', 'nesting', 1e6, nested('<table><tr><td>', '</td></tr></table>')],
  ['<article><section> nested', 'nesting', 1e6, nested('<article><section>', '</section></article>')],
  ['flat paragraphs', 'nesting', 1e6, around('', '<p>The council met on Monday and voted.</p>\n', QUOTE)],
  ['<div> nested, then end tags that match nothing', 'nesting', 1e6, nested('<div>', '</span>')],
  ['<q> nested inside <p>', 'nesting', 1e6, (n) => `<p>${nested('<q>a ', '</q>')(n - 7)}</p>`],
  ['<svg> nested, with self-closing tags', 'nesting', 1e6, nested('<svg><path/>', '</svg>')],
  ['one tag with 1 MB of attributes', 'attributes', 1e6, around('<p', ' class="story" data-a=1 b', `>${QUOTE}`)],
  ['a 1 MB class value', 'attributes', 1e6, around('<div class="', 'story x-y ', `">${QUOTE}</div>`)],
  ['a 1 MB class value of references', 'attributes', 1e6, around('<div class="', '&amp;&lt;', `">${QUOTE}</div>`)],
  ['a 1 MB attribute value, never closed', 'attributes', 1e6, around(`${QUOTE}<div title="`, 'a"b', '')],
  ['&amp; chains: &amp;&amp;…', 'references', 1e6, around('<p>', '&amp;', `</p>${QUOTE}`)],
  ['&amp; chains: &amp;amp;amp;…', 'references', 1e6, around('<p>&', 'amp;', `</p>${QUOTE}`)],
  ['numeric references out of range', 'references', 1e6, around('<p>', '&#x110000;&#99999999999;&#0;&#xD800;', '</p>')],
  ['one numeric reference 1 MB long', 'references', 1e6, around(`${QUOTE}<p>&#`, '9', ';</p>')],
  ['comments', 'comments', 1e6, around('', '<!-- a -- b --><!---->', QUOTE)],
  ['one comment, never closed', 'comments', 1e6, around(`${QUOTE}<!--`, '- -!- >', '')],
  ['CDATA sections', 'comments', 1e6, around('', '<![CDATA[ a ]] ]]>', QUOTE)],
  ['one CDATA section, never closed', 'comments', 1e6, around(`${QUOTE}<![CDATA[`, '] ]>', '')],
  ['<script> never closed', 'raw text', 1e6, around(`${QUOTE}<script>`, 'var a = "</scr" + "<\\/script"; ', '')],
  ['<style> never closed', 'raw text', 1e6, around(`${QUOTE}<style>`, 'p { color: red } </styl </ ', '')],
  [
    'one 10 MB text node',
    'text',
    1e7,
    around('<p>', 'The council met on Monday. "We will win," Mara Lind said, and left. ', '</p>'),
  ],
];

/** Times one case in this process: the fastest per-MB cost of the piece's batches and of the page's runs. */
async function runChild(spec) {
  const { index, module, scale, rounds } = JSON.parse(spec);
  const { extractQuotesFromHtml } = await import(pathToFileURL(module).href);
  const [, , size, make] = CASES[index];
  const piece = make(PIECE);
  const page = make(Math.max(PIECE * 2, Math.round(size * scale)));
  let quotes = 0;
  const batch = (html, minMs) => {
    const t0 = performance.now();
    let runs = 0;
    do {
      quotes = extractQuotesFromHtml(html).quotes.length;
      runs++;
    } while (performance.now() - t0 < minMs);
    return (performance.now() - t0) / runs / (html.length / 1e6);
  };
  batch(piece, 500); // warm up: the knowledge base loads on the first run, and the JIT settles
  let small = Infinity;
  let big = Infinity;
  for (let r = 0; r < rounds; r++) {
    small = Math.min(small, batch(piece, 300));
    big = Math.min(big, batch(page, 0));
  }
  // `quotes`: how many the page gave (its last run), to see that a page that did not stall did not lose its quote.
  console.log(JSON.stringify({ chars: page.length, small, big, quotes }));
}

/** Runs case `index` on `module` in a child process. */
function timeCase(index, module, opts, rounds = opts.rounds) {
  const spec = JSON.stringify({ index, module, scale: opts.scale, rounds });
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', spec], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { chars, small, big, quotes } = JSON.parse(out);
  return {
    chars,
    quotes,
    msPerMbPiece: +small.toFixed(1),
    msPerMbDoc: +big.toFixed(1),
    ratio: +(big / small).toFixed(2),
  };
}

function printTable(rows, opts) {
  const before = rows.some((r) => r.before);
  console.log(
    `hostile pages through extractQuotesFromHtml (node ${process.version}); ratio = cost per MB of the page / ` +
      `of a 20 KB piece; limit ${LIMIT}`,
  );
  const head = ['case'.padEnd(48), 'chars'.padStart(10), 'ms/MB piece'.padStart(12), 'ms/MB page'.padStart(11)];
  console.log(
    [...head, 'ratio'.padStart(6), ...(before ? [`before (${opts.baselineLabel ?? 'baseline'})`] : [])].join(' '),
  );
  for (const r of rows) {
    const cells = [
      r.name.padEnd(48),
      String(r.chars).padStart(10),
      String(r.msPerMbPiece).padStart(12),
      String(r.msPerMbDoc).padStart(11),
      String(r.ratio).padStart(6),
    ];
    if (r.before) cells.push(`${r.before.ratio} (${r.before.msPerMbPiece} → ${r.before.msPerMbDoc} ms/MB)`);
    console.log(cells.join(' '));
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.child !== undefined) return runChild(opts.child);
  const rows = [];
  for (const [index, [name, group]] of CASES.entries()) {
    if (opts.only !== undefined && !name.includes(opts.only)) continue;
    if (!opts.json) process.stderr.write(`${name}… `);
    const row = { name, group, ...timeCase(index, OURS, opts) };
    if (opts.baseline && (opts.baselineGroup === undefined || group === opts.baselineGroup)) {
      row.before = timeCase(index, opts.baseline, opts, opts.baselineRounds);
    }
    if (!opts.json) process.stderr.write(`${row.ratio}${row.before ? ` (before: ${row.before.ratio})` : ''}\n`);
    rows.push(row);
  }
  const saveTo = saveDir(opts.save, opts.saveDir);
  if (saveTo) {
    const figures = { scale: opts.scale, piece: PIECE, limit: LIMIT, rounds: opts.rounds, rows };
    if (opts.baseline) {
      Object.assign(figures, { baseline: opts.baselineLabel ?? opts.baseline, baselineRounds: opts.baselineRounds });
    }
    const file = saveResult('hostile-html', figures, saveTo);
    if (!opts.json) console.error(`figures written to ${file}`);
  }
  if (opts.json) console.log(JSON.stringify({ node: process.version, limit: LIMIT, rows }, null, 2));
  else printTable(rows, opts);
  const bad = rows.filter((r) => r.ratio > LIMIT);
  if (bad.length) {
    console.error(`over the limit: ${bad.map((r) => r.name).join('; ')}`);
    if (!opts.reportOnly) process.exitCode = 1;
  }
}

await main();
