import { z } from 'zod';

/** One document to analyze: a paragraph, an article, a summary. */
export const Source = z
  .object({
    id: z.string().min(1, 'must be a non-empty string'),
    text: z.string(),
    /** ISO date; anchors spans such as "through 2029". */
    publishedAt: z.string().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

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
