import type { Doc } from '../../doc/doc.js';
import { cueAt, type CueMatch } from '../../cues/find.js';
import { has, W } from '../../doc/flags.js';
import { isPlural, phraseFrom, skipAdverbs, skipParenthesis, type NameIndex } from '../../mentions/phrase.js';
import { endsOpen, isDash, type Attribution, type Region } from '../candidate.js';

/** What may follow a sign-off speaker: the end of its clause. */
const CLOSING_PUNCT = /^[,.;)]$/;
const ASIDE_MAX = 30;

/**
 * Attributions written after the quotation:
 *   quote-cue-speaker  "…," Putin said          inverted  "…," said Mr Blair
 *   passive            "…," Putin was quoted as saying
 *   aside              "…," Hugh Hill, a doctor, said
 *   dash-signoff       "…" — Commissioner Geoffrey Starks
 * Returns the attribution and the token after it.
 */
export function attributeAfter(doc: Doc, names: NameIndex, r: Region): [Attribution, number] | null {
  let j = r.close + 1;
  const t = doc.tokens[j];
  if (!t || t.lineBefore) return null;
  if (isDash(t.text)) return dashSignoff(doc, names, j);
  if (t.text === ',') j++;
  const open = endsOpen(doc, r) || t.text === ',';
  const cue = cueAt(doc.tokens, j);
  const inverted = cue && !cue.passive && cue.tense !== 'gerund' ? phraseFrom(doc, names, cue.last + 1) : null;
  // `said he.` is inverted; `said it was time` is not: a pronoun must end the clause
  if (cue && inverted && (inverted.kind !== 'pronoun' || endsClause(doc, inverted.end))) {
    return [{ cue, speaker: inverted, rule: 'inverted', confidence: open ? 0.95 : 0.8 }, inverted.end];
  }
  const speaker = phraseFrom(doc, names, j);
  if (!speaker) return null;
  const found = cueAfterSpeaker(doc, speaker.end);
  if (!found) return null;
  const [c, aside] = found;
  if (c.tense === 'gerund' || c.tense === 'infinitive' && !isPlural(doc, speaker)) return null;
  const rule = c.passive ? 'passive' : aside ? 'aside' : 'quote-cue-speaker';
  return [{ cue: c, speaker, rule, confidence: open ? 0.95 : 0.8 }, c.last + 1];
}

function endsClause(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !t || t.lineBefore || t.kind === 'punct';
}

/** The cue after a speaker phrase, past adverbs (`also`, `later`) and a comma-delimited aside. */
export function cueAfterSpeaker(doc: Doc, k0: number): [CueMatch, boolean] | null {
  const k = skipParenthesis(doc, k0);
  const i = skipAdverbs(doc, k);
  const direct = cueAt(doc.tokens, i) ?? cueAfterPlace(doc, i);
  if (direct) return [direct, false];
  if (doc.tokens[k]?.text !== ',') return null;
  for (let m = k + 1; m < k + ASIDE_MAX && m < doc.tokens.length; m++) {
    const tm = doc.tokens[m]!;
    if (tm.lineBefore || tm.kind === 'quote' || doc.sentenceOf[m] !== doc.sentenceOf[k]) return null;
    if (tm.text !== ',') continue;
    const cue = cueAt(doc.tokens, skipAdverbs(doc, m + 1));
    if (cue && cue.tense !== 'gerund') return [cue, true];
  }
  return null;
}

/** `a narrator in the Clinton ad asks`, `officials at the embassy said`: a short place or body phrase, then the cue. */
function cueAfterPlace(doc: Doc, k: number): CueMatch | null {
  if (!PLACE_PREPS.has(doc.tokens[k]?.norm ?? '')) return null;
  for (let m = k + 2; m < k + 7 && m < doc.tokens.length; m++) {
    const cue = cueAt(doc.tokens, m);
    if (cue) return cue.tense !== 'gerund' && cue.tense !== 'infinitive' ? cue : null;
    if (doc.sentenceOf[m] !== doc.sentenceOf[k] || doc.tokens[m]!.kind !== 'word' || has(doc.flags, m, W.verb | W.prep)) return null;
  }
  return null;
}

const PLACE_PREPS = new Set(['in', 'at', 'from', 'with', 'for', 'of', 'on']);

function dashSignoff(doc: Doc, names: NameIndex, j: number): [Attribution, number] | null {
  const speaker = phraseFrom(doc, names, j + 1);
  if (!speaker || speaker.kind !== 'name') return null;
  const after = doc.tokens[speaker.end];
  if (after && !after.lineBefore && !CLOSING_PUNCT.test(after.text)) return null;
  const t = doc.tokens[j]!;
  const cue: CueMatch = { first: j, last: j, lemma: t.text, class: 'speech', weak: false, passive: false, tense: 'phrase' };
  return [{ cue, speaker, rule: 'dash-signoff', confidence: 0.85 }, speaker.end];
}
