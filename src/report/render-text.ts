import type { Finding, FindingSide } from '../schema/finding.js';
import type { Report } from '../schema/report.js';
import {
  alsoCorroborated,
  formatConfidence,
  layoutReport,
  listOrNone,
  oneLine,
  summaryLine,
  type EventSection,
  type RenderOptions,
} from './render-shared.js';

/**
 * The report as plain text for a terminal: ranked events with their sources, consensus and findings,
 * then the uncorroborated claims, then a one-line summary. Same report, same text.
 *
 * @example
 * renderText(analyze(sources)).split('\n').at(-2)
 * //=> 'Summary: 3 sources, 4 claims, 1 event, 2 agreements, 1 contradiction'
 */
export function renderText(report: Report, options: RenderOptions = {}): string {
  const layout = layoutReport(report, options);
  const lines: string[] = ['Crosscheck report', ''];

  if (!layout.events.length) lines.push('No events.', '');
  for (const section of layout.events) lines.push(...eventLines(section), '');

  if (layout.orphanFindings.length) {
    lines.push(`Other findings (${layout.orphanFindings.length}):`);
    for (const finding of layout.orphanFindings) lines.push(...findingLines(finding, '  '));
    lines.push('');
  }

  if (layout.uncorroborated.length) {
    lines.push(`Uncorroborated claims (${layout.uncorroborated.length}):`);
    for (const { id, claim } of layout.uncorroborated) {
      lines.push(claim ? `  - ${id} (${claim.sourceId}): ${oneLine(claim.text)}` : `  - ${id}`);
    }
  } else lines.push('Uncorroborated claims: none');
  lines.push('', `Summary: ${summaryLine(layout.counts)}`);
  return lines.join('\n') + '\n';
}

function eventLines({ rank, event, contradictions, agreements }: EventSection): string[] {
  const lines = [
    `Event ${rank}: ${oneLine(event.label)}`,
    `  type: ${event.type}`,
    `  parties: ${listOrNone(event.parties)}`,
    `  sources (${event.sources.length}): ${listOrNone(event.sources)}`,
  ];
  if (event.consensus.length) {
    lines.push('  consensus:');
    const width = Math.max(...event.consensus.map((c) => c.field.length));
    for (const c of event.consensus) {
      lines.push(
        `    ${c.field.padEnd(width)}  ${oneLine(c.value)}  (support: ${listOrNone(c.support)}; against: ${listOrNone(c.against)})`,
      );
    }
  } else lines.push('  consensus: none');
  if (!contradictions.length && !agreements.length) lines.push('  findings: none');
  if (contradictions.length) {
    lines.push(`  contradictions (${contradictions.length}):`);
    for (const finding of contradictions) lines.push(...findingLines(finding, '    '));
  }
  if (agreements.length) {
    lines.push(`  agreements (${agreements.length}):`);
    for (const finding of agreements) lines.push(...findingLines(finding, '    '));
  }
  return lines;
}

function findingLines(finding: Finding, indent: string): string[] {
  const [a, b] = finding.sources;
  const also = alsoCorroborated(finding);
  const head =
    finding.kind === 'contradiction'
      ? `CONTRADICTION ${a} vs ${b} on ${finding.field}`
      : `agreement ${a} and ${b} on ${finding.field}${also.length ? ` (also ${also.join(', ')})` : ''}`;
  return [
    `${indent}- ${head}, confidence ${formatConfidence(finding.confidence)} [${finding.rule}]`,
    `${indent}  ${oneLine(finding.explanation)}`,
    ...finding.values.map((side) => `${indent}  ${sideLine(side)}`),
  ];
}

/** s4 (claim s4#1): "$15 billion annually" = $15B per year */
function sideLine(side: FindingSide): string {
  const written = oneLine(side.text);
  const normalized = oneLine(side.normalized);
  const value = written && written !== normalized ? `"${written}" = ${normalized}` : normalized || `"${written}"`;
  return `${side.source} (claim ${side.claim}): ${value}`;
}
