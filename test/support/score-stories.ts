/**
 * Scores a report against a labelled story file, with the metrics of the outside evaluation kit
 * (`../shared/eval/README.md`): contradiction and agreement precision / recall / F1 over source pairs,
 * and the share of gold claim slots that some extracted claim of the source fills.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Claim } from '../../src/schema/claim.js';
import type { Report } from '../../src/schema/report.js';

const Verdict = z.enum(['contradiction', 'agreement', 'none']);
type Verdict = z.infer<typeof Verdict>;

/** One expectation about a source: SOME claim of it has every listed slot. */
export const GoldClaim = z
  .object({
    parties: z.tuple([z.array(z.string()), z.array(z.string())]).optional(),
    total: z.number().optional(),
    perYear: z.number().optional(),
    months: z.number().optional(),
    negated: z.literal(true).optional(),
    quantity: z.object({ value: z.number(), unit: z.string() }).optional(),
  })
  .strict();
export type GoldClaim = z.infer<typeof GoldClaim>;

const Pair = z.union([
  z.object({ a: z.string(), b: z.string(), label: Verdict }).strict(),
  z.object({ a: z.string(), b: z.string(), allow: z.array(Verdict).min(1) }).strict(),
]);

export const Story = z.object({
  story: z.string().min(1),
  note: z.string().optional(),
  sources: z.array(z.object({ id: z.string().min(1), text: z.string() }).strict()),
  claims: z.record(z.string(), z.array(GoldClaim)).default({}),
  pairs: z.array(Pair).default([]),
});
export type Story = z.infer<typeof Story>;

export const StoryFile = z.array(Story);

export function readStoryFile(path: string): Story[] {
  return StoryFile.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** What a source pair must (`require`) or may (`allow`) be judged; a pair not listed must be `none`. */
interface PairGold {
  require?: Verdict;
  allow: readonly Verdict[];
}

export interface Corpus {
  /** Every source of every story, with ids `story/id`, ready for one `analyze()` call. */
  sources: { id: string; text: string }[];
  pairs: Map<string, PairGold>;
  claims: { source: string; gold: GoldClaim }[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Flattens the stories of one file into one corpus; an id written `story/id` reaches into another story. */
export function corpusOf(stories: readonly Story[]): Corpus {
  const corpus: Corpus = { sources: [], pairs: new Map(), claims: [] };
  for (const { story, sources, claims, pairs } of stories) {
    const qualify = (id: string) => (id.includes('/') ? id : `${story}/${id}`);
    for (const s of sources) corpus.sources.push({ id: qualify(s.id), text: s.text });
    for (const p of pairs) {
      const gold: PairGold = 'label' in p ? { require: p.label, allow: [p.label] } : { allow: p.allow };
      corpus.pairs.set(pairKey(qualify(p.a), qualify(p.b)), gold);
    }
    for (const [source, list] of Object.entries(claims)) {
      for (const gold of list) corpus.claims.push({ source: qualify(source), gold });
    }
  }
  return corpus;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Score {
  contradiction: Prf;
  agreement: Prf;
  slots: { ok: number; all: number; rate: number };
  /** One line per miss, sorted: "false contradiction: a ~ b", "slot total 45000000000 missing in s/p3". */
  problems: string[];
}

/** Precision and recall are 1 when nothing was predicted or nothing was expected, as in the eval kit. */
function prf(counts: Counts): Prf {
  const precision = counts.tp + counts.fp ? counts.tp / (counts.tp + counts.fp) : 1;
  const recall = counts.tp + counts.fn ? counts.tp / (counts.tp + counts.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...counts, precision, recall, f1 };
}

/** The verdict per source pair: a contradiction between any of their claims wins over an agreement. */
function predictedVerdicts(report: Report): Map<string, Verdict> {
  const sourceOf = new Map(report.claims.map((c) => [c.id, c.sourceId]));
  const verdicts = new Map<string, Verdict>();
  for (const finding of report.findings) {
    const a = sourceOf.get(finding.claims[0]);
    const b = sourceOf.get(finding.claims[1]);
    if (!a || !b || a === b) continue;
    const key = pairKey(a, b);
    if (finding.kind === 'contradiction') verdicts.set(key, 'contradiction');
    else if (verdicts.get(key) !== 'contradiction') verdicts.set(key, 'agreement');
  }
  return verdicts;
}

const PERIODS_PER_YEAR = { year: 1, quarter: 4, month: 12, week: 52, day: 365 } as const;

/** Names compare without case, possessive 's and punctuation: "Musk's SpaceX" ~ "musks spacex". */
const normName = (s: string | undefined) =>
  (s ?? '').toLowerCase().replace(/['\u2019]s\b/g, '').replace(/[^a-z0-9]+/g, '');
const normUnit = (u: string) => normName(u).replace(/s$/, '');
const close = (actual: number | null | undefined, expected: number, tolerance = 0.02) =>
  typeof actual === 'number' && Math.abs(actual - expected) <= tolerance * Math.abs(expected);

/** The checks one gold claim makes, each a name and a test over one extracted claim. */
function slotChecks(gold: GoldClaim): [string, (c: Claim) => boolean][] {
  const checks: [string, (c: Claim) => boolean][] = [];
  if (gold.parties) {
    const [x, y] = gold.parties.map((names) => names.map(normName)) as [string[], string[]];
    checks.push([`parties ${gold.parties.map((names) => names[0]).join(' / ')}`, (c) => {
      const a = normName(c.actor?.canonical);
      const b = normName(c.counterparty?.canonical);
      return (x.includes(a) && y.includes(b)) || (x.includes(b) && y.includes(a));
    }]);
  }
  const { total, perYear, months, quantity } = gold;
  if (total !== undefined) checks.push([`total ${total}`, (c) => !!c.amount && c.amount.per === null && close(c.amount.value, total)]);
  if (perYear !== undefined) {
    checks.push([`perYear ${perYear}`, (c) => !!c.amount?.per && close(c.amount.value * PERIODS_PER_YEAR[c.amount.per], perYear)]);
  }
  if (months !== undefined) checks.push([`months ${months}`, (c) => close(c.duration?.months, months, 0.01)]);
  if (gold.negated) checks.push(['negated', (c) => c.negated]);
  if (quantity) {
    checks.push([`quantity ${quantity.value} ${quantity.unit}`, (c) =>
      c.quantities.some((q) => normUnit(q.unit) === normUnit(quantity.unit) && close(q.value, quantity.value))]);
  }
  return checks;
}

/** Scores one report of `corpus.sources` against the corpus labels. */
export function scoreReport(corpus: Corpus, report: Report): Score {
  const problems: string[] = [];
  const counts = { contradiction: { tp: 0, fp: 0, fn: 0 }, agreement: { tp: 0, fp: 0, fn: 0 } };
  const predicted = predictedVerdicts(report);
  for (const key of new Set([...corpus.pairs.keys(), ...predicted.keys()])) {
    const gold = corpus.pairs.get(key) ?? { allow: ['none'] };
    const got = predicted.get(key) ?? 'none';
    const pair = key.replace('|', ' ~ ');
    for (const kind of ['contradiction', 'agreement'] as const) {
      const t = counts[kind];
      if (got === kind && gold.require === kind) t.tp++;
      else if (got === kind && !gold.allow.includes(kind)) {
        t.fp++;
        problems.push(`false ${kind}: ${pair}`);
      } else if (got !== kind && gold.require === kind) {
        t.fn++;
        problems.push(`missed ${kind}: ${pair} (got ${got})`);
      }
    }
  }

  const claimsBySource = new Map<string, Claim[]>();
  for (const claim of report.claims) claimsBySource.set(claim.sourceId, [...(claimsBySource.get(claim.sourceId) ?? []), claim]);
  const slots = { ok: 0, all: 0, rate: 1 };
  for (const { source, gold } of corpus.claims) {
    const claims = claimsBySource.get(source) ?? [];
    for (const [name, test] of slotChecks(gold)) {
      slots.all++;
      if (claims.some(test)) slots.ok++;
      else problems.push(`slot ${name} missing in ${source}`);
    }
  }
  if (slots.all) slots.rate = slots.ok / slots.all;

  return { contradiction: prf(counts.contradiction), agreement: prf(counts.agreement), slots, problems: problems.sort() };
}

/** The flat figures a floor can name, as in `fixtures/corpora/floors.json`. */
export const METRICS = ['contradictionP', 'contradictionR', 'contradictionF1', 'agreementP', 'agreementR', 'agreementF1', 'slots'] as const;
export type Metric = (typeof METRICS)[number];

export function metricsOf(score: Score): Record<Metric, number> {
  return {
    contradictionP: score.contradiction.precision,
    contradictionR: score.contradiction.recall,
    contradictionF1: score.contradiction.f1,
    agreementP: score.agreement.precision,
    agreementR: score.agreement.recall,
    agreementF1: score.agreement.f1,
    slots: score.slots.rate,
  };
}
