// Hard-wrapped text (src/segment/wrap.ts): single line breaks made by a wrapper are read as spaces, real paragraph
// breaks are kept.
import { describe, expect, it } from 'vitest';
import { unwrapLines } from '../src/segment/wrap.js';
import { extractQuotes, tokenize } from '../src/index.js';
import { hardWrap } from './helpers/typography.js';
import { expectValid } from './helpers/validate.js';

const ARTICLE = [
  'Harbour plan approved after long night',
  '',
  'Councillors in the coastal town of Westerby approved a plan to rebuild the old harbour wall early on Tuesday, ' +
    'after a debate that ran for more than seven hours and drew a crowd of fishermen to the public gallery.',
  'Harbour master Ines Colby said the work would start in the spring. "We have waited twenty years for this ' +
    'decision, and the boats cannot wait much longer," she told reporters outside the chamber.',
  '"The wall was built for smaller boats and calmer winters than the ones we have now," said engineer Tomas ' +
    'Brandt, who drew up the plan. "Every storm takes another stone out of it."',
  'Not everyone was pleased. "It is far too expensive for a town of this size," said councillor Edna Marsh.',
].join('\n');

const keys = (text: string): string[] =>
  extractQuotes(text).quotes.map((q) => `${q.kind}|${q.text.replace(/\s+/gu, ' ')}|${q.speaker?.name ?? ''}`);

describe('hard-wrapped text', () => {
  it('gives the quotes and speakers of the same text unwrapped', () => {
    const plain = keys(ARTICLE);
    expect(plain.length).toBeGreaterThanOrEqual(4);
    expect(keys(hardWrap(ARTICLE, 72))).toEqual(plain);
    // the tokens users see still mark every line break
    expectValid(hardWrap(ARTICLE, 72), extractQuotes(hardWrap(ARTICLE, 72)));
    expect(keys(hardWrap(ARTICLE, 60).replace(/\n/gu, '\r\n'))).toEqual(plain);
  });

  it('keeps the paragraphs: a break after a sentence where the next word would have fitted is real', () => {
    const starts = (text: string): string[] => tokenize(text).paragraphs.map((p) => p.text.slice(0, 12));
    const wrapped = starts(hardWrap(ARTICLE, 72));
    // `…public gallery.` fills its line, so the paragraph after it cannot be told from a wrapped line; the others can
    expect(wrapped).toEqual(starts(ARTICLE).filter((s) => !s.startsWith('Harbour mast')));
  });

  it('returns a copy of the same length with soft breaks as spaces', () => {
    const wrapped = hardWrap(ARTICLE, 72);
    const unwrapped = unwrapLines(wrapped);
    expect(unwrapped).toHaveLength(wrapped.length);
    expect(unwrapped.split('\n')).toHaveLength(ARTICLE.split('\n').length - 1);
    expect(unwrapped.replace(/\s+/gu, ' ')).toBe(ARTICLE.replace(/\s+/gu, ' '));
  });

  it('leaves alone text whose lines are paragraphs, short lines and a single line', () => {
    expect(unwrapLines(ARTICLE)).toBe(ARTICLE);
    const list = 'Results:\nWesterby 3 Ashford 1\nMarlow 0 Kessel 2\nDunmore 1 Pike 1\n';
    expect(unwrapLines(list)).toBe(list);
    expect(unwrapLines('One line only, "quoted," she said.')).toBe('One line only, "quoted," she said.');
  });

  it('reads a quotation wrapped over lines as one quote', () => {
    const text = hardWrap(
      `${'The ferry service to the islands will be cut to two sailings a day from June, the operator said. '.repeat(2)}` +
        '"We cannot keep running empty boats through the winter months, and the fuel bill has doubled in a year," ' +
        'operations chief Mira Solberg said on Monday.',
      64,
    );
    const direct = extractQuotes(text).quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.speaker?.name)).toEqual(['Mira Solberg']);
    expect(direct[0]!.text).toMatch(/^We cannot keep.*in a year,$/su);
  });
});
