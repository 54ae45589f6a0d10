/**
 * saidby as a compromise plugin: `nlp.plugin(saidby)`, then `nlp(text).attributions()`.
 *
 * ```ts
 * import nlp from 'compromise';
 * import saidby from 'saidby/compromise';
 * nlp.plugin(saidby);
 * const doc = nlp<SaidbyMethods>(text);
 * doc.attributions().json();   // [{ quote, kind, speaker, cue, confidence, … }]
 * doc.match('#Speaker').out('array');
 * ```
 *
 * The plugin does not import compromise: compromise hands it its View class when the plugin is installed, so the
 * core of saidby still never loads compromise, and any compromise 14 the caller has is the one used.
 *
 * @module saidby/compromise
 */
import { extractQuotes } from '../pipeline.js';
import type { ExtractOptions, QuoteKind, RuleName, Span } from '../types.js';

/** A term's place in a compromise document: [sentence index, first term, one past the last term]. */
export type Pointer = [number, number, number];

/** What the plugin needs of a compromise View (compromise 14). */
export interface CompromiseView {
  readonly document: ReadonlyArray<ReadonlyArray<{ readonly offset?: { start: number; length: number } }>>;
  all(): CompromiseView;
  text(): string;
  compute(name: string): unknown;
  update(pointers: Pointer[]): CompromiseView;
  tag(tag: string, reason?: string): unknown;
}

/** One attribution, as `attributions().json()` gives it: plain data, offsets into the document's text. */
export interface AttributionJson {
  /** The quote's content, its parts joined by a space. */
  readonly quote: string;
  readonly kind: QuoteKind;
  /** The speaker's name (the entity's canonical name when resolved), or null when no speaker was found. */
  readonly speaker: string | null;
  /** The words the cue attaches to (`the minister`, `he`), or null. */
  readonly speakerMention: string | null;
  /** The speaker's Wikidata id when the knowledge base linked it, else null. */
  readonly qid: string | null;
  /** The reporting expression as written (`said`, `according to`), or null. */
  readonly cue: string | null;
  readonly confidence: number;
  readonly rule: RuleName;
  /** Character offsets of the content, from the start of its first part to the end of its last. */
  readonly offset: { readonly start: number; readonly end: number };
  /** The compromise terms of the content, the speaker mention and the cue. */
  readonly terms: { readonly quote: Pointer[]; readonly speaker: Pointer[]; readonly cue: Pointer[] };
}

/** What `doc.attributions()` returns: the attributions in text order. */
export interface Attributions {
  readonly length: number;
  json(): AttributionJson[];
  /** The compromise View of quote `k`'s content terms (all quotes when k is left out). */
  view(k?: number): CompromiseView;
}

/**
 * The methods the plugin adds, for compromise's typed views: `nlp<SaidbyMethods>(text).attributions()`.
 */
export interface SaidbyMethods {
  /** saidby: the quotes of this document, their speakers and cues (`nlp.plugin(saidby)` first). */
  attributions(options?: ExtractOptions): Attributions;
}

/** The term pointers that overlap `span`: terms are found by their character offsets. */
function pointersOf(terms: readonly TermAt[], span: Span): Pointer[] {
  const out: Pointer[] = [];
  for (const t of terms) {
    if (t.start >= span.end || t.end <= span.start) continue;
    const last = out.at(-1);
    if (last && last[0] === t.n && last[2] === t.i) last[2] = t.i + 1;
    else out.push([t.n, t.i, t.i + 1]);
  }
  return out;
}

interface TermAt {
  readonly n: number;
  readonly i: number;
  readonly start: number;
  readonly end: number;
}

/** Every term of the document with its sentence, index and character offsets. */
function termsOf(all: CompromiseView): TermAt[] {
  all.compute('offset');
  const out: TermAt[] = [];
  all.document.forEach((sentence, n) =>
    sentence.forEach((term, i) => {
      if (term.offset) out.push({ n, i, start: term.offset.start, end: term.offset.start + term.offset.length });
    }),
  );
  return out;
}

/**
 * Runs saidby over the whole document a view belongs to, tags speakers and cues, and maps quotes to terms.
 *
 * @example
 * ```ts
 * import nlp from 'compromise';
 * import { attributionsOf } from 'saidby/compromise';
 *
 * // Without installing the plugin: the attributions of any compromise document.
 * attributionsOf(nlp('"We are ready," Ada Morrow said.')).json()[0]?.speaker; // 'Ada Morrow'
 * ```
 */
export function attributionsOf(view: CompromiseView, options: ExtractOptions = {}): Attributions {
  const all = view.all();
  const result = extractQuotes(all.text(), options);
  const terms = termsOf(all);
  const links = new Map(result.entities.map((e) => [e.id, e.link?.id ?? null]));
  const items = result.quotes.map((q): AttributionJson => {
    const speaker = q.speaker ? pointersOf(terms, q.speaker.mention) : [];
    const cue = q.cue ? pointersOf(terms, q.cue) : [];
    if (speaker.length) all.update(speaker).tag('Speaker', 'saidby');
    if (cue.length) all.update(cue).tag('Cue', 'saidby');
    return {
      quote: q.text,
      kind: q.kind,
      speaker: q.speaker?.name ?? null,
      speakerMention: q.speaker?.mention.text ?? null,
      qid: q.speaker?.entity ? (links.get(q.speaker.entity) ?? null) : null,
      cue: q.cue?.text ?? null,
      confidence: q.confidence,
      rule: q.rule,
      offset: { start: q.parts[0]!.start, end: q.parts.at(-1)!.end },
      terms: { quote: q.parts.flatMap((p) => pointersOf(terms, p)), speaker, cue },
    };
  });
  return {
    length: items.length,
    json: () => items.map((item) => structuredClone(item)),
    view: (k) => all.update(k === undefined ? items.flatMap((a) => a.terms.quote) : (items[k]?.terms.quote ?? [])),
  };
}

/** The plugin: `nlp.plugin(saidby)` adds `attributions()` to every View, and the tags `#Speaker` and `#Cue`. */
const plugin = {
  tags: { Speaker: {}, Cue: {} },
  api(View: { prototype: object }): void {
    Object.defineProperty(View.prototype, 'attributions', {
      configurable: true,
      writable: true,
      value(this: CompromiseView, options?: ExtractOptions): Attributions {
        return attributionsOf(this, options);
      },
    });
  },
};

export default plugin;
