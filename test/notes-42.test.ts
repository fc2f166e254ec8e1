import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';

const kindsBetween = (texts: string[]) =>
  analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text }))).findings.map((f) => `${f.kind}:${f.field}`);

describe('a denied takeover leaves a deal of another frame standing', () => {
  it.each([
    ['Tolvane Pharma licensed its kidney drug TV-12 to Ishara Bio for $60 million upfront.', 'Ishara Bio has no plans to acquire Tolvane Pharma, its chief executive said.'],
    ['Caskmoor Lithium signed a ten-year offtake with Dravick Cells for its spodumene.', 'Dravick Cells will not buy Caskmoor Lithium, a spokesman said.'],
    ['Quenlow Foods and Varnwick Dairies formed a partnership to share distribution.', 'Quenlow Foods and Varnwick Dairies have dropped their merger.'],
  ])('%s / %s', (asserted, denied) => {
    expect(kindsBetween([asserted, denied])).not.toContain('contradiction:polarity');
  });

  it('a denied takeover still contradicts the takeover told as a purchase (guard)', () => {
    expect(kindsBetween(['Ishara Bio agreed to buy Tolvane Pharma for $900 million.', 'Ishara Bio will not acquire Tolvane Pharma, its chief executive said.'])).toContain('contradiction:polarity');
  });

  it('a denied takeover still contradicts a payment between the pair (guard)', () => {
    expect(kindsBetween(['Ishara Bio will pay Tolvane Pharma $900 million.', 'Ishara Bio will not acquire Tolvane Pharma, its chief executive said.'])).toContain('contradiction:polarity');
  });
});

describe('"sold off" disposes of a thing and ends no deal', () => {
  it.each([
    'Wendacre Retail is basically being sold off for parts.',
    'Kelmora Metals sold off its smelter to Axholm Resources for $80 million.',
  ])('%s', (text) => {
    expect(extractClaims(text).some((c) => c.negated)).toBe(false);
  });

  it('a bid written with "off" after it is still off (guard)', () => {
    expect(extractClaims("Tarvo's Siskin bid off after talks fail").some((c) => c.negated)).toBe(true);
  });
});

describe('a plural noun before a counted noun modifies it', () => {
  it.each([
    ['Roskild Towers will acquire 2,400 telecommunications towers from Hallowfen Mobile for $720 million.', 2400, 'tower'],
    ['Ulvenor ordered six communications satellites from Tarvo.', 6, 'satellite'],
  ])('%s', (text, value, unit) => {
    expect(extractQuantities(text).quantities).toContainEqual(expect.objectContaining({ value, unit }));
  });

  it('a plural before a word that counts nothing is the counted noun (guard)', () => {
    expect(extractQuantities('Brisbury bought 40 jets outright.').quantities).toContainEqual(expect.objectContaining({ value: 40, unit: 'jet' }));
  });
});
