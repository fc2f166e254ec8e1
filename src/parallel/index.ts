/**
 * crosscheck on worker threads (Node only, `crosscheck/parallel`): the same report as `analyze`, with extraction
 * spread over threads. Sources are cut into contiguous shards, each extracted on a worker, the claims
 * concatenated back in source order, and the whole compared once, so the answer cannot depend on the shards.
 */
import type { Claim } from '../schema/claim.js';
import type { Report } from '../schema/report.js';
import { validate } from '../schema/errors.js';
import { compareCorpus } from '../pipeline.js';
import { compareConfigOf, validateSources, type SourceInput } from '../api.js';
import { ParallelOptions } from './options.js';
import { mergeInOrder, shardsOf } from './shards.js';
import { runShards } from './pool.js';

export { ParallelOptions } from './options.js';

function split(options: ParallelOptions | undefined) {
  const { workers, chunk, ...analyzeOptions } = validate(ParallelOptions, options ?? {}, 'options');
  return { workers, chunk, analyzeOptions };
}

/**
 * The claims of every source, extracted on `workers` threads, in the order one `analyze` run gives them.
 * @example const claims = await extractClaimsParallel(sources, { workers: 2 }); compareClaims(claims)
 */
export async function extractClaimsParallel(sources: readonly SourceInput[], options?: ParallelOptions): Promise<Claim[]> {
  const { workers, chunk, analyzeOptions } = split(options);
  const list = validateSources(sources, analyzeOptions, 0);
  const shards = shardsOf(list, chunk);
  return mergeInOrder(await runShards(shards, workers, analyzeOptions), shards.length) as Claim[];
}

/**
 * `analyze` with extraction on worker threads: deep-equal to `analyze(sources, options)`.
 * @example const report = await analyzeParallel(sources, { workers: 2, tolerance: { money: 0.1 } })
 */
export async function analyzeParallel(sources: readonly SourceInput[], options?: ParallelOptions): Promise<Report> {
  const { workers, chunk, analyzeOptions } = split(options);
  const list = validateSources(sources, analyzeOptions, 0);
  const shards = shardsOf(list, chunk);
  const claims = mergeInOrder(await runShards(shards, workers, analyzeOptions), shards.length) as Claim[];
  return compareCorpus(claims, compareConfigOf(analyzeOptions));
}
