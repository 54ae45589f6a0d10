import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { createKnowledgeBase } from '../src/kb/custom.js';
import { defaultKnowledgeBase } from '../src/kb/default.js';
import { processLine } from '../src/cli/jsonl.js';
import type { ExtractOptions } from '../src/types.js';

const kb = defaultKnowledgeBase();
const ids = (name: string, type: Parameters<typeof kb.lookup>[1] = 'unknown') => kb.lookup(name, type).map((c) => c.id);
/** `name=QID` for every linked entity. */
const links = (text: string, options: ExtractOptions = {}) =>
  extractQuotes(text, options)
    .entities.filter((e) => e.link)
    .map((e) => `${e.name}=${e.link!.id}`);

describe('knowledge base sources', () => {
  it('holds Natural Earth places with their region', () => {
    const [dallas] = kb.lookup('Dallas', 'place');
    expect(dallas?.id).toBe('Q16557');
    expect(dallas?.within).toContain('texas');
  });

  it('holds the US Congress and presidents with the years they served', () => {
    const [cantwell] = kb.lookup('Maria Cantwell', 'person');
    expect(cantwell?.id).toBe('Q22250');
    expect(cantwell?.roles).toContain('united states senator');
    expect(cantwell?.served?.[0]).toEqual({ from: 1993, to: 1995 });
    // executive.yaml gives Bill Clinton no id; ep-scrapers-2022 does (same birth date and surname)
    const [clinton] = kb.lookup('Bill Clinton', 'person');
    expect(clinton?.id).toBe('Q1124');
    expect(clinton?.served).toEqual([{ from: 1993, to: 2001 }]);
    // George H. W. Bush's id is in no source here: left out rather than added by hand
    expect(ids('George Bush', 'person')).toEqual(['Q207']);
  });

  it('holds public bodies and popular brands from the name-suggestion-index, not regional chains', () => {
    expect(ids('United States Navy', 'organization')).toEqual(['Q11220']);
    expect(ids('Sputnik', 'organization')).toEqual([]);
  });

  it('finds a person by surname when the surname is also a place', () => {
    expect(ids('Luján', 'person')).toContain('Q324256');
    expect(ids('Luján', 'place')).not.toContain('Q324256');
  });
});

describe('linking', () => {
  it('links a surname-only chain to the far best-known bearer', () => {
    expect(links('Obama said on Tuesday that the talks would go on. Obama added that he was hopeful.')).toContain(
      'Obama=Q76',
    );
  });

  it('does not link a surname-only chain to a famous bearer when another person of that name is named in full', () => {
    const found = links('Malia Obama said on Tuesday that the talks would go on. Obama added that she was hopeful.');
    expect(found.some((l) => l.endsWith('=Q76'))).toBe(false);
  });

  it('leaves a surname alone when two bearers are equally known', () => {
    expect(links('Bush said on Tuesday that the talks would go on.').some((l) => l.startsWith('Bush='))).toBe(false);
  });

  it('links Washington to the capital', () => {
    expect(links('Officials in Washington said the talks would resume.')).toContain('Washington=Q61');
  });
});

describe('places inside longer names', () => {
  /** Every entity as `name[mention texts]=QID`. */
  const entities = (text: string) =>
    extractQuotes(text).entities.map(
      (e) => `${e.name}[${e.mentions.map((m) => m.text).join('/')}]${e.link ? `=${e.link.id}` : ''}`,
    );

  it('finds a known place at the head of a longer name, or after its `of`', () => {
    const found = entities('A historian at the University of Helsinki said the Vietnam War changed the region.');
    expect(found).toContain('Helsinki[Helsinki]=Q1757');
    expect(found).toContain('Vietnam[Vietnam]=Q881');
    expect(found).toContain('Vietnam War[Vietnam War]');
  });

  it('finds no place in a place, nor in a person`s name', () => {
    const found = entities('Georgia Smith said the New York City council would vote.');
    expect(found.some((e) => e.startsWith('Georgia['))).toBe(false);
    expect(found).toContain('New York City[New York City]=Q60');
  });

  it('keeps a body as the speaker when a place ends its name', () => {
    const r = extractQuotes('"Fees will rise," the University of Helsinki said on Monday.');
    const speaker = r.entities.find((e) => e.id === r.quotes[0]?.speaker?.entity);
    expect(speaker?.name).toBe('University of Helsinki');
  });
});

describe('place or body', () => {
  const kb = createKnowledgeBase([
    { id: 'Q-u', label: 'Sylvania Union', type: 'place' },
    { id: 'Q-m', label: 'Ministry', type: 'place' },
  ]);
  const text = 'The Ministry and the Sylvania Union met on Monday, officials said.';

  it('links a full name guessed a body to the place the knowledge base knows, and takes its type', () => {
    const union = extractQuotes(text, { knowledgeBase: false }).entities.find((e) => e.name === 'Sylvania Union');
    expect(union?.type).toBe('organization'); // the guess from the name word, without a KB
    const linked = extractQuotes(text, { knowledgeBase: kb }).entities.find((e) => e.name === 'Sylvania Union');
    expect(linked?.link?.id).toBe('Q-u');
    expect(linked?.type).toBe('place');
  });

  it('never crosses on a single word', () => {
    const ministry = extractQuotes(text, { knowledgeBase: kb }).entities.find((e) => e.name === 'Ministry');
    expect(ministry?.type).toBe('organization');
    expect(ministry?.link).toBeUndefined();
  });
});

describe('namesakes', () => {
  it('chooses the namesake within the region named after a place', () => {
    expect(links('She grew up in Cambridge, Massachusetts, and later moved.')).toContain('Cambridge=Q49111');
    expect(links('She grew up in Cambridge, and later moved.').some((l) => l.startsWith('Cambridge='))).toBe(false);
  });

  it('does not link a woman to a man of her surname', () => {
    expect(links('Mr Biden said the talks would go on.')).toContain('Biden=Q6279');
    expect(links('Ms Biden said the talks would go on.').some((l) => l.endsWith('=Q6279'))).toBe(false);
  });
});

/**
 * Two made-up presidents of one surname, father and son, as the default KB would hold them if a source gave both
 * ids: the elder vice-president then president in 1981–1993, the younger president in 2001–2009.
 */
const presidents = createKnowledgeBase([
  {
    id: 'Q-elder',
    label: 'Hal Bush',
    aliases: ['Bush'],
    type: 'person',
    prior: 0.27,
    gender: 'male',
    roles: ['vice president of the united states', 'president of the united states'],
    served: [{ from: 1981, to: 1993 }],
    until: 1993,
  },
  {
    id: 'Q-younger',
    label: 'Walt Bush',
    aliases: ['Bush'],
    type: 'person',
    prior: 0.27,
    gender: 'male',
    roles: ['president of the united states'],
    served: [{ from: 2001, to: 2009 }],
    until: 2009,
  },
]);

describe('the article date', () => {
  const smiths = createKnowledgeBase([
    { id: 'Q-old', label: 'Adam Smith', aliases: ['Smith'], type: 'person', served: [{ from: 1989, to: 1993 }] },
    { id: 'Q-new', label: 'Alan Smith', aliases: ['Smith'], type: 'person', served: [{ from: 2001 }] },
  ]);
  const text = 'Mayor Smith said on Monday that the bridge would reopen.';

  it('links the office-holder of the time', () => {
    expect(links(text, { knowledgeBase: smiths, date: '1991-05-02' })).toContain('Smith=Q-old');
    expect(links(text, { knowledgeBase: smiths, date: '2012' })).toContain('Smith=Q-new');
    expect(links(text, { knowledgeBase: smiths, date: new Date(Date.UTC(2012, 0, 1)) })).toContain('Smith=Q-new');
    const bush = 'President Bush said the talks would go on.';
    expect(links(bush, { knowledgeBase: presidents, date: '1991-02-01' })).toContain('Bush=Q-elder');
    expect(links(bush, { knowledgeBase: presidents, date: '2005-02-01' })).toContain('Bush=Q-younger');
  });

  it('without a date, two namesakes equally likely stay unlinked, as before', () => {
    expect(links(text, { knowledgeBase: smiths })).toEqual([]);
  });

  it('refuses a date that is not one', () => {
    for (const date of ['2009-02-30', 'yesterday', '09/03/2009', '', new Date('nonsense'), 2009, null])
      expect(() => extractQuotes(text, { date } as unknown as ExtractOptions)).toThrow(TypeError);
    for (const date of ['2009', '2009-03', '2009-03-01', '2009-03-01T10:00:00Z', '2009-03-01T10:00:00+02:00'])
      expect(() => extractQuotes(text, { date })).not.toThrow();
  });

  it('reads a date field in the CLI JSONL input', () => {
    const seen: Array<ExtractOptions | undefined> = [];
    const extract = (t: string, o?: ExtractOptions) => {
      seen.push(o);
      return extractQuotes(t, o);
    };
    processLine(JSON.stringify({ id: 'a', text, date: '1991-05-02' }), 1, extract, {}, false);
    expect(seen[0]?.date).toBe('1991-05-02');
    processLine(JSON.stringify({ id: 'b', text }), 2, extract, {}, false);
    expect(seen[1]?.date).toBeUndefined();
    const bad = processLine(JSON.stringify({ id: 'c', text, date: 1991 }), 3, extract, {}, false);
    expect(bad?.error).toBe(true);
    const invalid = processLine(JSON.stringify({ id: 'd', text, date: '1991-13-01' }), 4, extract, {}, false);
    expect(invalid?.record['error']).toMatch(/options\.date/);
  });
});

describe('the form of a mention', () => {
  /** Every entity as `name/type[mention texts]=QID`. */
  const entities = (text: string, options: ExtractOptions = {}) =>
    extractQuotes(text, options).entities.map(
      (e) => `${e.name}/${e.type}[${e.mentions.map((m) => m.text).join('/')}]${e.link ? `=${e.link.id}` : ''}`,
    );

  it('takes a country whose name is its own demonym as a name when it stands alone', () => {
    const found = links('The delegates toured Taiwan and Kosovo last spring.');
    expect(found).toContain('Taiwan=Q865');
    expect(found).toContain('Kosovo=Q1246');
  });

  it('keeps such a country a nationality before a title', () => {
    const r = extractQuotes('Kosovo President Vera Dalmati opened the session.');
    expect(r.entities.map((e) => e.name)).toEqual(['Vera Dalmati']);
    expect(r.entities[0]?.nationality).toBe('Kosovo');
  });

  it('reads `Vice President` as one title, not a nationality and a presidency', () => {
    const r = extractQuotes('Vice President Tomas Adler opened the session.', { knowledgeBase: false });
    expect(r.entities[0]?.titles).toEqual(['vice president']);
    expect(r.entities[0]?.nationality).toBeNull();
    expect(links('Vice President Bush opened the session.', { knowledgeBase: presidents })).toContain('Bush=Q-elder');
    // a president named Bush may be either one
    const either = links('President Bush opened the session.', { knowledgeBase: presidents });
    expect(either.some((l) => l.startsWith('Bush='))).toBe(false);
  });

  it('takes a name after a person`s title as a person, though a lexicon knows it as a company', () => {
    const fords = createKnowledgeBase([
      {
        id: 'Q-ford',
        label: 'Gil Ford',
        aliases: ['Ford'],
        type: 'person',
        roles: ['vice president of the united states'],
      },
    ]);
    expect(entities('Vice President Ford opened the session.', { knowledgeBase: fords })).toContain(
      'Ford/person[Vice President Ford]=Q-ford',
    );
    expect(entities('Ford said on Monday that its sales fell.').some((e) => e.startsWith('Ford/organization'))).toBe(
      true,
    );
  });

  it('takes `Place, Region` as one mention of the place when the region holds it', () => {
    const found = entities('She teaches in Cambridge, Massachusetts, and in Trento, Italy.');
    expect(found).toContain('Cambridge/place[Cambridge, Massachusetts]=Q49111');
    expect(found).toContain('Massachusetts/place[Massachusetts]=Q771');
    expect(found).toContain('Trento/place[Trento, Italy]=Q3376');
  });

  it('leaves a list of places as it is', () => {
    const found = entities('Flights from Hong Kong, Japan, and Singapore were checked.');
    expect(found).toContain('Hong Kong/place[Hong Kong]=Q8646');
    expect(found).toContain('Japan/place[Japan]=Q17');
    expect(found).toContain('Singapore/place[Singapore]=Q334');
  });
});

describe('the best-known bearer of a surname', () => {
  const vargas = createKnowledgeBase([
    { id: 'Q-gov', label: 'Anna Varga', aliases: ['Varga'], type: 'person', prior: 0.4, roles: ['governor of x'] },
    { id: 'Q-min', label: 'Peter Varga', aliases: ['Varga'], type: 'person', prior: 0.1, roles: ['minister of y'] },
  ]);

  it('is taken when the titles fit her offices, or when there are none', () => {
    expect(links('Varga said on Monday that the bridge would reopen.', { knowledgeBase: vargas })).toEqual([
      'Varga=Q-gov',
    ]);
    expect(links('Governor Varga said the bridge would reopen.', { knowledgeBase: vargas })).toEqual(['Varga=Q-gov']);
  });

  it('is not taken when the text gives a title her offices contradict', () => {
    expect(links('Senator Varga said the bridge would reopen.', { knowledgeBase: vargas })).toEqual([]);
  });
});

describe('a well-known body at the head of a longer name', () => {
  const bodies = createKnowledgeBase([
    { id: 'Q-herald', label: 'Valdmark Herald', type: 'organization', prior: 0.8 },
    { id: 'Q-brisk', label: 'Brisk', type: 'organization', prior: 0.3 },
    { id: 'Q-press', label: 'Valdmark Herald Press', type: 'organization', prior: 0.8 },
  ]);
  /** `name[mention texts]=QID` of every linked entity. */
  const linked = (text: string) =>
    extractQuotes(text, { knowledgeBase: bodies })
      .entities.filter((e) => e.link)
      .map((e) => `${e.name}[${e.mentions.map((m) => m.text).join('/')}]=${e.link!.id}`);

  it('is a mention of that body, and the longer name keeps its own entity', () => {
    const r = extractQuotes('Readers of the Valdmark Herald Weekend Edition wrote in.', { knowledgeBase: bodies });
    expect(linked('Readers of the Valdmark Herald Weekend Edition wrote in.')).toEqual([
      'Valdmark Herald[Valdmark Herald]=Q-herald',
    ]);
    expect(r.entities.map((e) => e.name)).toContain('Valdmark Herald Weekend Edition');
  });

  it('is not taken from a name the knowledge base knows, nor for a little-known body', () => {
    expect(linked('Readers of the Valdmark Herald Press wrote in.')).toEqual([
      'Valdmark Herald Press[Valdmark Herald Press]=Q-press',
    ]);
    expect(linked('Readers of Brisk Analytics wrote in.')).toEqual([]);
  });
});

describe('the article around an entity', () => {
  /** Every entity as `name/type[mention texts]=QID`. */
  const entities = (text: string) =>
    extractQuotes(text).entities.map(
      (e) => `${e.name}/${e.type}[${e.mentions.map((m) => m.text).join('/')}]${e.link ? `=${e.link.id}` : ''}`,
    );

  it('reads `St.` before a name as a place word, not a title', () => {
    expect(entities('The band toured St. Louis and Mt. Hood last summer.')).toContain(
      'St. Louis/place[St. Louis]=Q38022',
    );
  });

  it('keeps a country the lexicon knows whole, though its first word is a nationality', () => {
    expect(entities('Saudi Arabia sent an envoy to the talks.')).toContain('Saudi Arabia/place[Saudi Arabia]=Q851');
  });

  it('takes a party before a title as an affiliation, and a candidacy as no office', () => {
    const r = extractQuotes('Republican Party nominee Ken Cuccinelli spoke to voters on Monday.');
    const ken = r.entities.find((e) => e.name === 'Ken Cuccinelli');
    expect(ken?.link?.id).toBe('Q1738589');
    expect(ken?.nationality).not.toBe('Part');
  });

  it('takes a body named by the words before its `of` as that body, either way round', () => {
    for (const text of [
      'The House of Representatives met on Tuesday. The House passed the bill.',
      'The House met on Tuesday. The House of Representatives passed the bill.',
    ]) {
      const [house, ...others] = extractQuotes(text).entities;
      expect(others).toEqual([]);
      expect(house?.mentions.map((m) => m.text).sort()).toEqual(['House', 'House of Representatives']);
      expect(house?.link?.id).toBe('Q11701');
    }
  });

  it('does not join two bodies of one head through a short name', () => {
    const found = entities(
      'The Department of Lore said so. The Department of Fables disagreed. The Department said no.',
    );
    expect(found.filter((e) => e.startsWith('Department of')).length).toBe(2);
    expect(found.some((e) => e.includes('Department of Lore/Department of Fables'))).toBe(false);
  });

  it('finds a body named without its country by the country of the article`s places', () => {
    const found = entities('Fans came from Ohio, Texas and Arizona. The Army beat the Navy in Maryland.');
    expect(found).toContain('Army/organization[Army]=Q9212');
    expect(found).toContain('Navy/organization[Navy]=Q11220');
    // with no home country, the same names stay unlinked
    expect(links('The Army beat the Navy on Saturday.')).toEqual([]);
  });

  it('finds a body by the parent body the article names', () => {
    const found = links('The United Nations met in New York. The General Assembly voted on Friday.');
    expect(found.filter((l) => l.endsWith('=Q47423'))).toHaveLength(1);
    expect(links('The General Assembly voted on Friday.')).toEqual([]);
  });

  it('takes a country`s name among places of another country as the place there', () => {
    expect(links('Senators from Arizona, Ohio and Georgia met in Texas. Georgia has a new senator.')).toContain(
      'Georgia=Q1428',
    );
    expect(links('She flew to Tbilisi, the capital of Georgia. Georgia borders Turkey.')).toContain('Georgia=Q230');
    // no country of that name competing: London beside US states is still the city in England
    expect(links('Officials in Ohio, Texas and Arizona met on Monday. The mayor flew to London.')).toContain(
      'London=Q84',
    );
  });
});

describe('names the linker used to miss', () => {
  /** Every entity as `name/type[mention texts]=QID`. */
  const entities = (text: string, options: ExtractOptions = {}) =>
    extractQuotes(text, options).entities.map(
      (e) => `${e.name}/${e.type}[${e.mentions.map((m) => m.text).join('/')}]${e.link ? `=${e.link.id}` : ''}`,
    );

  it('takes a country`s short form in capitals as the country when no title follows', () => {
    // the name is spelled out from the knowledge base's label, as for an acronym
    expect(entities('The firm ranks tenth in the US this year.')).toEqual(['United States/place[US]=Q30']);
    expect(entities('The U.S. has become a large market for the firm.')).toEqual(['U.S./place[U.S.]=Q30']);
    expect(entities('Trade with the UK rose last year.')).toEqual(['United Kingdom/place[UK]=Q145']);
  });

  it('keeps the short form a nationality before a title', () => {
    const r = extractQuotes('US Senator Ada Brill opened the session.');
    expect(r.entities.map((e) => `${e.name}/${e.type}`)).toEqual(['Ada Brill/person']);
  });

  it('reads a common noun`s possessive inside a name as part of it, also in tokenised text', () => {
    expect(links("Delegates of the People's Republic of China arrived on Monday.")).toEqual([
      "People's Republic of China=Q148",
    ]);
    expect(links('Talks with the Democratic People ’s Republic of Korea resumed .')).toEqual([
      'Democratic People ’s Republic of Korea=Q423',
    ]);
  });

  it('keeps a name`s possessive before a name word apart from it', () => {
    const found = entities("Russia's Republic Day was quiet.");
    expect(found).toContain('Russia/place[Russia]=Q159');
    expect(found.some((e) => e.startsWith('Russia') && e.includes('Day'))).toBe(false);
  });

  it('joins places named two ways that the knowledge base links to one id', () => {
    expect(entities('America is a large market, and our sales in the United States rose.')).toEqual([
      'America/place[America/United States]=Q30',
    ]);
  });

  it('never joins two people on a link alone', () => {
    const found = extractQuotes('Obama said on Tuesday that talks would go on. Barack Obama added more.').entities;
    expect(found.filter((e) => e.type === 'person').length).toBeGreaterThanOrEqual(1);
    const kb2 = createKnowledgeBase([
      { id: 'Q-x', label: 'Ada Brill', aliases: ['Ada Brill', 'Brill Ada'], type: 'person' },
    ]);
    const two = extractQuotes('Ada Brill spoke first. Later, Brill Ada spoke too.', { knowledgeBase: kb2 }).entities;
    expect(two.filter((e) => e.link?.id === 'Q-x')).toHaveLength(2);
  });
  it('takes a lower-case `first` as an ordinal, not a title', () => {
    expect(entities('It was the first US mission to the comet.')).toEqual(['United States/place[US]=Q30']);
    expect(entities('First Lady Ana Ruiz opened the fair.')).toEqual(['Ana Ruiz/person[First Lady Ana Ruiz]']);
  });

  it('takes the place after `Governor of` as the mention, without the office', () => {
    expect(entities('He ran for Governor of Virginia last year.')).toEqual(['Virginia/place[Virginia]=Q1370']);
    expect(entities('She ran in the State of Virginia last year.')).toEqual([
      'Virginia/place[State of Virginia]=Q1370',
    ]);
  });

  it('finds a known place before a person`s title, and no place in a nationality', () => {
    const found = entities('Comments by former Pennsylvania Senator Tom Hale drew fire.');
    expect(found).toContain('Pennsylvania/place[Pennsylvania]=Q1400');
    expect(found.some((e) => e.startsWith('Tom Hale/person[former Pennsylvania Senator Tom Hale]'))).toBe(true);
    expect(entities('Russian President Tom Hale spoke.').some((e) => e.includes('/place'))).toBe(false);
  });

  it('gives a plural title to every name of the list after it, in capitals or not', () => {
    const found = extractQuotes('In Washington, Senators KELLY , HICKENLOOPER , and Luján joined the class.').entities;
    const people = found.filter((e) => e.type === 'person');
    expect(people.map((e) => `${e.name}=${e.link?.id}`)).toEqual([
      'KELLY=Q357510',
      'HICKENLOOPER=Q430518',
      'Luján=Q324256',
    ]);
    expect(people.every((e) => e.titles.includes('senator'))).toBe(true);
    // no list: the name after `and` has a title of its own, and a plural title alone is no person
    const two = extractQuotes('Senators Ada Brill and Governor Tom Hale met.').entities;
    expect(two.find((e) => e.name === 'Tom Hale')?.titles).toEqual(['governor']);
    expect(extractQuotes('The Senators voted.').entities.some((e) => e.type === 'person')).toBe(false);
  });
  it('reads a name before a lower-case noun as qualifying it, not as a body for its article', () => {
    expect(entities('The Fukushima nuclear disaster changed the debate.')).toEqual([
      'Fukushima/place[Fukushima]=Q161176',
    ]);
    expect(entities('The Conservatives said no.')).toEqual(['Conservatives/organization[Conservatives]']);
  });

  it('finds the leaders a body is named after', () => {
    const found = entities('The Democratic Congress , together with the Biden - Harris Administration , acted .');
    expect(found).toContain('Biden/person[Biden]=Q6279');
    expect(found).toContain('Harris/person[Harris]=Q10853588');
    expect(found).toContain('Harris Administration/organization[Harris Administration]');
    // a leader named in full takes the mention; a body named after common words names no one
    expect(entities('Kamala Harris spoke. The Harris Administration acted.')).toContain(
      'Kamala Harris/person[Kamala Harris/Harris]=Q10853588',
    );
    const agency = entities('The Small Business Administration and the Drug Administration agreed.');
    expect(agency.some((e) => e.includes('/person'))).toBe(false);
  });
});
