import type { Claim } from '../schema/claim.js';
import { PERIODS_PER_YEAR, amountRole } from '../normalize/values.js';
import { DIGITS, distinguish, money as formatMoney, months, statedAmount } from './describe.js';
import { interval, verdictOf, type Comparator, type Interval } from './comparator.js';
import type { PositionReader } from './position-reader.js';

interface Basis {
  range: Interval;
  text: (digits: number) => string;
}

/** The claim's amount on a yearly basis, with how it was reached: "$45B over 3 years = $15B per year". */
function yearly(claim: Claim): Basis | null {
  const { amount, duration } = claim;
  if (!amount || claim.perYear === null) return null;
  const perYear = claim.perYear;
  if (amount.per) {
    const per = amount.per;
    return {
      range: interval(amount, PERIODS_PER_YEAR[per]),
      text: (d) => (per === 'year' ? statedAmount(amount, d) : `${statedAmount(amount, d)} = ${formatMoney(perYear, amount.currency, d)} per year`),
    };
  }
  const years = duration!.months / 12;
  return { range: interval(amount, 1 / years), text: (d) => `${statedAmount(amount, d)} over ${months(duration!.months, d)} = ${formatMoney(perYear, amount.currency, d)} per year` };
}

function total(claim: Claim): Basis | null {
  const { amount, duration } = claim;
  if (!amount || claim.total === null) return null;
  const whole = claim.total;
  if (!amount.per) return { range: interval(amount), text: (d) => statedAmount(amount, d) };
  const periods = PERIODS_PER_YEAR[amount.per] * (duration!.months / 12);
  return { range: interval(amount, periods), text: (d) => `${statedAmount(amount, d)} over ${months(duration!.months, d)} = ${formatMoney(whole, amount.currency, d)}` };
}

function compareOn(a: Basis, b: Basis, tolerance: number, rule: string): ReturnType<Comparator> {
  const verdict = verdictOf(a.range, b.range, tolerance);
  const sides: [string, string] = verdict === 'conflict' ? distinguish((d) => [a.text(d), b.text(d)]) : [a.text(DIGITS), b.text(DIGITS)];
  return { field: 'amount', verdict, sides, rule };
}

/**
 * Money: compared per year when both sides give or imply a rate, else as totals; a rate against a total
 * without a duration is not comparable. "$15 billion a year" agrees with "three-year, $45 billion".
 * An increment ("another $4 billion") is never set against the whole.
 */
export const compareMoney: Comparator = (a, b, settings) => {
  if (!a.amount || !b.amount || a.amount.currency !== b.amount.currency) return null;
  // A step or a tranche is never set against a running total or the whole: "another $2 billion" and "$6 billion in total".
  if (amountRole(a) !== amountRole(b)) return null;
  const ya = yearly(a);
  const yb = yearly(b);
  if (ya && yb) return compareOn(ya, yb, settings.tolerance.money, 'money-per-year');
  const ta = total(a);
  const tb = total(b);
  if (ta && tb) return compareOn(ta, tb, settings.tolerance.money, 'money-total');
  return null;
};

/** Bounds that change what a figure claims; an exact and an "about" figure stand together. */
const boundOf = (bound: NonNullable<Claim['amount']>['bound']) => (bound === 'exact' || bound === 'approximate' ? '' : bound);

/**
 * Where a claim stands on money: its yearly rate and its total, each when stated or implied, in its currency
 * and role. "$45B over 3 years" stands at "$15B a year" and at "$45B in total".
 */
export const moneyPositions: PositionReader = (claim) => {
  const { amount } = claim;
  if (!amount) return [];
  const role = amountRole(claim);
  const roleWords = role === 'whole' ? '' : ` (${role})`;
  const bound = boundOf(amount.bound);
  const range = `${amount.min}-${amount.max ?? 'more'}`;
  const out = [];
  if (claim.perYear !== null) {
    const perYear = claim.perYear;
    const scale = amount.value ? perYear / amount.value : 1;
    const describe = (d: number) => (bound ? statedAmount({ ...amount, value: perYear, min: amount.min * scale, max: amount.max === null ? null : amount.max * scale, per: null }, d) : formatMoney(perYear, amount.currency, d)) + ' a year';
    out.push({ aspect: `amount per year, ${amount.currency}${roleWords}`, key: `${bound}:${bound ? range : ''}:${perYear}`, order: perYear, describe });
  }
  if (claim.total !== null) {
    const whole = claim.total;
    const scale = amount.value ? whole / amount.value : 1;
    const describe = (d: number) => (bound ? statedAmount({ ...amount, value: whole, min: amount.min * scale, max: amount.max === null ? null : amount.max * scale, per: null }, d) : formatMoney(whole, amount.currency, d)) + ' in total';
    out.push({ aspect: `amount in total, ${amount.currency}${roleWords}`, key: `${bound}:${bound ? range : ''}:${whole}`, order: whole, describe });
  }
  return out;
};
