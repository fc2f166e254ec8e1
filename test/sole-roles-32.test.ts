import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

// A firm named as another's only lender, buyer or supplier (`SOLE_PARTY_FRAMES` in src/extract/sole-party.ts): an adverb
// among the copula words, a role noun whose owner follows "to", "on" or "for", and the role's reading beside a verb
// that tells the deal from the other end (`mergeSamePair` in src/extract/claims.ts). Invented names.

const NAMES = [
  { name: 'two words', lender: 'Ostby Bank', owner: 'Wrenfold Energy', short: 'Wrenfold Energy' },
  { name: 'with a legal suffix', lender: 'Quellby Credit AG', owner: 'Tarnveld Wind plc', short: 'Tarnveld Wind' },
  { name: 'one word', lender: 'Harwick', owner: 'Siskin', short: 'Siskin' },
] as const;

const SHAPES = [
  { name: 'adverb after the copula', text: (l: string, o: string) => `${l} is now ${o}'s sole lender.` },
  { name: 'two adverbs and a copula', text: (l: string, o: string) => `${l} has in effect become ${o}'s only lender.` },
  { name: 'role "to" its owner', text: (l: string, o: string) => `${l} is the only lender to ${o}.` },
  { name: 'role "on" the owner\'s facility, no article', text: (l: string, o: string) => `${l} is sole lender on ${o}'s construction facility.` },
  { name: 'role "for" the owner\'s plant', text: (l: string, o: string) => `${l} will be the sole lender for ${o}'s new plant.` },
  { name: 'role "of" the owner\'s output (guard)', text: (l: string, o: string) => `${l} will be the only buyer of ${o}'s output.` },
] as const;

describe("a firm named as another's only counterpart", () => {
  for (const shape of SHAPES) {
    for (const names of NAMES) {
      it(`${shape.name}, ${names.name}`, () => {
        const claim = extractClaims(shape.text(names.lender, names.owner)).find((c) => c.exclusive);
        expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual([names.lender.replace(/ AG$/, ''), names.short].sort());
      });
    }
  }

  it('a role noun whose owner is no name names only its holder, leaving the owner to the paragraph', () => {
    const claims = extractClaims('Ostby Bank is sole lender to the project.').filter((c) => c.exclusive);
    expect(claims.map((c) => [c.actor?.canonical, c.counterparty?.canonical ?? null, c.action?.rule])).toEqual([['Ostby Bank', null, 'sole-party:role-unowned']]);
  });

  it('an adverb alone, with no copula, makes no claim (guard)', () => {
    expect(extractClaims("Ostby Bank, already Wrenfold's sole lender, raised its rates.").filter((c) => c.action?.rule === 'sole-party:is-owner-role')).toEqual([]);
  });

  it('two firms named the only lender of one borrower conflict', () => {
    const report = analyze([
      { id: 'a', text: "Ostby Bank is now Wrenfold's sole lender." },
      { id: 'b', text: 'Quellby Credit is the only lender to Wrenfold.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction').map((f) => f.rule)).toEqual(['exclusive-counterparty']);
  });
});

describe('a sole supplier picked while a contract is awarded', () => {
  const PICKED = [
    'Brindmoor Rail has picked Kessun Drives as sole supplier of motors for its new tram, awarding the drives firm a contract for 120 motors worth about 90 million euros.',
    'Brindmoor Rail named Kessun Drives its sole supplier of motors, awarding it a contract for 120 motors worth about 90 million euros.',
  ] as const;
  const OTHER = [
    { name: 'another sole supplier', text: "Brindmoor Rail's only traction motor supplier is Harwick Motors.", conflict: true },
    { name: 'the same one again (guard)', text: "Brindmoor Rail's only traction motor supplier is Kessun Drives.", conflict: false },
  ] as const;
  for (const [n, picked] of PICKED.entries()) {
    it(`the picked firm gives the motors (wording ${n + 1})`, () => {
      const claim = extractClaims(picked).find((c) => c.soleGiver);
      const giver = claim?.action?.direction === 'forward' ? claim.actor : claim?.counterparty;
      expect(giver?.canonical).toBe('Kessun Drives');
      expect(claim?.amount?.value).toBe(90e6);
    });
    for (const other of OTHER) {
      it(`beside ${other.name} (wording ${n + 1})`, () => {
        const report = analyze([{ id: 'a', text: picked }, { id: 'b', text: other.text }]);
        const conflicts = report.findings.filter((f) => f.kind === 'contradiction' && f.rule === 'exclusive-counterparty');
        expect(conflicts.length > 0).toBe(other.conflict);
      });
    }
  }
});
