import { Worker } from 'node:worker_threads';
import type { Shard } from './shards.js';
import type { ShardResult } from './worker.js';

/** The built worker beside this module: `parallel-worker.js` next to `parallel.js`, `.cjs` next to `.cjs`. */
function workerUrl(): URL {
  const here = import.meta.url;
  const ext = here.endsWith('.cjs') ? '.cjs' : '.js';
  return new URL(`./parallel-worker${ext}`, here);
}

const isInputType = (flag: string) => flag === '--input-type' || flag.startsWith('--input-type=');

/**
 * How a worker gets the parent's node flags. Inherited by default: V8 flags such as `--expose-gc` or
 * `--max-old-space-size` are refused when listed in `execArgv` but fine inherited. Only `--input-type`, which a
 * worker started from a file refuses even inherited, makes us list the flags, less that one.
 */
function workerFlags(): { execArgv?: string[] } {
  if (!process.execArgv.some(isInputType)) return {};
  const flags: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const flag = process.execArgv[i]!;
    if (flag === '--input-type') i++;
    else if (!isInputType(flag)) flags.push(flag);
  }
  return { execArgv: flags };
}

interface Task {
  shard: Shard;
  resolve: (claims: unknown[]) => void;
  reject: (error: Error) => void;
}

/** Threads that extract shards, each taking the next queued shard when it is free. */
export interface ShardPool {
  run(shards: readonly Shard[]): Promise<Map<number, unknown[]>>;
  close(): Promise<void>;
}

/**
 * Shards a worker holds at once: the one it extracts and the next, already in its queue, so it never waits
 * for the calling thread (busy itself, or not scheduled on a loaded machine) to hand it more work.
 */
const IN_FLIGHT = 2;

/**
 * `size` worker threads that all extract with the same parsed options. A failing shard rejects its `run`;
 * a thread that dies rejects what it held and every later `run`.
 */
export function createShardPool(size: number, options: unknown): ShardPool {
  const queue: Task[] = [];
  /** What each worker was sent and has not answered, in the order it answers. */
  const held = new Map<Worker, Task[]>();
  let broken: Error | null = null;
  let closing = false;

  const dispatch = () => {
    // Fill the emptiest worker first, so every worker starts on a shard before any gets a second one.
    for (let depth = 0; depth < IN_FLIGHT; depth++) {
      for (const [worker, tasks] of held) {
        if (queue.length === 0) return;
        if (tasks.length > depth) continue;
        const task = queue.shift()!;
        tasks.push(task);
        worker.postMessage(task.shard);
      }
    }
  };
  const breakPool = (error: Error) => {
    broken ??= error;
    for (const tasks of held.values()) for (const task of tasks.splice(0)) task.reject(error);
    for (const task of queue.splice(0)) task.reject(error);
  };

  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(workerUrl(), { workerData: options, ...workerFlags() });
    held.set(worker, []);
    worker.on('message', (message: ShardResult) => {
      const task = held.get(worker)!.shift();
      if (task) {
        if (message.error !== undefined) task.reject(new Error(`shard ${message.index}: ${message.error}`));
        else task.resolve(message.claims!);
      }
      dispatch();
    });
    worker.on('error', breakPool);
    worker.on('exit', (code) => {
      if (code !== 0 && !closing) breakPool(new Error(`an extraction worker exited with code ${code}`));
    });
    return worker;
  });

  return {
    async run(shards) {
      if (broken) throw broken;
      const parts = shards.map((shard) => new Promise<unknown[]>((resolve, reject) => {
        queue.push({ shard, resolve, reject });
      }).then((claims) => [shard.index, claims] as const));
      dispatch();
      return new Map(await Promise.all(parts));
    },
    async close() {
      closing = true;
      breakPool(new Error('the extraction pool is closed'));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
