// What the tsx benchmarks (stages.ts, linear.ts) share: their arguments, the corpus, and the per-stage timer.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/pipeline.js';

/** The stages `run()` names, in pipeline order. */
export const STAGES = ['segment', 'names', 'direct', 'reported', 'entities', 'assemble'] as const;
export type Stage = (typeof STAGES)[number];
export type Times = Record<Stage | 'total', number>;

const args = process.argv.slice(2);
/** The value after `--name`, if given. */
export const arg = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
export const flag = (name: string): boolean => args.includes(name);

/** `--gold FILE`, by default the PolNeAR train split beside the project. */
export const gold = resolve(
  process.cwd(),
  arg('--gold') ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/gold/polnear-train.jsonl'),
);

/** The texts of a JSONL file, at most `limit` of them. */
export function readTexts(path: string, limit = Infinity): string[] {
  const texts: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (texts.length >= limit) break;
    if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  return texts;
}

/** Each document through the same recipe as extractQuotes, milliseconds summed per stage; `total` is the wall time. */
export function timedPass(docs: readonly string[]): { ms: Times; quotes: number } {
  const ms: Times = { segment: 0, names: 0, direct: 0, reported: 0, entities: 0, assemble: 0, total: 0 };
  const timed = <T>(name: string, step: () => T): T => {
    const t = performance.now();
    const out = step();
    ms[name as Stage] += performance.now() - t;
    return out;
  };
  let quotes = 0;
  const t0 = performance.now();
  for (const text of docs) quotes += run(text, {}, timed).quotes.length;
  ms.total = performance.now() - t0;
  return { ms, quotes };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
