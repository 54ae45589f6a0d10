/**
 * The default knowledge base: countries, heads of state and government and other office-holders, international
 * bodies, news agencies, metonyms and major places, with Wikidata ids. Built by `npm run generate`
 * (scripts/build-kb.mjs, see data/kb.md); parsed lazily on the first lookup, once per process.
 */
import type { EntityType, KbCandidate, KnowledgeBase } from '../types.js';
import { COUNTRIES, DEMONYMS, HAND, PEOPLE } from '../generated/kb.js';
import { indexRows, normalizeName } from './parse.js';

let index: Map<string, KbCandidate[]> | null = null;
let surnames: Map<string, KbCandidate[]> | null = null;
let demonyms: Map<string, string> | null = null;
let countries: Set<string> | null = null;
let parses = 0;

function getIndex(): Map<string, KbCandidate[]> {
  if (index) return index;
  parses++;
  const m = new Map<string, KbCandidate[]>();
  for (const table of [COUNTRIES, HAND, PEOPLE]) indexRows(table, m);
  for (const bucket of m.values()) bucket.sort((a, b) => b.prior - a.prior);
  index = m;
  surnames = surnameIndex(m);
  return m;
}

/** People by the last word of their name, at a lower prior: `Putin` alone can still find Vladimir Putin. */
function surnameIndex(m: Map<string, KbCandidate[]>): Map<string, KbCandidate[]> {
  const out = new Map<string, KbCandidate[]>();
  const seen = new Set<KbCandidate>();
  for (const bucket of m.values()) {
    for (const c of bucket) {
      if (c.type !== 'person' || seen.has(c)) continue;
      seen.add(c);
      const last = normalizeName(c.label).split(' ').at(-1);
      if (!last || last.length < 3) continue;
      const list = out.get(last) ?? [];
      list.push({ ...c, prior: c.prior * SURNAME_PRIOR });
      out.set(last, list);
    }
  }
  return out;
}

/** A surname alone is weaker evidence than a full name. */
const SURNAME_PRIOR = 0.6;

/** How many times the KB tables have been parsed in this process (for tests: at most 1). */
export function kbParseCount(): number {
  return parses;
}

const NONE: readonly KbCandidate[] = [];

export function defaultKnowledgeBase(): KnowledgeBase {
  return {
    name: 'saidby-default',
    lookup(name: string, type: EntityType | 'unknown'): readonly KbCandidate[] {
      const key = normalizeName(name);
      const exact = getIndex().get(key);
      const found = type === 'unknown' || !exact ? exact : exact.filter((c) => c.type === type);
      // `Luján` names a town and, alone, Senator Ben Ray Luján: a person's surname is looked up when no person has it
      // as a full name
      if (found?.length) return found;
      if (type !== 'person' && type !== 'unknown') return NONE;
      return surnames?.get(key) ?? NONE;
    },
  };
}

/** The country a demonym names, as a lower-case English name: `Russian` → `russia`; null when unknown or ambiguous. */
export function demonymCountry(word: string): string | null {
  return demonymTable().get(normalizeName(word)) ?? null;
}

/** The demonyms demonymCountry knows, folded as normalizeName folds them. */
export function demonymKeys(): Iterable<string> {
  return demonymTable().keys();
}

function demonymTable(): ReadonlyMap<string, string> {
  if (!demonyms) {
    demonyms = new Map();
    for (const line of DEMONYMS.split('\n')) {
      const [k, v] = line.split('\t');
      if (k && v) demonyms.set(k, v);
    }
  }
  return demonyms;
}

/** The lower-case English country names the KB uses in `countries` (`russia`, `north korea`). */
export function countryNames(): ReadonlySet<string> {
  if (!countries) {
    countries = new Set();
    for (const line of COUNTRIES.split('\n')) {
      const name = line.split('\t')[2];
      if (name) countries.add(name.toLowerCase());
    }
  }
  return countries;
}
