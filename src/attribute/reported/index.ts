import type { CueClass } from '../../types.js';
import { type Doc, is, norm } from '../../doc/doc.js';
import { F, W } from '../../doc/flags.js';
import { cueAt, type CueMatch } from '../../cues/find.js';
import type { NameIndex } from '../../mentions/phrase.js';
import { untitledWord, type Draft } from '../candidate.js';
import { REPORTED_FRAMES, TEXT_FRAMES } from '../order.js';
import { overlapsUsed, type FrameContext, type ReportedDraft } from './draft.js';

export type { ReportedDraft };

/**
 * Stage part: reported speech outside quotation marks, by the frames over each cue (REPORTED_FRAMES in order.ts;
 * the first that decides wins), then the frames that scan the whole text (TEXT_FRAMES) where no cue's frame did:
 *   reported-after     Putin said (that) he appreciated the support …      X told reporters (that) …
 *   reported-before    The two signed a treaty, Russian state media reported.     …, said Batchelder.
 *   according-to       According to X, …     … , according to X.
 * The content is the reported clause, without `that` and without the attribution. A clause holding a quotation
 * is `mixed`, else `indirect`. `used` marks tokens already taken by direct quotes and their attributions.
 * A cue whose class is not in `classes` is passed over as if the lexicon did not know it, so that with the default
 * classes `as the city seeks to raise taxes` (a plan) reports nothing, and `she said she hopes to win` is one quote.
 */
export function findReported(
  doc: Doc,
  names: NameIndex,
  used: Uint8Array,
  classes: ReadonlySet<CueClass>,
): ReportedDraft[] {
  const context: FrameContext = { doc, names, used, start: 0, end: 0 };
  let out: ReportedDraft[] = [];
  const quotedThoughts = new Set<ReportedDraft>();
  for (const [i, s] of doc.sentences.entries()) {
    context.start = s.tokenStart;
    context.end = s.tokenEnd;
    const taken = new Set<number>();
    // whether a direct quote stands in the sentence before or after: asked only when a thought cue needs it
    let interview: boolean | undefined;
    // whether the sentence is written in sentence case: asked only when a capitalised cue needs it
    let prose: boolean | undefined;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (used[k] || doc.inQuote[k] || taken.has(k)) continue;
      const cue = cueAt(doc.tokens, k);
      if (cue && capitalisedMidSentence(doc, cue, s.tokenStart) && (prose ??= inProse(doc, s.tokenStart, s.tokenEnd)))
        continue;
      const asked = cue !== null && classes.has(cue.class);
      if (!cue || (!asked && !(thoughtWithThat(doc, cue) && (interview ??= besideDirect(doc, used, i))))) continue;
      const d = decide(context, cue);
      if (!d || overlapsUsed(used, d) || (!asked && d.kind !== 'mixed')) continue;
      if (!asked) quotedThoughts.add(d);
      out.push(d);
      for (let m = cue.first; m <= cue.last; m++) taken.add(m);
      k = cue.last;
    }
  }
  out = withoutNestedThoughts(doc, out, quotedThoughts);
  const covered = coverage(doc, out);
  for (const frame of TEXT_FRAMES) {
    for (const d of frame.find(context)) {
      const cls = d.attribution.cue?.class;
      if (!anyIn(covered, d.first, d.end) && (cls === undefined || classes.has(cls))) out.push(d);
    }
  }
  return withoutOuterSource(withoutRepeats(withoutNestedWeak(doc, out))).sort((a, b) => a.first - b.first);
}

/**
 * A one-word cue capitalised inside a sentence written in sentence case (`inProse`) is part of a name, not a
 * reporting verb: `States` in `as the United States, Britain and France support …`, `Post` in `the Washington
 * Post`. A headline in title case (`Ferry Firm Says Sailings Will End`), an all-caps line, a sentence's first word
 * (`Said Ellis: …`), a word after a colon, dash, bracket or quotation mark, and a phrase (a caller's `Went On Record`)
 * keep their cue.
 */
function capitalisedMidSentence(doc: Doc, cue: CueMatch, start: number): boolean {
  const k = cue.first;
  if (cue.last !== k || !is(doc, k, F.cap) || is(doc, k, F.allCaps | F.sentenceStart) || k === start) return false;
  const before = doc.tokens[k - 1]!;
  return before.kind === 'word' || before.text === ',';
}

/** Sentence case: a lower-case word that a title would capitalise (`untitledWord`). */
function inProse(doc: Doc, start: number, end: number): boolean {
  for (let m = start; m < end; m++) if (untitledWord(doc.tokens[m]!)) return true;
  return false;
}

/**
 * Is a direct quotation in the sentence before or after sentence `i`? `"It is the best film," he said. Mr Lamb felt
 * that it was a "masterpiece".`: between his own quoted words, a thought's quoted fragment is what he said.
 */
function besideDirect(doc: Doc, used: Uint8Array, i: number): boolean {
  for (const s of [doc.sentences[i - 1], doc.sentences[i + 1]]) {
    if (!s) continue;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (used[k] && doc.tokens[k]!.kind === 'quote') return true;
  }
  return false;
}

/**
 * `felt that …`: a thought verb with `that`, which may report words (`felt that the film was a "masterpiece"`); not
 * the noun of `in hopes that …`, nor `thinks cats are "cuties"`, where a quoted word is the writer's.
 */
function thoughtWithThat(doc: Doc, cue: CueMatch): boolean {
  return cue.class === 'thought' && norm(doc, cue.last + 1) === 'that' && !is(doc, cue.first - 1, W.prep);
}

/**
 * `Mr Lamb felt that the film was a "masterpiece"`: a thought whose clause quotes the thinker's words reports speech,
 * so it comes back even when thoughts were not asked for; but not inside what someone said (`He said he hoped the
 * talks would be "a first step"` is one quote, by `said`).
 */
function withoutNestedThoughts(
  doc: Doc,
  drafts: ReportedDraft[],
  quotedThoughts: ReadonlySet<ReportedDraft>,
): ReportedDraft[] {
  if (quotedThoughts.size === 0) return drafts;
  const asked = coverage(
    doc,
    drafts.filter((d) => !quotedThoughts.has(d)),
  );
  return drafts.filter((d) => !quotedThoughts.has(d) || !asked[d.attribution.cue!.first]);
}

/**
 * One draft for one content: `…, saying in a statement that …` finds it by `saying` and again by `in a statement`;
 * the first cue found keeps it.
 */
function withoutRepeats(drafts: ReportedDraft[]): ReportedDraft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.first}:${d.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `According to the Post, the chairman said that …`: the report inside names who spoke, so the quote is the
 * chairman's alone, not also a second, overlapping one by the Post.
 */
function withoutOuterSource(drafts: ReportedDraft[]): ReportedDraft[] {
  const byEnd = new Map<number, ReportedDraft[]>(); // drafts ending together: few, so the scan stays linear
  for (const d of drafts) byEnd.set(d.end, [...(byEnd.get(d.end) ?? []), d]);
  return drafts.filter((d) => {
    if (d.attribution.rule !== 'according-to') return true;
    return !byEnd.get(d.end)!.some((e) => e !== d && e.attribution.speaker && holdsReport(d, e));
  });
}

/** Does `outer`'s content hold `inner`'s cue and end where `inner`'s content ends? */
function holdsReport(outer: ReportedDraft, inner: ReportedDraft): boolean {
  const cue = inner.attribution.cue;
  return cue !== null && cue.first >= outer.first && cue.last < outer.end && inner.end === outer.end;
}

/** The first frame that decides for the cue. */
function decide(context: FrameContext, cue: CueMatch): ReportedDraft | null {
  for (const frame of REPORTED_FRAMES) {
    const d = frame.decide(context, cue);
    if (d) return d;
  }
  return null;
}

/** 1 for every token inside some draft's content (strong cues only, if asked). */
function coverage(doc: Doc, drafts: readonly ReportedDraft[], strongOnly = false): Uint8Array {
  const map = new Uint8Array(doc.tokens.length);
  for (const d of drafts) if (!strongOnly || !d.attribution.cue?.weak) map.fill(1, d.first, d.end);
  return map;
}

function anyIn(map: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (map[k]) return true;
  return false;
}

/**
 * A weak cue yields to a strong one it overlaps: inside what a strong cue reports it is part of the content
 * (`Figueroa said the campaign planned to …`); around a strong cue it only frames it
 * (`The Kremlin published a document confirming …`: the report is the confirming).
 */
function withoutNestedWeak(doc: Doc, drafts: ReportedDraft[]): ReportedDraft[] {
  const strong = coverage(doc, drafts, true);
  const strongCue = new Uint8Array(doc.tokens.length);
  for (const d of drafts) if (d.attribution.cue && !d.attribution.cue.weak) strongCue[d.attribution.cue.first] = 1;
  return drafts.filter(
    (d) => !d.attribution.cue?.weak || (!strong[d.attribution.cue.first] && !anyIn(strongCue, d.first, d.end)),
  );
}

/** Tokens that direct quotes and their attributions hold, which reported speech must leave alone. */
export function usedByDirect(doc: Doc, drafts: readonly Draft[]): Uint8Array {
  const used = new Uint8Array(doc.tokens.length);
  for (const d of drafts) {
    for (const r of d.parts) used.fill(1, r.open, r.close + 1);
    // a follow-on's cue reports a sentence of its own; a part that runs on shares its cue with the part that holds it
    const inherited = d.attribution?.rule === 'follow-on' || d.attribution?.rule === 'runs-on';
    const a = inherited ? null : d.attribution;
    if (a?.cue) used.fill(1, a.cue.first, a.cue.last + 1);
    if (a?.speaker) used.fill(1, a.speaker.first, a.speaker.end);
  }
  return used;
}
