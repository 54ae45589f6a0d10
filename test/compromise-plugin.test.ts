// saidby/compromise against the installed compromise 14: attributions mapped onto compromise's terms by offset,
// #Speaker and #Cue tags on the terms, and the core still free of compromise.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import saidby, { type SaidbyMethods } from '../src/compromise/index.js';
import { extractQuotes } from '../src/index.js';

nlp.plugin(saidby);

const TEXT =
  'Harbour Minister Eva Lund opened the new pier on Friday.\n' +
  '"It will carry twice the freight," Lund said. Critics said the pier was too short.';

describe('saidby/compromise', () => {
  it('gives the same quotes as extractQuotes, with speaker names, cues, kinds and confidences', () => {
    const items = nlp<SaidbyMethods>(TEXT).attributions().json();
    const expected = extractQuotes(TEXT).quotes;
    expect(items.map((a) => a.quote)).toEqual(expected.map((q) => q.text));
    expect(items[0]).toMatchObject({ kind: 'direct', speaker: 'Eva Lund', speakerMention: 'Lund', cue: 'said' });
    expect(items[0]!.confidence).toBe(expected[0]!.confidence);
  });

  it('maps quotes, speakers and cues onto compromise terms by offset', () => {
    const doc = nlp<SaidbyMethods>(TEXT);
    const found = doc.attributions();
    const first = found.json()[0]!;
    expect(found.view(0).text()).toContain('It will carry twice the freight');
    expect(TEXT.slice(first.offset.start, first.offset.end)).toBe('It will carry twice the freight,');
    expect(first.terms.cue).toHaveLength(1);
  });

  it('tags the speaker mention #Speaker and the cue #Cue', () => {
    const doc = nlp<SaidbyMethods>(TEXT);
    doc.attributions();
    expect(doc.match('#Speaker').out('array')).toContain('Lund');
    expect(doc.match('#Cue').out('array').length).toBeGreaterThanOrEqual(1);
  });

  it('reads the whole document from any view of it', () => {
    const doc = nlp<SaidbyMethods>(TEXT);
    const part = doc.sentences().eq(2) as unknown as SaidbyMethods;
    expect(part.attributions().length).toBe(doc.attributions().length);
  });

  it('finds nothing in text without quotes, and passes options on', () => {
    expect(nlp<SaidbyMethods>('The pier opened on Friday.').attributions().json()).toEqual([]);
    const strict = nlp<SaidbyMethods>(TEXT).attributions({ minConfidence: 0.99 }).json();
    expect(strict.every((a) => a.confidence >= 0.99)).toBe(true);
  });
});
