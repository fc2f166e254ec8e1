import { z } from 'zod';
import { Report } from './report.js';

/**
 * The JSON Schema (draft 2020-12) of a report, with every field's description, so pipelines in other languages
 * can validate `crosscheck --format json` output. Built on each call: importing crosscheck stays cheap.
 *
 * @example JSON.stringify(reportJsonSchema(), null, 2) // { "$schema": "https://json-schema.org/draft/2020-12/schema", ... }
 */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Report, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
