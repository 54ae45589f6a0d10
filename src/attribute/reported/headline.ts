/** The frame of a headline claim: a subject, then its predicate in quotation marks, with no one named. */
import { type Doc, is, norm } from '../../doc/doc.js';
import { F, W } from '../../doc/flags.js';
import { AUXILIARIES } from '../../words/function-words.js';
import { RULES } from '../rules.js';
import type { FrameContext, ReportedDraft, TextFrame } from './draft.js';
import { isHeadline } from './tag.js';

/**
 * `Ferry firm 'to cut winter sailings'`, `Harbour fees 'must come down'`: news headlines quote a claim's predicate to
 * show that it is someone's words, not the paper's, even when the headline names no one. The whole line is what was
 * claimed: a mixed quote with no speaker and no cue.
 */
export const HEADLINE_CLAIM: TextFrame = { name: 'headline-claim', rules: ['headline-claim'], find: headlineClaim };

/** How many words a headline's subject may have before its quoted predicate. */
const SUBJECT_MAX = 6;

function headlineClaim({ doc, used }: FrameContext): ReportedDraft[] {
  const first = doc.sentences[0];
  if (!first || !isHeadline(doc, first.tokenStart, first.tokenEnd)) return [];
  const open = quotedPredicate(doc, first.tokenEnd);
  if (open < 1 || open > SUBJECT_MAX || !bareSubject(doc, used, open)) return [];
  const confidence = RULES['headline-claim'].confidence.base;
  const attribution = { cue: null, speaker: null, rule: 'headline-claim', confidence } as const;
  return [{ kind: 'mixed', first: first.tokenStart, end: first.tokenEnd, attribution }];
}

/**
 * The opening mark of the headline's only quotation when what it quotes starts as a predicate does: with `to`, an
 * auxiliary or a verb (`'to star in …'`, `'won't run again'`), not a noun (`over 'FBI virus'`). -1 if none.
 */
function quotedPredicate(doc: Doc, end: number): number {
  const inside = doc.regions.filter((r) => doc.tokenAt(r.open) < end);
  if (inside.length !== 1 || inside[0]!.depth !== 0) return -1;
  const open = doc.tokenAt(inside[0]!.open);
  const word = norm(doc, open + 1);
  // `won't`, `can't`, `isn't`: a negated auxiliary, one token
  const negated = word.endsWith("n't") || word.endsWith('n’t');
  const predicate = word === 'to' || negated || AUXILIARIES.has(word) || is(doc, open + 1, W.verb | W.inf);
  return predicate && !is(doc, open + 1, W.noun) ? open : -1;
}

/** Words before the quotation that make a subject and nothing else: no verb, no other claim, nothing taken. */
function bareSubject(doc: Doc, used: Uint8Array, open: number): boolean {
  for (let k = 0; k < open; k++) {
    const t = doc.tokens[k]!;
    // `rejected` may be tagged an adjective; a capital `United` is more likely part of a name
    const verb = (is(doc, k, W.verb) && !is(doc, k, W.noun)) || (t.text.endsWith('ed') && !is(doc, k, F.cap));
    if (used[k] || t.kind !== 'word' || verb) return false;
  }
  return true;
}
