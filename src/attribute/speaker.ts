/**
 * Speaker finders shared by the direct sieves and the reported frames: the phrase before a cue, past an aside
 * (`X, who replaced Y in July, said`), and the subject of the cue's sentence.
 */
import { type Doc, is, kind, norm, text } from '../doc/doc.js';
import { cueAt } from '../cues/find.js';
import { W } from '../doc/flags.js';
import { phraseFrom, phraseTo, skipAdverbs, type NameIndex, type Phrase } from '../mentions/phrase.js';

const ASIDE_MAX = 30;
const SUBJECT_REACH = 40;

/**
 * The speaker of a participle cue (`…, saying, "…"`): the name right before it (`footage of Hillary Clinton asking`),
 * else the subject of its sentence (`Trump attacked Clinton for her votes, saying, "…"`).
 */
export function gerundSubject(doc: Doc, names: NameIndex, cue: number): Phrase | null {
  const m = names.byLast.get(cue - 1);
  if (m && (m.type === 'person' || m.type === 'unknown'))
    return { first: m.first, last: m.last, kind: 'name', end: m.last + 1 };
  return withSubject(doc, names, cue) ?? sentenceSubject(doc, names, cue);
}

/** How far back `with` may be from its gerund: `with the local paper reporting`. */
const WITH_REACH = 6;

/** `…, with the Gazette reporting that …`: the phrase between `with` and the gerund is who reports. */
function withSubject(doc: Doc, names: NameIndex, cue: number): Phrase | null {
  for (let k = cue - 2; k >= Math.max(0, cue - WITH_REACH); k--) {
    if (norm(doc, k) !== 'with') continue;
    const p = phraseFrom(doc, names, k + 1);
    return p && p.end === cue ? p : null;
  }
  return null;
}

/** The first phrase in the cue's sentence, at its start or after a comma, that a verb follows: its subject. */
export function sentenceSubject(doc: Doc, names: NameIndex, cue: number): Phrase | null {
  const start = doc.sentences[doc.sentenceOf[cue]!]!.tokenStart;
  const from = Math.max(start, cue - SUBJECT_REACH); // bounded, so a huge sentence stays linear
  for (let k = from; k < cue; k++) {
    if (k !== start && text(doc, k - 1) !== ',' && kind(doc, k - 1) !== 'quote') continue;
    const p = phraseFrom(doc, names, k);
    if (!p || p.end > cue) continue;
    let v = p.end;
    if (text(doc, v) === ',') v = asideEnd(doc, v, cue);
    v = skipAdverbs(doc, v);
    if (is(doc, v, W.verb | W.inf) || cueAt(doc.tokens, v)) return p;
  }
  return null;
}

/** Token after a comma-delimited aside that starts at the comma k (`Dean, a former chairman, poked`), or k. */
function asideEnd(doc: Doc, k: number, limit: number): number {
  for (let m = k + 1; m < limit && m - k < ASIDE_MAX; m++) if (text(doc, m) === ',') return m + 1;
  return k;
}

/** The speaker phrase before a cue, past adverbs and a comma-delimited aside (`X, who replaced Y in July, said`). */
export function speakerBefore(doc: Doc, names: NameIndex, end: number): Phrase | null {
  let e = skipAdverbs(doc, end, -1);
  if (norm(doc, e) === "'s") e--; // the mayor's claim that …: the possessor is the source
  e = beforeParenthesis(doc, e);
  const t = doc.tokens[e];
  if (!t) return null;
  if (t.text !== ',') return phraseTo(doc, names, e);
  const aside = personFrom(doc, names, e);
  if (aside) return aside;
  let found: Phrase | null = null;
  for (let m = e - 1; m >= 0 && e - m < ASIDE_MAX; m--) {
    const tm = doc.tokens[m]!;
    if (doc.sentenceOf[m] !== doc.sentenceOf[e] || tm.kind === 'quote') break;
    if (tm.text !== ',') continue;
    const p = phraseTo(doc, names, beforeParenthesis(doc, m - 1));
    if (p && isPerson(names, p)) return p;
    found ??= p;
  }
  return found;
}

/**
 * Appositions name their person between commas: `The Minister for the Regions, Ann Tate, said` gives `Ann Tate`;
 * `Rita Moss, head of research at Westbank, Oslo, said` reads back past the place and the bank to `Rita Moss`.
 * The name between the comma at `comma` and the one before it, when the phrase before that is no person's name.
 */
function personFrom(doc: Doc, names: NameIndex, comma: number): Phrase | null {
  const m = names.byLast.get(comma - 1);
  if (!m || m.type !== 'person' || text(doc, m.first - 1) !== ',') return null;
  const before = phraseTo(doc, names, m.first - 2);
  if (before && isPerson(names, before)) return null;
  return { first: m.first, last: m.last, kind: 'name', end: m.last + 1 };
}

function isPerson(names: NameIndex, p: Phrase): boolean {
  return p.kind === 'name' && names.byLast.get(p.last)?.type === 'person';
}

/** `Rep. Gregory Meeks (D-N.Y.), chairman of …`: the phrase ends before a short parenthesis at k, if any. */
function beforeParenthesis(doc: Doc, k: number): number {
  if (text(doc, k) !== ')') return k;
  for (let m = k - 1; m >= 0 && k - m < 8; m--) if (text(doc, m) === '(') return m - 1;
  return k;
}
