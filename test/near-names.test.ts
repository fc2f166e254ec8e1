import fc from 'fast-check';
import levenshtein from 'fast-levenshtein';
import { describe, expect, it } from 'vitest';
import { editLimit, nearNameIndex } from '../src/normalize/near-names.js';
import { analyze } from '../src/index.js';

/**
 * The piece index misses no twin: every name with the same first letter within `editLimit` edits is among the
 * candidates, checked against all pairs. Names come from a small alphabet so near pairs are common, with
 * substitutions, insertions and deletions of one or two letters at any place.
 */
const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 50);
const params = { numRuns: RUNS, seed: 20261202 };

const letters = 'abcdefghijklmnop '.split('');
const base = fc.string({ unit: fc.constantFrom(...letters), minLength: 5, maxLength: 14 });
const edit = fc.tuple(fc.constantFrom('sub', 'ins', 'del'), fc.nat(), fc.constantFrom(...letters));
const apply = (name: string, [op, at, letter]: [string, number, string]) => {
  // The first letter stays: twins must share it, so edits there would only make pairs the index need not find.
  const i = 1 + (at % name.length);
  if (op === 'ins') return name.slice(0, i) + letter + name.slice(i);
  if (i >= name.length) return name;
  return op === 'sub' ? name.slice(0, i) + letter + name.slice(i + 1) : name.slice(0, i) + name.slice(i + 1);
};
/** A few names, each with spellings one to three edits away. */
const family = fc.tuple(base, fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { maxLength: 6 }))
  .map(([name, variants]) => [name, ...variants.map((edits) => edits.reduce(apply, name))]);
const names = fc.array(family, { minLength: 1, maxLength: 12 }).map((fs) => [...new Set(fs.flat())].filter((x) => x.length >= 5));

describe('nearNameIndex', () => {
  it('finds every other name of the same first letter within the edit limit', () => {
    fc.assert(
      fc.property(names, (list) => {
        const index = nearNameIndex(list);
        for (const a of list) {
          const found = new Set(index.candidates(a));
          for (const b of list) {
            if (b !== a && b[0] === a[0] && levenshtein.get(a, b) <= editLimit(a, b)) expect(found.has(b), `${a} ~ ${b}`).toBe(true);
          }
        }
      }),
      params,
    );
  });

  it('reads the example', () => {
    const index = nearNameIndex(['anthropic', 'antropic', 'openai', 'anthropics']);
    expect(index.candidates('anthropic').sort()).toEqual(['anthropics', 'antropic']);
  });
});

describe('canonical names as written', () => {
  it('names an entity by a form some source writes, not by a suffix-stripped form none writes', () => {
    const report = analyze([
      { id: 'a', text: 'Molwell Handels GmbH agreed to buy the grocer Rhodanienne for €420 million.' },
      { id: 'b', text: 'Molwell is buying Rhodanienne for €420m.' },
      { id: 'c', text: 'Molwell will pay €420 million for Rhodanienne.' },
    ]);
    expect(report.claims.map((c) => c.actor?.canonical)).toEqual(['Molwell', 'Molwell', 'Molwell']);
  });

  it('keeps a stripped long name that a source writes as it stands', () => {
    const report = analyze([
      { id: 'a', text: 'Grebe Freight Pty Ltd signed a lease with Curlew Industrial for A$9.5m a year.' },
      { id: 'b', text: 'Grebe Freight leases the warehouse from Curlew Industrial.' },
    ]);
    expect(report.claims.map((c) => c.actor?.canonical)).toEqual(['Grebe Freight', 'Grebe Freight']);
  });
});
