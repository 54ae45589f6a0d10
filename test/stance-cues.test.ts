// The stance verbs that became cues in issue 14 (slam, mock, ridicule, tout), each with a sentence it reads and one it
// leaves alone, and the verbs that were listed as frames without being cues and were left out.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { VERB_CUES } from '../src/generated/cues.js';

const read = (text: string): unknown[][] =>
  extractQuotes(text).quotes.map((q) => [q.kind, q.text, q.speaker?.mention.text, q.cue?.text]);

const cases: Array<[verb: string, text: string, expected: string[][], counter: string]> = [
  [
    'slam',
    'Senator Ruiz slammed the toll plan during a visit to the port.',
    [['indirect', 'the toll plan', 'Senator Ruiz', 'slammed']],
    'The ferry slammed into the pier.',
  ],
  [
    'mock',
    'Ana Ruiz mocked the council for its new logo.',
    [['indirect', 'the council for its new logo', 'Ana Ruiz', 'mocked']],
    'Students staged a mock trial in the hall.',
  ],
  [
    'ridicule',
    'Critics ridiculed the plan as "a bridge to nowhere".',
    [['mixed', 'the plan as "a bridge to nowhere"', 'Critics', 'ridiculed']],
    'The plan drew ridicule from the council.',
  ],
  [
    'tout',
    'The minister touted the new ferry as a triumph of planning.',
    [['indirect', 'the new ferry as a triumph of planning', 'The minister', 'touted']],
    'Touted as a cure, the pill did nothing.',
  ],
];

describe('stance verbs whose object is what was said', () => {
  for (const [verb, text, expected, counter] of cases) {
    it(`${verb}: reads its object as the content`, () => expect(read(text)).toEqual(expected));
    it(`${verb}: not in another sense`, () => expect(read(counter)).toEqual([]));
  }
});

describe('verbs that report no words', () => {
  // Thoughts, plans and results of persuading, not speech; and speech acts measured to cost more than they give.
  const left = [
    'favor',
    'intend',
    'vote',
    'convince',
    'persuade',
    'chat',
    'threaten',
    'hail',
    'welcome',
    'applaud',
    'request',
    'brief',
  ];
  it('are not cues', () => expect(left.filter((lemma) => VERB_CUES.some((c) => c.lemma === lemma))).toEqual([]));
  it('give no reported speech', () => {
    expect(read('The mayor threatened to close the bridge.')).toEqual([]);
    expect(read('Most members favor a new bridge.')).toEqual([]);
  });
});
