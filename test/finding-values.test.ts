import { describe, expect, it } from 'vitest';
import { analyze, createIndex } from '../src/index.js';

const DEAL = 'Qualley is leasing its depot to Marrowind';
const at = (id: string, figure: string) => ({ id, text: `${DEAL} for ${figure} a year.` });

describe('finding ids', () => {
  it('never collide, whatever characters the source ids hold', () => {
    const sources = [at('a', '$2 billion'), at('b#1~c', '$3 billion'), at('a#1~b', '$2 billion'), at('c', '$3 billion')];
    const { findings } = analyze(sources);
    expect(findings).toHaveLength(6);
    expect(new Set(findings.map((f) => f.id)).size).toBe(6);
  });

  it('keep ids with | or : apart too, and the index reports each contradiction once, none dropped', () => {
    const sources = [at('x|y', '$2 billion'), at('x', '$3 billion'), at('y|x', '$3 billion'), at('x:1', '$2 billion')];
    const all = analyze(sources).findings;
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
    const index = createIndex();
    const returned = [...index.add(sources.slice(0, 2)), ...index.add(sources.slice(2))];
    expect(returned.map((f) => f.id).sort()).toEqual(all.map((f) => f.id).sort());
  });
});

describe('tolerance', () => {
  const verdict = (a: string, b: string, money?: number) => {
    const { findings } = analyze([at('a', a), at('b', b)], money === undefined ? {} : { tolerance: { money, duration: 0.05, quantity: 0.05 } });
    return findings.map((f) => f.kind);
  };

  it.each([
    ['$15 billion', '$14.25 billion', 'agreement'], // 5% of the larger value apart: the boundary agrees
    ['$14.25 billion', '$15 billion', 'agreement'],
    ['$15 billion', '$14.2 billion', 'contradiction'], // 5.3% apart
    ['$15 billion', '$13.6 billion', 'contradiction'], // 9.3% apart
    ['$15 billion', '$15.7 billion', 'agreement'], // 4.5% of $15.7B
    ['$15 billion', '$15.8 billion', 'contradiction'], // 5.1% of $15.8B
  ])('0.05 is 5%% of the larger value: %s against %s gives %s', (a, b, kind) => {
    expect(verdict(a, b, 0.05)).toEqual([kind]);
  });

  it.each([
    ['$900 million', '$915 million', 'agreement'], // 1.6% apart: rounding
    ['$900 million', '$930 million', 'contradiction'], // 3.2% apart: another figure
    ['about $900 million', '$930 million', 'agreement'], // "about" widens the figure itself
  ])('money defaults to 0.02, 2%% of the larger value: %s against %s gives %s', (a, b, kind) => {
    expect(verdict(a, b)).toEqual([kind]);
  });

  it('with 0 asks for equal values', () => {
    expect(verdict('$15 billion', '$15 billion', 0)).toEqual(['agreement']);
    expect(verdict('$15 billion', '$15.01 billion', 0)).toEqual(['contradiction']);
  });
});

describe('printed values', () => {
  it('carry enough digits to show the difference they conflict on', () => {
    const { findings, events } = analyze([at('a', '$15 billion'), at('b', '$15.01 billion')], { tolerance: { money: 0, duration: 0.05, quantity: 0.05 } });
    expect(findings[0]!.values.map((v) => v.normalized)).toEqual(['$15B per year', '$15.01B per year']);
    expect(findings[0]!.explanation).toContain('$15.01B');
    expect(events[0]!.fields[0]!.positions.map((p) => p.value)).toEqual(['$15B a year', '$15.01B a year']);
  });

  it('stay short when the values agree', () => {
    const { findings } = analyze([at('a', '$15 billion'), at('b', '$15.01 billion')]);
    expect(findings[0]!.values.map((v) => v.normalized)).toEqual(['$15B per year', '$15B per year']);
  });
});

describe('positions and consensus', () => {
  it('call a one-against-one split disputed, with no winner whichever way the ids go', () => {
    for (const [x, y] of [['a', 'b'], ['b', 'a']] as const) {
      const [event] = analyze([at(x, '$2 billion'), at(y, '$3 billion')]).events;
      const amount = event!.fields[0]!;
      expect(amount.status).toBe('disputed');
      expect(event!.consensus).toEqual([]);
      expect(amount.positions.map((p) => [p.value, p.sources])).toEqual([['$2B a year', [x === 'a' ? 'a' : 'b']], ['$3B a year', [y === 'b' ? 'b' : 'a']]]);
    }
  });

  it('need a real majority: two against one is a majority, agreeing values within tolerance count for it', () => {
    const [event] = analyze([at('p10', '$3 billion'), at('p2', '$2 billion'), at('p1', '$2.03 billion'), at('p3', '$2 billion')]).events;
    const amount = event!.fields[0]!;
    expect(amount.status).toBe('majority');
    expect(amount.positions[0]).toMatchObject({ value: '$2B a year', sources: ['p2', 'p3'] });
    expect(amount.support).toEqual(['p1', 'p2', 'p3']);
    expect(amount.against).toEqual(['p10']);
    expect(event!.consensus).toEqual([{ field: 'amount', value: '$2B a year', support: ['p1', 'p2', 'p3'], against: ['p10'] }]);
    expect(amount.positions[0]!.evidence).toEqual({ claim: 'p2#1', source: 'p2', text: `${DEAL} for $2 billion a year.` });
  });

  it('list sources in natural order', () => {
    const [event] = analyze(['p10', 'p2', 'p1'].map((id) => at(id, '$2 billion'))).events;
    expect(event!.sources).toEqual(['p1', 'p2', 'p10']);
    expect(event!.fields[0]!.positions[0]!.sources).toEqual(['p1', 'p2', 'p10']);
  });
});
