import type {
  Cue,
  Entity,
  EntityLink,
  Mention,
  ExtractOptions,
  Quote,
  QuoteKind,
  Result,
  Speaker,
  TokenSpan,
} from '../types.js';
import { locate, text, tokenRange, type Doc } from '../doc/doc.js';
import type { Attribution, Draft } from '../attribute/candidate.js';
import type { ReportedDraft } from '../attribute/reported/index.js';
import { withLineBreaks } from '../segment/wrap.js';
import { speakerType } from '../mentions/speaker-type.js';
import { genderOf, type EntityDraft } from '../entities/cluster.js';
import type { Resolved } from '../entities/index.js';

/**
 * What the caller wants of the Result: its quote filters (`ExtractOptions`'s), and `keep`, the fields to build if not
 * all: tokens and entities outside it (a worker that sends back only quotes) are left empty rather than built.
 */
export interface Wanted extends Pick<ExtractOptions, 'minConfidence' | 'kinds'> {
  readonly keep?: ReadonlySet<keyof Result> | undefined;
}

/** Stage: the typed, plain-data Result, cross-referenced by ids. */
export function assemble(
  doc: Doc,
  drafts: readonly Draft[],
  reported: readonly ReportedDraft[],
  resolved: Resolved,
  wanted: Wanted,
): Result {
  const { keep } = wanted;
  const all = [
    ...drafts.map((d) => ({
      at: d.parts[0]!.start,
      kind: 'direct' as const,
      parts: d.parts.map((r) => locate(doc, r.start, r.end)),
      a: d.attribution!,
      e: resolved.speakerOf.get(d) ?? null,
    })),
    ...reported.map((d) => ({
      at: doc.tokens[d.first]!.start,
      kind: d.kind,
      parts: reportedParts(doc, d),
      a: d.attribution,
      e: resolved.speakerOf.get(d) ?? null,
    })),
  ].sort((x, y) => x.at - y.at);
  const quotes = all
    .map((q, k) => toQuote(doc, q, k))
    .filter((q) => q.confidence >= (wanted.minConfidence ?? 0) && (!wanted.kinds || wanted.kinds.includes(q.kind)));
  // The Doc ends with this call: its arrays become the caller's, unshared.
  return {
    text: doc.text,
    tokens: !keep || keep.has('tokens') ? (withLineBreaks(doc.text, doc.tokens) as Result['tokens']) : [],
    sentences: doc.sentences as Result['sentences'],
    paragraphs: doc.paragraphs as Result['paragraphs'],
    quotes,
    entities:
      !keep || keep.has('entities')
        ? resolved.entities.filter((e) => e.mentions.length > 0).map((e) => toEntity(doc, e, resolved.links.get(e)))
        : [],
    warnings: [...doc.warnings],
  };
}

/**
 * The content of reported speech, without its attribution: a tag inside the clause (`But to prevent problems, he
 * said, officials should be alert`) splits it into two parts, without the commas around the tag.
 */
function reportedParts(doc: Doc, d: ReportedDraft): TokenSpan[] {
  const { cue, speaker } = d.attribution;
  const from = Math.min(cue?.first ?? Infinity, speaker?.first ?? Infinity);
  const to = Math.max(cue?.last ?? -1, speaker ? speaker.end - 1 : -1);
  // an attribution inside the content splits it in two; a headline claim has none (no cue, no speaker)
  const inside = from !== Infinity && from > d.first && to < d.end - 1;
  if (!inside) return [tokenRange(doc, d.first, d.end - 1)];
  let a = from - 1;
  if (text(doc, a) === ',') a--;
  let b = to + 1;
  if (text(doc, b) === ',') b++;
  if (a < d.first || b > d.end - 1) return [tokenRange(doc, d.first, d.end - 1)];
  return [tokenRange(doc, d.first, a), tokenRange(doc, b, d.end - 1)];
}

/** A quotation on its way to the Result: its kind, parts, attribution and the entity that speaks it. */
interface Placed {
  readonly kind: QuoteKind;
  readonly parts: TokenSpan[];
  readonly a: Attribution;
  readonly e: EntityDraft | null;
}

/** The `k`th quotation of the document, in text order. */
function toQuote(doc: Doc, q: Placed, k: number): Quote {
  const { kind, parts, a } = q;
  // an unnamed spokesperson gives the words of whom it speaks for (`Mr Blair's spokesman said` → Tony Blair)
  const entity = q.e?.unnamed && q.e.principal ? q.e.principal : q.e;
  const cue: Cue | null = a.cue
    ? { ...tokenRange(doc, a.cue.first, a.cue.last), lemma: a.cue.lemma, class: a.cue.class }
    : null;
  const mention = a.speaker ? tokenRange(doc, a.speaker.first, a.speaker.last) : null;
  const speaker: Speaker | null =
    a.speaker && mention
      ? {
          mention,
          // a speaker described but never named (`a spokeswoman … she added`) is no entity: the mention speaks
          entity: entity && !entity.unnamed ? entity.id : null,
          name: entity && !entity.unnamed ? entity.name : mention.text,
          type: entity && entity.type !== 'unknown' ? entity.type : speakerType(doc, a.speaker),
        }
      : null;
  return {
    id: `q${k}`,
    kind,
    parts,
    text: parts.map((p) => p.text).join(' '),
    cue,
    speaker,
    confidence: a.confidence,
    rule: a.rule,
  };
}

/** A mention's span and kind, built as one object (no spread of a span into another). */
function mentionOf(doc: Doc, first: number, last: number, kind: Mention['kind']): Mention {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  const sentence = doc.sentenceOf[first] ?? 0;
  return { start, end, text: doc.text.slice(start, end), tokenStart: first, tokenEnd: last + 1, sentence, kind };
}

function toEntity(doc: Doc, e: EntityDraft, link: EntityLink | undefined): Entity {
  const mentions = [...e.mentions]
    .sort((a, b) => a.first - b.first)
    .map((m) => mentionOf(doc, m.first, m.last, m.kind));
  const [country] = e.countries;
  const entity: Entity = {
    id: e.id,
    name: e.name,
    type: e.type === 'unknown' ? 'other' : e.type,
    mentions,
    titles: [...e.roles].filter(Boolean),
    gender: e.type === 'person' ? genderOf(e) : null,
    nationality: e.type === 'place' || !country ? null : titleCase(country),
    affiliations: [...e.affiliations],
  };
  return link ? { ...entity, link } : entity;
}

const WORD_START = /\b\p{L}/gu;
const titleCase = (s: string): string => s.replace(WORD_START, (c) => c.toUpperCase());
