/** The frame where the cue comes first: `X said (that) …`, `According to X, …`, `…, saying …`. */
import type { Doc } from '../../doc.js';
import type { CueMatch } from '../../cues/find.js';
import { W } from '../../adapters/compromise.js';
import { F, has } from '../../mentions/features.js';
import { phraseFrom, type NameIndex, type Phrase } from '../np.js';
import { gerundSubject, sentenceSubject, speakerBefore } from '../sieves/before.js';
import { MAX_CONTENT, contentEnd, contentStart, startsClause } from './content.js';
import { baseFormFits, confidence, draft, hasVerb, MIN_TOKENS, type ReportedDraft } from './draft.js';

/** Weak cues whose object is rarely what was said, unless `that` introduces it: `called the meeting to order`. */
const NEEDS_THAT = new Set(['call', 'add', 'continue', 'post', 'offer', 'detail', 'outline', 'describe', 'cite', 'note', 'tease', 'joke', 'laugh', 'cry']);

/** Speech verbs that take no clause (`speak`, `talk`): what was said follows `about`, `of`, `to` (phrase cues). */
const INTRANSITIVE = new Set(['speak', 'talk', 'testify', 'comment', 'chat', 'lecture']);
/** Cues whose content can be a to-infinitive: `promised to cut taxes`, `refused to release`, `wants to win`. */
const TO_VERBS = new Set(['promise', 'pledge', 'vow', 'refuse', 'decline', 'threaten', 'plan', 'want', 'hope', 'expect', 'seek', 'decide', 'agree', 'offer', 'urge', 'ask', 'tell', 'order', 'vote', 'intend', 'claim', 'swear']);

/** `X said (that) CONTENT`, `According to X, CONTENT`, `…, saying CONTENT`. */
export function forwardFrame(doc: Doc, names: NameIndex, cue: CueMatch, end: number): ReportedDraft | null {
  const according = doc.tokens[cue.first]!.norm === 'according';
  let speaker: Phrase | null;
  let from: number;
  if (according) {
    speaker = phraseFrom(doc, names, cue.last + 1);
    if (!speaker || doc.tokens[speaker.end]?.text !== ',') return null;
    from = speaker.end + 1;
  } else {
    if (passive(doc, cue)) return null; // `the veto is expected to come`: the subject is not the one expecting
    if (INTRANSITIVE.has(cue.lemma) && cue.tense !== 'phrase') return null; // `speaking Friday in Fort Wayne, …`
    const sourceless = cue.passive && doc.tokens[cue.first]!.norm === 'it'; // `it was announced that …`: no source is named
    speaker = sourceless ? null
      : cue.tense === 'gerund' ? gerundSubject(doc, names, cue.first) : speakerBefore(doc, names, cue.first - 1) ?? sentenceSubject(doc, names, cue.first);
    if (!speaker && !sourceless) return null;
    const plainNoun = has(doc.flags, cue.first, W.plural) && doc.tokens[cue.last + 1]?.norm !== 'that';
    if (cue.tense === 'present' && speaker?.kind === 'description' && plainNoun) return null; // swing states like …
    const nominal = doc.tokens[cue.first - 1]?.norm === "'s" && doc.tokens[cue.last + 1]?.norm === 'that'; // the mayor's claim that …
    if (cue.tense === 'infinitive' && speaker && !nominal && !afterAuxiliary(doc, cue.first) && !baseFormFits(doc, cue, speaker)) return null;
    from = contentStart(doc, names, cue, end);
    const that = doc.tokens[from - 1]?.norm === 'that';
    if (cue.weak && !that && NEEDS_THAT.has(cue.lemma) && !quotedAhead(doc, from, end)) return null; // called the meeting to order; called them "deplorables"
    const toClause = doc.tokens[from]?.norm === 'to' && TO_VERBS.has(cue.lemma); // promised to cut taxes
    if (cue.weak && !that && !toClause && !has(doc.flags, from, W.pron | W.det | F.cap) && doc.tokens[from]?.kind !== 'quote') return null; // would decline by four points
    if (!that && !toClause && !startsClause(doc, names, from)) return null;
  }
  const last = contentEnd(doc, from, end);
  // a clause, or for a strong cue a noun phrase too (`questioning the integrity of the voting system`)
  if (last - from < (cue.weak ? MIN_TOKENS : 2) || (cue.weak && !hasVerb(doc, from, last))) return null;
  const that = doc.tokens[from - 1]?.norm === 'that';
  const base = according ? 0.8 : cue.tense === 'gerund' ? 0.6 : that ? 0.85 : cue.weak ? 0.5 : 0.75;
  return draft(doc, from, last, { cue, speaker, rule: according ? 'according-to' : 'reported-after', confidence: confidence(cue, base) });
}

/** A quotation in what follows the cue: a weak cue next to one reports it (`called them “deplorables”`). */
function quotedAhead(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + MAX_CONTENT); k++) if (doc.tokens[k]!.kind === 'quote') return true;
  return false;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "wasn't"]);

/** `is expected`, `was reported`: a passive participle; its subject is not the source. */
function passive(doc: Doc, cue: CueMatch): boolean {
  if (cue.tense !== 'past' && cue.tense !== 'participle') return false;
  let k = cue.first - 1;
  while (k >= 0 && has(doc.flags, k, W.adv)) k--;
  return BE.has(doc.tokens[k]?.norm ?? '');
}

/** `will say`, `has said`, `would argue`: a base form is a cue only after an auxiliary or modal. */
function afterAuxiliary(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1]?.norm ?? '';
  return ['will', 'would', 'could', 'might', 'may', 'must', 'should', 'can', 'did', 'does', 'do', "didn't", "don't"].includes(prev);
}
