import { is, norm, type Doc } from '../doc/doc.js';
import { W } from '../doc/flags.js';
import { demonymCountry } from '../kb/default.js';
import { COMPASS, DEMONYM_EXCEPTIONS } from '../words/people.js';

/**
 * A country key from a demonym or country name at token k, with a compass word before it:
 * `Russian` and `Russia` → `russ`; `North Korean` and `North Korea` → `north kore`. Stems match the two forms.
 */
export function nationOf(doc: Doc, k: number): string {
  const word = norm(doc, k);
  const prev = norm(doc, k - 1);
  const base = DEMONYM_EXCEPTIONS.get(word) ?? word;
  const stem = base.slice(0, 4);
  return COMPASS.has(prev) ? `${prev} ${stem}` : stem;
}

const SPACES = /\s+/;

/** The same key from a plain string (`North Korea`). */
export function nationKey(name: string): string {
  const words = name.toLowerCase().split(SPACES);
  const last = words.at(-1) ?? '';
  const stem = (DEMONYM_EXCEPTIONS.get(last) ?? last).slice(0, 4);
  const prev = words.at(-2);
  return prev && COMPASS.has(prev) ? `${prev} ${stem}` : stem;
}

/**
 * The country a demonym or country name at token k names, in words: `Russian` → `russia`, `North Korean` → `north
 * korea`.
 */
export function countryOf(doc: Doc, k: number): string | null {
  const word = norm(doc, k);
  const prev = norm(doc, k - 1);
  if (COMPASS.has(prev)) {
    const both = demonymCountry(`${prev} ${word}`);
    if (both) return both;
    if (is(doc, k, W.country)) return `${prev} ${word}`;
  }
  return demonymCountry(word) ?? (is(doc, k, W.country) ? word : null);
}
