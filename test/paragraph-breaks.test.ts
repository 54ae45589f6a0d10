// Text whose paragraph breaks were lost (scraped pages, the BBC files) must give the quotes and speakers of the same
// text with its breaks: each rule here with a made-up example, under both typographies, and a counter-example.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { scanQuotes } from '../src/quotes/scan.js';
import { collapseParagraphs, quoteKeys, toBritish } from './helpers/typography.js';

/** kind|words|speaker of each quote, for the text as written and with its paragraph breaks collapsed. */
function bothWays(paragraphs: readonly string[]): [string[], string[]] {
  const text = paragraphs.join('\n\n');
  return [quoteKeys(extractQuotes(text)), quoteKeys(extractQuotes(collapseParagraphs(text)))];
}

const directs = (keys: readonly string[]): string[] => keys.filter((k) => k.startsWith('direct|'));

describe('paragraph breaks lost', () => {
  it("a typewriter pair `.''` closes its sentence, so the next quotation starts one", () => {
    const [base, collapsed] = bothWays([
      "Mayor Tom Hale said the town can ''pay its way'' and ''build the bridge.''",
      "''We are not a burden on anyone,'' he said.",
    ]);
    expect(directs(base)).toEqual(['direct|We are not a burden on anyone,|Tom Hale']);
    expect(collapsed).toEqual(base);
  });

  it('a second part that ends inside a nested quotation still ends its clause', () => {
    const [base, collapsed] = bothWays([
      'Ana Ruiz spoke after the rally.',
      '"That speech went beyond the room," said Ana Ruiz. "It was the mayor saying, \'Do not stay home.\'"',
      'During the primary, turnout fell.',
    ]);
    expect(directs(base)).toEqual([
      'direct|That speech went beyond the room, It was the mayor saying, Do not stay home.|Ana Ruiz',
    ]);
    expect(collapsed).toEqual(base);
  });

  it('counter-example: a quoted word that a sentence goes on past is no second part', () => {
    const keys = quoteKeys(extractQuotes('"We won the vote," said Ana Ruiz. "Victory" was on every front page.'));
    expect(directs(keys)).toEqual(['direct|We won the vote,|Ana Ruiz']);
  });

  it('an apostrophe taken for an opening mark does not nest the quotations after it', () => {
    const text = 'Gangs rent out \'bot nets for a fee. "We see attacks every day," said Ana Ruiz. Banks agree.';
    expect(
      scanQuotes(text)
        .regions.filter((r) => text[r.open] === '"')
        .map((r) => r.depth),
    ).toEqual([0]);
    const [base, collapsed] = bothWays([
      "Gangs rent out 'bot nets for a fee, and some send 'bot traffic at night.",
      '"We see attacks every day," said Ana Ruiz.',
    ]);
    expect(directs(base)).toEqual(['direct|We see attacks every day,|Ana Ruiz']);
    expect(collapsed).toEqual(base);
  });

  it('counter-example: a quotation inside one that closes stays nested', () => {
    const text = '"He told me \'we will win\' and left," said Ana Ruiz.';
    expect(scanQuotes(text).regions.map((r) => r.depth)).toEqual([0, 1]);
    expect(directs(quoteKeys(extractQuotes(text)))).toEqual(['direct|He told me we will win and left,|Ana Ruiz']);
  });

  it('a dotted abbreviation before a quotation that opens with a capital ends the sentence', () => {
    const [base, collapsed] = bothWays([
      'Governor Tom Hale said the state cannot check everyone who comes to the U.S.',
      '"Bad things are going to happen," Hale warned. "This could be the worst year yet."',
    ]);
    expect(directs(base)).toEqual([
      'direct|Bad things are going to happen, This could be the worst year yet.|Tom Hale',
    ]);
    expect(collapsed).toEqual(base);
  });

  it('counter-example: a quoted name after an abbreviation stays in its sentence', () => {
    const result = extractQuotes('She joined the U.S. "Voice of America" service in May, said Tom Hale.');
    expect(result.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['mixed', 'She joined the U.S. "Voice of America" service in May'],
    ]);
  });

  it('a sentence that starts after a question and goes on past its cue is no tag', () => {
    const [base, collapsed] = bothWays([
      '"If he thinks that is smart," the narrator says, "what does he think of you?"',
      'The Ruiz campaign says the advert will run on cable stations.',
    ]);
    expect(directs(base)).toEqual(['direct|If he thinks that is smart, what does he think of you?|the narrator']);
    expect(collapsed).toEqual(base);
  });

  it('a sentence that opens with `According to X,` introduces what follows, not the quotation before it', () => {
    const [base, collapsed] = bothWays([
      'General Tom Hale spoke on Monday.',
      '"We are trading, you know, soldiers for hostages," he said. "We are paying ransom."',
      'According to Hale, the army has had four chiefs in two years.',
    ]);
    expect(directs(base)).toEqual([
      'direct|We are trading, you know, soldiers for hostages, We are paying ransom.|Tom Hale',
    ]);
    expect(collapsed).toEqual(base);
  });

  it('counter-examples: a tag after a question, and `according to` in the same sentence, still attribute', () => {
    expect(directs(quoteKeys(extractQuotes('"Who is there?" Tom Hale asked.')))).toEqual([
      'direct|Who is there?|Tom Hale',
    ]);
    expect(directs(quoteKeys(extractQuotes('"The vote is ours," according to Ana Ruiz.')))).toEqual([
      'direct|The vote is ours,|Ana Ruiz',
    ]);
  });

  it('a headline runs into its lede: a capitalised article after its last word starts the first sentence', () => {
    for (const headline of ['Ferry firm plays down rescue', "Warning over 'fake ferry' e-mails"]) {
      const [base, collapsed] = bothWays([
        headline,
        'The island council has played down claims that it could buy the ferry company.',
      ]);
      expect(base).toEqual(['indirect|it could buy the ferry company|The island council']);
      expect(collapsed).toEqual(base);
    }
  });

  it('counter-example: a title after a minor word is no lede', () => {
    const keys = quoteKeys(extractQuotes('Return of The King opens in May, the studio said.'));
    expect(keys).toEqual(['indirect|Return of The King opens in May|the studio']);
  });

  it('a name label at the very start is a headline that ends with its sentence', () => {
    const [base, collapsed] = bothWays([
      'Ana Ruiz: Ferry Cuts Will Strand the Islands.',
      'The island council has met twice this week.',
    ]);
    expect(base).toEqual(['indirect|Ferry Cuts Will Strand the Islands|Ana Ruiz']);
    expect(collapsed).toEqual(base);
  });

  it('transcript turns whose paragraph breaks were lost each keep their label', () => {
    const [base, collapsed] = bothWays([
      'Part of the interview follows.',
      '"HOLT: Will the ferry still sail in winter? The islanders want to know.',
      '"RUIZ: It will sail twice a day, and we will review the timetable in spring.',
      '"HOLT: Thank you for coming in this morning.',
    ]);
    expect(base.map((k) => k.split('|')[2])).toEqual(['HOLT', 'RUIZ', 'HOLT']);
    expect(collapsed).toEqual(base);
  });

  it('counter-example: a capitalised word and a colon inside a sentence starts no turn', () => {
    const keys = quoteKeys(extractQuotes('HOLT: The ferry sails at NOON: the islanders were told so on Monday.'));
    expect(keys.map((k) => k.split('|')[2])).toEqual(['HOLT']);
  });
});

describe('labels in British marks', () => {
  it('a transcript quoted paragraph by paragraph in single marks keeps its labels', () => {
    const text = [
      'Part of the interview follows.',
      '"HOLT: Will the ferry still sail in winter? The islanders want to know.',
      '"RUIZ: It will sail twice a day, and we will review the timetable in spring."',
    ].join('\n\n');
    const base = quoteKeys(extractQuotes(text));
    expect(base.map((k) => k.split('|')[2])).toEqual(['HOLT', 'RUIZ']);
    expect(quoteKeys(extractQuotes(toBritish(text)))).toEqual(base);
  });

  it('a labelled headline ending in a quotation loses its full stop in either weight of mark', () => {
    const text = 'Ana Ruiz: Ferry Cuts Will Leave Islanders \u2018Stranded.\u2019\n\nThe council met on Monday.';
    const base = quoteKeys(extractQuotes(text));
    expect(base).toEqual(['mixed|Ferry Cuts Will Leave Islanders Stranded|Ana Ruiz']);
    expect(quoteKeys(extractQuotes(toBritish(text)))).toEqual(base);
  });
});

describe('paragraph breaks lost: headlines and block quotations', () => {
  it('a headline tag (`…, union says`) keeps its verbless claim when the lede runs into it', () => {
    const [base, collapsed] = bothWays([
      'Ferry lifeline, union says',
      'The council should keep the island ferry running all year, the union has said.',
    ]);
    expect(base).toEqual([
      'indirect|Ferry lifeline|union',
      'indirect|The council should keep the island ferry running all year|the union',
    ]);
    expect(collapsed).toEqual(base);
  });

  it("a claim quoted at a headline's end is followed by the lede, whatever capital opens it", () => {
    const [base, collapsed] = bothWays([
      "Ruiz 'to lead island ferry firm'",
      'Former mayor Ana Ruiz will run the island ferry company, it has been reported.',
    ]);
    // the headline's quoted predicate is a claim of its own, with no speaker (rule headline-claim)
    expect(base).toEqual([
      'mixed|Ruiz to lead island ferry firm|',
      'indirect|Former mayor Ana Ruiz will run the island ferry company|',
    ]);
    expect(collapsed).toEqual(base);
  });

  it('counter-example: a scare quote or a quotation that opens the headline does not end it', () => {
    const sentences = (text: string): string[] => extractQuotes(text).sentences.map((s) => s.text);
    const scare = "Row over 'racist' Tory poster grows The party has withdrawn it.";
    expect(sentences(scare)[0]).toBe("Row over 'racist' Tory poster grows");
    const opening = "'Ferry tax is unfair' Islanders march The protest was peaceful.";
    expect(sentences(opening)[0]).not.toBe("'Ferry tax is unfair'");
  });

  it('a block quotation whose paragraphs each open with a mark splits at each paragraph when the breaks are lost', () => {
    const [base, collapsed] = bothWays([
      'The Post profiled a voter. Ana Ruiz writes:',
      '"The first time Mary saw the mayor, she was new to the town. A doctor had written “severe anxiety.”',
      '"Mary thought the whole thing was unfair. She was anxious, sure.',
      '“It never crossed my mind that I was ill,” she said months later."',
    ]);
    expect(directs(base)).toContain('direct|It never crossed my mind that I was ill,|Mary');
    expect(collapsed).toEqual(base);
  });
});
