/**
 * `saidby kb build INPUT --out FILE`: a knowledge base for `loadKnowledgeBase` from a Wikidata JSON dump or a
 * CSV/TSV table (docs/knowledge-base.md).
 */
import { statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { buildKnowledgeBase, type InputFormat } from '../node/kb-build.js';
import { createProgress } from './progress.js';
import { parseStrict, UsageError, usageText } from './parse.js';

export const KB_USAGE = `Usage: saidby kb build INPUT --out FILE [--format wikidata|csv|tsv] [--name NAME]

Build a knowledge base for loadKnowledgeBase(FILE) (saidby/node) from INPUT:
  a Wikidata JSON dump (latest-all.json.gz, gzipped or not: one entity a line in a JSON array), or
  a CSV or TSV table with a header naming its columns: qid, label, aliases (|), type, description, prior.
The format follows the name (.csv, .tsv, else a dump) unless --format says. Items with an English label whose
instance-of class is a person, organisation or place are kept. A progress bar shows when stderr is a terminal.
`;

const FORMATS: readonly InputFormat[] = ['wikidata', 'csv', 'tsv'];

interface KbIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
}

function say(stream: Writable, text: string): Promise<void> {
  return new Promise((done) => stream.write(text, () => done()));
}

const KB_OPTIONS = {
  out: { type: 'string', short: 'o' },
  format: { type: 'string' },
  name: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `saidby kb …`; resolves to the exit code (2 for bad usage, 1 when the build fails). */
export async function runKbCommand(argv: readonly string[], io: KbIo): Promise<number> {
  let parsed;
  try {
    parsed = parseStrict(argv, KB_OPTIONS);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    await say(io.stderr, usageText('saidby kb', err, KB_USAGE));
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    await say(io.stdout, KB_USAGE);
    return 0;
  }
  const [verb, input, ...extra] = positionals;
  const format = values.format as InputFormat | undefined;
  const problem =
    verb !== 'build'
      ? `unknown kb command ${verb === undefined ? '(none)' : JSON.stringify(verb)}`
      : !input || extra.length
        ? 'kb build takes one INPUT'
        : !values.out
          ? 'kb build needs --out FILE'
          : format !== undefined && !FORMATS.includes(format)
            ? `--format must be one of ${FORMATS.join(', ')}`
            : null;
  if (problem) {
    await say(io.stderr, `saidby: ${problem}\n\n${KB_USAGE}`);
    return 2;
  }
  return build({ input: input!, out: values.out!, format, name: values.name }, io);
}

interface BuildArgs {
  readonly input: string;
  readonly out: string;
  readonly format: InputFormat | undefined;
  readonly name: string | undefined;
}

async function build(args: BuildArgs, io: KbIo): Promise<number> {
  let size: number;
  try {
    size = statSync(args.input).size;
  } catch (err) {
    await say(io.stderr, `saidby: cannot read ${args.input}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const progress = createProgress(io.stderr, size, undefined, undefined, 'entities kept');
  let seen = { bytes: 0, kept: 0 };
  const t0 = performance.now();
  try {
    const report = await buildKnowledgeBase({
      input: args.input,
      out: args.out,
      ...(args.format ? { format: args.format } : {}),
      ...(args.name ? { name: args.name } : {}),
      onProgress: (bytes, kept) => {
        progress.advance(bytes - seen.bytes, kept - seen.kept);
        seen = { bytes, kept };
      },
    });
    progress.finish();
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    await say(
      io.stderr,
      `saidby: ${args.out}: ${report.kept.toLocaleString('en')} entities, ${report.keys.toLocaleString('en')} names, ` +
        `${(report.bytes / 1e6).toFixed(1)} MB, from ${report.read.toLocaleString('en')} lines in ${seconds} s\n`,
    );
    return 0;
  } catch (err) {
    progress.clear();
    await say(io.stderr, `saidby: kb build failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
