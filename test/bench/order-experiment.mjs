/**
 * The experiment of issue 11: 500 sources of one event, 64 with no figure first, the rest split between $2B
 * and $3B a year, analyzed in both orders. Prints the findings of each run and whether they are identical.
 * Usage: npm run build && node bench/order-experiment.mjs [sources]
 */
import { analyze } from '../../dist/index.js';

const n = Number(process.argv[2] ?? 500);
const DEAL = 'Quillon is leasing its depot to Marrowind';
const sources = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, text: i < 64 ? `${DEAL}.` : `${DEAL} for $${i % 2 ? 2 : 3} billion a year.` }));
const count = (report, kind) => report.findings.filter((f) => f.kind === kind).length;
const forward = analyze(sources);
const reversed = analyze([...sources].reverse());
for (const [name, r] of [['forward', forward], ['reversed', reversed]]) {
  console.log(`${name}: ${count(r, 'contradiction')} contradictions, ${count(r, 'agreement')} agreements, pairs ${JSON.stringify(r.events[0].pairs)}`);
}
console.log(`identical findings: ${JSON.stringify(forward.findings) === JSON.stringify(reversed.findings)}; identical events: ${JSON.stringify(forward.events) === JSON.stringify(reversed.events)}`);
for (const f of forward.events[0].fields) console.log(`${f.aspect}: ${f.status}; ${f.positions.map((p) => `${p.value} (${p.sources.length})`).join(', ')}`);
