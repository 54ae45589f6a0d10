/**
 * saidby/render: a result as HTML, displaCy-style. Each quote is highlighted and labelled with its speaker, its cue
 * marked, and every entity mention coloured by entity, with the knowledge-base link on hover.
 *
 * ```ts
 * import { renderHtml } from 'saidby/render';
 * const page = renderHtml(extractQuotes(text), { page: true, title: 'Quotes' });
 * ```
 *
 * Every piece of input (the text, names, knowledge-base labels and ids) is escaped; the only URLs written are
 * `https://www.wikidata.org/wiki/Q…` for ids that are exactly `Q` and digits.
 *
 * @module saidby/render
 */
import type { Entity, Quote, Result } from '../types.js';

export interface RenderOptions {
  /**
   * A whole page (`<!doctype html>`, inline CSS, a quote table and an entity list) instead of a fragment. Default
   * false.
   */
  readonly page?: boolean;
  /** The page's `<title>` and heading (page mode). Default "saidby". */
  readonly title?: string;
  /** Add the quote table and the entity list after the text. Default: true in page mode, false in a fragment. */
  readonly table?: boolean;
}

/** What `renderHtml` needs of a result: a `Result`, or anything shaped like one (e.g. a `saidby/html` result). */
export type RenderInput = Pick<Result, 'text' | 'quotes' | 'entities'>;

/**
 * `&<>"'` as character references: safe in text and in double- or single-quoted attribute values.
 *
 * @example
 * ```ts
 * import { escapeHtml } from 'saidby/render';
 *
 * escapeHtml('<b>"Tom & Jerry"</b>'); // '&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(s: string): string {
  return s.replace(SPECIAL, (c) => ESCAPES[c] ?? c);
}
const SPECIAL = /[&<>"']/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const QID = /^Q\d{1,12}$/;

/**
 * The Wikidata page of an id, or null unless the id is exactly `Q` followed by digits.
 *
 * @example
 * ```ts
 * import { wikidataUrl } from 'saidby/render';
 *
 * wikidataUrl('Q7747'); // 'https://www.wikidata.org/wiki/Q7747'
 * wikidataUrl('javascript:alert(1)'); // null
 * ```
 */
export function wikidataUrl(id: string): string | null {
  return QID.test(id) ? `https://www.wikidata.org/wiki/${id}` : null;
}

/** Number of entity colours; an entity's colour is its index in `entities` modulo this. */
export const PALETTE_SIZE = 12;

/** Entity colours step round the wheel by the golden angle, so that neighbouring indexes look apart. */
const hue = (i: number): number => Math.round((i * 360 * 0.381966) % 360);

/**
 * The stylesheet for the markup: every class starts with `sb-`. Included in page mode; add it yourself to a fragment.
 */
export const CSS = `.sb-doc{white-space:pre-wrap;line-height:2.1;font:16px/2.1 Georgia,serif;max-width:52em}
.sb-quote{background:#fff4c2;border-bottom:2px solid #d4a600;padding:.1em 0;color:inherit}
.sb-quote.sb-mixed{background:#e8f3ff;border-bottom-color:#4a90d9}
.sb-quote.sb-indirect{background:#eef7ea;border-bottom-color:#6aa84f;border-bottom-style:dashed}
.sb-quote[data-label]::before{content:attr(data-label);font:bold 11px/1 system-ui,sans-serif;background:#5b4a00;\
color:#fff;border-radius:3px;padding:2px 5px;margin-right:4px;vertical-align:2px}
.sb-cue{font-weight:bold;text-decoration:underline wavy #c0392b;text-underline-offset:3px}
.sb-speaker{outline:2px solid #5b4a00;border-radius:2px}
.sb-ent{border-radius:3px;padding:0 2px;cursor:help}
.sb-ent.sb-linked{box-shadow:inset 0 -2px 0 rgba(0,0,0,.35)}
${Array.from({ length: PALETTE_SIZE }, (_, i) => `.sb-c${i}{background:hsl(${hue(i)} 70% 85%)}`).join('\n')}
.sb-table{border-collapse:collapse;font:14px system-ui,sans-serif;margin-top:1.5em}
.sb-table th,.sb-table td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
.sb-table th{background:#f3f3f3}
.sb-entities{font:14px system-ui,sans-serif;line-height:1.8}
.sb-entities .sb-ent{margin-right:.5em}
`;

interface Layer {
  /** Outer layers first: a quote part holds mentions, a speaker mention holds an entity mention. */
  readonly rank: number;
  readonly start: number;
  readonly end: number;
  readonly open: (first: boolean) => string;
  readonly close: string;
  /** Index in creation order, to keep the order of equal spans stable. */
  readonly id: number;
}

const RANK = { quote: 0, speaker: 1, cue: 1, entity: 2 } as const;

function attrs(pairs: readonly (readonly [string, string | null | undefined])[]): string {
  return pairs
    .filter((p): p is readonly [string, string] => typeof p[1] === 'string')
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
}

function quoteTitle(q: Quote): string {
  const who = q.speaker ? q.speaker.name : 'unknown speaker';
  const cue = q.cue ? ` (${q.cue.text})` : '';
  return `${q.kind} quote ${q.id}: ${who}${cue}, confidence ${q.confidence}, rule ${q.rule}`;
}

function entityTitle(e: Entity): string {
  const link = e.link ? ` · ${e.link.id}: ${e.link.label} (${e.link.source}, score ${e.link.score})` : '';
  return `${e.name} (${e.type})${link}`;
}

/** Whether a span is a usable stretch of a text of length n (hostile or stale input is skipped, never thrown on). */
function inText(s: { start: number; end: number }, n: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start < s.end;
}

function layers(result: RenderInput): Layer[] {
  const n = result.text.length;
  const out: Layer[] = [];
  const add = (l: Omit<Layer, 'id'>): void => {
    if (inText(l, n)) out.push({ ...l, id: out.length });
  };
  result.entities.forEach((e, index) => {
    const colour = `sb-c${index % PALETTE_SIZE}`;
    const linked = e.link ? ' sb-linked' : '';
    const open = `<span class="sb-ent ${colour}${linked}"${attrs([
      ['data-entity', e.id],
      ['data-type', e.type],
      ['data-kb', e.link?.id],
      ['title', entityTitle(e)],
    ])}>`;
    for (const m of e.mentions)
      add({ rank: RANK.entity, start: m.start, end: m.end, open: () => open, close: '</span>' });
  });
  for (const q of result.quotes) {
    const common: [string, string | null | undefined][] = [
      ['data-quote', q.id],
      ['data-speaker', q.speaker?.name ?? ''],
      ['title', quoteTitle(q)],
    ];
    q.parts.forEach((p, i) => {
      const label = q.speaker ? q.speaker.name : '?';
      add({
        rank: RANK.quote,
        start: p.start,
        end: p.end,
        // The label is drawn by CSS from an attribute, so the markup's text stays exactly the input text.
        open: (first) => {
          const part: Array<[string, string | null]> = [
            ['data-part', String(i)],
            ['data-label', first && i === 0 ? label : null],
          ];
          return `<mark class="sb-quote sb-${q.kind}"${attrs([...common, ...part])}>`;
        },
        close: '</mark>',
      });
    });
    if (q.cue) {
      const open = `<span class="sb-cue"${attrs([
        ['data-quote', q.id],
        ['data-lemma', q.cue.lemma],
        ['title', `cue of ${q.id}: ${q.cue.lemma} (${q.cue.class})`],
      ])}>`;
      add({ rank: RANK.cue, start: q.cue.start, end: q.cue.end, open: () => open, close: '</span>' });
    }
    if (q.speaker) {
      const open = `<span class="sb-speaker"${attrs([
        ['data-quote', q.id],
        ['title', `speaker of ${q.id}: ${q.speaker.name}`],
      ])}>`;
      const m = q.speaker.mention;
      add({ rank: RANK.speaker, start: m.start, end: m.end, open: () => open, close: '</span>' });
    }
  }
  return out;
}

/** Outer first: rank, then the earlier start, then the longer span, then creation order. */
function outerFirst(a: Layer, b: Layer): number {
  return a.rank - b.rank || a.start - b.start || b.end - a.end || a.id - b.id;
}

/**
 * The text with its spans as nested elements. The markup is built from the sorted span boundaries: between two
 * boundaries the set of open spans is fixed, and elements are closed and reopened only where spans cross, so the
 * output is always well nested and its text (tags removed) is exactly the escaped input.
 *
 * @example
 * ```ts
 * import { extractQuotes } from 'saidby';
 * import { CSS, renderText } from 'saidby/render';
 *
 * style.textContent = CSS;
 * element.innerHTML = renderText(extractQuotes(text)); // quotes highlighted, labelled with their speakers
 * ```
 */
export function renderText(result: RenderInput): string {
  const text = result.text;
  const all = layers(result);
  const points = [...new Set([0, text.length, ...all.flatMap((l) => [l.start, l.end])])].sort((a, b) => a - b);
  const opened = new Set<number>(); // layers whose first element has been written (for the speaker label)
  const stack: Layer[] = [];
  let html = '<div class="sb-doc">';
  // Sweep: layers sorted by start enter the active set as the sweep reaches them.
  const byStart = [...all].sort((a, b) => a.start - b.start || a.id - b.id);
  let next = 0;
  let active: Layer[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k] as number;
    const to = points[k + 1] as number;
    active = active.filter((l) => l.end > from);
    while (next < byStart.length && (byStart[next] as Layer).start <= from) {
      const l = byStart[next++] as Layer;
      if (l.end > from) active.push(l);
    }
    const want = [...active].sort(outerFirst);
    let keep = 0;
    while (keep < stack.length && keep < want.length && stack[keep] === want[keep]) keep++;
    while (stack.length > keep) html += (stack.pop() as Layer).close;
    for (const l of want.slice(keep)) {
      html += l.open(!opened.has(l.id));
      opened.add(l.id);
      stack.push(l);
    }
    html += escapeHtml(text.slice(from, to));
  }
  while (stack.length) html += (stack.pop() as Layer).close;
  return html + '</div>';
}

/**
 * A table of the quotes: speaker, cue, kind, confidence and text.
 *
 * @example
 * ```ts
 * import { extractQuotes } from 'saidby';
 * import { renderQuoteTable } from 'saidby/render';
 *
 * element.innerHTML = renderQuoteTable(extractQuotes(text)); // one row per quote
 * ```
 */
export function renderQuoteTable(result: RenderInput): string {
  const rows = result.quotes.map((q) => {
    const cells = [q.id, q.speaker?.name ?? '(unknown)', q.cue?.text ?? '', q.kind, q.confidence.toFixed(2), q.text];
    return `<tr${attrs([['data-quote', q.id]])}>${cells.map((c) => `<td>${escapeHtml(String(c))}</td>`).join('')}</tr>`;
  });
  return (
    '<table class="sb-table"><thead><tr>' +
    '<th>id</th><th>speaker</th><th>cue</th><th>kind</th><th>confidence</th><th>quote</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

/**
 * The entities with their colours, and a link to Wikidata for those linked to a `Q…` id.
 *
 * @example
 * ```ts
 * import { extractQuotes } from 'saidby';
 * import { renderEntityList } from 'saidby/render';
 *
 * element.innerHTML = renderEntityList(extractQuotes(text)); // every piece of the input is escaped
 * ```
 */
export function renderEntityList(result: RenderInput): string {
  const items = result.entities.map((e, index) => {
    const url = e.link ? wikidataUrl(e.link.id) : null;
    const name = `<span class="sb-ent sb-c${index % PALETTE_SIZE}"${attrs([
      ['data-entity', e.id],
      ['title', entityTitle(e)],
    ])}>${escapeHtml(e.name)}</span>`;
    const link = e.link
      ? url
        ? ` <a${attrs([
            ['href', url],
            ['title', e.link.label],
          ])} rel="noopener noreferrer">${escapeHtml(e.link.id)}</a>`
        : ` ${escapeHtml(e.link.id)}`
      : '';
    const count = `${e.mentions.length} ${e.mentions.length === 1 ? 'mention' : 'mentions'}`;
    return `<li>${name} <small>${escapeHtml(e.type)}, ${count}</small>${link}</li>`;
  });
  return `<ul class="sb-entities">${items.join('')}</ul>`;
}

/** Has it the fields rendering reads (`text`, `quotes`, `entities`)? */
function isResult(result: RenderInput): boolean {
  if (result === null || typeof result !== 'object' || typeof result.text !== 'string') return false;
  return Array.isArray(result.quotes) && Array.isArray(result.entities);
}

/**
 * The result as HTML: a fragment (`<div class="sb-doc">…</div>`, plus tables if asked), or a whole page with its CSS.
 *
 * @example
 * ```ts
 * import { extractQuotes } from 'saidby';
 * import { renderHtml } from 'saidby/render';
 *
 * writeFileSync('quotes.html', renderHtml(extractQuotes(text), { page: true, title: 'Quotes' }));
 * ```
 */
export function renderHtml(result: RenderInput, options: RenderOptions = {}): string {
  if (!isResult(result)) {
    throw new TypeError('renderHtml: expected a saidby result ({ text, quotes, entities })');
  }
  if (options === null || typeof options !== 'object') throw new TypeError('renderHtml: options must be an object');
  const page = options.page === true;
  const table = options.table ?? page;
  const body = renderText(result) + (table ? renderQuoteTable(result) + renderEntityList(result) : '');
  if (!page) return body;
  const title = escapeHtml(options.title ?? 'saidby');
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${title}</title><style>body{margin:2em;color:#222}\n${CSS}</style></head>\n` +
    `<body><h1 class="sb-title">${title}</h1>\n${body}\n</body></html>\n`
  );
}
