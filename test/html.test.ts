// saidby/html: article text out of a news page, boilerplate dropped, and every span placed in the HTML source.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractQuotesFromHtml, htmlToText, type HtmlResult } from '../src/html/index.js';
import { extractQuotes } from '../src/index.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/html/${name}`, import.meta.url), 'utf8');

/** What a stretch of HTML reads as: tags dropped, references decoded, whitespace collapsed (an independent parse). */
function reads(fragment: string): string {
  return DomUtils.textContent(parseDocument(fragment)).replace(/[ \t\n\r\f]+/g, ' ');
}

/** Every span of a result, with its source range. */
function sourcedSpans(r: HtmlResult) {
  return [
    ...r.tokens,
    ...r.quotes.flatMap((q) => [...q.parts, ...(q.cue ? [q.cue] : []), ...(q.speaker ? [q.speaker.mention] : [])]),
    ...r.entities.flatMap((e) => e.mentions),
  ];
}

/** Checks that each span's source reads as its text (the marks `<q>` adds are not in the source). */
function expectSourcesRead(r: HtmlResult): void {
  const spans = sourcedSpans(r);
  expect(spans.length).toBeGreaterThan(0);
  for (const s of spans) {
    expect(r.text.slice(s.start, s.end)).toBe(s.text);
    expect(s.source.start).toBeLessThanOrEqual(s.source.end);
    const want = s.text.replace(/[“”]/g, '').replace(/\s+/g, ' ');
    const got = reads(r.html.slice(s.source.start, s.source.end)).replace(/[“”]/g, '').trim();
    expect(got, `${JSON.stringify(s.text)} at ${s.source.start}`).toBe(want);
  }
}

describe('htmlToText: a news page', () => {
  const html = fixture('news-page.html');
  const page = htmlToText(html);
  const paragraphs = page.text.split('\n\n');

  it('keeps the article: headline, byline, caption and paragraphs, in order', () => {
    expect(paragraphs[0]).toBe('Harbour tunnel opens after three years of delays');
    expect(paragraphs[1]).toBe('By Mara Lind · 12 March 2024');
    expect(page.text).toContain(
      'VALDHAVEN — The harbour tunnel opened to traffic on Monday, three years late and €40\u00a0million over budget.',
    );
    expect(page.text).toContain(
      '“This tunnel is finished, and it is safe,” Transport Minister Jonas Ek said at the opening ceremony. “Every bolt',
    );
    expect(page.text).toContain('"We will publish every invoice & every contract," the minister told reporters.');
    // <q> gets its marks; <br> is a line break.
    expect(page.text).toContain('“The costs were hidden from the public for two years”, said Rosa Havel');
    expect(page.text).toContain('on each crossing.\nThe old ferry will stop in June.');
    expect(paragraphs.at(-1)).toBe(
      'Harbour pilot Tomas Berg said the new route would save ships an hour on each crossing.\nThe old ferry will stop in June.',
    );
  });

  it('drops scripts, styles, navigation, banners, share tools, related links, tags, forms and footers', () => {
    for (const gone of [
      'dataLayer',
      'font-family',
      'Skip to content',
      'Home',
      'Sport',
      'cookies',
      'Share on social',
      'Copy link',
      'Related',
      'Bridge repairs',
      'Transport\n',
      'Reprints',
      'Sign up',
      'Most read',
      'Call anytime',
      'Enable JavaScript',
      'Template text',
      'ld+json',
      'Valdmark Courier',
    ]) {
      expect(page.text, gone).not.toContain(gone);
    }
    expect(page.text).not.toMatch(/[<>]/);
    expect(page.text).not.toMatch(/ {2}|^ | $|\n /m);
  });

  it('maps every character back to its source', () => {
    for (let i = 0; i < page.text.length; i++) {
      const c = page.text[i] as string;
      const src = page.toSource(i, i + 1);
      const raw = html.slice(src.start, src.end);
      // inserted: block breaks, <br>, the marks of <q> (and references, checked below)
      if (c === '\n' || c === '“' || c === '”') continue;
      if (c === ' ') expect(raw, `space at ${i}`).toMatch(/^\s+$/);
      else if (raw !== c) expect(reads(raw), `${JSON.stringify(c)} at ${i} from ${JSON.stringify(raw)}`).toBe(c);
    }
    expect(
      html.slice(page.toSource(page.text.indexOf('&'), page.text.indexOf('&') + 1).start).startsWith('&amp;'),
    ).toBe(true);
    const euro = page.text.indexOf('€');
    expect(page.toSource(euro, euro + 1)).toEqual({
      start: html.indexOf('&euro;'),
      end: html.indexOf('&euro;') + '&euro;'.length,
    });
    expect(page.toSource(3, 3)).toEqual({ start: page.toSource(3, 4).start, end: page.toSource(3, 4).start });
    expect(page.toSource(page.text.length, page.text.length)).toEqual({ start: html.length, end: html.length });
    expect(() => page.toSource(-1, 2)).toThrow(RangeError);
    expect(() => page.toSource(0, page.text.length + 1)).toThrow(RangeError);
  });

  it('maps a reference right after an end tag with more than its name to the reference alone', () => {
    // the tokenizer reports `</b class=x>` at the name's end and nothing at its `>`
    const soup = '<p>Fares <b>up</b class=x>&euro;5</p>';
    const out = htmlToText(soup);
    const euro = out.text.indexOf('€');
    expect(out.toSource(euro, euro + 1)).toEqual({ start: soup.indexOf('&'), end: soup.indexOf('5') });
    expect(out.toSource(euro, euro + 2)).toEqual({ start: soup.indexOf('&'), end: soup.indexOf('5') + 1 });
  });
});

describe('extractQuotesFromHtml', () => {
  it('finds the quotes of a news page, each span placed in the text and in the HTML', () => {
    const html = fixture('news-page.html');
    const r = extractQuotesFromHtml(html);
    expect(r.html).toBe(html);
    expect(r.text).toBe(htmlToText(html).text);
    // The same result as on the extracted text, plus the sources.
    const plain = extractQuotes(r.text);
    expect(r.quotes.map((q) => [q.text, q.speaker?.name])).toEqual(plain.quotes.map((q) => [q.text, q.speaker?.name]));
    const said = r.quotes.map((q) => `${q.speaker?.name}: ${q.text}`);
    expect(said).toContain('Jonas Ek: This tunnel is finished, and it is safe, Every bolt has been checked twice.');
    expect(said).toContain('Rosa Havel: The costs were hidden from the public for two years');
    expect(said).toContain('Jonas Ek: We will publish every invoice & every contract,');
    expect(said.join('\n')).not.toMatch(
      /the (script|banner|footer|newsletter box|noscript|template) said|Accept all|Sign up/,
    );
    const invoice = r.quotes.find((q) => q.text.includes('invoice'));
    const part = invoice?.parts[0];
    expect(part && html.slice(part.source.start, part.source.end)).toBe(
      'We will publish every invoice &amp; every contract,',
    );
    const cue = invoice?.cue;
    expect(cue && html.slice(cue.source.start, cue.source.end)).toBe('told reporters');
    expectSourcesRead(r);
    const noMarks = (t: string): string => t.replace(/[“”]/g, '').replace(/\s+/g, ' ').trim();
    for (const p of r.paragraphs)
      expect(noMarks(reads(html.slice(p.source.start, p.source.end)))).toBe(noMarks(p.text));
  });

  it('without <article> or <main>: all blocks but the boilerplate', () => {
    const r = extractQuotesFromHtml(fixture('div-soup.html'));
    expect(r.text.split('\n\n')).toEqual([
      'Library reopens in Northgate',
      "Northgate's library reopened on Saturday after a flood closed it in the spring.",
      '"The children have their reading room back," head librarian Ines Moor said.',
      'Mayor Carl Anders said the town would pay for new shelves.',
      '"We counted eleven thousand books," volunteer Petra Sand said.',
    ]);
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Ines Moor', 'Carl Anders', 'Petra Sand']);
    expectSourcesRead(r);
  });

  it('with several <article>s: the one with the most text', () => {
    const r = extractQuotesFromHtml(fixture('two-articles.html'));
    expect(r.text.startsWith('Council votes on the river plan\n\n')).toBe(true);
    expect(r.text).not.toMatch(/teaser|Nothing to see/);
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Hana Ruiz']);
    expectSourcesRead(r);
  });

  it('takes a fragment or plain text too, and rejects what is not a string', () => {
    expect(extractQuotesFromHtml('"We won," she said.').quotes).toHaveLength(1);
    expect(htmlToText('<p>One &amp; two</p><p>Three</p>').text).toBe('One & two\n\nThree');
    expect(htmlToText('').text).toBe('');
    expect(() => extractQuotesFromHtml(null as unknown as string)).toThrow(TypeError);
    expect(() => extractQuotesFromHtml(null as unknown as string)).toThrow(
      /extractQuotesFromHtml\(html\) expects html to be a string/,
    );
    expect(() => extractQuotesFromHtml('<p>x</p>', { minconfidence: 1 } as never)).toThrow(
      /unknown option 'minconfidence'/,
    );
    expect(() => htmlToText(42 as unknown as string)).toThrow(TypeError);
  });

  it('never throws on broken HTML, and its map stays in order and in range', () => {
    const pieces = [
      '<p>',
      '</p>',
      '<div class="nav">',
      '</div>',
      '<q>',
      '</q>',
      '<br>',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '&amp;',
      '&#x1F600;',
      '&bogus;',
      '&',
      '<',
      '>',
      '"',
      ' ',
      '\n',
      'a',
      'Said',
      '<article>',
      '<pre>',
      '\r\n',
      '<a href=x>',
      '</a>',
      '<![CDATA[',
      ']]>',
      '<svg>',
      '<td>',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const html = parts.join('');
        const page = htmlToText(html);
        let last = 0;
        for (let i = 0; i < page.text.length; i++) {
          const s = page.toSource(i, i + 1);
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeLessThanOrEqual(html.length);
          last = s.start;
          // A character that is not a collapsed space, a line break or a decoded reference is its source.
          const c = page.text[i] as string;
          if (s.end - s.start === 1 && c !== ' ' && c !== '\n') expect(html[s.start]).toBe(c);
          if (s.end - s.start > 1 && c !== ' ') expect(html[s.start]).toBe('&');
        }
        extractQuotesFromHtml(html);
      }),
      { numRuns: 500 },
    );
  });
});
