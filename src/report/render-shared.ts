import type { Claim } from '../schema/claim.js';
import type { Finding } from '../schema/finding.js';
import type { Event, Report } from '../schema/report.js';

/** What a renderer may be told that the report itself does not hold. */
export interface RenderOptions {
  /** How many sources went in; by default, the sources named anywhere in the report. */
  sourceCount?: number;
}

export interface ReportCounts {
  sources: number;
  claims: number;
  events: number;
  agreements: number;
  contradictions: number;
}

/** An event with its findings, contradictions first, each group in report order. */
export interface EventSection {
  rank: number;
  event: Event;
  contradictions: Finding[];
  agreements: Finding[];
}

/** The report arranged for reading: ranked events, findings of no listed event, uncorroborated claims. */
export interface ReportLayout {
  events: EventSection[];
  orphanFindings: Finding[];
  uncorroborated: { id: string; claim: Claim | undefined }[];
  counts: ReportCounts;
}

export function layoutReport(report: Report, options: RenderOptions = {}): ReportLayout {
  const byEvent = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = byEvent.get(finding.event);
    if (list) list.push(finding);
    else byEvent.set(finding.event, [finding]);
  }
  const events = report.events.map((event, index) => {
    const findings = byEvent.get(event.id) ?? [];
    byEvent.delete(event.id);
    return {
      rank: index + 1,
      event,
      contradictions: findings.filter((f) => f.kind === 'contradiction'),
      agreements: findings.filter((f) => f.kind === 'agreement'),
    };
  });
  const claims = new Map(report.claims.map((claim) => [claim.id, claim]));
  return {
    events,
    orphanFindings: [...byEvent.values()].flat(),
    uncorroborated: report.uncorroborated.map((id) => ({ id, claim: claims.get(id) })),
    counts: countReport(report, options),
  };
}

export function countReport(report: Report, options: RenderOptions = {}): ReportCounts {
  return {
    sources: options.sourceCount ?? namedSources(report).size,
    claims: report.claims.length,
    events: report.events.length,
    agreements: report.findings.filter((f) => f.kind === 'agreement').length,
    contradictions: report.findings.filter((f) => f.kind === 'contradiction').length,
  };
}

function namedSources(report: Report): Set<string> {
  const ids = new Set<string>();
  for (const claim of report.claims) ids.add(claim.sourceId);
  for (const event of report.events) for (const id of event.sources) ids.add(id);
  for (const finding of report.findings) for (const id of finding.sources) ids.add(id);
  return ids;
}

/** "1 source", "2 sources"; "1 contradiction". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "3 sources, 5 claims, 2 events, 4 agreements, 1 contradiction" */
export function summaryLine(counts: ReportCounts): string {
  return [
    plural(counts.sources, 'source'),
    plural(counts.claims, 'claim'),
    plural(counts.events, 'event'),
    plural(counts.agreements, 'agreement'),
    plural(counts.contradictions, 'contradiction'),
  ].join(', ');
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
