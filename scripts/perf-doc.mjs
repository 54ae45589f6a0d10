#!/usr/bin/env node
// Writes the tables of docs/performance.md from the benchmark results in bench/results/*.json, so that a release
// updates data files (`npm run bench -- --save` and the others) and never edits prose.
//
//   node scripts/perf-doc.mjs           # rewrite the generated blocks of docs/performance.md
//   node scripts/perf-doc.mjs --check   # exit 1 if the page differs from what the results give (a test runs this)
//   node scripts/perf-doc.mjs --results /tmp/trial --out /tmp/performance.md   # preview a trial run's figures
//
// A generated block sits between `<!-- perf:NAME -->` and `<!-- /perf:NAME -->`; everything outside the markers is
// hand-written and kept. Each block starts with where its figures come from: date, commit, machine, command.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = join(root, 'docs', 'performance.md');
let results = join(root, 'bench', 'results');

const load = (name) => JSON.parse(readFileSync(join(results, `${name}.json`), 'utf8'));

// Number formats. A value the results do not hold (a field a transcribed run left out) is shown as a dash.
const missing = (x) => x === undefined || x === null;
const fixed = (digits) => (x) =>
  missing(x) ? '–' : x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const int = fixed(0);
const percent = (x) => (missing(x) ? '–' : `${Math.round(100 * x)}%`);
const times = (digits) => (x) => (missing(x) ? '–' : `${fixed(digits)(x)}×`);
/** Three significant digits, whole numbers from 100 up: `0.066`, `1.78`, `14.5`, `391`, `340,811`. */
const sig3 = (x) => (missing(x) ? '–' : Math.abs(x) >= 100 ? int(x) : String(Number(x.toPrecision(3))));

/**
 * A paragraph broken into lines of at most `width` characters. A code span (`node bench/speed.mjs`) is never broken,
 * and a word or span longer than the width keeps a line of its own.
 */
function wrap(text, width = 120) {
  const words = [];
  for (const piece of text.split(' ')) {
    const last = words.length - 1;
    const inCode = last >= 0 && (words[last].split('`').length - 1) % 2 === 1;
    if (inCode) words[last] += ` ${piece}`;
    else words.push(piece);
  }
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

/** A Markdown table: `columns` are [heading, (row) => cell]. */
function table(columns, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const head = [line(columns.map(([h]) => h)), line(columns.map(() => '---'))];
  return [...head, ...rows.map((r) => line(columns.map(([, f]) => f(r))))].join('\n');
}

/** Where a file's figures come from, as one paragraph. */
function provenance(r) {
  const m = r.machine ?? {};
  const parts = [m.cpu, m.cores && `${m.cores} cores`, m.memoryGB && `${m.memoryGB} GB`, m.node && `Node ${m.node}`];
  const machine = [...parts, m.platform].filter(Boolean).join(', ');
  const code = r.dirty ? `commit \`${r.commit}\` with changes not yet committed` : `commit \`${r.commit}\``;
  const file = `[\`bench/results/${r.benchmark}.json\`](../bench/results/${r.benchmark}.json)`;
  const lines = [`Measured ${r.measured} on ${code} (${machine}) with \`${r.command}\`; figures in ${file}.`];
  if (r.note) lines.push(`${r.note}`);
  return `_${lines.join(' ')}_`;
}

/** A CLI mode as the bench names it (`--workers 1, 1 core`) in a table cell: `` `--workers 1`, on one core ``. */
const modeCell = (mode) =>
  mode.replace(/^(--workers \d+)(, 1 core)?$/, (_m, workers, core) => `\`${workers}\`${core ? ', on one core' : ''}`);

const STAGE_NAMES = {
  segment: 'segment (tokens, quotation marks, sentences, word-class flags)',
  names: 'names',
  direct: 'direct quotes',
  reported: 'reported speech',
  entities: 'entities (clustering, pronouns, linking)',
  assemble: 'assemble',
  total: '**total**',
};

const BLOCKS = {
  speed() {
    const r = load('speed');
    const rows = [r.results.saidby, r.results.compromise];
    const corpus = `${r.corpus.documents} articles, ${sig3(r.results.saidby.Mchars)} M`;
    return [
      provenance(r),
      '',
      table(
        [
          [`system (${corpus})`, (x) => x.system],
          ['MB/s', (x) => sig3(x.MBps)],
          ['documents/s', (x) => sig3(x.docsPerSec)],
          ['tokens/s', (x) => sig3(x.tokensPerSec)],
          ['peak RSS', (x) => (missing(x.peakRssMB) ? '–' : `${int(x.peakRssMB)} MB`)],
        ],
        rows,
      ),
      '',
      `saidby reads these texts **${times(1)(r.ratio.speed)}** as fast as the baseline.`,
      ...(r.stages?.stages
        ? [
            '',
            `Per stage (seconds over the corpus, median of ${r.stages.runs} runs):`,
            '',
            table(
              [
                ['stage', (x) => STAGE_NAMES[x.stage] ?? x.stage],
                ['s', (x) => fixed(3)(x.seconds)],
                ['%', (x) => fixed(1)(x.percent)],
                ['MB/s', (x) => sig3(x.MBps)],
              ],
              r.stages.stages,
            ),
          ]
        : ['', 'The per-stage breakdown was not run.']),
    ].join('\n');
  },

  linear() {
    const r = load('linear');
    const range = (xs) => {
      if (!xs?.length) return '–';
      const [low, high] = [fixed(1)(Math.min(...xs)), fixed(1)(Math.max(...xs))];
      return low === high ? `${low} s` : `${low}–${high} s`;
    };
    // The scaling series shows every stage that each of its rows holds.
    const keys = ['segment', 'names', 'direct', 'reported', 'entities', 'assemble', 'total'].filter((k) =>
      (r.scaling ?? []).every((p) => !missing(p.secondsPerMB[k])),
    );
    return [
      provenance(r),
      '',
      `One ${fixed(1)(r.Mchars)} M-code-unit document against the same ${int(r.articles)} articles run separately ` +
        `(median of ${r.runs} runs):`,
      '',
      table(
        [
          ['stage', (x) => (x.stage === 'total' ? '**total**' : x.stage)],
          ['separate s', (x) => fixed(3)(x.separateSeconds)],
          ['one document s', (x) => fixed(3)(x.wholeSeconds)],
          ['ratio', (x) => (x.stage === 'total' ? `**${fixed(2)(x.ratio)}**` : fixed(2)(x.ratio))],
        ],
        r.stages,
      ),
      '',
      `The separate runs took ${range(r.totals?.separate)}, the one document ${range(r.totals?.whole)}.`,
      ...(r.scaling?.length
        ? [
            '',
            'The one document cut to about 1/8, 1/4, 1/2 and all of its length, in seconds per million code units ' +
              '(flat means linear):',
            '',
            table(
              [
                ['M code units', (p) => fixed(1)(p.Mchars)],
                ...keys.map((k) => [`${k} s/M`, (p) => fixed(3)(p.secondsPerMB[k])]),
              ],
              r.scaling,
            ),
          ]
        : []),
    ].join('\n');
  },

  parallel() {
    const r = load('parallel');
    const roundOf = (x) => `${fixed(2)(x.workersGain)}/${fixed(2)(x.processGain)}${x.met ? ' (met)' : ''}`;
    const targetLine = (t) =>
      wrap(
        `Issue 20's target: two workers over the main thread **${times(2)(t.workersGain)}**, where ` +
          `1 + 0.9 × (two processes over one ${times(2)(t.processGain)} − 1) = ${times(2)(t.needed)} was needed: ` +
          `${t.met ? 'met' : 'not met'}; per round ${t.rounds.map(roundOf).join(', ')}.`,
      );
    const cli = r.cli;
    const rounds = (xs) => (xs?.length ? ` (rounds ${xs.map(fixed(2)).join(', ')})` : '');
    const steady = missing(r.steadySpeedup2vs1) ? '' : ` (steady ${times(2)(r.steadySpeedup2vs1)})`;
    const ratios = [
      ['CLI, `--workers 2` / `--workers 1`', `**${times(2)(cli?.speedup2vs1)}**${rounds(cli?.rounds)}`],
      [
        'CLI, one core → two (`--workers 1` on one core / `--workers 2`)',
        `**${times(2)(cli?.oneCoreToTwo)}**${rounds(cli?.roundsOneCore)}`,
      ],
      ['library, 2 workers / 1 worker', `${times(2)(r.speedup2vs1)}${steady}`],
      ['library, one core → two', times(2)(r.oneCoreToTwo?.workers)],
      ['bare worker threads, 2 / 1', times(2)(r.bareSpeedup2vs1)],
      ['**processes, 2 / 1: what the machine gives**', `**${times(2)(r.processSpeedup2vs1)}**`],
      ['processes, one core → two', times(2)(r.oneCoreToTwo?.processes)],
    ];
    const busy = r.mainThreadBusy;
    // The compromise row runs once over the train texts, not over the repeated corpus of the other rows.
    const otherCorpus = (x) => !missing(x.documents) && x.documents !== r.documents;
    return [
      provenance(r),
      '',
      `The library on ${int(r.documents)} documents (${fixed(2)(r.Mchars)} M code units; median of ${r.runs} runs; ` +
        'compromise: one pass over the train texts):',
      '',
      table(
        [
          ['system', (x) => (otherCorpus(x) ? `${x.system} (${int(x.documents)} documents)` : x.system)],
          ['s', (x) => fixed(2)(x.seconds)],
          ['MB/s', (x) => fixed(2)(x.MBps)],
          ['documents/s', (x) => int(x.docsPerSec)],
          // Results before every row ran in a process of its own have a steady column; later ones the main
          // thread's own CPU in the pool's rows.
          ...(r.library.some((x) => !missing(x.steadyMBps))
            ? [['steady MB/s', (x) => (missing(x.steadyMBps) ? '' : fixed(2)(x.steadyMBps))]]
            : []),
          ['CPU s per MB', (x) => fixed(2)(x.cpuSecondsPerMB)],
          ...(r.library.some((x) => !missing(x.mainCpuSecondsPerMB))
            ? [
                [
                  'main thread CPU s per MB',
                  (x) => (missing(x.mainCpuSecondsPerMB) ? '' : fixed(3)(x.mainCpuSecondsPerMB)),
                ],
              ]
            : []),
        ],
        r.library,
      ),
      '',
      busy
        ? `The main thread was busy ${percent(busy?.workers1)} of the time with one worker and ` +
          `${percent(busy?.workers2)} with two.`
        : `The main thread took ${percent(r.mainThreadShare?.workers1)} of the process's CPU with one worker and ` +
          `${percent(r.mainThreadShare?.workers2)} with two.`,
      ...(r.workers2OverMainTarget ? ['', targetLine(r.workers2OverMainTarget)] : []),
      ...(cli
        ? [
            '',
            `The CLI on ${sig3(cli.file.MB)} MB of JSONL (${int(cli.file.documents)} lines), one process each, ` +
              `${cli.rounds?.length ?? '–'} rounds with the order alternated; median time and CPU, highest peak RSS:`,
            '',
            table(
              [
                ['`saidby --jsonl`', (x) => modeCell(x.mode)],
                ['s', (x) => fixed(1)(x.seconds)],
                ['MB/s', (x) => fixed(2)(x.MBps)],
                ['documents/s', (x) => int(x.docsPerSec)],
                ['CPU s', (x) => fixed(1)(x.cpuSeconds)],
                ['main busy', (x) => percent(x.mainBusy)],
                ['peak RSS', (x) => `${int(x.peakRssMB)} MB`],
              ],
              cli.median,
            ),
          ]
        : []),
      '',
      'Two against one:',
      '',
      table(
        [
          ['comparison', (x) => x[0]],
          ['ratio', (x) => x[1]],
        ],
        ratios,
      ),
    ].join('\n');
  },

  memory() {
    const r = load('memory');
    const peak = ({ min, max }) => (missing(min) || min === max ? `${int(max)} MB` : `${int(min)}–${int(max)} MB`);
    return [
      provenance(r),
      '',
      table(
        [
          [`\`saidby --jsonl\` on ${sig3(r.input.MB)} MB of JSONL`, (x) => modeCell(x.mode)],
          [`peak RSS (${r.rounds} rounds)`, (x) => peak(x.peakRssMB)],
        ],
        r.modes,
      ),
      '',
      `The target is to stay under ${int(r.targetMB)} MB whatever the input's length.`,
    ].join('\n');
  },

  hostile() {
    const r = load('hostile');
    const over = r.rows.filter((x) => x.ratio > r.limit);
    return [
      provenance(r),
      '',
      table(
        [
          ['document', (x) => x.name],
          ['size (chars)', (x) => int(x.chars)],
          ['ms per MB, 20 KB piece', (x) => int(x.msPerMbPiece)],
          ['ms per MB, whole', (x) => int(x.msPerMbDoc)],
          ['ratio', (x) => fixed(2)(x.ratio)],
        ],
        r.rows,
      ),
      '',
      over.length === 0
        ? `All within the limit (${r.limit}).`
        : `Over the limit (${r.limit}): ${over.map((x) => x.name).join('; ')}.`,
    ].join('\n');
  },

  'hostile-html'() {
    const r = load('hostile-html');
    const over = r.rows.filter((x) => x.ratio > r.limit);
    const before = r.rows.some((x) => x.before);
    const beforeOver = r.rows.filter((x) => x.before && x.before.ratio > r.limit);
    return [
      provenance(r),
      '',
      table(
        [
          // Tags and references as code: `<div>`, `&amp;amp;…`.
          [
            'page',
            (x) =>
              x.name
                .split(' ')
                .map((w) => (/[<&]/.test(w) ? `\`${w}\`` : w))
                .join(' '),
          ],
          ['size (chars)', (x) => int(x.chars)],
          ['ms per MB, 20 KB piece', (x) => int(x.msPerMbPiece)],
          ['ms per MB, whole', (x) => int(x.msPerMbDoc)],
          ['ratio', (x) => fixed(2)(x.ratio)],
          ...(before
            ? [
                [`ms per MB, whole, before (\`${r.baseline}\`)`, (x) => int(x.before?.msPerMbDoc)],
                ['ratio before', (x) => fixed(2)(x.before?.ratio)],
              ]
            : []),
        ],
        r.rows,
      ),
      '',
      over.length === 0
        ? `All within the limit (${r.limit}).`
        : `Over the limit (${r.limit}): ${over.map((x) => x.name).join('; ')}.`,
      ...(before
        ? [
            '',
            `Before (\`${r.baseline}\`, timed the same way in the same run): ${beforeOver.length} of the ` +
              `${r.rows.filter((x) => x.before).length} pages timed over the limit, the worst at ` +
              `${times(0)(Math.max(...r.rows.map((x) => x.before?.ratio ?? 0)))}.`,
          ]
        : []),
    ].join('\n');
  },
};

/** The page with every block regenerated; throws on a marker without its end or a block name it does not know. */
export function render(page) {
  return page.replace(/<!-- perf:([a-z][a-z-]*) -->\n[\s\S]*?<!-- \/perf:\1 -->/g, (_whole, name) => {
    const block = BLOCKS[name];
    if (!block) throw new Error(`docs/performance.md: unknown block perf:${name}`);
    // Prose is wrapped at 120 columns like the rest of the page; table rows stay whole.
    const text = block()
      .split('\n')
      .map((line) => (line.startsWith('|') ? line : wrap(line)))
      .join('\n');
    return `<!-- perf:${name} -->\n${text}\n<!-- /perf:${name} -->`;
  });
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) {
  const { values: v } = parseArgs({
    options: { check: { type: 'boolean' }, results: { type: 'string' }, out: { type: 'string' } },
  });
  if (v.results !== undefined) results = resolve(v.results);
  const page = readFileSync(PAGE, 'utf8');
  const names = [...page.matchAll(/<!-- perf:([a-z][a-z-]*) -->/g)].map((m) => m[1]);
  const missingBlocks = Object.keys(BLOCKS).filter((n) => !names.includes(n));
  if (missingBlocks.length) {
    console.error(`perf-doc: docs/performance.md has no block for ${missingBlocks.join(', ')}`);
    process.exit(1);
  }
  const next = render(page);
  const out = v.out === undefined ? PAGE : resolve(v.out);
  const where = relative(process.cwd(), out);
  if (v.check) {
    if (next !== page) {
      console.error(`perf-doc: ${where} is stale: run \`npm run docs:perf\` and commit it`);
      process.exit(1);
    }
  } else if (next !== page || out !== PAGE) {
    writeFileSync(out, next);
    console.error(`perf-doc: ${where} written from ${relative(process.cwd(), results) || '.'}/*.json`);
  } else {
    console.error(`perf-doc: ${where} is up to date`);
  }
}
