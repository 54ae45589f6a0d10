// cueAt / cueEndingAt: the cue lookup every attribution rule starts from.
import { describe, expect, it } from 'vitest';
import { cueAt, cueEndingAt } from '../src/cues/find.js';
import { tokenize } from '../src/index.js';

const at = (text: string, word: string) => {
  const { tokens } = tokenize(text);
  const i = tokens.findIndex((t) => t.text === word);
  return { tokens, i };
};

describe('cueAt', () => {
  it('takes the longest phrase starting at the token', () => {
    const { tokens, i } = at('The mayor was quoted as saying the budget was fine.', 'was');
    expect(cueAt(tokens, i)).toMatchObject({ first: i, last: i + 3, lemma: 'say', passive: true, tense: 'phrase' });
  });

  it('matches no phrase that runs past the end of the text', () => {
    const { tokens, i } = at('Asked how, she was quoted as', 'was');
    expect(cueAt(tokens, i)).toBeNull(); // `was quoted as` is no phrase, and `was` alone no cue
  });

  it('falls back to a single reporting verb', () => {
    const { tokens, i } = at('The union said no.', 'said');
    expect(cueAt(tokens, i)).toMatchObject({ first: i, last: i, lemma: 'say', passive: false, weak: false });
  });

  it('gives null for non-words, out-of-range indexes and ordinary words', () => {
    const { tokens } = tokenize('"Fine," the mayor said.');
    expect(cueAt(tokens, 0)).toBeNull(); // a quotation mark
    expect(cueAt(tokens, -1)).toBeNull();
    expect(cueAt(tokens, tokens.length)).toBeNull();
    expect(
      cueAt(
        tokens,
        tokens.findIndex((t) => t.text === 'mayor'),
      ),
    ).toBeNull();
  });

  it('returns a fresh object each time, so callers may keep it', () => {
    const { tokens, i } = at('Officials said so.', 'said');
    expect(cueAt(tokens, i)).not.toBe(cueAt(tokens, i));
  });
});

describe('cueEndingAt', () => {
  it('finds the phrase that ends at the token', () => {
    const { tokens, i } = at('He was quoted as saying it.', 'saying');
    expect(cueEndingAt(tokens, i)).toMatchObject({ first: i - 3, last: i, lemma: 'say' });
  });

  it('gives null when no cue ends there', () => {
    const { tokens, i } = at('He was quoted as saying it.', 'it');
    expect(cueEndingAt(tokens, i)).toBeNull();
  });
});
