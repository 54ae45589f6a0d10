import { type Doc, type QuoteRegion, kind, norm } from '../doc/doc.js';
import type { CueMatch } from '../cues/find.js';
import type { NameIndex, Phrase } from '../mentions/phrase.js';
import type { RuleName, Token } from '../types.js';
import { TITLE_MINOR_WORDS } from '../words/function-words.js';
import type { Decider, Pass } from './rules.js';

/** A top-level quotation region with the tokens of its marks. */
export interface Region {
  readonly region: QuoteRegion;
  /** Token of the opening mark. */
  readonly open: number;
  /** Token of the closing mark, or the paragraph's last token when the quotation runs on. */
  readonly close: number;
  /** Content offsets, inside the marks, trimmed of blanks. */
  readonly start: number;
  readonly end: number;
}

/** What a sieve decided about a quotation. */
export interface Attribution {
  readonly cue: CueMatch | null;
  readonly speaker: Phrase | null;
  readonly rule: RuleName;
  readonly confidence: number;
}

/** A direct quotation being assembled: its regions (parts) and, once decided, its attribution. */
export interface Draft {
  readonly parts: Region[];
  attribution: Attribution | null;
  /** Token after the attribution that follows the first part, for split quotes; -1 if none. */
  tail: number;
}

/** What a direct sieve decides: the attribution and, when it follows the quotation, the token after it (else -1). */
export interface Decision {
  readonly attribution: Attribution;
  readonly tail: number;
}

/** What the direct sieves and passes read: the document, its names, its quotations and two tests on them. */
export interface DirectContext {
  readonly doc: Doc;
  readonly names: NameIndex;
  /** The top-level quotation regions, in text order. */
  readonly regions: readonly Region[];
  /** The `unattributed` option. */
  readonly unattributed: boolean;
  /** A quotation that is a sentence of its own: it opens a clause, is long enough and starts with a capital. */
  readonly speechLike: (r: Region) => boolean;
  /** Does a sieve that reads after the closing mark decide for r (whether r opens a clause or not)? */
  readonly decidedAfter: (r: Region) => boolean;
}

/**
 * A direct-quote sieve. Those on the `after` side read what follows the closing mark, and only for quotations that
 * open a sentence or clause; those on the `before` side read what precedes the opening mark.
 */
export interface Sieve extends Decider<DirectContext, Region, Decision> {
  readonly side: 'after' | 'before';
}

/** A pass over the direct quotes once the sieves have decided: split quotes join, attributions carry over. */
export type DirectPass = Pass<DirectContext, Draft>;

/**
 * The phrase cue `according to`, known by its first word: its lemma is `say` (`cue.lemma === 'according to'` never
 * holds), and it is the only cue that starts with `according`.
 */
export function isAccordingTo(doc: Doc, cue: CueMatch): boolean {
  return norm(doc, cue.first) === 'according';
}

const DASH = /^(?:[—–―]|-{1,2})$/;

/** Does `ch` (a string's first character) read as lower case: `s`, `é`; not `S`, `4`, `"`? */
export const isLower = (ch: string): boolean => ch !== ch.toUpperCase();

/**
 * A lower-case word that a title would capitalise (`support`, `rebels`; not `of`, `the`): one is enough to tell prose
 * in sentence case from a title or headline in title case.
 */
export function untitledWord(t: Token): boolean {
  return t.kind === 'word' && isLower(t.text[0] ?? '') && !TITLE_MINOR_WORDS.has(t.norm);
}

export function isDash(text: string): boolean {
  return DASH.test(text);
}

/** Long enough to be speech rather than a quoted term: four words, or ends like a sentence. */
export function isLongEnough(doc: Doc, r: Region): boolean {
  let words = 0;
  for (let k = r.open + 1; k < r.close && words < 4; k++) if (kind(doc, k) === 'word') words++;
  return words >= 4 || '.?!,'.includes(doc.text[r.end - 1] ?? '');
}

/** Last content character before the closing mark: `,` `?` `!` and the like invite an attribution after it. */
export function endsOpen(doc: Doc, r: Region): boolean {
  const ch = doc.text[r.end - 1] ?? '';
  return ',?!—–-…:;'.includes(ch);
}
