// Per-stage timing of saidby's pipeline (src/pipeline.ts), importing the internal stages from src/ via tsx.
//
//   npx tsx bench/stages.ts [--gold FILE] [--limit N] [--runs N] [--json]
//
// Each document goes through the same calls as extractQuotes; each stage's time is summed over the corpus.
// Warm-up first, then --runs passes (default 3), median per stage. Spawned by bench/speed.mjs at its end.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/pipeline.js';

const STAGES = ['segment', 'names', 'direct', 'reported', 'entities', 'assemble'] as const;
type Stage = (typeof STAGES)[number];

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const gold = resolve(process.cwd(), arg('--gold') ?? resolve(here, '../../shared/gold/polnear-train.jsonl'));
const limit = Number(arg('--limit') ?? Infinity);
const runs = Number(arg('--runs') ?? 3);
const json = args.includes('--json');

const texts: string[] = [];
for (const line of readFileSync(gold, 'utf8').split('\n')) {
  if (texts.length >= limit) break;
  if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
}
const Mchars = texts.reduce((n, t) => n + t.length, 0) / 1e6;

const now = (): number => performance.now();

function pass(docs: readonly string[]): Record<Stage, number> {
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const timed = <T>(name: string, step: () => T): T => {
    const t = now();
    const out = step();
    ms[name as Stage] += now() - t;
    return out;
  };
  let sink = 0;
  for (const text of docs) sink += run(text, {}, timed).quotes.length;
  if (sink < 0) console.log(sink);
  return ms;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

pass(texts.slice(0, 100)); // warm-up
const samples = Array.from({ length: runs }, () => pass(texts));
const seconds = Object.fromEntries(STAGES.map((s) => [s, median(samples.map((x) => x[s])) / 1000])) as Record<Stage, number>;
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
  console.log(`saidby stages: ${texts.length} documents, ${Mchars.toFixed(3)} M UTF-16 code units, median of ${runs} runs, total ${total.toFixed(3)} s`);
  for (const s of report.stages) {
    console.log(`${s.stage.padEnd(16)} ${s.seconds.toFixed(3).padStart(8)} s ${s.percent.toFixed(1).padStart(6)} % ${s.MBps.toFixed(2).padStart(9)} MB/s`);
  }
}
