/**
 * Public types of saidby's result. Plain, JSON-serialisable data, cross-referenced by ids. A result belongs to the
 * caller (saidby keeps no reference to it), so its arrays are ordinary arrays: `const qs: Quote[] = result.quotes`
 * type-checks, and sorting or filtering them in place is fine. Fields are `readonly`, as a reminder that they are
 * data, not settings. Inputs (options, knowledge-base entries) take readonly arrays, so that callers may pass theirs.
 */

/** A stretch of the input: UTF-16 code units, half-open, `text === input.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A span that also says where it lies in the tokenization: `tokens.slice(tokenStart, tokenEnd)` are the tokens it
 * covers and `sentences[sentence]` is the sentence it starts in, so a quote joins to its sentence without a search
 * by offset.
 */
export interface TokenSpan extends Span {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly sentence: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

export interface Token extends Span {
  /** Index of this token in `tokens`. */
  readonly i: number;
  readonly kind: TokenKind;
  /** Lower-cased text, apostrophes folded to `'`. */
  readonly norm: string;
  /** Whitespace between the previous token and this one contains a line break. */
  readonly lineBefore: boolean;
}

export interface Sentence extends Span {
  /** Index of the first token, and one past the last. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Index of the paragraph holding this sentence. */
  readonly paragraph: number;
}

export interface Tokenization {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  readonly paragraphs: Span[];
}

export type QuoteKind = 'direct' | 'mixed' | 'indirect';

/**
 * What a cue reports. Three classes are acts of communication, returned by default:
 * - `speech`: speaking, its manner, requests and directives (`said`, `told`, `shouted`, `urged`);
 * - `writing`: a written or online channel (`wrote`, `tweeted`);
 * - `report`: asserting, declaring or disclosing for the record (`claimed`, `announced`, `denied`, `according to`).
 *
 * Four are not speech, and come back only when asked for (`ExtractOptions.cueClasses`):
 * - `thought`: a belief, feeling or state of knowledge (`believes`, `fears`, `knows`, `hopes`);
 * - `stance`: an attitude taken for or against something (`supports`, `opposes`, `is doubling down on`);
 * - `plan`: an aim, wish or decision (`wants`, `plans`, `seeks to`, `decided to`);
 * - `evidence`: what a document, poll or finding shows (`polls show`, `the study found`).
 */
export type CueClass = 'speech' | 'writing' | 'report' | 'thought' | 'stance' | 'plan' | 'evidence';

export interface Cue extends TokenSpan {
  /** Base form of the reporting expression: `say`, `be quoted as saying`, `according to`. */
  readonly lemma: string;
  readonly class: CueClass;
}

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'other';

export interface Speaker {
  /** The words the cue attaches to: `Putin`, `he`, `the Russian leader`. */
  readonly mention: TokenSpan;
  /** Id of the entity this mention belongs to, or null when unresolved. */
  readonly entity: string | null;
  /** The entity's canonical name, or the mention's own text when unresolved. */
  readonly name: string;
  readonly type: EntityType;
}

export interface Quote {
  readonly id: string;
  readonly kind: QuoteKind;
  /** Content spans; for a direct quote, inside the marks. Sorted and disjoint. */
  readonly parts: TokenSpan[];
  /** The content, parts joined by a space. */
  readonly text: string;
  readonly cue: Cue | null;
  readonly speaker: Speaker | null;
  /** 0..1: how sure the rule that decided is. */
  readonly confidence: number;
  /** The rule that decided the attribution, e.g. `quote-cue-speaker` (docs/rules.md lists them all). */
  readonly rule: RuleName;
}

/**
 * The rules that decide an attribution: `Quote.rule` is one of these. The direct-quote rules (sieves) come first,
 * then those for reported speech (frames); `according-to` serves both. docs/rules.md gives each with examples.
 */
export type RuleName =
  | 'quote-cue-speaker'
  | 'inverted'
  | 'passive'
  | 'aside'
  | 'dash-signoff'
  | 'speaker-cue-quote'
  | 'according-to'
  | 'colon-lead-in'
  | 'runs-on'
  | 'follow-on'
  | 'unattributed'
  | 'reported-after'
  | 'reported-before'
  | 'reported-around'
  | 'reported-object'
  | 'colon-label'
  | 'characterized-as'
  | 'headline-claim';

export interface Mention extends TokenSpan {
  readonly kind: 'name' | 'pronoun' | 'description';
}

export interface EntityLink {
  readonly id: string;
  readonly label: string;
  readonly score: number;
  readonly source: string;
}

export interface Entity {
  readonly id: string;
  /** Canonical name: the longest full name seen, without titles. */
  readonly name: string;
  readonly type: EntityType;
  readonly mentions: Mention[];
  /** Titles and roles seen with the name (`President`, `leader`). */
  readonly titles: string[];
  readonly gender: 'male' | 'female' | null;
  /** The country the entity belongs to, from a demonym (`Russian President`) or its knowledge-base entry: `Russia`. */
  readonly nationality: string | null;
  /** Organisations a person is said to be of (`Nick Bos, of the University of Helsinki`). */
  readonly affiliations: string[];
  readonly link?: EntityLink;
}

export interface Warning {
  readonly code: 'unclosed-quote' | 'unopened-quote' | 'very-long-quote';
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface Result extends Tokenization {
  readonly text: string;
  readonly quotes: Quote[];
  readonly entities: Entity[];
  readonly warnings: Warning[];
}

export interface ExtractOptions {
  /** Keep only quotes with at least this confidence (0..1). Default 0. */
  readonly minConfidence?: number;
  /** Quote kinds to return. Default: all. */
  readonly kinds?: readonly QuoteKind[];
  /**
   * The cue classes of the reported speech to return: a list of classes, or `'all'`. Default: speech and
   * communication acts only (`speech`, `writing`, `report`), so `she believes the plan will fail` is not a quote
   * unless `thought` is asked for. Direct quotes are kept whatever their cue's class (docs/cue-classes.md).
   */
  readonly cueClasses?: readonly CueClass[] | 'all';
  /**
   * Also return quotations that no rule could attribute (a sentence in quotation marks with no cue nearby),
   * with `speaker: null`, rule `unattributed` and confidence 0.3. Useful for fiction and interviews. Default false.
   */
  readonly unattributed?: boolean;
  /**
   * Where entities are linked: the bundled knowledge base by default (countries, heads of state and government,
   * office-holders, major bodies and places, with Wikidata ids); another one to replace it (see
   * `createKnowledgeBase`), or `false` for no linking.
   */
  readonly knowledgeBase?: KnowledgeBase | false;
  /** Entries added to the knowledge base in use, winning over it: a newsroom's own people, with ids and aliases. */
  readonly extraEntities?: readonly KbEntry[];
  /**
   * Refuse texts longer than this many UTF-16 code units (`text.length`) with a RangeError, before any work is
   * done: a guard for services that take text from the open web. Default: no limit (time is linear in length).
   */
  readonly maxLength?: number;
  /**
   * The article's date: an ISO 8601 date string (`2009-03-01`, `2009-03`, `2009`, or a full timestamp) or a Date.
   * Office-holders are then linked for that time (with both Presidents Bush in the knowledge base, `President Bush`
   * in 1991 is the father, in 2005 the son). Without it, linking prefers whoever holds office now.
   */
  readonly date?: string | Date;
  /**
   * Cue words of your own, on top of the built-in lexicon and winning over it: a newsroom's house verbs
   * (`{ form: 'harrumphed', lemma: 'harrumph', class: 'speech' }`) or phrases (`form: 'went on record'`). Each form
   * is one inflected form; give each form you want found. Checked: a TypeError names the bad entry and field.
   */
  readonly extraCues?: readonly CueEntry[];
  /**
   * Your own sentences (from wink-nlp, spaCy, …): `{ start, end }` spans of `text`, sorted and disjoint. The result's
   * sentences then start where yours do (never inside a quotation, and still at paragraph breaks), so quotes line up
   * with them. Out-of-range or overlapping spans are a RangeError naming the span.
   */
  readonly sentences?: readonly SpanInput[];
  /**
   * Your own named entities: `{ start, end, type }` spans of `text`, sorted and disjoint. Each becomes one name of
   * that type, over any of saidby's it overlaps; speakers and clusters are built on them.
   */
  readonly entities?: readonly EntityInput[];
}

/** A span of the caller's, for `ExtractOptions.sentences`: offsets in UTF-16 code units, half-open. */
export interface SpanInput {
  readonly start: number;
  readonly end: number;
}

/** A named entity of the caller's, for `ExtractOptions.entities`. */
export interface EntityInput extends SpanInput {
  readonly type: EntityType;
}

/**
 * A cue word or phrase of your own, for `ExtractOptions.extraCues`. `form` is matched case-insensitively as whole
 * tokens (`quipped`, or several words: `hit back at`); `lemma` is what `Cue.lemma` reports; `class` what it reports
 * (`Cue.class`). A one-word form ending in `-ed` is read as a past tense, `-ing` as a gerund, the lemma itself as a
 * base form and the lemma plus `-s` as a present; any other one-word form as a past tense (`spake`).
 */
export interface CueEntry {
  readonly form: string;
  readonly lemma: string;
  readonly class: CueClass;
}

/** An entry for `createKnowledgeBase` or `extraEntities`: what is known about one person, body or place. */
export interface KbEntry {
  readonly id: string;
  readonly label: string;
  readonly type: EntityType;
  readonly aliases?: readonly string[];
  readonly roles?: readonly string[];
  readonly countries?: readonly string[];
  readonly gender?: 'male' | 'female';
  readonly until?: number;
  /** 0..1; default 0.9. */
  readonly prior?: number;
  /** When the entry held office, in years (see KbCandidate.served). */
  readonly served?: readonly OfficeYears[];
  /** Regions a place lies in, lower case (`massachusetts` for Cambridge, Massachusetts). */
  readonly within?: readonly string[];
}

/** Years in office, both included: `{ from: 1989, to: 1993 }`; no `to` while still in office. */
export interface OfficeYears {
  readonly from: number;
  readonly to?: number;
}

export interface KbCandidate {
  /** Wikidata id, e.g. `Q7747`. */
  readonly id: string;
  readonly label: string;
  readonly type: EntityType;
  /** How likely this entry is for the name before any context, 0..1. */
  readonly prior: number;
  /**
   * Offices and roles, lower case, with the country or body in words: `president of russia`, `secretary-general of
   * nato`.
   */
  readonly roles?: readonly string[];
  /** Countries the entry belongs to, as lower-case English names (`russia`, `north korea`). */
  readonly countries?: readonly string[];
  readonly gender?: 'male' | 'female';
  /** Year the entry's main office ended, if it did (for "at the article's time"). */
  readonly until?: number;
  /**
   * When the entry held any office, in years: with `options.date`, an office-holder in office at the article's time
   * is preferred (with both Presidents Bush in the knowledge base, `President Bush` in 1991 is the father, in 2005 the
   * son).
   */
  readonly served?: readonly OfficeYears[];
  /** Regions a place lies in, lower case: `Cambridge, Massachusetts` chooses the Cambridge within `massachusetts`. */
  readonly within?: readonly string[];
}

export interface KnowledgeBase {
  readonly name: string;
  lookup(name: string, type: EntityType | 'unknown'): readonly KbCandidate[];
}
