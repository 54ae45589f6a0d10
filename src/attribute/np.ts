import type { Doc } from '../doc.js';
import { W } from '../adapters/compromise.js';
import { F, has } from '../mentions/features.js';
import type { NameMention } from '../mentions/names.js';
import { ORG_NOUNS, ROLE_NOUNS, SUBJECT_PRONOUNS } from '../mentions/words.js';

/** A noun phrase that can be a speaker: tokens first..last inclusive. */
export interface Phrase {
  readonly first: number;
  readonly last: number;
  readonly kind: 'name' | 'pronoun' | 'description';
}

/** Name mentions indexed by their first and last tokens, for the phrase readers. */
export interface NameIndex {
  readonly byFirst: ReadonlyMap<number, NameMention>;
  readonly byLast: ReadonlyMap<number, NameMention>;
}

export function indexNames(names: readonly NameMention[]): NameIndex {
  const byFirst = new Map<number, NameMention>();
  const byLast = new Map<number, NameMention>();
  for (const m of names) { byFirst.set(m.first, m); byFirst.set(m.nameFirst, m); byLast.set(m.last, m); }
  return { byFirst, byLast };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'two', 'three', 'some', 'several', 'many', 'another', 'other', 'both', 'most', 'few', 'this', 'these', 'those', 'all', 'senior', 'top']);
const STOP = W.verb | W.prep | W.conj | W.question | W.pron | W.adv;
const LINKS = new Set(['of', 'for', 'at', 'from', 'with', 'to']);
const MAX = 12;

/** Can token k sit inside a description (`the Russian state media`, `a 45-year-old`)? */
function descriptive(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || (t.kind !== 'word' && t.kind !== 'number')) return t?.norm === "'s";
  if (ROLE_NOUNS.has(t.norm) || ORG_NOUNS.has(t.norm)) return true;
  if (has(doc.flags, k, F.cap)) return !has(doc.flags, k, W.pron | W.question) || has(doc.flags, k, W.demonym);
  return !has(doc.flags, k, STOP);
}

/** Is the head of a description a word that can speak (a role, a body, a group)? */
function speakingHead(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  return ROLE_NOUNS.has(t.norm) || ORG_NOUNS.has(t.norm) || has(doc.flags, k, W.actor | W.noun | F.cap) ||
    (t.kind === 'word' && !has(doc.flags, k, STOP | W.adj | W.inf));
}

/** The speaker phrase that starts at token i and is at most `limit` tokens long. */
export function phraseFrom(doc: Doc, names: NameIndex, i: number, limit = MAX): Phrase | null {
  const t = doc.tokens[i];
  if (!t) return null;
  if (SUBJECT_PRONOUNS.has(t.norm) && t.norm !== 'who') return { first: i, last: i, kind: 'pronoun' };
  const name = names.byFirst.get(i);
  if (name) return { first: i, last: name.last, kind: 'name' };
  if (!DETERMINERS.has(t.norm) && !descriptive(doc, i)) return null;
  let last = i;
  let head = -1;
  for (let k = i; k < i + limit && k < doc.tokens.length; k++) {
    if (doc.sentenceOf[k] !== doc.sentenceOf[i]) break;
    const tk = doc.tokens[k]!;
    if (k > i && LINKS.has(tk.norm) && head >= 0 && ROLE_NOUNS.has(doc.tokens[head]!.norm)) {
      const inner = phraseFrom(doc, names, k + 1, limit - (k - i) - 1);
      if (inner && inner.kind !== 'pronoun') { last = inner.last; head = inner.last; break; }
      break;
    }
    if (names.byFirst.has(k) && k > i) { const m = names.byFirst.get(k)!; last = m.last; head = m.last; k = m.last; continue; }
    if (!(k === i ? DETERMINERS.has(tk.norm) || descriptive(doc, k) : descriptive(doc, k) || tk.norm === "'s")) break;
    last = k;
    if (speakingHead(doc, k) && !DETERMINERS.has(tk.norm)) head = k;
  }
  if (head < 0) return null;
  return { first: i, last: head, kind: 'description' };
}

/** The speaker phrase that ends at token `end`, reading leftwards (`the Russian leader` before `said`). */
export function phraseTo(doc: Doc, names: NameIndex, end: number): Phrase | null {
  const t = doc.tokens[end];
  if (!t) return null;
  if (SUBJECT_PRONOUNS.has(t.norm) && t.norm !== 'who') return { first: end, last: end, kind: 'pronoun' };
  const name = names.byLast.get(end);
  if (name) return { first: withDeterminer(doc, name.first), last: end, kind: 'name' };
  if (t.kind !== 'word' || !speakingHead(doc, end) || has(doc.flags, end, STOP)) return null;
  let first = end;
  for (let k = end - 1; k >= 0 && end - k < MAX; k--) {
    if (doc.sentenceOf[k] !== doc.sentenceOf[end]) break;
    const tk = doc.tokens[k]!;
    if (DETERMINERS.has(tk.norm)) { first = k; break; }
    if (LINKS.has(tk.norm) && k > 0 && ROLE_NOUNS.has(doc.tokens[k - 1]!.norm)) continue;
    const m = names.byLast.get(k);
    if (m && (k === end - 1 || tk.norm === "'s")) { first = m.first; k = m.first; continue; }
    if (!descriptive(doc, k) || tk.kind === 'number' && k === end - 1) break;
    first = k;
  }
  return { first, last: end, kind: 'description' };
}

function withDeterminer(doc: Doc, first: number): number {
  const prev = doc.tokens[first - 1];
  return prev && (prev.norm === 'the') && doc.sentenceOf[first - 1] === doc.sentenceOf[first] ? first - 1 : first;
}
