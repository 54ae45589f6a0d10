import type { EntityType } from '../types.js';
import { norm, type Doc } from '../doc/doc.js';
import type { Phrase } from './phrase.js';
import { headOf } from './references.js';
import { ORG_NOUNS, PEOPLE_PLURALS, ROLE_NOUNS } from '../words/people.js';

/**
 * What kind of speaker a phrase names when no entity was found for it: `he` and `a spokesman` are people,
 * `police` and `officials` a group, `the ministry` and `the report` an organisation or document.
 */
export function speakerType(doc: Doc, p: Phrase): EntityType {
  const head = norm(doc, headOf(doc, p)); // `officials at the ministry`: officials
  if (p.kind === 'pronoun')
    return head === 'they' || head === 'we' ? 'group' : head === 'it' ? 'organization' : 'person';
  if (p.kind === 'name') return 'person';
  if (PEOPLE_PLURALS.has(head)) return 'group';
  if (ROLE_NOUNS.has(head)) return 'person';
  return ORG_NOUNS.has(head) ? 'organization' : 'other';
}
