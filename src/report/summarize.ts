/**
 * The corpus summary, folded one result at a time: `createSummarizer()`, `add(result)` for each article, then
 * `summary()`. Memory grows with the distinct speakers, outlets, months and cues seen, each table capped (the least
 * quoted dropped past its cap), never with the number of articles.
 */
import type { CueClass, Entity, KnowledgeBase, Quote, QuoteKind, Result } from '../types.js';
import { CUE_CLASSES } from '../words/cue-classes.js';
import { BoundedCounter, BoundedMap } from './bounded.js';
import {
  genderEvidence,
  groupOf,
  kbGenderFrom,
  speakerKey,
  unnamedKey,
  type GenderEvidence,
  type KbGender,
} from './speaker.js';
import {
  GENDER_SOURCES,
  SPEAKER_GROUPS,
  type CorpusSummary,
  type Count,
  type CueSummary,
  type GenderCounts,
  type GenderSource,
  type ReportGender,
  type SliceSummary,
  type SpeakerGroup,
  type SpeakerSummary,
} from './types.js';

/** One article for the summary: a result (or anything shaped like one), with the input's `source` and `date` if any. */
export type ReportRecord = Pick<Result, 'quotes' | 'entities'> & {
  readonly id?: unknown;
  /** The outlet: `The Daily Planet`. */
  readonly source?: unknown;
  /** When it was published: an ISO date (`2024-03-15`, `2024-03-15T09:30:00Z`) or anything `Date.parse` reads. */
  readonly date?: unknown;
  readonly url?: unknown;
};

export interface SummarizeOptions {
  /** Rows kept in each list of the summary (speakers, unnamed sources, nationalities, outlets, cues). Default 25. */
  readonly top?: number;
  /** Distinct speakers held at once; past it the least quoted are dropped (see `speakers.exact`). Default 100,000. */
  readonly maxSpeakers?: number;
  /** Count only quotes at least this sure (0 to 1). Default 0. */
  readonly minConfidence?: number;
  /**
   * The knowledge base the results were linked with, to tell a gender the knowledge base gave from one a first name
   * gave. Without it, a linked person's gender is counted as the knowledge base's.
   */
  readonly knowledgeBase?: KnowledgeBase;
}

/** Folds results one at a time; `summary()` may be called at any point. */
export interface Summarizer {
  add(record: ReportRecord): void;
  /** Counts a record that gave no result (an error record, a line that was not JSON). */
  skip(): void;
  summary(): CorpusSummary;
}

const DEFAULT_TOP = 25;
const DEFAULT_MAX_SPEAKERS = 100_000;
/** Caps of the other tables: outlets, months (a century), unnamed sources' words, nationalities, cue lemmas. */
const MAX_OUTLETS = 10_000;
const MAX_MONTHS = 1_200;
const MAX_UNNAMED = 50_000;
const MAX_NATIONALITIES = 2_000;
const MAX_LEMMAS = 5_000;
/** Cue lemmas listed for each speaker. */
const SPEAKER_CUES = 3;

type GroupCounts = Record<SpeakerGroup, number>;
const groupCounts = (): GroupCounts => Object.fromEntries(SPEAKER_GROUPS.map((g) => [g, 0])) as GroupCounts;
const genderCounts = (): GenderCounts => ({ female: 0, male: 0, unknown: 0 });

/** What is kept of one speaker while folding. */
interface SpeakerState {
  readonly key: string;
  readonly name: string;
  readonly wikidata: string | null;
  readonly groups: GroupCounts;
  /** Articles giving each gender from each source: `kb|female` → 3. */
  readonly genders: Map<string, number>;
  nationality: string | null;
  quotes: number;
  articles: number;
  lastArticle: number;
  direct: number;
  firstDate: string | null;
  lastDate: string | null;
  readonly cues: Map<string, number>;
}

interface SliceState {
  articles: number;
  quotes: number;
  readonly gender: GenderCounts;
  readonly groups: GroupCounts;
}

interface LemmaState {
  readonly lemma: string;
  readonly cls: CueClass;
  quotes: number;
  readonly groups: GroupCounts;
  female: number;
  male: number;
}

/** What one quote's speaker is, worked out once per entity per article. */
interface Who {
  readonly group: SpeakerGroup;
  /** The speaker's state (named speakers only). */
  readonly state: SpeakerState | null;
  /** The unnamed source's words (unnamed only). */
  readonly unnamed: string | null;
  readonly gender: ReportGender;
  readonly nationality: string | null;
}

const ISO_DAY = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

/** `2024-03-15T09:30Z` → `2024-03-15`; `2024-03` → `2024-03-01`; otherwise what `Date.parse` reads, in UTC. */
export function dayOf(date: string): string | null {
  const m = ISO_DAY.exec(date.trim());
  if (m) {
    const [, y, mo, d = '01'] = m;
    if (Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31) return `${y}-${mo}-${d}`;
    return null;
  }
  const t = Date.parse(date);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function checkOptions(options: SummarizeOptions): void {
  if (options === null || typeof options !== 'object') throw new TypeError('summarize: options must be an object');
  const { top, maxSpeakers, minConfidence } = options;
  if (top !== undefined && !(Number.isInteger(top) && top >= 1))
    throw new RangeError(`summarize: top must be a whole number from 1, got ${String(top)}`);
  if (maxSpeakers !== undefined && !(Number.isInteger(maxSpeakers) && maxSpeakers >= 2))
    throw new RangeError(`summarize: maxSpeakers must be a whole number from 2, got ${String(maxSpeakers)}`);
  if (minConfidence !== undefined && !(typeof minConfidence === 'number' && minConfidence >= 0 && minConfidence <= 1))
    throw new RangeError(`summarize: minConfidence must be a number from 0 to 1, got ${String(minConfidence)}`);
}

/**
 * Starts a summary; `add` each result to it.
 *
 * @example
 * ```ts
 * import { extractQuotes } from 'saidby';
 * import { createSummarizer } from 'saidby/report';
 *
 * const s = createSummarizer({ top: 20 });
 * for (const a of articles) s.add({ ...extractQuotes(a.text), source: a.source, date: a.date });
 * const summary = s.summary();
 * ```
 */
export function createSummarizer(options: SummarizeOptions = {}): Summarizer {
  checkOptions(options);
  return new Folder(options);
}

/**
 * The summary of results given as any iterable (an array, a generator).
 *
 * @example
 * ```ts
 * import { extractQuotes } from 'saidby';
 * import { summarize } from 'saidby/report';
 *
 * const summary = summarize(articles.map((a) => ({ ...extractQuotes(a.text), source: a.source })));
 * summary.speakers[0]; // the most quoted speaker
 * ```
 */
export function summarize(results: Iterable<ReportRecord>, options: SummarizeOptions = {}): CorpusSummary {
  const s = createSummarizer(options);
  for (const r of results) s.add(r);
  return s.summary();
}

/**
 * The summary of results from an async iterable (a stream of parsed lines), one at a time.
 *
 * @example
 * ```ts
 * import { summarizeAsync } from 'saidby/report';
 *
 * // results.jsonl from `saidby --jsonl`: one result a line
 * const lines = createInterface({ input: createReadStream('results.jsonl') });
 * const summary = await summarizeAsync((async function* () {
 *   for await (const line of lines) yield JSON.parse(line);
 * })());
 * ```
 */
export async function summarizeAsync(
  results: AsyncIterable<ReportRecord> | Iterable<ReportRecord>,
  options: SummarizeOptions = {},
): Promise<CorpusSummary> {
  const s = createSummarizer(options);
  for await (const r of results) s.add(r);
  return s.summary();
}

class Folder implements Summarizer {
  private readonly top: number;
  private readonly minConfidence: number;
  private readonly kbGender: KbGender | undefined;
  private articles = 0;
  private articlesWithQuotes = 0;
  private skipped = 0;
  private readonly kinds = { direct: 0, mixed: 0, indirect: 0 };
  private attributed = 0;
  private unattributed = 0;
  private firstDate: string | null = null;
  private lastDate: string | null = null;
  private missingDates = 0;
  private invalidDates = 0;
  private readonly groupQuotes = groupCounts();
  private readonly speakers: BoundedMap<SpeakerState>;
  private readonly unnamed = new BoundedCounter(MAX_UNNAMED);
  private unnamedQuotes = 0;
  private readonly quoteGender = genderCounts();
  private readonly nationQuotes = new BoundedCounter(MAX_NATIONALITIES);
  private unknownNationQuotes = 0;
  private readonly outlets = new BoundedMap<SliceState>(MAX_OUTLETS, (s) => s.quotes);
  private readonly months = new BoundedMap<SliceState>(MAX_MONTHS, (s) => s.quotes);
  private readonly byClass = Object.fromEntries(CUE_CLASSES.map((c) => [c, groupCounts()])) as Record<
    CueClass,
    GroupCounts
  >;
  private readonly lemmas = new BoundedMap<LemmaState>(MAX_LEMMAS, (s) => s.quotes);

  constructor(options: SummarizeOptions) {
    this.top = options.top ?? DEFAULT_TOP;
    this.minConfidence = options.minConfidence ?? 0;
    this.kbGender = options.knowledgeBase ? kbGenderFrom(options.knowledgeBase) : undefined;
    this.speakers = new BoundedMap(options.maxSpeakers ?? DEFAULT_MAX_SPEAKERS, (s) => s.quotes);
  }

  skip(): void {
    this.skipped++;
  }

  add(record: ReportRecord): void {
    if (record === null || typeof record !== 'object' || !Array.isArray(record.quotes))
      throw new TypeError('summarize: each result must be an object with a "quotes" array');
    // Checked before anything is counted, so that a malformed result is refused whole, not counted in part.
    const bad = record.quotes.findIndex((q) => !isQuoteLike(q));
    if (bad >= 0) throw new TypeError(`summarize: quotes[${bad}] is not a quote (kind, confidence, speaker, cue)`);
    const article = this.articles++;
    const day = this.dayOfRecord(record.date);
    const slices = this.slicesOf(record.source, day);
    for (const s of slices) s.articles++;
    const entities = new Map<string, Entity>();
    for (const e of Array.isArray(record.entities) ? record.entities : []) entities.set(e.id, e);
    const seen = new Map<string, Who>();
    let counted = 0;
    for (const q of record.quotes) {
      if (!(q.confidence >= this.minConfidence)) continue;
      counted++;
      this.addQuote(q, { article, day, slices, entities, seen });
    }
    if (counted) this.articlesWithQuotes++;
  }

  private dayOfRecord(date: unknown): string | null {
    if (date === undefined || date === null || date === '') {
      this.missingDates++;
      return null;
    }
    const day = typeof date === 'string' ? dayOf(date) : null;
    if (day === null) {
      this.invalidDates++;
      return null;
    }
    if (this.firstDate === null || day < this.firstDate) this.firstDate = day;
    if (this.lastDate === null || day > this.lastDate) this.lastDate = day;
    return day;
  }

  private slicesOf(source: unknown, day: string | null): SliceState[] {
    const make = (): SliceState => ({ articles: 0, quotes: 0, gender: genderCounts(), groups: groupCounts() });
    const out: SliceState[] = [];
    if (typeof source === 'string' && source.trim() !== '') out.push(this.outlets.upsert(source.trim(), make));
    if (day !== null) out.push(this.months.upsert(day.slice(0, 7), make));
    return out;
  }

  private addQuote(q: Quote, at: QuoteContext): void {
    this.kinds[q.kind]++;
    if (!q.speaker) {
      this.unattributed++;
      return;
    }
    this.attributed++;
    const who = this.whoSaid(q, at);
    this.groupQuotes[who.group]++;
    for (const s of at.slices) {
      s.quotes++;
      s.groups[who.group]++;
      if (who.group === 'person') s.gender[who.gender]++;
    }
    if (who.group === 'person') {
      this.quoteGender[who.gender]++;
      if (who.nationality) this.nationQuotes.add(who.nationality);
      else this.unknownNationQuotes++;
    }
    if (who.unnamed !== null) {
      this.unnamed.add(who.unnamed);
      this.unnamedQuotes++;
    }
    if (who.state) this.addToSpeaker(who.state, q, at);
    if (q.cue) this.addCue(q.cue.lemma, q.cue.class, who);
  }

  private addToSpeaker(s: SpeakerState, q: Quote, at: QuoteContext): void {
    s.quotes++;
    if (q.kind === 'direct') s.direct++;
    if (s.lastArticle !== at.article) {
      s.lastArticle = at.article;
      s.articles++;
    }
    if (at.day !== null) {
      if (s.firstDate === null || at.day < s.firstDate) s.firstDate = at.day;
      if (s.lastDate === null || at.day > s.lastDate) s.lastDate = at.day;
    }
    if (q.cue) s.cues.set(q.cue.lemma, (s.cues.get(q.cue.lemma) ?? 0) + 1);
  }

  private addCue(lemma: string, cls: CueClass, who: Who): void {
    if (Object.hasOwn(this.byClass, cls)) this.byClass[cls][who.group]++;
    // Keyed by lemma and class: one lemma may report speech or a statement (`said` / `said in a statement`).
    const l = this.lemmas.upsert(`${cls}|${lemma}`, () => ({
      lemma,
      cls,
      quotes: 0,
      groups: groupCounts(),
      female: 0,
      male: 0,
    }));
    l.quotes++;
    l.groups[who.group]++;
    if (who.group === 'person' && who.gender !== 'unknown') l[who.gender]++;
  }

  /** Who said `q`: worked out once per entity (or unresolved mention) in an article. */
  private whoSaid(q: Quote, at: QuoteContext): Who {
    const speaker = q.speaker!;
    const entity = speaker.entity === null ? undefined : at.entities.get(speaker.entity);
    const cacheKey = entity ? `e:${entity.id}` : `m:${speaker.mention.text}`;
    const cached = at.seen.get(cacheKey);
    if (cached) return cached;
    const group = groupOf(speaker, entity);
    let who: Who;
    if (group === 'unnamed' || group === 'unresolved' || !entity) {
      const unnamed = group === 'unnamed' ? unnamedKey(entity ? entity.name : speaker.mention.text) : null;
      who = { group, state: null, unnamed, gender: 'unknown', nationality: null };
    } else {
      const evidence = group === 'person' ? genderEvidence(entity, this.kbGender) : null;
      const state = this.speakerState(entity, group, evidence, at);
      who = { group, state, unnamed: null, gender: evidence?.gender ?? 'unknown', nationality: entity.nationality };
    }
    at.seen.set(cacheKey, who);
    return who;
  }

  /** The speaker's state, with this article's group, gender evidence and nationality counted in. */
  private speakerState(
    entity: Entity,
    group: SpeakerGroup,
    evidence: GenderEvidence | null,
    at: QuoteContext,
  ): SpeakerState {
    const key = speakerKey(entity);
    const s = this.speakers.upsert(key, () => ({
      key,
      name: entity.link?.label ?? entity.name,
      wikidata: entity.link?.id ?? null,
      groups: groupCounts(),
      genders: new Map(),
      nationality: null,
      quotes: 0,
      articles: 0,
      lastArticle: -1,
      direct: 0,
      firstDate: null,
      lastDate: null,
      cues: new Map(),
    }));
    if (s.lastArticle !== at.article) {
      s.groups[group]++;
      if (evidence) {
        const k = `${evidence.source}|${evidence.gender}`;
        s.genders.set(k, (s.genders.get(k) ?? 0) + 1);
      }
    }
    s.nationality ??= entity.nationality;
    return s;
  }

  summary(): CorpusSummary {
    const people = genderCounts();
    const sources = Object.fromEntries(GENDER_SOURCES.map((g) => [g, { female: 0, male: 0 }])) as Record<
      GenderSource,
      { female: number; male: number }
    >;
    const nationPeople = new Map<string, number>();
    let unknownNationPeople = 0;
    const groupSpeakers = groupCounts();
    const all: SpeakerSummary[] = [];
    for (const s of this.speakers.values()) {
      const summary = speakerSummary(s);
      all.push(summary);
      groupSpeakers[summary.group]++;
      if (summary.group !== 'person') continue;
      people[summary.gender]++;
      if (summary.genderSource && summary.gender !== 'unknown') sources[summary.genderSource][summary.gender]++;
      if (summary.nationality) nationPeople.set(summary.nationality, (nationPeople.get(summary.nationality) ?? 0) + 1);
      else unknownNationPeople++;
    }
    groupSpeakers.unnamed = this.unnamed.size;
    const byQuotes = (a: SpeakerSummary, b: SpeakerSummary): number =>
      b.quotes - a.quotes || b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const personCount = people.female + people.male + people.unknown;
    const personQuotes = this.quoteGender.female + this.quoteGender.male + this.quoteGender.unknown;
    const outlets = slices(this.outlets, false);
    const topOutlets = outlets.slice(0, this.top);
    return {
      version: 1,
      articles: this.articles,
      articlesWithQuotes: this.articlesWithQuotes,
      skipped: this.skipped,
      quotes: {
        total: this.attributed + this.unattributed,
        ...this.kinds,
        attributed: this.attributed,
        unattributed: this.unattributed,
      },
      dates: { first: this.firstDate, last: this.lastDate, missing: this.missingDates, invalid: this.invalidDates },
      groups: Object.fromEntries(
        SPEAKER_GROUPS.map((g) => [g, { quotes: this.groupQuotes[g], speakers: groupSpeakers[g] }]),
      ) as CorpusSummary['groups'],
      speakers: {
        distinct: all.length,
        exact: this.speakers.dropped === 0,
        dropped: this.speakers.dropped,
        top: all.sort(byQuotes).slice(0, this.top),
      },
      unnamed: { quotes: this.unnamedQuotes, top: this.unnamed.top(this.top) },
      gender: {
        people,
        quotes: { ...this.quoteGender },
        sources,
        unknownShare: {
          people: share(people.unknown, personCount),
          quotes: share(this.quoteGender.unknown, personQuotes),
        },
      },
      nationality: {
        people: topOf(nationPeople, this.top),
        quotes: this.nationQuotes.top(this.top),
        unknownPeople: unknownNationPeople,
        unknownQuotes: this.unknownNationQuotes,
      },
      outlets: topOutlets,
      otherOutlets: {
        outlets: outlets.length - topOutlets.length + this.outlets.dropped,
        quotes: outlets.slice(this.top).reduce((n, o) => n + o.quotes, 0),
      },
      months: slices(this.months, true),
      cues: { byClass: this.byClass, lemmas: lemmaSummaries(this.lemmas, this.top) },
    };
  }
}

interface QuoteContext {
  readonly article: number;
  readonly day: string | null;
  readonly slices: readonly SliceState[];
  readonly entities: ReadonlyMap<string, Entity>;
  readonly seen: Map<string, Who>;
}

/** The quote kinds, as a record typed by `QuoteKind` so that a new kind cannot be missed here. */
const KINDS: Readonly<Record<QuoteKind, true>> = { direct: true, mixed: true, indirect: true };

/** Enough of a quote's shape to count it: its kind, confidence, and a speaker and cue that are null or well formed. */
function isQuoteLike(q: unknown): boolean {
  if (q === null || typeof q !== 'object') return false;
  const { kind, confidence, speaker, cue } = q as Partial<Record<keyof Quote, unknown>>;
  if (typeof kind !== 'string' || !Object.hasOwn(KINDS, kind) || typeof confidence !== 'number') return false;
  const s = speaker as { mention?: { text?: unknown }; entity?: unknown } | null | undefined;
  if (s !== null && (typeof s !== 'object' || typeof s.mention?.text !== 'string')) return false;
  const c = cue as { lemma?: unknown; class?: unknown } | null | undefined;
  return c === null || (typeof c === 'object' && typeof c.lemma === 'string' && typeof c.class === 'string');
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function topOf(counts: ReadonlyMap<string, number>, n: number): Count[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, n);
}

/** The gender of a speaker over all articles: from the strongest source that gave one; a tie there stays unknown. */
function finalGender(genders: ReadonlyMap<string, number>): { gender: ReportGender; source: GenderSource | null } {
  for (const source of GENDER_SOURCES) {
    const f = genders.get(`${source}|female`) ?? 0;
    const m = genders.get(`${source}|male`) ?? 0;
    if (f > m) return { gender: 'female', source };
    if (m > f) return { gender: 'male', source };
    if (f > 0) return { gender: 'unknown', source: null }; // as many articles say one as the other
  }
  return { gender: 'unknown', source: null };
}

function speakerSummary(s: SpeakerState): SpeakerSummary {
  let group: SpeakerGroup = 'other';
  let most = 0;
  for (const g of SPEAKER_GROUPS) {
    if (s.groups[g] > most) {
      most = s.groups[g];
      group = g;
    }
  }
  const { gender, source } = group === 'person' ? finalGender(s.genders) : { gender: 'unknown' as const, source: null };
  return {
    key: s.key,
    name: s.name,
    wikidata: s.wikidata,
    group,
    gender,
    genderSource: source,
    nationality: s.nationality,
    quotes: s.quotes,
    articles: s.articles,
    direct: s.direct,
    directShare: share(s.direct, s.quotes),
    firstDate: s.firstDate,
    lastDate: s.lastDate,
    cues: topOf(s.cues, SPEAKER_CUES),
  };
}

function slices(table: BoundedMap<SliceState>, byKey: boolean): SliceSummary[] {
  const out = [...table.entries()].map(([key, s]) => ({
    key,
    articles: s.articles,
    quotes: s.quotes,
    gender: { ...s.gender },
    groups: { ...s.groups },
  }));
  return byKey
    ? out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    : out.sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || (a.key < b.key ? -1 : 1));
}

function lemmaSummaries(table: BoundedMap<LemmaState>, n: number): CueSummary[] {
  return [...table.values()]
    .map((l) => ({
      lemma: l.lemma,
      class: l.cls,
      quotes: l.quotes,
      groups: { ...l.groups },
      female: l.female,
      male: l.male,
    }))
    .sort((a, b) => b.quotes - a.quotes || (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0))
    .slice(0, n);
}
