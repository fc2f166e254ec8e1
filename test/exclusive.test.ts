import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';
import { PARTY_ROLES } from '../src/lexicon/party-roles.js';

const norm = (s: string | undefined) => (s ?? '').toLowerCase();

describe('party roles: "its only buyer", "Tern\'s sole supplier"', () => {
  it.each(PARTY_ROLES.map((r) => [r.noun, r] as const))('%s reads an exclusive deal from its example, the right way round', (_noun, role) => {
    const claim = extractClaims(role.example).find((c) => c.exclusive);
    // Every example has Tern Solar own the role and Siskin Metals fill it.
    const [giver, taker] = role.takes ? ['tern solar', 'siskin metals'] : ['siskin metals', 'tern solar'];
    expect([norm(claim?.actor?.canonical), claim?.action?.direction, norm(claim?.counterparty?.canonical)]).toEqual([giver, 'forward', taker]);
    expect(claim?.action?.type).toBe(role.type);
  });
});

describe('exclusive counterparties across frames', () => {
  it('sets "its only buyer will be Siskin" against "sells its whole output to Brisk"', () => {
    const { findings } = analyze([
      { id: 'a', text: 'Hostsund Energy is building a 300 MW solar park. Its only buyer will be Siskin Metals.' },
      { id: 'b', text: 'Hostsund Energy sells its whole output to Brisk Grid.' },
      { id: 'c', text: "Siskin Metals will be the sole offtaker of Hostsund Energy's output." },
    ]);
    const pair = (x: string, y: string) => findings.filter((f) => f.sources.includes(x) && f.sources.includes(y)).map((f) => [f.kind, f.field, f.rule]);
    expect(pair('a', 'b')).toEqual([['contradiction', 'counterparty', 'exclusive-counterparty']]);
    expect(pair('b', 'c')).toEqual([['contradiction', 'counterparty', 'exclusive-counterparty']]);
    expect(pair('a', 'c').map(([kind]) => kind)).toEqual(['agreement']);
  });

  it('reads "whose only customer is" as the owner of the role', () => {
    const [claim] = extractClaims('Hostsund Energy, whose only customer is Siskin Metals, is building a second park.');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical, claim?.exclusive]).toEqual(['Hostsund Energy', 'Siskin Metals', true]);
  });

  it('reads a capitalized "Its" as a pronoun, never a name', () => {
    const claims = extractClaims('Hostsund Energy is building a 300 MW solar park. Its only buyer will be Siskin Metals.');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Its');
  });
});
