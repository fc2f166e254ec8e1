import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addQuarters } from 'date-fns/addQuarters';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { getMonth } from 'date-fns/getMonth';
import { getYear } from 'date-fns/getYear';
import type { ClaimTime } from '../schema/claim.js';
import type { TimeMatch, TimeUnit, TimeValue } from '../extract/times.js';
import { timeOnDeal, type DatedClaim } from '../extract/time-places.js';
import { findTimes } from '../extract/times.js';
import type { Span } from '../schema/span.js';

const SHIFT: Record<TimeUnit, (date: Date, amount: number) => Date> = { day: addDays, week: addWeeks, month: addMonths, quarter: addQuarters, year: addYears };

/**
 * Years from the writing that relative words tell without a date: "last year" -1, "this week" and "yesterday" 0
 * (a day or a week back stays in the year but for the first days of January); "last month" may be in the year
 * before, so it tells none.
 */
function yearsFromNow(unit: TimeUnit, offset: number): number | null {
  if (unit === 'year') return offset;
  if (offset === 0 || unit === 'day' || (unit === 'week' && Math.abs(offset) <= 1)) return 0;
  return null;
}

/**
 * A time's calendar year and month: written, or counted from `publishedAt`. A bare month ("in March") is the last
 * such month up to the publication, or the next one for a deal still to come ("will close in March").
 * @example resolveTime({ relative: { unit: 'year', offset: -1 } }, new Date(2025, 2, 10), false) // { year: 2024, month: null, offset: -1, certainty: 'implied' }
 */
export function resolveTime(value: TimeValue, publishedAt: Date | undefined, future: boolean): Pick<ClaimTime, 'year' | 'month' | 'offset' | 'certainty'> {
  if (value.year !== undefined) return { year: value.year, month: value.month ?? null, offset: null, certainty: 'stated' };
  if (value.relative) {
    const { unit, offset } = value.relative;
    if (!publishedAt) return { year: null, month: null, offset: yearsFromNow(unit, offset), certainty: 'implied' };
    const date = SHIFT[unit](publishedAt, offset);
    const month = getMonth(date) + 1;
    const year = getYear(date);
    return { year, month: unit === 'year' ? null : unit === 'quarter' ? month - ((month - 1) % 3) : month, offset: year - getYear(publishedAt), certainty: 'implied' };
  }
  const month = value.month ?? null;
  if (month === null || !publishedAt) return { year: null, month, offset: null, certainty: 'implied' };
  const now = getMonth(publishedAt) + 1;
  const year = getYear(publishedAt) + (future ? (month < now ? 1 : 0) : (month > now ? -1 : 0));
  return { year, month, offset: year - getYear(publishedAt), certainty: 'implied' };
}

/**
 * The time that dates a claim's deal, with its calendar year when the words or `publishedAt` tell it; null when
 * no time stands on the deal.
 * @example claimTime(claim of 'Tern bought the depot from Siskin last year.', new Date(2025, 2, 10))
 * // { text: 'last year', year: 2024, month: null, offset: -1, certainty: 'implied', rule: 'relative-period@after-deal' }
 */
export function claimTime(claim: DatedClaim, publishedAt?: Date): ClaimTime | null {
  const found = timeOnDeal(claim);
  if (!found) return null;
  const { time, place, future } = found;
  const start = claim.span.start + time.start;
  // A dateline's date is the day of writing: the deal it dates is of the present (offset 0) of that year.
  const resolved = resolveTime(time.value, publishedAt, future);
  if (place === 'dateline') resolved.offset = 0;
  return { text: time.text, span: { start, end: start + time.text.length }, ...resolved, rule: `${time.rule}@${place}` };
}

/**
 * The time of a claim no words of its sentence date, in a text whose dateline gives the day of writing: the present
 * of that day, its span on the dateline's words.
 * @example datelineClaimTime(datelineTime('LISBON, May 2, 2025 - ...')!.time) // { text: 'May 2, 2025', year: 2025, offset: 0, rule: 'month@dateline-of-text', ... }
 */
export function datelineClaimTime(time: TimeMatch): ClaimTime {
  return { text: time.text, span: { start: time.start, end: time.end }, ...resolveTime(time.value, undefined, false), offset: 0, rule: `${time.rule}@dateline-of-text` };
}

/**
 * The time of a claim no words of its text date, in a text whose first line a date closes (`headingTime`): the
 * present of the day the digest or filing was issued.
 * @example headingClaimTime(headingTime('FLEET NEWS - 4 May 2021\nTarvo ordered ...')!) // { year: 2021, rule: 'month@heading-of-text', ... }
 */
export function headingClaimTime(time: TimeMatch): ClaimTime {
  return { text: time.text, span: { start: time.start, end: time.end }, ...resolveTime(time.value, undefined, false), offset: 0, rule: `${time.rule}@heading-of-text` };
}

/**
 * The time of a claim no words of its sentence date, in an archived item whose headline its year closes
 * (`archiveTagTime`): that year, as written on the deal.
 * @example archiveClaimTime(archiveTagTime('Ulvenor buys Pertwick depot (2018) - ...')!) // { year: 2018, certainty: 'stated', rule: 'year@archive-tag', ... }
 */
export function archiveClaimTime(time: TimeMatch): ClaimTime {
  return { text: time.text, span: { start: time.start, end: time.end }, ...resolveTime(time.value, undefined, false), rule: `${time.rule}@archive-tag` };
}

/**
 * A sentence that is only a time, as talk answers give it: "Way back in 2015.", "GUEST: In 2019, I think.", "That was
 * 2016." (a speaker's label may open it).
 */
const TIME_ONLY_ANSWER = /^(?:[A-Z][\w .'-]{0,30}:\s*)?(?:(?:oh|well|no|yes|yeah|so),?\s+)?(?:(?:that|this|it)\s+was\s+|(?:way\s+)?back\s+)?(?:in\s+)?(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d(?:,?\s+(?:yeah|yes|right|i think|iirc|if i remember))?[.!?]*\s*$/i;

/**
 * `time-answer`: the time of a claim no words of its sentence date, when the sentence right before it is only a
 * year, as a talk answer gives it ("GUEST: That was 2016. Four tugs, chartered for two years.").
 * @example answeredTime('GUEST: That was 2016. Four tugs on charter.', [{ start: 0, end: 21 }, { start: 22, end: 43 }], 22) // year 2016
 */
export function answeredTime(text: string, sentences: readonly Span[], claimStart: number): ClaimTime | null {
  const at = sentences.findIndex((s) => s.start <= claimStart && claimStart < s.end);
  const before = at > 0 ? sentences[at - 1]! : undefined;
  if (!before) return null;
  const words = text.slice(before.start, before.end);
  if (!TIME_ONLY_ANSWER.test(words)) return null;
  const time = findTimes(words).find((t) => t.value.year !== undefined);
  if (!time) return null;
  const start = before.start + time.start;
  return { text: time.text, span: { start, end: start + time.text.length }, ...resolveTime(time.value, undefined, false), rule: `${time.rule}@time-answer` };
}
