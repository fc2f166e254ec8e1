import type { Claim } from '../schema/claim.js';
import type { Finding } from '../schema/finding.js';
import type { Event, PairCoverage, PartialExclusives, Report } from '../schema/report.js';
import type { LexiconOptions } from '../schema/options.js';
import { buildEntityTable, canonicalize, type EntityTable } from '../normalize/entities.js';
import { groupEvents, giverOf, takerOf, type EventGroup } from './events.js';
import { compareExclusive, comparePair, type FindingSettings } from './findings.js';
import { aspectsOf, consensusOf, fieldPositions, rankFields, type AspectDraft } from './positions.js';
import { LEADING_POSITIONS, visitPairs } from './pairs.js';
import { compositeKey } from './ids.js';
import { sharesOf } from './shares.js';
import { naturalCompare, naturally } from './natural-order.js';

export interface CompareConfig extends FindingSettings {
  lexicon?: LexiconOptions;
  /** Events of at most this many claims have every pair compared; see `PairCoverage`. */
  maxPairwiseClaims: number;
}

/** The default of the `maxPairwiseClaims` option. */
export const MAX_PAIRWISE_CLAIMS = 600;

function label(group: EventGroup, table: EntityTable): string {
  if (group.kind === 'state') return `${group.families[0]}: ${group.families[1]}`;
  const votes = [0, 0];
  for (const claim of group.claims) {
    const giver = giverOf(claim, table);
    if (giver === group.families[0]) votes[0]!++;
    else if (giver === group.families[1]) votes[1]!++;
  }
  if (votes[0] === votes[1]) return `${group.families[0]} ~ ${group.kind} ~ ${group.families[1]}`;
  const [giver, taker] = votes[0]! > votes[1]! ? group.families : [group.families[1], group.families[0]];
  return `${giver} > ${group.kind} > ${taker}`;
}

const byClaimId = (a: Claim, b: Claim) => naturalCompare(a.id, b.id);

interface ComparedEvent {
  group: EventGroup;
  aspects: AspectDraft[];
  pairs: PairCoverage;
}

/**
 * Every pair the event's size allows, in an order that does not depend on the order of the sources; with several
 * parties on one side, each figure only with figures of the same share (see `shares.ts`).
 */
function compareEvent(group: EventGroup, table: EntityTable, config: CompareConfig, out: Finding[]): ComparedEvent {
  const shares = sharesOf(group.claims, group.members, (name) => table.family(name));
  const aspects = aspectsOf(group.claims, shares);
  const pairs = visitPairs(group.claims, aspects, config.maxPairwiseClaims, (a, b) => {
    for (const f of comparePair(a, b, group.id, config, shares)) out.push(f);
  });
  return { group, aspects, pairs };
}

interface Grant {
  claim: Claim;
  event: string;
  taker: string;
}

/**
 * Exclusive grants blocked by giver and kind, compared across takers: every pair up to `maxPairwiseClaims`
 * grants, else each grant with the first grant to each of the leading takers.
 */
function exclusiveFindings(groups: readonly EventGroup[], table: EntityTable, config: CompareConfig, out: Finding[]): PartialExclusives[] {
  const partial: PartialExclusives[] = [];
  const byGiver = new Map<string, { giver: string; kind: string; grants: Grant[] }>();
  for (const group of groups) {
    for (const claim of group.claims) {
      const giver = giverOf(claim, table);
      if (!claim.exclusive || !giver || claim.negated) continue;
      // In an event of several takers ("Arcwave, Talon and eBridge"), the claim's own taker.
      const taker = takerOf(claim, table) ?? (group.families[0] === giver ? group.families[1] : group.families[0]);
      const key = compositeKey(group.kind, giver);
      const entry = byGiver.get(key);
      const grant = { claim, event: group.id, taker };
      if (entry) entry.grants.push(grant);
      else byGiver.set(key, { giver, kind: group.kind, grants: [grant] });
    }
  }
  for (const { giver, kind, grants: list } of byGiver.values()) {
    list.sort((a, b) => byClaimId(a.claim, b.claim));
    let compared = 0;
    const compare = (a: Grant, b: Grant) => {
      if (a.taker === b.taker || a.claim.sourceId === b.claim.sourceId) return;
      out.push(compareExclusive(a.claim, b.claim, a.event, config));
      compared++;
    };
    if (list.length <= config.maxPairwiseClaims) {
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) compare(list[i]!, list[j]!);
      continue;
    }
    const firstPerTaker = new Map<string, { grant: Grant; count: number }>();
    for (const g of list) {
      const seen = firstPerTaker.get(g.taker);
      if (seen) seen.count++;
      else firstPerTaker.set(g.taker, { grant: g, count: 1 });
    }
    const anchors = [...firstPerTaker.values()]
      .sort((a, b) => b.count - a.count || byClaimId(a.grant.claim, b.grant.claim))
      .slice(0, LEADING_POSITIONS)
      .map((a) => a.grant);
    for (const g of list) for (const anchor of anchors) if (anchor !== g && !(anchors.includes(g) && anchors.indexOf(g) < anchors.indexOf(anchor))) compare(anchor, g);
    partial.push({ giver, kind, grants: list.length, pairs: { possible: crossTakerPairs(list), compared, complete: false } });
  }
  return partial.sort((a, b) => naturalCompare(a.giver, b.giver) || naturalCompare(a.kind, b.kind));
}

/** Pairs of grants to different takers from different sources, counted in one pass (inclusion-exclusion). */
function crossTakerPairs(list: readonly Grant[]): number {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const count = (key: (g: Grant) => string) => {
    const counts = new Map<string, number>();
    for (const g of list) counts.set(key(g), (counts.get(key(g)) ?? 0) + 1);
    let sum = 0;
    for (const n of counts.values()) sum += pairs(n);
    return sum;
  };
  return pairs(list.length) - count((g) => g.taker) - count((g) => g.claim.sourceId) + count((g) => compositeKey(g.taker, g.claim.sourceId));
}

/**
 * Two sources may each hold several claims of one event; say each thing once: one finding per source pair,
 * event, kind and field, the most confident (ties to the smaller id). An agreement between two sources that
 * also contradict each other on that event says too little and is left out.
 */
function onePerSourcePair(findings: readonly Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  const contradicted = new Set<string>();
  for (const f of findings) {
    const pair = [...f.sources].sort();
    const key = compositeKey(pair[0]!, pair[1]!, f.event, f.kind, f.field);
    const kept = best.get(key);
    if (!kept || f.confidence > kept.confidence || (f.confidence === kept.confidence && f.id < kept.id)) best.set(key, f);
    if (f.kind === 'contradiction') contradicted.add(compositeKey(pair[0]!, pair[1]!, f.event));
  }
  const out: Finding[] = [];
  for (const f of best.values()) {
    const pair = [...f.sources].sort();
    if (f.kind === 'contradiction' || !contradicted.has(compositeKey(pair[0]!, pair[1]!, f.event))) out.push(f);
  }
  return out;
}

const byFinding = (a: Finding, b: Finding) =>
  naturalCompare(a.claims[0], b.claims[0]) || naturalCompare(a.claims[1], b.claims[1]) || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);

function toEvent({ group, aspects, pairs }: ComparedEvent, table: EntityTable, own: readonly Finding[], config: CompareConfig): Event {
  const fields = rankFields(aspects.map((a) => fieldPositions(a, config)));
  let agreements = 0;
  for (const f of own) if (f.kind === 'agreement') agreements++;
  return {
    id: group.id,
    label: label(group, table),
    type: group.kind,
    parties: group.kind === 'state' ? [group.families[0]] : [...group.families],
    claims: group.claims.map((c) => c.id),
    sources: naturally(new Set(group.claims.map((c) => c.sourceId))),
    consensus: consensusOf(fields),
    fields,
    pairs,
    joins: group.claims.filter((c) => group.placedBy.get(c.id) !== 'pair-and-kind').map((c) => ({ claim: c.id, rule: group.placedBy.get(c.id) ?? 'pair-and-kind' })),
    splits: [...group.splits].sort((a, b) => naturalCompare(a.event, b.event)),
    agreements,
    contradictions: own.length - agreements,
  };
}

/**
 * The comparison stage: canonical names for the corpus, events by key, the positions of each event's sources
 * per field, one comparator per value kind on the pairs of an event's claims from different sources, then
 * events ranked by independent sources and findings listed event by event. The result does not depend on the
 * order of the sources, and its cost is linear in the claims past `maxPairwiseClaims` per event.
 */
export function compareAll(rawClaims: readonly Claim[], config: CompareConfig): Report {
  const table = buildEntityTable(rawClaims, config.lexicon);
  const { groups, claims } = groupEvents(rawClaims.map((c) => canonicalize(c, table)), table);
  for (const group of groups) group.claims.sort(byClaimId);
  const raw: Finding[] = [];
  const compared = groups.map((g) => compareEvent(g, table, config, raw));
  const partialExclusives = exclusiveFindings(groups, table, config, raw);

  const byEvent = new Map<string, Finding[]>();
  for (const f of onePerSourcePair(raw)) {
    const list = byEvent.get(f.event);
    if (list) list.push(f);
    else byEvent.set(f.event, [f]);
  }
  const events = compared
    .map((c) => toEvent(c, table, byEvent.get(c.group.id) ?? [], config))
    .sort((a, b) => b.sources.length - a.sources.length || b.agreements - a.agreements || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const findings: Finding[] = [];
  for (const event of events) {
    const own = byEvent.get(event.id);
    if (!own) continue;
    own.sort(byFinding);
    for (const f of own) findings.push(f);
  }
  const uncorroborated = events.filter((e) => e.sources.length === 1).flatMap((e) => e.claims);
  return { claims, findings, events, entities: table.entities, uncorroborated, partialExclusives };
}
