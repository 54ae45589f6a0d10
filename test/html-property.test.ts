// saidby/html on tag soup and hostile pages: it never throws, every span's source is where its text came from, the
// quotes are those of the extracted text, the reader agrees with the first one on every page within maxDepth, and
// the limits (maxLength on the HTML, maxDepth on the nesting) hold.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_DEPTH,
  extractQuotesFromHtml,
  htmlToText,
  type HtmlResult,
  type HtmlText,
} from '../src/html/index.js';
import { TreeBuilder } from '../src/html/parse.js';
import { extractQuotes } from '../src/index.js';
import { firstHtmlToText } from './helpers/html-first-reader.js';
import { validateResult } from './helpers/validate.js';

const RUNS = Number(process.env['PROP_RUNS'] ?? 300);
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/html/${name}`, import.meta.url), 'utf8');

// ---- tag soup ----

const TAGS = [
  ...['p', 'div', 'span', 'b', 'i', 'em', 'a', 'q', 'br', 'hr', 'img', 'pre', 'listing', 'blockquote', 'h1', 'h2'],
  ...['ul', 'ol', 'li', 'dl', 'dd', 'dt', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption'],
  ...['article', 'main', 'section', 'header', 'footer', 'nav', 'aside', 'figure', 'figcaption', 'address'],
  ...['script', 'style', 'noscript', 'template', 'title', 'textarea', 'form', 'input', 'select', 'option'],
  ...['button', 'optgroup', 'svg', 'path', 'math', 'mi', 'foreignObject', 'desc', 'rt', 'rp', 'html', 'body'],
  ...['head', 'meta', 'link', 'wbr', 'P', 'DIV', 'Q', 'LI', 'x-custom'],
];
const ATTRIBUTES = [
  '',
  ' class="story"',
  ' class="share-bar"',
  ' id="nav"',
  ' role="main"',
  ' role="navigation"',
  ' hidden',
  ' aria-hidden="true"',
  ' href=x',
  ' class=a class=nav',
  ' data-x="&amp;&quot;" title=\'a"b\'',
  ' CLASS="Related"',
];
const TEXT = [
  'said',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\u00a0',
  '"We will win," Mara Lind said. ',
  '“It is over,” the minister said.',
  'He said that the plan had failed.',
  '&amp;',
  '&quot;',
  '&#8220;',
  '&#x1F600;',
  '&#99999999;',
  '&#0;',
  '&bogus;',
  '&',
  '<',
  '>',
  '"',
  "'",
  '=',
  '<!--',
  '-->',
  '<!-- a note -->',
  '<![CDATA[x]]>',
  '<!DOCTYPE html>',
  '<?xml version="1.0"?>',
  '</',
  'é',
  '\ud83d',
];
const tag = fc.constantFrom(...TAGS);
const piece = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(tag, fc.constantFrom(...ATTRIBUTES), fc.boolean())
      .map(([t, a, selfClosing]) => `<${t}${a}${selfClosing ? '/' : ''}>`),
  },
  { weight: 3, arbitrary: tag.map((t) => `</${t}>`) },
  { weight: 5, arbitrary: fc.constantFrom(...TEXT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
/** Random tag soup: unbalanced, misnested, with references, comments and stray characters. */
const soup = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

// ---- real-looking pages ----

const sentence = fc.constantFrom(
  'The council met on Monday and voted to close the old bridge.',
  '"We will not wait another year," Mayor Ana Reyes said.',
  '“The repairs are overdue,” engineer Tomas Berg told reporters, “and the money is there.”',
  'Residents said they had been warned in March.',
  'Fares will rise by 5&nbsp;% &amp; the line will close at night, the agency said.',
  'According to the report, the costs doubled.',
  'She said: <q>It was never about the money</q>.',
  'Read <a href="/x">the full statement</a> on the agency’s site.',
  '<em>Update:</em> the vote was delayed.<br>It will be held on Friday.',
);
const paragraph = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([s, closed]) => `<p>${s.join(' ')}${closed ? '</p>' : ''}\n`);
const boilerplateBlock = fc.constantFrom(
  '<nav class="menu"><ul><li><a href="/">Home</a><li><a href="/news">News</a></ul></nav>',
  '<div class="share-bar"><a href="#">Share on social</a></div>',
  '<aside class="related"><h2>Related</h2><ul><li><a href="/a">Another story</a></li></ul></aside>',
  '<div class="tags"><a href="/t/a">Transport</a> <a href="/t/b">City</a></div>',
  '<form><input name=q><button>Search</button></form>',
  '<script>var a = "<p>not text</p>";</script>',
  '<figure><img src=x alt=""><figcaption>The bridge at dusk.</figcaption></figure>',
  '<blockquote><p>“Nothing will change,” one resident said.</p></blockquote>',
  '<pre>  kept\r\n  as is</pre>',
  '<table><tr><td>Fares<td>5 %</tr></table>',
);
const body = fc
  .array(fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 1, arbitrary: boilerplateBlock }), {
    minLength: 1,
    maxLength: 10,
  })
  .map((parts) => parts.join(''));
/** A news page: head, site header and footer, and an article (or main, or neither), with some boilerplate inside. */
const page = fc
  .tuple(body, body, fc.constantFrom('article', 'main', 'div', 'two articles'))
  .map(([story, other, wrap]) => {
    const head = '<!DOCTYPE html><html><head><title>News</title><style>p{}</style></head><body>';
    const site = '<header class="masthead"><a href="/">The Courier</a></header>';
    const main =
      wrap === 'two articles'
        ? `<article><h1>Teaser</h1><p>Short.</p></article><article><h1>Story</h1>${story}</article>`
        : `<${wrap}><h1>Bridge to close</h1><p class="byline">By Ana Reyes</p>${story}</${wrap}>`;
    return `${head}${site}${main}<div>${other}</div><footer>© The Courier</footer></body></html>`;
  });

// ---- checks ----

/** What a stretch of HTML reads as: an independent parse (htmlparser2's DOM), tags dropped, references decoded. */
const reads = (fragment: string): string => DomUtils.textContent(parseDocument(fragment));

interface SourcedSpan {
  readonly start: number;
  readonly end: number;
  readonly source: { readonly start: number; readonly end: number };
}

/** Every span of a result that carries a source. */
function sourcedSpans(r: HtmlResult): SourcedSpan[] {
  return [
    ...r.tokens,
    ...r.sentences,
    ...r.paragraphs,
    ...r.warnings,
    ...r.quotes.flatMap((q) => [...q.parts, ...(q.cue ? [q.cue] : []), ...(q.speaker ? [q.speaker.mention] : [])]),
    ...r.entities.flatMap((e) => e.mentions),
  ];
}

/**
 * Checks that each span's source is where its text came from. Character by character (once for the whole text):
 * the sources run forward through the HTML, and a character read as it is (not a collapsed space, not a block
 * break, `<br>` or mark of `<q>` the reader inserts, which map to an empty range) is there verbatim, or as a
 * character reference that reads as it (`&amp;` for `&`). Span by span: the source runs from its first character's
 * source to the end of its last one's, so it holds the sources of all its characters, in order.
 */
function expectSliceBack(html: string, page: HtmlText, spans: readonly SourcedSpan[]): void {
  // Problems are gathered and compared once: an expect() per character made this test ten times slower.
  const problems: string[] = [];
  let start = 0;
  let end = 0;
  for (let k = 0; k < page.text.length; k++) {
    const c = page.text[k] as string;
    const s = page.toSource(k, k + 1);
    if (s.start < start || s.end < end || s.end > html.length) problems.push(`${k}: ${s.start}..${s.end} out of order`);
    [start, end] = [s.start, s.end];
    if (s.start === s.end || c === ' ' || c === '\n') continue;
    const raw = html.slice(s.start, s.end);
    if (raw !== c && !(raw.startsWith('&') && reads(raw).includes(c))) {
      problems.push(`${k}: ${JSON.stringify(c)} from ${JSON.stringify(raw)}`);
    }
  }
  for (const span of spans) {
    const first = page.toSource(span.start, Math.min(span.start + 1, span.end));
    const last = page.toSource(Math.max(span.end - 1, span.start), span.end);
    const want = { start: first.start, end: Math.max(first.start, last.end) };
    if (span.source.start !== want.start || span.source.end !== want.end) {
      problems.push(
        `span ${span.start}..${span.end}: source ${JSON.stringify(span.source)}, not ${JSON.stringify(want)}`,
      );
    }
  }
  expect(problems).toEqual([]);
}

/** A value with every `source` left out, as extractQuotes would give it. */
function withoutSources(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(withoutSources);
  if (x === null || typeof x !== 'object') return x;
  return Object.fromEntries(
    Object.entries(x)
      // the HTML `source` ranges, not an entity link's `source` (the knowledge base's name, a string)
      .filter(([k, v]) => !(k === 'source' && typeof v === 'object'))
      .map(([k, v]) => [k, withoutSources(v)]),
  );
}

/**
 * Checks that the reader gives the first reader's text, and its map: the same source for every character (`exact`),
 * or one within it. The second is for tag soup: where the tokenizer skips characters without an event (the `</` of
 * `</&x`, the rest of `</a b>`), the first reader mapped the text after them to the skipped characters too; this
 * reader maps it to itself, which the slice-back property checks. And the end of an element closed by its own
 * start tag (`<q/>` in SVG) is now where that tag ends, so an empty range (an inserted mark) may move.
 */
function expectAsFirstReader(html: string, exact: boolean): void {
  const now = htmlToText(html);
  const first = firstHtmlToText(html);
  // A page that ends inside an end tag (`</a b`), inside the comment that `</` before anything but a letter opens
  // (`</\nHe said.`: a bogus comment, to the next `>`), or inside a start tag on a `/` (`<a/`, `<a</`), gave the
  // first reader its last character as text (`b`, `.`, `/`), a slip of the tokenizer that this reader leaves out,
  // as a browser does: nothing in a tag or comment the page never closes is text.
  if (!exact && /<\/[^>]*$|<[a-z][^>]*\/$/i.test(html)) return;
  expect(now.text).toBe(first.text);
  const differ: string[] = [];
  for (let k = 0; k <= now.text.length; k++) {
    for (const to of [k, k + 1]) {
      if (to > now.text.length) continue;
      const [a, b] = [now.toSource(k, to), first.toSource(k, to)];
      const same = a.start === b.start && a.end === b.end;
      const within = a.start === a.end || (a.start >= b.start && a.end <= b.end);
      if (exact ? !same : !within) differ.push(`${k}..${to}: ${a.start}..${a.end}, not ${b.start}..${b.end}`);
    }
  }
  expect(differ).toEqual([]);
}

describe('saidby/html on random tag soup', () => {
  it('never throws, with any maxDepth, and gives a valid result', () => {
    fc.assert(
      fc.property(soup, fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }), (html, maxDepth) => {
        const options = maxDepth === undefined ? {} : { maxDepth };
        const page = htmlToText(html, options);
        const r = extractQuotesFromHtml(html, options);
        expect(r.text).toBe(page.text);
        validateResult(r.text, r);
      }),
      { numRuns: RUNS },
    );
  });

  it("every span's source slices back to the HTML it came from", () => {
    fc.assert(
      fc.property(fc.oneof(soup, page), (html) => {
        const r = extractQuotesFromHtml(html);
        const text = htmlToText(html);
        expect(text.text).toBe(r.text);
        expectSliceBack(html, text, sourcedSpans(r));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives what htmlToText followed by extractQuotes gives, plus the sources', () => {
    fc.assert(
      fc.property(fc.oneof(soup, page), (html) => {
        const { html: same, ...r } = extractQuotesFromHtml(html);
        expect(same).toBe(html);
        const plain = extractQuotes(htmlToText(html).text);
        expect(r.quotes.map((q) => q.text)).toEqual(plain.quotes.map((q) => q.text));
        // The whole result, key order too: the CLI prints it as JSON.
        expect(JSON.stringify(withoutSources(r))).toBe(JSON.stringify(plain));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads every page as the first reader did: the same text, each character from the same source or within it', () => {
    fc.assert(
      fc.property(soup, (html) => expectAsFirstReader(html, false)),
      { numRuns: RUNS * 3 },
    );
  });

  it('the tree builder never holds more than maxDepth elements open', () => {
    fc.assert(
      fc.property(soup, fc.integer({ min: 1, max: 5 }), (html, maxDepth) => {
        let open = 0;
        let most = 0;
        const builder = new TreeBuilder<number>(
          html,
          {
            onopentag: () => {
              most = Math.max(most, ++open);
              return open;
            },
            onclosetag: () => void open--,
            ontext: () => undefined,
          },
          { maxDepth, attributes: new Set() },
        );
        builder.run();
        expect(open).toBe(0);
        // A void element (`<br>`) opens and closes at once, on top of the open ones.
        expect(most).toBeLessThanOrEqual(maxDepth + 1);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('saidby/html on real-looking pages', () => {
  it('maps text after a `</` that starts no end tag to itself, as the first reader did not', () => {
    const html = 'a</&amp;b';
    const page = htmlToText(html);
    expect(page.text).toBe('a&amp;b');
    expect(page.toSource(1, 2)).toEqual({ start: 3, end: 4 });
    expect(firstHtmlToText(html).toSource(1, 2)).toEqual({ start: 1, end: 9 });
  });

  it('leaves out the last character of a page that ends inside an end tag, as the first reader did not', () => {
    expect(htmlToText('<p>Said.</p></p x').text).toBe('Said.');
    expect(firstHtmlToText('<p>Said.</p></p x').text).toBe('Said.\n\nx');
  });

  it('leaves out a page that ends inside the comment `</` opens before a non-letter, as a browser does', () => {
    // found by a sweep of the property above (fast-check seed -1009873342, 35,347th run)
    expect(htmlToText('</\nHe said that the plan had failed.').text).toBe('');
    expect(firstHtmlToText('</\nHe said that the plan had failed.').text).toBe('.');
    expect(htmlToText('<p>Yes.</p></ no>Later.').text).toBe('Yes.\n\nLater.');
  });

  it('reads the fixture pages as the first reader did', () => {
    for (const name of ['news-page.html', 'div-soup.html', 'two-articles.html'])
      expectAsFirstReader(fixture(name), true);
  });

  it('reads generated news pages as the first reader did, and finds their quotes', () => {
    fc.assert(
      fc.property(page, (html) => {
        expectAsFirstReader(html, true);
        const r = extractQuotesFromHtml(html);
        expect(r.text).not.toMatch(/Share on social|Another story|not text|The Courier/);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('limits: maxLength and maxDepth', () => {
  const QUOTE = '<p>"We will win," Mara Lind said.</p>';

  it('maxLength applies to the HTML, before it is parsed, with the RangeError of text', () => {
    // 18 characters of text in some 2,000 of HTML: the limit is on the HTML.
    const html = `<!--${'x'.repeat(2000)}--><p>The vote is today.</p>`;
    expect(htmlToText(html).text).toBe('The vote is today.');
    for (const call of [
      () => extractQuotesFromHtml(html, { maxLength: 100 }),
      () => htmlToText(html, { maxLength: 100 }),
    ]) {
      expect(call).toThrow(RangeError);
      expect(call).toThrow(`saidby: html is ${html.length} characters long, over options.maxLength (100)`);
    }
    expect(() => extractQuotes('x'.repeat(101), { maxLength: 100 })).toThrow(
      'saidby: text is 101 characters long, over options.maxLength (100)',
    );
    expect(extractQuotesFromHtml(html, { maxLength: html.length }).text).toBe('The vote is today.');
    expect(htmlToText(html, { maxLength: Infinity }).text).toBe('The vote is today.');
  });

  it('maxDepth must be a whole number from 1, or Infinity; anything else is a TypeError', () => {
    for (const bad of [0, -1, 1.5, NaN, '3', null, [], {}]) {
      expect(() => htmlToText('<p>x</p>', { maxDepth: bad as number })).toThrow(TypeError);
      expect(() => extractQuotesFromHtml('<p>x</p>', { maxDepth: bad as number })).toThrow(
        /options\.maxDepth must be a whole number of elements \(1 or more, or Infinity\)/,
      );
    }
    expect(htmlToText('<p>x</p>', { maxDepth: 1 }).text).toBe('x');
    expect(htmlToText('<p>x</p>', { maxDepth: Infinity }).text).toBe('x');
    // An option of the HTML reader only, and spelt as documented.
    expect(() => extractQuotes('x', { maxDepth: 3 } as never)).toThrow(/unknown option 'maxDepth'/);
    expect(() => htmlToText('x', { maxdepth: 3 } as never)).toThrow(/unknown option 'maxdepth'.*maxDepth, maxLength/);
    expect(() => htmlToText('x', { minConfidence: 1 } as never)).toThrow(TypeError);
    expect(() => htmlToText('x', null as never)).toThrow(/options must be an object/);
    expect(() => extractQuotesFromHtml('x', { maxDepth: 3, minconfidence: 1 } as never)).toThrow(
      /unknown option 'minconfidence'.*maxDepth/,
    );
  });

  it('deeper markup is flattened, not dropped: its text and blocks are kept', () => {
    const deep = `${'<div>'.repeat(DEFAULT_MAX_DEPTH + 100)}<p>One.</p><p>Two.</p>${'</div>'.repeat(600)}<p>Three.</p>`;
    expect(htmlToText(deep).text).toBe('One.\n\nTwo.\n\nThree.');
    expect(htmlToText(deep, { maxDepth: 2 }).text).toBe('One.\n\nTwo.\n\nThree.');
    // Past the limit an element closes the innermost open one and takes its place, as a `<p>` closes an open `<p>`:
    // here `<b>` closes the `<p>` (a paragraph break) and `<i>` the `<b>`; the stray `</p>` is an empty paragraph.
    const html = '<div><div><div><p>a<b>b<i>c</i></b></p><p>d</p></div></div></div>';
    expect(htmlToText(html, { maxDepth: 2 }).text).toBe('a\n\nbc\n\nd');
    expect(htmlToText(html, { maxDepth: 5 }).text).toBe('abc\n\nd');
    // What a flattened element was inside stays: dropped stays dropped, a link a link.
    const nav = '<nav><div><div><p>Menu</p></div></div></nav><p>Story.</p>';
    expect(htmlToText(nav, { maxDepth: 2 }).text).toBe('Story.');
    const links = '<p>See <a href=x><span><b><i>the list</i></b></span></a></p><p>Body text here.</p>';
    expect(htmlToText(links, { maxDepth: 2 }).text).toBe('Body text here.');
  });

  it('the default is 512, and a page of 100,000 nested elements keeps its quote', () => {
    expect(DEFAULT_MAX_DEPTH).toBe(512);
    for (const [open, close] of [
      ['<div>', '</div>'],
      ['<ul><li>', '</li></ul>'],
      ['<b><i>x', '</i></b>'],
    ] as const) {
      const html = `${open.repeat(100_000)}${QUOTE}${close.repeat(100_000)}`;
      for (const maxDepth of [DEFAULT_MAX_DEPTH, Infinity]) {
        const r = extractQuotesFromHtml(html, { maxDepth });
        expect(r.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We will win,', 'Mara Lind']]);
      }
    }
  });
});

describe('hostile pages, small: they finish and keep their quote', () => {
  const QUOTE = '<p>"We will win," Mara Lind said.</p>';
  const cases: Array<[string, string]> = [
    ['never-closed <div>s', `${'<div>'.repeat(20_000)}${QUOTE}`],
    ['end tags that match nothing', `${'<div>'.repeat(20_000)}${QUOTE}${'</span>'.repeat(20_000)}`],
    ['nested <q>', `<p>${'<q>a '.repeat(2_000)}</p>${QUOTE}`],
    ['nested <svg>', `${'<svg><path/>'.repeat(10_000)}${'</svg>'.repeat(10_000)}${QUOTE}`],
    ['thousands of attributes', `<p${' class="story" data-a=1 b'.repeat(5_000)}>${QUOTE.slice(3)}`],
    ['a long class value', `<div class="${'story x-y '.repeat(20_000)}">${QUOTE}</div>`],
    ['&amp; chains', `<p>${'&amp;'.repeat(20_000)}</p><p>&amp${'amp;'.repeat(5_000)}</p>${QUOTE}`],
    ['numeric references out of range', `<p>${'&#x110000;&#99999999999;&#0;&#xD800;'.repeat(2_000)}</p>${QUOTE}`],
    ['comments and CDATA', `${'<!-- a -- b --><!----><![CDATA[ a ]] ]]>'.repeat(5_000)}${QUOTE}`],
    ['a never-closed comment', `${QUOTE}<!--${'- -!- >'.repeat(10_000)}`],
    ['a never-closed <script>', `${QUOTE}<script>${'var a = "</scr" + "<\\/script"; '.repeat(5_000)}`],
    ['a never-closed <style>', `${QUOTE}<style>${'p { color: red } </styl </ '.repeat(5_000)}`],
  ];
  for (const [name, html] of cases) {
    it(name, () => {
      const r = extractQuotesFromHtml(html);
      validateResult(r.text, r);
      expect(r.quotes.map((q) => q.speaker?.name)).toContain('Mara Lind');
    });
  }
});
