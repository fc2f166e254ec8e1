import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';
import { isPrincipal } from '../src/normalize/values.js';

const firstClaim = (text: string) => extractClaims(text)[0]!;

describe("a loan's principal over its term is no yearly rate", () => {
  it.each([
    ['Varnwick Bank lent €300 million to Olberth Ports over six years.', true],
    ['Olberth Ports took a €300m six-year term loan from Varnwick Bank.', true],
    ['Varnwick Bank arranged a loan of €300 million for Olberth Ports, repayable over six years.', true],
    ['Varnwick Bank will lease its tower space to Olberth Ports for €300 million over six years.', false],
    ['Varnwick Capital will invest €300 million in Olberth Ports over six years.', false],
  ])('%s -> principal %s', (text, expected) => {
    const claim = extractClaims(text).find((c) => c.amount);
    expect(claim).toBeDefined();
    expect(isPrincipal(claim!)).toBe(expected);
  });

  it('two tenors of one principal conflict on the term alone, and the explanation keeps the sum whole', () => {
    const report = analyze([
      { id: 'six', text: 'Varnwick Bank lent €300 million to Olberth Ports over six years.' },
      { id: 'five', text: 'Varnwick Bank lent Olberth Ports €300 million over five years.' },
    ]);
    expect(report.findings.map((f) => [f.kind, f.rule])).toEqual([['contradiction', 'duration-months']]);
    expect(report.findings[0]!.explanation).not.toMatch(/per year/);
  });

  it('two principals that differ are set against each other as sums', () => {
    const report = analyze([
      { id: 'big', text: 'Varnwick Bank lent €300 million to Olberth Ports over six years.' },
      { id: 'small', text: 'Olberth Ports took a €250 million six-year loan from Varnwick Bank.' },
    ]);
    const money = report.findings.find((f) => f.field === 'amount');
    expect(money?.kind).toBe('contradiction');
    expect(money?.explanation).toMatch(/€300M; .*€250M/);
    expect(money?.explanation).not.toMatch(/per year/);
  });

  it("a lease's sum over its term is still its yearly rate (guard)", () => {
    const claim = firstClaim('Varnwick Estates leases the depot to Olberth Ports for €30 million over three years.');
    const report = analyze([
      { id: 'total', text: claim.text },
      { id: 'rate', text: 'Varnwick Estates is leasing the depot to Olberth Ports for €10 million a year.' },
    ]);
    expect(report.findings.map((f) => f.kind)).toContain('agreement');
  });
});
