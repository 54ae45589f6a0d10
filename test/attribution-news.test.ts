// Attribution phenomena of everyday news (issue 15): each case is made-up text and the direct quotes it must give.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

interface Expected {
  quote: string | string[];
  mention: string | null;
  cue?: string | null;
  rule?: string;
}

const cases: Array<[string, string, Expected[]]> = [
  [
    'a closed quotation is not attributed by the next sentence, whose cue opens a clause of its own',
    '"Fares will keep rising," said Carla Mendes, an economist at Norbank. "We see no relief before spring." ' +
      'Some traders believe the bank is relaxed about it.',
    [{ quote: ['Fares will keep rising,', 'We see no relief before spring.'], mention: 'Carla Mendes', cue: 'said' }],
  ],
  [
    'a closed quotation then a cue that leads into a colon',
    'Ola Brandt said: "The line opens in May." Pia Holm said: "It will be late."',
    [
      { quote: 'The line opens in May.', mention: 'Ola Brandt' },
      { quote: 'It will be late.', mention: 'Pia Holm' },
    ],
  ],
  [
    'a closed quotation keeps a tag that ends its clause past a time and a place',
    '"We lost the vote." Mr Vale said on Monday in a statement.',
    [{ quote: 'We lost the vote.', mention: 'Mr Vale', rule: 'quote-cue-speaker' }],
  ],
];

describe('attribution in everyday news', () => {
  for (const [label, text, expected] of cases) {
    it(label, () => {
      const direct = extractQuotes(text).quotes.filter((q) => q.kind === 'direct');
      expect(direct.map((q) => q.parts.map((p) => p.text))).toEqual(
        expected.map((e) => (Array.isArray(e.quote) ? e.quote : [e.quote])),
      );
      expected.forEach((e, k) => {
        const q = direct[k]!;
        expect(q.speaker?.mention.text ?? null).toBe(e.mention);
        if (e.cue !== undefined) expect(q.cue?.text ?? null).toBe(e.cue);
        if (e.rule !== undefined) expect(q.rule).toBe(e.rule);
      });
    });
  }
});
