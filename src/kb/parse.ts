/** The name folding used for knowledge-base keys and lookups. */
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
