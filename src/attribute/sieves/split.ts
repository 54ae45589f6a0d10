import { type Doc, kind, norm, text } from '../../doc/doc.js';
import { cueAt } from '../../cues/find.js';
import { skipAdverbs } from '../../mentions/phrase.js';
import { SEQUEL_WORDS } from '../../words/time-and-adjuncts.js';
import type { DirectContext, DirectPass, Draft, Region } from '../candidate.js';

/**
 * The second part ends a clause, perhaps inside a nested quotation or a bracket: `…on the field.'"`. Followed by
 * more words, a part that does not is a fragment in a sentence (`"…," he said. "Part" of it…`).
 */
const ENDS_CLAUSE = /[.?!,]['"’”)\]]*$/u;

/**
 * `…, adding later, "…"`, `…, later adding: "…"`: a new cue after a comma that leads into the next quotation (by a
 * comma or colon, not a full stop) starts a new quote. `said Ann Ode in a statement. "…"` ends the tag instead.
 * A speech cue in the gerund leads into it past its own words too: `said Ode, asking a few questions, including,
 * "…"` (a participle that is no cue, `said Ode, summing up the talks, "…"`, still lets the quotation resume).
 */
function introducesNext(doc: Doc, k: number, open: number): boolean {
  if (text(doc, k - 1) !== ',' || text(doc, open - 1) === '.') return false;
  const cue = cueAt(doc.tokens, skipAdverbs(doc, k));
  if (!cue) return false;
  if (cue.tense === 'gerund' && cue.class !== 'thought') return true;
  return skipAdverbs(doc, cue.last + 1) >= open - 1;
}

/**
 * A word between the tag and the next quotation that moves on in time: the next quotation is a later statement,
 * not the rest of this one (`Ricks said in May, and later: "…"`). A participle clause is read past, as the quotation
 * often resumes after it: `said Ann Ode, summing up the talks. "…"`.
 */
function movesOn(doc: Doc, k: number): boolean {
  return SEQUEL_WORDS.has(norm(doc, k));
}

/**
 * split: `"…," he said, "…"` and `"…," he said. "…"` are one quotation in two parts. The second part opens
 * right after the attribution's clause (`he said of the plan.`), in the same paragraph; after a full stop only
 * when the first part did not end with a full stop or an exclamation.
 */
export const SPLIT: DirectPass = { name: 'split', rules: [], run: joinSplits };

/** Each draft attributed after its quotation takes the next quotation as its second part if it continues it. */
function joinSplits(context: DirectContext, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  let i = 0; // index in context.regions of the current draft's quotation
  let joined: Region | null = null;
  for (const d of drafts) {
    const r = d.parts[0]!;
    if (r === joined) continue; // the second part of the previous quote: its own decision is dropped
    out.push(d);
    while (context.regions[i] !== r) i++;
    const next = context.regions[i + 1];
    if (next && continues(context, d, next)) {
      d.parts.push(next);
      joined = next;
    }
  }
  return out;
}

/** Does quotation `next` continue the draft's quotation, past the attribution that follows it? */
function continues({ doc, decidedAfter }: DirectContext, draft: Draft, next: Region): boolean {
  if (draft.tail < 0 || doc.tokens[next.open]!.lineBefore || decidedAfter(next)) return false;
  const sentence = doc.sentenceOf[draft.tail - 1];
  for (let k = draft.tail; k < next.open - 1; k++) {
    if (doc.sentenceOf[k] !== sentence || kind(doc, k) === 'quote') return false;
    if (introducesNext(doc, k, next.open) || movesOn(doc, k)) return false;
  }
  const after = doc.tokens[next.close + 1];
  const wordFollows = after !== undefined && !after.lineBefore && after.kind === 'word';
  if (wordFollows && !ENDS_CLAUSE.test(doc.text.slice(next.start, next.end))) return false; // a fragment in a sentence
  const sep = text(doc, next.open - 1);
  const cutShort = !'.!'.includes(doc.text[draft.parts[0]!.end - 1] ?? '.');
  // `"…ball." Lee added: "…"`: after a closed sentence a colon leads into a new quote, as a full stop does;
  // `said Tom Hale, a spokesman for the U.A.W. "We …"`: an abbreviation's full stop ends the tag too
  const stop = sep === '.' || sep === ';' || sep === ':' || (sep.length > 1 && sep.endsWith('.'));
  return sep === ',' || (stop && cutShort) || butContinues(doc, next);
}

/**
 * `"I like Lee," he said, but "when it comes to tax, Lee is wrong."`: after the tag's comma, `but` (or `and`) and a
 * quotation that goes on in lower case carry on the same sentence. Not `…, he said, and "Hope" was the title.`,
 * where the quotation starts with a capital.
 */
function butContinues(doc: Doc, next: Region): boolean {
  const sep = norm(doc, next.open - 1);
  if ((sep !== 'but' && sep !== 'and') || text(doc, next.open - 2) !== ',') return false;
  const first = doc.text[next.start] ?? '';
  return first !== first.toUpperCase();
}
