/**
 * Section f, in a fresh child process: analyze on one long realistic source (bench/long-text.mjs, with pronoun
 * follow-ups) at each size; µs per KB should stay flat from 10 KB to 1 MB.
 * Usage: node --expose-gc bench/long-source.mjs <size> [<size> ...]
 */
import { writeSync } from 'node:fs';
import { analyze } from '../../dist/index.js';
import { longText } from './long-text.mjs';
import { gc, median, time } from './util.mjs';

const sizes = process.argv.slice(2).map(Number);
const warm = longText(10_000, 3);
for (let i = 0; i < 5; i++) analyze([{ id: 'warm', text: warm }]);
for (const size of sizes) {
  const text = longText(size);
  gc();
  // Small sizes run repeatedly for a stable median; 1 MB once.
  const budget = size <= 10_000 ? 2_000 : size <= 100_000 ? 3_000 : 0;
  const times = [];
  let claims = 0;
  do times.push(time(() => { claims = analyze([{ id: 'long', text }]).claims.length; }));
  while (times.reduce((a, b) => a + b, 0) < budget && times.length < 40);
  const ms = median(times);
  writeSync(1, JSON.stringify({ size, ms, runs: times.length, claims, usPerKB: (ms * 1000) / (size / 1000) }) + '\n');
}
