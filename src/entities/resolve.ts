import { is, norm, text, type Doc } from '../doc/doc.js';
import { F, W } from '../doc/flags.js';
import { cueAt } from '../cues/find.js';
import { ANYONE, type Reference } from '../mentions/references.js';
import { genderOf, type EntityDraft } from './cluster.js';
import { ARTICLES, CLAUSE_BREAKS } from '../words/function-words.js';
import { POSSESSIVE_DETERMINERS, ROLE_NOUNS, SPOKESPERSON_NOUNS } from '../words/people.js';

/** One mention seen so far, in text order: what a later pronoun or description can refer back to. */
interface Seen {
  readonly token: number;
  readonly sentence: number;
  readonly entity: EntityDraft;
  readonly quoted: boolean;
  /** The mention opens its sentence or a verb follows it. */
  readonly subject: boolean;
  /** The mention speaks a quotation (`Ms Ruiz said`). */
  readonly speaker: boolean;
}

/** How many mentions back, and how many sentences back, a pronoun or description looks. */
const LOOKBACK = 400;
const PRONOUN_SENTENCES = 3;

/**
 * Resolves references in text order against the mentions seen before them (names, and references already
 * resolved), so chains work: `Putin … he … the Russian leader`. Returns the entity of each reference, by first token.
 *  - a pronoun: the best person within three sentences: gender must fit, an object pronoun is not its clause's subject,
 *    a possessive in an opening phrase points to the subject after it; nearer, subject, outside quotations score
 * higher;
 *  - a description: the most recent person whose roles fit, and whose nationality fits when it says one.
 */
export function resolveReferences(
  doc: Doc,
  entities: readonly EntityDraft[],
  refs: readonly Reference[],
  speakerTokens: ReadonlySet<number> = new Set(),
): Map<number, EntityDraft> {
  const names = entities.flatMap((e) => e.mentions.map((m) => ({ m, e }))).sort((a, b) => a.m.first - b.m.first);
  const nameAt = new Map(names.map(({ m, e }) => [m.first, e]));
  const nameEndingAt = new Map(names.map(({ m, e }) => [m.last, e]));
  // `The Vestey Group said`: the speaker phrase opens at the article before the name
  const speaks = (first: number): boolean =>
    speakerTokens.has(first) || (ARTICLES.has(norm(doc, first - 1)) && speakerTokens.has(first - 1));
  const see = (first: number, last: number, e: EntityDraft): Seen =>
    seenAt(doc, { first, last, speaker: speaks(first) }, e);
  const seen: Seen[] = [];
  const resolved = new Map<number, EntityDraft>();
  let n = 0;
  for (const ref of refs) {
    for (; n < names.length && names[n]!.m.first < ref.first; n++)
      seen.push(see(names[n]!.m.first, names[n]!.m.last, names[n]!.e));
    const e =
      ref.kind === 'pronoun'
        ? (cataphor(doc, ref, nameAt) ?? resolvePronoun(doc, seen, ref))
        : (apposed(doc, ref, nameAt) ??
          resolveDescription(seen, ref) ??
          latestSubject(doc, seen, ref) ??
          unnamed(doc, ref, principalOf(doc, ref, seen, nameEndingAt)));
    if (!e) continue;
    resolved.set(ref.first, e);
    if (ref.kind === 'description') e.gender ??= ref.gender; // a pronoun's gender is not evidence: it was matched on it
    if (e.type === 'unknown') e.type = 'person';
    seen.push(see(ref.first, ref.last, e));
  }
  return resolved;
}

function seenAt(doc: Doc, at: { first: number; last: number; speaker: boolean }, entity: EntityDraft): Seen {
  const { first, last } = at;
  const sentence = doc.sentenceOf[first]!;
  const opens = doc.sentences[sentence]!.tokenStart === first;
  const next = last + 1;
  // `His party leader, Mark Howe, argued …`: a name in apposition is the subject when a verb follows its comma
  const apposed = text(doc, first - 1) === ',' && text(doc, next) === ',' && verbAt(doc, next + 1);
  // `His party leader …`: a possessive opens the subject, it is not the subject
  const possessive = first === last && POSSESSIVE_DETERMINERS.has(norm(doc, first)) && is(doc, next, W.noun | W.adj);
  const subject = !possessive && (opens || verbAt(doc, next) || apposed);
  // a speaker's name is never quoted speech, even where a stray mark leaves it inside a quotation
  const quoted = doc.inQuote[first] === 1 && !at.speaker;
  return { token: first, sentence, entity, quoted, subject, speaker: at.speaker };
}

const verbAt = (doc: Doc, k: number): boolean => is(doc, k, W.verb | W.inf) || cueAt(doc.tokens, k) !== null;

/** `His party leader, Ann Holt, argued …`: a description with a person's name in apposition is that person. */
function apposed(doc: Doc, ref: Reference, nameAt: ReadonlyMap<number, EntityDraft>): EntityDraft | null {
  if (text(doc, ref.last + 1) !== ',' || !personNoun(doc, ref)) return null; // not `A new book, Ann Holt's memoir`
  const e = nameAt.get(ref.last + 2);
  return e && (e.type === 'person' || e.type === 'unknown') ? e : null;
}

/**
 * `In his list for the Review, Robert Christgau named …`: a possessive in a sentence-opening phrase points forward
 * to the subject right after the comma.
 */
function cataphor(doc: Doc, ref: Reference, nameAt: ReadonlyMap<number, EntityDraft>): EntityDraft | null {
  const start = doc.sentences[doc.sentenceOf[ref.first]!]!.tokenStart;
  if (!is(doc, start, W.prep) || ref.first - start > 3) return null;
  for (let k = ref.first + 1; k < ref.first + 12 && k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (doc.sentenceOf[k] !== doc.sentenceOf[ref.first]) return null;
    if (t.text !== ',') continue;
    const e = nameAt.get(k + 1) ?? (norm(doc, k + 1) === 'the' ? nameAt.get(k + 2) : undefined);
    const g = e && genderOf(e);
    return e && (e.type === 'person' || e.type === 'unknown') && (!g || g === ref.gender) ? e : null;
  }
  return null;
}

/** `Rockefeller named her poet laureate`: an object pronoun is not the subject of its own clause (binding). */
function sameClause(doc: Doc, from: number, to: number): boolean {
  if (to - from > 6) return false;
  for (let k = from; k < to; k++) if (CLAUSE_BREAKS.has(norm(doc, k))) return false;
  return true;
}

function isObjectPronoun(doc: Doc, ref: Reference): boolean {
  const t = norm(doc, ref.first);
  if (t === 'him') return true;
  if (t !== 'her') return false;
  const next = ref.first + 1;
  const n = doc.tokens[next];
  return (
    !n ||
    n.kind !== 'word' ||
    is(doc, next, W.prep | W.det | W.conj | W.adv) ||
    (is(doc, next, F.cap) && !is(doc, next, W.adj))
  );
}

function resolvePronoun(doc: Doc, seen: readonly Seen[], ref: Reference): EntityDraft | null {
  const sentence = doc.sentenceOf[ref.first]!;
  const refQuoted = doc.inQuote[ref.first] === 1;
  const object = isObjectPronoun(doc, ref);
  // every mention of an entity is scored and the best counts: `Ruiz blames …, which he links …` keeps Ruiz a subject
  const barred = new Set<EntityDraft>();
  let best: EntityDraft | null = null;
  let bestScore = -Infinity;
  for (let k = seen.length - 1; k >= 0 && seen.length - k <= LOOKBACK; k--) {
    const s = seen[k]!;
    const distance = sentence - s.sentence;
    if (distance > PRONOUN_SENTENCES) break;
    const e = s.entity;
    if (e.type !== 'person' && e.type !== 'unknown') continue;
    const g = genderOf(e);
    if (g && g !== ref.gender) continue;
    if (barred.has(e)) continue;
    // `"I like Lee," he said.`: the quotation a pronoun speaks is not what it refers to; it names others
    if (ref.speaker && s.quoted && distance === 0 && !refQuoted) continue;
    if (object && s.subject && distance === 0 && sameClause(doc, s.token, ref.first)) {
      barred.add(e); // its other mentions are the same person
      continue;
    }
    // a sentence back costs 1; a subject earns 0.6; a speaker of a quotation 0.3; a name of unknown type costs 0.5;
    // one inside a quotation costs 2
    const score =
      -distance +
      (s.subject ? 0.6 : 0) +
      (s.speaker ? 0.3 : 0) -
      (e.type === 'unknown' ? 0.5 : 0) -
      (s.quoted && !refQuoted ? 2 : 0) -
      0.01 * (seen.length - k);
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

function resolveDescription(seen: readonly Seen[], ref: Reference): EntityDraft | null {
  if (ref.roles.length === 0) return null;
  for (let k = seen.length - 1; k >= 0 && seen.length - k <= LOOKBACK; k--) {
    const e = seen[k]!.entity;
    if (e.type !== 'person') continue;
    if (ref.roles !== ANYONE && !ref.roles.some((r) => e.roles.has(r))) continue;
    if (ref.nation && !e.nations.has(ref.nation)) continue;
    const g = genderOf(e);
    if (ref.gender && g && ref.gender !== g) continue;
    return e;
  }
  return null;
}

/** How many sentences back a description looks for the subject it renames (`Vos was pleased. … the Norwegian said`). */
const DESCRIPTION_SENTENCES = 2;

/**
 * `City boss Mia Vos was pleased. "We were patient," the Norwegian said.`: a definite description that speaks a
 * quotation and fits no person by role renames the subject of a sentence just before, when nothing that is
 * known about that person contradicts it (a different nationality or gender, or roles of which none fits).
 */
function latestSubject(doc: Doc, seen: readonly Seen[], ref: Reference): EntityDraft | null {
  if (!ref.speaker || norm(doc, ref.first) !== 'the') return null;
  if (!personNoun(doc, ref)) return null;
  const sentence = doc.sentenceOf[ref.first]!;
  for (let k = seen.length - 1; k >= 0 && seen.length - k <= LOOKBACK; k--) {
    const s = seen[k]!;
    if (sentence - s.sentence > DESCRIPTION_SENTENCES) break;
    const e = s.entity;
    if (!s.subject || s.quoted || (e.type !== 'person' && e.type !== 'unknown')) continue;
    const g = genderOf(e);
    if (ref.gender && g && ref.gender !== g) return null;
    if (ref.nation && e.nations.size > 0 && !e.nations.has(ref.nation)) return null;
    if (ref.roles !== ANYONE && e.roles.size > 0) return null; // its roles were tried: none fits
    return e;
  }
  return null;
}

/**
 * `A spokeswoman for the firm said … "…," she added.`: a speaker described but never named is someone a later pronoun
 * can refer to. It is no entity of the result (`unnamed`), and its name is the description itself.
 */
function unnamed(doc: Doc, ref: Reference, principal: EntityDraft | null): EntityDraft | null {
  if (!ref.speaker || ref.kind !== 'description' || is(doc, ref.head ?? ref.last, W.plural)) return null;
  if (!personNoun(doc, ref)) return null; // `the company said`: not a person
  const name = doc.text.slice(doc.tokens[ref.first]!.start, doc.tokens[ref.last]!.end);
  return {
    id: '',
    unnamed: true,
    principal,
    type: 'person',
    words: [],
    name,
    mentions: [],
    nameSpans: [],
    roles: new Set(),
    nations: new Set(),
    regions: new Set(),
    countries: new Set(),
    affiliations: new Set(),
    gender: ref.gender,
    nameGender: null,
  };
}

/** How many sentences back a bare `a spokesman` looks for the organisation it speaks for. */
const PRINCIPAL_SENTENCES = 3;

/**
 * Whom an unnamed spokesperson speaks for, whose words the quotation gives: the possessor (`Mr Blair's spokesman` →
 * Blair), or for a bare `a spokesman` the organisation that spoke just before (`The Vestey Group
 * said … But a spokesman added: "…"`). Not a person before a bare one: `Anna Roos owns the firm. A spokeswoman said`
 * gives no principal. `a spokesman for Acme` is read as Acme when the phrase is parsed (entities/index.ts).
 */
function principalOf(
  doc: Doc,
  ref: Reference,
  seen: readonly Seen[],
  nameEndingAt: ReadonlyMap<number, EntityDraft>,
): EntityDraft | null {
  if (!SPOKESPERSON_NOUNS.has(norm(doc, ref.head ?? ref.last)) || (ref.head ?? ref.last) !== ref.last) return null;
  for (let k = ref.first; k < ref.last; k++) if (norm(doc, k + 1) === "'s") return nameEndingAt.get(k) ?? null;
  if (!ARTICLES.has(norm(doc, ref.first)) || ref.last - ref.first > 1) return null;
  const sentence = doc.sentenceOf[ref.first]!;
  for (let k = seen.length - 1; k >= 0 && seen.length - k <= LOOKBACK; k--) {
    const s = seen[k]!;
    if (sentence - s.sentence > PRINCIPAL_SENTENCES) break;
    if (s.entity.type === 'organization' && s.speaker && !s.quoted) return s.entity;
  }
  return null;
}

/** A description headed by a noun for a person: a role (`the Sale player`), a relative (`his son`), a nationality. */
function personNoun(doc: Doc, ref: Reference): boolean {
  return ref.roles.length > 0 || ref.gender !== null || ROLE_NOUNS.has(norm(doc, ref.head ?? ref.last));
}
