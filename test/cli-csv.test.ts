// --fields and --csv: the CLI's output for big corpora (docs/cli.md).
import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../src/cli/args.js';
import { csvField, csvRows, CSV_HEADER } from '../src/cli/csv.js';
import { runCli as run } from './helpers/cli.js';
import { extractQuotes } from '../src/index.js';

/** Splits RFC 4180 text into rows of fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\r')) {
      field += c;
    } else if (c === ',') {
      endField();
    } else if (text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('--fields', () => {
  const line = JSON.stringify({ id: 'n1', text: '"We will open the ferry line in May," Mara Ilves said.' });

  it('writes exactly the fields asked for, with the id', async () => {
    const r = await run(['--jsonl', '--fields', 'quotes,sentences'], line + '\n');
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(rec).sort()).toEqual(['id', 'quotes', 'sentences']);
  });

  it('--jsonl writes quotes, entities and warnings by default; --tokens adds the tokens', async () => {
    const rec = JSON.parse((await run(['--jsonl'], line + '\n')).out) as Record<string, unknown>;
    expect(Object.keys(rec).sort()).toEqual(['entities', 'id', 'quotes', 'warnings']);
    const withTokens = JSON.parse((await run(['--jsonl', '--tokens'], line + '\n')).out) as Record<string, unknown>;
    expect(Object.keys(withTokens).sort()).toEqual(['entities', 'id', 'quotes', 'tokens', 'warnings']);
  });

  it('picks fields for --json too', async () => {
    const r = await run(['--json', '--fields', 'entities'], 'Mara Ilves said the line opens in May.');
    expect(Object.keys(JSON.parse(r.out) as object)).toEqual(['entities']);
  });

  it('passes the field list to the worker threads', () => {
    expect(parseCliArgs(['--jsonl', '--fields', 'quotes, text', '--tokens'])).toMatchObject({
      fields: ['quotes', 'text', 'tokens'],
    });
    expect(parseCliArgs(['--json'])).toMatchObject({ fields: false });
  });

  it.each([
    [['--jsonl', '--fields', 'quotes,speakers']],
    [['--jsonl', '--fields', '']],
    [['--fields', 'quotes', 'a.txt']],
  ])('rejects %j', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });

  it('exits 2 with one line for an unknown field', async () => {
    const r = await run(['--jsonl', '--fields', 'quotes,speakers'], line + '\n');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/'speakers'/);
  });
});

describe('--csv', () => {
  it('quotes a field with a comma, a double quote or a line break, doubling its quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('the "new" line')).toBe('"the ""new"" line"');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\rtwo')).toBe('"one\rtwo"');
  });

  it('writes a quote holding a comma, a double quote and a newline as one row that reads back', () => {
    // Made by hand: the rows are what is tested here, not the extraction.
    const span = { start: 0, end: 4, text: 'said', tokenStart: 0, tokenEnd: 1, sentence: 0 };
    const text = 'The ferry, the one they call "Old Mary", runs\non Sundays now';
    const speaker = { mention: { ...span, text: 'Ilves' }, entity: 'e1', name: 'Mara Ilves', type: 'person' as const };
    const quote = { id: 'q0', kind: 'direct' as const, parts: [], text, speaker, confidence: 0.9 };
    const cue = { ...span, lemma: 'say', class: 'speech' as const };
    const entity = { id: 'e1', link: { id: 'Q123', label: 'Mara Ilves', score: 1, source: 'test' } };
    const result = { quotes: [{ ...quote, cue, rule: 'quote-cue-speaker' as const }], entities: [entity] };
    const out = csvRows('p,1', result as unknown as Parameters<typeof csvRows>[1]);
    expect(out).toBe(
      '"p,1",direct,Mara Ilves,Q123,said,"The ferry, the one they call ""Old Mary"", runs\non Sundays now",0.9\r\n',
    );
    expect(parseCsv(out)).toEqual([['p,1', 'direct', 'Mara Ilves', 'Q123', 'said', text, '0.9']]);
  });

  it("writes a header and a row per quote for --jsonl input, with the line's id", async () => {
    const line = JSON.stringify({ id: 'p,1', text: '"The ferry runs, at last, on Sundays," Mara Ilves said.' });
    const r = await run(['--jsonl', '--csv'], line + '\n');
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    expect(rows).toEqual([
      CSV_HEADER.split(','),
      ['p,1', 'direct', 'Mara Ilves', '', 'said', expect.any(String), expect.stringMatching(/^(0\.\d+|1)$/)],
    ]);
    expect(rows[1]?.[5]).toContain('runs, at last,');
  });

  it('gives the Wikidata id of a linked speaker', () => {
    const result = extractQuotes('"We stand with our allies," Joe Biden said.');
    const rows = parseCsv(csvRows('', result));
    const entity = result.entities.find((e) => e.id === result.quotes[0]?.speaker?.entity);
    expect(entity?.link?.id).toMatch(/^Q\d+$/); // the bundled knowledge base knows him
    expect(rows[0]?.[3]).toBe(entity?.link?.id);
  });

  it('uses the file name as id for a text input, and nothing for stdin', async () => {
    const r = await run(['--csv'], '"It was a long winter," Mara Ilves said.');
    expect(r.code).toBe(0);
    expect(parseCsv(r.out)[1]?.slice(0, 3)).toEqual(['', 'direct', 'Mara Ilves']);
  });

  it('counts a bad JSONL line on stderr and writes no row for it', async () => {
    const r = await run(['--jsonl', '--csv'], '{broken\n{"id":2,"text":"\\"Yes,\\" she said."}\n');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/1 bad line/);
    expect(parseCsv(r.out).map((row) => row[0])).toEqual(['id', '2']);
  });

  it.each([[['--csv', '--json']], [['--jsonl', '--csv', '--fields', 'quotes']], [['--csv', '--tokens']]])(
    'rejects %j',
    (argv) => {
      expect(() => parseCliArgs(argv)).toThrow(UsageError);
    },
  );
});
