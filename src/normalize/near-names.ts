/**
 * Names that may be misspellings of one another, found without looking at every pair. A name cut into k + 1
 * pieces keeps at least one piece whole under k edits, and that piece stands within k letters of where it
 * stood (pigeonhole). So the index holds each name's k + 1 pieces, a few entries per name, and a lookup reads
 * the few substrings of the other name that could be such a piece: the cost grows with the names, not with
 * their pairs, and the index stays a small multiple of the names (a deletion index holds every name with one
 * or two letters dropped: a hundred and more entries per name).
 */

/** Edits allowed between two spellings of one name: one under nine letters, two from nine on. */
export const editLimit = (a: string, b: string): number => (Math.min(a.length, b.length) >= 9 ? 2 : 1);

/** The `k + 1` pieces of a name of `length` letters, as [start, size]; the last pieces take the odd letters. */
function pieces(length: number, k: number): [number, number][] {
  const parts = k + 1;
  const base = Math.floor(length / parts);
  const longer = length - base * parts;
  const out: [number, number][] = [];
  let start = 0;
  for (let s = 0; s < parts; s++) {
    const size = base + (s >= parts - longer ? 1 : 0);
    out.push([start, size]);
    start += size;
  }
  return out;
}

const entry = (k: number, first: string, length: number, piece: number, text: string) => `${k}|${first}|${length}|${piece}|${text}`;

export interface NearNameIndex {
  /**
   * Every indexed name that begins with the letter `name` begins with and lies within `editLimit` edits of it,
   * along with some that do not (check each with an edit distance); each name at most once.
   */
  candidates(name: string): string[];
}

/**
 * An index of `names` (each at least three letters long) for `candidates`.
 * @example nearNameIndex(['anthropic', 'antropic', 'openai']).candidates('anthropic') // ['anthropic', 'antropic']
 */
export function nearNameIndex(names: readonly string[]): NearNameIndex {
  const index = new Map<string, string[]>();
  const add = (k: number, name: string) => {
    pieces(name.length, k).forEach(([start, size], piece) => {
      const at = entry(k, name[0]!, name.length, piece, name.slice(start, start + size));
      const list = index.get(at);
      if (list) list.push(name);
      else index.set(at, [name]);
    });
  };
  for (const name of names) {
    add(1, name);
    // Two edits are allowed only between names of nine letters or more.
    if (name.length >= 9) add(2, name);
  }
  return {
    candidates(name) {
      const found = new Set<string>();
      for (let length = name.length - 2; length <= name.length + 2; length++) {
        const k = Math.min(name.length, length) >= 9 ? 2 : 1;
        if (Math.abs(length - name.length) > k || length < k + 1) continue;
        pieces(length, k).forEach(([start, size], piece) => {
          for (let from = Math.max(0, start - k); from <= start + k && from + size <= name.length; from++) {
            for (const other of index.get(entry(k, name[0]!, length, piece, name.slice(from, from + size))) ?? []) found.add(other);
          }
        });
      }
      return [...found];
    },
  };
}
