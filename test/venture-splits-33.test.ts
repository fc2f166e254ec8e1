import { describe, expect, it } from 'vitest';
import { analyze, extractQuantities } from '../src/index.js';

// A venture's ownership split: read from "a 60:40 joint venture" (src/quantities/ownership-splits.ts), kept on the
// claim (`venture-split` in src/extract/deal-percents.ts) and compared as the venture's minority share whichever
// partner a share is told of (`split` in src/compare/quantity.ts). Invented names.

describe('a split written as two shares that make a hundred', () => {
  it.each([
    ['a 50-50 joint venture', 50],
    ['a 60:40 JV with Tarnveld', 60],
    ['ownership is split 70/30 between them', 70],
    ['a fifty-fifty venture', 50],
  ] as const)('%s', (text, share) => {
    expect(extractQuantities(text).quantities.map((q) => [q.value, q.unit])).toEqual([[share, '%']]);
  });

  it.each(['won 3-1 at home', 'the 2024-25 season', 'a 60-40 vote in the board'])('%s is no split (guard)', (text) => {
    expect(extractQuantities(text).quantities.filter((q) => q.unit === '%')).toEqual([]);
  });
});

describe('sources on one venture', () => {
  const verdict = async (a: string, b: string) => {
    const report = await analyze([{ id: 'a', text: a }, { id: 'b', text: b }]);
    return report.findings.filter((f) => f.field === 'quantity').map((f) => f.kind);
  };
  const split = 'Kellsmoor and Tarnveld will build the plant through a 50-50 joint venture.';

  it('a 60:40 split contradicts a 50-50 one', async () => {
    expect(await verdict(split, 'Kellsmoor takes 60 per cent and Tarnveld 40 per cent of the joint venture that builds the plant.')).toEqual(['contradiction']);
  });

  it('one partner\'s 40% agrees with the other\'s 60%', async () => {
    expect(await verdict('Kellsmoor is to have a 60% share in its joint venture with Tarnveld.', 'Tarnveld gets a 40% share in its joint venture with Kellsmoor.')).toEqual(['agreement']);
  });

  it('51/49 contradicts 50-50: a split is stated exactly', async () => {
    expect(await verdict(split, 'Tarnveld is to get a 49% share in the joint venture and Kellsmoor the rest.')).toEqual(['contradiction']);
  });

  it('a partner\'s share in a source that names no venture is set against the split (guard: both read as stakes before)', async () => {
    expect(await verdict('Kellsmoor is to take a 60% share in a joint venture it forms with Tarnveld for $800m.', 'Tarnveld is handing Kellsmoor 51% of the project for $800m.')).toEqual(['contradiction']);
  });

  it('a small holding beside a split is another holding (guard)', async () => {
    expect(await verdict(split, 'Tarnveld bought back about 4% of its shares from Kellsmoor this year.')).toEqual([]);
  });
});

describe("a share told in a joint venture's words", () => {
  it('is described as the split, whatever the claim\'s kind', async () => {
    const report = await analyze([
      { id: 'a', text: 'Kellsmoor pays $80 million for a 60% share in a joint venture with Tarnveld.' },
      { id: 'b', text: 'Tarnveld keeps a 40% share in the joint venture, Kellsmoor paying $80 million for the rest.' },
    ]);
    const finding = report.findings.find((f) => f.field === 'quantity');
    expect(finding?.kind).toBe('agreement');
    expect(finding?.explanation).toContain('b: a 60/40 split');
  });
});
