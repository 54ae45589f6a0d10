import type { EntityLink, KnowledgeBase } from '../types.js';
import type { EntityDraft } from './cluster.js';

export type { KnowledgeBase };

/** The default until the bundled knowledge base lands: no entries, so nothing is linked. */
export const EMPTY_KB: KnowledgeBase = { name: 'none', lookup: () => [] };

/** Links below this score are left out: no link is better than a wrong one. */
export const LINK_THRESHOLD = 0.5;

/**
 * Stage: link each entity to a knowledge-base entry. Candidates by the entity's canonical name; of the candidates
 * of a compatible type, the one with the highest prior wins if it is clearly ahead of the next.
 */
export function linkEntities(entities: readonly EntityDraft[], kb: KnowledgeBase): Map<EntityDraft, EntityLink> {
  const links = new Map<EntityDraft, EntityLink>();
  for (const e of entities) {
    const candidates = kb.lookup(e.name, e.type).filter((c) => e.type === 'unknown' || c.type === e.type);
    const [best, second] = [...candidates].sort((a, b) => b.prior - a.prior);
    if (!best) continue;
    const score = best.prior - (second?.prior ?? 0) / 2; // a namesake close behind lowers the score
    if (score >= LINK_THRESHOLD) links.set(e, { id: best.id, label: best.label, score: Math.min(1, score), source: kb.name });
  }
  return links;
}
