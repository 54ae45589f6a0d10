/** Frames where the attribution tags the reported clause: after it, or inside it between commas. */
import { type Doc, is, kind, norm, text } from '../../doc/doc.js';
import type { CueMatch } from '../../cues/find.js';
import { F, W } from '../../doc/flags.js';
import { phraseFrom, type NameIndex, type Phrase } from '../../mentions/phrase.js';
import { Frame, hasFrame } from '../../cues/frame.js';
import { speakerBefore } from '../speaker.js';
import { isAccordingTo } from '../candidate.js';
import { contentEnd } from './content.js';
import { baseFormFits, confidence, draft, hasVerb, impersonalPassive, MIN_TOKENS } from './draft.js';
import type { ReportedFrame, FrameContext, ReportedDraft } from './draft.js';
import { RULES } from '../rules.js';
import { CLAUSE_JOINERS, RELATIVES, TAG_AUXILIARIES } from '../../words/function-words.js';
import { SENTENCE_CLOSERS, SENTENCE_END_MARKS } from '../../words/punctuation.js';
import { TAIL_WORDS } from '../../words/time-and-adjuncts.js';

/** A parenthetical tag (`…, he said, …`) comes this early in its sentence at most. */
const MAX_LEAD = 40;

/** `CONTENT, X said.` / `CONTENT, said X.` / `CONTENT, according to X.`: the cue tags the sentence's end. */
export const TAG: ReportedFrame = { name: 'tag', rules: ['reported-before', 'according-to'], decide: tagFrame };

/** `But to prevent problems, he said, local officials should be vigilant.`: the tag sits inside the clause. */
export const PARENTHETICAL: ReportedFrame = {
  name: 'parenthetical',
  rules: ['reported-around'],
  decide: parenthetical,
};

function tagFrame({ doc, names, start, end }: FrameContext, cue: CueMatch): ReportedDraft | null {
  if (cue.tense === 'gerund') return null; // a weak cue is fine here: the tag position says it reports
  const according = isAccordingTo(doc, cue);
  let comma = cue.first - 1;
  let speaker: Phrase | null;
  if (according || isTagComma(doc, comma)) {
    speaker = phraseFrom(doc, names, cue.last + 1); // …, according to X / …, said X
  } else {
    const impersonal = impersonalPassive(doc, cue);
    // …, X said; …, the union has said; …, it has been reported (no one named)
    const subject = impersonal < 0 ? speakerBefore(doc, names, beforeAuxiliaries(doc, cue.first)) : null;
    if (!subject && impersonal < 0) return null;
    comma = (subject?.first ?? impersonal) - 1;
    speaker = subject;
  }
  if ((!speaker && !isImpersonal(doc, comma + 1, cue)) || !isTagComma(doc, comma)) return null;
  // `…, according to a database tracking such shootings`: what follows the source describes it; after a verb, a clause
  const after = Math.max(speaker?.end ?? 0, cue.last + 1);
  if (!according && !tailOnly(doc, pastHearer(doc, names, cue, after), end)) return null;
  if (speaker && cue.tense === 'infinitive' && !baseFormFits(doc, cue, speaker)) return null;
  const from = afterDateline(doc, start, comma);
  let last = contentEnd(doc, from, comma);
  // `Protect whistleblowers, union says`: a headline's claim is short and may have no verb
  const headline = isHeadline(doc, start, end);
  if (last - from < (headline ? 2 : MIN_TOKENS) || (!headline && !hasVerb(doc, from, last))) return null;
  if (last === comma - 1 && kind(doc, comma) === 'quote') last = comma + 1; // the fragment's closing mark too
  const rule = according ? 'according-to' : 'reported-before';
  return draft(doc, from, last, { cue, speaker, rule, confidence: confidence(cue, RULES[rule].confidence.base) });
}

/** A comma before a tag, or a closing mark after one: `Clinton "is the only candidate …," a general said.` */
function isTagComma(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return (
    t !== undefined && (t.text === ',' || (t.kind === 'quote' && doc.inQuote[k] !== 1 && text(doc, k - 1) === ','))
  );
}

function parenthetical({ doc, names, start, end }: FrameContext, cue: CueMatch): ReportedDraft | null {
  if ((cue.tense !== 'past' && cue.tense !== 'present') || text(doc, cue.last + 1) !== ',') return null;
  const speaker = speakerBefore(doc, names, cue.first - 1);
  if (!speaker || !isTagComma(doc, speaker.first - 1) || speaker.first - 1 <= start || speaker.first - start > MAX_LEAD)
    return null;
  const last = contentEnd(doc, cue.last + 2, end);
  if (last - (cue.last + 2) < MIN_TOKENS || !hasVerb(doc, cue.last + 2, last)) return null;
  const base = RULES['reported-around'].confidence.base;
  const attribution = { cue, speaker, rule: 'reported-around', confidence: confidence(cue, base) } as const;
  return draft(doc, afterDateline(doc, start, speaker.first), last, attribution);
}

/** `MOSCOW, June 19 (AFP): …`, `WASHINGTON ― …`: a dateline opening the sentence is not part of what was reported. */
function afterDateline(doc: Doc, start: number, end: number): number {
  if (!is(doc, start, F.allCaps)) return start;
  for (let k = start + 1; k < end && k - start < 10; k++) {
    const t = text(doc, k);
    if (t === ':' || t === '—' || t === '―' || t === '–' || t === '--' || t === '-') return k + 1;
  }
  return start;
}

/** After the tag only a short adjunct remains (`on Monday`, `in a statement`): no new clause. */
function tailOnly(doc: Doc, k: number, end: number): boolean {
  if (k >= end) return true; // `Strike will hit hospitals, union says` ends its line with no full stop
  const first = doc.tokens[k];
  // `…, Clinton criticized Tulsa police`: an object right after the cue makes it a clause of its own, not a tag
  if (first && first.kind === 'word' && !is(doc, k, W.prep | W.adv | W.date) && !TAIL_WORDS.has(first.norm))
    return false;
  let m = k;
  while (m < end && !SENTENCE_END_MARKS.has(text(doc, m))) {
    const t = doc.tokens[m]!;
    // `…, said Mr. Kamin, who emphasized …`
    if (t.text === ',' && RELATIVES.has(norm(doc, m + 1))) return true;
    // `…, said Mr Hale, but he said the firm …`: a new clause joined to the sentence after the tag
    if (t.text === ',' && CLAUSE_JOINERS.has(norm(doc, m + 1))) return true;
    if (is(doc, m, W.verb | W.inf) || t.norm === 'that' || m - k > 10) return false;
    m++;
  }
  return true;
}

/** `…, the union has said`: the token before the auxiliaries (`has`, `had`, `would`) before the cue at `cue`. */
function beforeAuxiliaries(doc: Doc, cue: number): number {
  let k = cue - 1;
  while (k > cue - 3 && TAG_AUXILIARIES.has(norm(doc, k))) k--;
  return k;
}

/** Does the tag at `first` read `it (has been) CUE`, with nothing else between `it` and the cue? */
function isImpersonal(doc: Doc, first: number, cue: CueMatch): boolean {
  return impersonalPassive(doc, cue) === first;
}

/** `…, the comedian has told BBC News.`: past the hearer of a cue that takes one, where the tag's tail starts. */
function pastHearer(doc: Doc, names: NameIndex, cue: CueMatch, k: number): number {
  if (k !== cue.last + 1 || !hasFrame(cue, Frame.hearer) || cue.tense === 'phrase') return k;
  const hearer = phraseFrom(doc, names, k);
  return hearer && hearer.kind !== 'pronoun' ? hearer.end : k;
}

/** How long a headline may be, in tokens. */
const HEADLINE_MAX = 20;

/**
 * A headline: the document's first line, short, with no full stop at its end (`Protect whistleblowers, TUC says`).
 * Headlines leave words out, so a claim there may be two words long and have no verb. Where the paragraph breaks
 * were lost, the first sentence still ends where the lede starts (`…, TUC says The government…`), but with no line
 * break; it is a headline when neither its last token nor a closing mark's token before it ends a sentence.
 */
export function isHeadline(doc: Doc, start: number, end: number): boolean {
  if (start !== 0 || end - start > HEADLINE_MAX || end === 0) return false;
  if (SENTENCE_END_MARKS.has(text(doc, end - 1))) return false;
  const next = doc.tokens[end];
  if (next === undefined || next.lineBefore) return true;
  // `(Fares rise, firm says.) Then…` ends at a closing mark after a full stop: no headline
  return !SENTENCE_CLOSERS.has(text(doc, end - 1)) || !SENTENCE_END_MARKS.has(text(doc, end - 2));
}
