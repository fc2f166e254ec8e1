import type { Source } from '../schema/source.js';

/** A contiguous run of sources: `sources` are `list[start .. start + sources.length)`. */
export interface Shard {
  index: number;
  start: number;
  sources: Source[];
}

/**
 * Cuts `list` into contiguous shards of at most `size` sources, in order, so concatenating what each shard
 * gives, by `index`, restores the order of one run.
 * @example shardsOf([a, b, c], 2) // [{ index: 0, start: 0, sources: [a, b] }, { index: 1, start: 2, sources: [c] }]
 */
export function shardsOf(list: readonly Source[], size: number): Shard[] {
  const shards: Shard[] = [];
  for (let start = 0; start < list.length; start += size) {
    shards.push({ index: shards.length, start, sources: list.slice(start, start + size) });
  }
  return shards;
}

/** Concatenates per-shard results in shard order, whatever order they arrived in. */
export function mergeInOrder<T>(parts: ReadonlyMap<number, readonly T[]>, count: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < count; i++) {
    const part = parts.get(i);
    if (!part) throw new Error(`shard ${i} is missing`);
    for (const item of part) out.push(item);
  }
  return out;
}

/**
 * Contiguous shards that shrink towards the end (guided scheduling): each takes a `2 * workers`-th of the sources
 * still left, at most `max` and at least `min`, so threads start on large shards, which amortize messages, and
 * finish together on small ones instead of one thread waiting for another's last large shard.
 * @example guidedShards(list1000, 2).map((s) => s.sources.length) // [200, 200, 150, 113, 85, 63, ..., 11, 8, 8, 8, 8]
 */
export function guidedShards(list: readonly Source[], workers: number, max: number, min: number): Shard[] {
  const shards: Shard[] = [];
  for (let start = 0; start < list.length;) {
    const size = Math.max(min, Math.min(max, Math.ceil((list.length - start) / (2 * workers))));
    shards.push({ index: shards.length, start, sources: list.slice(start, start + size) });
    start += size;
  }
  return shards;
}
