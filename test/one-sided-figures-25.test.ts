import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const kinds = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text }))).findings
  .filter((f) => f.sources.includes('s3') || texts.length === 2).map((f) => f.kind);

describe('a claim that names one side conflicts only where that side has no other deal of the kind', () => {
  it('beside an older deal of the same firms, a one-sided figure told otherwise conflicts with neither', () => {
    expect(kinds([
      'Tarvo Foods will buy 40 trucks from Siskin Motors for $120 million.',
      'Tarvo Foods bought ten trucks from Siskin Motors in 2019 for $30 million.',
      'Tarvo Foods will pay $95 million for the new trucks, its chief executive said.',
    ])).not.toContain('contradiction');
  });

  it('where the side has one deal of the kind, the figure still conflicts (guard)', () => {
    expect(kinds([
      'Tarvo Foods will buy 40 trucks from Siskin Motors for $120 million.',
      'Tarvo Foods will pay $95 million for the trucks, its chief executive said.',
    ])).toContain('contradiction');
  });
});
