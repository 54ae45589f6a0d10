import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

/** The speaker of the only (or the `n`th) quotation: its mention, name and entity's name. */
function speakerOf(text: string, n = 0) {
  const r = extractQuotes(text);
  const q = r.quotes.filter((x) => x.kind === 'direct')[n];
  const entity = r.entities.find((e) => e.id === q?.speaker?.entity);
  return { mention: q?.speaker?.mention.text, name: q?.speaker?.name, entity: entity?.name ?? null };
}

describe('who the speaker is', () => {
  it('never credits a possessive description to its possessor', () => {
    const wife = speakerOf('Arno Pik died on Monday. "He was a kind man," his widow said.');
    expect(wife).toEqual({ mention: 'his widow', name: 'his widow', entity: null });
    const lawyer = speakerOf('Dana Kurz was charged on Friday. "She denies it all," her lawyer told reporters.');
    expect(lawyer.name).toBe('her lawyer');
    expect(lawyer.entity).toBeNull();
  });

  it('sends a pronoun to the subject over a nearer name in a clause', () => {
    const s = speakerOf(
      'Prof Ivo Lanz faults the council, which he ties to a feud with the mayor, Emil Dorn. "It is a mess," he says.',
    );
    expect(s.name).toBe('Ivo Lanz');
  });

  it('lets a pronoun refer to a speaker described but never named, not to a name before it', () => {
    const text =
      'Anna Roos owns the crane firm. A spokeswoman said the cranes were safe. ' +
      '"We check them every week," she added.';
    const r = extractQuotes(text);
    const q = r.quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker?.mention.text).toBe('she');
    expect(q?.speaker?.name).toBe('she');
    expect(q?.speaker?.entity).toBeNull();
    expect(r.entities.map((e) => e.name)).not.toContain('A spokeswoman');
  });

  it('resolves a nationality or a job that renames the subject just before', () => {
    expect(speakerOf('Club boss Jens Aalto was pleased. "We were patient," the Finn said.').name).toBe('Jens Aalto');
    expect(speakerOf('Kofi Mensa scored twice. "The pitch was heavy," the Lions player said.').name).toBe('Kofi Mensa');
  });

  it('leaves a description alone when the subject before it is known by another role', () => {
    const s = speakerOf('Mayor Rina Holt opened the bridge. "It took years," the engineer said.');
    expect(s.name).toBe('the engineer');
    expect(s.entity).toBeNull();
  });

  it('resolves a description with a name in apposition to that name', () => {
    const s = speakerOf('Her coach, Pavel Dusek, was blunt. His aide, Lotte Brem, said: "We lost the midfield."');
    // the apposition rule of the tag makes the name itself the mention the cue attaches to
    expect(s).toEqual({ mention: 'Lotte Brem', name: 'Lotte Brem', entity: 'Lotte Brem' });
  });

  it('keeps titles out of the name: `Labour MP Ann Tovey` is Ann Tovey', () => {
    const s = speakerOf('Labour MP Ann Tovey backed the scheme. "It is overdue," she said.');
    expect(s.name).toBe('Ann Tovey');
  });
});
