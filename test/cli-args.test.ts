// One strict argument parser for every command (src/cli/parse.ts): a mistyped flag of `saidby report`, `saidby queue …`
// or `saidby kb …` is told in one line naming the closest valid flag, exit code 2, as for `saidby` itself.
import { describe, expect, it } from 'vitest';
import { parseStrict, UsageError } from '../src/cli/parse.js';
import { runCli } from './helpers/cli.js';

describe('parseStrict', () => {
  const options = { top: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

  it('parses flags and positionals', () => {
    const { values, positionals } = parseStrict(['a.jsonl', '--top', '5', '-h'], options);
    expect(values).toEqual({ top: '5', help: true });
    expect(positionals).toEqual(['a.jsonl']);
  });

  it('names the closest flag to a typo, briefly', () => {
    let caught: unknown;
    try {
      parseStrict(['--tpo', '5'], options);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as UsageError).message).toBe("unknown option '--tpo'; did you mean --top?");
    expect((caught as UsageError).brief).toBe(true);
  });

  it('keeps the usage for a flag like none of them, and for a missing value', () => {
    for (const argv of [['--zzzzzzzz'], ['--top']]) {
      let caught: unknown;
      try {
        parseStrict(argv, options);
      } catch (err) {
        caught = err;
      }
      expect(caught, argv.join(' ')).toBeInstanceOf(UsageError);
      expect((caught as UsageError).brief, argv.join(' ')).toBe(false);
    }
  });
});

describe('a mistyped flag of a subcommand', () => {
  it.each([
    [['report', '--tpo', '5'], "saidby report: unknown option '--tpo'; did you mean --top?"],
    [['report', '--max-speaker', '9'], "saidby report: unknown option '--max-speaker'; did you mean --max-speakers?"],
    [
      ['queue', 'status', '--redsi', 'redis://x'],
      "saidby: queue status: unknown option '--redsi'; did you mean --redis?",
    ],
    [
      ['queue', 'work', '--exit-when-emtpy'],
      "saidby: queue work: unknown option '--exit-when-emtpy'; did you mean --exit-when-empty?",
    ],
    [['kb', 'build', 'in.csv', '--otu', 'x.sbkb'], "saidby kb: unknown option '--otu'; did you mean --out?"],
    [['kb', 'build', 'in.csv', '--fromat=csv'], "saidby kb: unknown option '--fromat'; did you mean --format?"],
  ])('%j prints one line and exits 2', async (argv, line) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`${line}\n`);
  });

  it.each([
    [['report', '--nothing-like-this'], /^saidby report: unknown option '--nothing-like-this'\n\nUsage: saidby report/],
    [
      ['queue', 'add', '--nothing-like-this'],
      /^saidby: queue add: unknown option '--nothing-like-this'\n\nUsage: saidby queue/,
    ],
    [['kb', '--nothing-like-this'], /^saidby kb: unknown option '--nothing-like-this'\n\nUsage: saidby kb build/],
  ])('%j, with no flag close to it, shows the usage', async (argv, shown) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(shown);
  });
});
