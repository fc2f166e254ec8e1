import type { Finding, FindingSide } from '../schema/finding.js';
import type { Report } from '../schema/report.js';
import {
  alsoCorroborated,
  formatConfidence,
  layoutReport,
  oneLine,
  summaryLine,
  type EventSection,
  type RenderOptions,
} from './render-shared.js';

/**
 * The report as Markdown (CommonMark with GitHub tables): one section per ranked event with a
 * consensus table and its findings, then the uncorroborated claims, then a summary line.
 * Every piece of source text is escaped, so a `$` or `|` in a claim stays literal.
 *
 * @example
 * renderMarkdown(analyze(sources)).startsWith('# Crosscheck report') //=> true
 */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const layout = layoutReport(report, options);
  const blocks: string[] = ['# Crosscheck report'];

  if (!layout.events.length) blocks.push('No events.');
  for (const section of layout.events) blocks.push(...eventBlocks(section));

  if (layout.orphanFindings.length) {
    blocks.push(`## Other findings (${layout.orphanFindings.length})`, findingList(layout.orphanFindings));
  }

  if (layout.uncorroborated.length) {
    blocks.push(
      `## Uncorroborated claims (${layout.uncorroborated.length})`,
      layout.uncorroborated
        .map(({ id, claim }) =>
          claim ? `- **${md(id)}** (${md(claim.sourceId)}): ${md(claim.text)}` : `- **${md(id)}**`,
        )
        .join('\n'),
    );
  } else blocks.push('## Uncorroborated claims', 'None.');

  blocks.push('---', `**Summary:** ${summaryLine(layout.counts)}`);
  return blocks.join('\n\n') + '\n';
}

function eventBlocks({ rank, event, contradictions, agreements }: EventSection): string[] {
  const blocks = [
    `## ${rank}. ${md(event.label)}`,
    [
      `- **Type:** ${md(event.type)}`,
      `- **Parties:** ${mdList(event.parties)}`,
      `- **Sources (${event.sources.length}):** ${mdList(event.sources)}`,
    ].join('\n'),
  ];
  if (event.consensus.length) {
    blocks.push(
      [
        '| Field | Consensus | Support | Against |',
        '| --- | --- | --- | --- |',
        ...event.consensus.map(
          (c) => `| ${md(c.field)} | ${md(c.value)} | ${mdList(c.support)} | ${mdList(c.against)} |`,
        ),
      ].join('\n'),
    );
  } else blocks.push('No consensus values.');
  if (!contradictions.length && !agreements.length) blocks.push('No findings.');
  if (contradictions.length) blocks.push(`### Contradictions (${contradictions.length})`, findingList(contradictions));
  if (agreements.length) blocks.push(`### Agreements (${agreements.length})`, findingList(agreements));
  return blocks;
}

function findingList(findings: readonly Finding[]): string {
  return findings.map(findingItem).join('\n');
}

function findingItem(finding: Finding): string {
  const [a, b] = finding.sources.map(md);
  const also = alsoCorroborated(finding);
  const head =
    finding.kind === 'contradiction'
      ? `- **Contradiction: ${a} vs ${b}** on *${finding.field}*`
      : `- **Agreement: ${a} and ${b}** on *${finding.field}*${also.length ? ` (also ${also.join(', ')})` : ''}`;
  return [
    `${head}, confidence ${formatConfidence(finding.confidence)} (rule ${md(finding.rule)})`,
    `  ${md(finding.explanation)}`,
    ...finding.values.map((side) => `  - ${sideItem(side)}`),
  ].join('\n');
}

function sideItem(side: FindingSide): string {
  const written = oneLine(side.text);
  const normalized = oneLine(side.normalized);
  const value =
    written && written !== normalized ? `“${md(written)}” = ${md(normalized)}` : md(normalized || written);
  return `${md(side.source)} (claim ${md(side.claim)}): ${value}`;
}

function mdList(items: readonly string[]): string {
  return items.length ? items.map(md).join(', ') : '—';
}

/**
 * Inline text made literal: punctuation that Markdown, GitHub tables or GitHub math would read is
 * backslash-escaped, and newlines fold into spaces. `$15B | 3 years` gives `\$15B \| 3 years`.
 */
export function md(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|$~]/g, '\\$&')
    .replace(/(^|\s)#/g, '$1\\#')
    .replace(/&(?=#?\w+;)/g, '\\&');
}
