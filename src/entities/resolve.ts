import type { Doc } from '../doc.js';
import { W } from '../adapters/compromise.js';
import { has } from '../mentions/features.js';
import { nationOf } from '../mentions/nation.js';
import { isQualifier } from '../mentions/names.js';
import { GENDERED_TITLES, PRONOUNS, ROLE_NOUNS } from '../mentions/words.js';
import type { Phrase } from '../attribute/np.js';
import type { EntityDraft } from './cluster.js';

/** Entities by the tokens of their name mentions, in text order, for looking back from a speaker phrase. */
export interface MentionLog {
  readonly at: ReadonlyArray<{ readonly token: number; readonly entity: EntityDraft; readonly quoted: boolean }>;
  readonly byToken: ReadonlyMap<number, EntityDraft>;
}

/** How many mentions back a pronoun or description looks for its entity. */
const LOOKBACK = 400;

export function mentionLog(doc: Doc, entities: readonly EntityDraft[]): MentionLog {
  const at = entities.flatMap((e) => e.mentions.map((m) => ({ token: m.last, entity: e, quoted: doc.inQuote[m.last] === 1 })));
  at.sort((a, b) => a.token - b.token);
  return { at, byToken: new Map(at.map((m) => [m.token, m.entity])) };
}

/**
 * The entity a speaker phrase refers to:
 *  - a name: the cluster holding it;
 *  - a pronoun (`he`): the nearest person before it with a compatible gender, outside quotations first;
 *  - a description (`the Russian leader`): the most recent person whose roles and nationality fit.
 */
export function resolveSpeaker(doc: Doc, log: MentionLog, p: Phrase): EntityDraft | null {
  if (p.kind === 'name') return log.byToken.get(p.last) ?? null;
  if (p.kind === 'pronoun') return resolvePronoun(doc, log, p.first);
  return resolveDescription(doc, log, p);
}

function before(log: MentionLog, token: number): number {
  let lo = 0;
  let hi = log.at.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (log.at[mid]!.token < token) lo = mid + 1; else hi = mid; }
  return lo - 1;
}

function resolvePronoun(doc: Doc, log: MentionLog, token: number): EntityDraft | null {
  const info = PRONOUNS.get(doc.tokens[token]!.norm);
  if (!info || info.plural || info.person !== 3 || info.gender === 'neuter') return null;
  for (const skipQuoted of [true, false]) {
    const from = before(log, token);
    for (let k = from; k >= 0 && from - k < LOOKBACK; k--) {
      const { entity, quoted } = log.at[k]!;
      if (skipQuoted && quoted) continue;
      if (entity.type !== 'person' && entity.type !== 'unknown') continue;
      if (entity.gender && entity.gender !== info.gender) continue;
      return entity;
    }
  }
  return null;
}

function resolveDescription(doc: Doc, log: MentionLog, p: Phrase): EntityDraft | null {
  const head = doc.tokens[p.last]!.norm;
  const roles = ROLE_NOUNS.get(head);
  if (!roles || roles.length === 0 || doc.tokens[p.first]!.norm !== 'the') return null;
  let nation: string | null = null;
  for (let k = p.first; k < p.last; k++) if (has(doc.flags, k, W.demonym) || isQualifier(doc, k)) nation = nationOf(doc, k);
  const gender = GENDERED_TITLES.get(head) ?? null;
  const from = before(log, p.first);
  for (let k = from; k >= 0 && from - k < LOOKBACK; k--) {
    const { entity } = log.at[k]!;
    if (entity.type !== 'person') continue;
    if (!roles.some((r) => entity.roles.has(r))) continue;
    if (nation && !entity.nations.has(nation)) continue;
    if (gender && entity.gender && gender !== entity.gender) continue;
    return entity;
  }
  return null;
}
