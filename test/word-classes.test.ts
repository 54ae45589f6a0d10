// The word-class table shipped as data (src/generated/word-classes.ts) is what the installed compromise gives (that
// the file is current is checked with the other generated files in test/generated.test.ts).
import { describe, expect, it } from 'vitest';
import { multiWordNames, wordClasses } from '../src/adapters/lexicon.js';
import { W } from '../src/doc/flags.js';
import { lexiconMaps } from '../scripts/build-word-classes.js';

describe('lexicon table', () => {
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
