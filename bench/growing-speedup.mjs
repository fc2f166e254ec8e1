/**
 * Worker-thread extraction against one thread on the same corpus, in one process, alternated over `reps` rounds:
 *   one thread   `extractClaims` per source on the main thread (warmed up first)
 *   pool         `createExtractionPool({ workers })`, warmed up first, `pool.extract(corpus)`
 *   one-shot     `extractClaimsParallel(corpus, { workers })`: threads started, loaded and warmed in the call
 * Checks that all give the same claims. Usage: node --expose-gc bench/growing-speedup.mjs <sources> <workers> <reps>
 */
import { writeSync } from 'node:fs';
import os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { extractClaims } from '../dist/index.js';
import { createExtractionPool, extractClaimsParallel } from '../dist/parallel.js';
import { generateGrowingCorpus } from './growing-corpus.mjs';
import { gc, now } from './util.mjs';

const [n, workers, reps] = process.argv.slice(2).map(Number);
const corpus = generateGrowingCorpus(n, 11);
const warm = generateGrowingCorpus(Math.min(n, 300), 12);
const oneThread = (list) => list.flatMap((s) => extractClaims(s.text, { sourceId: s.id }));
const pool = createExtractionPool({ workers });
oneThread(warm);
await pool.extract(warm);

const variants = { one: () => oneThread(corpus), pool: () => pool.extract(corpus), oneShot: () => extractClaimsParallel(corpus, { workers }) };
const times = { one: [], pool: [], oneShot: [] };
/** The one-minute load average when each run ended, beside `times`: on a busy machine threads wait for cores. */
const load = { one: [], pool: [], oneShot: [] };
const claims = {};
for (let r = 0; r < reps; r++) {
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
writeSync(1, JSON.stringify({ sources: n, workers, times, load, same }) + '\n');
