import { z } from 'zod';

/** Half-open `[start, end)` offsets into the source text: `text.slice(start, end)` is the words as written. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

/**
 * How a value was stated. `exact`: "$45 billion"; `approximate`: "about $45 billion";
 * `atLeast`: "more than $45 billion"; `atMost`: "up to $45 billion"; `range`: "$40-45 billion";
 * `vague`: "billions", "several years".
 */
export const Bound = z.enum(['exact', 'approximate', 'atLeast', 'atMost', 'range', 'vague']);
export type Bound = z.infer<typeof Bound>;
