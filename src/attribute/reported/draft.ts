/** Reported speech drafts and what all its frames share: the content's kind, confidence and checks. */
import type { QuoteKind } from '../../types.js';
import { type Doc, is, kind, norm } from '../../doc/doc.js';
import { cueAt, type CueMatch } from '../../cues/find.js';
import { W } from '../../doc/flags.js';
import { isPlural, type NameIndex, type Phrase } from '../../mentions/phrase.js';
import type { Attribution } from '../candidate.js';
import { CUE_FACTORS, type Decider, type Named } from '../rules.js';
import { PASSIVE_BE, SINGULAR_SUBJECTS, TAG_AUXILIARIES } from '../../words/function-words.js';
import { INFINITIVE_MARKERS, NAMING_LEMMAS } from '../../words/verbs.js';

/** Reported speech being assembled: the content's token range and offsets, its kind and its attribution. */
export interface ReportedDraft {
  readonly kind: Exclude<QuoteKind, 'direct'>;
  readonly first: number;
  /** One past the content's last token. */
  readonly end: number;
  readonly attribution: Attribution;
}

/** What the reported frames read: the document, its names, the tokens direct quotes hold, the current sentence. */
export interface FrameContext {
  readonly doc: Doc;
  readonly names: NameIndex;
  /** 1 for tokens taken by direct quotes and their attributions, which reported speech leaves alone. */
  readonly used: Uint8Array;
  /** The sentence being read: its first token and one past its last (the stage moves it along). */
  start: number;
  end: number;
}

/** A reported-speech frame over one cue. */
export type ReportedFrame = Decider<FrameContext, CueMatch, ReportedDraft>;

/** A frame that scans the whole text (paragraphs, quotation regions) rather than one cue. */
export interface TextFrame extends Named {
  readonly find: (context: FrameContext) => ReportedDraft[];
}

export const MIN_TOKENS = 3;

export function draft(doc: Doc, first: number, end: number, attribution: Attribution): ReportedDraft {
  let mixed = false;
  for (let k = first; k < end && !mixed; k++) if (kind(doc, k) === 'quote') mixed = true;
  return { kind: mixed ? 'mixed' : 'indirect', first, end, attribution };
}

/** Speech is surer than thought; a weak cue (`noted`, `added`) is less sure than `said`. */
export function confidence(cue: CueMatch, base: number): number {
  const factor = (cue.class === 'thought' ? CUE_FACTORS.thought : 1) * (cue.weak ? CUE_FACTORS.weak : 1);
  return Math.round(base * factor * 100) / 100;
}

/**
 * A clause has a verb: a verb form in the lexicon, a reporting verb, or an `-ed` word the lexicon calls an adjective.
 */
export function hasVerb(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (is(doc, k, W.verb | W.inf) || cueAt(doc.tokens, k) || norm(doc, k).endsWith('ed')) return true;
  }
  return false;
}

export function overlapsUsed(used: Uint8Array, d: ReportedDraft): boolean {
  for (let k = d.first; k < d.end; k++) if (used[k]) return true;
  return false;
}

/**
 * A base form (`say`) is a present tense after a plural or any name (`Congress say`, `they say`), not after `to`,
 * `let`, `make` or a singular pronoun (`to say`, `let him say`).
 */
export function baseFormFits(doc: Doc, cue: CueMatch, speaker: Phrase): boolean {
  const before = norm(doc, cue.first - 1);
  if (INFINITIVE_MARKERS.has(before)) return false;
  const head = norm(doc, speaker.last);
  // `Congress say` may be a name's plural; `Battleground state Florida` is a noun, so a weak form wants a plural
  const plural = speaker.kind === 'description' || (cue.weak && speaker.kind === 'name');
  const pluralName = speaker.kind === 'name' && head.endsWith('s'); // `Democrats want …`
  return !SINGULAR_SUBJECTS.has(head) && (!plural || pluralName || isPlural(doc, speaker));
}

/**
 * `…, it has been reported.`, `…, it was confirmed.`: a passive cue whose subject is an empty `it` names no source.
 * The index of that `it`, or -1.
 */
export function impersonalPassive(doc: Doc, cue: CueMatch): number {
  if ((cue.tense !== 'past' && cue.tense !== 'participle') || NAMING_LEMMAS.has(cue.lemma)) return -1;
  let k = cue.first - 1;
  if (!PASSIVE_BE.has(norm(doc, k))) return -1;
  if (norm(doc, k) === 'been' && TAG_AUXILIARIES.has(norm(doc, k - 1))) k--;
  return norm(doc, k - 1) === 'it' ? k - 1 : -1;
}
