// Writes a synthetic Wikidata JSON dump in the exact format of latest-all.json.gz (a JSON array, one entity a line),
// for measuring `saidby kb build` and loadKnowledgeBase at scale (docs/knowledge-base.md). Made-up names, fixed seed.
// Usage: node scripts/synthetic-dump.mjs OUT.json.gz [ENTITIES=1000000]
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';

const [out, countArg] = process.argv.slice(2);
if (!out) throw new Error('usage: node scripts/synthetic-dump.mjs OUT.json.gz [ENTITIES]');
const count = Number(countArg ?? 1_000_000);

// mulberry32: a fixed seed, so every run writes the same dump.
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const SYL = 'ka lo ri ven tas mar bel dor sun eli ro na vik ost han ber gu lin sa mo tel ar en ul'.split(' ');
const word = () => {
  const w = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYL)).join('');
  return w[0].toUpperCase() + w.slice(1);
};
const snak = (property, id, n) => ({
  mainsnak: {
    snaktype: 'value',
    property,
    hash: n.toString(16).padStart(40, '0'),
    datavalue: { value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)), id }, type: 'wikibase-entityid' },
    datatype: 'wikibase-item',
  },
  type: 'statement',
  id: `Q${n}$0000-${n}`,
  rank: 'normal',
});
const text = (lang, value) => ({ language: lang, value });
// Half people, a fifth organisations, a fifth places; the rest kept out (disambiguation pages, no English label).
const KINDS = [
  ['Q5', 50],
  ['Q783794', 10],
  ['Q7278', 5],
  ['Q3918', 5],
  ['Q515', 10],
  ['Q532', 10],
  ['Q4167410', 5],
  ['none', 5],
];
const kindOf = () => {
  let r = rand() * 100;
  for (const [k, w] of KINDS) if ((r -= w) < 0) return k;
  return 'Q5';
};
const COUNTRIES = ['Q30', 'Q145', 'Q183', 'Q142', 'Q159', 'Q148', 'Q668', 'Q17'];

function entity(i) {
  const id = `Q${100_000_000 + i}`;
  const kind = kindOf();
  const person = kind === 'Q5' || kind === 'none';
  const label = person ? `${word()} ${word()}` : `${word()} ${pick(['City', 'Group', 'Party', 'University', 'Ville'])}`;
  const links = Math.floor(Math.pow(rand(), 4) * 120);
  const sitelinks = {};
  for (let s = 0; s < links; s++)
    sitelinks[`${['en', 'de', 'fr', 'es', 'it', 'pl', 'ru', 'ja'][s % 8]}${s < 8 ? '' : s}wiki`] = {
      site: 'x',
      title: label,
      badges: [],
    };
  const claims = { P31: [snak('P31', kind === 'none' ? 'Q5' : kind, i)] };
  if (person) claims.P21 = [snak('P21', rand() < 0.5 ? 'Q6581097' : 'Q6581072', i + 1)];
  claims[person ? 'P27' : 'P17'] = [snak(person ? 'P27' : 'P17', pick(COUNTRIES), i + 2)];
  const labels = kind === 'none' ? { de: text('de', label) } : { en: text('en', label), de: text('de', label) };
  return {
    type: 'item',
    id,
    labels,
    descriptions: { en: text('en', `synthetic entity ${i}`) },
    aliases:
      rand() < 0.6 ? { en: [text('en', `${word()} ${label.split(' ')[1]}`), text('en', label.toUpperCase())] } : {},
    claims,
    sitelinks,
    pageid: i,
    ns: 0,
    title: id,
    lastrevid: 1000 + i,
    modified: '2026-11-30T00:00:00Z',
  };
}

const gzip = createGzip({ level: 1 });
const file = createWriteStream(out);
gzip.pipe(file);
gzip.write('[\n');
for (let i = 0; i < count; i++) {
  const line = JSON.stringify(entity(i)) + (i + 1 < count ? ',\n' : '\n');
  if (!gzip.write(line)) await once(gzip, 'drain');
}
gzip.end(']\n');
await once(file, 'finish');
