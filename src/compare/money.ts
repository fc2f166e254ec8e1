import type { Claim } from '../schema/claim.js';
import { isBesideDenial } from './polarity.js';
import { PERIODS_PER_YEAR, amountRole, differentSteps, stepNumber, type AmountRole } from '../normalize/values.js';
import { UNSTATED_CURRENCY } from '../quantities/unstated-money.js';
import { BARE_DOLLAR_CURRENCIES, isBareDollar } from '../quantities/currencies.js';
import { DIGITS, distinguish, money as formatMoney, months, statedAmount } from './describe.js';
import { interval, overlaps, verdictOf, type Comparator, type Comparison, type Interval } from './comparator.js';
import type { PositionReader } from './position-reader.js';

interface Basis {
  range: Interval;
  text: (digits: number) => string;
  /** `text(DIGITS)`, the words of nearly every comparison, built once. */
  plain: string;
}

const basis = (range: Interval, text: (digits: number) => string): Basis => ({ range, text, plain: text(DIGITS) });

/** The claim's amount on a yearly basis, with how it was reached: "$45B over 3 years = $15B per year". */
function yearly(claim: Claim): Basis | null {
  const { amount, duration } = claim;
  if (!amount || claim.perYear === null) return null;
  const perYear = claim.perYear;
  if (amount.per) {
    const per = amount.per;
    return basis(interval(amount, PERIODS_PER_YEAR[per]), (d) => (per === 'year' ? statedAmount(amount, d) : `${statedAmount(amount, d)} = ${formatMoney(perYear, amount.currency, d)} per year`));
  }
  const years = duration!.months / 12;
  return basis(interval(amount, 1 / years), (d) => `${statedAmount(amount, d)} over ${months(duration!.months, d)} = ${formatMoney(perYear, amount.currency, d)} per year`);
}

function total(claim: Claim): Basis | null {
  const { amount, duration } = claim;
  if (!amount || claim.total === null) return null;
  const whole = claim.total;
  if (!amount.per) return basis(interval(amount), (d) => statedAmount(amount, d));
  const periods = PERIODS_PER_YEAR[amount.per] * (duration!.months / 12);
  return basis(interval(amount, periods), (d) => `${statedAmount(amount, d)} over ${months(duration!.months, d)} = ${formatMoney(whole, amount.currency, d)}`);
}

function compareBases(a: Basis, b: Basis, tolerance: number, rule: string): Comparison {
  const verdict = verdictOf(a.range, b.range, tolerance);
  const sides: [string, string] = verdict === 'conflict' && a.plain === b.plain ? distinguish((d) => [a.text(d), b.text(d)]) : [a.plain, b.plain];
  return { field: 'amount', verdict, sides, rule };
}

interface MoneyReading {
  currency: string;
  /** A sum read as US dollars from a bare "$" or "dollars", which may be another country's dollar. */
  bareDollar: boolean;
  role: AmountRole;
  /** For a step, the number its words give it ("second"), if any. */
  step: string | null;
  yearly: Basis | null;
  total: Basis | null;
  /** A day's or a week's rate ("$380k a day"), which a year or a term holds only roughly. */
  daily: boolean;
  /** A whole sum the words state, not a rate times a term, nor a ceiling or a floor ("up to $1.2bn"). */
  stated: boolean;
  /** A sum stated with no period and no term ("a €17m catering contract"): it may be a yearly rate told without its period. */
  bare: Basis | null;
}

/**
 * "$380k/d" beside "worth some $286 million across two years": a day rate times the days of a term is the
 * deal's value only roughly (a year of 360 or 365 days, fees paid at mobilisation, days off hire), so the two are set
 * against each other with this much room, wider than the tolerance for two sums stated alike.
 */
const DAY_RATE_TOLERANCE = 0.08;

/** A day's or a week's rate read with `DAY_RATE_TOLERANCE` of room each way; any other reading as it is. */
function roomy(reading: MoneyReading): MoneyReading {
  if (!reading.daily) return reading;
  const widen = (b: Basis | null): Basis | null => b && { ...b, range: { ...b.range, min: b.range.min * (1 - DAY_RATE_TOLERANCE), max: b.range.max * (1 + DAY_RATE_TOLERANCE) } };
  return { ...reading, yearly: widen(reading.yearly), total: widen(reading.total) };
}

/**
 * Whether two sums are in one currency: the same code, a sum said with none, or a bare dollar beside a dollar of its
 * own sign ("$235 million" in a city paper, "C$210 million" on the wire: `BARE_DOLLAR_CURRENCIES`).
 */
function sameCurrency(a: MoneyReading, b: MoneyReading): boolean {
  if (a.currency === b.currency || a.currency === UNSTATED_CURRENCY || b.currency === UNSTATED_CURRENCY) return true;
  return (a.bareDollar && BARE_DOLLAR_CURRENCIES.has(b.currency)) || (b.bareDollar && BARE_DOLLAR_CURRENCIES.has(a.currency));
}

/**
 * Money: compared per year when both sides give or imply a rate, else as totals; a rate against a total
 * without a duration is not comparable. "$15 billion a year" agrees with "three-year, $45 billion".
 * An increment ("another $4 billion") is never set against the whole.
 */
export const compareMoney: Comparator<MoneyReading> = {
  read: (claim) => {
    if (!claim.amount) return null;
    // ("The deal is dead. Siskin keeps $30m as amends.": a sum told with no deal word beside a denial is paid
    // because the deal ended, and meets only a fee.)
    const role = isBesideDenial(claim) ? 'fee' : amountRole(claim);
    const whole = total(claim);
    const bare = !claim.amount.per && !claim.duration ? whole : null;
    return { currency: claim.amount.currency, bareDollar: isBareDollar(claim.amount.currency, claim.amount.text, claim.text), role, step: role === 'increment' ? stepNumber(claim) : null, yearly: yearly(claim), total: whole, daily: claim.amount.per === 'day' || claim.amount.per === 'week', stated: !claim.amount.per && boundOf(claim.amount.bound) === '', bare };
  },
  compare: (a, b, settings) => {
    // A sum said with no currency ("four and a half billion", XXX) is in the currency of the deal it is told of.
    if (!sameCurrency(a, b)) return null;
    // A step or a tranche is never set against a running total or the whole: "another $2 billion" and "$6 billion in total".
    if (a.role !== b.role) return null;
    // ("the second tranche, €1.5bn" and "the third tranche, €2bn": two steps the words number apart are two payments.)
    if (differentSteps(a.step, b.step)) return null;
    const [x, y] = a.daily === b.daily ? [a, b] : [roomy(a), roomy(b)];
    const tolerance = settings.tolerance.money;
    if (x.yearly && y.yearly) return apart(x.yearly, y.yearly) ? null : compareBases(x.yearly, y.yearly, tolerance, 'money-per-year');
    // ("€17m a year for eight years" beside "a €17m catering contract": a sum with no period or term that states the
    // other's yearly figure is that rate told without its period.)
    const [first, second] = x.yearly && y.bare ? [x.yearly, y.bare] : y.yearly && x.bare ? [x.bare, y.yearly] : [null, null];
    if (first && second && overlaps(first.range, second.range, tolerance)) return compareBases(first, second, tolerance, 'money-rate-told-bare');
    if (x.total && y.total) {
      if (apart(x.total, y.total)) return null;
      // (Two sums each stated as a whole, several times apart: `SEVERAL_FOLD`.)
      if (x.stated && y.stated && severalFold(x.total, y.total)) return { field: 'amount', verdict: 'apart', sides: [x.total.plain, y.total.plain], rule: 'money-several-fold' };
      return compareBases(x.total, y.total, tolerance, 'money-total');
    }
    return null;
  },
};

/**
 * Two sums more than ten thousand times apart are no two readings of one figure: a price of one share beside the deal's
 * value (shares "priced at €4.20" beside "€95 million"), or a scale the words never said. Writers who disagree on a
 * deal's value disagree by far less; one who writes "million" for "billion" is a thousand times off, and conflicts.
 */
const SAME_FIGURE_SPAN = 10_000;
const apart = (a: Basis, b: Basis): boolean => ratioOf(a, b) > SAME_FIGURE_SPAN;

/** How many times the larger of two sums is the smaller, by their lower ends; 0 when either is none. */
function ratioOf(a: Basis, b: Basis): number {
  const [x, y] = [Math.abs(a.range.min), Math.abs(b.range.min)];
  return x > 0 && y > 0 ? Math.max(x, y) / Math.min(x, y) : 0;
}

/**
 * `money-several-fold`: two sums of one pair, each stated as a whole, between three and ten times apart, are no one
 * figure two writers disagree on: a writer who misreports a deal's value is off by a rounding, a digit or a share of it,
 * and one who writes "million" for "billion" is a thousand times off. Three to ten times apart, they are most often two
 * parts of the pair's dealings told as wholes: a tranche and the whole, a phase and the project, the deal and an older
 * one, one lender's part and the loan. The pair of claims is then not compared. Ten times apart to a rounding ("$4.8bn"
 * against "$48bn") is a misplaced digit, and conflicts. Rates, sums reached from a rate and a term, and ceilings are
 * compared as before: the rule reads two wholes the words state.
 */
const SEVERAL_FOLD = { least: 3, most: 9.7 };
const severalFold = (a: Basis, b: Basis): boolean => {
  const ratio = ratioOf(a, b);
  return ratio >= SEVERAL_FOLD.least && ratio < SEVERAL_FOLD.most;
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
