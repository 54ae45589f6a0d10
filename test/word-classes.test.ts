// The word-class table shipped as data (src/adapters/lexicon.data.ts) is what the installed compromise gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { W } from '../src/doc/flags.js';
import { multiWordNames, wordClasses } from '../src/adapters/lexicon.js';
import { lexiconMaps, lexiconSource } from '../scripts/lexicon.js';

describe('lexicon table', () => {
  it('is up to date with the installed compromise (else run `npm run build:lexicon`)', () => {
    expect(readFileSync(new URL('../src/adapters/lexicon.data.ts', import.meta.url), 'utf8')).toBe(lexiconSource());
  });

  it('reads back to the same entries and flags as compromise', () => {
    const { words, multi } = lexiconMaps();
    expect(words.size).toBeGreaterThan(15_000);
    expect(new Map(wordClasses())).toEqual(words);
    expect(new Map(multiWordNames())).toEqual(multi);
  });

  it('has the classes the pipeline relies on', () => {
    const has = (word: string, flag: number) => ((wordClasses().get(word) ?? 0) & flag) !== 0;
    expect(has('said', W.verb)).toBe(true);
    expect(has('the', W.det)).toBe(true);
    expect(has('he', W.pron)).toBe(true);
    expect(has('france', W.country)).toBe(true);
    expect(has('january', W.date)).toBe(true);
    expect(((multiWordNames().get('united nations') ?? 0) & W.org) !== 0).toBe(true);
  });
});
