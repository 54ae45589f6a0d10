import nlp from 'compromise';

/** Word classes read from compromise's lexicon, as bit flags. Read-only use: compromise itself is never changed. */
export const W = {
  verb: 1 << 0,
  prep: 1 << 1,
  conj: 1 << 2,
  det: 1 << 3,
  pron: 1 << 4,
  adv: 1 << 5,
  adj: 1 << 6,
  noun: 1 << 7,
  male: 1 << 8,
  female: 1 << 9,
  firstName: 1 << 10,
  lastName: 1 << 11,
  actor: 1 << 12,
  demonym: 1 << 13,
  country: 1 << 14,
  place: 1 << 15,
  org: 1 << 16,
  honorific: 1 << 17,
  date: 1 << 18,
  question: 1 << 19,
  plural: 1 << 20,
  number: 1 << 21,
  /** Base and present verb forms: often nouns too (`state`, `interview`), so weaker evidence than `verb`. */
  inf: 1 << 22,
} as const;

const TAG_FLAGS: Readonly<Record<string, number>> = {
  PastTense: W.verb, PresentTense: W.inf, Infinitive: W.inf, Gerund: W.verb, Participle: W.verb, Modal: W.verb,
  Copula: W.verb, Auxiliary: W.verb, Verb: W.verb, Negative: W.adv,
  Preposition: W.prep, Conjunction: W.conj, Determiner: W.det, Pronoun: W.pron, Possessive: W.pron, Reflexive: W.pron,
  Adverb: W.adv, Adjective: W.adj, Comparative: W.adj, Superlative: W.adj,
  Singular: W.noun, Plural: W.noun | W.plural, Noun: W.noun, Uncountable: W.noun,
  MaleName: W.male | W.firstName, FemaleName: W.female | W.firstName, FirstName: W.firstName, LastName: W.lastName,
  Actor: W.actor | W.noun, Demonym: W.demonym, Country: W.country | W.place, City: W.place, Region: W.place,
  Place: W.place, Organization: W.org, SportsTeam: W.org, Honorific: W.honorific,
  Month: W.date, WeekDay: W.date, Date: W.date, QuestionWord: W.question,
  Cardinal: W.number, Ordinal: W.number,
};

let table: Map<string, number> | undefined;

/** Single-word lexicon entries with their flags, built once on first use. */
export function wordClasses(): ReadonlyMap<string, number> {
  if (table) return table;
  const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  table = new Map();
  for (const word of Object.keys(lexicon)) {
    if (word.includes(' ')) continue;
    const tags = lexicon[word];
    let flags = 0;
    for (const tag of Array.isArray(tags) ? tags : [tags]) flags |= TAG_FLAGS[tag as string] ?? 0;
    if (flags) table.set(word, flags);
  }
  return table;
}

/** Multi-word names compromise knows as countries, places or organisations (`north korea`, `united nations`). */
let multi: Map<string, number> | undefined;

export function multiWordNames(): ReadonlyMap<string, number> {
  if (multi) return multi;
  const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const out = new Map<string, number>();
  for (const word of Object.keys(lexicon)) {
    if (!word.includes(' ')) continue;
    const tags = lexicon[word];
    let flags = 0;
    for (const tag of Array.isArray(tags) ? tags : [tags]) flags |= TAG_FLAGS[tag as string] ?? 0;
    if (flags & (W.country | W.place | W.org)) out.set(word, flags);
  }
  multi = out;
  return out;
}
