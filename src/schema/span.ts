import { z } from 'zod';
import type * as T from './types.js';

/** Half-open `[start, end)` offsets into the source text: `text.slice(start, end)` is the words as written. */
export const Span = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the first character, in UTF-16 code units.'),
    end: z.number().int().nonnegative().describe('Offset just past the last character (half-open).'),
  })
  .describe('Half-open `[start, end)` offsets into the source text: `text.slice(start, end)` is the words as written.');
export interface Span extends T.SpanFields {}

/**
 * How a value was stated. `exact`: "$45 billion"; `approximate`: "about $45 billion";
 * `atLeast`: "more than $45 billion"; `atMost`: "up to $45 billion"; `range`: "$40-45 billion";
 * `vague`: "billions", "several years".
 */
export const Bound = z
  .enum(['exact', 'approximate', 'atLeast', 'atMost', 'range', 'vague'])
  .describe(
    'How a value was stated: `exact` ("$45 billion"), `approximate` ("about $45 billion"), `atLeast` ("more than"), ' +
      '`atMost` ("up to"), `range` ("$40-45 billion"), `vague` ("billions", "several years").',
  );
export type Bound = z.infer<typeof Bound>;
