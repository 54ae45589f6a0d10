/** Parsing of the generated KB tables (src/generated/kb.ts) and the name folding used for lookups. */
import type { EntityType, KbCandidate, OfficeYears } from '../types.js';
import { lowerCase } from '../text/chars.js';

/**
 * Folds a name for lookup: NFKD without diacritics, lower case, `’` → `'`, dots dropped, hyphens, commas and extra
 * spaces folded to one space, a leading `the` dropped: `Kim Jong-un` = `kim jong un`, `U.S.` = `us`.
 */
export function normalizeName(name: string): string {
  if (SIMPLE.test(name)) {
    // the common case, without the Unicode passes
    const t = lowerCase(name);
    return t.startsWith('the ') ? t.slice(4) : t;
  }
  const t = name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DOTS, '')
    .replace(SEPARATORS, ' ')
    .split(SPACES)
    .filter(Boolean)
    .join(' ');
  return t.startsWith('the ') ? t.slice(4) : t;
}

/** Plain ASCII letters in single-space-separated words. */
const SIMPLE = /^[a-z]+(?: [a-z]+)*$/i;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘`´]/g;
const DOTS = /\./g;
const SEPARATORS = /[-‐‑‒–—_,]/g;
const SPACES = /\s+/;

const TYPES: Record<string, EntityType> = { p: 'person', o: 'organization', l: 'place', g: 'group', x: 'other' };
const list = (s: string | undefined): string[] => (s ? s.split('|') : []);

/** `1981-1993` → { from: 1981, to: 1993 }; `2021-` → { from: 2021 } (still in office). */
function officeYears(span: string): OfficeYears {
  const [from = '', to = ''] = span.split('-');
  return to ? { from: Number(from), to: Number(to) } : { from: Number(from) };
}

/** Parses tab-separated entity rows into `index` (normalised alias → candidates). */
export function indexRows(table: string, index: Map<string, KbCandidate[]>): void {
  for (const line of table.split('\n')) {
    if (!line) continue;
    const [id = '', type = 'x', label = '', aliases, countries, roles, gender, until, prior, served, within] =
      line.split('\t');
    const c: { -readonly [K in keyof KbCandidate]: KbCandidate[K] } = {
      id,
      label,
      type: TYPES[type] ?? 'other',
      prior: Number(prior) || 0.05,
    };
    if (countries) c.countries = list(countries);
    if (roles) c.roles = list(roles);
    if (gender === 'm') c.gender = 'male';
    else if (gender === 'f') c.gender = 'female';
    if (until) c.until = Number(until);
    if (served) c.served = list(served).map(officeYears);
    if (within) c.within = list(within);
    const keys = new Set([normalizeName(label), ...list(aliases).map(normalizeName)]);
    for (const k of keys) {
      if (!k) continue;
      const bucket = index.get(k);
      if (bucket) bucket.push(c);
      else index.set(k, [c]);
    }
  }
}
