import type { Claim } from '../schema/claim.js';
import type { Finding } from '../schema/finding.js';
import type { Event, FieldPositions, Report } from '../schema/report.js';

/** What a renderer may be told that the report itself does not hold. */
export interface RenderOptions {
  /** How many sources went in; by default, the sources named anywhere in the report. */
  sourceCount?: number;
  /**
   * How many findings of each kind an event lists before it only counts the rest (default 20). Positions are
   * always complete; every finding is in the JSON report.
   */
  findingsPerEvent?: number;
}

export const FINDINGS_PER_EVENT = 20;

export interface ReportCounts {
  sources: number;
  /** Sources that gave no claim at all (boilerplate, navigation text), when the source count is known. */
  withoutClaims: number;
  claims: number;
  events: number;
  agreements: number;
  contradictions: number;
}

/** Listed findings of one kind, and how many there are in all. */
export interface FindingList {
  listed: Finding[];
  total: number;
}

/**
 * An event as a brief: its fields with positions (disputed first), its contradictions, the agreements that
 * corroborate a stated value, and the agreements on the event alone, only counted.
 */
export interface EventBrief {
  rank: number;
  event: Event;
  fields: FieldPositions[];
  contradictions: FindingList;
  agreements: FindingList;
  eventOnlyAgreements: number;
}

/** Findings grouped by event in one pass; findings of an event the report does not list are kept apart. */
export function findingsByEvent(report: Report): { byEvent: Map<string, Finding[]>; orphans: Finding[] } {
  const listed = new Set(report.events.map((e) => e.id));
  const byEvent = new Map<string, Finding[]>();
  const orphans: Finding[] = [];
  for (const finding of report.findings) {
    if (!listed.has(finding.event)) {
      orphans.push(finding);
      continue;
    }
    const list = byEvent.get(finding.event);
    if (list) list.push(finding);
    else byEvent.set(finding.event, [finding]);
  }
  return { byEvent, orphans };
}

/** One event's brief; `limit` findings of each kind are listed, in report order. */
export function briefOf(rank: number, event: Event, findings: readonly Finding[], limit: number): EventBrief {
  const contradictions: FindingList = { listed: [], total: 0 };
  const agreements: FindingList = { listed: [], total: 0 };
  let eventOnlyAgreements = 0;
  for (const f of findings) {
    if (f.kind === 'agreement' && f.field === 'event') {
      eventOnlyAgreements++;
      continue;
    }
    const list = f.kind === 'contradiction' ? contradictions : agreements;
    list.total++;
    if (list.listed.length < limit) list.listed.push(f);
  }
  return { rank, event, fields: event.fields, contradictions, agreements, eventOnlyAgreements };
}

/** Claims by id, for quoting the sentence behind a finding's side. */
export function claimsById(report: Report): Map<string, Claim> {
  return new Map(report.claims.map((claim) => [claim.id, claim]));
}

export function countReport(report: Report, options: RenderOptions = {}): ReportCounts {
  let agreements = 0;
  for (const f of report.findings) if (f.kind === 'agreement') agreements++;
  const withClaims = new Set<string>();
  for (const claim of report.claims) withClaims.add(claim.sourceId);
  const sources = options.sourceCount ?? namedSources(report).size;
  return {
    sources,
    withoutClaims: Math.max(0, sources - withClaims.size),
    claims: report.claims.length,
    events: report.events.length,
    agreements,
    contradictions: report.findings.length - agreements,
  };
}

function namedSources(report: Report): Set<string> {
  const ids = new Set<string>();
  for (const claim of report.claims) ids.add(claim.sourceId);
  for (const event of report.events) for (const id of event.sources) ids.add(id);
  for (const finding of report.findings) for (const id of finding.sources) ids.add(id);
  return ids;
}

/** "1 source", "2 sources"; "1 contradiction"; thousands grouped: "12,928 contradictions". */
export function plural(count: number, word: string): string {
  return `${grouped(count)} ${word}${count === 1 ? '' : 's'}`;
}

/** 12928 -> "12,928", the same on every machine. */
export function grouped(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "3 sources, 5 claims, 2 events, 4 agreements, 1 contradiction"; "12 sources (3 without claims), ..." */
export function summaryLine(counts: ReportCounts): string {
  return [
    `${plural(counts.sources, 'source')}${counts.withoutClaims > 0 ? ` (${grouped(counts.withoutClaims)} without claims)` : ''}`,
    plural(counts.claims, 'claim'),
    plural(counts.events, 'event'),
    plural(counts.agreements, 'agreement'),
    plural(counts.contradictions, 'contradiction'),
  ].join(', ');
}

/** "disputed, no majority"; "majority, 3 of 4 sources"; "agreed". */
export function statusWords(field: FieldPositions): string {
  if (field.status === 'agreed') return 'agreed';
  const stating = field.support.length + field.against.length;
  if (field.status === 'majority') return `majority, ${field.support.length} of ${plural(stating, 'source')}`;
  return `disputed, no majority (${field.support.length} of ${plural(stating, 'source')} with the leading value)`;
}

/**
 * Why claims met or stayed apart, by event rule: "joined: b#1 (generic-joins-specific)" and "kept apart from:
 * commercial:A~B@2016 (year-splits)"; none when every claim named both parties and no rule split the pair.
 */
export function ruleWords(event: Event): { joined: string | null; apart: string | null } {
  return {
    joined: event.joins.length ? event.joins.map((j) => `${j.claim} (${j.rule})`).join(', ') : null,
    apart: event.splits.length ? event.splits.map((s) => `${s.event} (${s.rule})`).join(', ') : null,
  };
}

/** "pairs compared: 7,000 of 49,995,000 ..." when an event was too large to compare every pair, else null. */
export function coverageWords(event: Event): string | null {
  if (event.pairs.complete) return null;
  return `pairs compared: ${grouped(event.pairs.compared)} of ${grouped(event.pairs.possible)} (more claims than maxPairwiseClaims: each claim was compared with the event's first claim and the leading value of each field it states); the positions above are exact`;
}

/** Two decimals, so output never depends on floating-point noise: 0.63 */
export function formatConfidence(confidence: number): string {
  return confidence.toFixed(2);
}

/** Runs of whitespace, newlines included, become one space: report lines stay lines. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Fields an agreement corroborates besides its main one: "amount" for ['duration', 'amount'] led by duration. */
export function alsoCorroborated(finding: Finding): string[] {
  return finding.corroborated.filter((field) => field !== finding.field);
}

export function listOrNone(items: readonly string[]): string {
  return items.length ? items.join(', ') : 'none';
}

/** Joins the chunks of a streaming renderer into one string. */
export function joinChunks(chunks: Iterable<string>): string {
  let out = '';
  for (const chunk of chunks) out += chunk;
  return out;
}

/** "SpaceX (commercial): 2,000 exclusive grants, 15,992 of 1,499,000 pairs compared" for each partial giver. */
export function partialExclusiveLines(report: Report): string[] {
  return report.partialExclusives.map(
    (p) => `${p.giver} (${p.kind}): ${plural(p.grants, 'exclusive grant')}, ${grouped(p.pairs.compared)} of ${grouped(p.pairs.possible)} pairs to different takers compared (more than maxPairwiseClaims: each grant was compared with the first grant to each leading taker)`,
  );
}
