/**
 * One extraction worker: receives shards of validated sources, answers with their claims.
 * `workerData` holds the parsed `analyze` options, so every worker extracts exactly as one run would.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AnalyzeOptions } from '../schema/options.js';
import { claimsOfSources } from '../api.js';
import type { Shard } from './shards.js';

export interface ShardResult {
  index: number;
  claims?: unknown[];
  error?: string;
}

const options = AnalyzeOptions.parse(workerData);
parentPort!.on('message', (shard: Shard) => {
  let result: ShardResult;
  try {
    result = { index: shard.index, claims: claimsOfSources(shard.sources, options) };
  } catch (e) {
    result = { index: shard.index, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(result);
});
