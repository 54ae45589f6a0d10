/**
 * Whether a text is a web page rather than an article's plain text, judged by how it starts: the demo ticks its HTML
 * box on it, and the CLI reads such an input as HTML without `--from-html` (docs/cli.md).
 */

/** How far in the page's first tag may be: past a BOM, blank lines and a few comments, never the whole input. */
const LOOK_AHEAD = 4096;

/** The tags that open a page: `<!doctype html>`, `<html lang="en">`, `<head>`, `<body>`. */
const PAGE_START = /^<(?:!doctype\s+html|html|head|body)(?=[\s>/]|$)/i;

/**
 * True when `text` starts like an HTML page: `<!doctype html>`, `<html>`, `<head>` or `<body>`, after whitespace and
 * any `<!-- … -->` comments. Text that merely holds a `<` (`"Profits rose by <5%," she said.`) or a fragment
 * (`<p>Hi</p>`) is not a page. Reads at most the first 4 KB, so its time does not grow with the input.
 */
export function looksLikeHtmlPage(text: string): boolean {
  const head = text.slice(0, LOOK_AHEAD);
  let at = 0;
  for (;;) {
    while (at < head.length && isSpace(head.charCodeAt(at))) at++;
    if (!head.startsWith('<!--', at)) break;
    const end = head.indexOf('-->', at + 4);
    if (end < 0) return false;
    at = end + 3;
  }
  return PAGE_START.test(head.slice(at, at + 16));
}

/** Whitespace as HTML counts it before the first tag, and a byte-order mark (`\uFEFF`). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c || code === 0xfeff;
}
