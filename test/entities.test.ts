import { describe, expect, it } from 'vitest';
import { extractQuotes, type KnowledgeBase } from '../src/index.js';

const article = [
  'Valdish President Ona Brant met Korvan leader Ilya Marek in the capital on Tuesday.',
  '"We have agreed on the border," Brant said.',
  '"This is only a first step," the Korvan leader said.',
  'Mrs Brant later left for the coast.',
].join('\n');

describe('entities', () => {
  const r = extractQuotes(article);
  const byName = (name: string) => r.entities.find((e) => e.name === name);

  it('clusters name variants under the fullest name', () => {
    const brant = byName('Ona Brant');
    expect(brant?.type).toBe('person');
    expect(brant?.mentions.map((m) => m.text)).toEqual(['Valdish President Ona Brant', 'Brant', 'Mrs Brant']);
    expect(brant?.titles).toContain('president');
    expect(brant?.gender).toBe('female');
  });

  it('joins a description speaker to the entity whose role and nationality fit', () => {
    const q = r.quotes[1]!;
    expect(q.speaker?.mention.text).toBe('the Korvan leader');
    expect(q.speaker?.name).toBe('Ilya Marek');
    expect(byName('Ilya Marek')?.mentions.map((m) => m.text)).toContain('the Korvan leader');
  });

  it('never merges two people who share only a first name', () => {
    const r2 = extractQuotes('Anna Berg met Anna Holm. "Fine," Anna Holm said. "Good," Anna Berg said.');
    expect(r2.quotes.map((q) => q.speaker?.name)).toEqual(['Anna Holm', 'Anna Berg']);
    expect(r2.entities.filter((e) => e.type === 'person').length).toBe(2);
  });

  it('every speaker entity id resolves', () => {
    for (const q of r.quotes) expect(r.entities.some((e) => e.id === q.speaker?.entity)).toBe(true);
  });
});

describe('linking stage', () => {
  const kb: KnowledgeBase = {
    name: 'test-kb',
    lookup: (name) =>
      name === 'Ona Brant'
        ? [{ id: 'Q1', label: 'Ona Brant', type: 'person', prior: 0.9 }]
        : name === 'Ilya Marek'
          ? [
              { id: 'Q2', label: 'Ilya Marek', type: 'person', prior: 0.6 },
              { id: 'Q3', label: 'Ilya Marek (painter)', type: 'person', prior: 0.5 },
            ]
          : [],
  };
  const r = extractQuotes(article, { knowledgeBase: kb });

  it('links an entity when one candidate is clearly ahead', () => {
    const link = r.entities.find((e) => e.name === 'Ona Brant')?.link;
    expect(link).toMatchObject({ id: 'Q1', label: 'Ona Brant', source: 'test-kb' });
    expect(link!.score).toBeGreaterThanOrEqual(0.5);
    expect(link!.score).toBeLessThanOrEqual(1);
  });
  it('chooses among namesakes by the titles and nationality in the text', () => {
    const namesakes: KnowledgeBase = {
      name: 'namesakes',
      lookup: (name) =>
        name === 'Ona Brant' || name === 'Brant'
          ? [
              { id: 'Q10', label: 'Ona Brant (painter)', type: 'person', prior: 0.6, countries: ['korva'] },
              {
                id: 'Q11',
                label: 'Ona Brant',
                type: 'person',
                prior: 0.5,
                roles: ['president of valdia'],
                countries: ['valdia'],
              },
            ]
          : [],
    };
    const text = 'Valdish President Ona Brant arrived.\n"We are ready," Brant said.';
    expect(
      extractQuotes(text, { knowledgeBase: namesakes }).entities.find((e) => e.name === 'Ona Brant')?.link?.id,
    ).toBe('Q11');
    expect(extractQuotes('Ona Brant arrived.', { knowledgeBase: namesakes }).entities[0]?.link).toBeUndefined();
  });
  it('leaves an entity unlinked when namesakes are close', () => {
    expect(r.entities.find((e) => e.name === 'Ilya Marek')?.link).toBeUndefined();
  });
  it('links nothing by default', () => {
    expect(extractQuotes(article).entities.every((e) => e.link === undefined)).toBe(true);
  });
  it('rejects a knowledge base without lookup', () => {
    expect(() => extractQuotes(article, { knowledgeBase: {} as KnowledgeBase })).toThrow(/knowledgeBase/);
  });
});

describe('entity attributes and the default knowledge base', () => {
  const text = [
    'Russian President Vladimir Putin met North Korean leader Kim Jong-un in Pyongyang.',
    '"We value this," Putin said. Kim Jong Un later spoke to the North Korean leader\'s aides.',
    'Nick Bos, of the University of Helsinki, was not there.',
  ].join('\n');
  const r = extractQuotes(text);
  const byName = (n: string) => r.entities.find((e) => e.name === n);

  it('clusters Kim Jong-un with Kim Jong Un and links both leaders', () => {
    const kim = r.entities.find((e) => e.mentions.some((m) => m.text.includes('Kim Jong-un')));
    expect(kim?.mentions.map((m) => m.text)).toContain('Kim Jong Un');
    expect(kim?.link?.id).toBe('Q56226');
    expect(byName('Vladimir Putin')?.link?.id).toBe('Q7747');
  });
  it('takes gender from the knowledge base over a first name that misleads', () => {
    const kim = r.entities.find((e) => e.link?.id === 'Q56226');
    expect(kim?.gender).toBe('male');
  });
  it('gives nationality from a demonym and affiliation from "of the …"', () => {
    expect(byName('Vladimir Putin')?.nationality).toBe('Russia');
    expect(byName('Nick Bos')?.affiliations).toEqual(['University of Helsinki']);
  });
  it('links places', () => {
    expect(byName('Pyongyang')?.link?.id).toBe('Q18808');
  });
  it('links nothing with knowledgeBase: false, and extra entries win', () => {
    expect(extractQuotes(text, { knowledgeBase: false }).entities.some((e) => e.link)).toBe(false);
    const extra = extractQuotes('Nick Bos studies ants.', {
      extraEntities: [{ id: 'Q999', label: 'Nick Bos', type: 'person' }],
    });
    expect(extra.entities.find((e) => e.name === 'Nick Bos')?.link?.id).toBe('Q999');
  });
});

describe('descriptions', () => {
  it("resolve a possessive description by role: the company's chief executive", () => {
    const r = extractQuotes(
      "Acme chief executive Jane Roe spoke on Monday. The company's chief executive said profits would rise.",
    );
    expect(r.quotes[0]?.speaker).toMatchObject({
      mention: { text: "The company's chief executive" },
      name: 'Jane Roe',
    });
  });
  it('resolve an age to the person just mentioned', () => {
    const r = extractQuotes('John Smith, a local farmer, was arrested. The 45-year-old was released on bail.');
    expect(r.entities.find((e) => e.name === 'John Smith')?.mentions.map((m) => m.text)).toEqual([
      'John Smith',
      'The 45-year-old',
    ]);
  });
});

describe('all-caps lines', () => {
  it('a byline names the person, not "BY"', () => {
    const r = extractQuotes('BY JOHN SMITH\nThe vote was close.');
    expect(r.entities.map((e) => [e.name, e.type])).toContainEqual(['JOHN SMITH', 'person']);
    expect(r.entities.some((e) => e.name.startsWith('BY'))).toBe(false);
  });
});
