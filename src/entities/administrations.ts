import { is, kind, norm, text, tokenText, type Doc } from '../doc/doc.js';
import { F, W } from '../doc/flags.js';
import type { KnowledgeBase } from '../types.js';
import type { NameMention } from '../mentions/names.js';
import { normalizeName } from '../kb/parse.js';
import { LEADERS_BODY_HEADS } from '../words/people.js';
import { NAME_JOINING_DASHES } from '../words/punctuation.js';
import { newEntity, type EntityDraft } from './cluster.js';

/**
 * `the Biden - Harris Administration`, `the Ruiz Administration`: a body named after its leaders names them too. Each
 * leader's name (one word before the head, and a name joined to it by a dash) is a person's mention when the
 * knowledge base knows a person by it and the lexicon does not know it as a common word (`Small Business
 * Administration` names no one). The mention joins the one person of that surname the article names, or starts one;
 * a name that stood alone before the dash (`Biden`), taken for a body, becomes that person.
 */
export function addLeaders(doc: Doc, names: readonly NameMention[], entities: EntityDraft[], kb: KnowledgeBase): void {
  // each mention's entity by its first token, indexed only for an article that names such a body
  let entityOf: Map<number, EntityDraft> | undefined;
  for (const m of names) {
    if (!LEADERS_BODY_HEADS.has(norm(doc, m.last)) || m.last - 1 < m.nameFirst) continue;
    const leader = m.last - 1;
    if (!leaderName(doc, leader, kb)) continue;
    entityOf ??= byFirstToken(entities);
    joinPerson(doc, entities, leader);
    const before = m.nameFirst - 2;
    const alone = entityOf.get(before);
    const dash = kind(doc, m.nameFirst - 1) === 'punct' && NAME_JOINING_DASHES.has(text(doc, m.nameFirst - 1));
    if (dash && alone && alone.mentions.length === 1 && leaderName(doc, before, kb)) alone.type = 'person';
  }
}

function byFirstToken(entities: readonly EntityDraft[]): Map<number, EntityDraft> {
  const out = new Map<number, EntityDraft>();
  for (const e of entities) for (const m of e.mentions) out.set(m.first, e);
  return out;
}

/** A capitalised word that is a name and no common word, and that the knowledge base knows a person by. */
function leaderName(doc: Doc, k: number, kb: KnowledgeBase): boolean {
  if (kind(doc, k) !== 'word' || !is(doc, k, F.cap)) return false;
  const common = is(doc, k, W.noun | W.adj | W.verb | W.place | W.country | W.org | W.demonym);
  if (common && !is(doc, k, W.lastName | W.firstName)) return false;
  return kb.lookup(text(doc, k), 'person').length > 0;
}

/** Adds the surname at k to the one person the article names by it, or to a new person. */
function joinPerson(doc: Doc, entities: EntityDraft[], k: number): void {
  const surname = normalizeName(text(doc, k));
  const bearers = entities.filter((e) => e.type === 'person' && e.words.at(-1) === surname);
  let e = bearers.length === 1 ? bearers[0]! : null;
  if (!e) {
    const m: NameMention = {
      first: k,
      nameFirst: k,
      last: k,
      nameLast: k,
      type: 'person',
      roles: [],
      nation: null,
      country: null,
      gender: null,
      nameGender: null,
      words: [surname],
    };
    e = newEntity(entities.length, m, tokenText(doc, k, k));
    entities.push(e);
  }
  e.mentions.push({ first: k, last: k, kind: 'name' });
  e.nameSpans.push({ first: k, last: k });
}
