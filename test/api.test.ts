// Locks the public API: what `saidby` exports and how it rejects bad input.
// Adding an export is a deliberate change: update the list below with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { extractQuotes, tokenize, type Quote, type RuleName } from '../src/index.js';
import type { RULES } from '../src/attribute/rules.js';
import { PUBLIC_API } from './public-api.js';

describe('public API', () => {
  it('exports exactly the public API', async () => {
    const mod = await import('../src/index.js');
    expect(Object.keys(mod).sort()).toEqual(PUBLIC_API);
  });

  it('types Quote.rule as the exported RuleName union, one name per registry row (checked by typecheck)', () => {
    expectTypeOf<Quote['rule']>().toEqualTypeOf<RuleName>();
    expectTypeOf<keyof typeof RULES>().toEqualTypeOf<RuleName>();
  });

  it('gives arrays the caller may keep as ordinary arrays (checked by typecheck)', () => {
    const result = extractQuotes('"We will win," she said.');
    const quotes: Quote[] = result.quotes; // TS4104 if Result's arrays were readonly
    quotes.sort((a, b) => b.confidence - a.confidence);
    expect(quotes).toHaveLength(1);
  });

  it('places quote parts, cues and speaker mentions in the tokens and sentences', () => {
    const result = extractQuotes('The vote is on Monday. "We will win," Ana Ruiz said.');
    const [q] = result.quotes;
    const tokensOf = (s: { tokenStart: number; tokenEnd: number }) =>
      result.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text);
    expect(tokensOf(q!.parts[0]!)).toEqual(['We', 'will', 'win', ',']);
    expect(tokensOf(q!.cue!)).toEqual(['said']);
    expect(tokensOf(q!.speaker!.mention)).toEqual(['Ana', 'Ruiz']);
    expect(result.sentences[q!.parts[0]!.sentence]!.text).toBe('"We will win," Ana Ruiz said.');
    expect(q!.cue!.sentence).toBe(1);
  });

  it('rejects text that is not a string with a TypeError mentioning "string"', () => {
    for (const bad of [42, null, undefined, {}, ['a'], Buffer.from('a')]) {
      expect(() => extractQuotes(bad as unknown as string)).toThrow(TypeError);
      expect(() => extractQuotes(bad as unknown as string)).toThrow(/string/);
      expect(() => tokenize(bad as unknown as string)).toThrow(TypeError);
    }
  });

  it('gives an empty result for empty text', () => {
    const r = extractQuotes('');
    expect(r.quotes).toEqual([]);
    expect(r.text).toBe('');
    expect(Array.isArray(r.tokens)).toBe(true);
    expect(Array.isArray(r.entities)).toBe(true);
    expect(Array.isArray(r.warnings)).toBe(true);
  });

  it('rejects bad options with a TypeError naming the option', () => {
    const call = (o: unknown) => () => extractQuotes('He said "yes."', o as never);
    expect(call({ minConfidence: 2 })).toThrow(TypeError);
    expect(call({ minConfidence: 2 })).toThrow(/minConfidence/);
    expect(call({ minConfidence: -0.1 })).toThrow(/minConfidence/);
    expect(call({ minConfidence: Number.NaN })).toThrow(/minConfidence/);
    expect(call({ minConfidence: '0.5' })).toThrow(/minConfidence/);
    expect(call({ kinds: 'direct' })).toThrow(TypeError);
    expect(call({ kinds: 'direct' })).toThrow(/kinds/);
    expect(call({ kinds: ['direct', 'bogus'] })).toThrow(/kinds/);
    expect(call(null)).toThrow(TypeError);
    expect(call(null)).toThrow(/options/);
    expect(call(5)).toThrow(/options/);
    expect(call({ minconfidence: 0.5 })).toThrow(TypeError);
    expect(call({ minconfidence: 0.5 })).toThrow(/unknown option 'minconfidence'.*minConfidence/);
    expect(call({ maxLength: -1 })).toThrow(/maxLength/);
    expect(call({ maxLength: 1.5 })).toThrow(/maxLength/);
    expect(call({ maxLength: '10' })).toThrow(/maxLength/);
  });

  it('maxLength refuses longer text with a RangeError before any work, and lets shorter text through', () => {
    const text = 'He said "yes."';
    expect(() => extractQuotes(text, { maxLength: text.length - 1 })).toThrow(RangeError);
    expect(() => extractQuotes(text, { maxLength: text.length - 1 })).toThrow(/14 characters.*maxLength \(13\)/);
    expect(extractQuotes(text, { maxLength: text.length }).quotes).toHaveLength(1);
    expect(extractQuotes(text, { maxLength: Infinity }).quotes).toHaveLength(1);
  });

  it('accepts good options', () => {
    expect(() => extractQuotes('x', { minConfidence: 0 })).not.toThrow();
    expect(() => extractQuotes('x', { minConfidence: 1, kinds: ['direct', 'mixed', 'indirect'] })).not.toThrow();
    expect(() => extractQuotes('x', {})).not.toThrow();
  });

  it('returns a result whose spans slice back out of the text', () => {
    const text = 'Mayor Jo Lind said: "The bridge is open."\n\n"It was a long wait," she said.';
    const r = extractQuotes(text);
    expect(r.text).toBe(text);
    expect(r.tokens.length).toBeGreaterThan(0);
    r.tokens.forEach((t, i) => {
      expect(t.i).toBe(i);
      expect(text.slice(t.start, t.end)).toBe(t.text);
    });
    for (const s of [...r.sentences, ...r.paragraphs]) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const q of r.quotes) {
      for (const p of q.parts) expect(text.slice(p.start, p.end)).toBe(p.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
      if (q.speaker) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
      expect(q.confidence).toBeGreaterThanOrEqual(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
    // JSON-serialisable: a round trip changes nothing.
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    const t = tokenize(text);
    expect(t.tokens).toEqual(r.tokens);
  });

  it('keeps the library free of Node-only modules (only the CLI, saidby/node and saidby/queue may use them)', () => {
    const nodeOnly = (f: string) =>
      ['cli', 'node', 'queue'].some((entry) => f === `${entry}.ts` || f.startsWith(`${entry}/`));
    const files = (readdirSync('src', { recursive: true }) as string[])
      .map((f) => f.split('\\').join('/'))
      .filter((f) => f.endsWith('.ts') && !nodeOnly(f));
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.filter((f) =>
      /\bfrom\s+['"]node:|\bimport\(\s*['"]node:|\brequire\(/.test(readFileSync(join('src', f), 'utf8')),
    );
    expect(offenders).toEqual([]);
    // …and the library never imports those Node-only parts.
    const reaching = files.filter((f) =>
      /\bfrom\s+['"](?:\.\.?\/)+(?:node|cli)(?:\/|\.js)/.test(readFileSync(join('src', f), 'utf8')),
    );
    expect(reaching).toEqual([]);
  });
});
