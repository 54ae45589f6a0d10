import type { Doc } from '../../doc/doc.js';
import { cueAt, cueEndingAt, type CueMatch } from '../../cues/find.js';
import { has, W } from '../../doc/flags.js';
import { phraseFrom, phraseTo, skipAdverbs, type NameIndex, type Phrase } from '../../mentions/phrase.js';
import type { Attribution, Region } from '../candidate.js';

const ASIDE_MAX = 30;
const SUBJECT_REACH = 40;
const OBJECT_MAX = 8;

/**
 * Attributions written before the quotation:
 *   speaker-cue-quote  Putin said: "…"     He told reporters: "…"     Burton said, "…"
 *   according-to       According to Smith, "…"
 *   colon-lead-in      And from Chairwoman Rosenworcel: "…"
 */
export function attributeBefore(doc: Doc, names: NameIndex, r: Region, longEnough: boolean): Attribution | null {
  let p = r.open - 1;
  const mark = doc.tokens[p];
  if (!mark) return null;
  const punct = mark.text === ':' || mark.text === ',';
  if (!punct && (doc.tokens[r.open]!.lineBefore || mark.kind !== 'word')) return null;
  if (punct) p--;
  if (p < 0 || (!punct && doc.tokens[r.open]!.lineBefore)) return null;
  if (!startsLikeSentence(doc, r)) return null;
  const found = cueBefore(doc, names, p, punct);
  if (found) {
    const [cue, speaker] = found;
    if (cue.weak && !punct) return null;
    if (!punct && !longEnough) return null;
    return { cue, speaker, rule: cue.lemma === 'according to' ? 'according-to' : 'speaker-cue-quote', confidence: punct ? 0.9 : 0.75 };
  }
  return mark.text === ':' ? colonLeadIn(doc, names, p) : null;
}

/** A cue ending at p, or followed by a short object (`told CBS`, `told the crowd on Monday`), with its speaker. */
function cueBefore(doc: Doc, names: NameIndex, p: number, punct: boolean): [CueMatch, Phrase | null] | null {
  for (let k = p; k >= 0 && p - k <= (punct ? OBJECT_MAX : 0); k--) {
    const tk = doc.tokens[k]!;
    if (doc.sentenceOf[k] !== doc.sentenceOf[p] && !(k === p && doc.tokens[p + 1]?.text === ':')) return null;
    if (tk.kind === 'quote' || (k < p && (tk.text === ';' || tk.text === '.'))) return null;
    const cue = cueEndingAt(doc.tokens, k);
    if (!cue) continue;
    if (k < p && !isObject(doc, k + 1, p)) continue;
    if (cue.lemma === 'say' && cue.tense === 'phrase' && doc.tokens[cue.first]!.norm === 'according') {
      const speaker = phraseFrom(doc, names, cue.last + 1);
      return speaker ? [cue, speaker] : null;
    }
    if (cue.tense === 'gerund' || cue.tense === 'infinitive') return [cue, gerundSubject(doc, names, cue.first)];
    const inverted = k < p && names.byFirst.get(k + 1)?.last === p ? names.byFirst.get(k + 1)! : null; // Said Ellis: "…"
    if (inverted && cue.first === doc.sentences[doc.sentenceOf[k]!]!.tokenStart) return [cue, { first: k + 1, last: p, kind: 'name', end: p + 1 }];
    return [cue, speakerBefore(doc, names, cue.first - 1) ?? sentenceSubject(doc, names, cue.first)];
  }
  return null;
}

/**
 * The speaker of a participle cue (`…, saying, "…"`): the name right before it (`footage of Hillary Clinton asking`),
 * else the subject of its sentence (`Trump attacked Clinton for her votes, saying, "…"`).
 */
export function gerundSubject(doc: Doc, names: NameIndex, cue: number): Phrase | null {
  const m = names.byLast.get(cue - 1);
  if (m && (m.type === 'person' || m.type === 'unknown')) return { first: m.first, last: m.last, kind: 'name', end: m.last + 1 };
  return sentenceSubject(doc, names, cue);
}

/** The first phrase in the cue's sentence, at its start or after a comma, that a verb follows: its subject. */
export function sentenceSubject(doc: Doc, names: NameIndex, cue: number): Phrase | null {
  const start = doc.sentences[doc.sentenceOf[cue]!]!.tokenStart;
  const from = Math.max(start, cue - SUBJECT_REACH); // bounded, so a huge sentence stays linear
  for (let k = from; k < cue; k++) {
    if (k !== start && doc.tokens[k - 1]!.text !== ',' && doc.tokens[k - 1]!.kind !== 'quote') continue;
    const p = phraseFrom(doc, names, k);
    if (!p || p.end > cue) continue;
    let v = p.end;
    if (doc.tokens[v]?.text === ',') v = asideEnd(doc, v, cue);
    v = skipAdverbs(doc, v);
    if (has(doc.flags, v, W.verb | W.inf) || cueAt(doc.tokens, v)) return p;
  }
  return null;
}

/** Token after a comma-delimited aside that starts at the comma k (`Dean, a former chairman, poked`), or k. */
function asideEnd(doc: Doc, k: number, limit: number): number {
  for (let m = k + 1; m < limit && m - k < ASIDE_MAX; m++) if (doc.tokens[m]!.text === ',') return m + 1;
  return k;
}

const SENTENCE_OPENER = /[\d"“‘'«([]/;

/** A quotation introduced before it is a sentence of its own: it opens with a capital, a digit or a mark. */
function startsLikeSentence(doc: Doc, r: Region): boolean {
  const ch = doc.text[r.start] ?? '';
  return ch !== ch.toLowerCase() || SENTENCE_OPENER.test(ch);
}

/** Words between a cue and the quotation that are its object or a time or place: no verb, no clause. */
function isObject(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === 'quote' || t.text === 'that' || has(doc.flags, k, W.verb) || cueAt(doc.tokens, k)) return false;
  }
  return true;
}

/** The speaker phrase before a cue, past adverbs and a comma-delimited aside (`X, who replaced Y in July, said`). */
export function speakerBefore(doc: Doc, names: NameIndex, end: number): Phrase | null {
  let e = skipAdverbs(doc, end, -1);
  if (doc.tokens[e]?.norm === "'s") e--; // the mayor's claim that …: the possessor is the source
  e = beforeParenthesis(doc, e);
  const t = doc.tokens[e];
  if (!t) return null;
  if (t.text !== ',') return phraseTo(doc, names, e);
  for (let m = e - 1; m >= 0 && e - m < ASIDE_MAX; m--) {
    const tm = doc.tokens[m]!;
    if (doc.sentenceOf[m] !== doc.sentenceOf[e] || tm.kind === 'quote') return null;
    if (tm.text === ',') return phraseTo(doc, names, beforeParenthesis(doc, m - 1));
  }
  return null;
}

/** `Rep. Gregory Meeks (D-N.Y.), chairman of …`: the phrase ends before a short parenthesis at k, if any. */
function beforeParenthesis(doc: Doc, k: number): number {
  if (doc.tokens[k]?.text !== ')') return k;
  for (let m = k - 1; m >= 0 && k - m < 8; m--) if (doc.tokens[m]!.text === '(') return m - 1;
  return k;
}

/** `And from Chairwoman Rosenworcel:` — the last name in the lead-in is the speaker; no cue. */
function colonLeadIn(doc: Doc, names: NameIndex, p: number): Attribution | null {
  for (let k = p; k >= 0 && p - k < 12; k--) {
    if (doc.sentenceOf[k] !== doc.sentenceOf[p]) break;
    const m = names.byLast.get(k);
    if (m && m.type !== 'place') return { cue: null, speaker: { first: m.first, last: m.last, kind: 'name', end: m.last + 1 }, rule: 'colon-lead-in', confidence: 0.6 };
  }
  return null;
}
