/**
 * saidby/report: who gets quoted across a corpus. Fold results one at a time into a typed summary, then draw it as
 * one self-contained HTML page with SVG charts (Vega-Lite, rendered by Vega, loaded only for the charts).
 *
 * ```ts
 * import { summarize, renderReport } from 'saidby/report';
 * const summary = summarize(articles.map((a) => ({ ...extractQuotes(a.text), source: a.source, date: a.date })));
 * const page = await renderReport(summary);
 * ```
 *
 * @module saidby/report
 */
export {
  createSummarizer,
  summarize,
  summarizeAsync,
  type ReportRecord,
  type SummarizeOptions,
  type Summarizer,
} from './summarize.js';
export { chartSpecs, renderCharts, type ChartName, type ChartSpec } from './charts.js';
export { renderReport, reportHtml, type Charts, type ReportOptions } from './html.js';
export { GENDER_SOURCES, SPEAKER_GROUPS } from './types.js';
export type * from './types.js';
