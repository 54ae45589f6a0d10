// What the benchmarks share when they keep their figures: `--save` writes bench/results/<name>.json (or into
// `--save-dir DIR`), with when, on which code and on which machine the figures were measured.
// docs/performance.md is generated from these files by scripts/perf-doc.mjs, so a release edits data, not prose.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The folder the results go to: bench/results/ unless `--save-dir DIR` says otherwise. */
export const RESULTS_DIR = join(root, 'bench', 'results');

/** The machine a run is on: CPU model, cores, memory, Node version and platform. */
export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

/** How the run was started, with the script's path from the project root: `node bench/speed.mjs --save`. */
function command() {
  const [script = '', ...args] = process.argv.slice(1);
  const runner = script.endsWith('.ts') ? 'npx tsx' : 'node';
  return [runner, relative(root, script), ...args].join(' ');
}

/**
 * When and on what the figures were measured: the date (UTC), the commit, and whether `src/` or `bench/` had
 * changes not yet committed (`dirty`), which would make the commit an approximation of the code measured.
 */
export function provenance() {
  const status = git('status', '--porcelain', '--', 'src', 'bench');
  return {
    measured: new Date().toISOString().slice(0, 10),
    commit: git('rev-parse', '--short', 'HEAD'),
    dirty: status === null ? null : status !== '',
    command: command(),
  };
}

/**
 * Writes `{ benchmark, measured, commit, dirty, command, machine, ...figures }` to `<dir>/<name>.json`
 * and returns the path. `figures.machine`, when a benchmark records more about the machine (its load), is kept
 * beside the common fields.
 */
export function saveResult(name, figures, dir = RESULTS_DIR) {
  const { machine, ...rest } = figures;
  const record = { benchmark: name, ...provenance(), machine: { ...machineInfo(), ...machine }, ...rest };
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
  return file;
}

/** The folder to save into, from the `--save` and `--save-dir DIR` options, or null when not saving. */
export function saveDir(save, dir) {
  if (dir !== undefined) return resolve(process.cwd(), dir);
  return save ? RESULTS_DIR : null;
}
