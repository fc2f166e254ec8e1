import { z } from 'zod';
import type * as T from './types.js';

/** One document to analyze: a paragraph, an article, a summary. */
export const Source = z
  .object({
    id: z.string().min(1, 'must be a non-empty string').describe('Unique among the sources; claim ids are `${id}#n`.'),
    text: z.string().describe('The paragraph, article or summary to read.'),
    publishedAt: z.string().optional().describe('ISO date the text was written; anchors spans such as "through 2029" and times on a deal such as "last year".'),
    title: z.string().optional().describe('A title, kept for the caller; not read.'),
    url: z.string().optional().describe('Where the text came from, kept for the caller; not read.'),
  })
  .strict()
  .describe('One document to analyze: a paragraph, an article, a summary.');
export interface Source extends T.SourceFields {}

export const Sources = z.array(Source).superRefine((sources, ctx) => {
  const seen = new Map<string, number>();
  sources.forEach((source, index) => {
    const first = seen.get(source.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `duplicate id "${source.id}" (first used by sources[${first}])`,
      });
    } else seen.set(source.id, index);
  });
});
