import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractQuotesFromHtml } from '../html/index.js';
import { extractQuotes } from '../index.js';
import { renderHtml } from '../render/index.js';
import type { ExtractOptions, Result } from '../types.js';

/** Whether an input is read as HTML: `--from-html`, or a `.html` / `.htm` file. */
export function isHtmlInput(name: string, fromHtml: boolean): boolean {
  return fromHtml || /\.html?$/i.test(name);
}

/**
 * The result for one input, text or HTML page. For a page, every span also has `source` (offsets into the file);
 * the page itself is left out of the result (it is the input file).
 */
export function extractFor(name: string, text: string, options: ExtractOptions, fromHtml: boolean): Result {
  if (!isHtmlInput(name, fromHtml)) return extractQuotes(text, options);
  const { html: _html, ...result } = extractQuotesFromHtml(text, options);
  return result;
}

/** `--html FILE`: the result as a page, titled with the input's file name. */
export function writeHtmlPage(file: string, result: Result, name: string): void {
  const title = `saidby: ${name === '-' ? 'stdin' : basename(name)}`;
  writeFileSync(file, renderHtml(result, { page: true, title }));
}
