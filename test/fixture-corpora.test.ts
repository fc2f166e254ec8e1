import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyze, Report } from '../src/index.js';
import { corpusOf, METRICS, metricsOf, readStoryFile, scoreReport, type Corpus, type Metric, type Score } from './support/score-stories.js';
import { sharedKitDir } from './support/shared-kit.js';
import { spanViolations } from './support/spans.js';

const corporaDir = fileURLToPath(new URL('../fixtures/corpora/', import.meta.url));
const devDir = sharedKitDir('eval/dev/', 'eval kit dev corpora');
const floorsFile = fileURLToPath(new URL('../fixtures/floors.json', import.meta.url));

/** `{ "compute-deal.json": { "contradictionF1": 0.8, "agreementF1": 0.6, "slots": 0.8 } }`: ratchets against regressions. */
const Floors = z.record(z.string(), z.partialRecord(z.enum(METRICS), z.number().min(0).max(1)));
const floors = Floors.parse(JSON.parse(readFileSync(floorsFile, 'utf8')));
const corpusFiles = readdirSync(corporaDir).filter((f) => f.endsWith('.json')).sort();

interface Run {
  corpus: Corpus;
  report: Report;
  score: Score;
}

/** One analyze() call per story file, made on first use and shared by that file's tests. */
function runner(path: string): () => Run {
  let run: Run | undefined;
  return () => {
    if (!run) {
      const corpus = corpusOf(readStoryFile(path));
      const report = analyze(corpus.sources);
      run = { corpus, report, score: scoreReport(corpus, report) };
    }
    return run;
  };
}

/** The invariants every report holds, whatever its scores. */
function itKeepsTheContract(run: () => Run): void {
  it('returns a report that validates with Report.parse', () => {
    const result = Report.safeParse(run().report);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it('gives every claim, party, action and value a span that covers exactly its words in the source text', () => {
    const { corpus, report } = run();
    const texts = new Map(corpus.sources.map((s) => [s.id, s.text]));
    expect(spanViolations(report.claims, (id) => texts.get(id))).toEqual([]);
  });

  it('makes findings between claims of the report, naming their sources', () => {
    const { report } = run();
    const sourceOf = new Map(report.claims.map((c) => [c.id, c.sourceId]));
    const strays = report.findings.filter((f) => f.claims.some((id, i) => sourceOf.get(id) !== f.sources[i]));
    expect(strays.map((f) => f.id)).toEqual([]);
  });
}

describe('fixture corpora', () => {
  it('has story files and a floor for each of them, and no floor for a missing file', () => {
    expect(corpusFiles.length).toBeGreaterThan(0);
    expect(Object.keys(floors).sort()).toEqual(corpusFiles);
  });

  describe.each(corpusFiles)('%s', (file) => {
    const run = runner(join(corporaDir, file));

    it('scores at or above its floors', () => {
      const { score } = run();
      const measured = metricsOf(score);
      const floor = floors[file] ?? {};
      const below = (Object.entries(floor) as [Metric, number][])
        .filter(([metric, min]) => measured[metric] < min)
        .map(([metric, min]) => `${metric} ${measured[metric].toFixed(3)} < floor ${min}`);
      expect(below, score.problems.join('\n')).toEqual([]);
    });

    itKeepsTheContract(run);
  });
});

describe.runIf(devDir)('eval kit dev corpora (../shared/eval/dev)', () => {
  const dir = devDir ?? '';
  const seed = runner(join(dir, 'seed.json'));

  it('seed.json: every source naming the compute deal agrees and none contradicts', () => {
    const { report, score } = seed();
    expect(report.findings.filter((f) => f.kind === 'contradiction').map((f) => f.explanation)).toEqual([]);
    expect(score.agreement.f1, score.problems.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(score.slots.rate, score.problems.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  describe.each(['variants.json', 'mixed.json'])('%s', (file) => {
    const run = runner(join(dir, file));

    it('finds the labelled contradictions and agreements (F1 >= 0.95) and fills the gold slots (>= 0.95)', () => {
      const { score } = run();
      const figures = { contradictionF1: score.contradiction.f1, agreementF1: score.agreement.f1, slots: score.slots.rate };
      const below = Object.entries(figures).filter(([, value]) => value < 0.95).map(([name, value]) => `${name} ${value.toFixed(3)}`);
      expect(below, score.problems.join('\n')).toEqual([]);
    });

    itKeepsTheContract(run);
  });

  describe('seed.json', () => itKeepsTheContract(seed));
});
