import type { EntityLink } from '../types.js';
import { moveInto } from './acronyms.js';
import type { EntityDraft } from './cluster.js';

/**
 * `America … the United States`, `China … the People's Republic of China`: two clusters of places or bodies that the
 * knowledge base links to the same id are one thing named two ways, so they become one entity, the first named. The
 * second keeps no mentions and its link goes. People are left apart: two people are never merged on a link alone,
 * as a wrong link of one would then take the other's quotes with it.
 */
export function joinSameLinks(entities: readonly EntityDraft[], links: Map<EntityDraft, EntityLink>): void {
  const byId = new Map<string, EntityDraft>();
  for (const e of entities) {
    const link = links.get(e);
    if (!link || e.type === 'person' || e.mentions.length === 0) continue;
    const first = byId.get(link.id);
    if (!first) byId.set(link.id, e);
    else if (first.type === e.type) {
      moveInto(e, first);
      for (const n of e.nations) first.nations.add(n);
      for (const r of e.regions) first.regions.add(r);
      links.delete(e);
    }
  }
}
