import type { QuoteKind } from '../../types.js';
import type { Doc } from '../../doc.js';
import { cueAt, type CueMatch } from '../../cues/find.js';
import { W } from '../../adapters/compromise.js';
import { F, has } from '../../mentions/features.js';
import { isPlural, phraseFrom, type NameIndex, type Phrase } from '../np.js';
import type { Attribution, Draft } from '../candidate.js';
import { gerundSubject, sentenceSubject, speakerBefore } from '../sieves/before.js';
import { AUXILIARIES, MAX_CONTENT, contentEnd, contentStart, startsClause } from './content.js';

/** Reported speech being assembled: the content's token range and offsets, its kind and its attribution. */
export interface ReportedDraft {
  readonly kind: Exclude<QuoteKind, 'direct'>;
  readonly first: number;
  /** One past the content's last token. */
  readonly end: number;
  readonly attribution: Attribution;
}

const MIN_TOKENS = 3;
/** A parenthetical tag (`…, he said, …`) comes this early in its sentence at most. */
const MAX_LEAD = 40;
/** Weak cues whose object is rarely what was said, unless `that` introduces it: `called the meeting to order`. */
const NEEDS_THAT = new Set(['call', 'add', 'continue', 'post', 'offer', 'detail', 'outline', 'describe', 'cite', 'note', 'tease', 'joke', 'laugh', 'cry']);
/** Cues whose content can be a to-infinitive: `promised to cut taxes`, `refused to release`, `wants to win`. */
const TO_VERBS = new Set(['promise', 'pledge', 'vow', 'refuse', 'decline', 'threaten', 'plan', 'want', 'hope', 'expect', 'seek', 'decide', 'agree', 'offer', 'urge', 'ask', 'tell', 'order', 'vote', 'intend', 'claim', 'swear']);

/**
 * Stage part: reported speech outside quotation marks, by frames over each cue:
 *   reported-after     Putin said (that) he appreciated the support …      X told reporters (that) …
 *   reported-before    The two signed a treaty, Russian state media reported.     …, said Batchelder.
 *   according-to       According to X, …     … , according to X.
 * The content is the reported clause, without `that` and without the attribution. A clause holding a quotation
 * is `mixed`, else `indirect`. `used` marks tokens already taken by direct quotes and their attributions.
 */
export function findReported(doc: Doc, names: NameIndex, used: Uint8Array): ReportedDraft[] {
  const out: ReportedDraft[] = [];
  for (const s of doc.sentences) {
    const taken = new Set<number>();
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (used[k] || doc.inQuote[k] || taken.has(k)) continue;
      const cue = cueAt(doc.tokens, k);
      if (!cue) continue;
      const d = tagFrame(doc, names, cue, s.tokenStart, s.tokenEnd) ?? parenthetical(doc, names, cue, s.tokenStart, s.tokenEnd) ??
        forwardFrame(doc, names, cue, s.tokenEnd);
      if (!d || overlapsUsed(used, d)) continue;
      out.push(d);
      for (let m = cue.first; m <= cue.last; m++) taken.add(m);
      k = cue.last;
    }
  }
  const covered = coverage(doc, out);
  for (const d of [...labelled(doc, names, used), ...characterized(doc, names, used)]) if (!anyIn(covered, d.first, d.end)) out.push(d);
  return withoutNestedWeak(doc, out).sort((a, b) => a.first - b.first);
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
 * `PENCE: Well, look, …` (a transcript) and `Pat Caddell: Voters Worried About …` (a headline): a paragraph that opens
 * with a name or an all-caps label and a colon reports what follows, to the paragraph's end. The colon is the cue.
 */
/**
 * `Reid has been pounding Trump as a “con artist”`, `Clinton criticized the act as a “crazy system”`: a verb that casts
 * someone or something *as* a quoted phrase puts those words in the subject's mouth: a mixed quote.
 */
function characterized(doc: Doc, names: NameIndex, used: Uint8Array): ReportedDraft[] {
  const out: ReportedDraft[] = [];
  for (const r of doc.regions) {
    if (r.depth !== 0 || r.runsOn) continue;
    const open = doc.tokenAt(r.open);
    const close = doc.tokenAt(r.close);
    if (open < 2 || close < 0 || used[open]) continue;
    const as = doc.tokens[open - 1]!.norm === 'as' ? open - 1 : doc.tokens[open - 2]!.norm === 'as' ? open - 2 : -1;
    if (as < 0) continue;
    let v = as - 1;
    while (v >= 0 && as - v <= 8 && doc.sentenceOf[v] === doc.sentenceOf[as] && !(has(doc.flags, v, W.verb | W.inf) && !AUXILIARIES.has(doc.tokens[v]!.norm))) v--;
    if (v < 0 || as - v > 8 || doc.sentenceOf[v] !== doc.sentenceOf[as] || v === as - 1) continue;
    const speaker = speakerBefore(doc, names, v - 1) ?? sentenceSubject(doc, names, v);
    if (!speaker) continue;
    const cue: CueMatch = cueAt(doc.tokens, v) ?? { first: v, last: v, lemma: doc.tokens[v]!.norm, class: 'report', weak: true, passive: false, tense: 'past' };
    out.push({ kind: 'mixed', first: v + 1, end: close + 1, attribution: { cue, speaker, rule: 'characterized-as', confidence: 0.55 } });
  }
  return out;
}

/** Token ranges [first, end) of the paragraphs (a line break starts one). */
function paragraphRanges(doc: Doc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let k = 1; k <= doc.tokens.length; k++) {
    if (k === doc.tokens.length || doc.tokens[k]!.lineBefore) { out.push([start, k]); start = k; }
  }
  return out;
}

function labelled(doc: Doc, names: NameIndex, used: Uint8Array): ReportedDraft[] {
  const out: ReportedDraft[] = [];
  for (const [k, p] of paragraphRanges(doc)) {
    let first = k;
    if (doc.tokens[first]!.text === '"' || doc.tokens[first]!.text === '“') first++;
    const name = names.byFirst.get(first);
    const labelEnd = name ? name.last + 1 : has(doc.flags, first, F.allCaps) && doc.tokens[first]!.text.length > 1 ? first + 1 : -1;
    if (labelEnd < 0 || doc.tokens[labelEnd]?.text !== ':' || used[labelEnd] || p - labelEnd < MIN_TOKENS + 1) continue;
    if (name && name.type === 'place') continue;
    const colon = labelEnd;
    const cue: CueMatch = { first: colon, last: colon, lemma: ':', class: 'speech', weak: false, passive: false, tense: 'phrase' };
    const speaker: Phrase = { first, last: colon - 1, kind: 'name', end: colon };
    let end = p;
    while (end > colon + 1 && ['.', '"', '”'].includes(doc.tokens[end - 1]!.text)) end--;
    const d = draft(doc, colon + 1, end, { cue, speaker, rule: 'colon-label', confidence: 0.6 });
    if (!overlapsUsed(used, d)) out.push(d);
  }
  return out;
}

/** `Figueroa said the campaign planned to …`: a weak cue inside what a stronger one reports is part of its content. */
function withoutNestedWeak(doc: Doc, drafts: ReportedDraft[]): ReportedDraft[] {
  const strong = coverage(doc, drafts, true);
  return drafts.filter((d) => !d.attribution.cue?.weak || !strong[d.attribution.cue.first]);
}

/** `CONTENT, X said.` / `CONTENT, said X.` / `CONTENT, according to X.`: the cue tags the sentence's end. */
function tagFrame(doc: Doc, names: NameIndex, cue: CueMatch, start: number, end: number): ReportedDraft | null {
  if (cue.tense === 'gerund') return null; // a weak cue is fine here: the tag position says it reports
  const according = doc.tokens[cue.first]!.norm === 'according';
  let comma = cue.first - 1;
  let speaker: Phrase | null;
  if (according || doc.tokens[comma]?.text === ',') {
    speaker = phraseFrom(doc, names, cue.last + 1); // …, according to X / …, said X
  } else {
    const subject = speakerBefore(doc, names, cue.first - 1); // …, X said
    if (!subject) return null;
    comma = subject.first - 1;
    speaker = subject;
  }
  if (!speaker || doc.tokens[comma]?.text !== ',' || !tailOnly(doc, Math.max(speaker.end, cue.last + 1), end)) return null;
  if (cue.tense === 'infinitive' && !baseFormFits(doc, cue, speaker)) return null;
  const from = afterDateline(doc, start, comma);
  const last = contentEnd(doc, from, comma);
  if (last - from < MIN_TOKENS || !hasVerb(doc, from, last)) return null;
  return draft(doc, from, last, { cue, speaker, rule: according ? 'according-to' : 'reported-before', confidence: confidence(cue, 0.8) });
}

/** `But to prevent problems, he said, local officials should be vigilant.`: the tag sits inside the clause. */
function parenthetical(doc: Doc, names: NameIndex, cue: CueMatch, start: number, end: number): ReportedDraft | null {
  if (cue.tense !== 'past' && cue.tense !== 'present' || doc.tokens[cue.last + 1]?.text !== ',') return null;
  const speaker = speakerBefore(doc, names, cue.first - 1);
  if (!speaker || doc.tokens[speaker.first - 1]?.text !== ',' || speaker.first - 1 <= start || speaker.first - start > MAX_LEAD) return null;
  const last = contentEnd(doc, cue.last + 2, end);
  if (last - (cue.last + 2) < MIN_TOKENS || !hasVerb(doc, cue.last + 2, last)) return null;
  return draft(doc, afterDateline(doc, start, speaker.first), last, { cue, speaker, rule: 'reported-around', confidence: confidence(cue, 0.75) });
}

/** `X said (that) CONTENT`, `According to X, CONTENT`, `…, saying CONTENT`. */
function forwardFrame(doc: Doc, names: NameIndex, cue: CueMatch, end: number): ReportedDraft | null {
  const according = doc.tokens[cue.first]!.norm === 'according';
  let speaker: Phrase | null;
  let from: number;
  if (according) {
    speaker = phraseFrom(doc, names, cue.last + 1);
    if (!speaker || doc.tokens[speaker.end]?.text !== ',') return null;
    from = speaker.end + 1;
  } else {
    if (passive(doc, cue)) return null; // `the veto is expected to come`: the subject is not the one expecting
    const sourceless = cue.passive && doc.tokens[cue.first]!.norm === 'it'; // `it was announced that …`: no source is named
    speaker = sourceless ? null
      : cue.tense === 'gerund' ? gerundSubject(doc, names, cue.first) : speakerBefore(doc, names, cue.first - 1) ?? sentenceSubject(doc, names, cue.first);
    if (!speaker && !sourceless) return null;
    const plainNoun = has(doc.flags, cue.first, W.plural) && doc.tokens[cue.last + 1]?.norm !== 'that';
    if (cue.tense === 'present' && speaker?.kind === 'description' && plainNoun) return null; // swing states like …
    const nominal = doc.tokens[cue.first - 1]?.norm === "'s" && doc.tokens[cue.last + 1]?.norm === 'that'; // the mayor's claim that …
    if (cue.tense === 'infinitive' && speaker && !nominal && !afterAuxiliary(doc, cue.first) && !baseFormFits(doc, cue, speaker)) return null;
    from = contentStart(doc, names, cue, end);
    const that = doc.tokens[from - 1]?.norm === 'that';
    if (cue.weak && !that && NEEDS_THAT.has(cue.lemma) && !quotedAhead(doc, from, end)) return null; // called the meeting to order; called them "deplorables"
    const toClause = doc.tokens[from]?.norm === 'to' && TO_VERBS.has(cue.lemma); // promised to cut taxes
    if (cue.weak && !that && !toClause && !has(doc.flags, from, W.pron | W.det | F.cap) && doc.tokens[from]?.kind !== 'quote') return null; // would decline by four points
    if (!that && !toClause && !startsClause(doc, names, from)) return null;
  }
  const last = contentEnd(doc, from, end);
  // a clause, or for a strong cue a noun phrase too (`questioning the integrity of the voting system`)
  if (last - from < (cue.weak ? MIN_TOKENS : 2) || (cue.weak && !hasVerb(doc, from, last))) return null;
  const that = doc.tokens[from - 1]?.norm === 'that';
  const base = according ? 0.8 : cue.tense === 'gerund' ? 0.6 : that ? 0.85 : cue.weak ? 0.5 : 0.75;
  return draft(doc, from, last, { cue, speaker, rule: according ? 'according-to' : 'reported-after', confidence: confidence(cue, base) });
}

/** `MOSCOW, June 19 (AFP): …`, `WASHINGTON ― …`: a dateline opening the sentence is not part of what was reported. */
function afterDateline(doc: Doc, start: number, end: number): number {
  if (!has(doc.flags, start, F.allCaps)) return start;
  for (let k = start + 1; k < end && k - start < 10; k++) {
    const t = doc.tokens[k]!.text;
    if (t === ':' || t === '—' || t === '―' || t === '–' || t === '--' || t === '-') return k + 1;
  }
  return start;
}

/** A quotation in what follows the cue: a weak cue next to one reports it (`called them “deplorables”`). */
function quotedAhead(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + MAX_CONTENT); k++) if (doc.tokens[k]!.kind === 'quote') return true;
  return false;
}

function draft(doc: Doc, first: number, end: number, attribution: Attribution): ReportedDraft {
  let mixed = false;
  for (let k = first; k < end && !mixed; k++) if (doc.tokens[k]!.kind === 'quote') mixed = true;
  return { kind: mixed ? 'mixed' : 'indirect', first, end, attribution };
}

/** Speech is surer than thought; a weak cue (`noted`, `added`) is less sure than `said`. */
function confidence(cue: CueMatch, base: number): number {
  return Math.round(base * (cue.class === 'thought' ? 0.75 : 1) * (cue.weak ? 0.8 : 1) * 100) / 100;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "wasn't"]);

/** `is expected`, `was reported`: a passive participle; its subject is not the source. */
function passive(doc: Doc, cue: CueMatch): boolean {
  if (cue.tense !== 'past' && cue.tense !== 'participle') return false;
  let k = cue.first - 1;
  while (k >= 0 && has(doc.flags, k, W.adv)) k--;
  return BE.has(doc.tokens[k]?.norm ?? '');
}

/**
 * A base form (`say`) is a present tense after a plural or any name (`Congress say`, `they say`), not after `to`,
 * `let`, `make` or a singular pronoun (`to say`, `let him say`).
 */
function baseFormFits(doc: Doc, cue: CueMatch, speaker: Phrase): boolean {
  const before = doc.tokens[cue.first - 1]?.norm ?? '';
  if (['to', 'let', 'make', 'made', 'help', 'heard', 'hear', 'saw', 'see', 'watch'].includes(before)) return false;
  const head = doc.tokens[speaker.last]!.norm;
  return !['he', 'she', 'it'].includes(head) && (speaker.kind !== 'description' || isPlural(doc, speaker));
}

/** `will say`, `has said`, `would argue`: a base form is a cue only after an auxiliary or modal. */
function afterAuxiliary(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1]?.norm ?? '';
  return ['will', 'would', 'could', 'might', 'may', 'must', 'should', 'can', 'did', 'does', 'do', "didn't", "don't"].includes(prev);
}

/** A clause has a verb: a verb form in the lexicon, a reporting verb, or an `-ed` word the lexicon calls an adjective. */
function hasVerb(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (has(doc.flags, k, W.verb | W.inf) || cueAt(doc.tokens, k) || doc.tokens[k]!.norm.endsWith('ed')) return true;
  }
  return false;
}

/** After the tag only a short adjunct remains (`on Monday`, `in a statement`): no new clause. */
function tailOnly(doc: Doc, k: number, end: number): boolean {
  let m = k;
  while (m < end && !['.', '!', '?'].includes(doc.tokens[m]!.text)) {
    if (has(doc.flags, m, W.verb) || doc.tokens[m]!.norm === 'that' || m - k > 10) return false;
    m++;
  }
  return true;
}

function overlapsUsed(used: Uint8Array, d: ReportedDraft): boolean {
  for (let k = d.first; k < d.end; k++) if (used[k]) return true;
  return false;
}

/** Tokens that direct quotes and their attributions hold, which reported speech must leave alone. */
export function usedByDirect(doc: Doc, drafts: readonly Draft[]): Uint8Array {
  const used = new Uint8Array(doc.tokens.length);
  for (const d of drafts) {
    for (const r of d.parts) used.fill(1, r.open, r.close + 1);
    const a = d.attribution;
    if (a?.cue) used.fill(1, a.cue.first, a.cue.last + 1);
    if (a?.speaker) used.fill(1, a.speaker.first, a.speaker.end);
  }
  return used;
}
