// Property tests: extractQuotes/tokenize on hostile text never throw, are deterministic, agree with each
// other, and always produce a structurally valid Result (see helpers/validate.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes, tokenize } from '../src/index.js';
import type { Result } from '../src/types.js';
import { expectValid, validateResult } from './helpers/validate.js';

/** ~300 runs by default; PROP_RUNS=5000 for a deeper hunt. */
const RUNS = Number(process.env['PROP_RUNS'] ?? 300);

/** Pieces the generator strings together: marks, apostrophes, dashes, breaks, odd code points, news words. */
const PIECES = [
  // quotation marks of every kind
  '"',
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '„',
  '‚',
  '‹',
  '›',
  '「',
  '」',
  '『',
  '』',
  "'",
  '`',
  // apostrophes and primes
  "'",
  '’',
  'ʼ',
  '′',
  "'s",
  '’s',
  "n't",
  // dashes
  '—',
  '–',
  '-',
  '--',
  // line breaks and blanks
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\v',
  '\f',
  '\n\n',
  ' ',
  ' ',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u200b',
  '\ufeff',
  // broken and exotic code points
  '\ud800',
  '\udc00',
  '\u0301',
  'e\u0301',
  '😀',
  '👍🏽',
  '𝐀',
  'שלום',
  'مرحبا',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u200d',
  '\u00ad',
  // HTML entities and markup left in scraped text
  '&quot;',
  '&amp;',
  '&#8220;',
  '&#x201D;',
  '&rsquo;',
  '&nbsp;',
  '<p>',
  '</p>',
  '<br/>',
  '<script>',
  '&lt;b&gt;',
  // news words
  'said',
  'says',
  'he',
  'she',
  'they',
  'Putin',
  'Trump',
  'Mr.',
  'Dr.',
  'told reporters',
  'according to',
  'added',
  'Vladimir',
  'Angela Merkel',
  'the president',
  'Kim Jong-un',
  'U.S.',
  'J.',
  'We',
  'It',
  'will',
  'win',
  'a',
  'the',
  'don’t',
  '’90s',
  'Jones’',
  'rock ’n’ roll',
  '3.5',
  '1,000',
  '$200',
  // punctuation
  ',',
  ',',
  ':',
  '.',
  '.',
  '!',
  '?',
  '…',
  '...',
  ';',
  '(',
  ')',
  '[',
  ']',
] as const;

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.constant(' ') },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);
const WORDS = [
  'said',
  'he',
  'she',
  'Putin',
  'We',
  'will',
  'win',
  'it',
  'is',
  'soon',
  'Mr.',
  'Smith',
  'don’t',
  'U.S.',
  'J.',
  'Hey!',
  'no',
];
const word = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: piece });
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ['“', '”'],
  ['“', '”'],
  ['«', '»'],
  ['»', '«'],
  ['„', '“'],
  ['‚', '‘'],
  ['‘', '’'],
  ["'", "'"],
  ['‹', '›'],
  ['「', '」'],
  ['“', '"'],
  ['”', '”'],
  ['“', '“'],
  ['"', ''],
  ['', '”'],
];
const quoted = fc
  .tuple(
    fc.constantFrom(...PAIRS),
    fc.array(word, { minLength: 1, maxLength: 10 }).map((w) => w.join(' ')),
    fc.constantFrom(',', '.', '!', '?', '', '…', '—'),
  )
  .map(([[o, c], inner, end]) => `${o}${inner}${end}${c}`);
const ATTRIBUTIONS = [
  ' he said.',
  ' said Putin.',
  ' Putin told reporters.',
  ' according to Mr. Smith.',
  ', she added.',
  ' — Putin',
  '',
  ' ',
  ' he said. ',
  ' said the president, ',
  ' Angela Merkel said in Berlin.',
  '\n',
];
const chunk = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(quoted, fc.constantFrom(...ATTRIBUTIONS)).map(([q, a]) => q + a) },
  { weight: 1, arbitrary: quoted.map((q) => `Putin said: ${q} `) },
  { weight: 1, arbitrary: fc.tuple(quoted, quoted).map(([a, b]) => `${a} he said, ${b}`) },
  { weight: 3, arbitrary: piece },
  { weight: 2, arbitrary: word.map((w) => `${w} `) },
);
/** Quote-rich hostile text: mostly quotations with attributions, mixed with random pieces. */
const hostile = fc.array(chunk, { maxLength: 24 }).map((a) => a.join(''));

/** Is there a line break (any the scanners know) in s? */
const LINE_BREAK = /[\n\r\u2028\u2029\v\f\u0085]/u;

/** Sentence boundaries (offset where a sentence k>0 starts) that fall strictly inside a quote part on one line. */
function boundariesInsideParts(text: string, r: Result): Array<{ part: string; boundary: number }> {
  const bad: Array<{ part: string; boundary: number }> = [];
  // quotations in marks: a transcript turn (`PENCE: …`, reported speech) may run over sentences by design
  for (const q of r.quotes.filter((x) => x.kind === 'direct')) {
    for (const p of q.parts) {
      if (LINE_BREAK.test(text.slice(p.start, p.end))) continue;
      for (let k = 1; k < r.sentences.length; k++) {
        const b = r.sentences[k]!.start;
        const prevEnd = r.sentences[k - 1]!.end;
        if (b > p.start && prevEnd < p.end) bad.push({ part: p.text, boundary: b });
      }
    }
  }
  return bad;
}

function check(text: string): void {
  const r = extractQuotes(text);
  validateResult(text, r);
}

describe('properties on quote-rich hostile text', () => {
  it('extractQuotes never throws and its Result validates', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        check(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('tokenize agrees with extractQuotes on tokens, sentences and paragraphs', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const t = tokenize(text);
        const r = extractQuotes(text);
        expect(t.tokens).toEqual(r.tokens);
        expect(t.sentences).toEqual(r.sentences);
        expect(t.paragraphs).toEqual(r.paragraphs);
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic: the same input gives deep-equal output twice', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(extractQuotes(text)).toEqual(extractQuotes(text));
        expect(tokenize(text)).toEqual(tokenize(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('no sentence boundary falls strictly inside a quote part (unless the part spans a line break)', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(boundariesInsideParts(text, extractQuotes(text))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('with an attributed quote template around hostile fillers, still validates', () => {
    const filler = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(filler, filler, filler, (a, b, c) => {
        const text = `“${a},” ${b} said Putin. “${c}” he added.\n"${a}" according to Mr. ${b}: ‘${c}’`;
        check(text);
        expect(boundariesInsideParts(text, extractQuotes(text))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('properties on arbitrary strings', () => {
  it('fc.string(): never throws, validates, agrees with tokenize', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = extractQuotes(text);
        validateResult(text, r);
        expect(tokenize(text).tokens).toEqual(r.tokens);
      }),
      { numRuns: RUNS },
    );
  });

  it('full Unicode strings (any code point, incl. lone surrogates): never throws, validates', () => {
    const full = fc.string({ unit: 'binary', maxLength: 200 });
    fc.assert(
      fc.property(full, (text) => {
        const r = extractQuotes(text);
        validateResult(text, r);
        expect(tokenize(text).sentences).toEqual(r.sentences);
      }),
      { numRuns: RUNS },
    );
  });

  it('grapheme strings: never throws, validates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (text) => {
        check(text);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('hostile fixed inputs finish and validate', () => {
  const cases: Array<[string, () => string]> = [
    ['20,000 “', () => '“'.repeat(20_000)],
    ['20,000 "', () => '"'.repeat(20_000)],
    ['50,000 apostrophes', () => "'".repeat(50_000)],
    ['50,000 curly apostrophes between letters', () => 'a’'.repeat(25_000)],
    ['200,000 chars with no space', () => 'abcdefghij“klmnop”qrst.U'.repeat(8_334).slice(0, 200_000)],
    ['200,000 letters, one word', () => 'a'.repeat(200_000)],
    ['5,000 nested (“', () => '(“'.repeat(5_000)],
    ['5,000 nested (“ then closed', () => '(“'.repeat(5_000) + 'x' + '”)'.repeat(5_000)],
    ['100,000 copies of "a," he said.', () => '"a," he said. '.repeat(100_000)],
    ['one sentence of 8,000 parenthetical tags', () => 'the plan failed, he said, '.repeat(8_000) + 'end.'],
    ['one sentence of 8,000 nested reports', () => 'Smith said that '.repeat(8_000) + 'it rained.'],
    [
      'one sentence of 5,000 characterizations',
      () => 'Reid called Trump as a "con artist" and '.repeat(5_000) + 'left.',
    ],
    ['10,000 transcript labels', () => 'SMITH: hello there my friend\n'.repeat(10_000)],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const text = make();
      const r = extractQuotes(text);
      expectValid(text, r);
    });
  }

  it('the 100,000 "a," he said. copies are all attributed with at most ~101 warnings', () => {
    const text = '"a," he said. '.repeat(2_000);
    const r = extractQuotes(text);
    expectValid(text, r);
    expect(r.quotes.length).toBe(2_000);
    expect(r.warnings.length).toBeLessThanOrEqual(101);
  });

  it('unbalanced marks: at most ~101 warnings', () => {
    const text = '“'.repeat(20_000);
    expect(extractQuotes(text).warnings.length).toBeLessThanOrEqual(101);
    const lines = 'He said “no\n'.repeat(5_000);
    const r = extractQuotes(lines);
    expectValid(lines, r);
    expect(r.warnings.length).toBeLessThanOrEqual(101);
  });
});
