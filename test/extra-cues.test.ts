// options.extraCues: a newsroom's own cue words and phrases, found as the lexicon's are, winning over it, checked
// with errors that name the bad entry and field; without them, nothing changes.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { extractQuotesFromHtml } from '../src/html/index.js';
import type { CueEntry } from '../src/types.js';

const TEXT =
  'Councillor Ada Morrow left the hall early.\n"This budget is a disgrace," Ms Morrow harrumphed.\n' +
  'Jonas Pell went on record saying the plan would fail.';
const HOUSE: CueEntry[] = [
  { form: 'harrumphed', lemma: 'harrumph', class: 'speech' },
  { form: 'went on record saying', lemma: 'go on record saying', class: 'report' },
];

const cueOf = (text: string, extraCues?: readonly CueEntry[]) =>
  extractQuotes(text, extraCues ? { extraCues } : {}).quotes.map((q) => ({
    speaker: q.speaker?.name ?? null,
    cue: q.cue && { text: q.cue.text, lemma: q.cue.lemma, class: q.cue.class },
    text: q.text,
  }));

describe('extraCues', () => {
  it('attributes a quote to a house verb the lexicon lacks', () => {
    const without = cueOf(TEXT).find((q) => q.text.startsWith('This budget'));
    expect(without?.cue?.text).not.toBe('harrumphed');
    const withCues = cueOf(TEXT, HOUSE).find((q) => q.text.startsWith('This budget'));
    expect(withCues).toEqual({
      speaker: 'Ada Morrow',
      cue: { text: 'harrumphed', lemma: 'harrumph', class: 'speech' },
      text: 'This budget is a disgrace,',
    });
  });

  it('matches a phrase over several tokens, case-insensitively, longest first', () => {
    const q = cueOf(TEXT.replace('went on record', 'Went On Record'), HOUSE).find((x) => x.speaker === 'Jonas Pell');
    expect(q?.cue).toEqual({ text: 'Went On Record saying', lemma: 'go on record saying', class: 'report' });
  });

  it('wins over the lexicon: a built-in verb takes the class and lemma given', () => {
    const text = '"We will appeal," Mayor Rita Okafor said.';
    expect(cueOf(text)[0]?.cue).toEqual({ text: 'said', lemma: 'say', class: 'speech' });
    const mine = cueOf(text, [{ form: 'said', lemma: 'state', class: 'report' }]);
    expect(mine[0]?.cue).toEqual({ text: 'said', lemma: 'state', class: 'report' });
  });

  it('is forgotten after the call: the next document without them is read as before', () => {
    const before = extractQuotes(TEXT);
    extractQuotes(TEXT, { extraCues: HOUSE });
    expect(extractQuotes(TEXT)).toEqual(before);
  });

  it('changes nothing when empty', () => {
    expect(extractQuotes(TEXT, { extraCues: [] })).toEqual(extractQuotes(TEXT));
  });

  it('reaches saidby/html', () => {
    const html = '<p>&ldquo;Not again,&rdquo; Tobias Lind harrumphed.</p>';
    const q = extractQuotesFromHtml(html, { extraCues: HOUSE }).quotes[0];
    expect(q?.cue?.lemma).toBe('harrumph');
    expect(q?.speaker?.name).toBe('Tobias Lind');
  });

  it.each([
    ['a string', 'said', /^saidby: options\.extraCues must be an array/],
    ['null entry', [null], /options\.extraCues\[0\] must be an object \{ form, lemma, class \}, got null/],
    ['form not a string', [{ form: 5, lemma: 'x', class: 'speech' }], /options\.extraCues\[0\]\.form must be/],
    ['empty lemma', [{ form: 'quoth', lemma: ' ', class: 'speech' }], /options\.extraCues\[0\]\.lemma must be/],
    [
      'unknown class, second entry',
      [HOUSE[0], { form: 'bellowed', lemma: 'bellow', class: 'shout' }],
      /options\.extraCues\[1\]\.class must be one of speech, writing, report, thought, stance, plan, evidence, got string shout/,
    ],
    ['unknown field', [{ form: 'quoth', lemma: 'quoth', class: 'speech', weak: true }], /unknown field 'weak'/],
    ['form in marks', [{ form: '"said"', lemma: 'say', class: 'speech' }], /\[0\]\.form must be words/],
    ['form too long', [{ form: 'a b c d e f g', lemma: 'x', class: 'speech' }], /\[0\]\.form must be at most 6/],
  ])('refuses %s with a TypeError naming the entry and field', (_what, extraCues, message) => {
    expect(() => extractQuotes(TEXT, { extraCues } as never)).toThrow(TypeError);
    expect(() => extractQuotes(TEXT, { extraCues } as never)).toThrow(message);
  });
});
