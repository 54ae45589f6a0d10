import { type Doc, is, kind, norm, text } from '../../doc/doc.js';
import { cueAt, type CueMatch } from '../../cues/find.js';
import { W } from '../../doc/flags.js';
import { phraseFrom, skipAdverbs, type NameIndex, type Phrase } from '../../mentions/phrase.js';
import { AUXILIARIES, BE, CONJUNCTIONS, FIRST_PERSON, SINGULAR_PERSONS } from '../../words/function-words.js';
import type { Attribution, DirectContext, DirectPass, Draft, Region } from '../candidate.js';
import { RULES } from '../rules.js';
import { sentenceSubject, speakerBefore } from '../speaker.js';

/**
 * runs-on: a quotation that runs over paragraphs (each reopens, only the last closes) is one quote per paragraph;
 * an attribution found in any of them holds for all.
 */
export const RUNS_ON: DirectPass = { name: 'runs-on', rules: ['runs-on'], run: runsOn };

/**
 * follow-on: a quotation with no cue of its own that opens a sentence right after an attributed one
 * (in the same paragraph, or as the next paragraph) has the same speaker; so has one right after a sentence that
 * reports its speaker's words without quoting them (`Dr Berg noted that the survey was small. "We spoke to …"`).
 */
export const FOLLOW_ON: DirectPass = { name: 'follow-on', rules: ['follow-on', 'runs-on'], run: followOn };

/**
 * unattributed (an option): a quotation that is a sentence of its own (opens a sentence, long enough, starts with a
 * capital) but that no sieve could attribute is still speech: a direct quote with no speaker and low confidence.
 */
export const UNATTRIBUTED: DirectPass = { name: 'unattributed', rules: ['unattributed'], run: unattributed };

function runsOn(_context: DirectContext, drafts: Draft[]): Draft[] {
  let chainStart = 0;
  for (let i = 0; i < drafts.length; i++) {
    const last = drafts[i]!.parts.at(-1)!;
    if (last.region.runsOn && i + 1 < drafts.length) continue;
    const chain = drafts.slice(chainStart, i + 1);
    const source = chain.find((d) => d.attribution && d.attribution.rule !== 'runs-on')?.attribution;
    if (source && chain.length > 1) {
      const confidence = source.confidence * RULES['runs-on'].confidence.base;
      for (const d of chain) d.attribution ??= { ...source, rule: 'runs-on', confidence };
    }
    chainStart = i + 1;
  }
  return drafts;
}

/**
 * One pass in text order, so that a quotation attributed here passes its speaker on to the next: in
 * `Ruiz said the plan was "timid". "Villages lose out. "Towns do too."` (a paragraph break lost inside the second
 * quotation) the part after `timid` takes Ruiz from the sentence before, and the reopened part takes it from that part.
 */
function followOn(context: DirectContext, drafts: Draft[]): Draft[] {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.attribution || !opensSentence(context, d.parts[0]!)) continue;
    d.attribution = (i > 0 ? afterQuote(context, drafts[i - 1]!, d) : null) ?? afterReport(context, d.parts[0]!);
  }
  return drafts;
}

/** The previous quote's attribution, when `d` opens the sentence right after it (or the one after that). */
function afterQuote({ doc }: DirectContext, prev: Draft, d: Draft): Attribution | null {
  if (!prev.attribution?.speaker) return null;
  const prevEnd = Math.max(prev.parts.at(-1)!.close, prev.tail - 1);
  if (doc.sentenceOf[d.parts[0]!.open]! - doc.sentenceOf[prevEnd]! > 1) return null;
  // the part after a reopening mark is the same quotation: it keeps the speaker as a paragraph that runs on does
  if (prev.parts.at(-1)!.region.runsOn) {
    return {
      ...prev.attribution,
      rule: 'runs-on',
      confidence: prev.attribution.confidence * RULES['runs-on'].confidence.base,
    };
  }
  const c = RULES['follow-on'].confidence;
  const confidence = Math.min(c.most, prev.attribution.confidence * c.base);
  return { ...prev.attribution, rule: 'follow-on', confidence };
}

function opensSentence({ doc, speechLike }: DirectContext, r: Region): boolean {
  return doc.sentences[doc.sentenceOf[r.open]!]!.tokenStart === r.open && speechLike(r);
}

/**
 * The attribution of a quotation that opens the sentence right after one reporting someone's words outside
 * quotation marks: `Mayor Ana Ruiz said the plan was "timid". "Villages will still have one bus a day."`. The first
 * cue of that sentence with a speaker before it (or a subject) gives both. Each sentence is read for at most one
 * quotation (the one opening the sentence after it), so the whole pass stays linear.
 */
function afterReport(context: DirectContext, r: Region): Attribution | null {
  const { doc, names } = context;
  const s = doc.sentenceOf[r.open]! - 1;
  const before = doc.sentences[s];
  if (!before || doc.tokens[before.tokenStart]!.kind === 'quote') return null;
  for (let k = before.tokenStart; k < before.tokenEnd; k++) {
    if (doc.inQuote[k]) continue;
    const cue = cueAt(doc.tokens, k);
    if (!cue || afterBe(doc, cue)) continue;
    // only the sentence's first cue: a later one is often a noun inside what is reported (`say the mayor's claims`)
    const speaker = reports(cue) ? reporter(doc, names, cue) : null;
    if (!speaker) return null;
    if (!isSubject(doc, speaker)) break; // `… on a thing called the web.`: no cue of the sentence's own
    return { cue, speaker, rule: 'follow-on', confidence: RULES['follow-on'].confidence.report };
  }
  return afterSubject(context, r, before.tokenStart);
}

/**
 * A speaker phrase is the subject of its cue, not an object inside the clause: `He spent hours on this new thing
 * called the internet.` names no one who speaks, since `called` follows a preposition's object.
 */
function isSubject(doc: Doc, p: Phrase): boolean {
  return p.first === 0 || !is(doc, p.first - 1, W.prep | W.verb) || kind(doc, p.first - 1) !== 'word';
}

/**
 * `Coach Rina Vale was calm. "We lost the final."`: after a sentence with no cue of its own, a quotation in the first
 * person takes the person that sentence is about, its subject (a person's name or `he`, `she`), at low confidence.
 * Not when that person is acted on (`Rina Vale was injured in the final.`): the quotation may be anyone's then.
 */
function afterSubject({ doc, names }: DirectContext, r: Region, start: number): Attribution | null {
  if (!firstPerson(doc, r)) return null;
  const first = CONJUNCTIONS.has(norm(doc, start)) ? start + 1 : start;
  const speaker = phraseFrom(doc, names, first);
  if (!speaker || !isPersonSubject(doc, names, speaker)) return null;
  const v = skipAdverbs(doc, speaker.end);
  if (!is(doc, v, W.verb) || isPassive(doc, v)) return null;
  return { cue: null, speaker, rule: 'follow-on', confidence: RULES['follow-on'].confidence.subject };
}

function isPersonSubject(doc: Doc, names: NameIndex, p: Phrase): boolean {
  if (p.kind === 'pronoun') return SINGULAR_PERSONS.has(norm(doc, p.first));
  return p.kind === 'name' && names.byLast.get(p.last)?.type === 'person';
}

/** `was hurt`, `has been arrested`: a form of `be` and a participle (not `was calm`, `is speaking`). */
function isPassive(doc: Doc, v: number): boolean {
  let k = v;
  while (AUXILIARIES.has(norm(doc, k)) && k < v + 3) k++;
  if (k === v || !BE.has(norm(doc, k - 1))) return false;
  const w = norm(doc, skipAdverbs(doc, k));
  return w.endsWith('ed') || (is(doc, skipAdverbs(doc, k), W.verb) && !w.endsWith('ing'));
}

/** Does the quotation speak in the first person (`I`, `we`, `our`)? Only one that does can be the subject's. */
function firstPerson(doc: Doc, r: Region): boolean {
  for (let k = r.open + 1; k < r.close; k++) if (FIRST_PERSON.has(norm(doc, k))) return true;
  return false;
}

/** The source of a cue: `Ruiz said …`, `…, Ruiz, a judge, said …`, or inverted after a comma `…, says Ann Ruiz.` */
function reporter(doc: Doc, names: NameIndex, cue: CueMatch): Phrase | null {
  const inverted = text(doc, cue.first - 1) === ',' || kind(doc, cue.first - 1) === 'quote';
  const after = inverted ? phraseFrom(doc, names, cue.last + 1) : null;
  if (after?.kind === 'name') return after;
  return speakerBefore(doc, names, cue.first - 1) ?? sentenceSubject(doc, names, cue.first);
}

/**
 * `The film rights have been snapped up`, `Ruiz was told to wait`: a cue in the passive, after a form of `be`, does
 * not make its subject a speaker; a later cue may (`He has been called a pioneer, which, he says, …`).
 */
function afterBe(doc: Doc, cue: CueMatch): boolean {
  let k = cue.first - 1;
  while (k > 0 && is(doc, k, W.adv) && k > cue.first - 3) k--;
  return BE.has(norm(doc, k));
}

/** A cue in the finite tense that reports speech: not `saying`, `to say` or a thought (`believes`). */
function reports(cue: CueMatch): boolean {
  return cue.class !== 'thought' && cue.tense !== 'gerund' && cue.tense !== 'infinitive' && cue.tense !== 'phrase';
}

function unattributed({ doc, speechLike, unattributed: wanted }: DirectContext, drafts: Draft[]): Draft[] {
  if (!wanted) return drafts;
  for (const d of drafts) {
    const r = d.parts[0]!;
    if (d.attribution || doc.sentences[doc.sentenceOf[r.open]!]!.tokenStart !== r.open || !speechLike(r)) continue;
    d.attribution = { cue: null, speaker: null, rule: 'unattributed', confidence: RULES.unattributed.confidence.base };
  }
  return drafts;
}
