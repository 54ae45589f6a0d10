#!/usr/bin/env node
// Writes a made-up news corpus as JSONL, {"id", "source", "date", "text"} a line, for saidby report's scale bench.
// Every name, outlet, body and sentence is invented here (no gold text): people with a first name, some with a
// title (`Ms`, `Mr`), a nationality from a demonym (`Swedish Finance Minister …`), quoted directly and in reported
// speech, resolved through pronouns and descriptions; bodies that issue statements; unnamed sources.
// Deterministic for a given --seed.
//
//   node bench/make-corpus.mjs --mb 100 --out .bench/corpus.jsonl [--seed 1] [--people 5000]
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';

const { values: v } = parseArgs({
  options: {
    mb: { type: 'string', default: '100' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    people: { type: 'string', default: '5000' },
  },
});
if (!v.out) throw new Error('usage: node bench/make-corpus.mjs --mb N --out FILE [--seed S] [--people N]');
const targetBytes = Number(v.mb) * 1e6;

/** mulberry32: a small, fast, seedable generator, so that a corpus can be made again byte for byte. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(Number(v.seed));
const pick = (list) => list[Math.floor(random() * list.length)];
/** A skewed pick: the first items far more often, as a few voices dominate the news. */
const pickSkewed = (list) => list[Math.floor(list.length * random() ** 3)];

const WOMEN =
  'Anna Maria Laura Sarah Emma Julia Helen Karen Linda Ruth Clara Nina Sofia Elena Grace Alice Irene Rosa'.split(' ');
const MEN =
  'John David Peter Thomas James Mark Paul Daniel Martin Robert Henrik Oscar Victor Simon Hugo Felix Adam Carl'.split(
    ' ',
  );
const SURNAMES = (
  'Lindqvist Brenner Okafor Castell Rowe Halvorsen Marsh Keane Duval Varga Moreau Eklund Farrow Quist Tambor Whitlow ' +
  'Ferrand Oduya Baptiste Kowal Ashdown Pellow Strand Navarre Holm Garrick Venn Albury Cosgrove Dunmore Elsworth ' +
  'Ferris Galloway Hartigan Ingram Jessop Kinloch Lattimer Mayhew Norcott Orrin Penhale Quarry Redfern Sorel Tolland'
).split(' ');
const NATIONS = 'Swedish Norwegian German French Italian Spanish Polish Irish Dutch Danish Finnish Austrian'.split(' ');
const ROLES = 'Finance Minister|Health Minister|Mayor|Senator|Governor|Chief Executive|Professor|Judge'.split('|');
const BODIES = [
  'the Harbour Authority',
  'the Valley Water Board',
  'the Northern Rail Company',
  'the City Council',
  'the Coastal Fisheries Agency',
  'the National Grid Office',
  'the Regional Health Service',
  'the Teachers Union',
];
const OUTLETS = [
  'Coast Herald',
  'Valley News',
  'The Morning Ledger',
  'City Dispatch',
  'Northern Courier',
  'The Weekly Lamp',
];
const TOPICS = [
  'the bridge',
  'the new rail line',
  'the budget',
  'the water tariff',
  'the harbour plan',
  'the school reform',
];
const VERBS = ['said', 'said', 'said', 'told reporters', 'added', 'claimed', 'argued', 'wrote'];
const UNNAMED = [
  'Officials',
  'A spokeswoman',
  'A spokesman',
  'Sources close to the talks',
  'Two senior diplomats',
  'Residents',
];
const DIRECT = [
  'We will not pay for this twice',
  'Nobody here wanted the delay, and nobody will forget it',
  'The numbers simply do not add up',
  'This is a good day for everyone who lives along the river',
  'We have asked for the full report and we expect it within a month',
  'I have never seen a plan this badly drawn',
  'The work will be finished before the winter',
];
const REPORTED = [
  'the plan would cost more than expected',
  'the work was on schedule',
  'the council had not been consulted',
  'the vote would take place in the spring',
  'the figures would be published next week',
];

const n = Number(v.people);
const people = Array.from({ length: n }, (_, i) => {
  const woman = random() < 0.42;
  return {
    first: pick(woman ? WOMEN : MEN),
    last: `${pick(SURNAMES)}${i >= SURNAMES.length ? ['', 'son', 'er', 'ley', 'ford', 'wick'][i % 6] : ''}`,
    woman,
    nation: random() < 0.6 ? pick(NATIONS) : null,
    role: random() < 0.5 ? pick(ROLES) : null,
    titled: random() < 0.3,
  };
});

function paragraph() {
  const p = pickSkewed(people);
  const topic = pick(TOPICS);
  const verb = pick(VERBS);
  const intro = [p.nation, p.role, `${p.first} ${p.last}`].filter(Boolean).join(' ');
  const later = p.titled ? `${p.woman ? 'Ms' : 'Mr'} ${p.last}` : p.last;
  const pron = p.woman ? 'she' : 'he';
  const lines = [
    `${intro} spoke about ${topic} on ${pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}.`,
    `“${pick(DIRECT)},” ${later} ${verb}.`,
    `${pron[0].toUpperCase()}${pron.slice(1)} said ${pick(REPORTED)}.`,
  ];
  const r = random();
  if (r < 0.3) lines.push(`${pick(BODIES).replace(/^t/, 'T')} said in a statement that ${pick(REPORTED)}.`);
  else if (r < 0.55) lines.push(`${pick(UNNAMED)} said ${pick(REPORTED)}.`);
  else lines.push(`“${pick(DIRECT)},” ${pron} added.`);
  return lines.join(' ');
}

function article(i) {
  const paragraphs = Array.from({ length: 3 + Math.floor(random() * 6) }, paragraph);
  const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000).toISOString().slice(0, 10);
  return { id: `a${i}`, source: pickSkewed(OUTLETS), date: day, text: paragraphs.join('\n\n') };
}

const out = createWriteStream(v.out);
let bytes = 0;
let i = 0;
while (bytes < targetBytes) {
  const line = JSON.stringify(article(i++)) + '\n';
  bytes += Buffer.byteLength(line);
  if (!out.write(line)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
process.stderr.write(`make-corpus: ${i} articles, ${(bytes / 1e6).toFixed(1)} MB in ${v.out}\n`);
