/**
 * Word classes from compromise's lexicon, as bit flags. The table is generated from compromise at development time
 * (`npm run generate`, scripts/build-word-classes.ts, which says how compromise's tags map to these flags) and shipped
 * as data, so the library does not load compromise itself: some 30 MB less per thread and a quarter of a second
 * less start-up, and a browser bundle without it. test/word-classes.test.ts checks the table against the installed
 * compromise.
 */
import { MULTI_WORD, WORDS } from '../generated/word-classes.js';

/** Reads rows of `flags<TAB>entry<SEP>entry…` into a map from entry to flags. */
function readTable(data: string, separator: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of data.split('\n')) {
    const tab = row.indexOf('\t');
    const flags = Number(row.slice(0, tab));
    for (const entry of row.slice(tab + 1).split(separator)) out.set(entry, flags);
  }
  return out;
}

let words: Map<string, number> | undefined;
let multi: Map<string, number> | undefined;

/** Single-word lexicon entries with their flags, read once on first use. */
export function wordClasses(): ReadonlyMap<string, number> {
  words ??= readTable(WORDS, ' ');
  return words;
}

/** Multi-word names compromise knows as countries, places or organisations (`north korea`, `united nations`). */
export function multiWordNames(): ReadonlyMap<string, number> {
  multi ??= readTable(MULTI_WORD, '|');
  return multi;
}
