import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

describe('lexicon options', () => {
  it('teaches an alias, an affiliation and an action word', () => {
    const report = analyze(
      [
        { id: 'a', text: 'Big Blue will colocate its servers for Qualley for $2 billion a year.' },
        { id: 'b', text: 'IBM will colocate servers for Qualley for $3 billion a year.' },
        { id: 'c', text: 'Red Hat will colocate servers for Qualley for $3 billion a year.' },
      ],
      {
        lexicon: {
          aliases: { 'Big Blue': 'IBM' },
          affiliations: [{ member: 'Red Hat', parent: 'IBM' }],
          actions: [{ lemma: 'colocate', type: 'supply', direction: 'forward' }],
        },
      },
    );
    expect(report.entities.find((e) => e.canonical === 'IBM')?.aliases).toEqual(['Big Blue']);
    expect(report.entities.find((e) => e.canonical === 'Red Hat')?.family).toBe('IBM');
    const verdicts = report.findings.map((f) => `${f.kind}:${[...f.sources].sort().join('~')}`).sort();
    expect(verdicts).toEqual(['agreement:b~c', 'contradiction:a~b', 'contradiction:a~c']);
  });

  it('reads no action for an unknown action word without it, only the figures beside the two names', () => {
    const text = 'IBM will colocate servers for Qualley for $3 billion a year.';
    const { claims } = analyze([{ id: 'a', text }]);
    expect(claims.map((c) => [c.actor?.canonical, c.action, c.counterparty?.canonical, c.counterparty?.rule])).toEqual([['IBM', null, 'Qualley', 'figure-pair']]);
  });
});
