// Per-stage timing of saidby's pipeline (src/pipeline.ts), importing the internal stages from src/ via tsx.
//
//   npx tsx bench/stages.ts [--gold FILE] [--limit N] [--runs N] [--json]
//
// Each document goes through the same calls as extractQuotes; each stage's time is summed over the corpus.
// Warm-up first, then --runs passes (default 3), median per stage. Spawned by bench/speed.mjs at its end.
import { STAGES, arg, flag, gold, median, readTexts, timedPass, type Stage } from './common.js';

const limit = Number(arg('--limit') ?? Infinity);
const runs = Number(arg('--runs') ?? 3);
const json = flag('--json');

const texts = readTexts(gold, limit);
const Mchars = texts.reduce((n, t) => n + t.length, 0) / 1e6;

const pass = (docs: readonly string[]): Record<Stage, number> => timedPass(docs).ms;

pass(texts.slice(0, 100)); // warm-up
const samples = Array.from({ length: runs }, () => pass(texts));
const seconds = Object.fromEntries(STAGES.map((s) => [s, median(samples.map((x) => x[s])) / 1000])) as Record<
  Stage,
  number
>;
const total = STAGES.reduce((n, s) => n + seconds[s], 0);
const report = {
  documents: texts.length,
  Mchars: +Mchars.toFixed(4),
  runs,
  totalSeconds: +total.toFixed(4),
  stages: STAGES.map((s) => ({
    stage: s,
    seconds: +seconds[s].toFixed(4),
    percent: +((100 * seconds[s]) / total).toFixed(1),
    MBps: +(Mchars / seconds[s]).toFixed(3),
  })),
};

if (json) console.log(JSON.stringify(report));
else {
  console.log(
    `saidby stages: ${texts.length} documents, ${Mchars.toFixed(3)} M UTF-16 code units, median of ${runs} runs, total ${total.toFixed(3)} s`,
  );
  for (const s of report.stages) {
    console.log(
      `${s.stage.padEnd(16)} ${s.seconds.toFixed(3).padStart(8)} s ${s.percent.toFixed(1).padStart(6)} % ${s.MBps.toFixed(2).padStart(9)} MB/s`,
    );
  }
}
