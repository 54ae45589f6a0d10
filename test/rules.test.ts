// The rule registry (src/attribute/rules.ts) checked against the code: every example gives its quote with the
// rule, speaker and cue the row says, every counter-example stays clear of the rule, and every row names real homes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { RULES, type RuleInfo } from '../src/attribute/rules.js';
import { DIRECT_PASSES, DIRECT_SIEVES, REPORTED_FRAMES, TEXT_FRAMES } from '../src/attribute/order.js';
import type { Quote, RuleName } from '../src/types.js';

const ATTRIBUTE = fileURLToPath(new URL('../src/attribute/', import.meta.url));
const ROWS = Object.entries(RULES) as Array<[RuleName, RuleInfo]>;

const show = (qs: readonly Quote[]) =>
  JSON.stringify(qs.map((q) => ({ rule: q.rule, quote: q.text, speaker: q.speaker?.mention.text, cue: q.cue?.text })));

describe.each(ROWS)('rule %s', (name, row) => {
  it('has at least one example and one counter-example', () => {
    expect(row.examples.length).toBeGreaterThan(0);
    expect(row.counterExamples.length).toBeGreaterThan(0);
  });

  it.each(row.examples)('gives its quote for $text', (ex) => {
    const quotes = extractQuotes(ex.text, ex.options).quotes;
    const q = quotes.find((x) => x.text === ex.quote);
    expect(q, `no quote ${JSON.stringify(ex.quote)} among ${show(quotes)}`).toBeDefined();
    expect({ rule: q!.rule, speaker: q!.speaker?.mention.text ?? null, cue: q!.cue?.text ?? null }).toEqual({
      rule: name,
      speaker: ex.speaker,
      cue: ex.cue,
    });
    if (row.stage === 'direct') expect(q!.kind).toBe('direct');
    if (row.stage === 'reported') expect(q!.kind).not.toBe('direct');
  });

  it.each(row.counterExamples)('does not fire for $text', (ce) => {
    const quotes = extractQuotes(ce.text, ce.options).quotes;
    const fired = quotes.filter((q) => q.rule === name && (ce.quote === undefined || q.text === ce.quote));
    expect(fired, `${ce.why}; got ${show(quotes)}`).toEqual([]);
  });

  it('names home files that exist and record the rule', () => {
    expect(row.home.length).toBeGreaterThan(0);
    for (const home of row.home) expect(readFileSync(join(ATTRIBUTE, home), 'utf8'), home).toContain(`'${name}'`);
  });

  it('gives confidences in 0..1', () => {
    for (const value of Object.values(row.confidence)) {
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });
});

describe('the order of sieves, passes and frames (src/attribute/order.ts)', () => {
  const steps = [...DIRECT_SIEVES, ...DIRECT_PASSES, ...REPORTED_FRAMES, ...TEXT_FRAMES];

  it('records every rule of the registry, and only those', () => {
    expect(new Set(steps.flatMap((s) => s.rules))).toEqual(new Set(Object.keys(RULES)));
  });

  it('names each step once', () => {
    const names = steps.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists the direct rules on direct sieves and passes, the reported ones on frames', () => {
    const direct = new Set([...DIRECT_SIEVES, ...DIRECT_PASSES].flatMap((s) => s.rules));
    const reported = new Set([...REPORTED_FRAMES, ...TEXT_FRAMES].flatMap((s) => s.rules));
    for (const [name, row] of ROWS) {
      expect(direct.has(name), name).toBe(row.stage !== 'reported');
      expect(reported.has(name), name).toBe(row.stage !== 'direct');
    }
  });
});

describe('confidences', () => {
  it('live in the registry: no decimal literal in src/attribute/ outside rules.ts', () => {
    const files = (readdirSync(ATTRIBUTE, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    const found: string[] = [];
    for (const f of files) {
      if (f === 'rules.ts') continue;
      const lines = readFileSync(join(ATTRIBUTE, f), 'utf8').split('\n');
      lines.forEach((line, i) => {
        const code = line.trimStart().startsWith('*') ? '' : line.split('//')[0]!; // comments may quote figures
        if (/(?<![\w.])\d*\.\d+/.test(code)) found.push(`${f}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
