#!/usr/bin/env node
// What confidence means: precision and recall (the referee's strict match) of the quotes kept at each minConfidence,
// and a calibration table: of the quotes whose confidence falls in each band, how many the referee finds right end to
// end (strict text match and the right speaker). A well-calibrated band's end-to-end precision is near its confidence.
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
const referee = new URL('../../shared/eval/score.mjs', import.meta.url).pathname;

/** Scores the quotes `keep` lets through with the referee, and returns its JSON. */
function scoreKept(name, keep) {
  const preds = results.map(([id, r]) => {
    const entities = new Map(r.entities.map((e) => [e.id, e]));
    return JSON.stringify({
      id,
      quotes: r.quotes.filter(keep).map((q) => ({
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
  const file = join(dir, `pred-${name}.jsonl`);
  writeFileSync(file, preds.join('\n') + '\n');
  return JSON.parse(execFileSync('node', [referee, '--gold', gold, '--pred', file, '--json'], { encoding: 'utf8' }));
}

const cell = (x) => String(x ?? '-').padStart(6);

console.log('minConfidence  kind      pred    P@.8   R@.8  F1@.8   e2eP');
for (const min of [0, 0.5, 0.8]) {
  const s = scoreKept(`min-${min}`, (q) => q.confidence >= min);
  for (const kind of ['direct', 'mixed', 'indirect', 'all']) {
    const x = s[kind];
    const figures = [x.strict.P, x.strict.R, x.strict.F1, x.e2e.P].map(cell).join(' ');
    console.log(`${String(min).padEnd(13)}  ${kind.padEnd(8)} ${String(x.pred).padStart(5)}  ${figures}`);
  }
}

// e2eP of 'all' is end-to-end precision: a kept quote is right when its text matches strictly and its speaker is right
console.log('\ncalibration (all kinds): quotes whose confidence is in the band, and how many are right');
console.log('band          pred   P@.8   e2eP');
const edges = [0, 0.5, 0.7, 0.8, 0.9, 1.01];
for (let i = 0; i + 1 < edges.length; i++) {
  const [lo, hi] = [edges[i], edges[i + 1]];
  const s = scoreKept(`band-${lo}`, (q) => q.confidence >= lo && q.confidence < hi);
  const band = `[${lo}, ${Math.min(hi, 1)}${hi > 1 ? ']' : ')'}`;
  console.log(`${band.padEnd(12)} ${String(s.all.pred).padStart(5)} ${cell(s.all.strict.P)} ${cell(s.all.e2e.P)}`);
}
