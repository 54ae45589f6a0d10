// Table-driven tests for tokenize(): exact token texts, sentence and paragraph boundaries.
import { describe, expect, it } from 'vitest';
import { extractQuotes, tokenize } from '../src/index.js';
import type { Tokenization } from '../src/types.js';
import { hasNoLower, lowerCase } from '../src/text/chars.js';
import { expectValid } from './helpers/validate.js';

const texts = (t: Tokenization, key: 'tokens' | 'sentences' | 'paragraphs'): string[] => t[key].map((s) => s.text);

/** tokenize + the shared validator (through extractQuotes, which must agree with tokenize). */
function tok(text: string): Tokenization {
  const t = tokenize(text);
  const r = extractQuotes(text);
  expectValid(text, r);
  expect(r.tokens).toEqual(t.tokens);
  expect(r.sentences).toEqual(t.sentences);
  expect(r.paragraphs).toEqual(t.paragraphs);
  return t;
}

describe('tokens: exact texts', () => {
  const cases: Array<[name: string, text: string, tokens: string[]]> = [
    ['contraction, curly', 'don’t', ['don’t']],
    ['contraction, straight', "don't", ["don't"]],
    ['contraction inside a sentence', 'I don’t know.', ['I', 'don’t', 'know', '.']],
    ['elided decade, curly', '’90s', ['’90s']],
    ['elided decade, straight', "the '90s", ['the', "'90s"]],
    ['plural possessive, curly', 'Jones’ car', ['Jones', '’', 'car']],
    ['plural possessive, straight', "Jones' car", ['Jones', "'", 'car']],
    ["rock 'n' roll, straight", "rock 'n' roll", ['rock', "'", 'n', "'", 'roll']],
    ['rock ’n’ roll, curly', 'rock ’n’ roll', ['rock', '’', 'n', '’', 'roll']],
    ["possessive 's", "Russia's", ['Russia', "'s"]],
    ['possessive ’s', 'Russia’s president', ['Russia', '’s', 'president']],
    ["possessive 's after s", 'Jones’s car', ['Jones', '’s', 'car']],
    ["contraction it's", 'It’s', ['It', '’s']],
    ["contraction he'll", "he'll", ["he'll"]],
    ["O'Brien", "O'Brien said", ["O'Brien", 'said']],
    ['U.S.', 'U.S.', ['U.S.']],
    ['U.S. before a word', 'U.S. officials', ['U.S.', 'officials']],
    ['a.m.', 'at 5 a.m.', ['at', '5', 'a.m.']],
    ['U.S.-led', 'U.S.-led', ['U.S.', '-', 'led']],
    ['Mr.', 'Mr.', ['Mr', '.']],
    ['Mr. Smith', 'Mr. Smith', ['Mr', '.', 'Smith']],
    ['hyphenated name', 'Kim Jong-un', ['Kim', 'Jong-un']],
    ['hyphenated word', 'well-known', ['well-known']],
    ['currency', '$200', ['$', '200']],
    ['decimal', '3.5', ['3.5']],
    ['thousands', '1,000', ['1,000']],
    ['money', 'US$1,000.50', ['US', '$', '1,000.50']],
    ['number then comma', '1, 2', ['1', ',', '2']],
    ['emoji (astral)', 'a 😀 b', ['a', '😀', 'b']],
    ['emoji stuck to a word', 'yes😀', ['yes', '😀']],
    ['combining mark stays in its word', 'cafe\u0301 ok', ['cafe\u0301', 'ok']],
    ['RTL letters', 'שלום said', ['שלום', 'said']],
    ['ellipsis run', 'Wait...', ['Wait', '...']],
    ['double hyphen', 'so--', ['so', '--']],
    ['em dash', 'yes—no', ['yes', '—', 'no']],
    ['quote marks are always alone', '""', ['"', '"']],
    ['curly quote pair', '“Hey!”', ['“', 'Hey', '!', '”']],
    ['colon', 'said:', ['said', ':']],
    ['NBSP is a space', 'a\u00a0b', ['a', 'b']],
    ['zero-width space is a space', 'a\u200bb', ['a', 'b']],
    ['BOM is a space', '\ufeffHello', ['Hello']],
    ['lone surrogates are their own tokens', 'a\ud800b\udc00', ['a', '\ud800', 'b', '\udc00']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(texts(tok(text), 'tokens')).toEqual(expected);
  });

  it('token kinds', () => {
    const t = tok('“Russia’s 1,000 $ don’t!”');
    expect(t.tokens.map((x) => [x.text, x.kind])).toEqual([
      ['“', 'quote'],
      ['Russia', 'word'],
      ['’s', 'word'],
      ['1,000', 'number'],
      ['$', 'symbol'],
      ['don’t', 'word'],
      ['!', 'punct'],
      ['”', 'quote'],
    ]);
  });

  it('norm folds apostrophes and lower-cases', () => {
    expect(tok('DON’T Russia’s').tokens.map((x) => x.norm)).toEqual(["don't", 'russia', "'s"]);
  });

  it('norm lower-cases beyond ASCII, folds every apostrophe form, and leaves lower-case ASCII as it is', () => {
    expect(tok('ÉCOLE Straße ĲSSEL iʼm wasn′t plain-word 3.5').tokens.map((x) => x.norm)).toEqual([
      'école',
      'straße',
      'ĳssel',
      "i'm",
      "wasn't",
      'plain-word',
      '3.5',
    ]);
  });

  it('an elided word is found in any case, and only as a whole word', () => {
    expect(texts(tok("’TIL dawn, ’Em all, 'tilde"), 'tokens')).toEqual([
      '’TIL',
      'dawn',
      ',',
      '’Em',
      'all',
      ',',
      "'",
      'tilde',
    ]);
    expect(texts(tok("rock 'n' roll 'ti"), 'tokens')).toEqual(['rock', "'", 'n', "'", 'roll', "'", 'ti']);
  });

  it('lowerCase returns the same string when there is nothing to lower, and lowers beyond ASCII', () => {
    const plain = 'already lower-case, 3.5';
    expect(lowerCase(plain)).toBe(plain);
    expect(lowerCase('MiXeD Ünïcode ΣΑΣ')).toBe('mixed ünïcode σας');
  });

  it('hasNoLower: capitals, digits and marks only, in any script', () => {
    expect(['NATO', 'U.S.', 'ÉTÉ', 'G20', '--'].map(hasNoLower)).toEqual([true, true, true, true, true]);
    expect(['Nato', 'NAToé', 'ÉTé', 'x'].map(hasNoLower)).toEqual([false, false, false, false]);
  });

  it('tokens carry their index', () => {
    expect(tok('a b c').tokens.map((x) => x.i)).toEqual([0, 1, 2]);
  });

  const lineCases: Array<[name: string, text: string, lineBefore: boolean[]]> = [
    ['LF', 'a\nb', [false, true]],
    ['CRLF', 'a\r\nb', [false, true]],
    ['CR', 'a\rb', [false, true]],
    ['U+2028', 'a\u2028b', [false, true]],
    ['U+2029', 'a\u2029b', [false, true]],
    ['blank line', 'a\n\n\nb', [false, true]],
    ['NBSP is no line break', 'a\u00a0b', [false, false]],
    ['tab is no line break', 'a\tb', [false, false]],
    ['leading newline', '\nb', [true]],
  ];
  it.each(lineCases)('lineBefore: %s', (_name, text, expected) => {
    expect(tok(text).tokens.map((x) => x.lineBefore)).toEqual(expected);
  });

  it('CRLF offsets are exact', () => {
    const t = tok('Hi.\r\nBye.');
    expect(t.tokens.map((x) => [x.text, x.start, x.end])).toEqual([
      ['Hi', 0, 2],
      ['.', 2, 3],
      ['Bye', 5, 8],
      ['.', 8, 9],
    ]);
  });

  // Regression: U+0085 (NEL) is a line break for the quote scanner (chars.ts isLineBreak) but not for the tokenizer
  // (isSpace uses \s, which lacks U+0085): it becomes a 'symbol' token, sets no lineBefore and ends no sentence,
  // so scanQuotes' paragraphs and tokenize's paragraphs disagree. Input: 'He left.\u0085She came.'
  it('NEL (U+0085) is a line break like U+2028', () => {
    const t = tok('He left.\u0085She came.');
    expect(texts(t, 'tokens')).toEqual(['He', 'left', '.', 'She', 'came', '.']);
    expect(texts(t, 'sentences')).toEqual(['He left.', 'She came.']);
  });

  // Regression: tokenize.ts documents "`’90s`, `'til`: an apostrophe that starts a word, not a quote", but only digits
  // are handled: 'til is tokenized as ' + til (and the straight ' can then open a quotation). Input: "He stayed 'til
  // dawn."
  it("'til keeps its apostrophe, as startsElidedNumber's comment says", () => {
    expect(texts(tok("He stayed 'til dawn."), 'tokens')).toEqual(['He', 'stayed', "'til", 'dawn', '.']);
  });

  // Regression: an emoji with a skin-tone modifier (and flags, ZWJ sequences) is split into one token per code point:
  // '👍🏽' → ['👍', '🏽'], '🇺🇸' → ['🇺', '🇸']. One grapheme should be one token.
  it('an emoji modifier sequence is one token', () => {
    expect(texts(tok('ok 👍🏽'), 'tokens')).toEqual(['ok', '👍🏽']);
  });
});

describe('sentences', () => {
  const cases: Array<[name: string, text: string, sentences: string[]]> = [
    [
      'exclamation inside a quote does not end the sentence',
      'The girl says "Hey! gimme the meatballs!".',
      ['The girl says "Hey! gimme the meatballs!".'],
    ],
    ['Mr. before a name', 'Mr. Smith went to Washington. He left.', ['Mr. Smith went to Washington.', 'He left.']],
    [
      'quote then attribution, then a new quote',
      '"We will win," he said. "It will be soon."',
      ['"We will win," he said.', '"It will be soon."'],
    ],
    [
      'curly quotes, same',
      '“We will win,” he said. “It will be soon.”',
      ['“We will win,” he said.', '“It will be soon.”'],
    ],
    ['initials', 'J. R. Smith spoke.', ['J. R. Smith spoke.']],
    ['title and initial', 'Dr. J. Smith and Prof. Jones met.', ['Dr. J. Smith and Prof. Jones met.']],
    ['military titles', 'Gen. Smith left. Col. Jones stayed.', ['Gen. Smith left.', 'Col. Jones stayed.']],
    ['full stops inside a quote', 'He said “Go. Now.” Then he left.', ['He said “Go. Now.”', 'Then he left.']],
    ['single-quoted exclamation', "He shouted 'Stop!' Then he ran.", ["He shouted 'Stop!'", 'Then he ran.']],
    ['question mark', 'Why? Because.', ['Why?', 'Because.']],
    ['ellipsis', 'He left... Then came back.', ['He left...', 'Then came back.']],
    ['closing bracket', 'He said (Go.) Then.', ['He said (Go.)', 'Then.']],
    ['lower case after a dot', 'It costs approx. five dollars.', ['It costs approx. five dollars.']],
    ['number after a full stop', 'It rose. 2019 was worse.', ['It rose.', '2019 was worse.']],
    ['dollar amount', 'It cost $5. Then he left.', ['It cost $5.', 'Then he left.']],
    ['newline without full stop', 'He left\nShe came', ['He left', 'She came']],
    ['newline after an abbreviation', 'Mr.\nSmith', ['Mr.', 'Smith']],
    ['newline inside an open quotation', '"Para one\n"Para two."', ['"Para one', '"Para two."']],
    ['newline inside a sentence', 'the\nend', ['the', 'end']],
    ['CRLF', 'One.\r\nTwo.', ['One.', 'Two.']],
    ['U+2028', 'One\u2028Two', ['One', 'Two']],
    ['blank lines', 'One.\n\nTwo.', ['One.', 'Two.']],
    ['empty text', '', []],
    ['only blanks', ' \n\t\u00a0 ', []],
    [
      'a rule between items is a sentence, and the time that heads the next item another',
      'The vote is on Monday. ___ 4:10 p.m. The mayor left early.',
      ['The vote is on Monday.', '___', '4:10 p.m.', 'The mayor left early.'],
    ],
    [
      "a rule's own full stop stays with it",
      'It rained. ___. Then it snowed.',
      ['It rained.', '___.', 'Then it snowed.'],
    ],
    ['a time after a rule before a lower-case word stays', '___ 4 p.m. or so', ['___', '4 p.m. or so']],
    ['a typewriter dash is no rule', 'It was late --- too late.', ['It was late --- too late.']],
    [
      'a headline run into its first sentence: a name of the headline comes back',
      'Lund quits as ferry chief Karin Lund has resigned as head of the ferry company.',
      ['Lund quits as ferry chief', 'Karin Lund has resigned as head of the ferry company.'],
    ],
    [
      'a headline run into its first sentence: a word of the headline comes back capitalised',
      'Council backs harbour plans Plans for a new harbour were approved on Monday.',
      ['Council backs harbour plans', 'Plans for a new harbour were approved on Monday.'],
    ],
    [
      'a name that comes back after a preposition is no lede',
      'Police questioned Tom Hale about claims against Tom Hale on Monday.',
      ['Police questioned Tom Hale about claims against Tom Hale on Monday.'],
    ],
    [
      'a name that comes back after an article or `that` is no lede: headlines have none',
      'Tom Hale said on Monday that his wife Ann Hale would run.',
      ['Tom Hale said on Monday that his wife Ann Hale would run.'],
    ],
    [
      'the second word of a name that comes back is judged with its first',
      'Stars flock to Berg sitcom Actors have signed up for Ana Berg’s new show.',
      ['Stars flock to Berg sitcom Actors have signed up for Ana Berg’s new show.'],
    ],
    [
      'a headline on its own line is left to the line break',
      'Lund quits as ferry chief\nKarin Lund has resigned.',
      ['Lund quits as ferry chief', 'Karin Lund has resigned.'],
    ],
    [
      'a quotation after a dash sign-off starts a sentence',
      '“We need buses.” ― Ana Ruiz “The trains are late.” ― Tom Hale',
      ['“We need buses.” ― Ana Ruiz', '“The trains are late.” ― Tom Hale'],
    ],
    [
      'nor does a quoted word after a dash and a name inside a quotation',
      '“He called it ‘unfair’ — Ana Ruiz ‘agreed’ — and left,” he said.',
      ['“He called it ‘unfair’ — Ana Ruiz ‘agreed’ — and left,” he said.'],
    ],
    [
      'a quoted term after a name in a sentence does not',
      'The plan — Ana Ruiz “Main Street” idea — won.',
      ['The plan — Ana Ruiz “Main Street” idea — won.'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(texts(tok(text), 'sentences')).toEqual(expected);
  });

  it('a newline always ends a sentence, even with no punctuation or inside quotes and brackets', () => {
    const text = 'a “b (c\nd) e” f\u2028g\r\nh';
    const t = tok(text);
    expect(texts(t, 'sentences')).toEqual(['a “b (c', 'd) e” f', 'g', 'h']);
  });

  it('sentences know their paragraph', () => {
    const t = tok('Aa. Bb.\n\nCc. Dd.\nEe.');
    expect(t.sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Aa.', 0],
      ['Bb.', 0],
      ['Cc.', 1],
      ['Dd.', 1],
      ['Ee.', 2],
    ]);
  });

  // Regression: `U.S.` is one token that is never sentence-final, so 'U.S. He left.' never splits.
  // News text often ends a sentence with U.S. Input: 'He lives in the U.S. He left.'
  it('U.S. can end a sentence before a capitalised pronoun', () => {
    expect(texts(tok('He lives in the U.S. He left.'), 'sentences')).toEqual(['He lives in the U.S.', 'He left.']);
  });
});

describe('paragraphs', () => {
  const cases: Array<[name: string, text: string, paragraphs: string[]]> = [
    ['one line', 'One. Two.', ['One. Two.']],
    ['one per line', 'One.\nTwo.\nThree.', ['One.', 'Two.', 'Three.']],
    ['blank lines skipped', '\n\nOne.\n\n\n  \nTwo.\n\n', ['One.', 'Two.']],
    ['CRLF', 'One.\r\nTwo.\r\n', ['One.', 'Two.']],
    ['CR', 'One.\rTwo.', ['One.', 'Two.']],
    ['U+2028 and U+2029', 'One\u2028Two\u2029Three', ['One', 'Two', 'Three']],
    ['indented lines are trimmed', '  One.  \n\tTwo.', ['One.', 'Two.']],
    ['NBSP-only line is blank', 'One.\n\u00a0\nTwo.', ['One.', 'Two.']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(texts(tok(text), 'paragraphs')).toEqual(expected);
  });
});
