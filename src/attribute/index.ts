import { type Doc, is, text } from '../doc/doc.js';
import { F } from '../doc/flags.js';
import type { NameIndex } from '../mentions/phrase.js';
import {
  endsOpen,
  isLongEnough,
  isLower,
  untitledWord,
  type Decision,
  type DirectContext,
  type Draft,
  type Region,
} from './candidate.js';
import { topRegions } from './regions.js';
import { DIRECT_PASSES, DIRECT_SIEVES } from './order.js';
import { isAllCapsLabel } from './reported/paragraph.js';
import { CLAUSE_OPENERS } from '../words/punctuation.js';

/**
 * Stage: decide each quotation's cue and speaker by the ordered sieves (DIRECT_SIEVES in order.ts); the first that
 * decides wins. Then the passes, in order (DIRECT_PASSES): split quotes join their second part, paragraphs that run
 * on share their speaker, follow-on quotes take the previous speaker and, optionally, sentence-like quotations left
 * over become quotes with no speaker. Titles and transcript turns in quotation marks are not speech.
 */
export function attribute(doc: Doc, names: NameIndex, options: { readonly unattributed?: boolean } = {}): Draft[] {
  const context: DirectContext = {
    doc,
    names,
    regions: topRegions(doc),
    unattributed: Boolean(options.unattributed),
    speechLike: (r) => isClauseInitial(doc, r) && isLongEnough(doc, r) && !isLower(doc.text[r.start] ?? ''),
    decidedAfter: (r) => decidedAfter(context, r),
  };
  let drafts: Draft[] = [];
  for (const r of context.regions) {
    if (isTurn(doc, r) || (isTitle(doc, r) && !isTaggedSpeech(context, r))) continue;
    const found = decide(context, r);
    drafts.push({ parts: [r], attribution: found?.attribution ?? null, tail: found?.tail ?? -1 });
  }
  for (const pass of DIRECT_PASSES) drafts = pass.run(context, drafts);
  return drafts.filter((d) => d.attribution !== null);
}

/** The first sieve that decides; those that read after the quotation only when it opens a sentence or clause. */
function decide(context: DirectContext, r: Region): Decision | null {
  const clauseInitial = isClauseInitial(context.doc, r);
  for (const sieve of DIRECT_SIEVES) {
    if (sieve.side === 'after' && !clauseInitial) continue;
    const found = sieve.decide(context, r);
    if (found) return found;
  }
  return null;
}

function decidedAfter(context: DirectContext, r: Region): boolean {
  for (const sieve of DIRECT_SIEVES) if (sieve.side === 'after' && sieve.decide(context, r)) return true;
  return false;
}

/** A quotation that starts a sentence or clause, not a quoted term inside one. */
function isClauseInitial(doc: Doc, r: Region): boolean {
  const open = doc.tokens[r.open]!;
  if (open.lineBefore || r.open === 0) return true;
  const first = doc.sentences[doc.sentenceOf[r.open]!]!.tokenStart;
  if (first === r.open) return true;
  const before = text(doc, r.open - 1);
  // `With many systems, "there is no single point of failure," he said`: a fragment
  if (before === ',' && isLower(doc.text[r.start] ?? '')) return false;
  return CLAUSE_OPENERS.has(before);
}

/**
 * `"WALLACE: Do you …`: a transcript turn in quotation marks names its own speaker (the colon-label frame reads it).
 */
function isTurn(doc: Doc, r: Region): boolean {
  return r.open + 2 < r.close && text(doc, r.open + 2) === ':' && isAllCapsLabel(doc, r.open + 1);
}

/**
 * `"Fox and Friends"`, `'All Bets Are Off.'`: short Title Case content is a title or headline, not speech. Unless it
 * ends open and a tag follows: `"He is not Marco Lind," Roe said.`, `"Cheers, Anna!" replied Tom Hale.`
 */
function isTitle(doc: Doc, r: Region): boolean {
  let words = 0;
  let capitals = 0;
  let long = 0;
  for (let k = r.open + 1; k < r.close; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'word') continue;
    words++;
    if (t.text.length > 3) long++;
    if (is(doc, k, F.cap)) capitals++;
    else if (words === 1 || t.text.length > 3) return false;
  }
  return words >= 2 && words <= 12 && capitals >= 2 && long >= 1;
}

/** Title-like content that reads as speech (a comma inside, or a lower-case verb) and ends open before its tag. */
function isTaggedSpeech(context: DirectContext, r: Region): boolean {
  const { doc } = context;
  if (!endsOpen(doc, r)) return false;
  let speech = false;
  for (let k = r.open + 1; k < r.close - 1 && !speech; k++) {
    const t = doc.tokens[k]!;
    speech = t.text === ',' || untitledWord(t);
  }
  return speech && context.decidedAfter(r);
}
