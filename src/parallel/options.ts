import { z } from 'zod';
import { AnalyzeOptions } from '../schema/options.js';

/**
 * `analyze` options plus how to spread extraction: `workers` threads, each taking `chunk` sources at a time.
 * Neither changes the result, only how fast it comes.
 */
export const ParallelOptions = AnalyzeOptions.extend({
  /** Worker threads; 1 still runs extraction off the calling thread. */
  workers: z.number().int().min(1).max(256).default(2),
  /**
   * Sources handed to a worker at a time. By default shards shrink towards the end: each takes a `2 * workers`-th
   * of the sources left, at most 200 and at least 8, so threads start on large shards and finish together.
   */
  chunk: z.number().int().min(1).max(100_000).optional(),
}).strict();
export type ParallelOptions = z.input<typeof ParallelOptions>;
