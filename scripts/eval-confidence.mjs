#!/usr/bin/env node
// What confidence means: precision and recall (the referee's strict match) of the quotes kept at each minConfidence.
// Usage: npm run build && node scripts/eval-confidence.mjs [../shared/gold/polnear-dev.jsonl]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractQuotes } from '../dist/index.js';

const gold = process.argv[2] ?? '../shared/gold/polnear-dev.jsonl';
const docs = readFileSync(gold, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const results = docs.map((d) => [d.id, extractQuotes(d.text)]);
const dir = mkdtempSync(join(tmpdir(), 'saidby-conf-'));

const rows = [];
for (const min of [0, 0.5, 0.8]) {
  const preds = results.map(([id, r]) => {
    const entities = new Map(r.entities.map((e) => [e.id, e]));
    return JSON.stringify({
      id,
      quotes: r.quotes
        .filter((q) => q.confidence >= min)
        .map((q) => ({
          kind: q.kind,
          spans: q.parts.map((p) => [p.start, p.end]),
          speaker: q.speaker
            ? {
                spans: [[q.speaker.mention.start, q.speaker.mention.end]],
                name: q.speaker.name,
                qid: entities.get(q.speaker.entity)?.link?.id ?? null,
              }
            : null,
          cue: q.cue ? [q.cue.start, q.cue.end] : null,
        })),
    });
  });
  const file = join(dir, `pred-${min}.jsonl`);
  writeFileSync(file, preds.join('\n') + '\n');
  const s = JSON.parse(
    execFileSync(
      'node',
      [new URL('../../shared/eval/score.mjs', import.meta.url).pathname, '--gold', gold, '--pred', file, '--json'],
      { encoding: 'utf8' },
    ),
  );
  for (const kind of ['direct', 'mixed', 'indirect', 'all'])
    rows.push({ min, kind, pred: s[kind].pred, P: s[kind].strict.P, R: s[kind].strict.R, F1: s[kind].strict.F1 });
}
console.log('minConfidence  kind      pred    P@.8   R@.8  F1@.8');
for (const r of rows) {
  const figures = [r.P, r.R, r.F1].map((x) => String(x).padStart(6)).join(' ');
  console.log(`${String(r.min).padEnd(13)}  ${r.kind.padEnd(8)} ${String(r.pred).padStart(5)}  ${figures}`);
}
