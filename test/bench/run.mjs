/**
 * crosscheck benchmarks. Every figure that matters is a ratio against a baseline timed in the same process,
 * so results carry across machines; no absolute time is asserted anywhere.
 *
 *   a. analyze / extractClaims throughput against compromise's own parse of the same texts
 *   b. scaling: 1,000 vs 10,000 sources (time ratio, memory at 10,000), in a fresh child process
 *   c. extractQuantities against Microsoft Recognizers-Text on the same sentences
 *   d. adversarial single-source inputs from 1 KB to 1 MB, one child process per case, killed on timeout
 *   e. one event told by 1,000 vs 10,000 sources: time ratio, findings, report size per format
 *   f. one long realistic source with pronouns, 10 KB vs 1 MB: µs per KB
 *   g. the command on a 5 MB text file of 20,000 sources in every format: time, peak memory, output size
 *   h. start-up: import crosscheck, import plus the first analyze, and crosscheck --version, each in a fresh
 *      process, against importing full compromise
 *
 * Usage: npm run bench [-- --quick] [-- --only=a,c]
 * Writes bench/results.json (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import RT from '@microsoft/recognizers-text-suite';
import { analyze, extractClaims, extractQuantities } from '../../dist/index.js';
import { generateCorpus } from './corpus.mjs';
import { CASES } from './adversarial.mjs';
import { measureStartup } from './startup.mjs';
import { fmt, mb, median, min, now, rotate, sentencesOf, table, time } from './util.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = (args.find((a) => a.startsWith('--only=')) ?? '--only=a,b,c,d,e,f,g,h').slice(7).split(',');

const SIZES = quick
  ? { a: { texts: 200, reps: 2 }, b: { small: 300, large: 3000, reps: 2, timeoutMs: 90_000 }, c: { generated: 100, fixtures: 100, reps: 2, convenience: 15 }, d: { sizes: [1e3, 1e4, 1e5], timeoutMs: 20_000 }, e: { small: 300, large: 3000, timeoutMs: 120_000 }, f: { sizes: [1e4, 1e5], timeoutMs: 60_000 }, g: { sources: 2000, timeoutMs: 300_000 }, h: { reps: 3 } }
  : { a: { texts: 1000, reps: 3 }, b: { small: 1000, large: 10000, reps: 3, timeoutMs: 150_000 }, c: { generated: 240, fixtures: 400, reps: 3, convenience: 40 }, d: { sizes: [1e3, 1e4, 1e5, 1e6], timeoutMs: 60_000 }, e: { small: 1000, large: 10000, timeoutMs: 300_000 }, f: { sizes: [1e4, 1e5, 1e6], timeoutMs: 180_000 }, g: { sources: 20000, timeoutMs: 1_200_000 }, h: { reps: 7 } };

const TARGETS = { analyzeOverNlp: 1.25, scalingRatioMax: 10.5, outputRatioMax: 10.5, rtOverOurs: 20, adversarialFlatness: 3, oneEventReportMB: 10, oneEventRatioMax: 10.5, longSourcePerKB: 1.5, importOverCompromise: 1.5, versionOverCompromise: 0.5 };

const results = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  quick,
  gcExposed: typeof globalThis.gc === 'function',
  targets: TARGETS,
  sections: {},
};
/** Problems found, described precisely enough for the library author to reproduce. */
const problems = [];
const started = now();

const verdict = (ok) => (ok ? 'ok' : 'CHECK');

console.log(`crosscheck bench: node ${process.version}, ${results.cpus} cpus (${results.cpuModel}), ${quick ? 'QUICK sizes' : 'full sizes'}`);
console.log('All ratios compare runs timed in the same process; absolute times are for orientation only.');
if (!results.gcExposed) console.log('warning: run with --expose-gc (npm run bench does) for stable timings and memory figures');

// ------------------------------------------------------------------ a. throughput vs compromise

function sectionA() {
  const { texts: n, reps } = SIZES.a;
  const corpus = generateCorpus(n, 1);
  const chars = corpus.reduce((sum, s) => sum + s.text.length, 0);
  const variants = {
    'nlp(text)': () => { for (const s of corpus) nlp(s.text); },
    "nlp(text).compute('offset')": () => { for (const s of corpus) nlp(s.text).compute('offset'); },
    'extractClaims per text': () => { for (const s of corpus) extractClaims(s.text, { sourceId: s.id }); },
    'analyze(corpus)': () => analyze(corpus),
  };
  const names = Object.keys(variants);

  // Warm-up: every variant over the first 200 texts, twice.
  const warm = corpus.slice(0, Math.min(200, n));
  for (let i = 0; i < 2; i++) {
    for (const s of warm) { nlp(s.text).compute('offset'); extractClaims(s.text, { sourceId: s.id }); }
    analyze(warm);
  }

  const times = Object.fromEntries(names.map((k) => [k, []]));
  for (let r = 0; r < reps; r++) for (const name of rotate(names, r)) times[name].push(time(variants[name]));

  const base = median(times['nlp(text)']);
  const baseMin = min(times['nlp(text)']);
  const rows = names.map((name) => ({
    variant: name,
    'median ms': fmt(median(times[name]), 0),
    'min ms': fmt(min(times[name]), 0),
    'µs/text': fmt((median(times[name]) * 1000) / n, 0),
    'ratio (median)': fmt(median(times[name]) / base),
    'ratio (min)': fmt(min(times[name]) / baseMin),
  }));
  const ratio = median(times['analyze(corpus)']) / base;
  const ratioMin = min(times['analyze(corpus)']) / baseMin;
  const extractRatio = median(times['extractClaims per text']) / base;
  const compareShare = 1 - median(times['extractClaims per text']) / median(times['analyze(corpus)']);
  table(`\n[a] analyze vs compromise on the same ${n} generated texts (${fmt(chars / n, 0)} chars avg), warm-up + ${reps} reps, order rotated`, Object.keys(rows[0]), rows);
  console.log(`    analyze/nlp = ${fmt(ratio)} by medians, ${fmt(ratioMin)} by fastest runs (target <= ${TARGETS.analyzeOverNlp}: ${verdict(ratio <= TARGETS.analyzeOverNlp)}); extractClaims/nlp = ${fmt(extractRatio)}; comparison stage ~${fmt(compareShare * 100, 0)}% of analyze`);
  if (ratio > TARGETS.analyzeOverNlp) {
    problems.push(`[a] analyze/nlp = ${fmt(ratio)} (fastest runs: ${fmt(ratioMin)}) on ${n} generated texts (target <= ${TARGETS.analyzeOverNlp}); extractClaims alone is ${fmt(extractRatio)}x nlp, so ${compareShare > 0.15 ? 'the comparison stage' : 'per-text extraction on top of the compromise parse'} is where the extra time goes.`);
  }
  results.sections.a = { texts: n, chars, reps, timesMs: times, analyzeOverNlp: ratio, analyzeOverNlpMin: ratioMin, extractOverNlp: extractRatio, compareShareOfAnalyze: compareShare };
}

/** Runs a bench script in a fresh process with a hard time limit; it reports one JSON object per line. */
function runChild(script, args, timeoutMs) {
  const t0 = now();
  const child = spawnSync(process.execPath, ['--expose-gc', join(here, script), ...args.map(String)], {
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 24,
  });
  const lines = (child.stdout ?? '').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  return { child, wall: now() - t0, lines };
}

// ------------------------------------------------------------------ b. scaling (child process)

function sectionB() {
  const { small, large, reps, timeoutMs } = SIZES.b;
  const { child, wall, lines } = runChild('scaling.mjs', [small, large, reps], timeoutMs);
  const smallLine = lines.find((l) => l.phase === 'small');
  const done = lines.find((l) => l.phase === 'done');
  if (!done) {
    const killed = child.error?.code === 'ETIMEDOUT' || child.signal;
    const why = killed ? `killed after ${fmt(wall / 1000, 0)} s (timeout ${timeoutMs / 1000} s)` : `exit ${child.status}: ${(child.stderr ?? '').slice(-800)}`;
    console.log(`\n[b] scaling: analyze on ${small} vs ${large} generated sources (fresh child process)`);
    if (smallLine) {
      console.log(`    small: ${small} sources in ${fmt(smallLine.ms, 0)} ms (fastest ${fmt(smallLine.minMs, 0)} ms), ${smallLine.claims} claims, ${smallLine.events} events, ${smallLine.findings} findings`);
      if (smallLine.largestEvent) console.log(`    largest event in small: "${smallLine.largestEvent.label}" with ${smallLine.largestEvent.claims} claims, ${smallLine.largestEvent.agreements} agreements, ${smallLine.largestEvent.contradictions} contradictions`);
    }
    console.log(`    large: FAILED, ${why}`);
    if (smallLine && killed) {
      const lower = (Date.now() - smallLine.largeStartedAt) / smallLine.minMs;
      const superlinear = lower > TARGETS.scalingRatioMax * (large / small / 10);
      console.log(`    time ratio > ${fmt(lower, 0)} for ${large / small}x the sources (linear ${large / small}): ${superlinear ? 'superlinear' : 'CHECK (ran out of time)'}`);
      problems.push(`[b] analyze on ${large} generated sources did not finish: ${why}; ${small} sources took ${fmt(smallLine.minMs, 0)} ms, so the time ratio is above ${fmt(lower, 0)} for ${large / small}x the sources${superlinear ? ' (superlinear)' : ''}.`);
    } else problems.push(`[b] analyze on ${small} then ${large} generated sources failed: ${why}`);
    const e = smallLine?.largestEvent;
    if (e && e.agreements + e.contradictions > 1000) {
      problems.push(`[b] at ${small} sources one event, "${e.label}", already holds ${e.claims} claims and ${e.agreements + e.contradictions} pairwise findings (about n²/2): events that grow with the corpus make findings, time and memory quadratic.`);
    }
    results.sections.b = { failed: why, small: smallLine ?? null };
    return;
  }
  const out = done;
  const sizeRatio = large / small;
  const timeRatio = out.large.ms / out.small.ms;
  const timeRatioMin = out.large.ms / out.small.minMs;
  const row = (label, x) => ({
    corpus: label,
    sources: fmt(x.sources, 0),
    chars: fmt(x.chars, 0),
    'ms': fmt(x.ms, 0),
    'µs/source': fmt((x.ms * 1000) / x.sources, 0),
    claims: fmt(x.claims, 0),
    events: fmt(x.events, 0),
    findings: fmt(x.findings, 0),
    entities: fmt(x.entities, 0),
    'JSON MB': fmt(x.jsonChars / 1e6, 2),
    'text MB': fmt(x.textChars / 1e6, 2),
  });
  const rows = [row(`small (median of ${reps})`, out.small), row('small (fastest)', { ...out.small, ms: out.small.minMs }), row('large (1 run)', out.large)];
  rows.push({
    corpus: 'ratio large/small',
    sources: fmt(sizeRatio, 1),
    chars: fmt(out.large.chars / out.small.chars, 1),
    ms: fmt(timeRatio, 1),
    'µs/source': fmt(timeRatio / sizeRatio, 2),
    claims: fmt(out.large.claims / out.small.claims, 1),
    events: fmt(out.large.events / out.small.events, 1),
    findings: fmt(out.large.findings / Math.max(1, out.small.findings), 1),
    entities: fmt(out.large.entities / Math.max(1, out.small.entities), 1),
    'JSON MB': fmt(out.large.jsonChars / out.small.jsonChars, 1),
    'text MB': fmt(out.large.textChars / out.small.textChars, 1),
  });
  table(`\n[b] scaling: analyze on ${small} vs ${large} generated sources (fresh child process)`, Object.keys(rows[0]), rows);
  for (const [name, x] of [['small', out.small], ['large', out.large]]) {
    const e = x.largestEvent;
    if (e) console.log(`    largest event in ${name}: "${e.label}" with ${e.claims} claims, ${e.agreements} agreements, ${e.contradictions} contradictions`);
  }
  const findingsRatio = out.large.findings / Math.max(1, out.small.findings);
  if (findingsRatio > 2 * sizeRatio) {
    const e = out.large.largestEvent;
    problems.push(`[b] findings grow ${fmt(findingsRatio, 0)}x for ${sizeRatio}x the sources (${out.small.findings} -> ${out.large.findings}): pairwise findings inside one oversized event, "${e?.label}" (${e?.claims} claims, ${e?.agreements} agreements, ${e?.contradictions} contradictions at ${large} sources).`);
  }
  const linear = timeRatioMin <= TARGETS.scalingRatioMax * (sizeRatio / 10);
  console.log(`    time ratio = ${fmt(timeRatio, 1)} against the median small run, ${fmt(timeRatioMin, 1)} against the fastest, for ${fmt(sizeRatio, 0)}x the sources (linear ${fmt(sizeRatio, 0)}, quadratic ${fmt(sizeRatio * sizeRatio, 0)}): ${verdict(linear)}`);
  if (!linear) problems.push(`[b] analyze time grows superlinearly: ${small} sources ${fmt(out.small.ms, 0)} ms, ${large} sources ${fmt(out.large.ms, 0)} ms (ratio ${fmt(timeRatioMin, 1)} against the fastest small run, for ${sizeRatio}x sources).`);

  const outputRatio = Math.max(out.large.jsonChars / out.small.jsonChars, out.large.textChars / out.small.textChars);
  const outputLinear = outputRatio <= TARGETS.outputRatioMax * (sizeRatio / 10);
  console.log(`    output size ratio (JSON, text) = ${fmt(out.large.jsonChars / out.small.jsonChars, 2)}, ${fmt(out.large.textChars / out.small.textChars, 2)} for ${fmt(sizeRatio, 0)}x the sources (target <= ${TARGETS.outputRatioMax * (sizeRatio / 10)}): ${verdict(outputLinear)}`);
  if (!outputLinear) problems.push(`[b] report size grows ${fmt(outputRatio, 1)}x for ${sizeRatio}x the sources.`);

  const m = out.memory;
  const memRows = [
    { measure: 'RSS before (after gc)', MB: fmt(mb(m.baselineRss), 1), 'per source': '' },
    { measure: 'peak RSS (maxRSS)', MB: fmt(mb(m.peakRss), 1), 'per source': '' },
    { measure: 'peak RSS delta', MB: fmt(mb(m.peakRss - m.baselineRss), 1), 'per source': `${fmt((m.peakRss - m.baselineRss) / large / 1024, 1)} KB` },
    { measure: 'RSS delta right after analyze', MB: fmt(mb(m.rssAfter - m.baselineRss), 1), 'per source': `${fmt((m.rssAfter - m.baselineRss) / large / 1024, 1)} KB` },
    { measure: 'heapUsed delta right after analyze (incl. garbage)', MB: fmt(mb(m.heapUsedAfter - m.baselineHeapUsed), 1), 'per source': `${fmt((m.heapUsedAfter - m.baselineHeapUsed) / large / 1024, 1)} KB` },
    { measure: 'heapUsed delta retained by the report (after gc)', MB: fmt(mb(m.retainedHeapUsed - m.baselineHeapUsed), 1), 'per source': `${fmt((m.retainedHeapUsed - m.baselineHeapUsed) / large / 1024, 1)} KB` },
    { measure: 'heapTotal right after analyze', MB: fmt(mb(m.heapTotalAfter), 1), 'per source': '' },
  ];
  table(`\n[b] memory at ${large} sources (global.gc before; V8 gives no true peak heapUsed, so heapTotal bounds it)`, ['measure', 'MB', 'per source'], memRows);
  results.sections.b = { ...out, timeRatio, timeRatioMin, sizeRatio, outputRatio };
}

// ------------------------------------------------------------------ c. extractQuantities vs Recognizers-Text

function fixtureSentences() {
  const dir = join(root, 'fixtures', 'corpora');
  const texts = [];
  const walk = (x) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      if (Array.isArray(x.sources)) {
        for (const s of x.sources) if (typeof s?.text === 'string') texts.push(s.text);
      } else Object.values(x).forEach(walk);
    }
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    try { walk(JSON.parse(readFileSync(join(dir, file), 'utf8'))); } catch { /* not a corpus file */ }
  }
  return texts.flatMap(sentencesOf);
}

function recognizers() {
  const require = createRequire(import.meta.url);
  const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
  const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');
  const { DateTimeRecognizer } = require('@microsoft/recognizers-text-date-time');
  const C = RT.Culture.English;
  const ref = new Date('2026-01-15T00:00:00Z');
  // Built once, as an application would keep them (lazy init: English models only).
  const currency = new NumberWithUnitRecognizer(C, 0, true).getCurrencyModel(C);
  const dimension = new NumberWithUnitRecognizer(C, 0, true).getDimensionModel(C);
  const number = new NumberRecognizer(C, 0, true).getNumberModel(C);
  const percentage = new NumberRecognizer(C, 0, true).getPercentageModel(C);
  const datetime = new DateTimeRecognizer(C, 0, true).getDateTimeModel(C);
  return {
    models: {
      currency: (s) => currency.parse(s),
      dimension: (s) => dimension.parse(s),
      number: (s) => number.parse(s),
      datetime: (s) => datetime.parse(s, ref),
    },
    extra: { percentage: (s) => percentage.parse(s) },
    /** The suite's one-call functions, which build a recognizer on every call. */
    suite: (s) => [RT.recognizeCurrency(s, C), RT.recognizeDimension(s, C), RT.recognizeNumber(s, C), RT.recognizeDateTime(s, C, undefined, ref)],
  };
}

function sectionC() {
  const { generated: nGen, fixtures: nFix, reps, convenience } = SIZES.c;
  const subsets = {
    generated: generateCorpus(Math.ceil(nGen / 2), 3).flatMap((s) => sentencesOf(s.text)).slice(0, nGen),
    fixtures: fixtureSentences().slice(0, nFix),
  };
  const all = [...subsets.generated, ...subsets.fixtures];
  const rt = recognizers();
  const rtNames = Object.keys(rt.models);
  const ours = (list) => { for (const s of list) extractQuantities(s); };
  const rtModel = (name, list) => () => { const f = rt.models[name] ?? rt.extra[name]; for (const s of list) f(s); };

  // Warm-up on 60 sentences of each kind.
  const warm = [...subsets.generated.slice(0, 30), ...subsets.fixtures.slice(0, 30)];
  for (let i = 0; i < 3; i++) ours(warm);
  for (const f of [...Object.values(rt.models), ...Object.values(rt.extra)]) for (const s of warm) f(s);

  const times = {};
  const push = (key, ms) => (times[key] ??= []).push(ms);
  for (let r = 0; r < reps; r++) {
    for (const [subset, list] of Object.entries(subsets)) {
      const jobs = [['ours', () => ours(list)], ...[...rtNames, 'percentage'].map((name) => [name, rtModel(name, list)])];
      for (const [name, job] of rotate(jobs, r)) push(`${subset}:${name}`, time(job));
    }
  }

  // The suite's convenience functions, on a small sample (each call rebuilds its recognizer).
  const sample = all.filter((_, i) => i % Math.max(1, Math.floor(all.length / convenience)) === 0).slice(0, convenience);
  for (const s of sample.slice(0, 3)) rt.suite(s);
  const suiteMs = time(() => { for (const s of sample) rt.suite(s); });
  const oursSampleMs = median([0, 1, 2].map(() => time(() => ours(sample))));

  // What each side finds, so the comparison is of like work.
  const found = { ours: 0, ...Object.fromEntries([...rtNames, 'percentage'].map((n) => [n, 0])) };
  for (const s of all) {
    const q = extractQuantities(s);
    found.ours += q.amounts.length + q.durations.length + q.quantities.length;
    for (const n of rtNames) found[n] += rt.models[n](s).length;
    found.percentage += rt.extra.percentage(s).length;
  }

  const med = (key) => median(times[key]);
  const rows = [];
  for (const [subset, list] of Object.entries(subsets)) {
    const o = med(`${subset}:ours`);
    const rt4 = rtNames.reduce((sum, n) => sum + med(`${subset}:${n}`), 0);
    const row = { sentences: `${subset} (${list.length})`, 'ours ms': fmt(o, 1), 'µs/sentence': fmt((o * 1000) / list.length, 0) };
    for (const n of rtNames) row[`${n} ms`] = fmt(med(`${subset}:${n}`), 0);
    row['RT4 ms'] = fmt(rt4, 0);
    row['RT4/ours'] = `${fmt(rt4 / o, 0)}x`;
    row['+percentage/ours'] = `${fmt((rt4 + med(`${subset}:percentage`)) / o, 0)}x`;
    rows.push(row);
  }
  const oAll = med('generated:ours') + med('fixtures:ours');
  const rt4All = rtNames.reduce((sum, n) => sum + med(`generated:${n}`) + med(`fixtures:${n}`), 0);
  const pctAll = med('generated:percentage') + med('fixtures:percentage');
  const ratio = rt4All / oAll;
  const allRow = { sentences: `all (${all.length})`, 'ours ms': fmt(oAll, 1), 'µs/sentence': fmt((oAll * 1000) / all.length, 0) };
  for (const n of rtNames) allRow[`${n} ms`] = fmt(med(`generated:${n}`) + med(`fixtures:${n}`), 0);
  allRow['RT4 ms'] = fmt(rt4All, 0);
  allRow['RT4/ours'] = `${fmt(ratio, 0)}x`;
  allRow['+percentage/ours'] = `${fmt((rt4All + pctAll) / oAll, 0)}x`;
  rows.push(allRow);
  table(`\n[c] extractQuantities vs Recognizers-Text (currency+dimension+number+datetime models built once, English), median of ${reps}`, Object.keys(rows[0]), rows);
  const suiteRatio = suiteMs / oursSampleMs;
  console.log(`    suite one-call functions (recognizeCurrency/Dimension/Number/DateTime, recognizer rebuilt per call) on ${sample.length} sentences: ${fmt(suiteMs, 0)} ms vs ours ${fmt(oursSampleMs, 1)} ms = ${fmt(suiteRatio, 0)}x`);
  console.log(`    found over all sentences: ours ${found.ours} values; RT ${rtNames.map((n) => `${n} ${found[n]}`).join(', ')}, percentage ${found.percentage}`);
  console.log(`    RT4/ours = ${fmt(ratio, 0)}x (target >= ${TARGETS.rtOverOurs}x: ${verdict(ratio >= TARGETS.rtOverOurs)})`);
  if (ratio < TARGETS.rtOverOurs) problems.push(`[c] extractQuantities is only ${fmt(ratio, 1)}x faster than Recognizers-Text on ${all.length} sentences (target >= ${TARGETS.rtOverOurs}x).`);
  results.sections.c = { sentences: { generated: subsets.generated.length, fixtures: subsets.fixtures.length }, reps, timesMs: times, rtOverOurs: ratio, rtWithPercentageOverOurs: (rt4All + pctAll) / oAll, suite: { sentences: sample.length, ms: suiteMs, oursMs: oursSampleMs, ratio: suiteRatio }, found };
}

// ------------------------------------------------------------------ d. adversarial inputs (one child per case)

function sectionD() {
  const { sizes, timeoutMs } = SIZES.d;
  const label = (size) => (size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`);
  const rows = [];
  const failures = [];
  const notes = [];
  const perCase = {};
  for (const name of Object.keys(CASES)) {
    const caseSizes = sizes.filter((size) => size <= (CASES[name].maxSize ?? Infinity));
    const { child, wall, lines } = runChild('adversarial.mjs', [name, ...caseSizes], timeoutMs);
    const bySize = new Map(lines.map((l) => [l.size, l]));
    const row = { case: name, input: CASES[name].label };
    const done = [];
    for (const size of sizes) {
      if (!caseSizes.includes(size)) { row[label(size)] = 'skip'; continue; }
      const m = bySize.get(size);
      if (!m) {
        row[label(size)] = 'TIMEOUT';
        const why = child.error?.code === 'ETIMEDOUT' || child.signal ? `killed after ${fmt(wall / 1000, 0)} s (timeout ${timeoutMs / 1000} s)` : `child exited ${child.status}: ${(child.stderr ?? '').trim().split('\n').slice(-3).join(' | ').slice(0, 300)}`;
        failures.push(`${name} at ${label(size)}: ${why}`);
        problems.push(`[d] analyze([{ id, text }]) with ${CASES[name].label} at ${label(size)} (${size.toLocaleString('en-US')} chars) did not finish: ${why}.`);
        break;
      }
      if (m.error) {
        row[label(size)] = 'THROWS';
        failures.push(`${name} at ${label(size)}: ${m.error}`);
        problems.push(`[d] analyze([{ id, text }]) throws on ${CASES[name].label} at ${label(size)} (${size.toLocaleString('en-US')} chars): ${m.error}`);
        continue;
      }
      row[label(size)] = fmt(m.usPerKB, 0);
      done.push(m);
    }
    const flat = done.length >= 2 ? done.at(-1).usPerKB / done[0].usPerKB : null;
    const lastStep = done.length >= 2 ? done.at(-1).usPerKB / done.at(-2).usPerKB : null;
    row['largest/smallest'] = flat === null ? '-' : fmt(flat);
    row['last step'] = lastStep === null ? '-' : fmt(lastStep);
    row['ms at largest'] = done.length ? fmt(done.at(-1).ms, 0) : '-';
    row['maxRSS MB'] = done.length ? fmt(mb(done.at(-1).maxRss), 0) : '-';
    const isFlat = (flat === null || flat < TARGETS.adversarialFlatness) && (lastStep === null || lastStep < TARGETS.adversarialFlatness);
    row.verdict = failures.some((f) => f.startsWith(`${name} `)) ? 'FAIL' : verdict(isFlat);
    if (done.length && (done.at(-1).ms > 20_000 || done.at(-1).maxRss > 500 * 1048576)) {
      notes.push(`${CASES[name].label} at ${label(done.at(-1).size)}: ${fmt(done.at(-1).ms / 1000, 1)} s, maxRSS ${fmt(mb(done.at(-1).maxRss), 0)} MB`);
    }
    if (!isFlat) {
      const [a, b] = flat >= TARGETS.adversarialFlatness ? [done[0], done.at(-1)] : [done.at(-2), done.at(-1)];
      problems.push(`[d] ${CASES[name].label}: µs per KB grows ${fmt(b.usPerKB / a.usPerKB, 1)}x from ${label(a.size)} (${fmt(a.usPerKB, 0)} µs/KB, ${fmt(a.ms, 0)} ms) to ${label(b.size)} (${fmt(b.usPerKB, 0)} µs/KB, ${fmt(b.ms, 0)} ms): superlinear.`);
    }
    rows.push(row);
    perCase[name] = { label: CASES[name].label, measurements: lines, flatness: flat, wallMs: wall };
  }
  table(`\n[d] adversarial single-source analyze: µs per KB (KB = 1,000 UTF-16 code units), one child process per case, ${timeoutMs / 1000} s timeout`, Object.keys(rows[0]), rows);
  console.log(`    flat means largest/smallest and last step (µs/KB at the largest size over the size before) both < ${TARGETS.adversarialFlatness}; below 1 is per-call overhead amortized`);
  for (const n of notes) console.log(`    note (slow or memory-heavy, not superlinear): ${n}`);
  for (const f of failures) console.log(`    FAILURE: ${f}`);
  results.sections.d = { sizes, timeoutMs, cases: perCase, failures };
}

// ------------------------------------------------------------------ e. one event, many sources (child process)

function sectionE() {
  const { small, large, timeoutMs } = SIZES.e;
  const { child, wall, lines } = runChild('one-event.mjs', [small, large], timeoutMs);
  const [a, b] = lines;
  if (!a || !b) {
    const why = child.signal ? `killed after ${fmt(wall / 1000, 0)} s` : `exit ${child.status}: ${(child.stderr ?? '').slice(-500)}`;
    console.log(`\n[e] one event: FAILED, ${why}`);
    problems.push(`[e] analyze on ${large} sources of one event did not finish: ${why}`);
    results.sections.e = { failed: why, lines };
    return;
  }
  const row = (x) => ({
    sources: fmt(x.sources, 0), ms: fmt(x.ms, 0), claims: fmt(x.claims, 0), findings: fmt(x.findings, 0),
    'pairs compared': `${fmt(x.pairs.compared, 0)} of ${fmt(x.pairs.possible, 0)}`,
    'JSON MB': fmt(x.jsonChars / 1e6, 2), 'of which claims': fmt(x.claimsJsonChars / 1e6, 2), 'text MB': fmt(x.textChars / 1e6, 2), 'markdown MB': fmt(x.markdownChars / 1e6, 2),
  });
  table(`\n[e] one event retold by ${small} vs ${large} sources (positions exact, pairs past maxPairwiseClaims sampled)`, Object.keys(row(a)), [row(a), row(b)]);
  const sizeRatio = large / small;
  const timeRatio = b.ms / a.ms;
  const outputRatio = Math.max(b.jsonChars / a.jsonChars, b.textChars / a.textChars, b.markdownChars / a.markdownChars);
  const target = TARGETS.oneEventRatioMax * (sizeRatio / 10);
  const textMB = Math.max(b.textChars, b.markdownChars) / 1e6;
  console.log(`    time ratio ${fmt(timeRatio, 2)}, largest output ratio ${fmt(outputRatio, 2)} for ${fmt(sizeRatio, 0)}x the sources (target <= ${target}): ${verdict(timeRatio <= target && outputRatio <= target)}`);
  console.log(`    text/markdown report at ${large} sources: ${fmt(textMB, 2)} MB (target < ${TARGETS.oneEventReportMB} MB: ${verdict(textMB < TARGETS.oneEventReportMB)}); JSON ${fmt(b.jsonChars / 1e6, 1)} MB, ${fmt(b.claimsJsonChars / 1e6, 1)} MB of it the claims themselves`);
  for (const f of b.fields) console.log(`    ${f.aspect}: ${f.status}; ${f.positions.map(([v, n]) => `${v} (${n})`).join(', ')}`);
  if (timeRatio > target || outputRatio > target) problems.push(`[e] one event: time x${fmt(timeRatio, 1)}, output x${fmt(outputRatio, 1)} for ${sizeRatio}x the sources.`);
  if (textMB >= TARGETS.oneEventReportMB) problems.push(`[e] one event of ${large} sources: the text report is ${fmt(textMB, 1)} MB.`);
  results.sections.e = { small: a, large: b, timeRatio, outputRatio };
}

// ------------------------------------------------------------------ f. one long source (child process)

function sectionF() {
  const { sizes, timeoutMs } = SIZES.f;
  const { child, wall, lines } = runChild('long-source.mjs', sizes, timeoutMs);
  const label = (size) => (size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`);
  const rows = lines.map((l) => ({ size: label(l.size), ms: fmt(l.ms, 0), runs: l.runs, claims: fmt(l.claims, 0), 'µs/KB': fmt(l.usPerKB, 0), 'vs smallest': fmt(l.usPerKB / lines[0].usPerKB, 2) }));
  if (rows.length) table('\n[f] one long realistic source with pronoun follow-ups: µs per KB (fresh child process)', Object.keys(rows[0]), rows);
  if (lines.length < sizes.length) {
    const why = child.signal ? `killed after ${fmt(wall / 1000, 0)} s` : `exit ${child.status}: ${(child.stderr ?? '').slice(-500)}`;
    console.log(`    FAILED at ${label(sizes[lines.length])}: ${why}`);
    problems.push(`[f] one long source of ${label(sizes[lines.length])} did not finish: ${why}`);
  } else {
    const ratio = lines.at(-1).usPerKB / lines[0].usPerKB;
    console.log(`    ${label(sizes.at(-1))} costs ${fmt(ratio, 2)}x per KB what ${label(sizes[0])} does (target <= ${TARGETS.longSourcePerKB}): ${verdict(ratio <= TARGETS.longSourcePerKB)}`);
    if (ratio > TARGETS.longSourcePerKB) problems.push(`[f] one long source: ${label(sizes.at(-1))} costs ${fmt(ratio, 2)}x per KB of ${label(sizes[0])}.`);
  }
  results.sections.f = { sizes, lines };
}

// ------------------------------------------------------------------ g. the command on a large file

function sectionG() {
  const { sources, timeoutMs } = SIZES.g;
  const child = spawnSync(process.execPath, [join(here, 'cli-run.mjs'), String(sources)], { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1 << 24 });
  const lines = (child.stdout ?? '').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  const rows = lines.map((l) => ({ format: l.format, 'input MB': fmt(l.inputBytes / 1e6, 2), sources: fmt(l.sources, 0), exit: l.exit, s: fmt(l.seconds, 1), 'peak RSS MB': fmt(l.peakRssMB, 0), 'output MB': l.outputBytes === null ? '-' : fmt(l.outputBytes / 1e6, 2) }));
  if (rows.length) table(`\n[g] node dist/cli.js FILE -f FORMAT -o OUT on ${sources} paragraphs (fresh process per format, /usr/bin/time)`, Object.keys(rows[0]), rows);
  for (const l of lines) if (l.exit > 1) problems.push(`[g] the command failed in ${l.format}: exit ${l.exit}: ${l.stderr}`);
  if (lines.length < 3) problems.push(`[g] the command runs did not all finish: ${child.signal ?? child.status} ${(child.stderr ?? '').slice(-300)}`);
  results.sections.g = { sources, lines };
}

// ------------------------------------------------------------------ h. start-up (child processes)

function sectionH() {
  const { reps } = SIZES.h;
  const out = measureStartup(root, reps);
  const rows = out.rows.map((r) => ({ variant: r.variant, 'median ms': fmt(r['median ms'], 0), 'min ms': fmt(r['min ms'], 0), 'ratio to full compromise': fmt(r.ratio) }));
  table(`\n[h] start-up, each in a fresh process, ${reps} reps, order rotated (process times less an empty node's ${fmt(out.emptyNodeMs, 0)} ms)`, Object.keys(rows[0]), rows);
  const ratio = (name) => out.rows.find((r) => r.variant === name).ratio;
  const first = ratio('import crosscheck + first analyze');
  const version = ratio('crosscheck --version (process)');
  console.log(`    import + first analyze / import compromise = ${fmt(first)} (target <= ${TARGETS.importOverCompromise}: ${verdict(first <= TARGETS.importOverCompromise)}); --version / import compromise = ${fmt(version)} (target <= ${TARGETS.versionOverCompromise}: ${verdict(version <= TARGETS.versionOverCompromise)})`);
  if (first > TARGETS.importOverCompromise) problems.push(`[h] import crosscheck plus the first analyze takes ${fmt(first)}x the import of full compromise (target <= ${TARGETS.importOverCompromise}).`);
  if (version > TARGETS.versionOverCompromise) problems.push(`[h] crosscheck --version takes ${fmt(version)}x the import of full compromise (target <= ${TARGETS.versionOverCompromise}): the CLI loads more than it needs for --version.`);
  results.sections.h = { ...out, firstAnalyzeOverCompromise: first, versionOverCompromise: version };
}

// ------------------------------------------------------------------ run

const sections = { a: sectionA, b: sectionB, c: sectionC, d: sectionD, e: sectionE, f: sectionF, g: sectionG, h: sectionH };
for (const key of only) {
  if (!sections[key]) continue;
  const t0 = now();
  try {
    sections[key]();
  } catch (e) {
    console.log(`\n[${key}] CRASHED: ${e?.stack ?? e}`);
    problems.push(`[${key}] the section crashed: ${String(e?.message ?? e).slice(0, 300)}`);
    results.sections[key] = { crashed: String(e?.stack ?? e) };
  }
  console.log(`    (section ${key}: ${fmt((now() - t0) / 1000, 1)} s)`);
}

results.problems = problems;
results.totalSeconds = (now() - started) / 1000;
writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nSummary (${fmt(results.totalSeconds, 0)} s; results in bench/results.json):`);
if (problems.length === 0) console.log('  all sections within target');
for (const p of problems) console.log(`  - ${p}`);
