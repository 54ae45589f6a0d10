import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ExtractOptions, Result } from '../types.js';

const HTML_FILE = /\.html?$/i;

/** Whether an input is read as HTML: `--from-html`, or a `.html` / `.htm` file. */
export function isHtmlInput(name: string, fromHtml: boolean): boolean {
  return fromHtml || HTML_FILE.test(name);
}

/*
 * The library's entries are imported here, when a document is read in this thread, never at the top of the CLI:
 * the CLI is one bundle, and a static import would load the library (its lexicon and knowledge base, some 40 MB)
 * in the main thread even when --workers leaves all the work to worker threads.
 */

/**
 * The result for one input, text or HTML page. For a page, every span also has `source` (offsets into the file);
 * the page itself is left out of the result (it is the input file).
 */
export async function extractFor(
  name: string,
  text: string,
  options: ExtractOptions,
  fromHtml: boolean,
): Promise<Result> {
  if (!isHtmlInput(name, fromHtml)) return (await import('../index.js')).extractQuotes(text, options);
  const { html: _html, ...result } = (await import('../html/index.js')).extractQuotesFromHtml(text, options);
  return result;
}

/** `--html FILE`: the result as a page, titled with the input's file name. */
export async function writeHtmlPage(file: string, result: Result, name: string): Promise<void> {
  const title = `saidby: ${name === '-' ? 'stdin' : basename(name)}`;
  const { renderHtml } = await import('../render/index.js');
  writeFileSync(file, renderHtml(result, { page: true, title }));
}
