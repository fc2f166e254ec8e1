import type { Period } from '../schema/quantity.js';
import type { Span } from '../schema/span.js';
import { makeContext, spanOf } from './context.js';
import { parseNumber } from './numbers.js';
import { phraseAt, phraseTable } from './phrases.js';
import { RATE_MAP } from './rates.js';
import { TIME_UNIT_MAP } from './time-units.js';

/** A recurrence: "weekly" (every 1 week), "every three weeks", "biweekly" (every 2 weeks). */
export interface PeriodMatch {
  per: Period;
  every: number;
  text: string;
  span: Span;
  rule: string;
}

/** Single words for "every n periods", each with an example. */
export const PERIOD_WORDS: readonly { words: string; per: Period; every: number; example: string }[] = [
  { words: 'biweekly', per: 'week', every: 2, example: 'paid biweekly' },
  { words: 'fortnightly', per: 'week', every: 2, example: 'paid fortnightly' },
  { words: 'bimonthly', per: 'month', every: 2, example: 'a bimonthly report' },
  { words: 'semiannually', per: 'month', every: 6, example: 'paid semiannually' },
  { words: 'semi-annually', per: 'month', every: 6, example: 'paid semi-annually' },
  { words: 'biannually', per: 'month', every: 6, example: 'paid biannually' },
  { words: 'everyday', per: 'day', every: 1, example: 'an everyday routine' },
  { words: 'once a year', per: 'year', every: 1, example: 'once a year' },
  { words: 'once a month', per: 'month', every: 1, example: 'once a month' },
  { words: 'once a week', per: 'week', every: 1, example: 'once a week' },
  { words: 'once a day', per: 'day', every: 1, example: 'once a day' },
  { words: 'once a quarter', per: 'quarter', every: 1, example: 'once a quarter' },
];

const PERIOD_TABLE = phraseTable(PERIOD_WORDS.map((p) => [p.words, p] as const));
const PERIOD_OF_UNIT: Readonly<Record<string, Period>> = { year: 'year', quarter: 'quarter', month: 'month', week: 'week', day: 'day' };

/**
 * Recurrences in a text (internal: the rate words money uses, found on their own for the Set specs).
 * @example findPeriods('we meet every three weeks') // [{ per: 'week', every: 3, text: 'every three weeks', ... }]
 */
export function findPeriods(text: string): PeriodMatch[] {
  const ctx = makeContext(text, null);
  const t = ctx.tokens;
  const out: PeriodMatch[] = [];
  for (let i = 0; i < t.length; i++) {
    const w = phraseAt(t, i, PERIOD_TABLE);
    const r = w === null ? phraseAt(t, i, RATE_MAP) : null;
    if (w !== null || r !== null) {
      const end = w?.end ?? r?.end ?? i + 1;
      const first = t[i]?.lower;
      if (r !== null && (first === 'a' || first === 'an' || first === 'per' || first === 'in' || first === '/')) continue; // a rate needs its amount
      out.push({ per: w?.value.per ?? r?.value ?? 'year', every: w?.value.every ?? 1, ...spanOf(ctx, i, end), rule: 'period' });
      i = end - 1;
      continue;
    }
    // "every three weeks", "each two days", "every other week"
    const lead = t[i]?.lower;
    if (lead !== 'every' && lead !== 'each') continue;
    let k = i + 1;
    let every = 1;
    if (t[k]?.lower === 'other') {
      every = 2;
      k++;
    } else {
      const n = parseNumber(t, k, {});
      if (n !== null && Number.isInteger(n.value) && n.value > 0) {
        every = n.value;
        k = n.end;
      }
    }
    const u = t[k] === undefined ? undefined : TIME_UNIT_MAP.get(t[k]?.lower ?? '');
    const per = u === undefined ? undefined : PERIOD_OF_UNIT[u.name];
    if (per === undefined) continue;
    out.push({ per, every, ...spanOf(ctx, i, k + 1), rule: 'period.every' });
    i = k;
  }
  return out;
}
