/**
 * Section b, run in a fresh child process so its memory figures are not mixed with other sections:
 * analyze on `small` and `large` generated corpora (time ratio in this one process), and memory at `large`.
 * Prints a JSON line for the small corpus as soon as it is timed, then one for the large corpus, so a parent that
 * kills a superlinear run still has the small figures. Usage: node --expose-gc bench/scaling.mjs <small> <large> <reps>
 */
import { writeSync } from 'node:fs';
import { analyze, jsonChunks, textChunks } from '../../dist/index.js';
import { generateCorpus } from './corpus.mjs';
import { gc, median, now, time } from './util.mjs';

const [small, large, reps] = process.argv.slice(2).map(Number);
const seed = 2;

const smallCorpus = generateCorpus(small, seed);
const largeCorpus = generateCorpus(large, seed);
// Warm-up: a different corpus, then the small one once.
analyze(generateCorpus(200, 99));
analyze(smallCorpus);
const chars = (corpus) => corpus.reduce((n, s) => n + s.text.length, 0);

// The small corpus is timed before and after the large one, so a burst of load on the machine is less likely
// to hit only one side of the ratio.
const smallTimes = [];
let smallReport;
const before1 = Math.ceil(reps / 2);
for (let r = 0; r < before1; r++) smallTimes.push(time(() => { smallReport = analyze(smallCorpus); }));
const smallCounts = counts(smallReport);
smallReport = null;

gc();
gc();
const before = process.memoryUsage();
// Date.now() lets the parent tell how long the large run had been going if it has to kill it.
writeSync(1, JSON.stringify({ phase: 'small', sources: small, chars: chars(smallCorpus), ms: median(smallTimes), minMs: Math.min(...smallTimes), runs: smallTimes, ...smallCounts, largeStartedAt: Date.now() }) + '\n');
const start = now();
let report = analyze(largeCorpus);
const largeMs = now() - start;
const after = process.memoryUsage();
const peakRss = process.resourceUsage().maxRSS * 1024;
gc();
gc();
const retained = process.memoryUsage();
const largeCounts = counts(report);
report = null;
for (let r = before1; r < reps; r++) smallTimes.push(time(() => analyze(smallCorpus)));

/** Characters of a streamed rendering, counted chunk by chunk (the output is never held whole). */
function outputSize(chunks) {
  let n = 0;
  for (const c of chunks) n += c.length;
  return n;
}

function counts(r) {
  const largest = r.events.reduce((best, e) => (!best || e.claims.length > best.claims.length ? e : best), null);
  return {
    claims: r.claims.length,
    events: r.events.length,
    findings: r.findings.length,
    entities: r.entities.length,
    jsonChars: outputSize(jsonChunks(r)),
    textChars: outputSize(textChunks(r)),
    largestEvent: largest ? { label: largest.label, claims: largest.claims.length, agreements: largest.agreements, contradictions: largest.contradictions } : null,
  };
}

const out = {
  small: { sources: small, chars: chars(smallCorpus), ms: median(smallTimes), minMs: Math.min(...smallTimes), runs: smallTimes, ...smallCounts },
  large: { sources: large, chars: chars(largeCorpus), ms: largeMs, ...largeCounts },
  memory: {
    baselineRss: before.rss,
    baselineHeapUsed: before.heapUsed,
    rssAfter: after.rss,
    heapUsedAfter: after.heapUsed,
    heapTotalAfter: after.heapTotal,
    peakRss,
    retainedHeapUsed: retained.heapUsed,
  },
};
writeSync(1, JSON.stringify({ phase: 'done', ...out }) + '\n');
