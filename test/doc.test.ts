// The Doc's accessors (src/doc/doc.ts): token fields by index, with a neutral value out of range.
import { describe, expect, it } from 'vitest';
import { is, kind, norm, text, tokenText } from '../src/doc/doc.js';
import { F, W } from '../src/doc/flags.js';
import { analyze } from '../src/segment/analyze.js';
import { segment } from '../src/segment/index.js';

const sentence = 'The Mayor said, "Bridges open at dawn."';
const doc = analyze(sentence, segment(sentence));

describe('doc accessors', () => {
  it("read a token's fields and flags", () => {
    expect([text(doc, 1), norm(doc, 1), kind(doc, 1)]).toEqual(['Mayor', 'mayor', 'word']);
    expect(kind(doc, 3)).toBe('punct');
    expect(is(doc, 2, W.verb)).toBe(true);
    expect(is(doc, 0, F.sentenceStart | F.allCaps)).toBe(true);
    expect(is(doc, 1, W.verb)).toBe(false);
    expect(tokenText(doc, 0, 2)).toBe('The Mayor said');
  });

  it('give a neutral value out of range, before the first token and after the last', () => {
    for (const k of [-1, doc.tokens.length, doc.tokens.length + 5]) {
      expect([text(doc, k), norm(doc, k), kind(doc, k), is(doc, k, ~0)]).toEqual(['', '', '', false]);
    }
  });
});
