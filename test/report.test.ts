// saidby/report's summary on a made-up corpus counted by hand (test/fixtures/report/corpus.ts says how), its
// classification of speakers, its bounded tables, the page it draws, and `saidby report` on the command line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../src/kb/custom.js';
import { extractQuotes } from '../src/index.js';
import {
  chartSpecs,
  createSummarizer,
  renderReport,
  summarize,
  summarizeAsync,
  type CorpusSummary,
} from '../src/report/index.js';
import { classifyLine } from '../src/cli/report.js';
import { dayOf } from '../src/report/summarize.js';
import { groupOf, isUnnamedPhrase, normalName, unnamedKey } from '../src/report/speaker.js';
import { CORPUS, CORPUS_JSONL, entity, quote } from './fixtures/report/corpus.js';
import { runCli } from './helpers/cli.js';

const groups = (s: CorpusSummary, field: 'quotes' | 'speakers') =>
  Object.fromEntries(Object.entries(s.groups).map(([g, v]) => [g, v[field]]));

describe('summarize: the hand-counted corpus', () => {
  const s = summarize(CORPUS);

  it('counts articles, quotes and dates', () => {
    expect(s.articles).toBe(5);
    expect(s.articlesWithQuotes).toBe(4);
    expect(s.skipped).toBe(0);
    expect(s.quotes).toEqual({ total: 15, direct: 8, mixed: 1, indirect: 6, attributed: 14, unattributed: 1 });
    expect(s.dates).toEqual({ first: '2024-01-10', last: '2024-02-03', missing: 1, invalid: 1 });
  });

  it('counts quotes and distinct speakers by group', () => {
    expect(groups(s, 'quotes')).toEqual({
      person: 8,
      organization: 1,
      place: 0,
      group: 0,
      unnamed: 4,
      unresolved: 1,
      other: 0,
    });
    expect(groups(s, 'speakers')).toEqual({
      person: 5,
      organization: 1,
      place: 0,
      group: 0,
      unnamed: 3,
      unresolved: 0,
      other: 0,
    });
    expect(s.unnamed).toEqual({
      quotes: 4,
      top: [
        { key: 'spokeswoman', count: 2 },
        { key: 'officials', count: 1 },
        { key: 'sources', count: 1 },
      ],
    });
  });

  it('merges speakers across articles by Wikidata id, else by normalised name', () => {
    expect(s.speakers.distinct).toBe(6);
    expect(s.speakers.exact).toBe(true);
    expect(s.speakers.top.map((p) => [p.name, p.quotes, p.articles])).toEqual([
      ['Maria Lindqvist', 3, 2],
      ['Olaf Brenner', 2, 2],
      ['Harbour Authority', 1, 1],
      ['Jo Castell', 1, 1],
      ['Pat Rowe', 1, 1],
      ['Sam Okafor', 1, 1],
    ]);
    expect(s.speakers.top[0]).toEqual({
      key: 'name:maria lindqvist',
      name: 'Maria Lindqvist',
      wikidata: null,
      group: 'person',
      gender: 'female',
      genderSource: 'title',
      nationality: 'Sweden',
      quotes: 3,
      articles: 2,
      direct: 2,
      directShare: 2 / 3,
      firstDate: '2024-01-10',
      lastDate: '2024-02-03',
      cues: [
        { key: 'say', count: 2 },
        { key: 'claim', count: 1 },
      ],
    });
    expect(s.speakers.top[1]).toMatchObject({
      key: 'Q900001',
      wikidata: 'Q900001',
      gender: 'male',
      genderSource: 'kb',
      direct: 1,
      directShare: 0.5,
      firstDate: '2024-01-10',
      lastDate: '2024-01-10',
      cues: [
        { key: 'claim', count: 1 },
        { key: 'say', count: 1 },
      ],
    });
    expect(s.speakers.top.find((p) => p.name === 'Harbour Authority')).toMatchObject({
      group: 'organization',
      gender: 'unknown',
      genderSource: null,
    });
  });

  it('counts gender, keeps unknown unknown, and says where each gender came from', () => {
    expect(s.gender.people).toEqual({ female: 2, male: 2, unknown: 1 });
    expect(s.gender.quotes).toEqual({ female: 4, male: 3, unknown: 1 });
    expect(s.gender.sources).toEqual({
      kb: { female: 0, male: 1 },
      title: { female: 1, male: 0 },
      pronoun: { female: 1, male: 0 },
      'first name': { female: 0, male: 1 },
    });
    expect(s.gender.unknownShare).toEqual({ people: 0.2, quotes: 0.125 });
    const by = Object.fromEntries(s.speakers.top.map((p) => [p.name, [p.gender, p.genderSource]]));
    expect(by).toMatchObject({
      'Jo Castell': ['female', 'pronoun'],
      'Sam Okafor': ['male', 'first name'],
      'Pat Rowe': ['unknown', null],
    });
  });

  it('counts nationality of people and of their quotes', () => {
    expect(s.nationality).toEqual({
      people: [
        { key: 'Germany', count: 1 },
        { key: 'Sweden', count: 1 },
      ],
      quotes: [
        { key: 'Germany', count: 2 },
        { key: 'Sweden', count: 2 },
      ],
      unknownPeople: 3,
      unknownQuotes: 4,
    });
  });

  it('counts by outlet and by month', () => {
    const person = { organization: 0, place: 0, group: 0, other: 0 };
    expect(s.outlets).toEqual([
      {
        key: 'Coast Herald',
        articles: 2,
        quotes: 6,
        gender: { female: 3, male: 1, unknown: 0 },
        groups: { ...person, person: 4, organization: 1, unnamed: 1, unresolved: 0 },
      },
      {
        key: 'Valley News',
        articles: 2,
        quotes: 4,
        gender: { female: 1, male: 1, unknown: 0 },
        groups: { ...person, person: 2, unnamed: 1, unresolved: 1 },
      },
    ]);
    expect(s.otherOutlets).toEqual({ outlets: 0, quotes: 0 });
    expect(s.months.map((m) => [m.key, m.articles, m.quotes, m.gender])).toEqual([
      ['2024-01', 2, 6, { female: 3, male: 1, unknown: 0 }],
      ['2024-02', 1, 4, { female: 1, male: 1, unknown: 0 }],
    ]);
  });

  it('counts cues by class, speaker group and gender', () => {
    const none = { person: 0, organization: 0, place: 0, group: 0, unnamed: 0, unresolved: 0, other: 0 };
    expect(s.cues.byClass).toEqual({
      speech: { ...none, person: 6, organization: 1, unnamed: 3, unresolved: 1 },
      writing: none,
      report: { ...none, person: 2, unnamed: 1 },
      thought: none,
      stance: none,
      plan: none,
      evidence: none,
    });
    expect(s.cues.lemmas.map((l) => [l.lemma, l.class, l.quotes, l.female, l.male])).toEqual([
      ['say', 'speech', 10, 3, 1],
      ['claim', 'report', 3, 1, 1],
      ['tell', 'speech', 1, 0, 1],
    ]);
    expect(s.cues.lemmas[0]?.groups).toEqual({ ...none, person: 5, organization: 1, unnamed: 3, unresolved: 1 });
  });

  it('counts a lemma apart in each class it comes with', () => {
    const body = entity({
      id: 'e0',
      name: 'Harbour Authority',
      type: 'organization',
      mentions: [['Harbour Authority', 'name']],
    });
    const said = (cls: 'speech' | 'report') =>
      quote('direct', { entity: body, mention: 'Harbour Authority' }, ['say', cls], 1);
    const t = summarize([{ entities: [body], quotes: [said('speech'), said('report'), said('report')] }]);
    expect(t.cues.lemmas.map((l) => [l.lemma, l.class, l.quotes])).toEqual([
      ['say', 'report', 2],
      ['say', 'speech', 1],
    ]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe('summarize: options and streams', () => {
  it('minConfidence leaves out the less sure quotes', () => {
    const s = summarize(CORPUS, { minConfidence: 0.6 });
    expect(s.quotes).toEqual({ total: 13, direct: 7, mixed: 1, indirect: 5, attributed: 13, unattributed: 0 });
    expect(s.groups.unresolved.quotes).toBe(0);
  });

  it('top caps every list', () => {
    const s = summarize(CORPUS, { top: 2 });
    expect(s.speakers.top.map((p) => p.name)).toEqual(['Maria Lindqvist', 'Olaf Brenner']);
    expect(s.speakers.distinct).toBe(6);
    expect(s.unnamed.top).toHaveLength(2);
    expect(s.cues.lemmas.map((l) => l.lemma)).toEqual(['say', 'claim']);
  });

  it('a knowledge base without a gender for the link makes it the first name’s', () => {
    const kb = createKnowledgeBase([{ id: 'Q900001', label: 'Olaf Brenner', type: 'person' }], 'fixture-kb');
    const s = summarize(CORPUS, { knowledgeBase: kb });
    expect(s.speakers.top[1]).toMatchObject({ name: 'Olaf Brenner', gender: 'male', genderSource: 'first name' });
    const withGender = createKnowledgeBase(
      [{ id: 'Q900001', label: 'Olaf Brenner', type: 'person', gender: 'male' }],
      'fixture-kb',
    );
    expect(summarize(CORPUS, { knowledgeBase: withGender }).gender.sources.kb).toEqual({ female: 0, male: 1 });
    // A link from another knowledge base: this one cannot tell, so the link's gender counts as the KB's.
    const other = createKnowledgeBase([{ id: 'Q900001', label: 'Olaf Brenner', type: 'person' }], 'other');
    expect(summarize(CORPUS, { knowledgeBase: other }).gender.sources.kb).toEqual({ female: 0, male: 1 });
  });

  it('folds an async stream to the same summary, one result at a time', async () => {
    async function* stream() {
      for (const r of CORPUS) yield r;
    }
    expect(await summarizeAsync(stream())).toEqual(summarize(CORPUS));
    const folder = createSummarizer();
    for (const r of CORPUS.slice(0, 2)) folder.add(r);
    expect(folder.summary().articles).toBe(2);
    folder.skip();
    expect(folder.summary().skipped).toBe(1);
  });

  it('drops the least quoted speakers past maxSpeakers, and says so', () => {
    const art = (name: string, times: number) => {
      const e = entity({ id: 'e0', name, mentions: [[name, 'name']] });
      return {
        entities: [e],
        quotes: Array.from({ length: times }, () => quote('direct', { entity: e, mention: name }, null, 1)),
      };
    };
    const s = summarize([art('Ada Stone', 3), art('Ben Hale', 1), art('Cy Moor', 1)], { maxSpeakers: 2 });
    expect(s.speakers.exact).toBe(false);
    expect(s.speakers.dropped).toBe(1);
    expect(s.speakers.top.map((p) => [p.name, p.quotes])).toEqual([
      ['Ada Stone', 3],
      ['Cy Moor', 1],
    ]);
    expect(s.groups.person.quotes).toBe(5); // the totals stay exact
  });

  it('rejects bad options and bad records with clear errors', () => {
    expect(() => summarize([], { top: 0 })).toThrow(RangeError);
    expect(() => summarize([], { maxSpeakers: 1.5 })).toThrow(RangeError);
    expect(() => summarize([], { minConfidence: 2 })).toThrow(RangeError);
    expect(() => summarize([{ text: 'x' } as never])).toThrow(TypeError);
    const broken = { entities: [], quotes: [CORPUS[0]!.quotes[0], { kind: 'shouted', confidence: 1 }] } as never;
    const folder = createSummarizer();
    expect(() => folder.add(broken)).toThrow(/quotes\[1\] is not a quote/);
    expect(folder.summary().quotes.total).toBe(0); // refused whole
  });

  it('an empty corpus gives zeros, not NaN', () => {
    const s = summarize([]);
    expect(s.articles).toBe(0);
    expect(s.gender.unknownShare).toEqual({ people: 0, quotes: 0 });
    expect(JSON.stringify(s)).not.toContain('null,"last"'.repeat(2));
  });
});

describe('speakers and dates', () => {
  it('tells unnamed sources from names', () => {
    expect(isUnnamedPhrase('Sources')).toBe(true);
    expect(isUnnamedPhrase('Senior officials')).toBe(true);
    expect(isUnnamedPhrase('two Western diplomats')).toBe(true);
    expect(isUnnamedPhrase('Interior Ministry officials')).toBe(false);
    expect(isUnnamedPhrase('Anna Berg')).toBe(false);
    expect(unnamedKey('The spokeswoman')).toBe('spokeswoman');
    expect(normalName('  José   Núñez ')).toBe('jose nunez');
    const mention = { start: 0, end: 2, text: 'He', tokenStart: 0, tokenEnd: 1, sentence: 0 };
    const he = { mention, entity: null, name: 'He', type: 'person' as const };
    expect(groupOf(he, undefined)).toBe('unresolved');
  });

  it('reads dates', () => {
    expect(dayOf('2024-03-15T09:30:00Z')).toBe('2024-03-15');
    expect(dayOf('2024-03')).toBe('2024-03-01');
    expect(dayOf('March 15, 2024 12:00 UTC')).toBe('2024-03-15');
    expect(dayOf('2024-13-01')).toBeNull();
    expect(dayOf('soon')).toBeNull();
  });

  it('summarises real results: the speaker groups of a made-up article', () => {
    const text =
      'Finance Minister Anna Berg met reporters on Monday. "We will not pay twice," the minister said. ' +
      'Officials said the bridge would reopen in May. "It is safe," a spokeswoman said.';
    const s = summarize([{ ...extractQuotes(text), source: 'Test Post', date: '2025-05-01' }]);
    expect(s.speakers.top.map((p) => [p.name, p.group])).toEqual([['Anna Berg', 'person']]);
    expect(s.unnamed.top.map((c) => c.key).sort()).toEqual(['officials', 'spokeswoman']);
    expect(s.outlets.map((o) => o.key)).toEqual(['Test Post']);
  });
});

describe('the report page', () => {
  it('charts and tables from the summary, self-contained and escaped', async () => {
    const evil = entity({
      id: 'e0',
      name: '<script>alert(1)</script> Roe',
      mentions: [['Roe', 'name']],
      gender: 'female',
    });
    const rec = {
      source: '<b>Bad Outlet</b>',
      date: '2024-05-01',
      entities: [evil],
      quotes: [quote('direct', { entity: evil, mention: 'Roe' }, ['say', 'speech'], 1)],
    };
    const summary = summarize([...CORPUS, rec]);
    const html = await renderReport(summary, { title: 'Test <report>' });
    expect(html).toContain('<title>Test &lt;report&gt;</title>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>Bad Outlet</b>');
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=|@import|url\(/);
    const svgs = html.match(/<svg[\s>]/g) ?? [];
    expect(svgs.length).toBe(Object.keys(chartSpecs(summary)).length);
    expect(svgs.length).toBe(8);
    expect(html).toContain('Maria Lindqvist');
    expect(html).toContain('https://www.wikidata.org/wiki/Q900001');
  });

  it('leaves out the charts it has no data for', () => {
    const names = Object.keys(chartSpecs(summarize([CORPUS[3]!]))).sort();
    expect(names).toEqual(['cues', 'gender', 'genderSources', 'groups', 'speakers', 'nationality'].sort());
  });
});

describe('saidby report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saidby-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads results JSONL and writes the same summary as summarize, and the page', async () => {
    // The CLI tells KB genders with the bundled knowledge base; the fixture's links come from another, 'fixture-kb'.
    const input = join(dir, 'results.jsonl');
    writeFileSync(input, CORPUS_JSONL);
    const html = join(dir, 'report.html');
    const json = join(dir, 'summary.json');
    const r = await runCli(['report', input, '--html', html, '--json', json]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(readFileSync(json, 'utf8')) as CorpusSummary;
    expect({ ...summary, skipped: 0 }).toEqual(summarize(CORPUS));
    expect(summary.skipped).toBe(1);
    expect(r.out).toContain('5 articles, 15 quotes');
    expect(readFileSync(html, 'utf8')).toContain('<svg');
  });

  it('reads articles too, mixed with results, and carries source and date through', async () => {
    const article = {
      id: 'x',
      source: 'Test Post',
      date: '2025-05-01',
      text: '"We will not pay twice," Anna Berg said.',
    };
    const broken = JSON.stringify({ quotes: [{ kind: 'direct', confidence: 1, speaker: {}, cue: null }] });
    const stdin = [JSON.stringify(article), JSON.stringify(CORPUS[0]), 'not json', broken, ''].join('\n');
    const r = await runCli(['report', '--json', '-'], stdin);
    expect(r.code).toBe(1);
    expect(r.err).toContain('2 lines could not be read (first: stdin:3: invalid JSON');
    const s = JSON.parse(r.out) as CorpusSummary;
    expect(s.articles).toBe(2);
    expect(s.skipped).toBe(2);
    expect(s.outlets.map((o) => o.key)).toEqual(['Coast Herald', 'Test Post']);
    expect(s.speakers.top.map((p) => p.name)).toContain('Anna Berg');
  });

  it('saidby --jsonl keeps source, date and url for the report', async () => {
    const line = JSON.stringify({
      id: 1,
      source: 'Test Post',
      date: '2025-05-01',
      url: 'u',
      text: 'Anna Berg said no.',
    });
    const r = await runCli(['--jsonl'], line + '\n');
    expect(JSON.parse(r.out)).toMatchObject({ id: 1, source: 'Test Post', date: '2025-05-01', url: 'u' });
  });

  it('tells lines apart', () => {
    expect(classifyLine('{"quotes":[],"entities":[]}').kind).toBe('result');
    expect(classifyLine('{"id":1,"text":"x"}').kind).toBe('article');
    expect(classifyLine('{"id":1,"line":2,"error":"x"}').kind).toBe('error-record');
    expect(classifyLine('[1]').kind).toBe('bad');
    expect(classifyLine('{"quotes":[],"entities":3}').kind).toBe('bad');
  });

  it('shows a progress bar on a terminal, and usage errors exit 2', async () => {
    const input = join(dir, 'bar.jsonl');
    writeFileSync(input, CORPUS_JSONL);
    const r = await runCli(['report', input], '', true);
    expect(r.err).toContain('6 articles'); // the bar counts every line read, the error record's too
    expect(r.err).toContain('100%');
    expect((await runCli(['report', '--top', '0', input])).code).toBe(2);
    expect((await runCli(['report', '--bogus'])).code).toBe(2);
    const help = await runCli(['report', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('saidby report [options]');
  });
});
