/** Units of time in months (a year is 12, a week 12/52, a day 12/365), each with an example. */
export interface TimeUnit {
  readonly names: readonly string[];
  readonly months: number;
  /** Names that only count when touching the digits ("3h", "10yrs" also spaced). */
  readonly attachedOnly?: readonly string[];
  readonly example: string;
}

const DAY = 12 / 365;
export const TIME_UNITS: readonly TimeUnit[] = [
  { names: ['year', 'years', 'yr', 'yrs', 'annum'], months: 12, attachedOnly: ['y'], example: 'a three-year deal' },
  { names: ['month', 'months', 'mo', 'mos', 'mth', 'mths', 'mnth', 'mnths'], months: 1, example: '36 months' },
  { names: ['week', 'weeks', 'wk', 'wks'], months: 12 / 52, example: 'two weeks' },
  { names: ['fortnight', 'fortnights'], months: 24 / 52, example: 'a fortnight' },
  { names: ['day', 'days'], months: DAY, attachedOnly: ['d'], example: '90 days' },
  { names: ['decade', 'decades'], months: 120, example: 'a decade' },
  { names: ['century', 'centuries'], months: 1200, example: 'a century' },
  { names: ['quarter', 'quarters'], months: 3, example: 'two quarters' },
  // A season of sport or broadcasting is a year, as for rates ("per season"): "rights for four seasons".
  { names: ['season', 'seasons'], months: 12, example: 'four seasons' },
  { names: ['hour', 'hours', 'hr', 'hrs', 'h'], months: DAY / 24, example: '3 hours' },
  { names: ['minute', 'minutes', 'min', 'mins'], months: DAY / 1440, attachedOnly: ['m'], example: '30 minutes' },
  { names: ['second', 'seconds', 'sec', 'secs'], months: DAY / 86400, attachedOnly: ['s'], example: '45 seconds' },
];

export interface TimeUnitHit {
  months: number;
  /** Singular canonical name: "year", "hour". */
  name: string;
  attachedOnly: boolean;
}

function build(): Map<string, TimeUnitHit> {
  const m = new Map<string, TimeUnitHit>();
  for (const u of TIME_UNITS) {
    const name = u.names[0] ?? '';
    for (const n of u.names) m.set(n, { months: u.months, name, attachedOnly: false });
    for (const n of u.attachedOnly ?? []) m.set(n, { months: u.months, name, attachedOnly: true });
  }
  return m;
}

/** Lower-case unit word → months. */
export const TIME_UNIT_MAP: ReadonlyMap<string, TimeUnitHit> = build();

/** Vague counts of time units: "several years", "a few months", "multi-year". central/min/max are counts of the unit. */
export const VAGUE_COUNTS: readonly { words: string; central: number; min: number; max: number; example: string }[] = [
  { words: 'several', central: 4, min: 3, max: 7, example: 'several years' },
  { words: 'a few', central: 3, min: 2, max: 5, example: 'a few years' },
  { words: 'few', central: 3, min: 2, max: 5, example: 'few months' },
  { words: 'a couple of', central: 2, min: 2, max: 3, example: 'a couple of years' },
  { words: 'a couple', central: 2, min: 2, max: 3, example: 'a couple years' },
  { words: 'couple of', central: 2, min: 2, max: 3, example: 'couple of weeks' },
  { words: 'many', central: 10, min: 5, max: 30, example: 'many years' },
  { words: 'multiple', central: 3, min: 2, max: 10, example: 'multiple years' },
  { words: 'a number of', central: 4, min: 2, max: 10, example: 'a number of years' },
  { words: 'some', central: 3, min: 2, max: 10, example: 'some years' },
];

/** Vague compound durations: "a multi-year deal", "a multiyear contract", in units of the named period. */
export const VAGUE_COMPOUNDS: readonly { words: string; unit: string; central: number; min: number; max: number; example: string }[] = [
  { words: 'multi-year', unit: 'year', central: 4, min: 2, max: 10, example: 'a multi-year deal' },
  { words: 'multiyear', unit: 'year', central: 4, min: 2, max: 10, example: 'a multiyear contract' },
  { words: 'multi year', unit: 'year', central: 4, min: 2, max: 10, example: 'a multi year contract' },
  { words: 'multi-decade', unit: 'decade', central: 3, min: 2, max: 5, example: 'a multi-decade partnership' },
  { words: 'multidecade', unit: 'decade', central: 3, min: 2, max: 5, example: 'a multidecade partnership' },
  { words: 'multi-month', unit: 'month', central: 4, min: 2, max: 11, example: 'a multi-month rollout' },
  { words: 'multimonth', unit: 'month', central: 4, min: 2, max: 11, example: 'a multimonth rollout' },
  { words: 'multi-week', unit: 'week', central: 3, min: 2, max: 8, example: 'a multi-week outage' },
  { words: 'years-long', unit: 'year', central: 3, min: 2, max: 10, example: 'a years-long dispute' },
  { words: 'decades-long', unit: 'decade', central: 3, min: 2, max: 6, example: 'a decades-long rivalry' },
  { words: 'months-long', unit: 'month', central: 4, min: 2, max: 11, example: 'a months-long review' },
];
