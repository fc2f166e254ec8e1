/**
 * Growing events: a Zipf mix where a third of the sources retell one of forty stories, so hot events grow with
 * the corpus (see growing-corpus.mjs). Each size runs in a fresh child process, killed after a timeout:
 *
 *   1. worker-thread extraction on `workers` threads against one thread, same corpus, same process (a ratio)
 *   2. 1k, 10k, 100k sources: extraction and comparison timed apart, peak RSS, main-thread heap, report size;
 *      time ratios 10k/1k and 100k/10k
 *
 * Usage: npm run bench:growing [-- --sizes=1000,10000,100000] [-- --workers=2] [-- --speedup=2000] [-- --reps=5] [-- --timeout=3600]
 * Writes bench/growing-results.json (git-ignored). Ratios only: no absolute time is asserted.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, mb, median, table } from './util.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);
const workers = Number(arg('workers', '2'));
const speedupSources = Number(arg('speedup', '2000'));
const reps = Number(arg('reps', '5'));
const timeoutS = Number(arg('timeout', '3600'));
/** Heap limit of each size's child in MB (node's default is about 4 GB on this machine); 0 keeps the default. */
const heapMb = Number(arg('heap', '0'));
const TARGETS = { ratioMax: 11, peakRssBytes: 4 * 1024 ** 3, speedup: 1.8 };

/** Runs a bench script in a fresh node with --expose-gc; returns its JSON lines and how it ended. */
function child(script, args, timeoutMs) {
  const started = Date.now();
  const flags = ['--expose-gc', ...(heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [])];
  const r = spawnSync(process.execPath, [...flags, join(here, script), ...args.map(String)], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 26 });
  const lines = (r.stdout ?? '').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  return { lines, wallMs: Date.now() - started, timedOut: r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM', status: r.status, stderr: (r.stderr ?? '').slice(-2000) };
}

const results = { node: process.version, cpus: os.cpus().length, load: os.loadavg(), workers, heapMb, targets: TARGETS, speedup: null, sizes: [] };
console.log(`crosscheck growing-events bench: node ${process.version}, ${results.cpus} cpus, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

// 1. worker threads against one thread
if (speedupSources > 0) {
  const { lines, wallMs, stderr } = child('growing-speedup.mjs', [speedupSources, workers, reps], timeoutS * 1000);
  const s = lines[0];
  if (!s) console.log(`[1] speedup: no result after ${fmt(wallMs / 1000, 0)} s ${stderr}`);
  else {
    const ratio = median(s.times.one) / median(s.times.pool);
    const oneShotRatio = median(s.times.one) / median(s.times.oneShot);
    results.speedup = { ...s, ratio, oneShotRatio };
    const row = (variant, xs, loads) => ({ variant, 'median s': fmt(median(xs) / 1000), 'runs s (load)': xs.map((x, i) => `${fmt(x / 1000, 1)} (${fmt(loads[i], 1)})`).join(' ') });
    table(`\n[1] extraction of ${s.sources} sources: one thread vs ${workers} worker threads (median of ${s.times.one.length}; one-minute load average after each run)`, ['variant', 'median s', 'runs s (load)'], [
      row('extractClaims, main thread', s.times.one, s.load.one),
      row(`createExtractionPool x${workers} (warm)`, s.times.pool, s.load.pool),
      row(`extractClaimsParallel x${workers} (cold)`, s.times.oneShot, s.load.oneShot),
    ]);
    console.log(`    speedup, warm pool ${fmt(ratio)}x (target >= ${TARGETS.speedup}): ${ratio >= TARGETS.speedup ? 'ok' : 'CHECK'}; one-shot call ${fmt(oneShotRatio)}x; same claims: ${s.same}`);
    const top = median(s.ceiling);
    results.speedup.ceiling = top;
    console.log(`    this machine's ceiling: a busy loop on ${workers} threads does ${fmt(top)}x the work of one (runs ${s.ceiling.map((x) => fmt(x)).join(' ')}); the pool reaches ${fmt((100 * ratio) / top, 0)}% of it`);
  }
}

// 2. growing sizes
const rows = [];
for (const n of sizes) {
  const { lines, wallMs, timedOut, status, stderr } = child('growing-size.mjs', [n, workers, 5], timeoutS * 1000);
  const extract = lines.find((l) => l.phase === 'extract');
  const compare = lines.find((l) => l.phase === 'compare');
  const row = { sources: n, wallMs, timedOut, extract: extract ?? null, compare: compare ?? null };
  const phase = extract ? 'in comparison' : 'in extraction';
  if (!compare) row.failure = timedOut ? `killed after ${timeoutS} s ${phase}` : /heap out of memory/.test(stderr) ? `out of heap ${phase}` : `exit ${status} ${phase}`;
  if (!compare) row.stderr = stderr;
  results.sizes.push(row);
  rows.push({
    sources: n.toLocaleString('en-US'),
    claims: extract?.claims ?? '-',
    'extract s': extract ? fmt(extract.ms / 1000, 1) : '-',
    'load': extract ? fmt(extract.load, 1) : '-',
    'compare s': compare ? fmt(compare.ms / 1000, 1) : row.failure ?? '-',
    'load ': compare ? fmt(compare.load, 1) : '-',
    findings: compare?.findings ?? '-',
    'largest event': compare?.largestEventClaims ?? '-',
    'report MB': compare ? fmt(mb(compare.reportChars), 1) : '-',
    'peak RSS MB': fmt(mb((compare ?? extract)?.peakRss ?? NaN), 0),
    'heap MB': compare ? fmt(mb(compare.peakHeapMainThread), 0) : '-',
    'wall s': fmt(wallMs / 1000, 1),
  });
  console.log(`    ${n} sources done in ${fmt(wallMs / 1000, 1)} s${row.failure ? ` (${row.failure})` : ''}`);
}
table(`\n[2] growing events, extraction on ${workers} worker threads, comparison on the main thread`, Object.keys(rows[0]), rows);

const ratios = [];
for (let i = 1; i < results.sizes.length; i++) {
  const [a, b] = [results.sizes[i - 1], results.sizes[i]];
  const r = (x, y) => (x && y ? y / x : null);
  const ratio = {
    of: `${b.sources}/${a.sources}`,
    extract: r(a.extract?.ms, b.extract?.ms),
    compare: r(a.compare?.ms, b.compare?.ms),
    total: a.compare && b.compare ? (b.extract.ms + b.compare.ms) / (a.extract.ms + a.compare.ms) : null,
  };
  ratios.push(ratio);
  const ok = ratio.total !== null && ratio.total <= TARGETS.ratioMax * (b.sources / a.sources / 10);
  console.log(`    time ratio ${ratio.of}: extraction ${fmt(ratio.extract)}x, comparison ${fmt(ratio.compare)}x, total ${fmt(ratio.total)}x (target <= ${TARGETS.ratioMax} for 10x): ${ok ? 'ok' : 'CHECK'}`);
}
results.ratios = ratios;
const last = results.sizes.at(-1);
if (last) {
  const rss = (last.compare ?? last.extract)?.peakRss;
  console.log(`    at ${last.sources} sources: peak RSS ${fmt(mb(rss ?? NaN), 0)} MB (target < 4096): ${rss && rss < TARGETS.peakRssBytes && last.compare ? 'ok' : 'CHECK'}; wall ${fmt(last.wallMs / 1000, 1)} s`);
}
writeFileSync(join(here, 'growing-results.json'), JSON.stringify(results, null, 2));
