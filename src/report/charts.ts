/**
 * The report's charts: Vega-Lite specs built from a summary, and rendered to SVG strings by Vega (in Node or a
 * browser, no DOM needed). Vega and Vega-Lite are loaded only when charts are drawn, so `summarize` alone never loads
 * them.
 */
import { CUE_CLASSES } from '../words/cue-classes.js';
import { GENDER_SOURCES, SPEAKER_GROUPS, type CorpusSummary, type SpeakerGroup } from './types.js';

/** A Vega-Lite spec, as plain JSON. */
export type ChartSpec = Record<string, unknown>;

/** The charts a report can hold; a chart with no data is left out. */
export type ChartName =
  'groups' | 'gender' | 'genderSources' | 'months' | 'outlets' | 'nationality' | 'speakers' | 'cues';

const FEMALE = '#c2185b';
const MALE = '#1f77b4';
const UNKNOWN = '#b0b0b0';
const GENDER_SCALE = { domain: ['female', 'male', 'unknown'], range: [FEMALE, MALE, UNKNOWN] };
const GROUP_COLOURS: Readonly<Record<SpeakerGroup, string>> = {
  person: '#4c78a8',
  organization: '#f58518',
  place: '#54a24b',
  group: '#b279a2',
  unnamed: '#e45756',
  unresolved: '#9d755d',
  other: '#bab0ac',
};
const GROUP_SCALE = { domain: [...SPEAKER_GROUPS], range: SPEAKER_GROUPS.map((g) => GROUP_COLOURS[g]) };
/** Bars shown in a chart at most; the tables beside the charts list more. */
const CHART_ROWS = 15;
const WIDTH = 360;
/** Whole numbers only on an axis of counts: no `0.5 people`. */
const COUNT_AXIS = { tickMinStep: 1, format: ',d' };

const CONFIG = {
  font: 'system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 160 },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: 'bottom' },
};

function spec(title: string, values: readonly object[], rest: Record<string, unknown>): ChartSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start', fontSize: 13 },
    width: WIDTH,
    data: { values },
    config: CONFIG,
    ...rest,
  };
}

/** A horizontal bar per row, sorted as given. */
function bars(title: string, rows: ReadonlyArray<{ key: string; count: number }>, colour: string): ChartSpec {
  return spec(title, rows, {
    height: { step: 18 },
    mark: { type: 'bar', color: colour, tooltip: true },
    encoding: {
      y: { field: 'key', type: 'nominal', sort: null, title: null },
      x: { field: 'count', type: 'quantitative', title: 'quotes', axis: COUNT_AXIS },
    },
  });
}

/** Stacked horizontal bars of shares by gender, one bar per row. */
function genderShares(
  title: string,
  rows: ReadonlyArray<{ key: string; female: number; male: number; unknown: number }>,
): ChartSpec {
  const values = rows.flatMap((r) =>
    (['female', 'male', 'unknown'] as const).map((g) => ({ key: r.key, gender: g, n: r[g] })),
  );
  return spec(title, values, {
    height: { step: 20 },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'key', type: 'nominal', sort: null, title: null },
      x: { field: 'n', type: 'quantitative', stack: 'normalize', title: 'share', axis: { format: '%' } },
      color: { field: 'gender', type: 'nominal', scale: GENDER_SCALE, title: null },
      order: { field: 'gender', sort: 'ascending' },
    },
  });
}

/**
 * The Vega-Lite specs of the report's charts, by name; charts without data are left out.
 *
 * @example
 * ```ts
 * import { chartSpecs, summarize } from 'saidby/report';
 *
 * const specs = chartSpecs(summarize(records)); // Vega-Lite specs, to draw with your own renderer
 * ```
 */
export function chartSpecs(summary: CorpusSummary): Partial<Record<ChartName, ChartSpec>> {
  const out: Partial<Record<ChartName, ChartSpec>> = {};
  const groups = SPEAKER_GROUPS.map((g) => ({ key: g, count: summary.groups[g].quotes })).filter((r) => r.count > 0);
  if (groups.length) {
    out.groups = spec('Quotes by who is quoted', groups, {
      height: { step: 20 },
      mark: { type: 'bar', tooltip: true },
      encoding: {
        y: { field: 'key', type: 'nominal', sort: null, title: null },
        x: { field: 'count', type: 'quantitative', title: 'quotes', axis: COUNT_AXIS },
        color: { field: 'key', type: 'nominal', scale: GROUP_SCALE, legend: null },
      },
    });
  }
  const { people, quotes } = summary.gender;
  if (people.female + people.male + people.unknown > 0) {
    out.gender = genderShares('Gender of the people quoted', [
      { key: 'people', ...people },
      { key: 'their quotes', ...quotes },
    ]);
    const sources: Array<{ key: string; gender: string; n: number }> = GENDER_SOURCES.flatMap((s) =>
      (['female', 'male'] as const).map((g) => ({ key: s, gender: g, n: summary.gender.sources[s][g] })),
    );
    sources.push({ key: 'unknown', gender: 'unknown', n: people.unknown });
    out.genderSources = spec('Where each gender came from (people)', sources, {
      height: { step: 20 },
      mark: { type: 'bar', tooltip: true },
      encoding: {
        y: { field: 'key', type: 'nominal', sort: null, title: null },
        x: { field: 'n', type: 'quantitative', title: 'people', axis: COUNT_AXIS },
        color: { field: 'gender', type: 'nominal', scale: GENDER_SCALE, title: null },
      },
    });
  }
  if (summary.months.length) {
    const values = summary.months.flatMap((m) =>
      (['female', 'male', 'unknown'] as const).map((g) => ({ month: m.key, gender: g, n: m.gender[g] })),
    );
    out.months = spec('Quotes by named people, by month and gender', values, {
      width: Math.max(WIDTH, Math.min(1000, summary.months.length * 22)),
      height: 160,
      mark: { type: 'bar', tooltip: true },
      encoding: {
        x: { field: 'month', type: 'ordinal', title: null, axis: { labelAngle: -60 } },
        y: { field: 'n', type: 'quantitative', title: 'quotes', axis: COUNT_AXIS },
        color: { field: 'gender', type: 'nominal', scale: GENDER_SCALE, title: null },
        order: { field: 'gender', sort: 'ascending' },
      },
    });
  }
  if (summary.outlets.length) {
    const rows = summary.outlets.slice(0, CHART_ROWS).map((o) => ({ key: o.key, ...o.gender }));
    out.outlets = genderShares('Gender of quotes by named people, by outlet', rows);
  }
  if (summary.nationality.people.length) {
    const rows = summary.nationality.people.slice(0, CHART_ROWS);
    out.nationality = spec('People quoted by nationality', rows, {
      height: { step: 18 },
      mark: { type: 'bar', color: '#72b7b2', tooltip: true },
      encoding: {
        y: { field: 'key', type: 'nominal', sort: null, title: null },
        x: { field: 'count', type: 'quantitative', title: 'people', axis: COUNT_AXIS },
      },
    });
  }
  if (summary.speakers.top.length) {
    const rows = summary.speakers.top
      .slice(0, CHART_ROWS)
      .map((s) => ({ key: s.name, count: s.quotes, group: s.group }));
    out.speakers = bars('Most quoted speakers', rows, '#4c78a8');
    (out.speakers.encoding as Record<string, unknown>).color = {
      field: 'group',
      type: 'nominal',
      scale: GROUP_SCALE,
      title: null,
    };
    delete (out.speakers.mark as Record<string, unknown>).color;
  }
  const cueRows = Object.entries(summary.cues.byClass).flatMap(([cls, byGroup]) =>
    SPEAKER_GROUPS.map((g) => ({ cls, group: g, n: byGroup[g] })).filter((r) => r.n > 0),
  );
  if (cueRows.length) {
    out.cues = spec('Cue classes by who is quoted', cueRows, {
      height: { step: 20 },
      mark: { type: 'bar', tooltip: true },
      encoding: {
        y: { field: 'group', type: 'nominal', sort: [...SPEAKER_GROUPS], title: null },
        x: { field: 'n', type: 'quantitative', stack: 'normalize', title: 'share of quotes', axis: { format: '%' } },
        color: {
          field: 'cls',
          type: 'nominal',
          title: null,
          scale: {
            domain: [...CUE_CLASSES],
            range: ['#4c78a8', '#54a24b', '#f58518', '#b279a2', '#e45756', '#72b7b2', '#9d755d'],
          },
        },
      },
    });
  }
  return out;
}

interface VegaModule {
  View: new (runtime: unknown, options: { renderer: 'none' }) => { toSVG(): Promise<string>; finalize(): void };
  parse(spec: unknown): unknown;
}
interface VegaLiteModule {
  compile(spec: unknown): { spec: unknown };
}

/**
 * The charts as SVG strings, by name, drawn by Vega from the Vega-Lite specs (loaded on first use).
 *
 * @example
 * ```ts
 * import { renderCharts, summarize } from 'saidby/report';
 *
 * const svgs = await renderCharts(summarize(records)); // { chartName: '<svg…>' }, Vega loaded only here
 * ```
 */
export async function renderCharts(summary: CorpusSummary): Promise<Partial<Record<ChartName, string>>> {
  const [vega, vl] = (await Promise.all([import('vega'), import('vega-lite')])) as unknown as [
    VegaModule,
    VegaLiteModule,
  ];
  const out: Partial<Record<ChartName, string>> = {};
  for (const [name, s] of Object.entries(chartSpecs(summary)) as Array<[ChartName, ChartSpec]>) {
    const view = new vega.View(vega.parse(vl.compile(s).spec), { renderer: 'none' });
    try {
      out[name] = await view.toSVG();
    } finally {
      view.finalize();
    }
  }
  return out;
}
