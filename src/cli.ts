/**
 * The `saidby` command: `saidby article.txt`, `saidby --json`, `saidby --jsonl docs.jsonl`.
 * Only the CLI uses Node's modules; the library itself runs anywhere.
 */
import process from 'node:process';
import { main } from './cli/main.js';

// `saidby … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2), process).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`saidby: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
