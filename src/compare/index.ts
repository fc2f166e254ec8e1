import type { Claim } from '../schema/claim.js';
import type { Finding } from '../schema/finding.js';
import type { Event, Report } from '../schema/report.js';
import type { LexiconOptions } from '../schema/options.js';
import { buildEntityTable, canonicalize, type EntityTable } from '../normalize/entities.js';
import { groupEvents, giverOf, type EventGroup } from './events.js';
import { compareExclusive, comparePair, type FindingSettings } from './findings.js';
import { consensusOf } from './consensus.js';

export interface CompareConfig extends FindingSettings {
  lexicon?: LexiconOptions;
}

function label(group: EventGroup, table: EntityTable): string {
  if (group.kind === 'state') return `${group.families[0]}: ${group.families[1]}`;
  const givers = group.claims.map((c) => giverOf(c, table)).filter((g): g is string => g !== null);
  const votes = group.families.map((f) => givers.filter((g) => g === f).length);
  if (votes[0] === votes[1]) return `${group.families[0]} ~ ${group.kind} ~ ${group.families[1]}`;
  const [giver, taker] = votes[0]! > votes[1]! ? group.families : [group.families[1], group.families[0]];
  return `${giver} > ${group.kind} > ${taker}`;
}

/**
 * Claims of a large event are each compared with its first ANCHORS claims only, so a story that a thousand
 * sources retell costs linear, not quadratic, time: every claim still meets the event's earliest tellings.
 */
export const ANCHORS = 64;

function pairFindings(group: EventGroup, settings: FindingSettings): Finding[] {
  const findings: Finding[] = [];
  const { claims } = group;
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      if (i >= ANCHORS && j >= ANCHORS) break;
      if (claims[i]!.sourceId === claims[j]!.sourceId) continue;
      findings.push(...comparePair(claims[i]!, claims[j]!, group.id, settings));
    }
  }
  return findings;
}

/** Exclusive grants blocked by giver and kind, compared across takers. */
function exclusiveFindings(groups: readonly EventGroup[], table: EntityTable, settings: FindingSettings): Finding[] {
  const byGiver = new Map<string, { claim: Claim; event: string; taker: string }[]>();
  for (const group of groups) {
    for (const claim of group.claims) {
      const giver = giverOf(claim, table);
      if (!claim.exclusive || !giver || claim.negated) continue;
      const taker = group.families[0] === giver ? group.families[1] : group.families[0];
      const key = `${group.kind}:${giver}`;
      byGiver.set(key, [...(byGiver.get(key) ?? []), { claim, event: group.id, taker }]);
    }
  }
  const findings: Finding[] = [];
  for (const list of byGiver.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.taker !== b.taker && a.claim.sourceId !== b.claim.sourceId) findings.push(compareExclusive(a.claim, b.claim, a.event, settings));
      }
    }
  }
  return findings;
}

/**
 * Two sources may each hold several claims of one event; say each thing once: one finding per source pair,
 * kind and field, the most confident.
 */
function onePerSourcePair(findings: readonly Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${[...f.sources].sort().join('|')}|${f.event}|${f.kind}|${f.field}`;
    const kept = best.get(key);
    if (!kept || f.confidence > kept.confidence) best.set(key, f);
  }
  const contradicted = new Set([...best.values()].filter((f) => f.kind === 'contradiction').map((f) => `${[...f.sources].sort().join('|')}|${f.event}`));
  // An agreement between two sources that also contradict each other on that event says too little.
  return [...best.values()].filter((f) => f.kind === 'contradiction' || !contradicted.has(`${[...f.sources].sort().join('|')}|${f.event}`));
}

function toEvent(group: EventGroup, table: EntityTable, findings: readonly Finding[], settings: FindingSettings): Event {
  const own = findings.filter((f) => f.event === group.id);
  return {
    id: group.id,
    label: label(group, table),
    type: group.kind,
    parties: group.kind === 'state' ? [group.families[0]] : [...group.families],
    claims: group.claims.map((c) => c.id),
    sources: [...new Set(group.claims.map((c) => c.sourceId))].sort(),
    consensus: consensusOf(group.claims, settings),
    agreements: own.filter((f) => f.kind === 'agreement').length,
    contradictions: own.filter((f) => f.kind === 'contradiction').length,
  };
}

/**
 * The comparison stage: canonical names for the corpus, events by key, one comparator per value kind on
 * every pair of an event's claims from different sources, then events ranked by independent sources.
 */
export function compareAll(rawClaims: readonly Claim[], config: CompareConfig): Omit<Report, 'claims'> & { claims: Claim[] } {
  const table = buildEntityTable(rawClaims, config.lexicon);
  const { groups, claims } = groupEvents(rawClaims.map((c) => canonicalize(c, table)), table);
  const findings = onePerSourcePair([...groups.flatMap((g) => pairFindings(g, config)), ...exclusiveFindings(groups, table, config)]);
  const events = groups
    .map((g) => toEvent(g, table, findings, config))
    .sort((a, b) => b.sources.length - a.sources.length || b.agreements - a.agreements || (a.id < b.id ? -1 : 1));
  const uncorroborated = events.filter((e) => e.sources.length === 1).flatMap((e) => e.claims);
  return { claims, findings, events, entities: table.entities, uncorroborated };
}
