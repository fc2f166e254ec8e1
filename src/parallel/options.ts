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
   * Sources handed to a worker at a time. By default about eight shards per worker, at most 200 sources each:
   * small enough to balance the load, large enough to amortize messages.
   */
  chunk: z.number().int().min(1).max(100_000).optional(),
}).strict();
export type ParallelOptions = z.input<typeof ParallelOptions>;
