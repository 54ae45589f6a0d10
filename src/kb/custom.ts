/**
 * Knowledge bases users bring: a newsroom's own list of people and bodies, merged with the default or instead of it.
 */
import type { KbCandidate, KbEntry, KnowledgeBase } from '../types.js';
import { normalizeName } from './parse.js';

/**
 * A knowledge base from a list of entries, looked up by label and aliases (case, accents and punctuation folded).
 *
 * @example
 * ```ts
 * import { createKnowledgeBase, extractQuotes } from 'saidby';
 *
 * const kb = createKnowledgeBase([{ id: 'Q-local-1', label: 'Ines Carver', type: 'person', roles: ['mayor'] }]);
 * const result = extractQuotes('"Books are for everyone," Mayor Ines Carver said.', { knowledgeBase: kb });
 * result.entities.find((e) => e.name === 'Ines Carver')?.link?.id; // 'Q-local-1'
 * ```
 */
export function createKnowledgeBase(entries: readonly KbEntry[], name = 'custom'): KnowledgeBase {
  const index = new Map<string, KbCandidate[]>();
  for (const e of entries) {
    const c: KbCandidate = { ...e, prior: e.prior ?? 0.9 };
    for (const key of new Set([e.label, ...(e.aliases ?? [])].map(normalizeName))) {
      if (!key) continue;
      const bucket = index.get(key) ?? [];
      bucket.push(c);
      index.set(key, bucket);
    }
  }
  return {
    name,
    lookup: (n, type) => (index.get(normalizeName(n)) ?? []).filter((c) => type === 'unknown' || c.type === type),
  };
}

/**
 * Candidates from every knowledge base, the first one's entry winning when two share an id.
 *
 * @example
 * ```ts
 * import { combineKnowledgeBases, createKnowledgeBase, defaultKnowledgeBase, extractQuotes } from 'saidby';
 *
 * const ours = createKnowledgeBase([{ id: 'Q-local-1', label: 'Ines Carver', type: 'person' }], 'newsroom');
 * const kb = combineKnowledgeBases(ours, defaultKnowledgeBase());
 * extractQuotes('"Books are for everyone," Ines Carver said.', { knowledgeBase: kb });
 * ```
 */
export function combineKnowledgeBases(...kbs: readonly KnowledgeBase[]): KnowledgeBase {
  return {
    name: kbs.map((k) => k.name).join('+'),
    lookup(n, type) {
      const byId = new Map<string, KbCandidate>();
      for (const kb of kbs) for (const c of kb.lookup(n, type)) if (!byId.has(c.id)) byId.set(c.id, c);
      return [...byId.values()];
    },
  };
}
