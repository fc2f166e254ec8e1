import { describe, expect, it } from 'vitest';
import { ACTION_WORDS } from '../src/lexicon/actions.js';
import { extractClaims } from '../src/index.js';

describe('action lexicon: every entry reads its own example', () => {
  it.each(ACTION_WORDS.map((w) => [w.lemma, w.pos, w.example] as const))('%s (%s): %s', (lemma, _pos, example) => {
    const lemmas = extractClaims(example).map((c) => c.action?.lemma);
    expect(lemmas).toContain(lemma);
  });
});

describe('verb forms', () => {
  it('inflects sibilant and -y verbs as English does', async () => {
    const { verbForms } = await import('../src/lexicon/actions.js');
    expect(verbForms('clinch')).toEqual(['clinch', 'clinches', 'clinched', 'clinching']);
    expect(verbForms('supply')).toEqual(['supply', 'supplies', 'supplied', 'supplying']);
    expect(verbForms('lease')).toEqual(['lease', 'leases', 'leased', 'leasing']);
  });
});
