// Runs the CLI's main() in-process with fake streams; `tty` makes stderr look like a terminal.
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

export async function runCli(
  argv: string[],
  stdin = '',
  tty = false,
): Promise<{ code: number; out: string; err: string }> {
  const stderr = tty ? Object.assign(new PassThrough(), { isTTY: true }) : new PassThrough();
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr };
  let out = '';
  let err = '';
  io.stdout.on('data', (c: Buffer) => (out += c.toString()));
  io.stderr.on('data', (c: Buffer) => (err += c.toString()));
  io.stdin.end(stdin);
  const code = await main(argv, io);
  return { code, out, err };
}
