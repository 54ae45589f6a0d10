// The word lists of src/words: the helpers they are written with, and lists composed of shared parts.
import { describe, expect, it } from 'vitest';
import { union, words } from '../src/words/list.js';
import { AUXILIARIES, BE, PASSIVE_BE, PROGRESSIVE_BE } from '../src/words/function-words.js';
import { ADJUNCT_OPENERS, OBJECT_STOPS, TAIL_WORDS, WHEN_WORDS } from '../src/words/time-and-adjuncts.js';

describe('words', () => {
  it('splits a string on any whitespace', () => {
    expect([...words(`  is are\n  was\twere `)]).toEqual(['is', 'are', 'was', 'were']);
    expect([...words("'s 're . ;")]).toEqual(["'s", "'re", '.', ';']);
  });

  it('rejects a word listed twice', () => {
    expect(() => words('on in on')).toThrow(/twice/);
  });

  it('composes lists by union', () => {
    expect([...union(words('a b'), words('b c'))]).toEqual(['a', 'b', 'c']);
  });
});

describe('composed lists', () => {
  it('share their named parts', () => {
    for (const w of BE) for (const list of [PASSIVE_BE, PROGRESSIVE_BE, AUXILIARIES]) expect(list.has(w), w).toBe(true);
    for (const w of WHEN_WORDS)
      for (const list of [TAIL_WORDS, ADJUNCT_OPENERS, OBJECT_STOPS]) expect(list.has(w), w).toBe(true);
    expect(PASSIVE_BE.has("isn't")).toBe(true);
    expect(PROGRESSIVE_BE.has("isn't")).toBe(false);
    expect(AUXILIARIES.has("'s")).toBe(false);
  });
});
