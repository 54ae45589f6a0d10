// saidby/render: structure, nesting, and escaping of hostile input.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { renderHtml, renderText, wikidataUrl, type RenderInput } from '../src/render/index.js';
import type { Entity, Quote } from '../src/types.js';

/** Written out here rather than imported, so a mistake in the module's escaper cannot hide. */
function escaped(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const stripTags = (html: string): string => html.replace(/<[^<>]*>/g, '');

interface Tag {
  readonly name: string;
  readonly close: boolean;
  readonly attrs: Record<string, string>;
  readonly raw: string;
}

/**
 * Every tag of the output, checked to be of the only form the renderer may write: a lower-case name and
 * double-quoted attribute values holding no `"`, `<` or `>`. Throws on anything else.
 */
function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(/<[^<>]*>/g)) {
    const raw = m[0];
    if (raw.startsWith('<!doctype')) continue;
    const t = /^<(\/?)([a-z][a-z0-9]*)((?: [a-z-]+="[^"<>]*")*)\s*>$/.exec(raw);
    if (!t) throw new Error(`unexpected markup: ${raw}`);
    const attrs: Record<string, string> = {};
    for (const a of (t[3] ?? '').matchAll(/ ([a-z-]+)="([^"]*)"/g)) attrs[a[1] as string] = a[2] as string;
    out.push({ name: t[2] as string, close: t[1] === '/', attrs, raw });
  }
  return out;
}

const VOID = new Set(['meta', 'br']);

/** Checks that the elements nest: every close tag closes the innermost open element. */
function expectWellNested(html: string): void {
  const stack: string[] = [];
  for (const t of tags(html)) {
    if (VOID.has(t.name)) continue;
    if (!t.close) stack.push(t.name);
    else expect(stack.pop(), `closing </${t.name}>`).toBe(t.name);
  }
  expect(stack).toEqual([]);
}

/** Character references back to characters (only those the renderer writes). */
function unescape(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '',
  );
}

const ARTICLE = readFileSync(new URL('../examples/article.txt', import.meta.url), 'utf8');

describe('renderHtml: structure', () => {
  const result = extractQuotes(ARTICLE);
  const html = renderHtml(result);
  const all = tags(html);

  it('gives back the text exactly once the tags are removed, and nests its elements', () => {
    expect(result.quotes.length).toBeGreaterThan(5);
    expect(stripTags(html)).toBe(escaped(ARTICLE));
    expect(unescape(stripTags(html))).toBe(ARTICLE);
    expectWellNested(html);
  });

  it('highlights every quote part, labelled with its speaker on the first', () => {
    for (const q of result.quotes) {
      const marks = all.filter((t) => !t.close && t.name === 'mark' && t.attrs['data-quote'] === q.id);
      expect(marks.length).toBeGreaterThanOrEqual(q.parts.length);
      for (const m of marks) {
        expect(m.attrs['class']).toContain(`sb-${q.kind}`);
        expect(unescape(m.attrs['data-speaker'] ?? '')).toBe(q.speaker?.name ?? '');
      }
      const labelled = marks.filter((m) => 'data-label' in m.attrs);
      expect(labelled).toHaveLength(1);
      expect(unescape(labelled[0]?.attrs['data-label'] ?? '')).toBe(q.speaker?.name ?? '?');
      // The marked text of each part is the part.
      for (const [i, p] of q.parts.entries()) {
        expect(markedText(html, `data-quote="${q.id}"`, `data-part="${i}"`, 'mark')).toBe(p.text);
      }
    }
  });

  it('marks each cue and speaker mention, and each entity mention with its entity and colour', () => {
    for (const q of result.quotes) {
      if (q.cue) expect(markedText(html, 'class="sb-cue"', `data-quote="${q.id}"`, 'span')).toBe(q.cue.text);
      if (q.speaker)
        expect(markedText(html, 'class="sb-speaker"', `data-quote="${q.id}"`, 'span')).toBe(q.speaker.mention.text);
    }
    result.entities.forEach((e, index) => {
      const spans = all.filter((t) => !t.close && t.attrs['data-entity'] === e.id);
      expect(spans.length).toBeGreaterThanOrEqual(e.mentions.length);
      for (const s of spans) expect(s.attrs['class']?.split(' ')).toContain(`sb-c${index % 12}`);
      if (e.link) expect(unescape(spans[0]?.attrs['title'] ?? '')).toContain(e.link.id);
    });
  });

  it('makes a page with its CSS, a quote table and the entity list', () => {
    const page = renderHtml(result, { page: true, title: 'Bridge <story>' });
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<title>Bridge &lt;story&gt;</title>');
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page).toContain('.sb-quote');
    expectWellNested(page);
    const rows = tags(page).filter((t) => !t.close && t.name === 'tr' && t.attrs['data-quote']);
    expect(rows.map((r) => r.attrs['data-quote'])).toEqual(result.quotes.map((q) => q.id));
    expect(renderHtml(result, { page: true, table: false })).not.toContain('<table');
    expect(renderHtml(result, { table: true })).toContain('<table class="sb-table">');
  });
});

/** The text inside the element(s) whose open tag holds both attribute strings (fragments joined). */
function markedText(html: string, a: string, b: string, name: string): string {
  let out = '';
  let depth = 0;
  let inside = false;
  let pos = 0;
  for (const m of html.matchAll(/<[^<>]*>/g)) {
    if (inside) out += html.slice(pos, m.index);
    pos = m.index + m[0].length;
    if (inside) {
      if (m[0].startsWith(`</${name}`)) {
        if (depth === 0) inside = false;
        else depth--;
      } else if (m[0].startsWith(`<${name}`)) depth++;
    } else if (m[0].startsWith(`<${name}`) && m[0].includes(a) && m[0].includes(b)) inside = true;
  }
  return unescape(out);
}

describe('renderHtml: hostile input', () => {
  const HOSTILE =
    'Dr Eve <script>alert(1)</script> Smith arrived. "Click javascript:alert(document.cookie) now, \'x\' & <b>y</b>," Eve Smith said. ' +
    '"</style><img src=x onerror=alert(2)> and </mark></span></div>," Eve Smith told reporters.\n' +
    'Mallory "><svg onload=alert(3)> said she agreed.';
  const kb = [
    {
      id: 'javascript:alert(4)',
      label: '</style><script>alert("kb")</script>',
      type: 'person' as const,
      aliases: ['Eve Smith'],
      roles: ['doctor'],
    },
  ];
  const result = extractQuotes(HOSTILE, { extraEntities: kb });

  it('finds the quotes and the hostile link (so the checks below see them)', () => {
    expect(result.quotes.length).toBeGreaterThanOrEqual(2);
    expect(result.entities.some((e) => e.link?.id === 'javascript:alert(4)')).toBe(true);
  });

  for (const page of [false, true]) {
    it(`escapes everything (${page ? 'page' : 'fragment'})`, () => {
      const html = renderHtml(result, { page, title: '</title><script>alert(5)</script>' });
      const all = tags(html); // throws on any tag the renderer did not write itself
      expect(new Set(all.map((t) => t.name))).not.toContain('script');
      expect(new Set(all.map((t) => t.name))).not.toContain('img');
      expect(new Set(all.map((t) => t.name))).not.toContain('svg');
      expect(html.match(/<\/style>/g) ?? []).toHaveLength(page ? 1 : 0);
      expect(html.match(/<\/title>/g) ?? []).toHaveLength(page ? 1 : 0);
      for (const t of all) {
        for (const [k, v] of Object.entries(t.attrs)) {
          expect(k.startsWith('on'), t.raw).toBe(false);
          if (k === 'href') expect(v).toMatch(/^https:\/\/www\.wikidata\.org\/wiki\/Q\d+$/);
        }
      }
      expect(html).not.toMatch(/href="javascript/i);
      expectWellNested(html);
      const doc = renderText(result);
      expect(stripTags(doc)).toBe(escaped(HOSTILE));
    });
  }

  it('links only Q ids', () => {
    expect(wikidataUrl('Q7747')).toBe('https://www.wikidata.org/wiki/Q7747');
    for (const id of ['javascript:alert(1)', 'Q7747"', 'Q', 'q7747', ' Q1', 'Q1/../x', 'Q1\n'])
      expect(wikidataUrl(id)).toBeNull();
  });

  it('rejects what is not a result, and skips spans outside the text', () => {
    expect(() => renderHtml(null as unknown as RenderInput)).toThrow(TypeError);
    expect(() => renderHtml({ text: 1 } as unknown as RenderInput)).toThrow(TypeError);
    const stale: RenderInput = { text: 'short', quotes: [quoteAt(2, 99), quoteAt(-1, 2), quoteAt(3, 3)], entities: [] };
    expect(stripTags(renderHtml(stale))).toBe('short');
  });
});

function quoteAt(start: number, end: number, over: Partial<Quote> = {}): Quote {
  const span = { start, end, text: '', tokenStart: 0, tokenEnd: 0, sentence: 0 };
  return {
    id: `q${start}-${end}`,
    kind: 'direct',
    parts: [span],
    text: '',
    cue: null,
    speaker: { mention: span, entity: null, name: 'X', type: 'person' },
    confidence: 0.5,
    rule: 'quote-cue-speaker',
    ...over,
  };
}

describe('renderText: any spans, however they overlap', () => {
  const ALPHABET = ['a', ' ', '<', '>', '&', '"', "'", '\n', 'é', '😀', '/', '='];
  it('is well nested and gives back the text, with every span covered exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 40 }).map((cs) => cs.join('')),
        fc.array(fc.tuple(fc.nat(50), fc.nat(50), fc.constantFrom('part', 'cue', 'speaker', 'mention')), {
          maxLength: 12,
        }),
        (text, raw) => {
          const spans = raw.map(([a, b, kind]) => ({
            start: Math.min(a, b) % (text.length + 1),
            end: Math.max(a, b) % (text.length + 1),
            kind,
          }));
          const quotes: Quote[] = [];
          const entities: Entity[] = [];
          spans.forEach((s, i) => {
            const [from, to] = [Math.min(s.start, s.end), Math.max(s.start, s.end)];
            const span = { start: from, end: to, text: '', tokenStart: 0, tokenEnd: 0, sentence: 0 };
            if (s.kind === 'mention') {
              entities.push({
                id: `e${i}`,
                name: 'N',
                type: 'person',
                mentions: [{ ...span, kind: 'name' }],
                titles: [],
                gender: null,
                nationality: null,
                affiliations: [],
              });
            } else {
              quotes.push({
                ...quoteAt(0, 0),
                id: `q${i}`,
                parts: s.kind === 'part' ? [span] : [],
                cue: s.kind === 'cue' ? { ...span, lemma: 'say', class: 'speech' } : null,
                speaker: s.kind === 'speaker' ? { mention: span, entity: null, name: 'S', type: 'person' } : null,
              });
            }
          });
          const html = renderText({ text, quotes, entities });
          expectWellNested(html);
          expect(stripTags(html)).toBe(escaped(text));
          // Each non-empty mention's text is covered by its element(s).
          for (const e of entities) {
            const m = e.mentions[0];
            if (m && m.end > m.start)
              expect(markedText(html, `data-entity="${e.id}"`, 'sb-ent', 'span')).toBe(text.slice(m.start, m.end));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('renderHtml: any text through the whole pipeline', () => {
  const WORDS = [
    '"',
    '“',
    '”',
    "'",
    '<script>',
    '</style>',
    '<b onclick="x()">',
    '&amp;',
    '&',
    '>',
    'javascript:alert(1)',
    ' said ',
    'Anna Berg',
    ' he ',
    ', ',
    '. ',
    '\n',
    'told reporters',
    'according to',
    'Putin',
    '</mark>',
    '<!--',
    'a',
  ];
  it('writes only its own markup, and the text comes back exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), (words) => {
        const text = words.join('');
        const result = extractQuotes(text);
        const html = renderHtml(result, { page: true, title: text });
        tags(html); // throws on any tag the renderer did not write itself
        expectWellNested(html);
        expect(stripTags(renderText(result))).toBe(escaped(text));
      }),
      { numRuns: 200 },
    );
  });
});
