#!/usr/bin/env node
// Of the gold entities whose Wikidata id is in the default knowledge base, the share the linker links correctly: the
// linker's own figure, apart from the KB's coverage (link recall is about both). Same matching as the entity referee
// (../shared/eval/score-entities.mjs): a gold entity's predicted entity is the one holding most of its matched
// mentions (character overlap >= 50% both ways).
//
//   npm run build && node scripts/eval-kb-links.mjs [../shared/gold/gum-entities.jsonl] [--json] [--misses]
//
// `--misses` lists the gold entities in the KB that were not linked or linked wrong, for tuning on dev sets only.
// The KB's ids are read from src/generated/kb.sbkb (every `Q123` in it, also after an escaped `\\n`), so the figure
// follows whatever it stores.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../dist/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? join(ROOT, '../shared/gold/gum-entities.jsonl');
const TYPES = new Set(['person', 'organization', 'place']);

const kbIds = new Set(
  readFileSync(join(ROOT, 'src/generated/kb.sbkb'), 'utf8').match(/(?<=\\n|[^A-Za-z0-9])Q\d+\b/g) ?? [],
);
const docs = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
/** The predicted entity holding most of a gold entity's mentions, or undefined. */
function predictedFor(gold, predicted) {
  const tally = new Map();
  for (const m of gold.mentions) {
    let best = null;
    let bestScore = 0;
    for (const p of predicted) {
      const o = overlap(m, p);
      if (o < 0.5 * (m[1] - m[0]) || o < 0.5 * (p[1] - p[0])) continue;
      const s = o / Math.max(m[1] - m[0], p[1] - p[0]);
      if (s > bestScore) [best, bestScore] = [p, s];
    }
    if (best) tally.set(best[2], (tally.get(best[2]) ?? 0) + 1);
  }
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const byType = {};
const misses = [];
for (const doc of docs) {
  const r = extractQuotes(doc.text, doc.date ? { date: doc.date } : {});
  const predicted = r.entities.flatMap((e) => e.mentions.map((m) => [m.start, m.end, e]));
  for (const g of doc.entities ?? []) {
    if (!g.qid || !TYPES.has(g.type) || !kbIds.has(g.qid)) continue;
    const t = (byType[g.type] ??= { inKb: 0, linked: 0 });
    t.inKb++;
    const e = predictedFor(g, predicted);
    if (e?.link?.id === g.qid) t.linked++;
    else
      misses.push(
        `${doc.id}\t${g.type}\t${g.qid} ${g.name}\t-> ${e ? `${e.name} ${e.link?.id ?? 'unlinked'}` : 'no mention'}`,
      );
  }
}
const pct = (a, b) => (b ? Math.round((1000 * a) / b) / 10 : null);
const all = Object.values(byType).reduce((s, t) => ({ inKb: s.inKb + t.inKb, linked: s.linked + t.linked }), {
  inKb: 0,
  linked: 0,
});
const out = { in_kb: all.inKb, linked_correctly: all.linked, share: pct(all.linked, all.inKb) };
for (const [type, t] of Object.entries(byType)) out[type] = `${t.linked}/${t.inKb} (${pct(t.linked, t.inKb)}%)`;
if (args.includes('--json')) console.log(JSON.stringify(out));
else for (const [k, v] of Object.entries(out)) console.log(`${k}: ${v}`);
if (args.includes('--misses')) console.log(misses.join('\n'));
