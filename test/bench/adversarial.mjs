/**
 * Section d, one adversarial case per child process (the parent kills it after a timeout):
 * analyze on a single source made of the case's unit repeated to each size (in UTF-16 code units).
 * Prints one JSON line per size as soon as it is measured, so a timeout still leaves the smaller sizes.
 * Usage: node --expose-gc bench/adversarial.mjs <case> <size> [<size> ...]
 */
import { writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../dist/index.js';
import { median, time } from './util.mjs';

const PARAGRAPH =
  'Veltrona Systems will supply Karvex Labs with 40,000 GPUs under a five-year, $4.5 billion agreement, ' +
  'according to two people familiar with the matter. Karvex Labs\'s payments to Veltrona come to roughly $900 million a year. ' +
  'Shares of Veltrona rose 3% on Monday. ';

/** name -> what is repeated; `maxSize` caps the extra cases so the whole bench stays within minutes. */
export const CASES = {
  'a-space': { label: "'a ' repeated (one unpunctuated sentence)", unit: 'a ' },
  digits: { label: 'digits only, no spaces', unit: '1234567890' },
  'digits-space': { label: "'12 ' repeated", unit: '12 ', maxSize: 100_000 },
  dollar: { label: "'$' repeated", unit: '$' },
  billion: { label: "'billion ' repeated", unit: 'billion ' },
  'money-list': { label: "'$1.5bn, ' repeated", unit: '$1.5bn, ' },
  token: { label: 'one letter token as long as the size', unit: 'abcdefghij' },
  paragraph: { label: 'realistic paragraph repeated', unit: PARAGRAPH },
  'emoji-rtl': { label: 'emoji + Arabic/Hebrew mix', unit: '🚀 شركة ناشئة 💰 $5 مليار חברה 🇺🇸 עסקה של 3 מיליארד ' },
  brackets: { label: 'open brackets/quotes "((((\\"["', unit: '(((("[', maxSize: 100_000 },
};

export function textOf(name, size) {
  const unit = CASES[name].unit;
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function run(text) {
  return analyze([{ id: 'adv', text }]);
}

function measure(name, size) {
  const text = textOf(name, size);
  const budget = size <= 10_000 ? 300 : size <= 100_000 ? 800 : 0;
  const times = [];
  let report;
  do times.push(time(() => { report = run(text); }));
  while (times.reduce((a, b) => a + b, 0) < budget && times.length < 25);
  return { ms: median(times), runs: times.length, claims: report.claims.length, findings: report.findings.length };
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const [name, ...sizes] = process.argv.slice(2);
  const emit = (obj) => writeSync(1, JSON.stringify(obj) + '\n');
  try {
    const warm = textOf(name, 1000);
    for (let i = 0; i < 5; i++) run(warm);
  } catch { /* the 1 KB measurement below reports the error */ }
  for (const size of sizes.map(Number)) {
    try {
      const m = measure(name, size);
      emit({ case: name, size, ...m, usPerKB: (m.ms * 1000) / (size / 1000), maxRss: process.resourceUsage().maxRSS * 1024 });
    } catch (e) {
      emit({ case: name, size, error: `${e?.name ?? 'Error'}: ${String(e?.message ?? e).slice(0, 300)}` });
    }
  }
}
