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
  listOrNone,
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
 * The report as plain text for a terminal, read like a brief: per ranked event, where the sources stand on
 * each field (disputed fields first, each position with its sources and the sentence that says it), then the
 * contradictions and the agreements that corroborate a value, with both sentences quoted; agreements on the
 * event alone are counted. Then the uncorroborated claims and a one-line summary. Same report, same text.
 *
 * @example
 * renderText(analyze(sources)).split('\n').at(-2)
 * //=> 'Summary: 3 sources, 4 claims, 1 event, 2 agreements, 1 contradiction'
 */
export function renderText(report: Report, options: RenderOptions = {}): string {
  let out = '';
  for (const chunk of textChunks(report, options)) out += chunk;
  return out;
}

/** The text report a line at a time, so a large report can be written as it is made. */
export function* textChunks(report: Report, options: RenderOptions = {}): Generator<string> {
  const limit = options.findingsPerEvent ?? FINDINGS_PER_EVENT;
  const claims = claimsById(report);
  const { byEvent, orphans } = findingsByEvent(report);
  yield 'Crosscheck report\n\n';
  if (!report.events.length) yield 'No events.\n\n';
  let rank = 0;
  for (const event of report.events) {
    yield* eventLines(briefOf(++rank, event, byEvent.get(event.id) ?? [], limit), claims);
    yield '\n';
  }
  if (orphans.length) {
    yield `Other findings (${grouped(orphans.length)}):\n`;
    for (const finding of orphans) yield* findingLines(finding, '  ', claims);
    yield '\n';
  }
  const partial = partialExclusiveLines(report);
  if (partial.length) {
    yield 'Exclusive grants compared only in part:\n';
    for (const line of partial) yield `  - ${line}\n`;
    yield '\n';
  }
  if (report.uncorroborated.length) {
    yield `Uncorroborated claims (${grouped(report.uncorroborated.length)}):\n`;
    for (const id of report.uncorroborated) {
      const claim = claims.get(id);
      yield claim ? `  - ${id} (${claim.sourceId}): ${oneLine(claim.text)}\n` : `  - ${id}\n`;
    }
  } else yield 'Uncorroborated claims: none\n';
  yield `\nSummary: ${summaryLine(countReport(report, options))}\n`;
}

function* eventLines(brief: EventBrief, claims: ReadonlyMap<string, Claim>): Generator<string> {
  const { rank, event } = brief;
  yield `Event ${rank}: ${oneLine(event.label)}\n`;
  yield `  ${plural(event.sources.length, 'source')}: ${listOrNone(event.sources)}\n`;
  yield `  type: ${event.type}; parties: ${listOrNone(event.parties)}; ${plural(event.claims.length, 'claim')}\n`;
  const rules = ruleWords(event);
  if (rules.joined) yield `  joined by rule: ${oneLine(rules.joined)}\n`;
  if (rules.apart) yield `  kept apart from: ${oneLine(rules.apart)}\n`;
  if (!brief.fields.length) yield '  stated values: none\n';
  for (const field of brief.fields) yield* fieldLines(field);
  const coverage = coverageWords(event);
  if (coverage) yield `  ${coverage}\n`;
  if (!brief.contradictions.total && !brief.agreements.total && !brief.eventOnlyAgreements) yield '  findings: none\n';
  yield* findingGroup('contradictions', brief.contradictions, claims);
  yield* findingGroup('agreements on a stated value', brief.agreements, claims);
  if (brief.eventOnlyAgreements) {
    yield `  agreements on the event alone, nothing stated to compare: ${grouped(brief.eventOnlyAgreements)} (counted, not listed)\n`;
  }
}

/** amount per year, USD: disputed ... then "$15B a year: pod, memo, blog (3 sources)" and its sentence. */
function* fieldLines(field: FieldPositions): Generator<string> {
  const against = field.status === 'majority' ? `; against: ${listOrNone(field.against)}` : '';
  yield `  ${field.aspect}: ${statusWords(field)}${against}\n`;
  for (const position of field.positions) {
    yield `    ${oneLine(position.value)}: ${listOrNone(position.sources)} (${plural(position.sources.length, 'source')})\n`;
    yield `      "${oneLine(position.evidence.text)}" (${position.evidence.source})\n`;
  }
}

function* findingGroup(title: string, list: FindingList, claims: ReadonlyMap<string, Claim>): Generator<string> {
  if (!list.total) return;
  yield `  ${title} (${grouped(list.total)}):\n`;
  for (const finding of list.listed) yield* findingLines(finding, '    ', claims);
  const rest = list.total - list.listed.length;
  if (rest > 0) yield `    ... and ${grouped(rest)} more (every finding is in the JSON report)\n`;
}

function* findingLines(finding: Finding, indent: string, claims: ReadonlyMap<string, Claim>): Generator<string> {
  const [a, b] = finding.sources;
  const also = alsoCorroborated(finding);
  const head =
    finding.kind === 'contradiction'
      ? `CONTRADICTION ${a} vs ${b} on ${finding.field}`
      : `agreement ${a} and ${b} on ${finding.field}${also.length ? ` (also ${also.join(', ')})` : ''}`;
  yield `${indent}- ${head}, confidence ${formatConfidence(finding.confidence)} [${finding.rule}]\n`;
  yield `${indent}  ${oneLine(finding.explanation)}\n`;
  for (const side of finding.values) {
    yield `${indent}  ${sideLine(side)}\n`;
    const sentence = claims.get(side.claim)?.text;
    if (sentence) yield `${indent}    in "${oneLine(sentence)}"\n`;
  }
}

/** s4 (claim s4#1): "$15 billion annually" = $15B per year */
function sideLine(side: FindingSide): string {
  const written = oneLine(side.text);
  const normalized = oneLine(side.normalized);
  const value = written && written !== normalized ? `"${written}" = ${normalized}` : normalized || `"${written}"`;
  return `${side.source} (claim ${side.claim}): ${value}`;
}
