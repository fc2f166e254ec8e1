import { describe, expect, it } from 'vitest';
import { analyze, createIndex, loadIndex, CrosscheckError } from '../src/index.js';

const day1 = [
  { id: 'a', text: 'SpaceX is leasing Colossus to Anthropic for $15 billion annually.' },
  { id: 'b', text: "Anthropic's three-year, $45 billion deal with SpaceX gives it all of Colossus." },
];
const day2 = [
  { id: 'c', text: 'Anthropic is paying SpaceX $10 billion a year for Colossus, according to two people.' },
  { id: 'd', text: 'Corlath invested $4 billion in Brisvane.' },
];

const keyOf = (f: { kind: string; sources: readonly string[]; field: string }) => `${f.kind}:${[...f.sources].sort().join('~')}:${f.field}`;

describe('incremental index', () => {
  it('returns only the findings the new sources bring', () => {
    const index = createIndex();
    const first = index.add(day1);
    expect(first.map(keyOf)).toEqual(['agreement:a~b:amount']);
    const second = index.add(day2);
    expect(second.length).toBeGreaterThan(0);
    expect(second.every((f) => f.sources.includes('c') || f.sources.includes('d'))).toBe(true);
    expect(second.map(keyOf).sort()).toEqual(['contradiction:a~c:amount', 'contradiction:b~c:amount']);
  });

  it('returns only findings that name a new source, even when the new source links two older names', () => {
    const index = createIndex();
    index.add([
      { id: 'old1', text: 'Qualley Dynamics is leasing its depot to Marrowind for $2 billion a year.' },
      { id: 'old2', text: 'Qualley is leasing its depot to Marrowind for $3 billion a year.' },
    ]);
    const returned = index.add([{ id: 'new', text: 'Qualley Dynamics, known as Qualley, is leasing its depot to Marrowind for $2 billion a year.' }]);
    expect(returned.length).toBeGreaterThan(0);
    expect(returned.every((f) => f.sources.includes('new'))).toBe(true);
    const everything = index.report().findings;
    const older = everything.filter((f) => !f.sources.includes('new'));
    expect(everything.length).toBe(returned.length + older.length);
  });

  it('ends where one analyze of every source ends', () => {
    const index = createIndex();
    index.add(day1);
    index.add(day2);
    expect(index.report().findings.map(keyOf).sort()).toEqual(analyze([...day1, ...day2]).findings.map(keyOf).sort());
  });

  it('survives a round trip through JSON', () => {
    const index = createIndex({ tolerance: { money: 0.02, duration: 0.05, quantity: 0.05 } });
    index.add(day1);
    const restored = loadIndex(JSON.parse(JSON.stringify(index)));
    expect(restored.toJSON()).toEqual(index.toJSON());
    expect(restored.add(day2).map(keyOf).sort()).toEqual(index.add(day2).map(keyOf).sort());
  });

  it('refuses a source it already holds, and a malformed state, naming the field', () => {
    const index = createIndex();
    index.add(day1);
    expect(() => index.add([day1[0]!])).toThrowError(CrosscheckError);
    try {
      index.add([day1[0]!]);
    } catch (error) {
      expect((error as CrosscheckError).field).toBe('sources[0].id');
    }
    expect(() => loadIndex({ version: 2 })).toThrowError(/state\.version/);
  });
});
