import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

// Misreadings of a deal's context as its terms (invented names): a denied verb that holds back what the deal is
// worth ("has not given any value for the robots", `withholdsTerms` in src/extract/cues.ts) is no denial of the deal, and
// a reporting period that ends on a date ("the nine months ended 31 July", `NOT_TERM_LENGTHS` in
// src/extract/claims.ts) is no term.

const DEAL = 'Tarvo Motor has bought 160 paint robots from Siskin Robotics for its Ostby plant.';

const HELD_BACK = [
  'It has not given any value for the robot order.',
  "It didn't put a price on the order.",
  'The carmaker did not provide financial details of the order.',
  'It did not state the size of the order.',
] as const;

describe('terms held back deny no deal', () => {
  for (const line of HELD_BACK) {
    it(line, () => {
      const claims = extractClaims(`${DEAL} ${line}`);
      expect(claims.length).toBeGreaterThan(0);
      expect(claims.filter((c) => c.negated)).toEqual([]);
    });
  }

  it('neither side sharing the terms denies nothing (guard)', () => {
    expect(extractClaims(`${DEAL} Neither side has shared the terms of the order.`).filter((c) => c.negated)).toEqual([]);
  });

  it('a denied giving of the deal itself still denies it (guard)', () => {
    expect(extractClaims('Siskin Robotics did not give Tarvo Motor the $40m order.').some((c) => c.negated)).toBe(true);
  });
});

const PERIODS = [
  'for the nine months ended 31 July',
  'for the six months ended June 30',
  'for the nine months ending 31st March',
  'covering the three months to September',
] as const;

describe("a reporting period is no deal's term", () => {
  for (const period of PERIODS) {
    it(period, () => {
      const claims = extractClaims(`Tarvo Group reported results ${period}, naming a £38m Siskin Council award among its wins.`);
      expect(claims.length).toBeGreaterThan(0);
      expect(claims.map((c) => c.duration)).toEqual(claims.map(() => null));
    });
  }

  it('a term with no date after it stays (guard)', () => {
    const claim = extractClaims('Tarvo Group won a £38m contract from Siskin Council for six months.').find((c) => c.amount);
    expect(claim?.duration?.months).toBe(6);
  });
});

// A premium or discount a price pays, told in the sentence after the deal's, is no stake (`markPremium` in
// src/extract/deal-percents.ts, read by `roleOf` in src/compare/quantity.ts).
describe("a price's discount in the next sentence is no stake", () => {
  const STAKE = 'Tarvo Mining is paying A$410 million for 35% of Siskin Resources.';
  const PRICED = [
    'Tarvo Mining will fund its A$410 million stake in Siskin Resources by placing new shares. They are issued at A$2.40, a 6.5% discount to the Monday close.',
    'Tarvo Mining agreed to buy into Siskin Resources for A$410 million. Its offer of A$2.20 a share is a 14% premium to Friday\'s close.',
  ] as const;
  for (const [n, priced] of PRICED.entries()) {
    it(`wording ${n + 1}`, () => {
      const report = analyze([{ id: 'a', text: STAKE }, { id: 'b', text: priced }]);
      expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
    });
  }

  it('a stake told in the next sentence is still compared (guard)', () => {
    const report = analyze([
      { id: 'a', text: STAKE },
      { id: 'b', text: 'Tarvo Mining agreed to buy into Siskin Resources for A$410 million. It will own 30% of the miner.' },
    ]);
    expect(report.findings.some((f) => f.kind === 'contradiction' || f.kind === 'agreement')).toBe(true);
  });
});
