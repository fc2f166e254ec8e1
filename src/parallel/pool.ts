import { Worker } from 'node:worker_threads';
import type { Shard } from './shards.js';
import type { ShardResult } from './worker.js';

/** The built worker beside this module: `parallel-worker.js` next to `parallel.js`, `.cjs` next to `.cjs`. */
function workerUrl(): URL {
  const here = import.meta.url;
  const ext = here.endsWith('.cjs') ? '.cjs' : '.js';
  return new URL(`./parallel-worker${ext}`, here);
}

/**
 * Runs every shard on a pool of `size` threads, each taking the next shard when it is free, and resolves with
 * the answers by shard index. The first failure rejects and stops every thread.
 */
export function runShards(shards: readonly Shard[], size: number, options: unknown): Promise<Map<number, unknown[]>> {
  const results = new Map<number, unknown[]>();
  if (shards.length === 0) return Promise.resolve(results);
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let settled = false;
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      void stop().then(() => reject(error));
    };
    const feed = (worker: Worker) => {
      if (next < shards.length) worker.postMessage(shards[next++]);
    };
    for (let i = 0; i < Math.min(size, shards.length); i++) {
      const worker = new Worker(workerUrl(), { workerData: options });
      workers.push(worker);
      worker.on('message', (message: ShardResult) => {
        if (message.error !== undefined) return fail(new Error(`shard ${message.index}: ${message.error}`));
        results.set(message.index, message.claims!);
        if (results.size === shards.length && !settled) {
          settled = true;
          void stop().then(() => resolve(results));
        } else feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!settled && code !== 0) fail(new Error(`an extraction worker exited with code ${code}`));
      });
      feed(worker);
    }
  });
}
