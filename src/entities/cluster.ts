import type { EntityType } from '../types.js';
import type { NameMention } from '../mentions/names.js';

/** An entity being built: a cluster of mentions of one real person, body or place. */
export interface EntityDraft {
  readonly id: string;
  /** A speaker described but never named (`a spokeswoman`): pronouns can refer to it, but it is no entity. */
  readonly unnamed?: boolean;
  /** Whom an unnamed spokesperson speaks for (`Mr Blair's spokesman` → Blair): the quotation gives its words. */
  readonly principal?: EntityDraft | null;
  type: EntityType | 'unknown';
  /** Words of the fullest name seen (lower case), and its original text. */
  words: readonly string[];
  name: string;
  readonly mentions: Array<{
    readonly first: number;
    readonly last: number;
    readonly kind: 'name' | 'pronoun' | 'description';
  }>;
  readonly roles: Set<string>;
  readonly nations: Set<string>;
  /** Countries in words (`russia`), from demonyms and the knowledge base. */
  readonly countries: Set<string>;
  /** Organisations the person is said to be of (`Nick Bos, of the University of Helsinki`). */
  readonly affiliations: Set<string>;
  /** Regions named right after a place, folded (`massachusetts` in `Cambridge, Massachusetts`). */
  readonly regions: Set<string>;
  /** Token spans of the names proper (titles left out) it is mentioned by. */
  readonly nameSpans: Array<{ readonly first: number; readonly last: number }>;
  /** From titles, honorifics, descriptions or the knowledge base. */
  gender: 'male' | 'female' | null;
  /** From the first name alone: used only when there is nothing better. */
  nameGender: 'male' | 'female' | null;
}

/** The gender an entity is taken to have: strong evidence first, the first name's usual gender after. */
export const genderOf = (e: EntityDraft): 'male' | 'female' | null => e.gender ?? e.nameGender;

/** How far back among namesakes a variant looks: keeps clustering linear on huge documents. */
const LOOKBACK = 16;

/**
 * Clusters name mentions by name variants: `Russian President Vladimir Putin` = `Putin` = `Mr Putin`.
 * A shorter name joins a fuller one when its words are all in it and the surname agrees; a lone word
 * (`Kim`, `Hillary`) joins only when exactly one person has it, so two people who share a first name are never merged.
 */
export function clusterNames(names: readonly NameMention[], nameText: (m: NameMention) => string): EntityDraft[] {
  const entities: EntityDraft[] = [];
  const index = new ClusterIndex();
  for (const m of names) {
    const target = index.find(m);
    const e = target ?? newEntity(entities.length, m, nameText(m));
    if (!target) entities.push(e);
    else if (m.words.length > e.words.length && sameType(e.type, m.type)) {
      e.words = m.words;
      e.name = nameText(m);
    }
    e.mentions.push({ first: m.first, last: m.last, kind: 'name' });
    e.nameSpans.push({ first: m.nameFirst, last: m.nameLast });
    for (const r of m.roles) e.roles.add(r);
    if (m.nation) e.nations.add(m.nation);
    if (m.country) e.countries.add(m.country);
    e.gender ??= m.gender;
    e.nameGender ??= m.nameGender;
    if (e.type === 'unknown' && m.type !== 'unknown') e.type = m.type;
    index.add(e);
  }
  return entities;
}

export function newEntity(n: number, m: NameMention, name: string): EntityDraft {
  return {
    id: `e${n}`,
    type: m.type,
    words: m.words,
    name,
    mentions: [],
    nameSpans: [],
    roles: new Set(),
    nations: new Set(),
    countries: new Set(),
    affiliations: new Set(),
    regions: new Set(),
    gender: null,
    nameGender: null,
  };
}

function sameType(a: EntityType | 'unknown', b: EntityType | 'unknown'): boolean {
  return a === b || a === 'unknown' || b === 'unknown';
}

const isPersonLike = (e: EntityDraft): boolean => e.type === 'person' || e.type === 'unknown';

/** Entities by full name, by surname and by each word, so every lookup is a few map reads. */
class ClusterIndex {
  private readonly exact = new Map<string, EntityDraft>();
  private readonly bySurname = new Map<string, EntityDraft[]>();
  private readonly byWord = new Map<string, Set<EntityDraft>>();
  /** Bodies by the words before their `of`: `house` → the House of Representatives. */
  private readonly heads = new Map<string, EntityDraft>();

  add(e: EntityDraft): void {
    this.exact.set(e.words.join(' '), e);
    const head = bodyHead(e);
    if (head) this.heads.set(head, e);
    const surname = e.words.at(-1)!;
    const list = this.bySurname.get(surname) ?? [];
    if (list.at(-1) !== e) list.push(e);
    this.bySurname.set(surname, list);
    for (const w of e.words) {
      const set = this.byWord.get(w) ?? new Set();
      set.add(e);
      this.byWord.set(w, set);
    }
  }

  find(m: NameMention): EntityDraft | undefined {
    const exact = this.exact.get(m.words.join(' '));
    if (exact) return exact;
    if (m.type === 'organization' || m.type === 'unknown') {
      const body = this.sameBody(m);
      if (body) return body;
    }
    if (m.type === 'place' || m.type === 'organization') return undefined;
    const namesakes = this.bySurname.get(m.words.at(-1)!) ?? [];
    for (let k = namesakes.length - 1; k >= 0 && k >= namesakes.length - LOOKBACK; k--) {
      const e = namesakes[k]!;
      if (isPersonLike(e) && sameSurname(e.words, m.words)) return e;
    }
    return this.loneWord(m);
  }

  /**
   * `the House of Representatives … the House`: a body named by the words before its `of` is the body, either way
   * round; a short name that already stands for one such body takes no second (`the Department` after `Department of
   * Justice` does not join `Department of State` to it).
   */
  private sameBody(m: NameMention): EntityDraft | undefined {
    const long = this.heads.get(m.words.join(' '));
    if (long && (long.type === 'organization' || long.type === 'unknown')) return long;
    const of = m.words.indexOf('of');
    if (of <= 0 || m.type !== 'organization') return undefined;
    const short = this.exact.get(m.words.slice(0, of).join(' '));
    return short && short.type === 'organization' && !short.words.includes('of') ? short : undefined;
  }

  /** `Kim` ~ `Kim Jong Un`, and `Kim Jong Un` after `Kim`: only when one person has that word. */
  private loneWord(m: NameMention): EntityDraft | undefined {
    const words = m.words.length === 1 ? m.words : m.words.filter((w) => this.exact.get(w));
    for (const w of words) {
      const set = this.byWord.get(w);
      if (!set || set.size !== 1) continue;
      const [e] = set;
      if (e && isPersonLike(e) && (m.words.length === 1 || e.words.length === 1)) return e;
    }
    return undefined;
  }
}

/** The words before a body's `of`, when it has one: `House of Representatives` → `house`. */
function bodyHead(e: EntityDraft): string | null {
  if (e.type !== 'organization') return null;
  const of = e.words.indexOf('of');
  return of > 0 ? e.words.slice(0, of).join(' ') : null;
}

/** One name's words are all in the other's and the last words agree (`Putin` ~ `Vladimir Putin`). */
function sameSurname(a: readonly string[], b: readonly string[]): boolean {
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  return small.at(-1) === big.at(-1) && small.every((w) => big.includes(w));
}
