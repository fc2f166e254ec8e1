/**
 * Section e, in a fresh child process: analyze on `small` and `large` sources that all retell one event, in
 * varied words, some with a conflicting figure or term, some with none. Past `maxPairwiseClaims` an event keeps
 * its positions exact and lists a linear subset of pairs, so time and report size should grow with the sources.
 * Usage: node --expose-gc bench/one-event.mjs <small> <large>
 */
import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, jsonChunks, markdownChunks, textChunks } from '../../dist/index.js';
import { gc, now } from './util.mjs';

const TELLINGS = [
  (i) => `Veltrona Systems will supply Karvex Labs with compute for $4 billion a year, according to person ${i}.`,
  () => "Karvex Labs's three-year, $12 billion agreement with Veltrona Systems covers its training runs. It said its margins would rise.",
  () => 'Veltrona Systems is leasing capacity to Karvex Labs for $4 billion annually.',
  () => 'Karvex Labs will pay Veltrona Systems $5 billion a year for capacity, two people said.',
  () => 'Veltrona Systems signed a deal with Karvex Labs. They declined to comment on the terms.',
  () => 'Veltrona Systems agreed to supply Karvex Labs for five years.',
];

export function oneEventCorpus(n) {
  return Array.from({ length: n }, (_, i) => ({ id: `v${i}`, text: TELLINGS[(i * 7) % TELLINGS.length](i) }));
}

function size(chunks) {
  let n = 0;
  for (const c of chunks) n += c.length;
  return n;
}

function measure(n) {
  const corpus = oneEventCorpus(n);
  gc();
  const start = now();
  const report = analyze(corpus);
  const ms = now() - start;
  const event = report.events[0];
  return {
    sources: n, ms, claims: report.claims.length, findings: report.findings.length,
    pairs: event.pairs, fields: event.fields.map((f) => ({ aspect: f.aspect, status: f.status, positions: f.positions.map((p) => [p.value, p.sources.length]) })),
    jsonChars: size(jsonChunks(report)), textChars: size(textChunks(report)), markdownChars: size(markdownChunks(report)),
    claimsJsonChars: JSON.stringify(report.claims, null, 2).length,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [small, large] = process.argv.slice(2).map(Number);
  analyze(oneEventCorpus(200));
  for (const n of [small, large]) writeSync(1, JSON.stringify(measure(n)) + '\n');
}
