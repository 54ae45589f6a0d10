import type { Doc } from '../doc.js';
import type { NameMention } from '../mentions/names.js';
import type { Draft } from '../attribute/candidate.js';
import { clusterNames, type EntityDraft } from './cluster.js';
import { mentionLog, resolveSpeaker } from './resolve.js';
import { EMPTY_KB, linkEntities, type KnowledgeBase } from './link.js';
import type { EntityLink } from '../types.js';

export interface Resolved {
  readonly entities: EntityDraft[];
  /** Knowledge-base links, by entity. */
  readonly links: Map<EntityDraft, EntityLink>;
  /** The entity of each draft's speaker, by draft. */
  readonly speakerOf: Map<Draft, EntityDraft | null>;
}

/**
 * Stage: cluster name mentions into entities, then resolve each speaker phrase (name, pronoun, description)
 * to one; speaker phrases that are descriptions or pronouns join their entity's mentions.
 * Then each entity is linked to the knowledge base, or left unlinked when unsure (see link.ts).
 */
export function resolveEntities(doc: Doc, names: readonly NameMention[], drafts: readonly Draft[], kb: KnowledgeBase = EMPTY_KB): Resolved {
  const entities = clusterNames(names, (m) => nameText(doc, m));
  const log = mentionLog(doc, entities);
  const speakerOf = new Map<Draft, EntityDraft | null>();
  const joined = new Set<string>();
  for (const d of drafts) {
    const p = d.attribution?.speaker;
    if (!p) continue;
    const e = resolveSpeaker(doc, log, p);
    speakerOf.set(d, e);
    if (e && p.kind !== 'name' && !joined.has(`${e.id}:${p.first}`)) {
      joined.add(`${e.id}:${p.first}`);
      e.mentions.push({ first: p.first, last: p.last, kind: p.kind });
    }
    if (e && e.type === 'unknown') e.type = 'person';
  }
  return { entities, speakerOf, links: linkEntities(entities, kb) };
}

function nameText(doc: Doc, m: NameMention): string {
  return doc.text.slice(doc.tokens[m.nameFirst]!.start, doc.tokens[m.last]!.end);
}
