import type { Claim } from '../schema/claim.js';
import type { PairCoverage } from '../schema/report.js';
import type { AspectDraft } from './positions.js';

/**
 * Past the pairwise limit, each claim is compared with the event's first claim and with the first claim of
 * each of the leading positions of every aspect, so every position meets every other and each claim meets
 * the values most sources give.
 */
export const LEADING_POSITIONS = 8;

/** Pairs of claims from different sources among `counts` claims per source. */
function crossSourcePairs(claims: readonly Claim[]): number {
  const perSource = new Map<string, number>();
  for (const c of claims) perSource.set(c.sourceId, (perSource.get(c.sourceId) ?? 0) + 1);
  let same = 0;
  for (const n of perSource.values()) same += (n * (n - 1)) / 2;
  return (claims.length * (claims.length - 1)) / 2 - same;
}

/** The claims every other claim is compared with past the limit, in natural order. */
function anchorsOf(claims: readonly Claim[], aspects: readonly AspectDraft[]): Claim[] {
  const anchors = new Set<Claim>([claims[0]!]);
  for (const aspect of aspects) for (const p of aspect.positions.slice(0, LEADING_POSITIONS)) anchors.add(p.representative);
  const rank = new Map(claims.map((c, i) => [c, i]));
  return [...anchors].sort((a, b) => rank.get(a)! - rank.get(b)!);
}

/**
 * Visits the pairs of an event's claims (sorted in natural order) to compare, whatever order the sources came
 * in: every pair from different sources when there are at most `limit` claims, else each claim with each
 * anchor. Linear in the claims past the limit: at most 1 + LEADING_POSITIONS anchors per aspect.
 */
export function visitPairs(claims: readonly Claim[], aspects: readonly AspectDraft[], limit: number, visit: (a: Claim, b: Claim) => void): PairCoverage {
  const possible = crossSourcePairs(claims);
  let compared = 0;
  if (claims.length <= limit) {
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length; j++) {
        if (claims[i]!.sourceId === claims[j]!.sourceId) continue;
        visit(claims[i]!, claims[j]!);
        compared++;
      }
    }
    return { possible, compared, complete: true };
  }
  const anchors = anchorsOf(claims, aspects);
  const anchorIndex = new Map(anchors.map((a, i) => [a, i]));
  for (const claim of claims) {
    const own = anchorIndex.get(claim);
    for (let k = 0; k < anchors.length; k++) {
      const anchor = anchors[k]!;
      // A pair of two anchors is visited once, from the earlier one.
      if (own !== undefined && own >= k) continue;
      if (anchor.sourceId === claim.sourceId) continue;
      visit(anchor, claim);
      compared++;
    }
  }
  return { possible, compared, complete: compared === possible };
}
