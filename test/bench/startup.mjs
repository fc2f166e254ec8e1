/**
 * Start-up cost, each variant in a fresh node process, as a ratio to importing full compromise in the same run:
 * what a user pays before the first answer (`import`, the first `analyze`, `crosscheck --version`).
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { median, min, rotate } from './util.mjs';

const SOURCES = [
  { id: 'pod', text: 'SpaceX is leasing Colossus to Anthropic for $15 billion annually.' },
  { id: 'memo', text: "Anthropic's three-year, $45 billion deal with SpaceX gives it all of Colossus." },
];

/** A module-mode script that times `body` from inside the process and prints the milliseconds. */
const timed = (body) =>
  `const t0 = performance.now(); ${body}; process.stdout.write(String(performance.now() - t0));`;

/**
 * The variants; `inProcess` ones print their own time, the others are timed as whole processes
 * (less the time of an empty node process).
 */
export function startupVariants(root) {
  const dist = pathToFileURL(join(root, 'dist', 'index.js')).href;
  return {
    'import compromise (full)': { inProcess: true, code: timed(`await import('compromise')`) },
    "import 'compromise/two'": { inProcess: true, code: timed(`await import('compromise/two')`) },
    'import crosscheck': { inProcess: true, code: timed(`await import(${JSON.stringify(dist)})`) },
    'import crosscheck + first analyze': {
      inProcess: true,
      code: timed(`const c = await import(${JSON.stringify(dist)}); c.analyze(${JSON.stringify(SOURCES)})`),
    },
    'crosscheck --version (process)': { inProcess: false, args: [join(root, 'dist', 'cli.js'), '--version'] },
    'node -e "" (process)': { inProcess: false, args: ['-e', ''] },
  };
}

function runOnce(variant, cwd) {
  const t0 = performance.now();
  const args = variant.inProcess ? ['--input-type=module', '-e', variant.code] : variant.args;
  const child = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (child.status !== 0) throw new Error(`startup variant failed: ${child.stderr.slice(0, 400)}`);
  return variant.inProcess ? Number(child.stdout) : wall;
}

/** Runs every variant `reps` times, order rotated; ratios are medians against importing full compromise. */
export function measureStartup(root, reps) {
  const variants = startupVariants(root);
  const names = Object.keys(variants);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = 0; r < reps; r++) for (const name of rotate(names, r)) times[name].push(runOnce(variants[name], root));
  const emptyNode = median(times['node -e "" (process)']);
  const base = median(times['import compromise (full)']);
  const net = (name) => (variants[name].inProcess ? median(times[name]) : median(times[name]) - emptyNode);
  const rows = names
    .filter((name) => name !== 'node -e "" (process)')
    .map((name) => ({ variant: name, 'median ms': net(name), 'min ms': variants[name].inProcess ? min(times[name]) : min(times[name]) - emptyNode, ratio: net(name) / base }));
  return { reps, emptyNodeMs: emptyNode, timesMs: times, rows };
}
