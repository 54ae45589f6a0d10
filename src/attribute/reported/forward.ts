/** The frame where the cue comes first: `X said (that) …`, `According to X, …`, `…, saying …`. */
import type { Doc } from '../../doc/doc.js';
import type { CueMatch } from '../../cues/find.js';
import { F, has, W } from '../../doc/flags.js';
import { phraseFrom, phraseTo, skipAdverbs, type NameIndex, type Phrase } from '../../mentions/phrase.js';
import { gerundSubject, sentenceSubject, speakerBefore } from '../sieves/before.js';
import { MAX_CONTENT, contentEnd, contentStart, startsClause } from './content.js';
import { speakerType } from '../../mentions/speaker-type.js';
import { baseFormFits, confidence, draft, hasVerb, MIN_TOKENS, type ReportedDraft } from './draft.js';

/** Weak cues whose object is rarely what was said, unless `that` introduces it: `called the meeting to order`. */
const NEEDS_THAT = new Set(['call', 'add', 'continue', 'post', 'offer', 'detail', 'outline', 'describe', 'cite', 'note', 'tease', 'joke', 'laugh', 'cry']);

/** Speech verbs that take no clause (`speak`, `talk`): what was said follows `about`, `of`, `to` (phrase cues). */
const INTRANSITIVE = new Set(['speak', 'talk', 'testify', 'comment', 'chat', 'lecture']);
/** Cues whose content can be a to-infinitive: `promised to cut taxes`, `refused to release`, `wants to win`. */
const TO_VERBS = new Set(['promise', 'pledge', 'vow', 'refuse', 'decline', 'threaten', 'plan', 'want', 'hope', 'expect', 'seek', 'decide', 'agree', 'offer', 'urge', 'ask', 'tell', 'order', 'vote', 'intend', 'claim', 'swear']);

/** `X said (that) CONTENT`, `According to X, CONTENT`, `…, saying CONTENT`. */
export function forwardFrame(doc: Doc, names: NameIndex, cue: CueMatch, end: number): ReportedDraft | null {
  if (doc.tokens[cue.first]!.norm === 'according') return accordingTo(doc, names, cue, end);
  if (passive(doc, cue)) return null; // `the veto is expected to come`: the subject is not the one expecting
  if (INTRANSITIVE.has(cue.lemma) && cue.tense !== 'phrase') return null; // `speaking Friday in Fort Wayne, …`
  const speaker = sourceOf(doc, names, cue);
  if (speaker === undefined || !cueFormFits(doc, cue, speaker)) return null;
  const from = contentStart(doc, names, cue, end);
  // A stance verb may take its object as the content: a weak one reads it first (`criticized the plan as …`), a
  // strong one only when no clause follows.
  const takesObject = OBJECT_VERBS.has(cue.lemma) && !opensClause(doc, from);
  const object = takesObject && cue.weak ? objectFrame(doc, names, cue, speaker, from, end) : null;
  if (object) return object;
  const clause = complementFits(doc, names, cue, from, end) ? finish(doc, cue, speaker, from, end, 'reported-after') : null;
  if (clause || !takesObject || cue.weak) return clause;
  return objectFrame(doc, names, cue, speaker, from, end);
}

/**
 * Stance verbs whose object is the content even without a clause: `Clinton cited derogatory comments …`,
 * `Bill Clinton criticized the Affordable Care Act as a “crazy system”`, `Trump has questioned the integrity …`.
 */
const OBJECT_VERBS = new Set(['cite', 'mention', 'criticize', 'blame', 'accuse', 'praise', 'defend', 'endorse', 'support',
  'reject', 'dismiss', 'question', 'condemn', 'blast', 'highlight', 'propose', 'demand', 'describe', 'acknowledge',
  'decry', 'denounce', 'lament', 'deny', 'dispute', 'call', 'slam', 'tout', 'hail', 'welcome', 'applaud', 'mock', 'ridicule',
  'recommend', 'announce', 'reveal', 'confirm', 'predict', 'promise', 'pledge', 'vow', 'request', 'want', 'oppose', 'favor']);
/** Words that end an object: an adjunct of the act, not part of what was said (`… during a campaign stop`). */
const OBJECT_STOPS = new Set(['during', 'while', 'at', 'on', 'in', 'after', 'before', 'since', 'when', 'because', 'by', 'with', 'amid', 'despite', 'last', 'earlier', 'later', 'yesterday', 'today']);

/** `that …`, `whether …`, `to …`: a clause or infinitive follows, which the clause frames read. */
function opensClause(doc: Doc, from: number): boolean {
  const prev = doc.tokens[from - 1]?.norm;
  const norm = doc.tokens[from]?.norm ?? '';
  return prev === 'that' || WH.has(norm) || norm === 'to';
}

/**
 * `X criticized OBJECT (as …)`: a stance verb with a noun-phrase object, read up to an adjunct of the act. The source
 * must be one that takes stances: a person, group or organisation, not `the bridge will support …`.
 */
function objectFrame(doc: Doc, names: NameIndex, cue: CueMatch, speaker: Phrase | null, from: number, end: number): ReportedDraft | null {
  if (!speaker || speakerType(doc, speaker) === 'other' || isThing(doc, names, speaker)) return null;
  if (cue.tense === 'gerund' || (cue.tense === 'infinitive' && !afterAuxiliary(doc, cue.first) && !controlled(doc, cue.first) && !baseFormFits(doc, cue, speaker))) return null;
  if (cue.lemma === 'call' && doc.tokens[cue.last + 1]?.norm !== 'for' && !quotedAhead(doc, from, end)) return null;
  let k = from;
  if (cue.lemma === 'call' && doc.tokens[k]?.norm === 'for') k++;
  const t = doc.tokens[k];
  const gerund = t?.kind === 'word' && t.norm.endsWith('ing') && has(doc.flags, k, W.verb); // `proposes doing away with …`
  if (!t || (!gerund && t.kind !== 'quote' && t.kind !== 'number' && (t.kind !== 'word' || has(doc.flags, k, W.prep | W.conj | W.verb)))) return null;
  const clauseEnd = contentEnd(doc, k, end);
  let last = k + 1;
  while (last < clauseEnd && (gerund || doc.inQuote[last] === 1 || !OBJECT_STOPS.has(doc.tokens[last]!.norm))) last++;
  while (last > k && has(doc.flags, last - 1, W.prep)) last--; // `blame workers for [this behaviour]`: not a dangling `for`
  if (last - k < 2) return null;
  return draft(doc, k, last, { cue, speaker, rule: 'reported-object', confidence: confidence(cue, 0.4) });
}

/** `it`, `this`: a pronoun that names no one who could take a stance. */
function isThing(doc: Doc, names: NameIndex, speaker: Phrase): boolean {
  return speaker.kind === 'pronoun' && ['it', 'this', 'that'].includes(doc.tokens[speaker.last]!.norm) && !names.byLast.has(speaker.last);
}

/** `According to X, CONTENT`. */
function accordingTo(doc: Doc, names: NameIndex, cue: CueMatch, end: number): ReportedDraft | null {
  const speaker = phraseFrom(doc, names, cue.last + 1);
  if (!speaker || doc.tokens[speaker.end]?.text !== ',') return null;
  return finish(doc, cue, speaker, speaker.end + 1, end, 'according-to');
}

/** The source: the phrase before the cue or its sentence's subject; null for `it was announced`; undefined if none. */
function sourceOf(doc: Doc, names: NameIndex, cue: CueMatch): Phrase | null | undefined {
  if (cue.passive && doc.tokens[cue.first]!.norm === 'it') return null;
  const aux = skipAdverbs(doc, cue.first - 1, -1);
  const progressive = cue.tense === 'gerund' && PROGRESSIVE.has(doc.tokens[aux]?.norm ?? '');
  const before = progressive ? aux : cue.first; // `He's claiming that …`: a finite verb
  const who = skipAdverbs(doc, before - 1, -1);
  if (doc.tokens[who]?.norm === 'who' && doc.tokens[who - 1]?.text === ',') return phraseTo(doc, names, who - 2) ?? undefined; // `Mr. Kamin, who emphasized that …`
  const found = cue.tense === 'gerund' && !progressive ? gerundSubject(doc, names, cue.first)
    : speakerBefore(doc, names, before - 1) ?? sentenceSubject(doc, names, before);
  return found ?? undefined;
}

/** Is this form a verb here? Not `swing states like …` (a plural noun), not `to say` (a base form after `to`). */
function cueFormFits(doc: Doc, cue: CueMatch, speaker: Phrase | null): boolean {
  const plainNoun = has(doc.flags, cue.first, W.plural) && doc.tokens[cue.last + 1]?.norm !== 'that';
  if (cue.tense === 'present' && speaker?.kind === 'description' && plainNoun) return false;
  const nominal = doc.tokens[cue.first - 1]?.norm === "'s" && doc.tokens[cue.last + 1]?.norm === 'that'; // the mayor's claim that …
  return cue.tense !== 'infinitive' || !speaker || nominal || afterAuxiliary(doc, cue.first) || controlled(doc, cue.first) || baseFormFits(doc, cue, speaker);
}

/** What follows the cue must be what it reports: a `that` clause, a to-infinitive, or a clause or phrase it can take. */
function complementFits(doc: Doc, names: NameIndex, cue: CueMatch, from: number, end: number): boolean {
  const that = doc.tokens[from - 1]?.norm === 'that';
  if (that || WH.has(doc.tokens[from]?.norm ?? '')) return true; // asked whether …, shows how …
  if (cue.lemma === 'call' && smallClause(doc, names, from)) return true; // called climate change a hoax
  if (cue.weak && NEEDS_THAT.has(cue.lemma) && !quotedAhead(doc, from, end)) return false; // called the meeting to order
  if (doc.tokens[from]?.norm === 'to' && TO_VERBS.has(cue.lemma)) return true; // promised to cut taxes
  if (cue.weak && !has(doc.flags, from, W.pron | W.det | F.cap) && doc.tokens[from]?.kind !== 'quote') return false; // would decline by four points
  return startsClause(doc, names, from);
}

/** The content to the clause's end: for a weak cue a clause, for a strong one a noun phrase will do. */
function finish(doc: Doc, cue: CueMatch, speaker: Phrase | null, from: number, end: number, rule: string): ReportedDraft | null {
  const last = contentEnd(doc, from, end);
  const infinitive = doc.tokens[from]?.norm === 'to'; // `wants to sign up …`: what follows `to` is a verb, whatever the lexicon says
  if (last - from < (cue.weak ? MIN_TOKENS : 2) || (cue.weak && !infinitive && !hasVerb(doc, from, last))) return null;
  const that = doc.tokens[from - 1]?.norm === 'that';
  const base = rule === 'according-to' ? 0.8 : cue.tense === 'gerund' ? 0.6 : that ? 0.85 : cue.weak ? 0.5 : 0.75;
  return draft(doc, from, last, { cue, speaker, rule, confidence: confidence(cue, base) });
}

const WH = new Set(['whether', 'what', 'how', 'why', 'who', 'which', 'when', 'where', 'if']);

/** `called [climate change] [a hoax]`, `called [it] [unfair]`: an object, then what it is called. */
function smallClause(doc: Doc, names: NameIndex, from: number): boolean {
  const object = OBJECTS.has(doc.tokens[from]?.norm ?? '') ? { end: from + 1 } : phraseFrom(doc, names, from);
  if (!object) return false;
  const next = object.end;
  const t = doc.tokens[next];
  if (t !== undefined && (['a', 'an', 'the'].includes(t.norm) || t.kind === 'quote' || has(doc.flags, next, W.adj))) return true;
  // `called her vote in favor of the war a mistake`, `called the citation and the demand a ploy`: a longer object
  for (let k = next; k < next + SMALL_CLAUSE_REACH; k++) {
    const u = doc.tokens[k];
    if (!u || u.kind === 'punct' || u.norm === 'that' || has(doc.flags, k, W.verb)) return false;
    if ((u.norm === 'a' || u.norm === 'an') && k > next) return true;
  }
  return false;
}

const SMALL_CLAUSE_REACH = 12;

const OBJECTS = new Set(['it', 'him', 'her', 'them', 'this', 'that']);

/** A quotation in what follows the cue: a weak cue next to one reports it (`called them “deplorables”`). */
function quotedAhead(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + MAX_CONTENT); k++) if (doc.tokens[k]!.kind === 'quote') return true;
  return false;
}

/** `is claiming`, `were demanding`, `'s insisting`: a progressive, whose subject is the source. */
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'been', 'be']);

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "wasn't"]);

/** `is expected`, `was reported`: a passive participle; its subject is not the source. */
function passive(doc: Doc, cue: CueMatch): boolean {
  if (cue.tense !== 'past' && cue.tense !== 'participle') return false;
  return BE.has(doc.tokens[skipAdverbs(doc, cue.first - 1, -1)]?.norm ?? '');
}

/** Verbs that pass their subject to a to-infinitive: `he appeared to suggest that …`, `she went on to say …`. */
const CONTROL = new Set(['appeared', 'appears', 'seemed', 'seems', 'continued', 'continues', 'tried', 'tries', 'decided', 'on', 'began', 'begins', 'started', 'starts', 'wanted', 'wants', 'planned', 'plans', 'refused', 'declined']);

/** `appeared to suggest`, `went on to say`: an infinitive whose subject is the sentence's. */
function controlled(doc: Doc, k: number): boolean {
  return doc.tokens[k - 1]?.norm === 'to' && CONTROL.has(doc.tokens[k - 2]?.norm ?? '');
}

/** `will say`, `has said`, `would argue`: a base form is a cue only after an auxiliary or modal. */
function afterAuxiliary(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1]?.norm ?? '';
  return ['will', 'would', 'could', 'might', 'may', 'must', 'should', 'can', 'did', 'does', 'do', "didn't", "don't"].includes(prev);
}
