/**
 * Worker-thread extraction against one thread on the same corpus, in one process, alternated over `reps` rounds:
 *   one thread   `extractClaims` per source on the main thread (warmed up first)
 *   pool         `createExtractionPool({ workers })`, warmed up first, `pool.extract(corpus)`
 * Warming up means WARM_SOURCES_PER_THREAD sources through every thread: V8 keeps compiling hot code for the first
 * few thousand sources a thread sees (a cold thread takes 1.5 to 2 times as long per source), and a pool thread
 * sees only its share of each run, so it needs `workers` times the runs of the main thread to be as warm.
 *   one-shot     `extractClaimsParallel(corpus, { workers })`: threads started, loaded and warmed in the call
 * Each round also measures the machine's ceiling: a busy loop on one thread and on `workers` threads at once.
 * Checks that all give the same claims. Usage: node --expose-gc bench/growing-speedup.mjs <sources> <workers> <reps>
 */
import { writeSync } from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { isDeepStrictEqual } from 'node:util';
import { extractClaims } from '../../dist/index.js';
import { createExtractionPool, extractClaimsParallel } from '../../dist/parallel.js';
import { generateGrowingCorpus } from './growing-corpus.mjs';
import { gc, now } from './util.mjs';

const [n, workers, reps] = process.argv.slice(2).map(Number);
const corpus = generateGrowingCorpus(n, 11);
const WARM_SOURCES_PER_THREAD = 4000;
const warm = generateGrowingCorpus(Math.min(n, 1000), 12);
const oneThread = (list) => list.flatMap((s) => extractClaims(s.text, { sourceId: s.id }));
const pool = createExtractionPool({ workers });
for (let seen = 0; seen < WARM_SOURCES_PER_THREAD; seen += warm.length) {
  oneThread(warm);
  for (let w = 0; w < workers; w++) await pool.extract(warm);
}

/**
 * What two threads can do here at all: the same busy loop on one thread, then on two at once. Its ratio (twice the
 * work in the time taken) is the ceiling of any two-thread speedup on this machine at this moment; a shared or
 * throttled host gives far less than 2. Measured in every round, beside crosscheck's own runs.
 */
const SPIN = 'let x = 0; const t = performance.now(); for (let i = 0; i < 2e8; i++) x += i % 7; require("node:worker_threads").parentPort.postMessage(x && performance.now() - t);';
const spin = (threads) => {
  const t = now();
  return Promise.all(Array.from({ length: threads }, () => new Promise((resolve, reject) => {
    const w = new Worker(SPIN, { eval: true });
    w.once('message', () => w.terminate().then(resolve));
    w.once('error', reject);
  }))).then(() => now() - t);
};
const ceiling = [];

const variants = { one: () => oneThread(corpus), pool: () => pool.extract(corpus), oneShot: () => extractClaimsParallel(corpus, { workers }) };
const times = { one: [], pool: [], oneShot: [] };
/** The one-minute load average when each run ended, beside `times`: on a busy machine threads wait for cores. */
const load = { one: [], pool: [], oneShot: [] };
const claims = {};
for (let r = 0; r < reps; r++) {
  const [one, two] = [await spin(1), await spin(workers)];
  ceiling.push((workers * one) / two);
  const names = Object.keys(variants);
  for (const which of [...names.slice(r % 3), ...names.slice(0, r % 3)]) {
    gc();
    const t = now();
    const got = await variants[which]();
    times[which].push(now() - t);
    load[which].push(os.loadavg()[0]);
    claims[which] ??= got;
  }
}
await pool.close();
const same = isDeepStrictEqual(claims.one, claims.pool) && isDeepStrictEqual(claims.one, claims.oneShot);
writeSync(1, JSON.stringify({ sources: n, workers, times, load, ceiling, same }) + '\n');
