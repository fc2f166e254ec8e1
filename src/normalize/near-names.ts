/**
 * Names that may be misspellings of one another, found without looking at every pair. Two names within k edits
 * become one string when at most k letters are dropped from each (a symmetric deletion neighbourhood). Each
 * name's neighbourhood (itself, every single deletion and, from nine letters, every double one) is hashed
 * without building its strings, and names whose neighbourhoods share a hash are candidates. Hashes, not
 * strings: the neighbourhood of an 18-letter name holds about 170 strings, and a corpus of 100,000 sources
 * names 140,000 firms; as numbers in typed arrays they take some 16 bytes each, and the cost grows with the
 * names, not their pairs. A shared hash that is no shared string only adds a candidate, which the caller
 * checks with an edit distance anyway.
 */

/** Edits allowed between two spellings of one name: one under nine letters, two from nine on. */
export const editLimit = (a: string, b: string): number => (Math.min(a.length, b.length) >= 9 ? 2 : 1);

/** Letters dropped in a name's neighbourhood: two from nine letters on, where two edits are allowed. */
const depthOf = (name: string) => (name.length >= 9 ? 2 : 1);

const BASE = 0x01000193;

/** A polynomial hash of every prefix of `name`, modulo 2^32: prefix[i] hashes name[0, i). */
function prefixHashes(name: string): Uint32Array {
  const out = new Uint32Array(name.length + 1);
  for (let i = 0; i < name.length; i++) out[i + 1] = (Math.imul(out[i]!, BASE) + name.charCodeAt(i)) >>> 0;
  return out;
}

/** BASE^n modulo 2^32 for n up to `length`. */
function powers(length: number): Uint32Array {
  const out = new Uint32Array(length + 1);
  out[0] = 1;
  for (let i = 1; i <= length; i++) out[i] = Math.imul(out[i - 1]!, BASE) >>> 0;
  return out;
}

/** Calls `emit` with the hash of each string of the neighbourhood of `name`, repeats included. */
function neighbourhood(name: string, pow: Uint32Array, emit: (hash: number) => void): void {
  const length = name.length;
  const prefix = prefixHashes(name);
  const part = (from: number, to: number) => (prefix[to]! - Math.imul(prefix[from]!, pow[to - from]!)) >>> 0;
  const join = (left: number, right: number, rightLength: number) => (Math.imul(left, pow[rightLength]!) + right) >>> 0;
  // The first letter is mixed in: twins must share it, so names that do not never meet.
  const first = Math.imul(name.charCodeAt(0) + 1, 0x9e3779b1);
  const out = (hash: number) => emit((Math.imul(hash ^ first, 0x85ebca6b) ^ (hash >>> 13)) >>> 0);
  out(prefix[length]!);
  for (let i = 0; i < length; i++) {
    const withoutI = join(prefix[i]!, part(i + 1, length), length - i - 1);
    out(withoutI);
    if (depthOf(name) < 2) continue;
    for (let j = i + 1; j < length; j++) out(join(join(prefix[i]!, part(i + 1, j), j - i - 1), part(j + 1, length), length - j - 1));
  }
}

export interface NearNameIndex {
  /**
   * Every indexed name other than `name` that begins with the letter it begins with and lies within `editLimit`
   * edits of it, along with a few that do not (check each with an edit distance); each name at most once.
   * `name` must be one of the indexed names.
   */
  candidates(name: string): string[];
}

/**
 * An index of `names` for `candidates`, built in time linear in the size of their neighbourhoods.
 * @example nearNameIndex(['anthropic', 'antropic', 'openai']).candidates('anthropic') // ['antropic']
 */
export function nearNameIndex(names: readonly string[]): NearNameIndex {
  const longest = names.reduce((n, name) => Math.max(n, name.length), 0);
  const pow = powers(longest);
  let total = 0;
  for (const name of names) total += 1 + name.length + (depthOf(name) === 2 ? (name.length * (name.length - 1)) / 2 : 0);
  const hashes = new Uint32Array(total);
  const owners = new Uint32Array(total);
  let at = 0;
  names.forEach((name, owner) => {
    neighbourhood(name, pow, (hash) => {
      hashes[at] = hash;
      owners[at++] = owner;
    });
  });
  // Entries grouped by the high bits of their hash (a counting sort), then compared by the whole hash.
  const bits = Math.max(1, Math.ceil(Math.log2(Math.max(2, total))));
  const bucketOf = (hash: number) => (bits >= 32 ? hash : hash >>> (32 - bits));
  const starts = new Uint32Array((1 << bits) + 1);
  for (let e = 0; e < total; e++) starts[bucketOf(hashes[e]!) + 1]!++;
  for (let b = 0; b < 1 << bits; b++) starts[b + 1]! += starts[b]!;
  const fill = starts.slice(0, 1 << bits);
  const sorted = new Uint32Array(total);
  for (let e = 0; e < total; e++) sorted[fill[bucketOf(hashes[e]!)]!++] = e;
  // Two twins share many strings (a substitution at one place: that letter dropped, with or without any other).
  const near: (Set<number> | undefined)[] = new Array(names.length);
  const link = (a: number, b: number) => {
    (near[a] ??= new Set()).add(b);
    (near[b] ??= new Set()).add(a);
  };
  for (let b = 0; b < 1 << bits; b++) {
    for (let x = starts[b]!; x < starts[b + 1]!; x++) {
      for (let y = x + 1; y < starts[b + 1]!; y++) {
        const [ex, ey] = [sorted[x]!, sorted[y]!];
        if (hashes[ex] === hashes[ey] && owners[ex] !== owners[ey]) link(owners[ex]!, owners[ey]!);
      }
    }
  }
  const indexOf = new Map(names.map((name, i) => [name, i]));
  return {
    candidates(name) {
      const found = near[indexOf.get(name) ?? -1];
      return found ? [...found].map((i) => names[i]!) : [];
    },
  };
}
