/**
 * The report as one self-contained HTML page: inline CSS, the charts as inline SVG, a table beside each chart. It
 * loads nothing (no script, font or stylesheet from anywhere), so it opens from disk with no network. Tables are
 * capped at the summary's top rows, so the page is as long for 100,000 articles as for 10.
 */
import { escapeHtml, wikidataUrl } from '../render/index.js';
import { renderCharts, type ChartName } from './charts.js';
import { GENDER_SOURCES, SPEAKER_GROUPS, type CorpusSummary, type Count, type SliceSummary } from './types.js';

export interface ReportOptions {
  /** The page's title and heading. Default "Who gets quoted". */
  readonly title?: string;
  /** A line under the heading, such as the input's name. */
  readonly subtitle?: string;
}

/** Charts as SVG strings, by name (from `renderCharts`). */
export type Charts = Partial<Record<ChartName, string>>;

const CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #666; --rule: #e3e3e3; --bg: #fafafa; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
  background: var(--bg); }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0 0 4px; }
.sub, .note { color: var(--muted); }
.note { font-size: 12px; margin: 6px 0 0; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0 24px; }
.card { background: #fff; border: 1px solid var(--rule); border-radius: 8px; padding: 10px 14px; min-width: 140px; }
.card b { display: block; font-size: 22px; }
section { background: #fff; border: 1px solid var(--rule); border-radius: 8px; padding: 16px; margin: 0 0 20px; }
.row { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; margin-top: 10px; }
.chart { flex: 0 1 auto; max-width: 100%; overflow-x: auto; }
.chart svg { display: block; max-width: 100%; height: auto; }
.table { flex: 1 1 340px; min-width: 300px; overflow-x: auto; }
.table.wide { flex-basis: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-weight: 600; background: #f3f3f3; }
td:first-child { white-space: nowrap; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.empty { color: var(--muted); font-style: italic; }
a { color: #1a5fb4; }
`;

const esc = escapeHtml;
/** Months in the table: two years; the chart shows them all. */
const MONTH_ROWS = 24;

function num(n: number): string {
  return n.toLocaleString('en-US');
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** A table: header cells (a leading `#` right-aligns the column) and rows of already escaped cells. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const right = head.map((h) => h.startsWith('#'));
  const th = head.map((h, k) => `<th${right[k] ? ' class="n"' : ''}>${esc(right[k] ? h.slice(1) : h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, k) => `<td${right[k] ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function section(id: string, title: string, intro: string, parts: readonly string[]): string {
  const head = `<h2>${esc(title)}</h2><p class="sub">${intro}</p>`;
  return `<section id="${id}">${head}<div class="row">${parts.join('')}</div></section>`;
}

const chart = (svg: string | undefined): string => (svg ? `<div class="chart">${svg}</div>` : '');
const tableBox = (html: string, wide = false): string => `<div class="table${wide ? ' wide' : ''}">${html}</div>`;
const empty = (what: string): string => `<p class="empty">${what}</p>`;

function countRows(rows: readonly Count[], whole: number): string[][] {
  return rows.map((r) => [esc(r.key), num(r.count), pct(r.count, whole)]);
}

function overview(s: CorpusSummary): string {
  const q = s.quotes;
  const card = (value: string, label: string): string => `<div class="card"><b>${value}</b>${esc(label)}</div>`;
  const women = s.gender.people.female;
  const known = women + s.gender.people.male;
  return `<div class="cards">${[
    card(num(s.articles), 'articles'),
    card(num(q.total), `quotes (${num(q.direct)} direct, ${num(q.mixed)} mixed, ${num(q.indirect)} indirect)`),
    card(pct(q.attributed, q.total), 'of quotes have a speaker'),
    card(num(s.speakers.distinct), 'named speakers'),
    card(pct(women, known), 'women among people of known gender'),
    card(pct(s.gender.people.unknown, known + s.gender.people.unknown), 'named people of unknown gender'),
    ...(s.dates.first ? [card(`${esc(s.dates.first)} – ${esc(s.dates.last ?? '')}`, 'dates')] : []),
    ...(s.outlets.length ? [card(num(s.outlets.length + s.otherOutlets.outlets), 'outlets')] : []),
  ].join('')}</div>`;
}

function voices(s: CorpusSummary, charts: Charts): string {
  const total = s.quotes.attributed;
  const rows = SPEAKER_GROUPS.filter((g) => s.groups[g].quotes > 0).map((g) => [
    esc(g),
    num(s.groups[g].quotes),
    pct(s.groups[g].quotes, total),
    g === 'unresolved' ? '' : num(s.groups[g].speakers),
  ]);
  const unnamed = s.unnamed.top.length
    ? table(['unnamed source', '#quotes', '#share'], countRows(s.unnamed.top, s.unnamed.quotes))
    : '';
  return section(
    'voices',
    'Who the voices are',
    'Quotes with a speaker, by who the speaker is: a named person, organisation, place or group, an unnamed source ' +
      '(<i>officials said</i>, <i>a spokeswoman said</i>), or a pronoun whose person was not found.',
    [
      chart(charts.groups),
      tableBox(
        (rows.length
          ? table(['speaker group', '#quotes', '#share', '#distinct'], rows)
          : empty('No attributed quotes.')) + unnamed,
      ),
    ],
  );
}

function gender(s: CorpusSummary, charts: Charts): string {
  const g = s.gender;
  const people = g.people.female + g.people.male + g.people.unknown;
  const quotes = g.quotes.female + g.quotes.male + g.quotes.unknown;
  if (people === 0) return section('gender', 'Gender', '', [empty('No named person is quoted.')]);
  const rows = (['female', 'male', 'unknown'] as const).map((k) => [
    esc(k),
    num(g.people[k]),
    pct(g.people[k], people),
    num(g.quotes[k]),
    pct(g.quotes[k], quotes),
  ]);
  const sourceRows = GENDER_SOURCES.map((src) => [
    esc(src),
    num(g.sources[src].female),
    num(g.sources[src].male),
    num(g.sources[src].female + g.sources[src].male),
  ]);
  return section(
    'gender',
    'Gender of the people quoted',
    'Named people only. A gender comes from the knowledge base, a title or honorific ' +
      '(<i>Mrs</i>, <i>congressman</i>), the pronouns that refer to the person, or their first name; ' +
      'when none gives one it stays unknown and is ' +
      `counted here: ${pct(g.people.unknown, people)} of people, ${pct(g.quotes.unknown, quotes)} of their quotes.`,
    [
      chart(charts.gender),
      tableBox(table(['gender', '#people', '#share', '#quotes', '#share'], rows)),
      chart(charts.genderSources),
      tableBox(table(['gender from', '#female', '#male', '#people'], sourceRows)),
    ],
  );
}

function sliceRows(slices: readonly SliceSummary[]): string[][] {
  return slices.map((o) => {
    const known = o.gender.female + o.gender.male;
    return [
      esc(o.key),
      num(o.articles),
      num(o.quotes),
      num(o.gender.female),
      num(o.gender.male),
      num(o.gender.unknown),
      pct(o.gender.female, known),
      pct(o.groups.unnamed, o.quotes),
    ];
  });
}
const SLICE_HEAD = ['', '#articles', '#quotes', '#women', '#men', '#unknown', '#women of known', '#unnamed'];

function outletsAndMonths(s: CorpusSummary, charts: Charts): string {
  const outlets = s.outlets.length
    ? [
        chart(charts.outlets),
        tableBox(
          table(['outlet', ...SLICE_HEAD.slice(1)], sliceRows(s.outlets)) +
            (s.otherOutlets.outlets
              ? `<p class="note">${num(s.otherOutlets.outlets)} more outlets, ${num(s.otherOutlets.quotes)} quotes.</p>`
              : ''),
        ),
      ]
    : [empty('The input has no <code>source</code> field.')];
  const months = s.months.length
    ? [chart(charts.months), tableBox(table(['month', ...SLICE_HEAD.slice(1)], sliceRows(s.months.slice(-MONTH_ROWS))))]
    : [empty('The input has no readable <code>date</code> field.')];
  const dated =
    s.dates.missing || s.dates.invalid
      ? `<p class="note">${num(s.dates.missing)} articles without a date, ` +
        `${num(s.dates.invalid)} with a date that could not be read.</p>`
      : '';
  return (
    section('outlets', 'By outlet', 'Quotes by named people, by gender, for the most quoting outlets.', outlets) +
    section(
      'months',
      'By month',
      `Quotes by named people, by gender, month by month (the last ${MONTH_ROWS} in the table).`,
      [...months, dated],
    )
  );
}

function nationality(s: CorpusSummary, charts: Charts): string {
  const n = s.nationality;
  const people = n.people.reduce((a, r) => a + r.count, 0) + n.unknownPeople;
  if (!n.people.length)
    return section('nationality', 'Nationality', '', [empty('No named person quoted has a known nationality.')]);
  return section(
    'nationality',
    'Nationality',
    'Named people by the country an article or the knowledge base gives them. ' +
      `Unknown: ${num(n.unknownPeople)} people ` +
      `(${pct(n.unknownPeople, people)}), ${num(n.unknownQuotes)} quotes.`,
    [
      chart(charts.nationality),
      tableBox(table(['country', '#people', '#share of people'], countRows(n.people, people))),
      tableBox(
        table(
          ['country', '#quotes'],
          n.quotes.map((r) => [esc(r.key), num(r.count)]),
        ),
      ),
    ],
  );
}

function speakerName(name: string, wikidata: string | null): string {
  const url = wikidata ? wikidataUrl(wikidata) : null;
  return url ? `${esc(name)} <a href="${esc(url)}">${esc(wikidata ?? '')}</a>` : esc(name);
}

function speakers(s: CorpusSummary, charts: Charts): string {
  const rows = s.speakers.top.map((p) => [
    speakerName(p.name, p.wikidata),
    esc(p.group),
    esc(p.gender === 'unknown' || !p.genderSource ? p.gender : `${p.gender} (${p.genderSource})`),
    esc(p.nationality ?? ''),
    num(p.quotes),
    num(p.articles),
    pct(p.direct, p.quotes),
    esc(p.firstDate ?? ''),
    esc(p.lastDate ?? ''),
    esc(p.cues.map((c) => `${c.key} ${c.count}`).join(', ')),
  ]);
  const note = s.speakers.exact
    ? ''
    : `<p class="note">More speakers than the table holds were seen: ${num(s.speakers.dropped)} of the least quoted ` +
      'were dropped on the way, so counts of distinct speakers are lower bounds.</p>';
  return section(
    'speakers',
    'Speakers across articles',
    `${num(s.speakers.distinct)} named speakers, merged by Wikidata id when linked, else by their normalised name. ` +
      'The most quoted:',
    [
      chart(charts.speakers),
      tableBox(
        (rows.length
          ? table(
              ['speaker', 'group', 'gender', 'nationality', '#quotes', '#articles', '#direct', 'first', 'last', 'cues'],
              rows,
            )
          : empty('No named speaker.')) + note,
        true,
      ),
    ],
  );
}

function cues(s: CorpusSummary, charts: Charts): string {
  const groups = SPEAKER_GROUPS.filter((g) => s.groups[g].quotes > 0);
  const rows = s.cues.lemmas.map((l) => [
    esc(l.lemma),
    esc(l.class),
    num(l.quotes),
    ...groups.map((g) => num(l.groups[g])),
    num(l.female),
    num(l.male),
  ]);
  return section(
    'cues',
    'How they are quoted',
    'The cue of each quote (<i>said</i>, <i>claimed</i>, <i>according to</i>), by class and by who is quoted: who ' +
      '“claims” and who “says”.',
    [
      chart(charts.cues),
      tableBox(
        rows.length
          ? table(['cue', 'class', '#quotes', ...groups.map((g) => `#${g}`), '#women', '#men'], rows)
          : empty('No quote has a cue.'),
        true,
      ),
    ],
  );
}

/**
 * The page, from a summary and its charts (`renderCharts`); charts left out are left out of the page.
 *
 * @example
 * ```ts
 * import { renderCharts, reportHtml, summarize } from 'saidby/report';
 *
 * const summary = summarize(records);
 * const page = reportHtml(summary, await renderCharts(summary)); // or charts drawn elsewhere
 * ```
 */
export function reportHtml(summary: CorpusSummary, charts: Charts, options: ReportOptions = {}): string {
  const title = options.title ?? 'Who gets quoted';
  const skipped = summary.skipped ? ` ${num(summary.skipped)} input records gave no result and were skipped.` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="saidby report"><title>${esc(title)}</title><style>${CSS}</style></head>
<body><main>
<h1>${esc(title)}</h1>
${options.subtitle ? `<p class="sub">${esc(options.subtitle)}</p>` : ''}
${overview(summary)}
${voices(summary, charts)}
${gender(summary, charts)}
${outletsAndMonths(summary, charts)}
${nationality(summary, charts)}
${speakers(summary, charts)}
${cues(summary, charts)}
<p class="note">Made by saidby from ${num(summary.articles)} articles.${skipped}
Counts are of what saidby found, with its errors: see its accuracy figures before drawing conclusions.</p>
</main></body></html>
`;
}

/**
 * The report page for a summary, with its charts drawn by Vega (loaded on first use).
 *
 * @example
 * ```ts
 * import { renderReport, summarize } from 'saidby/report';
 *
 * writeFileSync('report.html', await renderReport(summarize(records), { title: 'Who gets quoted' }));
 * ```
 */
export async function renderReport(summary: CorpusSummary, options: ReportOptions = {}): Promise<string> {
  return reportHtml(summary, await renderCharts(summary), options);
}
