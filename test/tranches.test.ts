import { describe, expect, it } from 'vitest';
import { analyze, type Report } from '../src/index.js';

const between = (report: Report, a: string, b: string) =>
  report.findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => [f.kind, f.field]);

/** A step ("another €3 billion") and a running total ("taking its total to €7 billion") are compared only with their own kind. */
describe('tranches and running totals', () => {
  const report = analyze([
    { id: 'step', text: 'Hilwell Capital will invest another €3 billion in Vireo Chips, taking its total to €7 billion.' },
    { id: 'all', text: 'Hilwell Capital has now put €7 billion in all into Vireo Chips.' },
    { id: 'five', text: "Vireo Chips said Hilwell Capital's €5 billion total commitment is smaller than it had hoped." },
    { id: 'topup', text: 'Hilwell Capital tops up Vireo Chips backing with €3bn.' },
    { id: 'tranche', text: 'Hilwell Capital added a €3 billion tranche to its Vireo Chips investment in March.' },
    { id: 'dated', text: 'In 2023 Hilwell Capital invested €4 billion in Vireo Chips.' },
  ]);

  it('lets "another €3 billion, taking its total to €7 billion" agree with "€7 billion in all"', () => {
    // (The step, a claim of its own, meets the running total as the same event, with nothing to compare.)
    expect(between(report, 'step', 'all')).toContainEqual(['agreement', 'amount']);
    expect(between(report, 'step', 'all').map(([kind]) => kind)).not.toContain('contradiction');
  });

  it('sets a running total against a running total: "a €5 billion total" contradicts both', () => {
    expect(between(report, 'step', 'five')).toEqual([['contradiction', 'amount']]);
    expect(between(report, 'all', 'five')).toEqual([['contradiction', 'amount']]);
  });

  it('never sets a step ("tops up ... with €3bn", "a €3 billion tranche") against a running total', () => {
    for (const total of ['step', 'all', 'five']) {
      expect(between(report, 'topup', total).map(([kind]) => kind)).not.toContain('contradiction');
      expect(between(report, 'tranche', total).map(([kind]) => kind)).not.toContain('contradiction');
    }
    expect(between(report, 'topup', 'tranche')).toEqual([['agreement', 'amount']]);
  });

  it('keeps a tranche dated by a written year out of the event of the running totals', () => {
    for (const other of ['step', 'all', 'five', 'topup', 'tranche']) expect(between(report, 'dated', other)).toEqual([]);
    const dated = report.events.find((e) => e.sources.includes('dated'));
    expect(dated?.splits.map((s) => s.rule)).toEqual(['year-splits']);
  });

  it('counts a follow-on order and a running total of aircraft apart, as it does money', () => {
    const report = analyze([
      { id: 'topup', text: 'Zotrin Aviation ordered another 40 jets from Sirley Aeronautica, bringing its total order with the planemaker to 60 aircraft.' },
      { id: 'firm', text: 'Sirley Aeronautica announced a firm order from Zotrin Aviation for 40 jets.' },
      { id: 'all', text: 'Zotrin Aviation now has 60 Sirley Aeronautica jets on order in all.' },
      { id: 'fifty', text: 'Zotrin Aviation has 50 Sirley Aeronautica jets on order in total.' },
    ]);
    const fields = (a: string, b: string) => between(report, a, b).map(([kind, field]) => `${kind}:${field}`);
    expect(fields('topup', 'all')).toEqual(['agreement:quantity']);
    expect(fields('firm', 'all')).not.toContain('contradiction:quantity');
    expect(fields('all', 'fifty')).toEqual(['contradiction:quantity']);
  });
});

/** Orders and awards come in steps too: a level the deal is carried to is a running total, whatever the kind of deal. */
describe('running totals of orders and awards', () => {
  const report = analyze([
    { id: 'award', text: 'Bubova Grid has awarded Seshby Kabel a further €2bn of cable orders, bringing the total under their framework agreement to €5bn.' },
    { id: 'calloff', text: 'Seshby Kabel has received additional call-off orders worth EUR 2.0 billion from Bubova Grid under the framework.' },
    { id: 'extra', text: 'The extra €2.5bn from Bubova Grid takes the Seshby Kabel framework to €5.5bn.' },
    { id: 'largest', text: "Seshby Kabel's €2bn Bubova Grid order is its largest to date." },
  ]);

  it('sets a running total against a running total, and a step against a step', () => {
    expect(between(report, 'award', 'extra')).toContainEqual(['contradiction', 'amount']);
    expect(between(report, 'award', 'calloff').map(([kind]) => kind)).not.toContain('contradiction');
  });

  it('reads "call-off orders" as orders, not a withdrawal, and "largest to date" as no running total', () => {
    expect(report.claims.find((c) => c.sourceId === 'calloff')?.negated).toBe(false);
    expect(between(report, 'award', 'largest').map(([kind]) => kind)).not.toContain('contradiction');
  });
});

describe('counts of a follow-on order', () => {
  const report = analyze([
    { id: 'wire', text: 'Cashby Air has ordered another 20 jets from Allworth Aerospace, taking its order book with the planemaker to 70 jets.' },
    { id: 'release', text: 'Allworth Aerospace announces that Cashby Air has firmed an order for 20 additional aircraft.' },
    { id: 'intake', text: 'Hannara Heavy won a KRW 2.0 trillion order from Cashby Air, lifting its order intake for the year to USD 6.2 billion.' },
  ]);

  it('reads "20 additional aircraft" as a step, and a level the order book is taken to as a running total', () => {
    expect(between(report, 'wire', 'release')).toContainEqual(['agreement', 'quantity']);
    expect(between(report, 'wire', 'release').map(([kind]) => kind)).not.toContain('contradiction');
  });

  it('keeps the deal\'s own sum, not a firm-wide level its intake is lifted to', () => {
    expect(report.claims.find((c) => c.sourceId === 'intake')?.amount).toMatchObject({ value: 2e12, currency: 'KRW' });
  });
});
