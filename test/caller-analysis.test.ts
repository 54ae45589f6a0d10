// options.sentences and options.entities: a wink-nlp or spaCy user's own analysis in, checked against the text, and
// the quotes lined up with it.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { extractQuotesFromHtml } from '../src/html/index.js';
import type { SpanInput } from '../src/types.js';

const TEXT = 'Lotte Brem spoke in Harlow. She was brief. "It rose. It fell," Ms Brem said. Jonas Pell agreed.';

/** The spans of `parts` in `text`, in order: what a sentence splitter of the caller's gives. */
function spansOf(text: string, parts: readonly string[]): SpanInput[] {
  let from = 0;
  return parts.map((p) => {
    const start = text.indexOf(p, from);
    expect(start).toBeGreaterThanOrEqual(0);
    from = start + p.length;
    return { start, end: from };
  });
}

describe('options.sentences', () => {
  it("gives the caller's sentences, and quotes point into them", () => {
    // This splitter keeps the first two sentences together, which saidby's would not.
    const mine = spansOf(TEXT, ['Lotte Brem spoke in Harlow. She was brief.', '"It rose. It fell," Ms Brem said.']);
    const r = extractQuotes(TEXT, { sentences: [...mine, ...spansOf(TEXT, ['Jonas Pell agreed.'])] });
    expect(r.sentences.map((s) => s.text)).toEqual([
      'Lotte Brem spoke in Harlow. She was brief.',
      '"It rose. It fell," Ms Brem said.',
      'Jonas Pell agreed.',
    ]);
    expect(extractQuotes(TEXT).sentences).toHaveLength(4);
    const q = r.quotes.find((x) => x.text.startsWith('It rose'));
    expect(q?.speaker?.name).toBe('Lotte Brem');
    expect(q?.parts[0]?.sentence).toBe(1);
    for (const s of r.sentences) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it('never cuts a quotation, even where the caller did', () => {
    const cut = spansOf(TEXT, [
      'Lotte Brem spoke in Harlow.',
      'She was brief.',
      '"It rose.',
      'It fell," Ms Brem said.',
    ]);
    const r = extractQuotes(TEXT, { sentences: cut });
    expect(r.sentences.map((s) => s.text)).toContain('"It rose. It fell," Ms Brem said. Jonas Pell agreed.');
  });

  it('changes nothing when the spans are the ones saidby finds', () => {
    const own = extractQuotes(TEXT);
    expect(extractQuotes(TEXT, { sentences: own.sentences.map(({ start, end }) => ({ start, end })) })).toEqual(own);
  });
});

describe('options.entities', () => {
  const text = '"We stay," said Harlow Rovers chief Maxi Dunn.';
  const entities = [
    { start: text.indexOf('Harlow Rovers'), end: text.indexOf(' chief'), type: 'organization' as const },
    { start: text.indexOf('Maxi Dunn'), end: text.indexOf('.', 30), type: 'person' as const },
  ];

  it("takes the caller's types and spans over saidby's names", () => {
    expect(extractQuotes(text).entities.find((e) => e.name === 'Harlow Rovers')?.type).not.toBe('organization');
    const r = extractQuotes(text, { entities });
    expect(r.entities.map((e) => [e.name, e.type])).toEqual([
      ['Harlow Rovers', 'organization'],
      ['Maxi Dunn', 'person'],
    ]);
    expect(r.quotes[0]?.speaker?.name).toBe('Maxi Dunn');
  });

  it('makes a name saidby would not have found', () => {
    const lower = 'the ceo said the deal was done. "we stay," said maxi dunn.';
    const start = lower.indexOf('maxi dunn');
    const r = extractQuotes(lower, { entities: [{ start, end: start + 9, type: 'person' }] });
    expect(r.entities.some((e) => e.type === 'person' && e.mentions.some((m) => m.text === 'maxi dunn'))).toBe(true);
  });
});

describe('checks', () => {
  it.each([
    ['not an array', { sentences: 'x' }, TypeError, /options\.sentences must be an array/],
    [
      'a fraction',
      { sentences: [{ start: 1.5, end: 3 }] },
      TypeError,
      /options\.sentences\[0\]\.start must be a whole/,
    ],
    ['past the end', { sentences: [{ start: 0, end: 500 }] }, RangeError, /\[0\] \(0-500\) must have 0 <= start < end/],
    ['empty', { entities: [{ start: 4, end: 4, type: 'person' }] }, RangeError, /options\.entities\[0\] \(4-4\)/],
    [
      'overlapping',
      {
        sentences: [
          { start: 10, end: 20 },
          { start: 15, end: 30 },
        ],
      },
      RangeError,
      /options\.sentences\[1\] \(15-30\) overlaps or comes before/,
    ],
    [
      'a spaCy label',
      { entities: [{ start: 0, end: 5, type: 'PERSON' }] },
      TypeError,
      /entities\[0\]\.type must be one of/,
    ],
  ])('refuses %s, naming the span', (_what, options, type, message) => {
    expect(() => extractQuotes(TEXT, options as never)).toThrow(type);
    expect(() => extractQuotes(TEXT, options as never)).toThrow(message);
  });

  it('saidby/html refuses them: its offsets are into a text the caller has not seen', () => {
    expect(() => extractQuotesFromHtml('<p>Hi.</p>', { sentences: [] } as never)).toThrow(/unknown option 'sentences'/);
  });
});
