import type { Claim } from '../schema/claim.js';
import type { Finding, FindingSide } from '../schema/finding.js';
import type { FieldPositions, Report } from '../schema/report.js';
import {
  FINDINGS_PER_EVENT,
  alsoCorroborated,
  briefOf,
  claimsById,
  countReport,
  coverageWords,
  findingsByEvent,
  formatConfidence,
  grouped,
  oneLine,
  partialExclusiveLines,
  plural,
  ruleWords,
  statusWords,
  summaryLine,
  type EventBrief,
  type FindingList,
  type RenderOptions,
} from './render-shared.js';

/**
 * The report as Markdown (CommonMark): one section per ranked event with where its sources stand on each
 * field (disputed fields first, the sentence behind each position quoted), its contradictions and the
 * agreements that corroborate a value; agreements on the event alone are counted. Then the uncorroborated
 * claims and a summary line. Every piece of source text is escaped, so a `$` or `|` in a claim stays literal.
 *
 * @example
 * renderMarkdown(analyze(sources)).startsWith('# Crosscheck report') //=> true
 */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  let out = '';
  for (const chunk of markdownChunks(report, options)) out += chunk;
  return out;
}

/** The Markdown report a block at a time, so a large report can be written as it is made. */
export function* markdownChunks(report: Report, options: RenderOptions = {}): Generator<string> {
  const limit = options.findingsPerEvent ?? FINDINGS_PER_EVENT;
  const claims = claimsById(report);
  const { byEvent, orphans } = findingsByEvent(report);
  yield '# Crosscheck report\n\n';
  if (!report.events.length) yield 'No events.\n\n';
  let rank = 0;
  for (const event of report.events) yield* eventBlocks(briefOf(++rank, event, byEvent.get(event.id) ?? [], limit), claims);
  if (orphans.length) {
    yield `## Other findings (${grouped(orphans.length)})\n\n`;
    for (const finding of orphans) yield findingItem(finding, claims);
    yield '\n';
  }
  const partial = partialExclusiveLines(report);
  if (partial.length) {
    yield '## Exclusive grants compared only in part\n\n';
    for (const line of partial) yield `- ${md(line)}\n`;
    yield '\n';
  }
  if (report.uncorroborated.length) {
    yield `## Uncorroborated claims (${grouped(report.uncorroborated.length)})\n\n`;
    for (const id of report.uncorroborated) {
      const claim = claims.get(id);
      yield claim ? `- **${md(id)}** (${md(claim.sourceId)}): ${md(claim.text)}\n` : `- **${md(id)}**\n`;
    }
    yield '\n';
  } else yield '## Uncorroborated claims\n\nNone.\n\n';
  yield `---\n\n**Summary:** ${summaryLine(countReport(report, options))}\n`;
}

function* eventBlocks(brief: EventBrief, claims: ReadonlyMap<string, Claim>): Generator<string> {
  const { rank, event } = brief;
  yield `## ${rank}. ${md(event.label)}\n\n`;
  yield `- **Sources (${grouped(event.sources.length)}):** ${mdList(event.sources)}\n`;
  yield `- **Type:** ${md(event.type)}; **parties:** ${mdList(event.parties)}; ${plural(event.claims.length, 'claim')}\n`;
  const rules = ruleWords(event);
  if (rules.joined) yield `- **Joined by rule:** ${md(rules.joined)}\n`;
  if (rules.apart) yield `- **Kept apart from:** ${md(rules.apart)}\n`;
  yield '\n';
  if (!brief.fields.length) yield 'No stated values.\n\n';
  for (const field of brief.fields) yield* fieldBlock(field);
  const coverage = coverageWords(event);
  if (coverage) yield `*${md(coverage)}*\n\n`;
  if (!brief.contradictions.total && !brief.agreements.total && !brief.eventOnlyAgreements) yield 'No findings.\n\n';
  yield* findingGroup('Contradictions', brief.contradictions, claims);
  yield* findingGroup('Agreements on a stated value', brief.agreements, claims);
  if (brief.eventOnlyAgreements) {
    yield `Agreements on the event alone, nothing stated to compare: ${grouped(brief.eventOnlyAgreements)} (counted, not listed).\n\n`;
  }
}

function* fieldBlock(field: FieldPositions): Generator<string> {
  const against = field.status === 'majority' ? `; against: ${mdList(field.against)}` : '';
  yield `**${md(field.aspect)}:** ${md(statusWords(field))}${against}\n\n`;
  for (const position of field.positions) {
    yield `- **${md(position.value)}:** ${mdList(position.sources)} (${plural(position.sources.length, 'source')})\n`;
    yield `  > ${md(position.evidence.text)} (${md(position.evidence.source)})\n`;
  }
  yield '\n';
}

function* findingGroup(title: string, list: FindingList, claims: ReadonlyMap<string, Claim>): Generator<string> {
  if (!list.total) return;
  yield `### ${title} (${grouped(list.total)})\n\n`;
  for (const finding of list.listed) yield findingItem(finding, claims);
  const rest = list.total - list.listed.length;
  if (rest > 0) yield `- … and ${grouped(rest)} more (every finding is in the JSON report)\n`;
  yield '\n';
}

function findingItem(finding: Finding, claims: ReadonlyMap<string, Claim>): string {
  const [a, b] = finding.sources.map(md);
  const also = alsoCorroborated(finding);
  const head =
    finding.kind === 'contradiction'
      ? `- **Contradiction: ${a} vs ${b}** on *${finding.field}*`
      : `- **Agreement: ${a} and ${b}** on *${finding.field}*${also.length ? ` (also ${also.join(', ')})` : ''}`;
  const sides = finding.values.map((side) => {
    const sentence = claims.get(side.claim)?.text;
    return `  - ${sideItem(side)}${sentence ? `\n    > ${md(sentence)}` : ''}\n`;
  });
  return `${head}, confidence ${formatConfidence(finding.confidence)} (rule ${md(finding.rule)})\n  ${md(finding.explanation)}\n${sides.join('')}`;
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
