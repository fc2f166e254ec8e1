import { withoutGoodsSides } from './goods-named.js';
import type { Claim } from '../schema/claim.js';
import { markBesideDenials } from './polarity.js';
import type { Finding } from '../schema/finding.js';
import type { Event, PairCoverage, PartialExclusives, Report } from '../schema/report.js';
import type { LexiconOptions } from '../schema/options.js';
import { buildEntityTable, canonicalize, type EntityTable } from '../normalize/entities.js';
import { corroboratedParties } from '../normalize/corroborated-parties.js';
import { groupEvents, giverOf, type EventGroup } from './events.js';
import { heldEitherWay, holdsOf, shareAFigure, shareANamedThing } from './grant-holders.js';
import { mayBeOneFirm } from './one-firm.js';
import { compareExclusive, comparePair, FindingWriter, readClaim, type ClaimReading, type FindingSettings } from './findings.js';
import { OnePerSourcePair } from './source-pairs.js';
import { aspectsOf, consensusOf, fieldPositions, rankFields, type AspectDraft } from './positions.js';
import { LEADING_POSITIONS, visitPairs } from './pairs.js';
import { compositeKey } from './ids.js';
import { sameThing } from './sole-things.js';
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

/** Where each claim stands in natural order of ids (equal ids, equal ranks) and which numbered source it is from. */
interface Readings {
  rank(claim: Claim): number;
  /** A fresh reading of the claim: each event reads its own claims and drops the readings when done. */
  read(claim: Claim): ClaimReading;
  /** How many sources and claims: pairs of them are keyed below their squares. */
  sources: number;
  claims: number;
}

/** Ranks the claims in natural order of their ids once, so later sorts compare numbers. */
function readingsOf(claims: readonly Claim[]): Readings {
  const ranks = new Map<Claim, number>();
  let r = -1;
  let previous: string | null = null;
  for (const claim of [...claims].sort(byClaimId)) {
    if (claim.id !== previous) r++;
    previous = claim.id;
    ranks.set(claim, r);
  }
  const sources = new Map<string, number>();
  for (const claim of claims) if (!sources.has(claim.sourceId)) sources.set(claim.sourceId, sources.size);
  return {
    rank: (claim) => ranks.get(claim)!,
    read: (claim) => readClaim(claim, ranks.get(claim)!, sources.get(claim.sourceId)!),
    sources: sources.size,
    claims: r + 1,
  };
}

/** Event rules that place a claim by one side it names: its figures conflict only beside one the same (`comparePair`). */
const ONE_SIDED_PLACEMENTS: ReadonlySet<string> = new Set(['one-party-joins']);

interface ComparedEvent {
  group: EventGroup;
  aspects: AspectDraft[];
  pairs: PairCoverage;
  own: Finding[];
}

/** A finding of exclusive grants, kept for the event it names with the readings of its claims. */
interface Held {
  finding: Finding;
  first: ClaimReading;
  second: ClaimReading;
}

/**
 * Every pair the event's size allows, in an order that does not depend on the order of the sources; the
 * findings (with the event's exclusive-grant findings) kept one per source pair as they come, so the event's
 * losing findings are garbage at once and each claim is read once while its event is compared.
 */
function compareEvent(group: EventGroup, table: EntityTable, readings: Readings, exclusive: readonly Held[], config: CompareConfig, writer: FindingWriter, eventsOf: ReadonlyMap<string, number>): ComparedEvent {
  // With several parties on one side, each figure only with figures of the same share (see `shares.ts`).
  const shares = sharesOf(group.claims, group.members, (name) => table.family(name));
  const aspects = aspectsOf(group.claims, shares);
  const read = group.claims.map((c) => readings.read(c));
  const kept = new OnePerSourcePair(readings.sources, readings.claims);
  // (A side the event filled where the claim named none has no words of its own; the side the claim named is ambiguous
  // when its firm has other events of the kind.)
  const filled = (p: Claim['actor']) => p !== null && p.text === '' && ONE_SIDED_PLACEMENTS.has(p.rule.replace(/^event:/, ''));
  const ambiguous = (c: Claim) => {
    const named = filled(c.actor) ? c.counterparty : filled(c.counterparty) ? c.actor : null;
    return named !== null && (eventsOf.get(`${table.family(named.canonical)}\u0000${group.kind}`) ?? 0) > 1;
  };
  const oneSided = new Set(group.claims.filter(ambiguous).map((c) => c.id));
  const pairs = visitPairs(group.claims, aspects, config.maxPairwiseClaims, (i, j) => comparePair(read[i]!, read[j]!, group.id, config, writer, kept.add, shares, oneSided));
  for (const h of exclusive) kept.add(h.finding, h.first, h.second);
  return { group, aspects, pairs, own: kept.list() };
}

interface Grant {
  claim: Claim;
  event: string;
  taker: string;
  /** Held by a side the words do not make the holder (see `holdsOf`). */
  guessed: boolean;
}

/**
 * Exclusive grants blocked by holder and kind (`grant-holders.ts`), compared across partners: every pair up to
 * `maxPairwiseClaims` grants, else each grant with the first grant to each of the leading partners.
 */
function exclusiveFindings(groups: readonly EventGroup[], table: EntityTable, readings: Readings, limit: number, writer: FindingWriter): { byEvent: Map<string, Held[]>; partial: PartialExclusives[] } {
  const partial: PartialExclusives[] = [];
  const byEvent = new Map<string, Held[]>();
  const read = new Map<Claim, ClaimReading>();
  const readingOf = (claim: Claim) => {
    let reading = read.get(claim);
    if (!reading) read.set(claim, (reading = readings.read(claim)));
    return reading;
  };
  const byGiver = new Map<string, { giver: string; kind: string; grants: Grant[] }>();
  for (const group of groups) {
    for (const claim of group.claims) {
      for (const { holder, partner, soleGiver, guessed } of holdsOf(claim, group, table)) {
        const key = compositeKey(group.kind, soleGiver ? `sole-giver:${holder}` : holder);
        const entry = byGiver.get(key);
        const grant = { claim, event: group.id, taker: partner, guessed };
        if (entry) entry.grants.push(grant);
        else byGiver.set(key, { giver: holder, kind: group.kind, grants: [grant] });
      }
    }
  }
  // (A claim held by each side meets another in as many blocks as they share: one finding a pair.)
  const done = new Set<string>();
  for (const { giver, kind, grants: list } of byGiver.values()) {
    list.sort((a, b) => byClaimId(a.claim, b.claim));
    let compared = 0;
    const compare = (a: Grant, b: Grant) => {
      if (a.taker === b.taker || a.claim.sourceId === b.claim.sourceId || mayBeOneFirm(a.taker, b.taker)) return;
      if (!sameThing(a.claim, b.claim)) return;
      // (A grant held by each side conflicts only over the same terms or the same named thing: "exclusive" beside
      // another partner and other figures may tell another deal.)
      if ((a.guessed || b.guessed) && !shareAFigure(a.claim, b.claim) && !shareANamedThing(a.claim, b.claim)) return;
      const pairId = compositeKey(a.claim.id, b.claim.id);
      if (done.has(pairId) || done.has(compositeKey(b.claim.id, a.claim.id))) return;
      done.add(pairId);
      // (A grant held by each side says whom it is exclusive with, not which way it goes.)
      const stated = (c: Claim) => (heldEitherWay(c) ? `exclusive with ${(c === a.claim ? a : b).taker}` : null);
      compareExclusive(readingOf(a.claim), readingOf(b.claim), a.event, writer, (finding, first, second) => {
        const held = byEvent.get(finding.event);
        if (held) held.push({ finding, first, second });
        else byEvent.set(finding.event, [{ finding, first, second }]);
      }, stated);
      compared++;
    };
    // (A block whose grants all name one partner has nothing to compare.)
    if (list.every((g) => g.taker === list[0]!.taker)) continue;
    if (list.length <= limit) {
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
  return { byEvent, partial: partial.sort((a, b) => naturalCompare(a.giver, b.giver) || naturalCompare(a.kind, b.kind)) };
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

function toEvent({ group, aspects, pairs, own }: ComparedEvent, table: EntityTable, config: CompareConfig): Event {
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
  const canonical = rawClaims.map((c) => canonicalize(c, table));
  // Before events: a side no other source pairs, misread beside a firm the corpus pairs (`corroborated-parties.ts`).
  // (And before that, a side that is a name some source gives a ship or a machine: `goods-named.ts`.)
  const { groups, claims } = groupEvents(corroboratedParties(withoutGoodsSides(canonical), table), table);
  markBesideDenials(claims);
  const readings = readingsOf(groups.flatMap((g) => g.claims));
  const byRank = (a: Claim, b: Claim) => readings.rank(a) - readings.rank(b);
  for (const group of groups) group.claims.sort(byRank);
  const writer = new FindingWriter(config);
  const exclusive = exclusiveFindings(groups, table, readings, config.maxPairwiseClaims, writer);
  // How many events of each kind each family has: a claim placed by the one side it names is sure of its event only
  // when that side has one of its kind.
  const eventsOf = new Map<string, number>();
  for (const g of groups) {
    if (g.kind === 'state') continue;
    for (const f of new Set(g.families)) {
      const key = `${f}\u0000${g.kind}`;
      eventsOf.set(key, (eventsOf.get(key) ?? 0) + 1);
    }
  }
  const compared = groups.map((g) => compareEvent(g, table, readings, exclusive.byEvent.get(g.id) ?? [], config, writer, eventsOf));

  const events = compared
    .map((c) => toEvent(c, table, config))
    .sort((a, b) => b.sources.length - a.sources.length || b.agreements - a.agreements || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byEvent = new Map(compared.map((c) => [c.group.id, c.own]));
  const findings: Finding[] = [];
  for (const event of events) for (const f of byEvent.get(event.id)!) findings.push(f);
  const uncorroborated = events.filter((e) => e.sources.length === 1).flatMap((e) => e.claims);
  return { claims, findings, events, entities: table.entities, uncorroborated, partialExclusives: exclusive.partial };
}
