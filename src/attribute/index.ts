import type { Doc } from '../doc/doc.js';
import { F, has } from '../doc/flags.js';
import type { NameIndex } from '../mentions/phrase.js';
import type { Draft, Region } from './candidate.js';
import { topRegions } from './regions.js';
import { attributeAfter } from './sieves/after.js';
import { attributeBefore } from './sieves/before.js';
import { mergeSplit } from './sieves/split.js';
import { followOn, runsOn, unattributed } from './sieves/follow-on.js';
import { isAllCapsLabel } from './reported/paragraph.js';

const CLAUSE_OPENERS = new Set([':', ',', ';', '—', '–', '―', '-', '--', '(']);

/**
 * Stage: decide each quotation's cue and speaker by ordered sieves; the first that decides wins.
 * 1. after the quote (quote-cue-speaker, inverted, passive, aside, dash-signoff), then before it
 *    (speaker-cue-quote, according-to, colon-lead-in); 2. split quotes join their second part;
 * 3. paragraphs that run on share their speaker; 4. follow-on quotes take the previous speaker;
 * 5. optionally, sentence-like quotations left over become quotes with no speaker.
 */
export function attribute(doc: Doc, names: NameIndex, options: { readonly unattributed?: boolean } = {}): Draft[] {
  const regions = topRegions(doc);
  const drafts: Draft[] = [];
  const used = new Set<Region>();
  const afterCache = new Map<Region, ReturnType<typeof attributeAfter>>();
  const after = (r: Region): ReturnType<typeof attributeAfter> => { // asked twice for a split quote's second part
    if (!afterCache.has(r)) afterCache.set(r, attributeAfter(doc, names, r));
    return afterCache.get(r)!;
  };
  for (let i = 0; i < regions.length; i++) {
    const r = regions[i]!;
    if (used.has(r) || isTitle(doc, r) || isTurn(doc, r)) continue;
    const draft: Draft = { parts: [r], attribution: null, tail: -1 };
    const clauseInitial = isClauseInitial(doc, r);
    const found = clauseInitial ? after(r) : null;
    if (found) [draft.attribution, draft.tail] = found;
    else draft.attribution = attributeBefore(doc, names, r, isLongEnough(doc, r));
    if (found) mergeSplit(doc, draft, regions, i, used, (next) => after(next) !== null);
    drafts.push(draft);
  }
  runsOn(drafts);
  const speechLike = (r: Region): boolean => isClauseInitial(doc, r) && isLongEnough(doc, r) && !isLower(doc.text[r.start] ?? '');
  followOn(doc, drafts, speechLike);
  if (options.unattributed) unattributed(doc, drafts, speechLike);
  return drafts.filter((d) => d.attribution !== null);
}

/** A quotation that starts a sentence or clause, not a quoted term inside one. */
function isClauseInitial(doc: Doc, r: Region): boolean {
  const open = doc.tokens[r.open]!;
  if (open.lineBefore || r.open === 0) return true;
  const first = doc.sentences[doc.sentenceOf[r.open]!]!.tokenStart;
  if (first === r.open) return true;
  const before = doc.tokens[r.open - 1]!.text;
  if (before === ',' && isLower(doc.text[r.start] ?? '')) return false; // `With many systems, "there is no single point of failure," he said`: a fragment
  return CLAUSE_OPENERS.has(before);
}

/** `"WALLACE: Do you …`: a transcript turn in quotation marks names its own speaker (the colon-label frame reads it). */
function isTurn(doc: Doc, r: Region): boolean {
  return r.open + 2 < r.close && doc.tokens[r.open + 2]!.text === ':' && isAllCapsLabel(doc, r.open + 1);
}

/** `"Fox and Friends"`, `'All Bets Are Off.'`: short Title Case content is a title or headline, not speech. */
function isTitle(doc: Doc, r: Region): boolean {
  let words = 0;
  let capitals = 0;
  let long = 0;
  for (let k = r.open + 1; k < r.close; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'word') continue;
    words++;
    if (t.text.length > 3) long++;
    if (has(doc.flags, k, F.cap)) capitals++;
    else if (words === 1 || t.text.length > 3) return false;
  }
  return words >= 2 && words <= 12 && capitals >= 2 && long >= 1;
}

const isLower = (ch: string): boolean => ch !== ch.toUpperCase();

/** Long enough to be speech rather than a quoted term: four words, or ends like a sentence. */
function isLongEnough(doc: Doc, r: Region): boolean {
  let words = 0;
  for (let k = r.open + 1; k < r.close && words < 4; k++) if (doc.tokens[k]!.kind === 'word') words++;
  return words >= 4 || '.?!,'.includes(doc.text[r.end - 1] ?? '');
}
