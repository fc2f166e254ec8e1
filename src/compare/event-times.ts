import type { Claim } from '../schema/claim.js';
import { claimTime } from '../normalize/times.js';

/**
 * How a claim's time keys its event (rules `year-splits`, `relative-time-splits` and `untimed-joins` of
 * `EVENT_RULES`). Without a publication date, "last year" and "this week" are still apart: both count from the
 * same unknown day of writing.
 */
export interface Dating {
  /** `''` for no time or the present of an unknown year ("today" in an undated text); `@2016` for a calendar year, or the present of a text of 2016; `@y-1` for "last year" with no date to count from. */
  key: string;
  /** The year the source was written, when a relative time was counted from its `publishedAt`. */
  written?: number;
  /** The words date the deal, the present included ("this week's order"); a bare "in March" with no year does not. */
  timed: boolean;
  /** The key is a calendar year the words write, not one counted from relative words. */
  stated: boolean;
  /** The key is the year of the text's wire dateline, the day it was written. */
  dateline?: boolean;
  /** Undated words, in a text whose first line a date closes: that date's key (`@2019`), which dates the claim only where another source writes that year. */
  heading?: string;
}

/** The rule of a time the date closing a text's first line gave (`headingTime`). */
const HEADING_PLACE = /@heading-of-text$/;

/** The rule of a time a wire dateline gave (`time-places.ts`, `normalize/times.ts`). */
const DATELINE_PLACE = /@dateline(?:-of-text)?$/;

const UNDATED: Dating = { key: '', timed: false, stated: false };

/** The dating of a claim; a claim stored before claims carried a time has it read from its text. */
export function datingOf(claim: Claim): Dating {
  const time = claim.time !== undefined ? claim.time : claimTime(claim);
  if (!time) return UNDATED;
  const written = time.year !== null && time.offset !== null ? { written: time.year - time.offset } : {};
  const stated = time.certainty === 'stated';
  // The present of a known year ("this week" of a text of 2025) is that year beside texts of other years, and the
  // present beside texts of the same year (`pairKeys`); it is no older deal's written year. A dateline's own day
  // is the present of its text alone: it tells nothing of when the pair's undated texts were written.
  if (HEADING_PLACE.test(time.rule)) return time.year !== null ? { ...UNDATED, heading: `@${time.year}` } : UNDATED;
  if (DATELINE_PLACE.test(time.rule)) return { key: time.year !== null ? `@${time.year}` : '', timed: true, stated: false, dateline: true };
  if (time.offset === 0) return { key: time.year !== null ? `@${time.year}` : '', ...written, timed: true, stated: false };
  if (time.year !== null) return { key: `@${time.year}`, ...written, timed: true, stated };
  if (time.offset !== null) return { key: `@y${time.offset > 0 ? '+' : ''}${time.offset}`, timed: true, stated };
  return UNDATED;
}

const RELATIVE_KEY = /^@y([+-]\d+)$/;

/**
 * The keys of one pair's claims made comparable. When the pair's dated sources were written in one year, that
 * year is the present and relative keys count from it ("@y-1" of an undated source is "@2024" beside sources of
 * 2025). With no publication date at all, one relative year and one calendar year cannot be told apart: they meet.
 */
export function pairKeys(datings: readonly Dating[]): (key: string) => string {
  const written = new Set(datings.flatMap((d) => (d.written === undefined ? [] : [d.written])));
  if (written.size === 1) {
    const [year] = [...written] as [number];
    return (key) => {
      const relative = RELATIVE_KEY.exec(key);
      const resolved = relative ? `@${year + Number(relative[1])}` : key;
      return resolved === `@${year}` ? '' : resolved;
    };
  }
  const keys = new Set(datings.map((d) => d.key).filter((k) => k !== ''));
  const relative = [...keys].filter((k) => RELATIVE_KEY.test(k));
  const calendar = [...keys].filter((k) => !RELATIVE_KEY.test(k));
  if (written.size === 0 && relative.length === 1 && calendar.length === 1) return (key) => (key === relative[0] ? calendar[0]! : key);
  return (key) => key;
}

/** Which rule keeps two events of one pair and kind apart, from their time keys and whether a written year dates them. */
export function splitRule(a: { time: string; stated: boolean }, b: { time: string; stated: boolean }): string {
  const dated = [a, b].filter((g) => g.time !== '');
  return dated.every((g) => g.stated) ? 'year-splits' : 'relative-time-splits';
}
