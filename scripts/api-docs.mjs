// The API reference, docs/api/, generated from the TSDoc comments of every public entry by TypeDoc and
// typedoc-plugin-markdown (options in typedoc.json). It fails when a public function has no `@example`.
// Usage: node scripts/api-docs.mjs           rewrites docs/api/
//        node scripts/api-docs.mjs --check   fails (exit 1) when docs/api/ differs from what the comments give
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'docs', 'api');
const check = process.argv.includes('--check');

/** Every file under `dir`, as paths relative to it, sorted. */
function files(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** The `### name()` sections of a generated page that have no `#### Example` heading. */
function withoutExample(page) {
  const missing = [];
  for (const section of page.split(/^(?=### )/m)) {
    const name = section.match(/^### (\S+\(\))$/m)?.[1];
    if (name && !/^#### Example/m.test(section.split(/^## /m)[0])) missing.push(name);
  }
  return missing;
}

const out = mkdtempSync(join(tmpdir(), 'saidby-api-'));
try {
  execFileSync(process.execPath, [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', out], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const made = files(out);
  const noExample = made.flatMap((f) => withoutExample(readFileSync(join(out, f), 'utf8')).map((n) => `${f}: ${n}`));
  if (noExample.length) {
    console.error(`api-docs: public functions without an @example:\n  ${noExample.join('\n  ')}`);
    process.exit(1);
  }
  if (check) {
    const have = files(target);
    const stale = [...new Set([...made, ...have])].filter(
      (f) =>
        !made.includes(f) ||
        !have.includes(f) ||
        readFileSync(join(out, f), 'utf8') !== readFileSync(join(target, f), 'utf8'),
    );
    if (stale.length) {
      console.error(`api-docs: docs/api/ is stale (${stale.join(', ')}): run npm run docs:api`);
      process.exit(1);
    }
    console.log(`api-docs: docs/api/ is current (${made.length} pages)`);
  } else {
    rmSync(target, { recursive: true, force: true });
    cpSync(out, target, { recursive: true });
    console.log(`api-docs: wrote ${made.length} pages to docs/api/`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
