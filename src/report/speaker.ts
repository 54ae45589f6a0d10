/**
 * Who a quote's speaker is, for the corpus report: their group (a named person, a body, an unnamed source), the key
 * that merges them across articles, and their gender with where it came from. All of it is read off the result: the
 * speaker, the entity it resolves to, that entity's mentions, titles and knowledge-base link.
 */
import type { Entity, EntityLink, KnowledgeBase, Speaker } from '../types.js';
import { GENDERED_TITLES, PERSON_PRONOUNS, PRONOUNS } from '../words/people.js';
import { SOURCE_ARTICLES, UNNAMED_SOURCE_NOUNS, UNNAMED_SOURCE_WORDS } from '../words/sources.js';
import type { GenderSource, SpeakerGroup } from './types.js';

/** A gender and where it came from. */
export interface GenderEvidence {
  readonly gender: 'female' | 'male';
  readonly source: GenderSource;
}

/** The words of a phrase, lower-cased, curly apostrophes folded: `Senior Officials’` → `senior`, `officials'`. */
function wordsOf(s: string): string[] {
  return s
    .toLowerCase()
    .replace(CURLY_APOSTROPHE, "'")
    .split(NON_WORD)
    .filter((w) => w !== '');
}
const CURLY_APOSTROPHE = /[\u2018\u2019]/g;
const NON_WORD = /[^\p{L}\p{N}'-]+/u;

/**
 * A name that names no one: only words of unnamed sources, ending in one of their nouns (`Sources`, `Senior
 * officials`, `two Western diplomats`).
 */
export function isUnnamedPhrase(name: string): boolean {
  const words = wordsOf(name).filter((w) => !NUMBER.test(w));
  return words.length > 0 && UNNAMED_SOURCE_NOUNS.has(words.at(-1)!) && words.every((w) => UNNAMED_SOURCE_WORDS.has(w));
}
const NUMBER = /^\d+$/;

/**
 * The key an unnamed source is counted under: its words without a leading article, so that `a spokeswoman` and
 * `the spokeswoman` are one.
 */
export function unnamedKey(text: string): string {
  const words = wordsOf(text);
  while (words.length > 1 && SOURCE_ARTICLES.has(words[0]!)) words.shift();
  return words.join(' ');
}

/**
 * The canonical name normalised for merging: case, accents, apostrophes and spacing folded (`José  Núñez` = `jose
 * nunez`).
 */
export function normalName(name: string): string {
  return wordsOf(name.normalize('NFKD').replace(COMBINING_MARKS, '')).join(' ');
}
const COMBINING_MARKS = /\p{M}+/gu;

/** The group of a quote's speaker, given the entity it resolves to in its article (if any). */
export function groupOf(speaker: Speaker, entity: Entity | undefined): SpeakerGroup {
  if (!entity) return PRONOUNS.has(wordsOf(speaker.mention.text).join(' ')) ? 'unresolved' : 'unnamed';
  if (!entity.mentions.some((m) => m.kind === 'name') || isUnnamedPhrase(entity.name)) return 'unnamed';
  return entity.type === 'other' ? 'other' : entity.type;
}

/** The merge key of a named speaker: its Wikidata id when linked, else its normalised canonical name. */
export function speakerKey(entity: Entity): string {
  return entity.link ? entity.link.id : `name:${normalName(entity.name)}`;
}

/**
 * The gender a gendered title or honorific gives among the entity's names and descriptions (`Mrs Berg`, `the
 * spokeswoman`).
 */
function titleGender(entity: Entity): 'female' | 'male' | null {
  for (const m of entity.mentions) {
    if (m.kind === 'pronoun') continue;
    for (const w of wordsOf(m.text)) {
      const g = GENDERED_TITLES.get(w.replace(TRAILING_DOT, ''));
      if (g) return g;
    }
  }
  return null;
}
const TRAILING_DOT = /\.$/;

/** The one gender of the entity's pronouns (`she`, `her`), or null when there are none or they disagree. */
function pronounGender(entity: Entity): 'female' | 'male' | null {
  let found: 'female' | 'male' | null = null;
  for (const m of entity.mentions) {
    if (m.kind !== 'pronoun') continue;
    const g = PERSON_PRONOUNS.get(m.text.toLowerCase());
    if (!g) continue;
    if (found && found !== g) return null;
    found = g;
  }
  return found;
}

/**
 * What the knowledge base says of a linked entity's gender: `none` when its entry has none, null when this knowledge
 * base cannot tell (the link came from another one).
 */
export type KbGender = (link: EntityLink) => 'female' | 'male' | 'none' | null;

/** Looks entities linked by `kb` up in it by their label, remembering the answers (at most `cap` of them). */
export function kbGenderFrom(kb: KnowledgeBase, cap = 10_000): KbGender {
  const seen = new Map<string, 'female' | 'male' | 'none'>();
  return (link) => {
    if (link.source !== kb.name) return null;
    const known = seen.get(link.id);
    if (known) return known;
    const g = kb.lookup(link.label, 'person').find((c) => c.id === link.id)?.gender ?? 'none';
    if (seen.size >= cap) seen.clear();
    seen.set(link.id, g);
    return g;
  };
}

/**
 * The gender of a person entity and where it came from. saidby takes a title or honorific first, then the knowledge
 * base, then the first name; the result keeps the gender but not its source, so the source is read back here in
 * that order. Without `kbGender` (or for a link it cannot tell) a linked entity's gender is taken to be the knowledge
 * base's (it is, unless the
 * entry has none and the first name gave it). An entity with no gender takes its pronouns' one gender, if they
 * agree (`Lee … she said`); saidby leaves those out of the entity's gender, because a pronoun was resolved by it.
 */
export function genderEvidence(entity: Entity, kbGender?: KbGender): GenderEvidence | null {
  if (entity.type !== 'person') return null;
  const g = entity.gender;
  if (g === null) {
    const p = pronounGender(entity);
    return p ? { gender: p, source: 'pronoun' } : null;
  }
  if (titleGender(entity) === g) return { gender: g, source: 'title' };
  // a knowledge base that cannot tell: assume it gave it
  const kb = entity.link ? (kbGender?.(entity.link) ?? g) : null;
  if (kb === g) return { gender: g, source: 'kb' };
  return { gender: g, source: 'first name' };
}
