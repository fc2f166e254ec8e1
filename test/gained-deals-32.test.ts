import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

// A firm that wins, lands, secures or takes a deal another firm owns is its other side (`gainer-of-possessed` in
// src/extract/role-rules.ts). Read from one text alone, with no other source to pair the sides. Invented names.

const VERBS = ['won', 'has landed', 'secured', 'takes', 'clinched'] as const;
// (A winner whose name ends in a site's word was no side before the rule; the other shapes were already paired by
// the one other name of the clause, and are guards.)
const SHAPES = [
  { name: 'a winner named like a site', winner: 'Brisco Ports', owner: 'Kellsmoor Authority' },
  { name: 'a winner with a legal suffix (guard)', winner: 'Harwick Cranes Ltd', owner: 'Quellby County Council', canonical: ['Harwick Cranes', 'Quellby County Council'] },
  { name: 'a one-word winner (guard)', winner: 'Wrenfold', owner: 'Tarnveld' },
] as const;

// (A rival named in the sentence: the one other name is no longer the only one to pair.)
const FRAMES = [
  { name: 'rival after', text: (w: string, v: string, o: string) => `${w} ${v} ${o}'s £40m maintenance contract, beating Ostby Marine.` },
  { name: 'rival before', text: (w: string, v: string, o: string) => `In a blow to Ostby Marine, ${w} ${v} ${o}'s £40m maintenance contract.` },
] as const;

describe("a firm that gains another's deal is its other side", () => {
  for (const frame of FRAMES) for (const verb of VERBS) {
    for (const shape of SHAPES) {
      // ("landed" is a deal verb of its own, whose object was already its other side: a guard.)
      const guard = verb === 'has landed' && !shape.name.includes('(guard)') ? ' (guard)' : '';
      it(`${frame.name}, ${verb}, ${shape.name}${guard}`, () => {
        const claim = extractClaims(frame.text(shape.winner, verb, shape.owner)).find((c) => c.amount?.value === 40e6);
        const [winner, owner] = 'canonical' in shape ? shape.canonical : [shape.winner, shape.owner];
        expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual([owner, winner].sort());
      });
    }
  }

  it('a verb of no gain leaves the rule unused (guard)', () => {
    const claims = extractClaims("Brisco Ports praised Kellsmoor Authority's £40m maintenance contract.");
    expect(claims.some((c) => c.action?.rule.includes('gainer-of-possessed'))).toBe(false);
  });
});
