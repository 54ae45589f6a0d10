#!/usr/bin/env node
// Fails when a scorer figure is below its floor in scripts/floors.json.
//
//   node scripts/check-floors.mjs [--floors scripts/floors.json] NAME=SCORE.json [NAME=SCORE.json ...]
//
// Each SCORE.json is the output of `node ../shared/eval/score.mjs ... --json`; NAME is a key of floors.json
// ("seed", "polnear-dev"). A floor key is a dotted path into that output: "direct.strict.F1".
// A figure the scorer leaves null (nothing to measure, e.g. F1 with no predictions) counts as 0.
// Exit 0 when every floor is met, 1 when one is not (or a path does not exist), 2 on bad usage.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
let floorsFile = new URL('./floors.json', import.meta.url);
const scores = new Map();
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--floors') floorsFile = args[++i];
  else if (/^[^=]+=.+$/.test(a)) scores.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
  else usage(`unexpected argument '${a}'`);
}
if (!floorsFile || scores.size === 0) usage('give at least one NAME=SCORE.json');

function usage(msg) {
  console.error(`check-floors: ${msg}\nusage: node scripts/check-floors.mjs [--floors FILE] NAME=SCORE.json ...`);
  process.exit(2);
}

function readJson(file, what) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`check-floors: cannot read ${what} ${file}: ${err.message}`);
    process.exit(1);
  }
}

const get = (obj, path) =>
  path.split('.').reduce((o, k) => (o != null && typeof o === 'object' && k in o ? o[k] : undefined), obj);

const floors = readJson(floorsFile, 'floors');
const failures = [];
let checked = 0;
for (const [name, file] of scores) {
  const figures = readJson(file, `scores for '${name}'`);
  const wanted = floors[name];
  if (!wanted) {
    console.log(`${name}: no floors set`);
    continue;
  }
  for (const [path, floor] of Object.entries(wanted)) {
    const raw = get(figures, path);
    checked++;
    if (raw === undefined) {
      failures.push(`${name}: ${path} is not in the scorer's output (${file})`);
      console.log(`  FAIL ${name} ${path}: missing (floor ${floor})`);
      continue;
    }
    const value = raw ?? 0;
    const ok = typeof value === 'number' && value >= floor;
    const shown = raw === null ? 'null (counted as 0)' : String(raw);
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name} ${path} = ${shown}, floor ${floor}`);
    if (!ok) failures.push(`${name}: ${path} = ${shown} is below its floor ${floor}`);
  }
  if (figures.speed)
    console.log(
      `  ${name} speed: ${figures.speed.mb_per_s} MB/s (${figures.speed.chars} chars in ${figures.speed.ms} ms)`,
    );
}
for (const name of Object.keys(floors)) {
  if (!scores.has(name)) failures.push(`${name}: floors are set but no scores were given`);
}
if (failures.length) {
  console.error(`check-floors: ${failures.length} floor(s) not met:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-floors: all ${checked} floors met`);
