/** The typed summary of a corpus that `summarize` returns: plain, JSON-serialisable data. */
import type { CueClass } from '../types.js';

/**
 * Who a speaker is, for counting voices: a named `person`, `organization`, `place` or `group` (`Democrats`); an
 * `unnamed` source (`officials said`, `a spokeswoman said`); an `unresolved` pronoun (`he said` with no antecedent
 * found); or `other`.
 */
export type SpeakerGroup = 'person' | 'organization' | 'place' | 'group' | 'unnamed' | 'unresolved' | 'other';

/** Every speaker group, in the order the report shows them. */
export const SPEAKER_GROUPS: readonly SpeakerGroup[] = [
  'person',
  'organization',
  'place',
  'group',
  'unnamed',
  'unresolved',
  'other',
];

/** A gender as the report counts it: `unknown` is kept, never guessed. */
export type ReportGender = 'female' | 'male' | 'unknown';

/**
 * Where a person's gender came from, strongest first: the knowledge base (`kb`), a title or honorific (`Mrs`,
 * `congressman`, `the spokeswoman`), the pronouns that refer to them (`she said`), or the usual gender of their first
 * name.
 */
export type GenderSource = 'kb' | 'title' | 'pronoun' | 'first name';

export const GENDER_SOURCES: readonly GenderSource[] = ['kb', 'title', 'pronoun', 'first name'];

/** Counts by gender. */
export interface GenderCounts {
  female: number;
  male: number;
  unknown: number;
}

/** A key and how often it was seen: a cue lemma, a nationality, an unnamed source's words. */
export interface Count {
  readonly key: string;
  readonly count: number;
}

/** One speaker, merged across articles. */
export interface SpeakerSummary {
  /** The merge key: the Wikidata id (`Q7747`), or `name:` and the normalised canonical name (`name:anna berg`). */
  readonly key: string;
  /** The knowledge base's label when linked, else the canonical name seen most often. */
  readonly name: string;
  /** The Wikidata id when the speaker was linked, else null. */
  readonly wikidata: string | null;
  readonly group: SpeakerGroup;
  readonly gender: ReportGender;
  /** Where the gender came from; null when it is unknown or the speaker is not a person. */
  readonly genderSource: GenderSource | null;
  /** The country the speaker belongs to, when some article said (`Russian President …`) or the KB knew. */
  readonly nationality: string | null;
  readonly quotes: number;
  /** Articles with at least one of their quotes. */
  readonly articles: number;
  /** Direct quotes among `quotes`, and their share (0..1). */
  readonly direct: number;
  readonly directShare: number;
  /** The first and last date (`YYYY-MM-DD`) of an article quoting them, when the input has dates. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** Their most frequent cue lemmas (`say`, `claim`), most frequent first. */
  readonly cues: readonly Count[];
}

/** Quotes of one outlet or one month. */
export interface SliceSummary {
  /** The outlet (`source`) or the month (`YYYY-MM`). */
  readonly key: string;
  readonly articles: number;
  readonly quotes: number;
  /** Quotes by named people, by gender. */
  readonly gender: GenderCounts;
  /** Quotes by speaker group. */
  readonly groups: Readonly<Record<SpeakerGroup, number>>;
}

/** One cue lemma: how often each speaker group and each gender of named people is quoted with it. */
export interface CueSummary {
  readonly lemma: string;
  readonly class: CueClass;
  readonly quotes: number;
  readonly groups: Readonly<Record<SpeakerGroup, number>>;
  readonly female: number;
  readonly male: number;
}

/** The summary of a corpus: what `summarize` returns and `saidby report --json` writes. */
export interface CorpusSummary {
  readonly version: 1;
  /** Articles folded in, and how many had at least one quote. */
  readonly articles: number;
  readonly articlesWithQuotes: number;
  /** Input records that gave no result (error records, lines that were not JSON): counted, not folded. */
  readonly skipped: number;
  readonly quotes: {
    readonly total: number;
    readonly direct: number;
    readonly mixed: number;
    readonly indirect: number;
    /** Quotes with a speaker, and without one. */
    readonly attributed: number;
    readonly unattributed: number;
  };
  readonly dates: {
    /** The first and last article date (`YYYY-MM-DD`), or null without dates. */
    readonly first: string | null;
    readonly last: string | null;
    /** Articles without a date, and articles whose date could not be read. */
    readonly missing: number;
    readonly invalid: number;
  };
  /** Quotes and distinct speakers by speaker group. */
  readonly groups: Readonly<Record<SpeakerGroup, { readonly quotes: number; readonly speakers: number }>>;
  readonly speakers: {
    /** Distinct named speakers (every group but `unnamed` and `unresolved`). */
    readonly distinct: number;
    /**
     * False when more distinct speakers were seen than `maxSpeakers`: the least-quoted were dropped to keep memory
     * bounded, so counts of distinct speakers are lower bounds and a top speaker's counts may miss quotes from before
     * it re-entered the table.
     */
    readonly exact: boolean;
    /** Speakers dropped that way. */
    readonly dropped: number;
    /** The most quoted, most first. */
    readonly top: readonly SpeakerSummary[];
  };
  /** Unnamed sources by their words, determiners dropped (`officials`, `spokeswoman`), most quoted first. */
  readonly unnamed: { readonly quotes: number; readonly top: readonly Count[] };
  readonly gender: {
    /** Distinct named people quoted, by gender. */
    readonly people: GenderCounts;
    /** Quotes by named people, by the gender their article gives. */
    readonly quotes: GenderCounts;
    /** Distinct named people by where their gender came from. */
    readonly sources: Readonly<Record<GenderSource, { readonly female: number; readonly male: number }>>;
    /** Share (0..1) of named people, and of their quotes, whose gender is unknown. */
    readonly unknownShare: { readonly people: number; readonly quotes: number };
  };
  /** Named people and their quotes by nationality; unknown is counted apart. */
  readonly nationality: {
    readonly people: readonly Count[];
    readonly quotes: readonly Count[];
    readonly unknownPeople: number;
    readonly unknownQuotes: number;
  };
  /** By outlet (`source`), most quoted first, and by month (`YYYY-MM`), in order; empty without them. */
  readonly outlets: readonly SliceSummary[];
  /** Outlets beyond the top ones, and their quotes. */
  readonly otherOutlets: { readonly outlets: number; readonly quotes: number };
  readonly months: readonly SliceSummary[];
  readonly cues: {
    /** Quotes by cue class and speaker group; quotes without a cue are left out. */
    readonly byClass: Readonly<Record<CueClass, Readonly<Record<SpeakerGroup, number>>>>;
    /** The most frequent cue lemmas. */
    readonly lemmas: readonly CueSummary[];
  };
}
