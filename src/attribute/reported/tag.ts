/** Frames where the attribution tags the reported clause: after it, or inside it between commas. */
import { type Doc, is, kind, norm, text } from '../../doc/doc.js';
import type { CueMatch } from '../../cues/find.js';
import { F, W } from '../../doc/flags.js';
import { phraseFrom, type Phrase } from '../../mentions/phrase.js';
import { speakerBefore } from '../speaker.js';
import { isAccordingTo } from '../candidate.js';
import { contentEnd } from './content.js';
import { baseFormFits, confidence, draft, hasVerb, MIN_TOKENS } from './draft.js';
import type { ReportedFrame, FrameContext, ReportedDraft } from './draft.js';
import { RULES } from '../rules.js';
import { RELATIVES } from '../../words/function-words.js';
import { SENTENCE_END_MARKS } from '../../words/punctuation.js';
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
    const subject = speakerBefore(doc, names, cue.first - 1); // …, X said
    if (!subject) return null;
    comma = subject.first - 1;
    speaker = subject;
  }
  if (!speaker || !isTagComma(doc, comma)) return null;
  // `…, according to a database tracking such shootings`: what follows the source describes it; after a verb, a clause
  if (!according && !tailOnly(doc, Math.max(speaker.end, cue.last + 1), end)) return null;
  if (cue.tense === 'infinitive' && !baseFormFits(doc, cue, speaker)) return null;
  const from = afterDateline(doc, start, comma);
  let last = contentEnd(doc, from, comma);
  if (last - from < MIN_TOKENS || !hasVerb(doc, from, last)) return null;
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
  const first = doc.tokens[k];
  // `…, Clinton criticized Tulsa police`: an object right after the cue makes it a clause of its own, not a tag
  if (first && first.kind === 'word' && !is(doc, k, W.prep | W.adv | W.date) && !TAIL_WORDS.has(first.norm))
    return false;
  let m = k;
  while (m < end && !SENTENCE_END_MARKS.has(text(doc, m))) {
    const t = doc.tokens[m]!;
    // `…, said Mr. Kamin, who emphasized …`
    if (t.text === ',' && RELATIVES.has(norm(doc, m + 1))) return true;
    if (is(doc, m, W.verb | W.inf) || t.norm === 'that' || m - k > 10) return false;
    m++;
  }
  return true;
}
