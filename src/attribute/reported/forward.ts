/** The frame where the cue comes first: `X said (that) …`, `According to X, …`, `…, saying …`. */
import { type Doc, is, kind, norm, text } from '../../doc/doc.js';
import { cueAt, type CueMatch } from '../../cues/find.js';
import { Frame, hasFrame } from '../../cues/frame.js';
import { F, W } from '../../doc/flags.js';
import { phraseFrom, phraseTo, skipAdverbs, type NameIndex, type Phrase } from '../../mentions/phrase.js';
import { gerundSubject, sentenceSubject, speakerBefore } from '../speaker.js';
import { isAccordingTo } from '../candidate.js';
import { MAX_CONTENT, contentEnd, contentStart, startsClause } from './content.js';
import { speakerType } from '../../mentions/speaker-type.js';
import { baseFormFits, confidence, draft, hasVerb, impersonalPassive, MIN_TOKENS } from './draft.js';
import type { ReportedFrame, FrameContext, ReportedDraft } from './draft.js';
import { RULES } from '../rules.js';

import {
  ARTICLES,
  AUXILIARIES,
  GAP_RELATIVES,
  BASE_FORM_AUXILIARIES,
  LEADING_SUBORDINATORS,
  PASSIVE_BE,
  PROGRESSIVE_BE,
  SMALL_CLAUSE_PRONOUNS,
  SUBJECT_RELATIVES,
  THING_PRONOUNS,
  WH_WORDS,
} from '../../words/function-words.js';
import { OBJECT_STOPS } from '../../words/time-and-adjuncts.js';
import { CLAUSE_DASHES } from '../../words/punctuation.js';
import { CONTROL_VERBS, DISCLOSURE_LEMMAS } from '../../words/verbs.js';

/** `X said (that) CONTENT`, `According to X, CONTENT`, `…, saying CONTENT`, `X criticized OBJECT`. */
export const FORWARD: ReportedFrame = {
  name: 'forward',
  rules: ['reported-after', 'according-to', 'reported-object'],
  decide: forwardFrame,
};

/** What the frame has read before the content: the cue, its source (null: `it was announced`), where content starts. */
interface Opening {
  readonly cue: CueMatch;
  readonly speaker: Phrase | null;
  readonly from: number;
}

function forwardFrame(context: FrameContext, cue: CueMatch): ReportedDraft | null {
  const { doc, names, end } = context;
  if (isAccordingTo(doc, cue)) return accordingTo(doc, names, cue, end);
  // `the veto is expected to come`: the subject is not the one expecting; `it was confirmed (that) …` names no one
  const impersonal = impersonalPassive(doc, cue) >= 0;
  if (passive(doc, cue) && !impersonal) return null;
  if (hasFrame(cue, Frame.intransitive) && cue.tense !== 'phrase') return null; // `speaking Friday in Fort Wayne, …`
  const speaker = impersonal ? null : sourceOf(doc, names, cue);
  if (speaker === undefined || !cueFormFits(doc, cue, speaker)) return null;
  if (speaker && gapRelative(doc, speaker, cue)) return relativeContent(doc, { cue, speaker, from: cue.last + 1 }, end);
  const from = contentStart(doc, names, cue, end);
  if (bareDisclosure(doc, names, cue, from, end) || settingObject(doc, cue, from)) return null;
  // A stance verb may take its object as the content: a weak one reads it first (`criticized the plan as …`), a
  // strong one only when no clause follows.
  const takesObject = hasFrame(cue, Frame.object) && !opensClause(doc, from);
  const opening: Opening = { cue, speaker, from };
  const object = takesObject && cue.weak ? objectFrame(context, opening) : null;
  if (object) return object;
  const fits = complementFits(doc, names, cue, from, end);
  // `Jones, who says she is innocent, could lose …`: what Jones says ends where the relative clause does
  const clause = fits
    ? finish(doc, opening, inRelative(doc, cue) ? relativeEnd(doc, from, end) : end, 'reported-after')
    : null;
  if (clause || !takesObject || cue.weak) return clause;
  return objectFrame(context, opening);
}

/** `that …`, `whether …`, `to …`: a clause or infinitive follows, which the clause frames read. */
function opensClause(doc: Doc, from: number): boolean {
  const first = norm(doc, from);
  return norm(doc, from - 1) === 'that' || WH_WORDS.has(first) || first === 'to';
}

/**
 * `X criticized OBJECT (as …)`: a stance verb with a noun-phrase object, read up to an adjunct of the act. The source
 * must be one that takes stances: a person, group or organisation, not `the bridge will support …`.
 */
function objectFrame({ doc, names, end }: FrameContext, { cue, speaker, from }: Opening): ReportedDraft | null {
  if (!speaker || speakerType(doc, speaker) === 'other' || isThing(doc, names, speaker)) return null;
  // `to criticize …` with no auxiliary, controlling verb or plural subject before it: not an act of the speaker
  const looseInfinitive = cue.tense === 'infinitive' && !afterAuxiliary(doc, cue.first) && !controlled(doc, cue.first);
  if (cue.tense === 'gerund' || (looseInfinitive && !baseFormFits(doc, cue, speaker))) return null;
  if (cue.lemma === 'call' && norm(doc, cue.last + 1) !== 'for' && !quotedAhead(doc, from, end)) return null;
  let k = from;
  if (cue.lemma === 'call' && norm(doc, k) === 'for') k++;
  const t = doc.tokens[k];
  // `proposes doing away with …`
  const gerund = t?.kind === 'word' && t.norm.endsWith('ing') && is(doc, k, W.verb);
  if (!t) return null;
  const nounLike = t.kind === 'word' && !is(doc, k, W.prep | W.conj | W.verb);
  if (!(gerund || t.kind === 'quote' || t.kind === 'number' || nounLike)) return null;
  const clauseEnd = contentEnd(doc, k, end);
  let last = k + 1;
  while (last < clauseEnd && (gerund || doc.inQuote[last] === 1 || !OBJECT_STOPS.has(norm(doc, last)))) last++;
  // `blame workers for [this behaviour]`: not a dangling `for`
  while (last > k && is(doc, last - 1, W.prep)) last--;
  if (last - k < 2) return null;
  const base = RULES['reported-object'].confidence.base;
  return draft(doc, k, last, { cue, speaker, rule: 'reported-object', confidence: confidence(cue, base) });
}

/** `it`, `this`: a pronoun that names no one who could take a stance. */
function isThing(doc: Doc, names: NameIndex, speaker: Phrase): boolean {
  return speaker.kind === 'pronoun' && THING_PRONOUNS.has(norm(doc, speaker.last)) && !names.byLast.has(speaker.last);
}

/** `According to X, CONTENT`. */
function accordingTo(doc: Doc, names: NameIndex, cue: CueMatch, end: number): ReportedDraft | null {
  const speaker = phraseFrom(doc, names, cue.last + 1);
  if (!speaker || text(doc, speaker.end) !== ',') return null;
  return finish(doc, { cue, speaker, from: speaker.end + 1 }, end, 'according-to');
}

/** The source: the phrase before the cue or its sentence's subject; null for `it was announced`; undefined if none. */
function sourceOf(doc: Doc, names: NameIndex, cue: CueMatch): Phrase | null | undefined {
  if (cue.passive && norm(doc, cue.first) === 'it') return null;
  const aux = skipAdverbs(doc, cue.first - 1, -1);
  const progressive = cue.tense === 'gerund' && PROGRESSIVE_BE.has(norm(doc, aux));
  const before = progressive ? aux : cue.first; // `He's claiming that …`: a finite verb
  const who = skipAdverbs(doc, before - 1, -1);
  // `Mr. Kamin, who emphasized that …`
  if (norm(doc, who) === 'who' && text(doc, who - 1) === ',') return phraseTo(doc, names, who - 2) ?? undefined;
  if (SUBJECT_RELATIVES.has(norm(doc, who))) return relativeSource(doc, names, who);
  const found =
    cue.tense === 'gerund' && !progressive
      ? gerundSubject(doc, names, cue.first)
      : (speakerBefore(doc, names, before - 1) ?? sentenceSubject(doc, names, before));
  return found ?? undefined;
}

/**
 * `a report that claimed …`: the subject of a relative clause is its antecedent, which must be able to speak; in
 * `an era that demanded detailed graphics` the era demands nothing that anyone said.
 */
function relativeSource(doc: Doc, names: NameIndex, relative: number): Phrase | undefined {
  const antecedent = phraseTo(doc, names, text(doc, relative - 1) === ',' ? relative - 2 : relative - 1);
  return antecedent && speakerType(doc, antecedent) !== 'other' ? antecedent : undefined;
}

/** Is this form a verb here? Not `swing states like …` (a plural noun), not `to say` (a base form after `to`). */
function cueFormFits(doc: Doc, cue: CueMatch, speaker: Phrase | null): boolean {
  const plainNoun = is(doc, cue.first, W.plural) && norm(doc, cue.last + 1) !== 'that';
  if (cue.tense === 'present' && speaker?.kind === 'description' && plainNoun) return false;
  // the mayor's claim that …
  const nominal = norm(doc, cue.first - 1) === "'s" && norm(doc, cue.last + 1) === 'that';
  return (
    cue.tense !== 'infinitive' ||
    !speaker ||
    nominal ||
    afterAuxiliary(doc, cue.first) ||
    controlled(doc, cue.first) ||
    baseFormFits(doc, cue, speaker)
  );
}

/**
 * What follows the cue must be what it reports: a `that` clause, a to-infinitive, or a clause or phrase it can take.
 */
function complementFits(doc: Doc, names: NameIndex, cue: CueMatch, from: number, end: number): boolean {
  const that = norm(doc, from - 1) === 'that';
  if (that || WH_WORDS.has(norm(doc, from))) return true; // asked whether …, shows how …
  if (!cue.weak && leadingSubordinate(doc, names, from, end)) return true; // said although …, "…"

  if (cue.lemma === 'call' && smallClause(doc, names, from)) return true; // called climate change a hoax
  // called the meeting to order
  if (cue.weak && hasFrame(cue, Frame.needsThat) && !quotedAhead(doc, from, end)) return false;
  if (norm(doc, from) === 'to' && hasFrame(cue, Frame.to)) return true; // promised to cut taxes
  // would decline by four points
  if (cue.weak && !is(doc, from, W.pron | W.det | F.cap) && kind(doc, from) !== 'quote') return false;
  return startsClause(doc, names, from);
}

/** The content to the clause's end: for a weak cue a clause, for a strong one a noun phrase will do. */
function finish(
  doc: Doc,
  { cue, speaker, from }: Opening,
  end: number,
  rule: 'reported-after' | 'according-to',
): ReportedDraft | null {
  const last = contentEnd(doc, from, end);
  // `wants to sign up …`: what follows `to` is a verb, whatever the lexicon says
  const infinitive = norm(doc, from) === 'to';
  if (last - from < (cue.weak ? MIN_TOKENS : 2) || (cue.weak && !infinitive && !hasVerb(doc, from, last))) return null;
  const that = norm(doc, from - 1) === 'that';
  const c = RULES['reported-after'].confidence;
  const clauseBase = cue.tense === 'gerund' ? c.gerund : that ? c.that : cue.weak ? c.weak : c.base;
  const base = rule === 'according-to' ? RULES['according-to'].confidence.base : clauseBase;
  return draft(doc, from, last, { cue, speaker, rule, confidence: confidence(cue, base) });
}

/** How far a leading subordinate clause may run before its comma. */
const SUBORDINATE_REACH = 20;

/**
 * `said although his side had lost twice, "nobody is panicking"`: a subordinate clause, a comma, then a main clause;
 * what was said is both, as after `said that although …`.
 */
function leadingSubordinate(doc: Doc, names: NameIndex, from: number, end: number): boolean {
  if (!LEADING_SUBORDINATORS.has(norm(doc, from))) return false;
  for (let k = from + 2; k < Math.min(end, from + SUBORDINATE_REACH); k++) {
    if (text(doc, k) === ',') return hasVerb(doc, from + 1, k) && startsClause(doc, names, k + 1);
    if (text(doc, k) === ';' || text(doc, k) === ':') return false;
  }
  return false;
}

/** `called [climate change] [a hoax]`, `called [it] [unfair]`: an object, then what it is called. */
function smallClause(doc: Doc, names: NameIndex, from: number): boolean {
  const object = SMALL_CLAUSE_PRONOUNS.has(norm(doc, from)) ? { end: from + 1 } : phraseFrom(doc, names, from);
  if (!object) return false;
  const next = object.end;
  const t = doc.tokens[next];
  if (t !== undefined && (ARTICLES.has(t.norm) || t.kind === 'quote' || is(doc, next, W.adj))) return true;
  // `called her vote in favor of the war a mistake`, `called the citation and the demand a ploy`: a longer object
  for (let k = next; k < next + SMALL_CLAUSE_REACH; k++) {
    const u = doc.tokens[k];
    if (!u || u.kind === 'punct' || u.norm === 'that' || is(doc, k, W.verb)) return false;
    if ((u.norm === 'a' || u.norm === 'an') && k > next) return true;
  }
  return false;
}

const SMALL_CLAUSE_REACH = 12;

/** A quotation in what follows the cue: a weak cue next to one reports it (`called them “deplorables”`). */
function quotedAhead(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + MAX_CONTENT); k++) if (kind(doc, k) === 'quote') return true;
  return false;
}

/** `is expected`, `was reported`: a passive participle; its subject is not the source. */
function passive(doc: Doc, cue: CueMatch): boolean {
  if (cue.tense !== 'past' && cue.tense !== 'participle') return false;
  return PASSIVE_BE.has(norm(doc, skipAdverbs(doc, cue.first - 1, -1)));
}

/** `appeared to suggest`, `went on to say`: an infinitive whose subject is the sentence's. */
function controlled(doc: Doc, k: number): boolean {
  return norm(doc, k - 1) === 'to' && CONTROL_VERBS.has(norm(doc, k - 2));
}

/** `will say`, `has said`, `would argue`: a base form is a cue only after an auxiliary or modal. */
function afterAuxiliary(doc: Doc, k: number): boolean {
  const prev = norm(doc, k - 1);
  return BASE_FORM_AUXILIARIES.has(prev);
}

/**
 * `a bill which ministers claim will cut crime`, `estates which it says are lying idle`: a relative clause whose
 * subject gap is in what was said. The source stands between the relative pronoun and the cue, and a verb follows the
 * cue at once, with no subject of its own.
 */
function gapRelative(doc: Doc, speaker: Phrase, cue: CueMatch): boolean {
  // a base form here has passed cueFormFits: `which the Tories say would save …`
  if (cue.tense === 'gerund' || cue.tense === 'participle' || cue.tense === 'phrase') return false;
  if (!GAP_RELATIVES.has(norm(doc, speaker.first - 1)) || speaker.end !== cue.first) return false;
  const next = skipAdverbs(doc, cue.last + 1);
  const word = norm(doc, next);
  return AUXILIARIES.has(word) || (is(doc, next, W.verb) && !word.endsWith('ing') && !cueAt(doc.tokens, next));
}

/** The verb phrase after a gap relative's cue, to where the relative clause ends. */
function relativeContent(doc: Doc, { cue, speaker, from }: Opening, end: number): ReportedDraft | null {
  const last = relativeEnd(doc, from, end);
  if (last - from < 2) return null;
  const c = RULES['reported-after'].confidence;
  return draft(doc, from, last, { cue, speaker, rule: 'reported-after', confidence: confidence(cue, c.base) });
}

/** `Jones, who says …`, `the union, which said …`: is the cue's clause a relative one opened right before it? */
function inRelative(doc: Doc, cue: CueMatch): boolean {
  const who = skipAdverbs(doc, cue.first - 1, -1);
  return (norm(doc, who) === 'who' || norm(doc, who) === 'which') && text(doc, who - 1) === ',';
}

/**
 * Where a relative clause inside a sentence ends: at a dash (`the powers - which Chavez argues are needed … - trample
 * …`) or at a comma that the main verb follows (`a bill, which ministers claim will cut crime, is expected …`), else
 * where the clause would end anyway.
 */
function relativeEnd(doc: Doc, from: number, end: number): number {
  const last = contentEnd(doc, from, end);
  for (let k = from + 1; k < last; k++) {
    if (doc.inQuote[k] === 1) continue;
    const t = text(doc, k);
    if (CLAUSE_DASHES.has(t)) return k;
    if (t !== ',') continue;
    if (mainVerbAt(doc, k + 1)) return k;
  }
  return last;
}

/**
 * The main verb after a relative clause's closing comma: an auxiliary or a finite verb, a reporting one included
 * (`Ms Hale, who said the rot was "deep", called for a law …`), but not a gerund (`…, saying …`).
 */
function mainVerbAt(doc: Doc, k: number): boolean {
  const word = norm(doc, k);
  if (AUXILIARIES.has(word)) return true;
  const cue = cueAt(doc.tokens, k);
  if (cue && cue.tense !== 'phrase') return cue.tense === 'past' || cue.tense === 'present';
  return is(doc, k, W.verb) && !word.endsWith('ing'); // `called for`: a phrase cue opened by a finite verb
}

/** `The firm announced the settlements`, `Ford reported higher profits`: a disclosure of a thing, with no clause. */
function bareDisclosure(doc: Doc, names: NameIndex, cue: CueMatch, from: number, end: number): boolean {
  if (!DISCLOSURE_LEMMAS.has(cue.lemma) || cue.tense === 'phrase' || opensClause(doc, from)) return false;
  if (WH_WORDS.has(norm(doc, skipAdverbs(doc, from)))) return false; // `revealed just how swift …`
  return !finiteClauseAt(doc, names, from) && !quotedAhead(doc, from, end);
}

/**
 * `in an interview with the Gazette`, `in a letter to staff`: a setting phrase (one that opens and ends with a
 * preposition) takes the outlet or the hearer as its object, never what was said; the clause's own verb reports it
 * (`In an interview with the Gazette, she said …`). A verb's phrase keeps its object: `called for an inquiry`.
 */
function settingObject(doc: Doc, cue: CueMatch, from: number): boolean {
  return cue.tense === 'phrase' && from === cue.last + 1 && is(doc, cue.first, W.prep) && is(doc, cue.last, W.prep);
}

/** `he will play …`, `the plant had closed`: a subject and then a finite verb. */
function finiteClauseAt(doc: Doc, names: NameIndex, from: number): boolean {
  const subject = phraseFrom(doc, names, from);
  if (!subject) return false;
  const v = skipAdverbs(doc, subject.end);
  const word = norm(doc, v);
  return AUXILIARIES.has(word) || (is(doc, v, W.verb) && !word.endsWith('ing') && word !== 'to');
}
