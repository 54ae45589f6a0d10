import { is, norm, text, tokenText, type Doc } from '../doc/doc.js';
import { F, W } from '../doc/flags.js';
import { PERSON_TITLES, ROLE_NOUNS } from '../words/people.js';
import type { EntityLink, KnowledgeBase } from '../types.js';
import type { NameMention } from '../mentions/names.js';
import { normalizeName } from '../kb/parse.js';
import { newEntity, type EntityDraft } from './cluster.js';

/** The least prior a place needs to be taken as named inside a longer name (`Vietnam` in `Vietnam War`). */
const NESTED_PRIOR = 0.3;
/** The least prior a body needs to be taken as named at the head of a longer name (`NATO` in `NATO Summit`). */
const NESTED_BODY_PRIOR = 0.7;

/**
 * A place named inside a longer name is a mention of that place too (and a well-known body at the head of one, see
 * bodyPrefix): `Vietnam` in `Vietnam War`, `Washington State`
 * in `Washington State University`, `Helsinki` in `University of Helsinki`, `New York` in `The New York Times`. The
 * place must be in the knowledge base, the longer name must not itself be a place (`New York City` holds no
 * `New York`), and people's names hold no places (`Georgia Smith`: a person by type, by a known first name, or a
 * name that ends in a surname the knowledge base knows). The mention joins the place's entity when the
 * article names it alone too, or starts a new one; the longer name keeps its own entity.
 */
export function addNestedPlaces(
  doc: Doc,
  names: readonly NameMention[],
  entities: EntityDraft[],
  kb: KnowledgeBase,
): void {
  const byWords = new Map<string, EntityDraft>(); // `place:vietnam`, `organization:nato`
  const people = new Set<number>(); // first tokens of the names of people
  for (const e of entities) {
    if (e.type === 'place' || e.type === 'organization') byWords.set(`${e.type}:${e.words.join(' ')}`, e);
    if (e.type === 'person') for (const m of e.mentions) people.add(m.first);
  }
  const add = (m: NameMention, span: { first: number; last: number }, type: 'place' | 'organization'): void => {
    const name = tokenText(doc, span.first, span.last);
    const words = normalizeName(name).split(' ');
    const key = `${type}:${words.join(' ')}`;
    let e = byWords.get(key);
    if (!e) {
      const nested: NameMention = {
        ...m,
        ...span,
        nameFirst: span.first,
        nameLast: span.last,
        type,
        roles: [],
        words,
      };
      e = newEntity(entities.length, { ...nested, nation: null, country: null, gender: null, nameGender: null }, name);
      entities.push(e);
      byWords.set(key, e);
    }
    e.mentions.push({ first: span.first, last: span.last, kind: 'name' });
    e.nameSpans.push(span);
  };
  for (const m of names) {
    const qualifier = qualifierPlace(doc, m, kb);
    if (qualifier) add(m, qualifier, 'place');
    // `Georgia Smith`: a person, by type, by a known first name or by the entity the name joined
    if (m.type === 'person' || m.nameGender !== null || people.has(m.first) || m.last === m.nameFirst) continue;
    if (kb.lookup(text(doc, m.last), 'person').length > 0) continue; // ends in a surname the KB knows: `Smith`
    const whole = tokenText(doc, m.nameFirst, m.last);
    if (kb.lookup(whole, 'place').length > 0) continue;
    const place = placePrefix(doc, m, kb) ?? placeAfterOf(doc, m, kb);
    const span = place ?? bodyPrefix(doc, m, kb);
    if (span) add(m, span, place ? 'place' : 'organization');
  }
}

/**
 * `former Pennsylvania Senator Rick Santorum`, `Ohio Governor Ana Ruiz`: a known place before a person's title is a
 * mention of that place (the person's nationality is kept as it was read). The capitalised words that are neither
 * titles nor nationalities, right before the first title, must name the place whole: `Russian President` names none.
 */
function qualifierPlace(doc: Doc, m: NameMention, kb: KnowledgeBase): { first: number; last: number } | null {
  if (m.type !== 'person' || m.roles.length === 0) return null;
  let last = m.first;
  while (last < m.nameFirst && !isTitleWord(doc, last + 1)) last++;
  if (last >= m.nameFirst || !isTitleWord(doc, last + 1)) return null;
  let first = last;
  while (first > m.first && !isTitleWord(doc, first - 1)) first--;
  for (let k = first; k <= last; k++) if (!is(doc, k, F.cap) || is(doc, k, W.demonym)) return null;
  return knownPlace(tokenText(doc, first, last), kb) ? { first, last } : null;
}

/** A title or a word before one (`former`, `Senator`, `Mr`): what qualifierPlace looks between. */
const isTitleWord = (doc: Doc, k: number): boolean => PERSON_TITLES.has(norm(doc, k)) || ROLE_NOUNS.has(norm(doc, k));

/** `Vietnam War`, `Washington State University`: the longest leading run of words that names a known place. */
function placePrefix(doc: Doc, m: NameMention, kb: KnowledgeBase): { first: number; last: number } | null {
  for (let j = m.last - 1; j >= m.nameFirst; j--) {
    if (doc.tokens[j + 1]?.kind !== 'word') continue; // `Washington, D.C.`: not a name and a tail
    if (knownPlace(tokenText(doc, m.nameFirst, j), kb)) return { first: m.nameFirst, last: j };
  }
  return null;
}

/**
 * `Google Analytics`, `NATO Joint Pilot Training`, `Harvard Law School`: a well-known body (prior 0.7 or more: the
 * hand table's bodies, not every brand) at the head of a longer name that the knowledge base does not know at all.
 */
function bodyPrefix(doc: Doc, m: NameMention, kb: KnowledgeBase): { first: number; last: number } | null {
  if (kb.lookup(tokenText(doc, m.nameFirst, m.last), 'unknown').length > 0) return null;
  for (let j = m.last - 1; j >= m.nameFirst; j--) {
    if (doc.tokens[j + 1]?.kind !== 'word') continue;
    const known = kb.lookup(tokenText(doc, m.nameFirst, j), 'organization').some((c) => c.prior >= NESTED_BODY_PRIOR);
    if (known) return { first: m.nameFirst, last: j };
  }
  return null;
}

/** `University of Helsinki`, `Bank of the Philippine Islands`: a known place after `of` (and `the`). */
function placeAfterOf(doc: Doc, m: NameMention, kb: KnowledgeBase): { first: number; last: number } | null {
  for (let k = m.nameFirst + 1; k < m.last; k++) {
    if (norm(doc, k) !== 'of') continue;
    const first = norm(doc, k + 1) === 'the' ? k + 2 : k + 1;
    if (first <= m.last && text(doc, first) !== ',' && knownPlace(tokenText(doc, first, m.last), kb))
      return { first, last: m.last };
    return null;
  }
  return null;
}

const knownPlace = (name: string, kb: KnowledgeBase): boolean =>
  kb.lookup(name, 'place').some((c) => c.prior >= NESTED_PRIOR);

/** A place named with its region after a comma: the entity, the place's first token and the region's last. */
export interface RegionTail {
  readonly entity: EntityDraft;
  readonly first: number;
  readonly last: number;
  /** The region, folded (`massachusetts`). */
  readonly region: string;
}

/**
 * `Cambridge, Massachusetts`, `Sochi, Russia`: a place followed by a comma and another place; the second is
 * evidence for choosing among namesakes of the first (the Cambridge within Massachusetts).
 */
export function findRegions(doc: Doc, names: readonly NameMention[], entities: readonly EntityDraft[]): RegionTail[] {
  const byFirst = new Map(names.map((m) => [m.first, m]));
  const entityOf = new Map<number, EntityDraft>();
  for (const e of entities) for (const m of e.mentions) entityOf.set(m.first, e);
  const tails: RegionTail[] = [];
  for (const m of names) {
    if (m.type !== 'place' && m.type !== 'unknown') continue;
    if (text(doc, m.last + 1) !== ',') continue;
    const region = byFirst.get(m.last + 2);
    if (!region || (region.type !== 'place' && region.type !== 'unknown')) continue;
    const entity = entityOf.get(m.first);
    if (!entity) continue;
    const key = normalizeName(tokenText(doc, region.nameFirst, region.last));
    entity.regions.add(key);
    tails.push({ entity, first: m.first, last: region.last, region: key });
  }
  return tails;
}

/**
 * `Cambridge, Massachusetts` is one mention of Cambridge, region included, when the knowledge base confirms that the
 * linked place lies in that region; `Massachusetts` stays a mention of its own. A list (`Hong Kong, Japan`) is left
 * alone: Japan is not a region Hong Kong lies in.
 */
export function widenToRegions(
  tails: readonly RegionTail[],
  links: ReadonlyMap<EntityDraft, EntityLink>,
  kb: KnowledgeBase,
): void {
  for (const t of tails) {
    const id = links.get(t.entity)?.id;
    if (!id || t.entity.type !== 'place') continue;
    const c = kb.lookup(t.entity.name, 'place').find((x) => x.id === id);
    const regions = [...(c?.within ?? []), ...(c?.countries ?? [])].map(normalizeName);
    if (!regions.includes(t.region)) continue;
    const i = t.entity.mentions.findIndex((m) => m.first === t.first && m.kind === 'name');
    if (i >= 0) t.entity.mentions[i] = { first: t.first, last: t.last, kind: 'name' };
  }
}
