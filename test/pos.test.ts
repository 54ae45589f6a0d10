// options.tagger: parts of speech in context, asked for lazily, one sentence at a time, where a cue form may be a
// noun (`played down claims that …`). The tagger here is a small table of made-up tags, so the tests say exactly
// what the tagger answered; without a tagger, nothing changes.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import type { PosTag, PosTagger } from '../src/types.js';

/** A tagger from a table of words (anything else is `VERB`), counting the sentences it is asked about. */
function tableTagger(table: Record<string, string>): { tagger: PosTagger; asked: string[] } {
  const asked: string[] = [];
  const tagger: PosTagger = (sentence) => {
    asked.push(sentence);
    const tags: PosTag[] = [];
    for (const m of sentence.matchAll(/[\p{L}']+|[^\s\p{L}]/gu)) {
      const start = m.index;
      tags.push({ start, end: start + m[0].length, pos: table[m[0].toLowerCase()] ?? 'VERB' });
    }
    return tags;
  };
  return { tagger, asked };
}

const TABLE = { the: 'DET', down: 'ADP', claims: 'NOUN', union: 'NOUN', minister: 'NOUN', port: 'NOUN' };
const cues = (text: string, tagger?: PosTagger) =>
  extractQuotes(text, tagger ? { tagger } : {}).quotes.map((q) => [q.cue?.text ?? null, q.text]);

describe('tagger', () => {
  it('drops a cue form the tagger calls a noun after a noun modifier', () => {
    const text = 'The minister played down claims that the port would close next year.';
    expect(cues(text)).toEqual([['claims', 'the port would close next year']]);
    expect(cues(text, tableTagger(TABLE).tagger)).toEqual([]);
  });

  it('keeps it after a noun: a tagger reads a subject and its verb as two nouns too often', () => {
    const text = 'The union claims that the port would close next year.';
    expect(cues(text, tableTagger(TABLE).tagger)).toEqual([['claims', 'the port would close next year']]);
  });

  it('asks only about the sentences where a cue form may be a noun', () => {
    const { tagger, asked } = tableTagger(TABLE);
    const text =
      'Mayor Ines Carver said the port would close next year. The harbour master agreed.\n' +
      'The minister played down claims that the ferry would stop.';
    cues(text, tagger);
    expect(asked).toEqual(['The minister played down claims that the ferry would stop.']);
    const plain = tableTagger(TABLE);
    cues('Mayor Ines Carver said the port would close next year.', plain.tagger);
    expect(plain.asked).toEqual([]);
  });

  it('rejects a tagger that is not a function, or that answers with anything but tags', () => {
    const text = 'The minister played down claims that the port would close next year.';
    expect(() => extractQuotes(text, { tagger: 'wink' as never })).toThrow(TypeError);
    expect(() => extractQuotes(text, { tagger: (() => 'NOUN') as never })).toThrow(/must return an array/);
    expect(() => extractQuotes(text, { tagger: () => [{ start: 0, end: 3 }] as never })).toThrow(TypeError);
  });
});
