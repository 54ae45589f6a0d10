#!/usr/bin/env node
// GAP pronoun resolution with saidby's entity layer: for each row, which of the two names (A, B) the pronoun's
// entity also holds. Usage: npm run build && node scripts/eval-gap.mjs [../shared/gold/gap/gap-development.tsv]
// [--json]
import { readFileSync } from 'node:fs';
import { extractQuotes } from '../dist/index.js';

const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/gold/gap/gap-development.tsv';
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => line.split('\t'));

const overlaps = (m, start, end) => m.start < end && start < m.end;
let correct = 0,
  withAntecedent = 0,
  correctWithAntecedent = 0,
  resolved = 0;
const confusion = {};
for (const [, text, pronoun, pOff, a, aOff, aTrue, b, bOff, bTrue] of rows) {
  const r = extractQuotes(text);
  const p = Number(pOff);
  const holder = r.entities.find((e) => e.mentions.some((m) => m.start === p && m.end === p + pronoun.length));
  const hasA = holder?.mentions.some((m) => m.kind === 'name' && overlaps(m, Number(aOff), Number(aOff) + a.length));
  const hasB = holder?.mentions.some((m) => m.kind === 'name' && overlaps(m, Number(bOff), Number(bOff) + b.length));
  const guess = hasA && !hasB ? 'A' : hasB && !hasA ? 'B' : 'neither';
  const gold = aTrue === 'TRUE' ? 'A' : bTrue === 'TRUE' ? 'B' : 'neither';
  if (holder) resolved++;
  if (guess === gold) correct++;
  if (gold !== 'neither') {
    withAntecedent++;
    if (guess === gold) correctWithAntecedent++;
  }
  confusion[`${gold}->${guess}`] = (confusion[`${gold}->${guess}`] ?? 0) + 1;
}
const pct = (x, n) => Math.round((1000 * x) / n) / 10;
const out = {
  rows: rows.length,
  accuracy: pct(correct, rows.length),
  accuracy_where_A_or_B: pct(correctWithAntecedent, withAntecedent),
  pronouns_resolved: pct(resolved, rows.length),
  confusion,
};
console.log(
  process.argv.includes('--json')
    ? JSON.stringify(out)
    : Object.entries(out)
        .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`)
        .join('\n'),
);
