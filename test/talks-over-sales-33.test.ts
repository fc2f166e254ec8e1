import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

// Talks about a sale: a deal noun the talks are about needs no "to" before its buyer (`talkedAbout` in
// src/extract/actions.ts), "in talks" is a noun whatever the tagger guessed (src/text/document.ts), the owner of what
// is sold sells (`owner-of-sold` in src/extract/role-rules.ts), and talks ended with a word between ("ended exclusive
// talks") deny the deal (src/extract/cues.ts). Invented names.

const sides = (text: string) => {
  const claim = extractClaims(text).find((c) => c.action?.lemma === 'sale' || c.action?.lemma === 'disposal');
  return claim ? { seller: claim.actor?.canonical, buyer: claim.counterparty?.canonical, negated: claim.negated } : null;
};

// Who talks, and how the talks meet the sale: the other side after "with", or both sides as the subject.
const TALKS = [
  { name: 'talks with the buyer', text: (v: string, what: string) => `Wrenfold ${v} talks with Tarnveld over the ${what} of its ferry unit.` },
  { name: 'negotiations with the buyer', text: (v: string, what: string) => `Wrenfold ${v} negotiations with Tarnveld regarding the ${what} of its ferry unit.` },
  { name: 'both sides as subject', text: (v: string, what: string) => `Wrenfold and Tarnveld ${v} talks about the ${what} of Wrenfold's ferry unit.` },
  { name: 'both sides, buyer first', text: (v: string, what: string) => `Tarnveld and Wrenfold ${v} talks over the ${what} of Wrenfold's ferry unit.` },
] as const;

const STATES = [
  { verb: 'is in', negated: false },
  { verb: 'are in', negated: false },
  { verb: 'has ended', negated: true },
  { verb: 'have ended exclusive', negated: true },
  { verb: 'broke off advanced', negated: true },
] as const;

describe('talks over the sale of a unit', () => {
  for (const talks of TALKS) for (const state of STATES) for (const what of ['sale', 'disposal']) {
    const plural = talks.name.startsWith('both');
    if (plural !== (state.verb.startsWith('are') || state.verb.startsWith('have'))) continue;
    it(`${talks.name}, ${state.verb}, ${what}`, () => {
      expect(sides(talks.text(state.verb, what))).toEqual({ seller: 'Wrenfold', buyer: 'Tarnveld', negated: state.negated });
    });
  }

  it('the owner named by a short name is the subject named in full', () => {
    expect(sides("Ostby Marine and Kessun Freight ended talks on the sale of Kessun's depots.")).toEqual({ seller: 'Kessun Freight', buyer: 'Ostby Marine', negated: true });
  });

  it('a sale nobody talks about still needs its buyer (guard)', () => {
    expect(sides('Wrenfold reported a rise in the sale of its ferry tickets.')).toBeNull();
  });
});
