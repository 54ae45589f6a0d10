import { is, norm, text, tokenText, type Doc } from '../doc/doc.js';
import { F } from '../doc/flags.js';
import { ARTICLES } from '../words/function-words.js';
import type { EntityLink } from '../types.js';
import type { NameMention } from '../mentions/names.js';
import { findReferences } from '../mentions/references.js';
import type { Attribution } from '../attribute/candidate.js';
import { joinAcronyms, spellOutAcronyms } from './acronyms.js';
import { clusterNames, type EntityDraft } from './cluster.js';
import { addLeaders } from './administrations.js';
import { addNestedPlaces, findRegions, widenToRegions } from './places.js';
import { resolveReferences } from './resolve.js';
import { joinSameLinks } from './same-link.js';
import { EMPTY_KB, linkEntities, type KnowledgeBase } from './link.js';

/** Anything with an attribution: a direct quote's draft or reported speech. */
export interface Attributed {
  readonly attribution: Attribution | null;
}

export interface Resolved {
  readonly entities: EntityDraft[];
  /** Knowledge-base links, by entity. */
  readonly links: Map<EntityDraft, EntityLink>;
  /** The entity of each draft's speaker, by draft. */
  readonly speakerOf: Map<Attributed, EntityDraft | null>;
}

/**
 * Stage: cluster name mentions into entities; resolve pronouns and descriptions (speakers among them) to those
 * entities, in text order; link each entity to the knowledge base, or leave it unlinked when unsure (link.ts).
 */
export function resolveEntities(
  doc: Doc,
  names: readonly NameMention[],
  drafts: readonly Attributed[],
  kb: KnowledgeBase = EMPTY_KB,
  year: number | null = null,
): Resolved {
  const entities = clusterNames(names, (m) => nameText(doc, m));
  joinAcronyms(doc, entities);
  findAffiliations(doc, names, entities);
  const regionTails = findRegions(doc, names, entities);
  addNestedPlaces(doc, names, entities, kb);
  addLeaders(doc, names, entities, kb);
  // before pronouns: the KB knows Kim Jong Un is a man
  const links = linkEntities(entities, kb, (e) => nameVariants(doc, e), year);
  spellOutAcronyms(entities, links);
  joinSameLinks(entities, links);
  const speakers = drafts.flatMap((d) => (d.attribution?.speaker ? [d.attribution.speaker] : []));
  const refs = findReferences(doc, names, speakers);
  const resolved = resolveReferences(doc, entities, refs, new Set(speakers.map((p) => p.first)));
  for (const ref of refs) resolved.get(ref.first)?.mentions.push({ first: ref.first, last: ref.last, kind: ref.kind });
  // the longest name ending at a token: `the University of Helsinki said` is the university's, not Helsinki's
  const byLast = new Map<number, EntityDraft>();
  const startOf = new Map<number, number>();
  for (const e of entities)
    for (const m of e.mentions)
      if (m.kind === 'name' && m.first < (startOf.get(m.last) ?? Infinity)) {
        byLast.set(m.last, e);
        startOf.set(m.last, m.first);
      }
  const speakerOf = new Map<Attributed, EntityDraft | null>();
  for (const d of drafts) {
    const p = d.attribution?.speaker;
    if (!p) continue;
    const described = resolved.get(p.first);
    const body = p.kind === 'description' && (!described || described.unnamed) ? bodyInside(p, byLast) : null;
    const e = body ?? (p.kind === 'name' ? (byLast.get(p.last) ?? null) : (resolved.get(p.first) ?? null));
    if (e && e.type === 'unknown') e.type = body ? 'organization' : 'person'; // a speaker named alone is a person
    speakerOf.set(d, e);
  }
  widenToRegions(regionTails, links, kb); // last: speakers are found by the names as written
  return { entities, speakerOf, links };
}

/**
 * `Russia's RIA Novosti news agency`, `the Clinton campaign`: a description headed by a body's noun, around its name.
 */
function bodyInside(p: { first: number; last: number }, byLast: ReadonlyMap<number, EntityDraft>): EntityDraft | null {
  for (let k = p.last - 1; k >= p.first && k >= p.last - 2; k--) {
    const e = byLast.get(k);
    if (e && (e.type === 'organization' || e.type === 'unknown')) return e;
  }
  return null;
}

/** `Nick Bos, of the University of Helsinki`, `Mr. Morgan of the Sierra Club`: a person's organisation. */
function findAffiliations(doc: Doc, names: readonly NameMention[], entities: readonly EntityDraft[]): void {
  const byFirst = new Map(names.map((m) => [m.first, m]));
  const entityOf = new Map<number, EntityDraft>();
  for (const e of entities) for (const m of e.mentions) entityOf.set(m.first, e);
  for (const m of names) {
    if (m.type !== 'person') continue;
    let k = m.last + 1;
    if (text(doc, k) === ',') k++;
    if (norm(doc, k) !== 'of') continue;
    k++;
    if (norm(doc, k) === 'the') k++;
    const org = byFirst.get(k);
    if (org && org.type === 'organization') entityOf.get(m.first)?.affiliations.add(nameText(doc, org));
  }
}

/** The entity's canonical name first, then the other names it is mentioned by (`Putin`), without titles. */
function nameVariants(doc: Doc, e: EntityDraft): string[] {
  const out = new Set<string>([e.name]);
  for (const m of e.nameSpans) out.add(tokenText(doc, m.first, m.last));
  // `People 's Republic` in tokenised text: the knowledge base writes `People's Republic`
  for (const n of [...out]) if (n.includes(" '") || n.includes(' \u2019')) out.add(n.replace(SPACED_APOSTROPHE, '$1'));
  if (e.type === 'organization') for (const m of e.mentions) if (m.kind === 'name') bodyForms(doc, m, out);
  return [...out];
}

/**
 * A body's name as written, with the words that were taken for a title (`General Assembly`), and turned round
 * about its `of` (`Assembly of the United Nations` → `United Nations Assembly`): forms a knowledge base may list.
 */
function bodyForms(doc: Doc, m: { readonly first: number; readonly last: number }, out: Set<string>): void {
  let first = m.first;
  while (first < m.last && (!is(doc, first, F.cap) || ARTICLES.has(norm(doc, first)))) first++; // not `The`, `former`
  const whole = tokenText(doc, first, m.last);
  out.add(whole);
  const of = whole.indexOf(' of ');
  if (of > 0) out.add(`${whole.slice(of + 4).replace(THE, '')} ${whole.slice(0, of)}`);
}

const THE = /^the /i;
const SPACED_APOSTROPHE = / (['\u2019])/g;

function nameText(doc: Doc, m: NameMention): string {
  return tokenText(doc, m.nameFirst, m.nameLast);
}
