import type { Claim } from '../schema/claim.js';
import type { PairCoverage } from '../schema/report.js';
import type { AspectDraft } from './positions.js';

/**
 * Past the pairwise limit, the first claims of an aspect's leading positions (at most this many) are compared
 * with each other, so every two leading values meet in a finding.
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

/**
 * Past the limit, whom each claim meets: the event's first claim; for each aspect it states, the first claim of
 * the aspect's leading position; and, for the first claim of a leading position, the first claims of the
 * other leading positions of that aspect. About two partners per claim, whatever the event's size.
 */
function partnersOf(claims: readonly Claim[], aspects: readonly AspectDraft[]): Map<Claim, Set<Claim>> {
  const partners = new Map<Claim, Set<Claim>>(claims.map((c) => [c, new Set([claims[0]!])]));
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const aspect of aspects) {
    const leader = aspect.positions[0]!.representative;
    for (const position of aspect.positions) for (const id of position.claims) partners.get(byId.get(id)!)!.add(leader);
    const leading = aspect.positions.slice(0, LEADING_POSITIONS).map((p) => p.representative);
    for (const a of leading) for (const b of leading) partners.get(a)!.add(b);
  }
  return partners;
}

/**
 * Visits the pairs of an event's claims (sorted in natural order) to compare, by their indices in `claims`,
 * whatever order the sources came in: every pair from different sources when there are at most `limit`
 * claims, else each claim with its partners (`partnersOf`). Linear in the claims past the limit.
 */
export function visitPairs(claims: readonly Claim[], aspects: readonly AspectDraft[], limit: number, visit: (i: number, j: number) => void): PairCoverage {
  const possible = crossSourcePairs(claims);
  let compared = 0;
  if (claims.length <= limit) {
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length; j++) {
        if (claims[i]!.sourceId === claims[j]!.sourceId) continue;
        visit(i, j);
        compared++;
      }
    }
    return { possible, compared, complete: true };
  }
  const rank = new Map(claims.map((c, i) => [c, i]));
  const seen = new Set<number>();
  for (const [claim, partners] of partnersOf(claims, aspects)) {
    for (const partner of [...partners].sort((a, b) => rank.get(a)! - rank.get(b)!)) {
      if (partner === claim || partner.sourceId === claim.sourceId) continue;
      // A pair reached from both sides is compared once.
      const [first, second] = rank.get(partner)! < rank.get(claim)! ? [rank.get(partner)!, rank.get(claim)!] : [rank.get(claim)!, rank.get(partner)!];
      const key = first * claims.length + second;
      if (seen.has(key)) continue;
      seen.add(key);
      visit(first, second);
      compared++;
    }
  }
  return { possible, compared, complete: compared === possible };
}
