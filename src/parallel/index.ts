/**
 * crosscheck on worker threads (Node only, `crosscheck/parallel`): the same report as `analyze`, with extraction
 * spread over threads. Sources are cut into contiguous shards, each extracted on a worker, the claims
 * concatenated back in source order, and the whole compared once, so the answer cannot depend on the shards.
 */
import type { Claim } from '../schema/claim.js';
import type { Report } from '../schema/report.js';
import type { SourceInput } from '../api.js';
import { compareConfigOf, validateSources } from '../api.js';
import { validate } from '../schema/errors.js';
import { compareCorpus } from '../pipeline.js';
import { ParallelOptions } from './options.js';
import { guidedShards, mergeInOrder, shardsOf, type Shard } from './shards.js';
import type { Source } from '../schema/source.js';
import { createShardPool } from './pool.js';

export { ParallelOptions } from './options.js';

/** Default shard sizes: at most MAX_CHUNK sources (messages stay small), at least MIN_CHUNK (they stay few). */
const MAX_CHUNK = 200;
const MIN_CHUNK = 8;

/** Shards of `chunk` sources when asked, else shards that shrink towards the end (`guidedShards`). */
function shardsFor(list: readonly Source[], workers: number, chunk: number | undefined): Shard[] {
  return chunk ? shardsOf(list, chunk) : guidedShards(list, workers, MAX_CHUNK, MIN_CHUNK);
}

/** Worker threads kept warm between calls: a service that extracts batch after batch pays thread start-up once. */
export interface ExtractionPool {
  /** The claims of every source, in the order one `analyze` run gives them. */
  extract(sources: readonly SourceInput[]): Promise<Claim[]>;
  /** Deep-equal to `analyze(sources, options)`. */
  analyze(sources: readonly SourceInput[]): Promise<Report>;
  close(): Promise<void>;
}

/**
 * A pool of `workers` extraction threads sharing the `analyze` options given here.
 * @example const pool = createExtractionPool({ workers: 2 }); const report = await pool.analyze(sources); await pool.close();
 */
export function createExtractionPool(options?: ParallelOptions): ExtractionPool {
  const { workers, chunk, ...analyzeOptions } = validate(ParallelOptions, options ?? {}, 'options');
  const pool = createShardPool(workers, analyzeOptions);
  const extract = async (sources: readonly SourceInput[]): Promise<Claim[]> => {
    const list = validateSources(sources, analyzeOptions, 0);
    const shards = shardsFor(list, workers, chunk);
    return mergeInOrder(await pool.run(shards), shards.length) as Claim[];
  };
  return {
    extract,
    analyze: async (sources) => compareCorpus(await extract(sources), compareConfigOf(analyzeOptions)),
    close: () => pool.close(),
  };
}

/**
 * The claims of every source, extracted on `workers` threads started for this call, in source order.
 * @example const claims = await extractClaimsParallel(sources, { workers: 2 }); compareClaims(claims)
 */
export async function extractClaimsParallel(sources: readonly SourceInput[], options?: ParallelOptions): Promise<Claim[]> {
  const pool = createExtractionPool(options);
  try {
    return await pool.extract(sources);
  } finally {
    await pool.close();
  }
}

/**
 * `analyze` with extraction on worker threads started for this call: deep-equal to `analyze(sources, options)`.
 * @example const report = await analyzeParallel(sources, { workers: 2, tolerance: { money: 0.1 } })
 */
export async function analyzeParallel(sources: readonly SourceInput[], options?: ParallelOptions): Promise<Report> {
  const pool = createExtractionPool(options);
  try {
    return await pool.analyze(sources);
  } finally {
    await pool.close();
  }
}
