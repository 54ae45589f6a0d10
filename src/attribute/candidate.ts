import type { Doc, QuoteRegion } from '../doc/doc.js';
import type { CueMatch } from '../cues/find.js';
import type { Phrase } from '../mentions/phrase.js';

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
  readonly rule: string;
  readonly confidence: number;
}

/** A direct quotation being assembled: its regions (parts) and, once decided, its attribution. */
export interface Draft {
  readonly parts: Region[];
  attribution: Attribution | null;
  /** Token after the attribution that follows the first part, for split quotes; -1 if none. */
  tail: number;
}

const DASH = /^(?:[—–―]|-{1,2})$/;

export function isDash(text: string): boolean {
  return DASH.test(text);
}

/** Last content character before the closing mark: `,` `?` `!` and the like invite an attribution after it. */
export function endsOpen(doc: Doc, r: Region): boolean {
  const ch = doc.text[r.end - 1] ?? '';
  return ',?!—–-…:;'.includes(ch);
}
