import type { EntityType } from '../types.js';
import type { NameMention } from '../mentions/names.js';

/** An entity being built: a cluster of mentions of one real person, body or place. */
export interface EntityDraft {
  readonly id: string;
  type: EntityType | 'unknown';
  /** Words of the fullest name seen (lower case), and its original text. */
  words: readonly string[];
  name: string;
  readonly mentions: Array<{ readonly first: number; readonly last: number; readonly kind: 'name' | 'pronoun' | 'description' }>;
  readonly roles: Set<string>;
  readonly nations: Set<string>;
  gender: 'male' | 'female' | null;
  /** Token of the latest mention seen so far, for recency. */
  lastSeen: number;
}

/**
 * Clusters name mentions by name variants: `Russian President Vladimir Putin` = `Putin` = `Mr Putin`.
 * A shorter name joins a fuller one when its words are all in it and the surname agrees; a lone first name
 * joins only when exactly one person has it, so two people who share a first name are never merged.
 */
export function clusterNames(names: readonly NameMention[], nameText: (m: NameMention) => string): EntityDraft[] {
  const entities: EntityDraft[] = [];
  for (const m of names) {
    const target = findCluster(entities, m);
    const e = target ?? newEntity(entities.length, m, nameText(m));
    if (!target) entities.push(e);
    else if (m.words.length > e.words.length && sameType(e.type, m.type)) { e.words = m.words; e.name = nameText(m); }
    e.mentions.push({ first: m.first, last: m.last, kind: 'name' });
    for (const r of m.roles) e.roles.add(r);
    if (m.nation) e.nations.add(m.nation);
    e.gender ??= m.gender;
    if (e.type === 'unknown' && m.type !== 'unknown') e.type = m.type;
    e.lastSeen = m.last;
  }
  return entities;
}

function newEntity(n: number, m: NameMention, name: string): EntityDraft {
  return { id: `e${n}`, type: m.type, words: m.words, name, mentions: [], roles: new Set(), nations: new Set(), gender: null, lastSeen: m.last };
}

function sameType(a: EntityType | 'unknown', b: EntityType | 'unknown'): boolean {
  return a === b || a === 'unknown' || b === 'unknown';
}

function findCluster(entities: readonly EntityDraft[], m: NameMention): EntityDraft | undefined {
  const key = m.words.join(' ');
  const exact = entities.find((e) => e.words.join(' ') === key);
  if (exact) return exact;
  if (m.type === 'place' || m.type === 'organization') return undefined;
  const people = entities.filter((e) => e.type === 'person' || e.type === 'unknown');
  const surname = people.filter((e) => sameSurname(e.words, m.words));
  if (surname.length >= 1) return surname.at(-1);
  const given = people.filter((e) => sharesLoneWord(e.words, m.words));
  return given.length === 1 ? given[0] : undefined;
}

/** A one-word name found in the other (`Kim` ~ `Kim Jong Un`, `Hillary` ~ `Hillary Clinton`). */
function sharesLoneWord(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 1) return b.includes(a[0]!);
  return b.length === 1 && a.includes(b[0]!);
}

/** One name's words are all in the other's and the last words agree (`Putin` ~ `Vladimir Putin`). */
function sameSurname(a: readonly string[], b: readonly string[]): boolean {
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  return small.at(-1) === big.at(-1) && small.every((w) => big.includes(w));
}
