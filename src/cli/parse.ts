/**
 * The one strict argument parser of every `saidby` command (`saidby`, `saidby report`, `saidby queue …`,
 * `saidby kb …`): Node's parseArgs, with a mistyped flag told in one line that names the closest valid one
 * (`saidby report: unknown option '--tpo'; did you mean --top?`), exit code 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from './suggest.js';

/** A command line that cannot be run: exit code 2 with a usage message. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** One line is enough (a mistyped flag, with its suggestion): no usage text after it. */
  constructor(
    message: string,
    readonly brief = false,
  ) {
    super(message);
  }
}

/** The option in parseArgs's message: `Unknown option '--jsnol'. To specify …`. */
const QUOTED_FLAG = /'(-[^']*)'/;

/**
 * A one-line error for an option parseArgs does not know, naming the closest one: `unknown option
 * '--min-confidance'; did you mean --min-confidence?`. Other parse errors keep parseArgs's message and the usage.
 */
export function unknownOption(err: unknown, options: object): UsageError {
  const message = err instanceof Error ? err.message : String(err);
  const flag = (err as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && QUOTED_FLAG.exec(message)?.[1];
  if (!flag) return new UsageError(message);
  const names = Object.keys(options).map((n) => `--${n}`);
  const guess = closest(flag.split('=')[0] as string, names);
  // No likely typo: the usage follows, to show what there is.
  if (!guess) return new UsageError(`unknown option '${flag.slice(0, 60)}'`);
  return new UsageError(`unknown option '${flag.slice(0, 60)}'; did you mean ${guess}?`, true);
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * parseArgs, strict, positionals allowed: `parseStrict(['--tpo', '5'], { top: { type: 'string' } })` throws a brief
 * UsageError suggesting `--top`. Any other parse error (`--top` without its value) is a UsageError with the usage.
 */
export function parseStrict<T extends Options>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (err) {
    throw unknownOption(err, options);
  }
}

/**
 * What a command prints for a usage error: one line when it is brief (`saidby queue: unknown option '--redsi'; did
 * you mean --redis?`), else the line and the command's usage.
 */
export function usageText(command: string, err: UsageError, usage: string): string {
  return err.brief ? `${command}: ${err.message}\n` : `${command}: ${err.message}\n\n${usage}`;
}
