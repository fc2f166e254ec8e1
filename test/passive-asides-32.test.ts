import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

// A passive's "by" phrase past one or two asides set off by commas (`isPassive` in src/extract/actions.ts and
// `agentAfterAside` in src/extract/role-rules.ts): the agent does the action and the subject receives it. Invented names.

const ASIDES = [
  { name: 'a sum', text: ', worth $40 million,' },
  { name: 'a place', text: ' at Port Quell, Norvex,' },
  { name: 'two asides', text: ' at Port Quell, Norvex, a 30-year term,' },
] as const;

const VERBS = [
  { name: 'has been awarded a concession', text: (aside: string) => `Brisco Ports has been awarded the terminal concession${aside} by Kellsmoor Authority.` },
  { name: 'was awarded a contract', text: (aside: string) => `Brisco Ports was awarded the crane contract${aside} by Kellsmoor Authority.` },
] as const;

describe("a passive's agent past asides", () => {
  for (const verb of VERBS) {
    for (const aside of ASIDES) {
      it(`${verb.name}, past ${aside.name}`, () => {
        const claim = extractClaims(verb.text(aside.text)).find((c) => c.action?.lemma === 'award');
        expect(claim?.actor?.canonical).toBe('Kellsmoor Authority');
        expect(claim?.counterparty?.canonical).toBe('Brisco Ports');
      });
    }
  }

  it('with no aside, as before (guard)', () => {
    const claim = extractClaims('Brisco Ports has been awarded the terminal concession by Kellsmoor Authority.').find((c) => c.action?.lemma === 'award');
    expect(claim?.actor?.canonical).toBe('Kellsmoor Authority');
  });

  it('a "by" before a figure past an aside is no agent (guard)', () => {
    const claim = extractClaims('Brisco Ports was awarded the crane contract, its shares rising by 3%, Kellsmoor Authority said.').find((c) => c.action?.lemma === 'award');
    expect(claim?.actor?.canonical).not.toBe('3%');
  });
});
