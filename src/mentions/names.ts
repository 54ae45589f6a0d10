import type { EntityType } from '../types.js';
import { is, kind, norm, text, type Doc } from '../doc/doc.js';
import { F, W } from '../doc/flags.js';
import { isUpper } from '../text/chars.js';
import { multiWordNames } from '../adapters/lexicon.js';
import { CAPS_FUNCTION_WORDS, LOCATIVE_PREPOSITIONS } from '../words/function-words.js';
import {
  APOSTROPHE_PREFIXES,
  CAPITALISED_TITLES,
  COMPASS,
  DEMONYM_EXCEPTIONS,
  GENDERED_TITLES,
  NAME_PARTICLES,
  OF_NAME_HEADS,
  ORG_NAME_WORDS,
  ORG_NOUNS,
  ORIGIN_WORDS,
  PERSON_TITLES,
  HOLIDAYS,
  PLACE_NAME_WORDS,
  POST_NOMINALS,
  PREMODIFIERS,
  ROLE_NOUNS,
} from '../words/people.js';
import { countryOf, nationOf } from './nation.js';
import { demonymCountry } from '../kb/default.js';

/**
 * A proper-name mention: `North Korean leader Kim Jong Un` (first..last) whose name proper is `Kim Jong Un`
 * (nameFirst..last).
 */
export interface NameMention {
  readonly first: number;
  readonly nameFirst: number;
  readonly last: number;
  /** The name proper's last token: before letters that follow it (`Tom Hale QC` → `Hale`); else `last`. */
  readonly nameLast: number;
  readonly type: EntityType | 'unknown';
  /** Role keys from the titles before the name (`president`, `leader`). */
  readonly roles: readonly string[];
  /** Country key from a demonym or possessive before the name, for matching (`russ`). */
  readonly nation: string | null;
  /** The same country in words (`russia`), where the knowledge base knows the demonym. */
  readonly country: string | null;
  /** Gender from a title or honorific (`Mrs`, `spokeswoman`). */
  readonly gender: 'male' | 'female' | null;
  /** Gender the first name usually has (`Anna`): weaker, and wrong for `Kim Jong Un`. */
  readonly nameGender: 'male' | 'female' | null;
  /** The name's words, lower case, without titles. */
  readonly words: readonly string[];
}

const FUNCTION = W.det | W.prep | W.pron | W.conj | W.question | W.adv;

/** Is token i a capitalised word that can be part of a name? */
export function isProper(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word' || !is(doc, i, F.cap)) return false;
  if (is(doc, i, W.date)) return false;
  const named = is(doc, i, W.firstName | W.lastName | W.place | W.org | W.honorific);
  if (named) return true;
  // US, UK; not BY, THE
  if (is(doc, i, FUNCTION)) return is(doc, i, F.allCaps) && t.text.length <= 3 && !CAPS_FUNCTION_WORDS.has(t.norm);
  if (is(doc, i, F.allCaps) && is(doc, i, W.verb)) return false; // SAID, WOULD in an all-caps line
  if (t.norm === 'i' || t.norm === "'s" || HOLIDAYS.has(t.norm)) return false;
  if (!opensSentence(doc, i) || is(doc, i, F.capElsewhere)) return true;
  return !is(doc, i, W.verb | W.inf | W.adj | W.noun | W.number) && !pluralSubject(doc, i);
}

/**
 * A word capitalised only because it opens a sentence or a quotation (`"Considering the fee, …," they added`): it is a
 * name only when its word class does not say otherwise.
 */
function opensSentence(doc: Doc, i: number): boolean {
  return is(doc, i, F.sentenceStart) || (kind(doc, i - 1) === 'quote' && doc.inQuote[i] === 1);
}

/**
 * `Keepers say the animals are healthy`: a sentence-opening word in `-s` before a plural verb (`say`, not `says`) is a
 * plural noun the lexicon lacks, not a name; `Jones says` keeps its name.
 */
function pluralSubject(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!.norm;
  const next = doc.tokens[i + 1];
  if (!next || !t.endsWith('s') || t.endsWith('ss') || next.kind !== 'word') return false;
  return is(doc, i + 1, W.inf) && !next.norm.endsWith('s');
}

function isTitle(doc: Doc, i: number): boolean {
  const n = norm(doc, i);
  return (
    PERSON_TITLES.has(n) ||
    is(doc, i, W.honorific | W.demonym) ||
    isQualifier(doc, i) ||
    (COMPASS.has(n) && is(doc, i + 1, W.demonym))
  );
}

/**
 * A capitalised word right before a title or role (`Valdish President`, `Korvan leader`): a nationality or affiliation.
 */
export function isQualifier(doc: Doc, k: number): boolean {
  const next = norm(doc, k + 1);
  const role = PERSON_TITLES.get(next);
  return is(doc, k, F.cap) && !is(doc, k, W.firstName) && ((role !== undefined && role !== '') || ROLE_NOUNS.has(next));
}

/**
 * The caller's named entities (`options.entities`, spans checked: sorted, disjoint, in range) over saidby's names:
 * each span becomes one name mention of the type given, and any mention of saidby's that overlaps it gives way. A
 * spaCy user's `Lotte Brem` (PERSON) is then one person even where saidby would have read `Brem Said` otherwise.
 */
export function withCallerEntities(
  doc: Doc,
  names: readonly NameMention[],
  spans: readonly { readonly start: number; readonly end: number; readonly type: EntityType }[],
): NameMention[] {
  const { tokens } = doc;
  const theirs: NameMention[] = [];
  let k = 0;
  for (const span of spans) {
    while (k < tokens.length && tokens[k]!.end <= span.start) k++;
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < span.end) last++;
    if (k >= tokens.length || tokens[k]!.start >= span.end) continue; // only spaces: no token to name
    const m = makeMention(doc, k, last);
    if (m) theirs.push({ ...m, type: span.type });
  }
  // tokens of the caller's spans, marked once: the test for each of saidby's mentions is then linear in its length
  const taken = new Uint8Array(tokens.length);
  for (const t of theirs) taken.fill(1, t.first, t.last + 1);
  const free = (m: NameMention): boolean => !taken.subarray(m.first, m.last + 1).includes(1);
  return [...names.filter(free), ...theirs].sort((a, b) => a.first - b.first);
}

/** Finds every name mention, left to right, in one pass. */
export function findNames(doc: Doc): NameMention[] {
  const out: NameMention[] = [];
  const n = doc.tokens.length;
  let i = 0;
  while (i < n) {
    if (!isProper(doc, i)) {
      i++;
      continue;
    }
    const end = runEnd(doc, i);
    const m = makeMention(doc, i, end - 1);
    if (m) out.push(m);
    i = end;
  }
  return pluralTitles(doc, out);
}

/**
 * `Senators KELLY, HICKENLOOPER, and Luján`: a plural title before a list of names is each one's title. The title
 * leaves the first name's mention, and every name of the list is a person with that role.
 */
function pluralTitles(doc: Doc, names: NameMention[]): NameMention[] {
  for (let i = 0; i < names.length; i++) {
    const m = names[i]!;
    const role = pluralRole(norm(doc, m.first));
    if (!role || m.nameFirst !== m.first || m.last === m.first || !is(doc, m.first, F.cap)) continue;
    const nameFirst = m.first + 1;
    names[i] = { ...m, nameFirst, type: 'person', roles: [role], words: nameWords(doc, nameFirst, m.nameLast) };
    for (let j = i + 1; j < names.length && inList(doc, names[j - 1]!.last, names[j]!); j++)
      names[j] = { ...names[j]!, type: 'person', roles: [role] };
  }
  return names;
}

/** The role of a plural title (`senators` → `senator`), or ''. */
function pluralRole(word: string): string {
  return word.length > 3 && word.endsWith('s') ? (PERSON_TITLES.get(word.slice(0, -1)) ?? '') : '';
}

/** Does name n follow the name ending at `last` in a list (`, `, ` and `, `, and `), with no title of its own? */
function inList(doc: Doc, last: number, n: NameMention): boolean {
  if (n.nameFirst !== n.first) return false;
  const gap = n.first - last - 1;
  const and = norm(doc, n.first - 1) === 'and';
  if (gap === 1) return and || text(doc, last + 1) === ',';
  return gap === 2 && and && text(doc, last + 1) === ',';
}

/** One past the last token of the capitalised run starting at i, with particles, initials' dots and `of`. */
function runEnd(doc: Doc, i: number): number {
  const { tokens } = doc;
  let j = i + 1;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const prev = tokens[j - 1]!;
    if (doc.sentenceOf[j] !== doc.sentenceOf[i] || t.lineBefore) break;
    if (isProper(doc, j) && !is(doc, j, F.sentenceStart)) {
      j++;
      continue;
    }
    if (isMiddleInitial(doc, j)) {
      j += 2;
      continue;
    }
    const joinsNext = isProper(doc, j + 1) && tokens[j + 1]!.start - t.end <= 1;
    // `J. Smith`, `Mr. Smith`: the dot of an initial or an honorific
    // `St. Louis`: the dot of a place word's short form
    const short = prev.text.length === 1 || is(doc, j - 1, W.honorific) || abbreviatedPlaceWord(prev.norm);
    const initialDot = t.text === '.' && t.start === prev.end && short;
    if (initialDot && joinsNext) {
      j++;
      continue;
    }
    if (joinsNext && NAME_PARTICLES.has(t.text)) {
      j++;
      continue;
    }
    // `Rory O' Neill`: an apostrophe after a one-letter prefix, with a stray space before the surname
    if (joinsNext && isApostrophe(t.text) && APOSTROPHE_PREFIXES.has(prev.norm) && t.start === prev.end) {
      j++;
      continue;
    }
    const possessive = possessiveLength(doc, j);
    if (possessive > 0 && possessiveInName(doc, j, possessive)) {
      j += possessive;
      continue;
    }
    const nameWord =
      ORG_NAME_WORDS.has(prev.norm) ||
      PLACE_NAME_WORDS.has(prev.norm) ||
      PERSON_TITLES.has(prev.norm) ||
      OF_NAME_HEADS.has(prev.norm);
    if (joinsNext && (t.norm === 'of' || t.norm === '&') && nameWord) {
      j++;
      continue;
    }
    if (t.norm === 'of' && nameWord && tokens[j + 1]?.norm === 'the' && isProper(doc, j + 2)) {
      j += 2;
      continue;
    } // Democratic Republic of the Congo
    break;
  }
  return j;
}

/**
 * `People's Republic of China`, `Democratic People's Republic of Korea`: a common noun's possessive inside a name,
 * before a place or body word. Not a name's possessive: `Russia's Republic Day`, `Ann's Party` are two things.
 */
function possessiveInName(doc: Doc, s: number, length: number): boolean {
  const owner = s - 1;
  const named = W.place | W.country | W.firstName | W.lastName | W.org | W.demonym;
  if (!is(doc, owner, W.noun) || is(doc, owner, named) || !isProper(doc, s + length)) return false;
  const next = norm(doc, s + length);
  return PLACE_NAME_WORDS.has(next) || ORG_NAME_WORDS.has(next);
}

/** Tokens of a possessive `'s` at k: one (`People's`), two in tokenised text (`People 's`: `'` then `s`), or none. */
function possessiveLength(doc: Doc, k: number): number {
  const t = doc.tokens[k];
  if (!t) return 0;
  if (t.norm === "'s") return 1;
  const s = doc.tokens[k + 1];
  return isApostrophe(t.text) && s?.norm === 's' && s.start === t.end ? 2 : 0;
}

/**
 * `Julie A. Diaz`, `Laurence H. Tribe`: a capital letter and its dot between two names is a middle initial, even the
 * letters that are words of their own (`A`, `I`), when a first name comes before it: `voted for Plan A. Ruiz left.`
 * keeps `A.` out, as `Plan` is no first name.
 */
function isMiddleInitial(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const t = tokens[j]!;
  const dot = tokens[j + 1];
  const next = tokens[j + 2];
  if (t.kind !== 'word' || t.text.length !== 1 || !isUpper(t.text, 0)) return false;
  if (!dot || dot.text !== '.' || dot.start !== t.end || !next || next.start - dot.end !== 1) return false;
  return is(doc, j - 1, W.firstName) && isProper(doc, j + 2) && doc.sentenceOf[j + 2] === doc.sentenceOf[j];
}

function makeMention(doc: Doc, first: number, last: number): NameMention | null {
  let nameFirst = first;
  const honorific = is(doc, first, W.honorific);
  while (nameFirst <= last && (isTitle(doc, nameFirst) || text(doc, nameFirst) === '.')) nameFirst++;
  // Mr. King: after an honorific the last word is a name
  if (nameFirst > last && honorific && last > first) nameFirst = last;
  // `around Taiwan`, `the first US mission`: a country whose name is its own demonym is a name when nothing follows
  const countryName = is(doc, last, W.country) || abbreviatedCountry(doc, last);
  const countryAlone = countryName && !PERSON_TITLES.has(norm(doc, last)) && !isQualifier(doc, last);
  if (nameFirst > last && countryAlone) nameFirst = last;
  // the European Union: no title here; `Saudi Arabia`, a name the lexicon knows whole, is no nationality and a name
  if (nameFirst <= last && (!strippedTitle(doc, first, nameFirst) || knownWhole(doc, first, last))) nameFirst = first;
  let ofPlace = false;
  while (nameFirst < last && (norm(doc, nameFirst) === 'of' || norm(doc, nameFirst) === 'the')) {
    nameFirst++;
    ofPlace = true;
  } // Governor of Virginia
  while (last >= nameFirst && text(doc, last) === '.') last--;
  if (nameFirst > last || (nameFirst === last && text(doc, last).length < 2)) return null;
  // `Governor of Virginia`: the office is thrown away with its roles, so the mention is the place's name alone
  // (`the State of Pennsylvania`, with no office, stays whole)
  let start = ofPlace && officeBefore(doc, first, nameFirst) ? nameFirst : first;
  while (start > 0 && isPremodifier(doc, start - 1)) start--;
  // `chairman and chief executive Bill Ford`: two offices of one person, both in lower case
  // (not `the minister and Mayor Ana Ruiz`, two people)
  while (start < nameFirst && start >= 2 && norm(doc, start - 1) === 'and' && lowerTitles(doc, start)) {
    start -= 2;
    while (start > 0 && isPremodifier(doc, start - 1)) start--;
  }
  let possessor: number | null = null;
  if (start < nameFirst && start >= 2 && norm(doc, start - 1) === "'s" && isProper(doc, start - 2)) {
    possessor = start - 2;
    start -= 2;
    while (start > 0 && start > possessor - 3 && isProper(doc, start - 1)) start--;
  }
  // `Tom Hale QC`: honours after the name are not part of it
  let nameLast = last;
  while (nameLast > nameFirst && POST_NOMINALS.has(norm(doc, nameLast)) && is(doc, nameLast, F.allCaps)) nameLast--;
  const words = nameWords(doc, nameFirst, nameLast);
  const roles: string[] = [];
  let nation: string | null = null;
  let country: string | null = null;
  let gender: 'male' | 'female' | null = null;
  if (possessor !== null) {
    nation = nationOf(doc, possessor);
    country = countryOf(doc, possessor);
  }
  for (let k = start; k < nameFirst; k++) {
    const word = norm(doc, k);
    if (word === 'president' && norm(doc, k - 1) === 'vice') continue; // `Vice President`: one title, already taken
    const role = PERSON_TITLES.get(word) ?? (ROLE_NOUNS.has(word) ? word : '');
    if (role) roles.push(role);
    if (!PERSON_TITLES.has(word)) roles.push(...(ROLE_NOUNS.get(word) ?? [])); // executive → chief executive
    gender ??= GENDERED_TITLES.get(word) ?? null;
    // `Vice President`: a title before a title is not a nationality
    // `Republican Party nominee`: a body before a title is an affiliation, not a nationality
    const qualifier = isQualifier(doc, k) && !PERSON_TITLES.has(word) && !ORG_NAME_WORDS.has(word);
    if (is(doc, k, W.demonym | W.country) || qualifier) {
      nation ??= nationOf(doc, k);
      country ??= countryOf(doc, k);
    }
  }
  if (ofPlace) {
    roles.length = 0;
    gender = null;
  }
  const personTitle = !ofPlace && nameFirst > first && strippedTitle(doc, first, nameFirst);
  const hasTitle = personTitle ? 'person' : !ofPlace && (nameFirst > first || start < first) ? 'other' : null;
  const nameGender = ofPlace ? null : genderOfName(doc, nameFirst, last);
  return {
    first: start,
    nameFirst,
    last,
    nameLast,
    type: typeOf(
      doc,
      { first: nameFirst, last: nameLast, hasTitle, titled: roles.length > 0 || gender !== null },
      words,
    ),
    roles,
    nation,
    country,
    gender,
    nameGender,
    words,
  };
}

/**
 * `the US`, `The U.S. has`, `the UK`: a country's short form in capitals, which is also its demonym, names the country
 * when no title follows. Not in a line all in capitals (`LET US GO`), where `US` may be the pronoun.
 */
function abbreviatedCountry(doc: Doc, k: number): boolean {
  if (!is(doc, k, W.demonym) || !is(doc, k, F.allCaps)) return false;
  return !is(doc, k - 1, F.allCaps) && !is(doc, k + 1, F.allCaps);
}

/** Does an office (`Governor`, not `State`) come between first and nameFirst? */
function officeBefore(doc: Doc, first: number, nameFirst: number): boolean {
  for (let k = first; k < nameFirst; k++) {
    const n = norm(doc, k);
    if ((PERSON_TITLES.get(n) ?? '') !== '' || ROLE_NOUNS.has(n)) return true;
  }
  return false;
}

/** `St`, `Mt`: a place word's short form, written with a dot (`St. Louis`). */
const abbreviatedPlaceWord = (w: string): boolean => w.length === 2 && PLACE_NAME_WORDS.has(w);

/** Does the lexicon know the whole span as a place or a body (`Saudi Arabia`, `New York Times`)? */
function knownWhole(doc: Doc, first: number, last: number): boolean {
  return (
    first < last &&
    ((multiWordNames().get(nameWords(doc, first, last).join(' ')) ?? 0) & (W.place | W.country | W.org)) !== 0
  );
}

/** The name's words, lower case: `Kim Jong-un` = `Kim Jong Un`; `O' Neill` = `O'Neill`. */
function nameWords(doc: Doc, first: number, last: number): string[] {
  const words: string[] = [];
  for (let k = first; k <= last; k++) {
    const t = text(doc, k);
    if (t === '.') continue;
    if (isApostrophe(t) && words.length > 0) words[words.length - 1] += "'" + norm(doc, ++k);
    else words.push(...norm(doc, k).split('-'));
  }
  return words;
}

const isApostrophe = (s: string): boolean => s === "'" || s === '\u2019';

/** Offices in lower case on both sides of the `and` before `start`: `chairman and chief executive`. */
function lowerTitles(doc: Doc, start: number): boolean {
  const office = (k: number): boolean => {
    const n = norm(doc, k);
    return kind(doc, k) === 'word' && !is(doc, k, F.cap) && (ROLE_NOUNS.has(n) || (PERSON_TITLES.get(n) ?? '') !== '');
  };
  return office(start - 2) && office(start);
}

/**
 * Were the words before the name a title (`Russian President`, `Mr`), or do they only look like one? A demonym or
 * qualifier alone is stripped only before a first name (`Russian Vladimir Putin`), not from `European Union`.
 */
function strippedTitle(doc: Doc, first: number, nameFirst: number): boolean {
  if (nameFirst === first) return true;
  for (let k = first; k < nameFirst; k++) if (PERSON_TITLES.has(norm(doc, k)) || is(doc, k, W.honorific)) return true;
  return is(doc, nameFirst, W.firstName) || loneSurname(doc, nameFirst);
}

/**
 * `American Kowalczyk won`: one capitalised word the lexicon does not know after a nationality is a surname, so the
 * nationality is stripped; `British Gas`, `American Express` and `Irish Times` are words it knows, and stay whole.
 */
function loneSurname(doc: Doc, k: number): boolean {
  const t = doc.tokens[k + 1];
  const alone = !t || t.kind !== 'word' || !is(doc, k + 1, F.cap);
  const onlyName = (doc.flags[k]! & ~(F.cap | F.capElsewhere | W.lastName)) === 0;
  return alone && onlyName && !ORG_NAME_WORDS.has(norm(doc, k));
}

function isPremodifier(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (t.kind !== 'word' || doc.sentenceOf[k] !== doc.sentenceOf[k + 1]) return false;
  if (CAPITALISED_TITLES.has(t.norm) && !is(doc, k, F.cap)) return false;
  return (
    ROLE_NOUNS.has(t.norm) ||
    PERSON_TITLES.has(t.norm) ||
    PREMODIFIERS.has(t.norm) ||
    is(doc, k, W.demonym) ||
    isQualifier(doc, k) ||
    (COMPASS.has(t.norm) && is(doc, k + 1, W.demonym))
  );
}

/** `RIA Novosti news agency`, `the Clinton campaign`: an organisation noun right after the name. */
function followedByOrgNoun(doc: Doc, last: number): boolean {
  for (let k = last + 1; k <= last + 2; k++) {
    const t = doc.tokens[k];
    if (!t || t.kind !== 'word' || doc.sentenceOf[k] !== doc.sentenceOf[last]) return false;
    if (ORG_NOUNS.has(t.norm) && !ROLE_NOUNS.has(t.norm)) return true;
  }
  return false;
}

/**
 * `the Fukushima nuclear disaster`, `the Chernobyl accident`: a name right before a lower-case word that is neither a
 * verb nor a function word (`nuclear`, which the lexicon lacks, included) qualifies that word.
 */
function qualifiesNoun(doc: Doc, last: number): boolean {
  const k = last + 1;
  const t = doc.tokens[k];
  if (!t || t.kind !== 'word' || is(doc, k, F.cap) || isApostrophe(t.text[0] ?? '')) return false;
  return !is(doc, k, W.verb | W.inf | FUNCTION);
}

/** Two capitals then lower case (`DDoS`, `PCs`): an acronym, not a person's name (`DeVos` has one capital first). */
function acronymShaped(word: string): boolean {
  const upper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase();
  return word.length <= 6 && upper(word[0]) && upper(word[1]) && word !== word.toUpperCase();
}

/** `African-American`, `Anglo-Irish`: a word whose parts are all nationalities names no one. */
function demonymCompound(word: string): boolean {
  const parts = word.split('-');
  return (
    parts.length > 1 &&
    parts.every((p) => DEMONYM_EXCEPTIONS.has(p) || ORIGIN_WORDS.has(p) || demonymCountry(p) !== null)
  );
}

function genderOfName(doc: Doc, first: number, last: number): 'male' | 'female' | null {
  if (last === first) return null;
  if (is(doc, first, W.male) && !is(doc, first, W.female)) return 'male';
  if (is(doc, first, W.female) && !is(doc, first, W.male)) return 'female';
  return null;
}

/** A name's span, whether words before it were stripped as a title, and whether they gave a role or a gender. */
interface NameShape {
  readonly first: number;
  readonly last: number;
  readonly hasTitle: 'person' | 'other' | null;
  readonly titled: boolean;
}

function typeOf(doc: Doc, shape: NameShape, words: readonly string[]): EntityType | 'unknown' {
  const { first, last, hasTitle: title } = shape;
  const known = multiWordNames().get(words.join(' ')) ?? 0;
  if (known & W.org) return 'organization';
  if (known & (W.place | W.country)) return 'place';
  const firstWord = words[0]!;
  const placeWord = PLACE_NAME_WORDS.has(words.at(-1)!) && words.length > 1 && !ORG_NAME_WORDS.has(firstWord);
  if (PLACE_NAME_WORDS.has(firstWord) || placeWord) return 'place';
  const orgWord = words.some((w) => ORG_NAME_WORDS.has(w));
  if (orgWord) return 'organization';
  // `chairman Bill Ford`: an office before the name makes a person of a surname that is also a firm's name
  if (shape.titled) return 'person';
  if (followedByOrgNoun(doc, last)) return 'organization';
  // `Vice President Ford`, `Senator Shell`: a person's title outweighs a lexicon that knows the name as a company
  if (title === 'person') return 'person';
  if (is(doc, last, W.org)) return 'organization';
  if (is(doc, first, W.place) && (first === last || is(doc, last, W.place | W.country))) return 'place';
  if (title || is(doc, first, W.firstName)) return 'person';
  if (first === last && abbreviatedCountry(doc, first)) return 'place'; // the US, the U.S.
  if (first === last && is(doc, first, F.allCaps) && text(doc, first).length <= 5) return 'organization';
  if (first === last && acronymShaped(text(doc, first))) return 'other'; // DDoS, PCs: never a person
  if (first === last && demonymCompound(norm(doc, first))) return 'other'; // African-American: a nationality
  if (first === last && is(doc, first, W.country | W.place)) return 'place';
  // persons take no article: the Conservatives, the Beatles; but in `the Fukushima nuclear disaster` the article is
  // the noun's, and the name only qualifies it
  if (norm(doc, first - 1) === 'the' && !qualifiesNoun(doc, last)) return 'organization';
  if (LOCATIVE_PREPOSITIONS.has(norm(doc, first - 1))) return 'place'; // in Alexandria, at Wembley
  return 'unknown';
}
