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

  it('never sends a speaking pronoun to a name inside the quotation it speaks', () => {
    expect(speakerOf('"You know, I like Lee Ross," he said.')).toEqual({ mention: 'he', name: 'he', entity: null });
    expect(speakerOf('Tom Hale spoke at noon. "You know, I like Lee Ross," he said.').name).toBe('Tom Hale');
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

/** The names of the document's entities. */
const entityNames = (text: string): string[] => extractQuotes(text).entities.map((e) => e.name);

describe('whom a spokesperson speaks for', () => {
  it('gives the words of the possessor of `X’s spokesman` to X', () => {
    const s = speakerOf('Mayor Ida Brun opened the dam. Later, Ms Brun’s spokesman said: "She will not resign."');
    expect(s).toEqual({ mention: 'Ms Brun’s spokesman', name: 'Ida Brun', entity: 'Ida Brun' });
  });

  it('gives a bare `a spokesman` to the organisation that spoke just before', () => {
    const s = speakerOf(
      'The Harlow Trust said it had owned the farm since 1950. But a spokesman added: "Our title is sound."',
    );
    expect(s).toEqual({ mention: 'a spokesman', name: 'Harlow Trust', entity: 'Harlow Trust' });
  });

  it('leaves a bare spokesman after a person, or after no organisation that spoke, unnamed', () => {
    const person = speakerOf('Tom Vik runs the Harlow Trust. A spokesman said: "The farm is ours."');
    expect(person).toEqual({ mention: 'A spokesman', name: 'A spokesman', entity: null });
    const far = speakerOf(
      'The Harlow Trust said it owned the farm. It rained. The roads shut. The shops shut. The school shut. ' +
        'A spokesman said: "The farm is ours."',
    );
    expect(far.entity).toBeNull();
  });

  it('keeps `a spokeswoman for the port` whole, not `the port`, and lets a later `she` refer to her', () => {
    const r = extractQuotes('A spokeswoman for the port said the ships would sail. "We expect delays," she added.');
    expect(r.quotes[0]?.speaker?.mention.text).toBe('A spokeswoman for the port');
    expect(r.quotes[0]?.speaker?.entity).toBeNull();
    expect(r.quotes[1]?.speaker).toMatchObject({ name: 'she', entity: null, type: 'person' });
  });
});

describe('acronyms', () => {
  it('joins an acronym to the name whose initials spell it', () => {
    const s = speakerOf('The Nordic Rowing Union will review the race. The NRU said: "We take this seriously."');
    expect(s).toEqual({ mention: 'The NRU', name: 'Nordic Rowing Union', entity: 'Nordic Rowing Union' });
  });

  it('joins an acronym introduced in parentheses after its name, spelt out or not', () => {
    const text = 'Ola Dahl chairs the Council of Northern Towns (CONT). The CONT said: "Fares must fall."';
    expect(speakerOf(text).name).toBe('Council of Northern Towns');
    expect(entityNames(text)).not.toContain('CONT');
  });

  it('leaves an acronym alone when two names spell it, and never spells out a person', () => {
    const two = 'The Nordic Rowing Union and the National Rugby Union met. The NRU said: "We agree."';
    expect(speakerOf(two).name).toBe('NRU');
    expect(entityNames('Jan Kowal met Tom Hale. "We agree," JK said.')).toContain('JK');
  });

  it('names an acronym by its knowledge-base label when the label spells it out', () => {
    expect(speakerOf('"Do not open the files," the FBI said in a statement.').name).toBe(
      'Federal Bureau of Investigation',
    );
    expect(speakerOf('"The show goes on," the BBC said.').name).toBe('BBC');
  });
});

describe('names without titles, honours or modifiers', () => {
  it('keeps honours after the name out of it', () => {
    expect(speakerOf('Tom Hale QC warned of a risk. "People will be stopped," Mr Hale said.').name).toBe('Tom Hale');
    expect(speakerOf('"It is overdue," said Ann Tovey MP.').name).toBe('Ann Tovey');
  });

  it('keeps a treasurer’s office out of the name, and leaves a surname Treasurer alone', () => {
    expect(speakerOf('Treasurer Noor Vance said: "The accounts are in order."').name).toBe('Noor Vance');
    expect(speakerOf('"The accounts are in order," said Ms Treasurer.').name).toBe('Treasurer');
  });

  it('reads two offices joined by `and` as one person’s titles', () => {
    const s = speakerOf('"Sales grew," said chairman and chief executive Edsel Ford. "Costs fell," he added.', 1);
    expect(s.name).toBe('Edsel Ford');
    const r = extractQuotes('"Sales grew," said chairman and chief executive Edsel Ford.');
    expect(r.entities.find((e) => e.name === 'Edsel Ford')?.type).toBe('person');
  });

  it('does not join a lower-case office to a capitalised title of someone else', () => {
    const r = extractQuotes('He met the minister and Mayor Ana Ruiz. "The bridge is safe," Ms Ruiz said.');
    expect(r.entities.find((e) => e.name === 'Ana Ruiz')?.mentions[0]?.text).toBe('Mayor Ana Ruiz');
  });

  it('keeps a middle initial inside the name, even one that is a word of its own', () => {
    expect(speakerOf('"We will win the seat," said Julie A. Diaz.').name).toBe('Julie A. Diaz');
    expect(speakerOf('"Fares will rise." ― Nils K. Berg').name).toBe('Nils K. Berg');
    const r = extractQuotes('They voted for Plan A. Ruiz left early. "We lost," Ruiz said.');
    expect(r.entities.map((e) => e.name)).not.toContain('Plan A. Ruiz');
  });

  it('reads a surname written with a stray space after its apostrophe as one name', () => {
    const s = speakerOf('Dara O’ Brien, editor of Work magazine, which ran the survey, said: "Reps save lives."');
    expect(s.name).toBe('Dara O’ Brien');
  });
});

describe('capitalised words that are not people', () => {
  it('never makes a holiday a person who takes a pronoun', () => {
    const s = speakerOf('Over Easter the zoo was full. "It was busy," he said.');
    expect(s.name).toBe('he');
    expect(entityNames('Over Easter the zoo was full. "It was busy," he said.')).not.toContain('Easter');
  });

  it('reads a sentence-opening word in -s before a plural verb as a noun, and keeps `Jones says`', () => {
    expect(entityNames('Keepers say the lions are well. "They eat a lot," he said.')).not.toContain('Keepers');
    expect(entityNames('Jones says the lions are well.')).toContain('Jones');
  });

  it('does not take the first word of a quotation for a name, unless it is one elsewhere', () => {
    const r = extractQuotes('"Considering the fee, it was a good deal," they added.');
    expect(r.entities.map((e) => e.name)).not.toContain('Considering');
    expect(r.quotes[0]?.speaker?.name).toBe('they');
    expect(entityNames('We met Berg. "Berg is slow," said Ola.')).toContain('Berg');
  });

  it('does not make a compound of nationalities (`African-American`) a person', () => {
    const text = 'There was anger among African-American voters. "We are angry," he said.';
    expect(speakerOf(text).name).toBe('he');
    expect(extractQuotes(text).entities.find((e) => e.name === 'African-American')?.type).toBe('other');
  });

  it('strips a nationality before a lone surname, but not from a firm’s name', () => {
    const text = 'Lena Kowalczyk led early. American Kowalczyk won. "I am happy," she said.';
    expect(entityNames(text)).not.toContain('American Kowalczyk');
    expect(speakerOf(text).name).toBe('Lena Kowalczyk');
    expect(entityNames('British Gas and American Express spoke.')).toEqual(['British Gas', 'American Express']);
  });

  it('does not make an acronym-shaped word (`DDoS`) a person', () => {
    const s = speakerOf('The firm tracks DDoS attacks on banks. "We watch the gangs," he said.');
    expect(s.name).toBe('he');
  });
});

describe('whom a cue’s subject is', () => {
  it('reads `NAME who said` as that name', () => {
    const s = speakerOf('Her plan was backed by Culture Secretary Ann Tate who said: "Children need rules."');
    expect(s.name).toBe('Ann Tate');
  });

  it('reads past a time adjunct between a subject and its verb', () => {
    const s = speakerOf('Mr Tom Berg on Sunday dismissed the claims, saying: "I dealt with this in May."');
    expect(s.name).toBe('Tom Berg');
  });

  it('gives a participle after an inverted tag to the tag’s speaker', () => {
    const r = extractQuotes('"The film is his best," said Mr Ola Dahl, adding that it was also his longest.');
    expect(r.quotes.find((q) => q.kind !== 'direct')?.speaker?.name).toBe('Ola Dahl');
  });

  it('sends a pronoun to the name in apposition to a subject, not to the possessive that opens it', () => {
    const s = speakerOf(
      'Senator Tom Redd called the agencies wasteful. His party leader, Mark Howe, argued for change. ' +
        '"We need a new direction," he said.',
    );
    expect(s.name).toBe('Mark Howe');
  });
});
