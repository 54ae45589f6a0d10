// Shared checks for the built package, whichever way it is loaded.
import { expect } from 'vitest';
import type * as Api from '../../src/index.js';

export type SaidBy = typeof Api;

export const SENTENCE = '"We will not pay twice," Finance Minister Anna Berg said on Monday.';

export function checkModule(mod: SaidBy): void {
  expect(typeof mod.extractQuotes).toBe('function');
  expect(typeof mod.tokenize).toBe('function');
  const r = mod.extractQuotes(SENTENCE);
  expect(r.text).toBe(SENTENCE);
  expect(Array.isArray(r.quotes)).toBe(true);
  expect(Array.isArray(r.entities)).toBe(true);
  expect(Array.isArray(r.warnings)).toBe(true);
  expect(r.tokens.length).toBeGreaterThan(0);
  r.tokens.forEach((t, i) => {
    expect(t.i).toBe(i);
    expect(SENTENCE.slice(t.start, t.end)).toBe(t.text);
  });
  for (const s of r.sentences) expect(SENTENCE.slice(s.start, s.end)).toBe(s.text);
  for (const q of r.quotes) {
    expect(['direct', 'mixed', 'indirect']).toContain(q.kind);
    for (const p of q.parts) expect(SENTENCE.slice(p.start, p.end)).toBe(p.text);
  }
  expect(mod.tokenize(SENTENCE).tokens).toEqual(r.tokens);
  expect(() => mod.extractQuotes(42 as unknown as string)).toThrow(TypeError);
}
