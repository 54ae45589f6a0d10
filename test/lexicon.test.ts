import { describe, it, expect } from 'vitest';
import { PHRASE_CUES, VERB_CUES } from '../src/generated/cues';
import type { CueClass } from '../src/types';
import { Frame } from '../src/cues/frame';
import { frameOf as rowFrame } from '../scripts/build-cues';

const CLASSES: readonly CueClass[] = ['speech', 'writing', 'report', 'thought', 'stance', 'plan', 'evidence'];
const TENSES = ['infinitive', 'past', 'present', 'gerund', 'participle'];

const formsOf = (lemma: string): string[] => VERB_CUES.filter((c) => c.lemma === lemma).map((c) => c.form);
const cue = (form: string, lemma: string) => VERB_CUES.find((c) => c.form === form && c.lemma === lemma);

describe('VERB_CUES', () => {
  it('has at least 250 distinct forms and 110 lemmas', () => {
    expect(new Set(VERB_CUES.map((c) => c.form)).size).toBeGreaterThanOrEqual(250);
    expect(new Set(VERB_CUES.map((c) => c.lemma)).size).toBeGreaterThanOrEqual(110);
  });

  it('has only lower-case single-word forms and lemmas', () => {
    const bad = VERB_CUES.filter((c) => !/^[a-z]+$/.test(c.form) || !/^[a-z]+$/.test(c.lemma));
    expect(bad).toEqual([]);
  });

  it('has no duplicate (form, lemma) pairs', () => {
    const keys = VERB_CUES.map((c) => `${c.form} ${c.lemma}`);
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dupes).toEqual([]);
  });

  it('is sorted by form', () => {
    const forms = VERB_CUES.map((c) => c.form);
    expect(forms).toEqual([...forms].sort());
  });

  it('uses only valid classes and tenses, and a boolean weak', () => {
    for (const c of VERB_CUES) {
      expect(CLASSES, c.form).toContain(c.class);
      expect(TENSES, c.form).toContain(c.tense);
      expect(typeof c.weak, c.form).toBe('boolean');
    }
  });

  it('lists every lemma as its own infinitive', () => {
    for (const lemma of new Set(VERB_CUES.map((c) => c.lemma))) {
      expect(cue(lemma, lemma)?.tense, lemma).toBe('infinitive');
    }
  });

  it('gives each lemma a single class', () => {
    const byLemma = new Map<string, Set<CueClass>>();
    for (const c of VERB_CUES) byLemma.set(c.lemma, (byLemma.get(c.lemma) ?? new Set()).add(c.class));
    const mixed = [...byLemma].filter(([, s]) => s.size > 1).map(([l]) => l);
    expect(mixed).toEqual([]);
  });

  it('has the irregular and core forms', () => {
    expect(formsOf('say')).toEqual(expect.arrayContaining(['say', 'said', 'says', 'saying']));
    expect(formsOf('tell')).toEqual(expect.arrayContaining(['tell', 'told', 'tells', 'telling']));
    expect(formsOf('write')).toEqual(expect.arrayContaining(['write', 'wrote', 'written', 'writing']));
    expect(formsOf('think')).toEqual(expect.arrayContaining(['think', 'thought']));
    expect(formsOf('speak')).toEqual(expect.arrayContaining(['spoke', 'spoken']));
    expect(formsOf('feel')).toContain('felt');
    expect(cue('said', 'say')?.tense).toBe('past');
    expect(cue('written', 'write')?.tense).toBe('participle');
    expect(cue('saying', 'say')?.tense).toBe('gerund');
  });

  it('has the forms compromise gets wrong, corrected', () => {
    for (const [form, lemma] of [
      ['tweeted', 'tweet'],
      ['quipped', 'quip'],
      ['snapping', 'snap'],
      ['averred', 'aver'],
      ['texting', 'text'],
      ['chided', 'chide'],
      ['penned', 'pen'],
    ] as const) {
      expect(cue(form, lemma), form).toBeDefined();
    }
    for (const form of ['snaping', 'avered', 'pent'])
      expect(
        VERB_CUES.some((c) => c.form === form),
        form,
      ).toBe(false);
  });

  it('files British spellings under the same lemma', () => {
    expect(cue('emphasised', 'emphasize')).toBeDefined();
    expect(cue('criticised', 'criticize')).toBeDefined();
    expect(cue('apologise', 'apologize')).toBeDefined();
  });

  it('marks ambiguous words weak and core ones strong', () => {
    for (const [form, lemma] of [
      ['continued', 'continue'],
      ['called', 'call'],
      ['expected', 'expect'],
      ['hoped', 'hope'],
      ['believed', 'believe'],
      ['feared', 'fear'],
      ['note', 'note'],
    ] as const) {
      expect(cue(form, lemma)?.weak, form).toBe(true);
    }
    for (const [form, lemma] of [
      ['said', 'say'],
      ['told', 'tell'],
      ['insisted', 'insist'],
      ['noted', 'note'],
      ['wrote', 'write'],
    ] as const) {
      expect(cue(form, lemma)?.weak, form).toBe(false);
    }
  });

  it('leaves out gesture verbs, colloquial quotatives and perception verbs', () => {
    for (const lemma of ['smile', 'nod', 'shrug', 'grin', 'go', 'be', 'hear'])
      expect(formsOf(lemma), lemma).toEqual([]);
  });
});

describe('PHRASE_CUES', () => {
  it('has at least 30 phrases, each of two or more lower-case words', () => {
    expect(PHRASE_CUES.length).toBeGreaterThanOrEqual(30);
    for (const p of PHRASE_CUES) {
      expect(p.words.length, p.words.join(' ')).toBeGreaterThanOrEqual(2);
      for (const w of p.words) expect(w, p.words.join(' ')).toMatch(/^[a-z]+$/);
    }
  });

  it('has no duplicate phrases and valid classes, lemmas and examples', () => {
    const keys = PHRASE_CUES.map((p) => p.words.join(' '));
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of PHRASE_CUES) {
      expect(CLASSES).toContain(p.class);
      expect(p.lemma).toMatch(/^[a-z]+$/);
      expect(typeof p.passive).toBe('boolean');
      expect(p.example.length).toBeGreaterThan(0);
    }
  });

  it('has the passive and frame cues', () => {
    const keys = new Set(PHRASE_CUES.map((p) => p.words.join(' ')));
    for (const k of [
      'was quoted as saying',
      'told reporters',
      'said in a statement',
      'according to',
      'pointed out',
      'it was announced',
    ]) {
      expect(keys.has(k), k).toBe(true);
    }
    const passive = PHRASE_CUES.find((p) => p.words.join(' ') === 'was quoted as saying');
    expect(passive?.passive).toBe(true);
    expect(PHRASE_CUES.find((p) => p.words.join(' ') === 'told reporters')?.passive).toBe(false);
  });
});

describe('frames: what a verb takes', () => {
  const frameOf = (lemma: string): number => VERB_CUES.find((c) => c.lemma === lemma)?.frame ?? -1;
  const takes = (lemma: string, bit: number): boolean => (frameOf(lemma) & bit) !== 0;

  it('gives every form of a lemma the same frame', () => {
    const byLemma = new Map<string, Set<number>>();
    for (const c of VERB_CUES) byLemma.set(c.lemma, (byLemma.get(c.lemma) ?? new Set()).add(c.frame));
    expect([...byLemma].filter(([, s]) => s.size > 1).map(([l]) => l)).toEqual([]);
  });

  it('has the complements of the core verbs', () => {
    expect(takes('promise', Frame.to) && takes('promise', Frame.object) && takes('promise', Frame.hearer)).toBe(true);
    expect(takes('tell', Frame.hearer) && takes('tell', Frame.to)).toBe(true);
    expect(takes('criticize', Frame.object)).toBe(true);
    expect(takes('call', Frame.needsThat)).toBe(true);
    expect(takes('speak', Frame.intransitive)).toBe(true);
    expect(frameOf('say')).toBe(0);
  });

  it('rejects rows whose frame fields cannot hold together', () => {
    expect(rowFrame('vow', { weak: true, takes: ['to', 'object'] })).toBe(Frame.to | Frame.object);
    expect(() => rowFrame('say', { needsThat: true })).toThrow(/no form is weak/);
    expect(() => rowFrame('speak', { takes: ['to'], intransitive: true })).toThrow(/intransitive/);
    expect(() => rowFrame('tell', { takes: ['hearer', 'hearer'] })).toThrow(/twice/);
  });

  it('gives a phrase the frame of its verb, and none when its lemma has no verb row', () => {
    const phrase = (words: string) => PHRASE_CUES.find((p) => p.words.join(' ') === words);
    expect(phrase('called for')?.frame).toBe(frameOf('call'));
    expect(phrase('told reporters')?.frame).toBe(frameOf('tell'));
    expect(phrase('chimed in')?.frame).toBe(0);
  });
});
