// Cue classes (docs/cue-classes.md): reported speech with speech, writing and report cues by default; thoughts,
// stances, plans and evidence on request, each quote's cue carrying its class.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { cueClassesArg, parseCliArgs, UsageError } from '../src/cli/args.js';
import type { CueClass, ExtractOptions } from '../src/types.js';

const read = (text: string, options?: ExtractOptions): unknown[][] =>
  extractQuotes(text, options).quotes.map((q) => [q.kind, q.text, q.speaker?.mention.text, q.cue?.text, q.cue?.class]);

/** One made-up sentence a class that is not speech: what it gives with every class on. */
const offByDefault: Array<[cls: CueClass, text: string, expected: unknown[]]> = [
  ['plan', 'Fares rose as the city seeks to raise money.', ['indirect', 'to raise money', 'the city', 'seeks', 'plan']],
  [
    'thought',
    'Ms Lee believes the plan will fail.',
    ['indirect', 'the plan will fail', 'Ms Lee', 'believes', 'thought'],
  ],
  ['evidence', 'Polls show the mayor is ahead.', ['indirect', 'the mayor is ahead', 'Polls', 'show', 'evidence']],
  [
    'stance',
    'The union opposes the new rota for night shifts.',
    ['indirect', 'the new rota for night shifts', 'The union', 'opposes', 'stance'],
  ],
];

describe('cue classes', () => {
  for (const [cls, text, expected] of offByDefault) {
    it(`${cls}: nothing by default`, () => expect(read(text)).toEqual([]));
    it(`${cls}: returned with its class when every class is on`, () =>
      expect(read(text, { cueClasses: 'all' })).toEqual([expected]));
    it(`${cls}: returned when asked for by name, and not when another class is`, () => {
      expect(read(text, { cueClasses: [cls] })).toEqual([expected]);
      expect(
        read(text, { cueClasses: ['speech', ...(cls === 'plan' ? ['thought' as const] : ['plan' as const])] }),
      ).toEqual([]);
    });
  }

  it('speech, writing and report cues by default, each with its class', () => {
    expect(read('The mayor said the bridge would reopen.')).toEqual([
      ['indirect', 'the bridge would reopen', 'The mayor', 'said', 'speech'],
    ]);
    expect(read('The ministry denied that the talks had failed.')).toEqual([
      ['indirect', 'the talks had failed', 'The ministry', 'denied', 'report'],
    ]);
    expect(read('In a letter to staff, the dean wrote that the library would close.')).toEqual([
      ['indirect', 'the library would close', 'the dean', 'wrote', 'writing'],
    ]);
  });

  it('a cue left out does not hold its words: the speech cue around it reports them', () => {
    expect(read('She said she hoped to win.')).toEqual([['indirect', 'she hoped to win', 'She', 'said', 'speech']]);
  });

  it('keeps a direct quote whatever the class of its cue', () => {
    expect(read('"The worst is over," she believes.')).toEqual([
      ['direct', 'The worst is over,', 'she', 'believes', 'thought'],
    ]);
  });

  it('an empty list keeps the direct quotes only', () => {
    const text = '"We are ready," the coach said. The mayor said the bridge would reopen.';
    expect(read(text, { cueClasses: [] })).toEqual([['direct', 'We are ready,', 'the coach', 'said', 'speech']]);
  });

  it('refuses a bad value with a TypeError that names the classes', () => {
    const bad: unknown[] = ['speech', ['speech', 'thoughts'], [1], null, {}, 'ALL'];
    for (const cueClasses of bad) {
      expect(() => extractQuotes('x', { cueClasses } as unknown as ExtractOptions)).toThrow(TypeError);
    }
    expect(() => extractQuotes('x', { cueClasses: ['belief'] } as unknown as ExtractOptions)).toThrow(
      /cueClasses must be 'all' or an array of 'speech', 'writing', 'report', 'thought', 'stance', 'plan', 'evidence'/,
    );
  });
});

describe('--cue-classes', () => {
  it('reads a comma-separated list, or all', () => {
    expect(cueClassesArg('speech, thought')).toEqual(['speech', 'thought']);
    expect(cueClassesArg('all')).toBe('all');
    expect(cueClassesArg(undefined)).toBeUndefined();
    expect(parseCliArgs(['--cue-classes', 'plan', 'a.txt']).cueClasses).toEqual(['plan']);
    expect(parseCliArgs(['a.txt']).cueClasses).toBeUndefined();
  });

  it('is a usage error for an unknown class', () => {
    expect(() => cueClassesArg('speech,beliefs')).toThrow(UsageError);
    expect(() => cueClassesArg('')).toThrow(/--cue-classes expects "all" or classes from speech, writing/);
  });
});
