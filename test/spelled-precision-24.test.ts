import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { writtenPrecision } from '../src/compare/comparator.js';

describe('a figure in words is as precise as the digits of its value', () => {
  it('"forty-two hundred" is written to the hundred', () => {
    expect(writtenPrecision('forty-two hundred towers', 4200)).toBeCloseTo(100 / 4200);
    expect(writtenPrecision('forty-two hundred towers')).toBeNull();
  });

  it('digits decide where the text has them (guard)', () => {
    expect(writtenPrecision('about 3.1 billion', 3.1e9)).toBeCloseTo(0.1 / 3.1);
  });

  it('"about forty-two hundred towers" conflicts with 3,800 towers', () => {
    const report = analyze([
      { id: 'a', text: "Skyreach's purchase of 3,800 Osprey towers for R$3.2bn closed." },
      { id: 'b', text: 'Skyreach is paying three-point-two billion reais for the Osprey towers - about forty-two hundred towers.' },
    ]);
    expect(report.findings.map((f) => [f.kind, f.field])).toEqual([['contradiction', 'quantity']]);
  });

  it('"about four thousand towers" still holds 3,800 (guard)', () => {
    const report = analyze([
      { id: 'a', text: "Skyreach's purchase of 3,800 Osprey towers for R$3.2bn closed." },
      { id: 'b', text: 'Skyreach is paying three-point-two billion reais for the Osprey towers - about four thousand towers.' },
    ]);
    expect(report.findings.map((f) => f.kind)).toEqual(['agreement']);
  });
});
