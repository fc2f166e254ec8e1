import type { Claim } from '../schema/claim.js';
import { PERIODS_PER_YEAR, amountRole } from '../normalize/values.js';
import { money as formatMoney, months, statedAmount } from './describe.js';
import { interval, verdictOf, type Comparator, type Interval } from './comparator.js';

/** The claim's amount on a yearly basis, with how it was reached: "$45B over 3 years = $15B per year". */
function yearly(claim: Claim): { range: Interval; text: string } | null {
  const { amount, duration } = claim;
  if (!amount || claim.perYear === null) return null;
  if (amount.per) {
    return { range: interval(amount, PERIODS_PER_YEAR[amount.per]), text: amount.per === 'year' ? statedAmount(amount) : `${statedAmount(amount)} = ${formatMoney(claim.perYear, amount.currency)} per year` };
  }
  const years = duration!.months / 12;
  return { range: interval(amount, 1 / years), text: `${statedAmount(amount)} over ${months(duration!.months)} = ${formatMoney(claim.perYear, amount.currency)} per year` };
}

function total(claim: Claim): { range: Interval; text: string } | null {
  const { amount, duration } = claim;
  if (!amount || claim.total === null) return null;
  if (!amount.per) return { range: interval(amount), text: statedAmount(amount) };
  const periods = PERIODS_PER_YEAR[amount.per] * (duration!.months / 12);
  return { range: interval(amount, periods), text: `${statedAmount(amount)} over ${months(duration!.months)} = ${formatMoney(claim.total, amount.currency)}` };
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
  if (ya && yb) return { field: 'amount', verdict: verdictOf(ya.range, yb.range, settings.tolerance.money), sides: [ya.text, yb.text], rule: 'money-per-year' };
  const ta = total(a);
  const tb = total(b);
  if (ta && tb) return { field: 'amount', verdict: verdictOf(ta.range, tb.range, settings.tolerance.money), sides: [ta.text, tb.text], rule: 'money-total' };
  return null;
};
