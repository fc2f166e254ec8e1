/**
 * One size of the growing-events bench, in a fresh process so memory figures belong to it alone.
 * Extraction (`extractClaimsParallel`, `workers` threads) and comparison (`reportOfClaims`) are timed apart; a JSON
 * line is printed after each phase, so a parent that kills a slow comparison still has the extraction figures.
 * Usage: node --expose-gc bench/growing-size.mjs <sources> <workers> <seed>
 */
import { writeSync } from 'node:fs';
import os from 'node:os';
import { reportOfClaims } from '../../dist/index.js';
import { extractClaimsParallel } from '../../dist/parallel.js';
import { generateGrowingCorpus } from './growing-corpus.mjs';
import { gc, now } from './util.mjs';

const [n, workers, seed] = process.argv.slice(2).map(Number);
const say = (line) => writeSync(1, JSON.stringify(line) + '\n');
const peakRss = () => process.resourceUsage().maxRSS * 1024;

const corpus = generateGrowingCorpus(n, seed);
gc();
let peakHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); }, 200);
let t = now();
const claims = await extractClaimsParallel(corpus, { workers, maxSources: Math.max(n, 1) });
const extractMs = now() - t;
clearInterval(sampler);
say({ phase: 'extract', sources: n, workers, ms: extractMs, load: os.loadavg()[0], claims: claims.length, peakRss: peakRss(), startedCompareAt: Date.now() });

gc();
t = now();
const report = reportOfClaims(claims, { maxSources: Math.max(n, 1) });
const compareMs = now() - t;
const heapAfter = process.memoryUsage().heapUsed;

/** Characters of the report as JSON, counted item by item: the whole string may exceed what V8 can hold. */
function jsonChars(r) {
  let chars = 0;
  for (const [key, value] of Object.entries(r)) {
    chars += key.length + 4;
    if (Array.isArray(value)) for (const item of value) chars += JSON.stringify(item).length + 1;
    else chars += JSON.stringify(value).length;
  }
  return chars;
}
const largest = report.events.reduce((best, e) => (!best || e.claims.length > best.claims.length ? e : best), null);
say({
  phase: 'compare',
  ms: compareMs,
  load: os.loadavg()[0],
  events: report.events.length,
  findings: report.findings.length,
  entities: report.entities.length,
  largestEventClaims: largest?.claims.length ?? 0,
  reportChars: jsonChars(report),
  heapUsedAfterCompare: heapAfter,
  peakHeapMainThread: Math.max(peakHeap, heapAfter),
  peakRss: peakRss(),
});
