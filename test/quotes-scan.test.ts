// Table-driven tests for scanQuotes (src/quotes/scan.ts): which marks pair, nesting, apostrophes, warnings.
import { describe, expect, it } from 'vitest';
import type { QuoteRegion } from '../src/doc/doc.js';
import { scanQuotes } from '../src/quotes/scan.js';
import { extractQuotes } from '../src/index.js';
import { expectValid } from './helpers/validate.js';

/** A region as readable text: the marks and what they hold (a run-on region ends at its paragraph's end). */
function show(text: string, r: QuoteRegion): string {
  const s = text.slice(r.open, r.runsOn ? r.close : r.close + 1);
  return `${r.depth > 0 ? '>'.repeat(r.depth) : ''}${s}${r.runsOn ? ' …' : ''}`;
}

function scan(text: string): { regions: string[]; warnings: string[] } {
  const { regions, warnings } = scanQuotes(text);
  // structural checks on every scan
  for (const r of regions) {
    expect(r.open).toBeGreaterThanOrEqual(0);
    expect(r.close).toBeGreaterThan(r.open);
    expect(r.close).toBeLessThanOrEqual(text.length);
  }
  for (let k = 1; k < regions.length; k++) expect(regions[k]!.open).toBeGreaterThanOrEqual(regions[k - 1]!.open);
  for (const w of warnings) {
    expect(w.start).toBeGreaterThanOrEqual(0);
    expect(w.end).toBeLessThanOrEqual(text.length);
  }
  // and the full pipeline on the same text stays valid
  expectValid(text, extractQuotes(text));
  return { regions: regions.map((r) => show(text, r)), warnings: warnings.map((w) => `${w.code}@${w.start}`) };
}

describe('scanQuotes: pairs', () => {
  const cases: Array<[name: string, text: string, regions: string[]]> = [
    ['straight double', '"Yes," he said.', ['"Yes,"']],
    ['curly double', '“Yes,” he said.', ['“Yes,”']],
    ['curly single', '‘Yes,’ he said.', ['‘Yes,’']],
    ['straight single', "'Yes, sir,' he said.", ["'Yes, sir,'"]],
    ['guillemets «…»', '«Oui», dit-il.', ['«Oui»']],
    ['reversed guillemets »…«', '»Ja«, sagte er.', ['»Ja«']],
    ['German „…“', '„Ja“, sagte er.', ['„Ja“']],
    ['Polish „…”', 'He said: „Tak”.', ['„Tak”']],
    ['German single ‚…‘', '‚Nein‘, sagte er.', ['‚Nein‘']],
    ['single guillemets ‹…›', '‹Oui›, dit-il.', ['‹Oui›']],
    ['corner brackets 「…」', '「はい」と言った。', ['「はい」']],
    ['white corner brackets 『…』', '『はい』', ['『はい』']],
    ['Swedish ”…”', 'He said ”yes” today.', ['”yes”']],
    ['mixed curly and straight “…"', '“Mixed" he said.', ['“Mixed"']],
    ['mixed straight and curly "…”', '"Mixed” he said.', ['"Mixed”']],
    ['two quotes in a row', '“x” “y”', ['“x”', '“y”']],
    ['inside brackets', '(“Go”)', ['“Go”']],
    ['after a dash', '— “Go,” he said.', ['“Go,”']],
    ['split quotation', '“We will,” he said, “win.”', ['“We will,”', '“win.”']],
    ['no marks', 'He said nothing.', []],
  ];
  it.each(cases)('%s', (_name, text, regions) => {
    expect(scan(text).regions).toEqual(regions);
    expect(scan(text).warnings).toEqual([]);
  });
});

describe('scanQuotes: nesting', () => {
  const cases: Array<[name: string, text: string, regions: string[]]> = [
    [
      'curly single inside curly double',
      '“He said ‘no way’ to me,” she said.',
      ['“He said ‘no way’ to me,”', '>‘no way’'],
    ],
    [
      'straight single inside straight double',
      `"He said 'no way' to me," she said.`,
      [`"He said 'no way' to me,"`, `>'no way'`],
    ],
    ['double inside double', '“a “bb” c”', ['“a “bb” c”', '>“bb”']],
    ['single guillemets inside guillemets', '«Il a dit ‹non merci›.»', ['«Il a dit ‹non merci›.»', '>‹non merci›']],
    ['German nesting', '„Er sagte ‚nein danke‘.“', ['„Er sagte ‚nein danke‘.“', '>‚nein danke‘']],
    [
      'apostrophes inside a quotation',
      '“Rock ’n’ roll isn’t dead, the ’90s and Jones’ car,” he said.',
      ['“Rock ’n’ roll isn’t dead, the ’90s and Jones’ car,”'],
    ],
  ];
  it.each(cases)('%s', (_name, text, regions) => {
    expect(scan(text).regions).toEqual(regions);
  });

  // Regression: a single-mark pair holding two characters is dropped: scan.ts keeps a single-mark region only when
  // `i - opener.at > 3`, meant to skip `'n'` (i - at = 2) but also skipping ‘no’, ‚Ja‘, 'OK'.
  // Inputs: 'He said ‘no’.', '‚Ja‘, sagte er.', '“He said ‘no’ to me,” she said.'
  it('a two-character single-quoted word is a region', () => {
    expect(scan('He said ‘no’.').regions).toEqual(['‘no’']);
    expect(scan('‚Ja‘, sagte er.').regions).toEqual(['‚Ja‘']);
    expect(scan('“He said ‘no’ to me,” she said.').regions).toEqual(['“He said ‘no’ to me,”', '>‘no’']);
  });
});

describe('scanQuotes: apostrophes never open', () => {
  const cases: Array<[name: string, text: string]> = [
    ['contraction, curly', 'I don’t know.'],
    ['contraction, straight', "I don't know."],
    ['decade, curly', 'In the ’90s it was.'],
    ['decade, straight', "In the '90s it was."],
    ['plural possessive, curly', 'Jones’ car is red.'],
    ['plural possessive, straight', "Jones' car is red."],
    ["rock 'n' roll, straight", "rock 'n' roll"],
    ['rock ’n’ roll, curly', 'rock ’n’ roll'],
    ['possessive ’s', 'Russia’s leader spoke.'],
    ['many contractions', 'It’s what they’re doing, isn’t it? We’ll see, y’all.'],
    ['elision before a word, curly', 'He stayed ’til dawn.'],
  ];
  it.each(cases)('%s', (_name, text) => {
    const { regions, warnings } = scan(text);
    expect(regions).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe('scanQuotes: unbalanced marks and paragraphs', () => {
  it('an unclosed mark gives one unclosed-quote warning; the next paragraph still pairs', () => {
    const text = 'He said "unclosed here.\nShe said "closed," today.';
    const { regions, warnings } = scan(text);
    expect(warnings).toEqual([`unclosed-quote@${text.indexOf('"')}`]);
    expect(regions).toEqual(['"closed,"']);
  });

  it('an unclosed curly mark does not derail the following paragraphs', () => {
    const text = '“Open and never closed.\nPlain line.\n“Fine,” he said.';
    const { regions, warnings } = scan(text);
    expect(warnings).toEqual(['unclosed-quote@0']);
    expect(regions).toEqual(['“Fine,”']);
  });

  it('a closing mark with no opener gives an unopened-quote warning', () => {
    const text = 'He left,” she said.';
    expect(scan(text).warnings).toEqual([`unopened-quote@${text.indexOf('”')}`]);
  });

  it('a quotation over two paragraphs: a run-on region, then a closed one', () => {
    const text = '"Para one.\n"Para two."';
    const { regions } = scanQuotes(text);
    expect(regions).toEqual([
      { open: 0, close: 10, runsOn: true, depth: 0, openLength: 1 },
      { open: 11, close: 21, runsOn: false, depth: 0, openLength: 1 },
    ]);
    expect(scan(text)).toEqual({ regions: ['"Para one. …', '"Para two."'], warnings: [] });
  });

  it('a quotation over three paragraphs, blank lines between, curly marks', () => {
    const text = '“Para one.\n\n“Para two. \r\n“Para three,” he said.';
    expect(scan(text)).toEqual({ regions: ['“Para one. …', '“Para two. …', '“Para three,”'], warnings: [] });
  });

  it('a run-on region ends at its paragraph end, trimmed', () => {
    const text = '“Para one.   \n“Para two.”';
    const [first] = scanQuotes(text).regions;
    expect(first).toEqual({ open: 0, close: 10, runsOn: true, depth: 0, openLength: 1 });
  });

  it('many unbalanced marks give at most ~101 warnings, the last one counting the rest', () => {
    const text = 'He said “no\n'.repeat(500);
    const { warnings } = scanQuotes(text);
    expect(warnings.length).toBeGreaterThan(1);
    expect(warnings.length).toBeLessThanOrEqual(101);
    expect(warnings.at(-1)!.message).toMatch(/more/);
    expectValid(text, extractQuotes(text));
  });

  it('many stray closers give at most ~101 warnings', () => {
    const text = 'no” '.repeat(2_000);
    expect(scanQuotes(text).warnings.length).toBeLessThanOrEqual(101);
  });

  it('deep nesting is bounded and finishes', () => {
    const text = '“'.repeat(20_000);
    const { regions, warnings } = scanQuotes(text);
    expect(regions).toEqual([]);
    expect(warnings.length).toBeLessThanOrEqual(101);
  });
});

describe('scanQuotes: very long quotations', () => {
  it('warns about a quotation of more than 5,000 characters, and still returns it', () => {
    const text = `He said: "${'word '.repeat(1200)}end."`;
    const { regions, warnings } = scanQuotes(text);
    expect(regions).toHaveLength(1);
    expect(warnings.map((w) => w.code)).toEqual(['very-long-quote']);
    expect(scanQuotes('He said: "short."').warnings).toEqual([]);
  });
});

describe('scanQuotes: typewriter double quotes', () => {
  it("reads '' … '' as one pair of marks", () => {
    const text = "''This is not reform,'' said Ms. Cole. He isn't sure.";
    const { regions } = scanQuotes(text);
    expect(regions).toEqual([{ open: 0, close: 21, runsOn: false, depth: 0, openLength: 2 }]);
    const q = extractQuotes(text).quotes[0]!;
    expect(q.text).toBe('This is not reform,');
    expect(q.speaker?.mention.text).toBe('Ms. Cole');
  });
});

describe('scanQuotes: a reopening mark where a paragraph break was lost', () => {
  const cases: Array<[name: string, text: string, regions: string[]]> = [
    [
      'two parts, straight',
      'Ola Brandt said: "The line opens in May. "Trains will run hourly." Critics scoffed.',
      ['"The line opens in May. …', '"Trains will run hourly."'],
    ],
    [
      'three parts, curly',
      'Ola Brandt said: “It opens in May. “Trains run hourly! “Fares stay low.” Critics scoffed.',
      ['“It opens in May. …', '“Trains run hourly! …', '“Fares stay low.”'],
    ],
    [
      'British single marks',
      "Ola Brandt said: 'The line opens in May. 'Trains will run hourly.' Critics scoffed.",
      ["'The line opens in May. …", "'Trains will run hourly.'"],
    ],
  ];
  it.each(cases)('%s', (_name, text, regions) => {
    expect(scan(text)).toEqual({ regions, warnings: [] });
  });

  it('every part is a quote of the same speaker', () => {
    const text = 'Transport chief Ola Brandt said: "The new line opens in May. "Trains will run every ten minutes."';
    const quotes = extractQuotes(text).quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['The new line opens in May.', 'Ola Brandt'],
      ['Trains will run every ten minutes.', 'Ola Brandt'],
    ]);
  });

  const kept: Array<[name: string, text: string, regions: string[]]> = [
    ['a mark after a comma closes', '"We won," "they lost," he said.', ['"We won,"', '"they lost,"']],
    ['a closing mark right after the words', 'He said: "It opens in May." Trains run.', ['"It opens in May."']],
    ["an elision is no mark: 'Tis", "She said: 'It is late. 'Tis time to go.'", ["'It is late. 'Tis time to go.'"]],
    [
      'a lower-case word after the mark is a nested quotation',
      '“He read. “slowly” was all,” she said.',
      ['“He read. “slowly” was all,”', '>“slowly”'],
    ],
  ];
  it.each(kept)('%s', (_name, text, regions) => {
    expect(scan(text).regions).toEqual(regions);
  });
});

describe('scanQuotes: a single-marked quotation over paragraphs (British style)', () => {
  it('runs on when the next paragraph reopens it before a capital', () => {
    const text = "Ines Colby said: 'The boats are old.\n\n'They need new engines.'";
    expect(scan(text)).toEqual({ regions: ["'The boats are old. …", "'They need new engines.'"], warnings: [] });
  });
  it('does not run on into an apostrophe', () => {
    expect(scan("She loved 'the music\n'90s bands made.").regions).toEqual([]);
  });
});

describe('scanQuotes: a quotation continued in the next paragraph without a mark', () => {
  const text =
    'At the opening, site manager Pia Lund said, "The first crane arrived today.\n\n' +
    'We will lift the roof beams in August."\n\nThe firm gave no cost.';
  it('runs the first part on and opens the second where its words start', () => {
    const { regions } = scanQuotes(text);
    const second = text.indexOf('We will');
    expect(regions.map((r) => [r.open, r.close, r.runsOn, r.openLength])).toEqual([
      [text.indexOf('"The'), text.indexOf('today.') + 'today.'.length, true, 1],
      [second, text.indexOf('August."') + 'August.'.length, false, 0],
    ]);
    expect(scanQuotes(text).warnings).toEqual([]);
  });
  it('gives a quote per paragraph, both the speaker’s, at exact offsets', () => {
    const { quotes } = extractQuotes(text);
    expectValid(text, extractQuotes(text));
    expect(quotes.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([
      ['direct', 'The first crane arrived today.', 'Pia Lund'],
      ['direct', 'We will lift the roof beams in August.', 'Pia Lund'],
    ]);
    for (const q of quotes) expect(text.slice(q.parts[0]!.start, q.parts[0]!.end)).toBe(q.text);
  });

  const notContinued: Array<[name: string, text: string, regions: string[]]> = [
    [
      'the open part does not end a sentence',
      'She said, "The first crane\n\nWe will lift the beams." Then she left.',
      [],
    ],
    [
      'the next paragraph opens a quotation of its own',
      'She said, "The crane came today.\n\nThen she left. "We lift beams in August," he said.',
      ['"We lift beams in August,"'],
    ],
    [
      'the next paragraph starts in lower case',
      'She said, "The crane came today.\n\nand we lift beams," she said.',
      [],
    ],
  ];
  it.each(notContinued)('not when %s', (_name, input, regions) => {
    expect(scan(input).regions).toEqual(regions);
  });
});

describe('scanQuotes: marks from older corpora and typewriters', () => {
  const cases: Array<[name: string, text: string, regions: string[]]> = [
    // `show` prints a region up to its closing mark's first character
    ["treebank and LaTeX ``…''", "``The bridge stays shut,'' the mayor said.", ["``The bridge stays shut,'"]],
    ["single backtick `…'", "`The bridge stays shut,' the mayor said.", ["`The bridge stays shut,'"]],
    ['a quotation opened right after a dash', 'I was stunned--"Nobody warned us!" she said.', ['"Nobody warned us!"']],
    [
      "''Tis: a single mark, then an elided word",
      "''Tis a poor harvest,' the farmer said.",
      ["''Tis a poor harvest,'"],
    ],
    ['‘’Tis in curly marks', '‘’Tis a poor harvest,’ the farmer said.', ['‘’Tis a poor harvest,’']],
    ['a typewriter pair after a word is still a closing mark, even before Tis', "He said ''no''Tis.", ["''no'"]],
  ];
  it.each(cases)('%s', (_name, text, regions) => {
    expect(scan(text).regions).toEqual(regions);
  });

  it("points the quote at the original text for `` and '' marks", () => {
    const text = "``The bridge stays shut,'' the mayor said.";
    const [q] = extractQuotes(text).quotes;
    expect(q?.text).toBe('The bridge stays shut,');
    expect(q?.speaker?.name).toBe('the mayor');
    expect(text.slice(q!.parts[0]!.start, q!.parts[0]!.end)).toBe('The bridge stays shut,');
  });
});

describe('scanQuotes: malformed marks', () => {
  const cases: Array<[name: string, text: string, regions: string[]]> = [
    [
      'a double mark typed after the comma and before the space opens',
      'Ms Orr said," The ferry runs late on Sundays".',
      ['" The ferry runs late on Sundays"'],
    ],
    [
      'a double quotation closed by a single mark',
      '"The ferry runs late on Sundays,\' Ms Orr said.',
      ['"The ferry runs late on Sundays,\''],
    ],
    [
      'a single quotation closed by a double mark',
      '\'The ferry runs late on Sundays," Ms Orr said.',
      ['\'The ferry runs late on Sundays,"'],
    ],
  ];
  it.each(cases)('%s', (_name, text, regions) => {
    expect(scan(text).regions).toEqual(regions);
  });

  const kept: Array<[name: string, text: string, regions: string[]]> = [
    ['a mark after a comma still closes an open quotation', '"One, two," he said.', ['"One, two,"']],
    ['a possessive is no closing mark', '"The Joneses\' dog barked," he said.', ['"The Joneses\' dog barked,"']],
    [
      'a nested single quotation closes itself',
      '"She told me \'no,\' and left," he said.',
      ['"She told me \'no,\' and left,"', ">'no,'"],
    ],
  ];
  it.each(kept)('%s', (_name, text, regions) => {
    expect(scan(text).regions).toEqual(regions);
  });

  it('gives the speaker for each malformed quotation', () => {
    const texts = ['Ms Orr said," The ferry runs late on Sundays".', '"The ferry runs late on Sundays,\' Ms Orr said.'];
    for (const text of texts) {
      const [q] = extractQuotes(text).quotes;
      expect([q?.kind, q?.text.replace(/,$/u, ''), q?.speaker?.name]).toEqual([
        'direct',
        'The ferry runs late on Sundays',
        'Orr',
      ]);
    }
  });
});
