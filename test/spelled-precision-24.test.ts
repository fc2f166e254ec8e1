import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { writtenPrecision } from '../src/compare/comparator.js';

describe('a figure in words is as precise as the digits of its value', () => {
  it('"thirty-six hundred" is written to the hundred', () => {
    expect(writtenPrecision('thirty-six hundred kiosks', 3600)).toBeCloseTo(100 / 3600);
    expect(writtenPrecision('thirty-six hundred kiosks')).toBeNull();
  });

  it('digits decide where the text has them (guard)', () => {
    expect(writtenPrecision('about 3.1 billion', 3.1e9)).toBeCloseTo(0.1 / 3.1);
  });

  it('"about thirty-six hundred kiosks" conflicts with 3,300 kiosks', () => {
    const report = analyze([
      { id: 'a', text: "Tarvo's purchase of 3,300 Siskin kiosks for €90m closed." },
      { id: 'b', text: 'Tarvo is paying ninety million euros for the Siskin kiosks - about thirty-six hundred kiosks.' },
    ]);
    expect(report.findings.map((f) => [f.kind, f.field])).toEqual([['contradiction', 'quantity']]);
  });

  it('"about three thousand kiosks" still holds 3,100 (guard)', () => {
    const report = analyze([
      { id: 'a', text: "Tarvo's purchase of 3,100 Siskin kiosks for €90m closed." },
      { id: 'b', text: 'Tarvo is paying ninety million euros for the Siskin kiosks - about three thousand kiosks.' },
    ]);
    expect(report.findings.map((f) => f.kind)).toEqual(['agreement']);
  });
});
