/**
 * The words that date something: "last year", "this week", "earlier this year", "in March", "in the first quarter",
 * "in 2019". Spans first, values second: `findTimes` returns what the words say, and `src/normalize/times.ts`
 * counts relative words from the source's publication date. Where a time stands on a deal is `time-places.ts`.
 */
export type TimeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** What a time's words say, before a publication date resolves them. */
export interface TimeValue {
  /** A calendar year the words write ("in 2019", "March 2024"). */
  year?: number;
  /** A month the words name ("in March"), or the first month of a quarter they name ("in the first quarter"). */
  month?: number;
  /** Relative words: "last year" is `{ unit: 'year', offset: -1 }`, "today" `{ unit: 'day', offset: 0 }`. */
  relative?: { unit: TimeUnit; offset: number };
}

/** A time in a text: half-open offsets, the words as written, their value and the rule that read them. */
export interface TimeMatch {
  start: number;
  end: number;
  text: string;
  value: TimeValue;
  rule: string;
}

export interface TimeRule {
  name: string;
  /** Words the rule reads, and the value they give (run by test/rule-tables.test.ts). */
  example: string;
  value: TimeValue;
  reason: string;
  pattern: RegExp;
  /** The value of one match, or null when the words are no time after all ("May" the verb). */
  read(m: RegExpExecArray, text: string): TimeValue | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const OFFSET: Record<string, number> = { last: -1, previous: -1, yesterday: -1, this: 0, today: 0, next: 1, tomorrow: 1 };
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const QUARTER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

const unitOf = (word: string): TimeUnit => word.toLowerCase() as TimeUnit;
const yearOf = (word: string | undefined): { year?: number } => (word ? { year: Number(word) } : {});
/** Each pattern writes a year as `((?:19|20)\d\d)` not followed by a range's second year ("2026-28", "2026 - 2030") or more digits ("2,019"). */

/** Words before a month that make "May" a month rather than the verb: "in May", "on May 4". */
const MONTH_LEAD = /\b(?:in|on|of|since|early|late|mid|last|this|next|until|by|from)[\s-]$/i;

/** The rules, in the order they claim words: a month before the year inside it, a quarter before "last quarter". */
export const TIME_RULES: readonly TimeRule[] = [
  {
    name: 'month', example: 'in March 2024', value: { year: 2024, month: 3 }, reason: 'a named month, with its day and year when written',
    pattern: /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?(?:\s\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s((?:19|20)\d\d)(?![\d/\u2013-]|,\d| [\u2013-] ?\d))?/g,
    read: (m, text) => {
      const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
      // "May" is a month only beside a day, a year or a word that dates: "Tern may buy" is no time.
      if (m[1] === 'May' && m[0].trim() === 'May' && !MONTH_LEAD.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
      return { month, ...yearOf(m[2]) };
    },
  },
  {
    name: 'quarter', example: 'in the first quarter', value: { month: 1 }, reason: 'a named quarter of the year, dated by its first month',
    pattern: /\b(?:(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]quarter|Q([1-4]))\b(?:\s(?:of\s)?((?:19|20)\d\d)(?![\d/\u2013-]|,\d| [\u2013-] ?\d))?/gi,
    read: (m) => ({ month: (QUARTER[(m[1] ?? m[2]!).toLowerCase()]! - 1) * 3 + 1, ...yearOf(m[3]) }),
  },
  {
    name: 'within-this', example: 'earlier this year', value: { relative: { unit: 'year', offset: 0 } }, reason: 'a time before or after now, inside the current year or month',
    pattern: /\b(?:earlier|later)\s(?:this|in\sthe)\s(year|month)\b/gi,
    read: (m) => ({ relative: { unit: unitOf(m[1]!), offset: 0 } }),
  },
  {
    name: 'relative-period', example: 'last year', value: { relative: { unit: 'year', offset: -1 } }, reason: 'a period counted from when the text was written',
    pattern: /\b(last|previous|this|next)\s(year|quarter|month|week)\b/gi,
    // "in the last year" is the twelve months up to now, no dated period.
    read: (m, text) => (/\bthe\s$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) ? null : { relative: { unit: unitOf(m[2]!), offset: OFFSET[m[1]!.toLowerCase()] ?? -1 } }),
  },
  {
    name: 'ago', example: 'two years ago', value: { relative: { unit: 'year', offset: -2 } }, reason: 'periods counted back from when the text was written',
    pattern: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s(year|month|week)s?\sago\b/gi,
    read: (m) => ({ relative: { unit: unitOf(m[2]!), offset: -(COUNT[m[1]!.toLowerCase()] ?? Number(m[1])) } }),
  },
  {
    name: 'decade', example: 'a decade ago', value: { relative: { unit: 'year', offset: -10 } }, reason: 'a decade back from when the text was written, counted as ten years',
    pattern: /\b(?:(?:last|previous)\sdecade|(a|one|two|three)\sdecades?\sago)\b/gi,
    read: (m) => ({ relative: { unit: 'year', offset: -10 * (m[1] ? (COUNT[m[1].toLowerCase()] ?? 1) : 1) } }),
  },
  {
    name: 'day-word', example: 'today', value: { relative: { unit: 'day', offset: 0 } }, reason: 'the day the text was written, or the one before or after',
    pattern: /\b(today|yesterday|tomorrow)\b/gi,
    read: (m) => ({ relative: { unit: 'day', offset: OFFSET[m[1]!.toLowerCase()]! } }),
  },
  {
    name: 'short-year', example: "the original licence back in '21", value: { year: 2021 },
    reason: "a year whose century an apostrophe stands for, after a preposition (\"back in '21\", \"since '98\"): up to '40 in the 2000s",
    pattern: /(?<=\b(?:in|since|of|from|during)\s)['\u2019](\d\d)\b(?![\d%])/gi,
    read: (m) => ({ year: (Number(m[1]) <= 40 ? 2000 : 1900) + Number(m[1]) }),
  },
  {
    name: 'year', example: 'in 2019', value: { year: 2019 }, reason: 'a calendar year written out; the first year of a span ("2026 through 2030") is none',
    pattern: /\b((?:19|20)\d\d)(?![\d/\u2013-]|,\d| [\u2013-] ?\d| (?:through|thru|to|until|till) (?:19|20)\d\d)/g,
    // ("FC Rothmoor 1911", "Vision 2030": a year right after a capitalized name is part of the name; "Solano's 2016 order" dates.)
    read: (m, text) => (NAME_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) && !LEAD_WORD.test(text.slice(Math.max(0, m.index - 12), m.index)) ? null : { year: Number(m[1]) }),
  },
];

/** A capitalized word right before a year, as a name ends: "FC Rothmoor 1911", "Vision 2030". */
const NAME_BEFORE = /(?:^|[\s(])\p{Lu}[\p{L}&.-]*\s$/u;
/** Capitalized words before a year that date it: a month or quarter ("March 2024", "Q3 2024"), or a word opening a sentence ("In 2019", "Back 2019", "That 2019 facility"). */
const LEAD_WORD = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Q[1-4]|FY|H[12]|In|On|At|By|Since|Back|Until|From|For|During|Before|After|Through|The|That|This|Its|Their|Our|And|Or|Early|Late|Mid|Summer|Winter|Spring|Autumn|Fall|Circa)\.?\s$/;

/** Words before a time that make it a bound or a start, never the date of a deal: "since 2021", "by 2030", "through next year". */
// ("goes back to 2018, when ...", "dates back to 2019": "back to" a year names when something began, a date.)
const NOT_A_DATE = /\b(?:since|by|through|thru|until|till|from|(?<!\bback\s)to|before|after|between|for|than|beyond|starting|ending|past|and|or)\s+(?:the\s+)?(?:end\s+of\s+|start\s+of\s+)?$/i;

/**
 * "has shipped them grain since 2019", "has leased the depot since 2018": a perfect verb before "since" says a deal has
 * run from that year, so the year dates it (the deal is an older one than the news). Not talks that have gone on since.
 */
// ("has run its plant since 2019", "has had six tankers on charter since 2022": a participle that is no -ed form.)
const PERFECT_SINCE = /(?:\b(?:has|have|had)|['\u2019]ve|['\u2019]d)\s+(?:(?:already|long|also|now)\s+)?(?!been\b)(?:[a-z]+(?:ed|en|ld|ght|nt)|run|had|won|let|paid|made|kept|leased|supplied)\b[^.;:!?]{0,50}\bsince\s+$/i;
/** Words of a perfect that runs since a year with no deal: talks ("has held talks since 2024"), a figure that moved ("shares have fallen 20% since 2021"). */
const NO_DEAL_SINCE = /\b(?:talks|negotiat\w*|discuss\w*|court\w*|pursu\w*|wait\w*|tried|sought|fallen|risen|gained|lost|climbed|dropped|jumped|doubled|tripled|grown|slipped|slumped|surged|rallied|declined|increased|decreased|shed|added)\b/i;

/** "the old coil contract from 2019": a deal noun "from" a time is the deal of that time, not one running since it. */
const DEAL_FROM = /\b(?:deal|contract|agreement|pact|order|lease|licen[cs]e|charter|accord|arrangement|tie-up|partnership)\s+from\s+$/i;

/** "held 12% until 2018, when it sold the block": a "when" clause after a bound makes the year that clause's date. */
const WHEN_AFTER = /^,?\s+when\b/i;

/** "a follow-on to the 2020 three-hull order": a year on a deal noun names that deal, whatever word comes before it. */
const DEAL_NOUN_AFTER_YEAR = /^\s(?:[\w-]+\s){0,2}(?:deal|contract|agreement|pact|order|lease|licen[cs]e|charter|purchase|placement|pilot|package|investment|round|acquisition|takeover)s?\b/i;

/** "more than a decade ago", "less than two years ago": a time counted back is a date whatever measure comes before it. */
const AGO = /\bago$/i;

/** Whether the words before a year ("... has shipped them grain since ") date a deal that has run since it (`PERFECT_SINCE`). */
export function perfectSince(before: string): boolean {
  const found = PERFECT_SINCE.exec(before);
  return found !== null && !NO_DEAL_SINCE.test(found[0]);
}

/** Every time of a text that can date something, left to right; words one rule reads no later rule reads again. */
export function findTimes(text: string): TimeMatch[] {
  const found: TimeMatch[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  for (const rule of TIME_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].trimEnd().replace(/[.,]$/, '').length;
      if (taken(start, end)) continue;
      const value = rule.read(m, text);
      if (!value) continue;
      found.push({ start, end, text: text.slice(start, end), value, rule: rule.name });
    }
  }
  return found
    .filter((f) => !NOT_A_DATE.test(text.slice(Math.max(0, f.start - 24), f.start)) || perfectSince(text.slice(Math.max(0, f.start - 90), f.start)) || DEAL_FROM.test(text.slice(Math.max(0, f.start - 24), f.start)) || WHEN_AFTER.test(text.slice(f.end, f.end + 8)) || AGO.test(f.text)
      || (f.value.year !== undefined && DEAL_NOUN_AFTER_YEAR.test(text.slice(f.end, f.end + 40))))
    .sort((a, b) => a.start - b.start);
}
