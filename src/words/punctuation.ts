/** Punctuation the rules test by name, as token texts (or, for BRACKET_OPENERS, single characters). */
import { union, words } from './list.js';

/** `.`, `!`, `?`: marks that end a sentence. */
export const SENTENCE_END_MARKS = words('. ! ?');

/** Marks that end a reported clause: a sentence's end, or a semicolon. */
export const CLAUSE_END_MARKS = union(SENTENCE_END_MARKS, words(';'));

/** Marks that break a clause, shared by the two lists below (and CLAUSE_BREAKS in function-words.ts). */
export const CLAUSE_PUNCTUATION = words(', ; : ( — –');

/** `He said: "…"`, `— "…"`: a quotation after one of these opens a clause, not a quoted term inside one. */
export const CLAUSE_OPENERS = union(CLAUSE_PUNCTUATION, words('― - --'));

/** Characters after which a quotation mark is an opening one, as after a space: `("…`, `[“…`, `—“…`. */
export const BRACKET_OPENERS = words('( [ { — – - /');

/** Characters that end a sentence, as the quotation scan sees them: `May. "Trains…` reopens a quotation. */
export const SENTENCE_END_CHARS = words('. ! ? …');

/** The last character of quoted words that end a clause: `"…happen,"`, `"…of all time."`, `"…or not?"`. */
export const CLAUSE_END_CHARS = words('. , ! ? …');

/** What comes before a closing mark of the other weight: `"…Monday,' the mayor said` closes the quotation. */
export const MISMATCH_BEFORE = words(', . ? !');

/** Characters whose runs (`___`, `***`) make a rule between items; `---` is left out: typewriters write a dash so. */
export const RULE_CHARS = words('_ * = # ~');

/** Dashes before a quotation's sign-off: `“…” ― Ana Ruiz`, `"…" -- Tom Hale`. */
export const SIGNOFF_DASHES = words('— ― – - --');

/** Brackets that may close a sentence before its end mark is seen from the right: `(in May.) "Trains…`. */
export const BRACKET_CLOSERS = words(') ]');

/**
 * Marks that may follow a sentence's final dot and belong to that sentence: `…end.”`, `…end.)`, and the typewriter
 * double mark `…end.''` (one token), so that `…Pryor.'' ''We are…` splits where the paragraph break was lost.
 */
export const SENTENCE_CLOSERS = words(`) ] } " ” ’ ' '' » « › ‹ “ 」 』`);

/**
 * `PENCE: Well, look."`, `Ruiz: Cuts 'in Their Heads.'`: marks trimmed from the end of a labelled paragraph's content,
 * in double or single marks alike.
 */
export const LABEL_TRAILING_MARKS = words(`. " ” ' ’`);

/** `the powers - which Chavez argues are needed - trample …`: dashes that close an aside inside a sentence. */
export const CLAUSE_DASHES = words('— ― – - --');

/** `the Biden - Harris Administration`, `the Ruiz–Hale Administration`: dashes that join two leaders' names. */
export const NAME_JOINING_DASHES = words('- – —');
