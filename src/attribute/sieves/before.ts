import { type Doc, is, kind, text } from '../../doc/doc.js';
import { cueAt, cueEndingAt, type CueMatch } from '../../cues/find.js';
import { W } from '../../doc/flags.js';
import { phraseFrom, type NameIndex, type Phrase } from '../../mentions/phrase.js';
import { gerundSubject, sentenceSubject, speakerBefore } from '../speaker.js';
import { isAccordingTo, isLongEnough } from '../candidate.js';
import type { Decision, DirectContext, Region, Sieve } from '../candidate.js';
import { RULES } from '../rules.js';

const OBJECT_MAX = 8;
/** How far back a colon lead-in is read for its cue. */
const LEAD_IN_MAX = 30;

/*
 * Sieves that read before the quotation, in order (src/attribute/order.ts):
 *   speaker-cue-quote  Putin said: "…"     He told reporters: "…"     Burton said, "…"
 *   according-to       According to Smith, "…"
 *   colon-lead-in      And from Chairwoman Rosenworcel: "…"
 */

/** `Putin said: "…"`, `He told reporters, "…"`, `…, saying, "…"`, `According to Smith, "…"`. */
export const SPEAKER_CUE_QUOTE: Sieve = {
  name: 'speaker-cue-quote',
  side: 'before',
  rules: ['speaker-cue-quote', 'according-to'],
  decide: speakerCueQuote,
};

/** `And from Chairwoman Rosenworcel: "…"`: after SPEAKER_CUE_QUOTE found no cue before the colon. */
export const COLON_LEAD_IN: Sieve = {
  name: 'colon-lead-in',
  side: 'before',
  rules: ['colon-lead-in'],
  decide: colonLeadIn,
};

function speakerCueQuote({ doc, names }: DirectContext, r: Region): Decision | null {
  let p = r.open - 1;
  const mark = doc.tokens[p];
  if (!mark) return null;
  const punct = mark.text === ':' || mark.text === ',';
  if (!punct && (doc.tokens[r.open]!.lineBefore || mark.kind !== 'word')) return null;
  if (punct) p--;
  if (p < 0 || (!punct && doc.tokens[r.open]!.lineBefore)) return null;
  if (!startsLikeSentence(doc, r)) return null;
  const found = cueBefore(doc, names, p, punct);
  if (!found) return null;
  const [cue, speaker] = found;
  if (cue.weak && !punct) return null;
  if (!punct && !isLongEnough(doc, r)) return null;
  const according = isAccordingTo(doc, cue);
  const c = RULES['speaker-cue-quote'].confidence;
  const confidence = according ? RULES['according-to'].confidence.direct : punct ? c.base : c.bare;
  const rule = according ? 'according-to' : 'speaker-cue-quote';
  return { attribution: { cue, speaker, rule, confidence }, tail: -1 };
}

/** A cue ending at p, or followed by a short object (`told CBS`, `told the crowd on Monday`), with its speaker. */
function cueBefore(doc: Doc, names: NameIndex, p: number, punct: boolean): [CueMatch, Phrase | null] | null {
  for (let k = p; k >= 0 && p - k <= (punct ? OBJECT_MAX : 0); k--) {
    const tk = doc.tokens[k]!;
    if (doc.sentenceOf[k] !== doc.sentenceOf[p] && !(k === p && text(doc, p + 1) === ':')) return null;
    if (tk.kind === 'quote' || (k < p && (tk.text === ';' || tk.text === '.'))) return null;
    const cue = cueEndingAt(doc.tokens, k);
    if (!cue) continue;
    if (k < p && !isObject(doc, k + 1, p)) continue;
    if (isAccordingTo(doc, cue)) {
      const speaker = phraseFrom(doc, names, cue.last + 1);
      return speaker ? [cue, speaker] : null;
    }
    if (cue.tense === 'gerund' || cue.tense === 'infinitive') return [cue, gerundSubject(doc, names, cue.first)];
    // Said Ellis: "…"
    const inverted = k < p && names.byFirst.get(k + 1)?.last === p ? names.byFirst.get(k + 1)! : null;
    if (inverted && cue.first === doc.sentences[doc.sentenceOf[k]!]!.tokenStart)
      return [cue, { first: k + 1, last: p, kind: 'name', end: p + 1 }];
    return [cue, speakerBefore(doc, names, cue.first - 1) ?? sentenceSubject(doc, names, cue.first)];
  }
  return null;
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
    if (t.kind === 'quote' || t.text === 'that' || is(doc, k, W.verb) || cueAt(doc.tokens, k)) return false;
  }
  return true;
}

/**
 * `And from Chairwoman Rosenworcel:` — the last name in the lead-in is the speaker; no cue. But when the lead-in has
 * a cue of its own, its subject speaks, not the last name before the colon:
 * `Ben Ash told the Gazette the deal was "a start": "…"`, `Ann Lee tweeted using her @ALEE account: "…"`.
 */
function colonLeadIn({ doc, names }: DirectContext, r: Region): Decision | null {
  const p = r.open - 2;
  if (text(doc, r.open - 1) !== ':' || p < 0 || !startsLikeSentence(doc, r)) return null;
  const cued = cueOfLeadIn(doc, names, p);
  if (cued) {
    const confidence = RULES['colon-lead-in'].confidence.cue;
    return { attribution: { cue: cued[0], speaker: cued[1], rule: 'colon-lead-in', confidence }, tail: -1 };
  }
  for (let k = p; k >= 0 && p - k < 12; k--) {
    if (doc.sentenceOf[k] !== doc.sentenceOf[p]) break;
    const m = names.byLast.get(k);
    if (!m || m.type === 'place') continue;
    const speaker: Phrase = { first: m.first, last: m.last, kind: 'name', end: m.last + 1 };
    const confidence = RULES['colon-lead-in'].confidence.base;
    return { attribution: { cue: null, speaker, rule: 'colon-lead-in', confidence }, tail: -1 };
  }
  return null;
}

/** The last cue of speech in the lead-in (outside quotations), with the phrase before it or the sentence's subject. */
function cueOfLeadIn(doc: Doc, names: NameIndex, p: number): [CueMatch, Phrase] | null {
  const start = doc.sentences[doc.sentenceOf[p]!]!.tokenStart;
  for (let k = p; k >= start && p - k < LEAD_IN_MAX; k--) {
    if (doc.inQuote[k] || kind(doc, k) === 'quote') continue;
    const cue = cueAt(doc.tokens, k);
    if (!cue || cue.class === 'thought' || cue.passive || cue.tense === 'phrase' || cue.tense === 'infinitive')
      continue;
    const speaker =
      cue.tense === 'gerund'
        ? gerundSubject(doc, names, cue.first)
        : (speakerBefore(doc, names, cue.first - 1) ?? sentenceSubject(doc, names, cue.first));
    return speaker ? [cue, speaker] : null;
  }
  return null;
}
