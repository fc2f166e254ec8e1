import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, compareClaims, extractClaims, type Claim, type Finding } from '../src/index.js';
import { CrosscheckError } from '../src/schema/errors.js';

const DEAL = 'Qualley is leasing its depot to Marrowind';

/** The experiment: 64 sources with no figure first, the rest split between $2B and $3B a year. */
function experiment(n: number) {
  return Array.from({ length: n }, (_, i) => ({ id: `s${i}`, text: i < 64 ? `${DEAL}.` : `${DEAL} for $${i % 2 ? 2 : 3} billion a year.` }));
}

const count = (findings: readonly Finding[], kind: Finding['kind']) => findings.filter((f) => f.kind === kind).length;

/** Sources' claims in a seeded random order of sources (Fisher-Yates over source blocks). */
function shuffledBySource(claims: readonly Claim[], seed: number): Claim[] {
  const blocks = new Map<string, Claim[]>();
  for (const c of claims) blocks.set(c.sourceId, [...(blocks.get(c.sourceId) ?? []), c]);
  const list = [...blocks.values()];
  let state = seed >>> 0;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list.flat();
}

describe('findings do not depend on the order of the sources', () => {
  it('gives the 500-source experiment the same findings in both orders, every pair compared', () => {
    const sources = experiment(500);
    const forward = analyze(sources);
    // Extraction is per source; the order can only matter from the comparison on, so the reversed run starts there.
    const reversedClaims = [...sources].reverse().flatMap((s) => forward.claims.filter((c) => c.sourceId === s.id));
    const reversed = compareClaims(reversedClaims);
    // Deep-equal as text: 125,000 findings are too many for a readable diff anyway.
    expect(JSON.stringify(reversed) === JSON.stringify(forward.findings)).toBe(true);
    // 218 sources at $2B against 218 at $3B: every cross pair conflicts.
    expect(count(forward.findings, 'contradiction')).toBe(218 * 218);
    const [event] = forward.events;
    expect(event!.pairs).toEqual({ possible: (500 * 499) / 2, compared: (500 * 499) / 2, complete: true });
    const amount = event!.fields.find((f) => f.field === 'amount')!;
    expect(amount.status).toBe('disputed');
    expect(amount.positions.map((p) => [p.value, p.sources.length])).toEqual([['$2B a year', 218], ['$3B a year', 218]]);
    expect(event!.consensus.some((c) => c.field === 'amount')).toBe(false);
  }, 180_000);

  const figures = ['', ' for $2 billion a year', ' for $3 billion a year', ' for $9 billion over three years', ' for $2.5 billion a year'];
  const texts = Array.from({ length: 130 }, (_, i) => ({ id: `p${i}`, text: `${DEAL}${figures[(i * 7) % figures.length]}.` }));
  const claims = texts.flatMap((s) => extractClaims(s.text, { sourceId: s.id }));

  it('holds for shuffled sources of an event of 130 claims, exact and past the pairwise limit', () => {
    expect(claims.length).toBeGreaterThanOrEqual(130);
    for (const maxPairwiseClaims of [600, 40]) {
      const reference = compareClaims(claims, { maxPairwiseClaims });
      expect(count(reference, 'contradiction')).toBeGreaterThan(0);
      fc.assert(
        fc.property(fc.integer(), (seed) => {
          expect(compareClaims(shuffledBySource(claims, seed), { maxPairwiseClaims })).toEqual(reference);
        }),
        { numRuns: 8, seed: 20261201 },
      );
    }
  }, 180_000);

  it('past the limit keeps positions exact, lists a linear subset that meets every position, and says so', () => {
    const sources = texts;
    const full = analyze(sources);
    const sampled = analyze(sources, { maxPairwiseClaims: 40 });
    const [exact] = full.events;
    const [event] = sampled.events;
    expect(event!.fields).toEqual(exact!.fields);
    expect(event!.pairs.complete).toBe(false);
    expect(event!.pairs.compared).toBeLessThan(event!.pairs.possible);
    expect(event!.pairs.compared).toBeLessThanOrEqual(event!.claims.length * (1 + event!.fields.length) + 64 * event!.fields.length);
    // Every claim is in some finding, and every two conflicting positions meet in a listed contradiction.
    const inFindings = new Set(sampled.findings.flatMap((f) => f.claims));
    expect(event!.claims.filter((c) => !inFindings.has(c))).toEqual([]);
    const amount = event!.fields.find((f) => f.aspect.startsWith('amount per year'))!;
    const positionOf = new Map(amount.positions.flatMap((p, k) => p.claims.map((c) => [c, k] as const)));
    const met = new Set(sampled.findings.filter((f) => f.kind === 'contradiction' && f.field === 'amount').map((f) => [positionOf.get(f.claims[0]), positionOf.get(f.claims[1])].sort().join('-')));
    const exactMet = new Set(full.findings.filter((f) => f.kind === 'contradiction' && f.field === 'amount').map((f) => [positionOf.get(f.claims[0]), positionOf.get(f.claims[1])].sort().join('-')));
    expect(met).toEqual(exactMet);
  });

  it('rejects a pairwise limit that is not a whole number of at least 2, naming the option', () => {
    for (const bad of [1, 2.5, -3, 'many']) {
      expect(() => analyze([], { maxPairwiseClaims: bad as number })).toThrow(CrosscheckError);
      try {
        analyze([], { maxPairwiseClaims: bad as number });
      } catch (error) {
        expect((error as CrosscheckError).field).toBe('options.maxPairwiseClaims');
      }
    }
  });
});

describe('exclusive grants', () => {
  const takers = ['Karvex Labs', 'Otoll Motors', 'Talmet Group'];
  const sources = Array.from({ length: 60 }, (_, i) => ({ id: `x${i}`, text: `Veltrona Systems will supply the entire output of its plant exclusively to ${takers[i % 3]}.` }));

  it('are compared pair by pair up to the limit, and past it the report says which giver was compared in part', () => {
    const exact = analyze(sources);
    const exclusive = (findings: readonly Finding[]) => findings.filter((f) => f.rule === 'exclusive-counterparty');
    expect(exclusive(exact.findings)).toHaveLength((60 * 59) / 2 - 3 * ((20 * 19) / 2));
    expect(exact.partialExclusives).toEqual([]);
    const sampled = analyze(sources, { maxPairwiseClaims: 10 });
    const [partial] = sampled.partialExclusives;
    expect(partial).toMatchObject({ grants: 60, pairs: { possible: 1200, complete: false } });
    expect(exclusive(sampled.findings)).toHaveLength(partial!.pairs.compared);
    expect(analyze([...sources].reverse(), { maxPairwiseClaims: 10 }).findings).toEqual(sampled.findings);
  });
});
