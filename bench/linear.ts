// Linearity of saidby's pipeline: one long document against the same text as separate articles.
//
//   npx tsx bench/linear.ts [--gold FILE] [--mb 20] [--runs 3] [--json] [--save]     (npm run bench -- --linear)
//
// The train texts are repeated until they reach --mb million UTF-16 code units; "separate" runs each text on its
// own, "whole" runs them joined by blank lines as one document. Both go through the same per-stage timer as
// bench/stages.ts; --runs passes of each, alternating which goes first, median per stage. A ratio of 1 means the
// long document costs the same per MB as the articles; super-linear work would show as a ratio growing with --mb.
// A "scaling" series (--scaling, default on) also times the whole document at 1/8, 1/4, 1/2 and all of its length.
// --save writes the figures to bench/results/linear.json (--save-dir DIR: to DIR instead).
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAGES, arg, flag, gold, median, readTexts, timedPass as pass, type Stage, type Times } from './common.js';
import { saveDir, saveResult } from './results.mjs';

const mb = Number(arg('--mb') ?? 20);
const runs = Number(arg('--runs') ?? 3);
const json = flag('--json');
const scaling = !flag('--no-scaling');
const saveTo = saveDir(flag('--save'), arg('--save-dir'));
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!(mb > 0) || !(Number.isInteger(runs) && runs > 0))
  throw new Error('--mb must be positive and --runs a positive integer');

const corpus = readTexts(gold);
const texts: string[] = [];
for (let n = 0, k = 0; n < mb * 1e6; k++) {
  const t = corpus[k % corpus.length] as string;
  texts.push(t);
  n += t.length + 2;
}
const whole = texts.join('\n\n');
const Mchars = whole.length / 1e6;

const log = (s: string): void => {
  if (!json) console.error(s);
};

log(`linearity: ${texts.length} articles, ${Mchars.toFixed(2)} M UTF-16 code units, ${runs} runs each`);
pass(corpus.slice(0, 100)); // warm-up
const sep: Times[] = [];
const one: Times[] = [];
let quotes = { separate: 0, whole: 0 };
for (let k = 0; k < runs; k++) {
  for (const mode of k % 2 === 0 ? (['separate', 'whole'] as const) : (['whole', 'separate'] as const)) {
    const r = mode === 'separate' ? pass(texts) : pass([whole]);
    (mode === 'separate' ? sep : one).push(r.ms);
    quotes = { ...quotes, [mode]: r.quotes };
    log(`run ${k + 1}/${runs} ${mode}: ${(r.ms.total / 1000).toFixed(2)} s`);
  }
}
const keys = [...STAGES, 'total'] as const;
const rows = keys.map((stage) => {
  const s = median(sep.map((x) => x[stage])) / 1000;
  const w = median(one.map((x) => x[stage])) / 1000;
  return { stage, separateSeconds: +s.toFixed(3), wholeSeconds: +w.toFixed(3), ratio: +(w / s).toFixed(2) };
});

// Scaling: the same long document cut at 1/8, 1/4, 1/2 and 1 of its length (at an article boundary); seconds per MB.
const series: { Mchars: number; secondsPerMB: Record<Stage | 'total', number> }[] = [];
if (scaling) {
  for (const part of [8, 4, 2, 1]) {
    const doc = texts.slice(0, Math.ceil(texts.length / part)).join('\n\n');
    const { ms } = pass([doc]);
    const per = Object.fromEntries(keys.map((s) => [s, +(ms[s] / 1000 / (doc.length / 1e6)).toFixed(4)])) as Record<
      Stage | 'total',
      number
    >;
    series.push({ Mchars: +(doc.length / 1e6).toFixed(2), secondsPerMB: per });
    log(`scaling: ${(doc.length / 1e6).toFixed(2)} M: ${per.total.toFixed(3)} s/MB`);
  }
}

// Every run's total, so that the spread on a shared machine is on record beside the medians.
const seconds = (runs: Times[]): number[] => runs.map((x) => +(x.total / 1000).toFixed(3));
const totals = { separate: seconds(sep), whole: seconds(one) };
const report = {
  gold: relative(root, gold),
  articles: texts.length,
  Mchars: +Mchars.toFixed(3),
  runs,
  quotes,
  totals,
  stages: rows,
  scaling: series,
};
if (saveTo) {
  const file = saveResult('linear', report, saveTo);
  log(`figures written to ${file}`);
}
if (json) console.log(JSON.stringify(report, null, 2));
else {
  console.log('');
  console.log(
    `One ${Mchars.toFixed(1)} M-code-unit document vs the same ${texts.length} articles separately (median of ${runs} runs):`,
  );
  console.log(`${'stage'.padEnd(10)} ${'separate s'.padStart(11)} ${'one doc s'.padStart(10)} ${'ratio'.padStart(6)}`);
  for (const r of rows)
    console.log(
      `${r.stage.padEnd(10)} ${r.separateSeconds.toFixed(3).padStart(11)} ${r.wholeSeconds.toFixed(3).padStart(10)} ${r.ratio.toFixed(2).padStart(6)}`,
    );
  console.log(`quotes found: separate ${quotes.separate}, one document ${quotes.whole}`);
  if (series.length) {
    console.log('');
    console.log('The one document cut to 1/8, 1/4, 1/2, 1 of its length: seconds per M code units (flat = linear)');
    console.log(['M'.padStart(6), ...keys.map((s) => s.padStart(9))].join(' '));
    for (const p of series)
      console.log(
        [p.Mchars.toFixed(2).padStart(6), ...keys.map((s) => p.secondsPerMB[s].toFixed(3).padStart(9))].join(' '),
      );
  }
}
