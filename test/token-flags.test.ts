// tokenFlags: the per-token word classes and shape flags every later stage reads.
import { describe, expect, it } from 'vitest';
import { F, W } from '../src/doc/flags.js';
import { tokenFlags } from '../src/doc/token-flags.js';
import { tokenize } from '../src/index.js';

/** tokenFlags of a text, tokenized once, with its sentence starts as analyze gives them: a byte per token. */
function flagsArray(text: string): { tokens: ReturnType<typeof tokenize>['tokens']; flags: Uint32Array } {
  const { tokens, sentences } = tokenize(text);
  const starts = new Uint8Array(tokens.length);
  for (const s of sentences) starts[s.tokenStart] = 1;
  return { tokens, flags: tokenFlags(text, tokens, starts) };
}

function flagsOf(text: string): Map<string, number> {
  const { tokens, flags } = flagsArray(text);
  return new Map(tokens.map((t, i) => [t.text, flags[i]!]));
}

const has = (f: number | undefined, mask: number): boolean => ((f ?? 0) & mask) !== 0;

describe('tokenFlags', () => {
  it('a capitalised demonym is one, the same word in lower case is not', () => {
    const f = flagsOf('The Finnish minister met British and Russian envoys; finnish saunas were hot.');
    expect(['Finnish', 'British', 'Russian'].map((w) => has(f.get(w), W.demonym))).toEqual([true, true, true]);
    expect(has(f.get('finnish'), W.demonym)).toBe(false);
    expect(has(f.get('minister'), W.demonym)).toBe(false);
  });

  it('a demonym that is not plain letters is folded as the knowledge base folds it', () => {
    const f = flagsOf('Émirati and Blorvian envoys met.');
    expect(has(f.get('Émirati'), W.demonym)).toBe(true); // folded to `emirati`
    expect(has(f.get('Blorvian'), W.demonym)).toBe(false);
    expect(has(f.get('Blorvian'), F.cap)).toBe(true);
  });

  it('adverbs between a speaker and a cue are adverbs, not conjunctions', () => {
    const f = flagsOf('Clinton now says the plan works.');
    expect(has(f.get('now'), W.adv)).toBe(true);
    expect(has(f.get('now'), W.conj)).toBe(false);
  });

  it('unknown -ed and -ing words are guessed to be verbs', () => {
    const f = flagsOf('She zorbled while blicketing.');
    expect(has(f.get('zorbled'), W.verb)).toBe(true);
    expect(has(f.get('blicketing'), W.verb)).toBe(true);
  });

  it('shape: capitals, all capitals, numbers and sentence starts', () => {
    const f = flagsOf('NATO met. Then 40 envoys left.');
    expect(has(f.get('NATO'), F.allCaps)).toBe(true);
    expect(has(f.get('Then'), F.sentenceStart)).toBe(true);
    expect(has(f.get('envoys'), F.cap)).toBe(false);
    expect(has(f.get('40'), W.number)).toBe(true);
  });

  it('never leaks its internal table bit into a token', () => {
    const { flags } = flagsArray('The Finnish and finnish and British envoys.');
    for (const f of flags) expect(f & (1 << 28)).toBe(0);
  });
});
