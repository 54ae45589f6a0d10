// The CLI's HTML options, in-process: `--html out.html` writes a page; `.html` inputs and `--from-html` read HTML.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../src/cli/args.js';
import { isHtmlInput } from '../src/cli/html.js';
import { runCli } from './helpers/cli.js';

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'saidby-cli-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PAGE = 'test/fixtures/html/news-page.html';

describe('CLI: HTML', () => {
  it('parses --html and --from-html, and refuses what cannot work', () => {
    expect(parseCliArgs(['a.txt', '--html', 'out.html'])).toMatchObject({ htmlOut: 'out.html', files: ['a.txt'] });
    expect(parseCliArgs(['--from-html'])).toMatchObject({ fromHtml: true });
    for (const bad of [
      ['--html'],
      ['--html', ''],
      ['--jsonl', '--html', 'o.html'],
      ['a', 'b', '--html', 'o.html'],
      ['--jsonl', '--from-html'],
    ]) {
      expect(() => parseCliArgs(bad), bad.join(' ')).toThrow(UsageError);
    }
    expect(isHtmlInput('page.HTM', false)).toBe(true);
    expect(isHtmlInput('page.html', false)).toBe(true);
    expect(isHtmlInput('notes.txt', false)).toBe(false);
    expect(isHtmlInput('-', true)).toBe(true);
  });

  it('--html writes the highlighted page and still prints the quotes', async () => {
    const out = join(dir, 'article.html');
    const r = await run(['examples/article.txt', '--html', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(' quotes (');
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<title>saidby: article.txt</title>');
    const quotes = r.out.trimEnd().split('\n').length - 1;
    expect(page.match(/<mark class="sb-quote[^>]*data-label=/g)).toHaveLength(quotes);
  });

  it('reads a .html file as a page: no boilerplate quotes, spans with sources', async () => {
    const html = readFileSync(PAGE, 'utf8');
    const text = await run([PAGE]);
    expect(text.code).toBe(0);
    expect(text.out).toContain(
      'Jonas Ek (said) [direct]: “This tunnel is finished, and it is safe, Every bolt has been checked twice.”',
    );
    expect(text.out).not.toMatch(/the (script|banner|footer) said/);
    const json = await run(['--json', PAGE]);
    const r = JSON.parse(json.out) as {
      html?: string;
      quotes: { parts: { text: string; source: { start: number; end: number } }[] }[];
    };
    expect(r.html).toBeUndefined();
    expect(r.quotes.length).toBeGreaterThan(2);
    const part = r.quotes.flatMap((q) => q.parts).find((p) => p.text.includes('invoice'));
    expect(part && html.slice(part.source.start, part.source.end)).toBe(
      'We will publish every invoice &amp; every contract,',
    );
  });

  it('--from-html reads stdin as HTML', async () => {
    const html = '<p>&ldquo;We won,&rdquo; <b>Anna Berg</b> said.</p><script>"No," x said.</script>';
    expect((await run(['--from-html'], html)).out).toContain('Anna Berg (said) [direct]: “We won,”');
    expect((await run(['--from-html'], html)).out).not.toContain('No,');
  });

  it('reads a page piped in without --from-html as HTML, and says so on stderr', async () => {
    const page =
      '\n<!-- saved from a browser -->\n<!DOCTYPE html><html><head><script>var s = "Buy now," the ad said;</script>' +
      '</head><body><nav>"Home," the menu said.</nav><p>&ldquo;The bridge opens in May,&rdquo; Dara Quill said.</p>' +
      '</body></html>';
    const r = await run([], page);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Dara Quill (said) [direct]: “The bridge opens in May,”');
    expect(r.out).not.toMatch(/Buy now|Home,|&ldquo;/);
    expect(r.err).toBe('saidby: note: stdin starts like an HTML page: read as HTML, as --from-html does\n');
    // A file of another name is sniffed too, and --json gives offsets into the page.
    const file = join(dir, 'saved-page.txt');
    writeFileSync(file, page);
    const json = await run(['--json', file]);
    expect(json.err).toContain(`saidby: note: ${file} starts like an HTML page`);
    const [quote] = (JSON.parse(json.out) as { quotes: { parts: { source: { start: number; end: number } }[] }[] })
      .quotes;
    const source = quote?.parts[0]?.source;
    expect(source && page.slice(source.start, source.end)).toBe('The bridge opens in May,');
    // Said outright, there is no note.
    expect((await run(['--from-html'], page)).err).toBe('');
  });

  it('keeps plain text with a < in it, or starting with a fragment, as text', async () => {
    for (const text of [
      '"Profits rose by <5%," Ola Brandt said. <html> is a tag, she added.',
      '<p>"Tags stay as they are," Ola Brandt said.</p>',
      '<htmlish> "Not a page," Ola Brandt said.',
    ]) {
      const r = await run(['--json'], text);
      expect(r.err, text).toBe('');
      // Read as text, the result's text is the input itself, tags and all (read as HTML, it would be the page's text).
      expect((JSON.parse(r.out) as { text: string }).text, text).toBe(text);
    }
  });

  it('reports an --html file it cannot write, with exit code 1', async () => {
    const r = await run(['examples/article.txt', '--html', join(dir, 'no', 'such', 'dir.html')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/dir\.html/);
  });
});
