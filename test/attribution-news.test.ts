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
  [
    'a tag with an auxiliary: has said',
    '"We will win the seat," Mr Janssen has said.',
    [{ quote: 'We will win the seat,', mention: 'Mr Janssen', cue: 'said', rule: 'quote-cue-speaker' }],
  ],
  [
    'a tag with an auxiliary: had told',
    '"We lost the vote," she had told the Herald.',
    [{ quote: 'We lost the vote,', mention: 'she' }],
  ],
  [
    'a tag with a modal and an adverb: would later say',
    '"It was the worst week of my life," Ivo Brandt would later say.',
    [{ quote: 'It was the worst week of my life,', mention: 'Ivo Brandt', cue: 'say' }],
  ],
  [
    'a split quotation around a tag with an auxiliary',
    '"The rules were written in a hurry," he has said, "and it shows."',
    [{ quote: ['The rules were written in a hurry,', 'and it shows.'], mention: 'he', cue: 'said' }],
  ],
  [
    'a follow-on after a sentence that reports the speaker without quoting',
    'Head teacher Marta Costa criticised the timetable. "Children cannot learn when they start at seven."',
    [
      {
        quote: 'Children cannot learn when they start at seven.',
        mention: 'Head teacher Marta Costa',
        rule: 'follow-on',
      },
    ],
  ],
  [
    'a follow-on after a sentence with a quoted term',
    'Mayor Ana Ruiz said the plan was "timid". "Villages will still have one bus a day."',
    [{ quote: 'Villages will still have one bus a day.', mention: 'Mayor Ana Ruiz', rule: 'follow-on' }],
  ],
  [
    'a follow-on after noted that',
    'Dr Lena Berg noted that the survey was small. "We spoke to ninety families."',
    [{ quote: 'We spoke to ninety families.', mention: 'Dr Lena Berg', rule: 'follow-on' }],
  ],
  [
    'a reopened quotation after a follow-on keeps its speaker, part by part',
    'Dr Lena Berg noted that the survey was small. "We spoke to ninety families. "Most had one car. ' +
      '"Few took the bus."',
    [
      { quote: 'We spoke to ninety families.', mention: 'Dr Lena Berg', rule: 'follow-on' },
      { quote: 'Most had one car.', mention: 'Dr Lena Berg', rule: 'runs-on' },
      { quote: 'Few took the bus.', mention: 'Dr Lena Berg', rule: 'runs-on' },
    ],
  ],
  [
    'a reopened quotation after narration stays without a speaker',
    'Dr Lena Berg noted that the survey was small. The bus was late. "We spoke to ninety families. ' +
      '"Most had one car."',
    [],
  ],
  [
    'a cue in the passive before a quotation makes no speaker of its subject',
    'The film rights have been snapped up but Ivo Lanz is in no hurry. "A film will come in three years or so."',
    [],
  ],
  [
    'past a cue in the passive, a later cue of the sentence before still gives a follow-on its speaker',
    'He has been called the king of radio, which, he says, "is a badge I wear. "To be a king of anything is fine."',
    [{ quote: 'To be a king of anything is fine.', mention: 'he', rule: 'follow-on' }],
  ],
  [
    'a gerund cue in the tag leads into a quotation of its own, past its object',
    '"Costs are too high," Tom Hale said, asking a few questions, including, "Why now? Who pays?"',
    [{ quote: 'Costs are too high,', mention: 'Tom Hale' }],
  ],
  [
    'a participle that is no cue lets the quotation resume after the tag',
    '"Costs are too high," Tom Hale said, summing up the talks, "and they will rise."',
    [{ quote: ['Costs are too high,', 'and they will rise.'], mention: 'Tom Hale' }],
  ],
  [
    'a quotation resumes after the tag in lower case past `but`',
    '"You know, I like Ross," he said, but "when it comes to tax, Ross is wrong."',
    [{ quote: ['You know, I like Ross,', 'when it comes to tax, Ross is wrong.'], mention: 'he' }],
  ],
  [
    'a quoted title after the tag and `and` is no second part',
    '"You know, I like Ross," he said, and "Hope" was the title of his talk.',
    [{ quote: 'You know, I like Ross,', mention: 'he' }],
  ],
  [
    'an apposition: the name between commas, not the organisation before it',
    'The Minister of State for the Regions, Ann Tate, said: "We will build more roads."',
    [{ quote: 'We will build more roads.', mention: 'Ann Tate' }],
  ],
  [
    'an apposition with a place: read back to the person',
    'Rita Moss, head of research at Westbank, Oslo, said, "Rates will fall next year."',
    [{ quote: 'Rates will fall next year.', mention: 'Rita Moss' }],
  ],
  [
    'an aside closed by a parenthesis',
    '"This year everything is about streaming," Jon Moss, from the Gadget Association (GA) told reporters.',
    [{ quote: 'This year everything is about streaming,', mention: 'Jon Moss', rule: 'aside' }],
  ],
  [
    'a short quotation with a name is speech when a tag follows',
    '"Cheers, Anna!" replied Tom Hale.',
    [{ quote: 'Cheers, Anna!', mention: 'Tom Hale', rule: 'inverted' }],
  ],
  [
    'a split quotation past an abbreviation that ends the tag',
    '"We expect a deal soon," said Tom Hale, a spokesman for the U.A.W. "We expect a vote next week."',
    [{ quote: ['We expect a deal soon,', 'We expect a vote next week.'], mention: 'Tom Hale' }],
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

describe('not speech in everyday news', () => {
  it('a book title in Title Case stays a title', () => {
    const text = 'In his book, "Make Your Kid a Millionaire," Ken Ode wrote about savings.';
    expect(extractQuotes(text).quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });
  it('a part that runs on leaves the cue of the sentence before it to that sentence', () => {
    const text =
      'Mayor Tom Ricks said the old bridge was unsafe. "We will close it in May. "The new one opens in June."';
    const reported = extractQuotes(text).quotes.filter((q) => q.kind !== 'direct');
    expect(reported.map((q) => [q.text, q.cue?.text])).toEqual([['the old bridge was unsafe', 'said']]);
  });
  it('a thought before a quotation gives it no speaker', () => {
    const text = 'The mayor believes the bridge is safe. "It will take two years to rebuild."';
    expect(extractQuotes(text).quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });
});
