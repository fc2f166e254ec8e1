import { describe, expect, it } from 'vitest';
import { extractClaims, extractQuantities } from '../src/index.js';

describe('a note names a contract by the customer it was won from', () => {
  it('"the Siskin win" in a note on Tarvo Yards is a deal of the two', () => {
    const claims = extractClaims('Tarvo Yards (TRVO KS) - ADD, TP KRW 18,500. The Siskin win is the yard\'s largest this year, worth $610m.');
    const sides = claims.map((c) => [c.actor?.canonical, c.counterparty?.canonical].sort().join(' / '));
    expect(sides).toContain('Siskin / Tarvo Yards');
  });
});

describe("a firm's order intake and backlog are its size, no deal's term", () => {
  it.each([
    ['The Siskin win takes order intake to $6.3bn.', '$6.3bn'],
    ['Backlog now at $1.7bn after the order.', '$1.7bn'],
  ])('%s', (text, figure) => {
    expect(extractQuantities(text).amounts.find((a) => a.text === figure)?.incidental).toBe('firm-metric');
  });

  it("the order's own value beside the backlog stays a term (guard)", () => {
    expect(extractQuantities('The $500 million order lifts its backlog to $3 billion.').amounts[0]?.incidental ?? null).toBeNull();
  });
});
