import type { Claim } from '../schema/claim.js';
import type { Consensus } from '../schema/report.js';
import type { CompareSettings, Comparator } from './comparator.js';
import { COMPARATORS } from './findings.js';

interface Cluster {
  representative: Claim;
  value: string;
  sources: Set<string>;
}

/**
 * For each field, groups the event's claims into clusters of agreeing values and names the value most sources
 * support, who supports it and who departs from it.
 */
export function consensusOf(claims: readonly Claim[], settings: CompareSettings): Consensus[] {
  const out: Consensus[] = [];
  for (const compare of COMPARATORS as Comparator[]) {
    const clusters: Cluster[] = [];
    let field = '';
    for (const claim of claims) {
      const self = compare(claim, claim, settings);
      if (!self || (self.field === 'polarity' && !claim.negated && claims.every((c) => !c.negated))) continue;
      field = self.field;
      const home = clusters.find((c) => compare(c.representative, claim, settings)?.verdict !== 'conflict');
      if (home) home.sources.add(claim.sourceId);
      else clusters.push({ representative: claim, value: self.field === 'polarity' ? self.sides[0].split(':')[0]! : self.sides[0], sources: new Set([claim.sourceId]) });
    }
    if (field === 'polarity') {
      // Claims that state no denial still assert the event.
      for (const claim of claims) if (!claim.negated) (clusters.find((c) => !c.representative.negated) ?? push(clusters, claim, 'asserted')).sources.add(claim.sourceId);
    }
    if (clusters.length === 0) continue;
    const ranked = [...clusters].sort((a, b) => b.sources.size - a.sources.size || (a.value < b.value ? -1 : 1));
    const top = ranked[0]!;
    const against = new Set(ranked.slice(1).flatMap((c) => [...c.sources]).filter((s) => !top.sources.has(s)));
    out.push({ field, value: top.value, support: [...top.sources].sort(), against: [...against].sort() });
  }
  return out;
}

function push(clusters: Cluster[], claim: Claim, value: string): Cluster {
  const cluster = { representative: claim, value, sources: new Set<string>() };
  clusters.push(cluster);
  return cluster;
}
