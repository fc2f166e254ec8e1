import type { Report } from '../schema/report.js';
import type { Only } from './args.js';

export interface FindingFilter {
  only: Only;
  minConfidence: number;
}

const KIND_OF: Record<Exclude<Only, 'all'>, 'contradiction' | 'agreement'> = {
  contradictions: 'contradiction',
  agreements: 'agreement',
};

/**
 * The report with only the findings the command line asks for (`--only`, `--min-confidence`); claims, events
 * and entities stay as they are.
 *
 * @example selectFindings(report, { only: 'contradictions', minConfidence: 0.5 })
 */
export function selectFindings(report: Report, filter: FindingFilter): Report {
  if (filter.only === 'all' && filter.minConfidence === 0) return report;
  const kind = filter.only === 'all' ? null : KIND_OF[filter.only];
  const findings = report.findings.filter((f) => (kind === null || f.kind === kind) && f.confidence >= filter.minConfidence);
  return { ...report, findings };
}
