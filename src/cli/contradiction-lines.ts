import type { Finding } from '../schema/finding.js';

/** How many contradictions `--fail-on contradiction` lists on standard error before it only counts. */
export const LISTED_CONTRADICTIONS = 10;

/**
 * What `--fail-on contradiction` prints to standard error, so a CI log explains the exit status:
 * a count, then one line per contradiction (the first ten), then how many more there are.
 *
 * @example
 * contradictionLines(findings)
 * // 'crosscheck: 2 contradictions\n  amount (0.63): blog: $10B per year; pod: $15B per year: conflict on amount\n ...'
 */
export function contradictionLines(findings: readonly Finding[], limit = LISTED_CONTRADICTIONS): string {
  const contradictions = findings.filter((f) => f.kind === 'contradiction');
  if (!contradictions.length) return '';
  const count = contradictions.length === 1 ? '1 contradiction' : `${contradictions.length} contradictions`;
  const lines = contradictions.slice(0, limit).map((f) => `  ${f.field} (${f.confidence.toFixed(2)}): ${f.explanation}`);
  const more = contradictions.length > limit ? [`  ... and ${contradictions.length - limit} more`] : [];
  return [`crosscheck: ${count}`, ...lines, ...more].join('\n') + '\n';
}
