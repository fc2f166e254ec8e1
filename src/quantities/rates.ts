import type { Period } from '../schema/quantity.js';
import { phraseTable, type PhraseTable } from './phrases.js';

/** Words after an amount that make it a rate: "$15 billion annually", "$15bn a year", "$2m/yr". */
export const RATES: readonly { words: string; per: Period; example: string }[] = [
  ...(['annually', 'yearly', 'a year', 'per year', 'each year', 'every year', 'per annum', 'p.a.', '/yr', '/year', '/y', '/ yr', 'a yr', 'per yr',
    'per-year', 'a-year', 'in annual', 'annual', 'a year each', 'per calendar year', 'each calendar year', 'every single year',
    // (Property notes write per annum without stops: "Rent: £4.2m pa".)
    'pa', 'p/a',
    // Portuguese and Spanish, as Brazilian and Latin American posts write them: "R$450 mi por ano".
    'por ano', 'ao ano', 'por año', 'al año', 'al ano', 'anuais', 'anuales'] as const).map((words) => ({
    words, per: 'year' as const, example: `$15 billion ${words}`,
  })),
  ...(['quarterly', 'a quarter', 'per quarter', 'each quarter', 'every quarter', '/qtr', '/quarter', 'per qtr', 'in quarterly'] as const).map((words) => ({
    words, per: 'quarter' as const, example: `$2 billion ${words}`,
  })),
  ...(['monthly', 'a month', 'per month', 'each month', 'every month', '/mo', '/month', '/ mo', 'per mo', 'a mo', 'in monthly', 'per-month',
    'por mês', 'por mes', 'ao mês', 'al mes', 'mensais', 'mensuales'] as const).map((words) => ({
    words, per: 'month' as const, example: `$500 million ${words}`,
  })),
  ...(['weekly', 'a week', 'per week', 'each week', 'every week', '/wk', '/week', 'per wk', 'in weekly'] as const).map((words) => ({
    words, per: 'week' as const, example: `$10 million ${words}`,
  })),
  ...(['daily', 'a day', 'per day', 'each day', 'every day', '/day', '/d', 'in daily', 'per-day'] as const).map((words) => ({
    words, per: 'day' as const, example: `$1 million ${words}`,
  })),
];

/**
 * A season of sport or broadcasting is a year unless the text says otherwise: "$2.1 billion per season" is a yearly rate.
 * Money only (a recurrence on its own is "every year", not "every season").
 */
export const SEASON_RATES: readonly { words: string; per: Period; example: string }[] = (
  ['per season', 'a season', 'each season', 'every season', 'per-season', 'a-season', 'per campaign', 'a campaign'] as const
).map((words) => ({ words, per: 'year' as const, example: `$2.1 billion ${words}` }));

export const SEASON_RATE_MAP: PhraseTable<Period> = phraseTable(SEASON_RATES.map((r) => [r.words, r.per] as const));

/** Words after "a year" that make it a point in time, not a rate or a length: "a year earlier", "two years ago". */
export const TIME_ANCHORS: ReadonlySet<string> = new Set(['ago', 'earlier', 'later', 'before', 'prior', 'previously', 'since', 'hence', 'back', 'beforehand', 'afterwards', 'after']);

export const RATE_MAP: PhraseTable<Period> = phraseTable(RATES.map((r) => [r.words, r.per] as const));

/**
 * Words that carry an amount over a few nouns to its period: "$3.5 billion of capacity a year".
 * Up to `RATE_WINDOW` tokens may stand between the amount and the period, none of them a grammar word.
 */
export const RATE_LINKERS: readonly { words: string; example: string }[] = [
  { words: 'of', example: 'roughly $3.5 billion of capacity a year' },
  { words: 'worth of', example: '$2 billion worth of chips annually' },
  { words: 'worth', example: '$2 billion worth annually' },
  { words: 'in', example: '$150 million in revenue per quarter' },
];

export const RATE_LINKER_MAP: PhraseTable<true> = phraseTable(RATE_LINKERS.map((r) => [r.words, true] as const));
export const RATE_WINDOW = 4;

/**
 * Things a price can be "a"/"an" of ("$23.28 a share"); after "per", "/" or "each" anything goes
 * ("$2 per GPU-hour", "$80/barrel").
 */
export const UNIT_NOUNS: readonly { noun: string; example: string }[] = [
  { noun: 'share', example: '$23.28 a share' },
  { noun: 'piece', example: '$5 a piece' },
  { noun: 'unit', example: '$30,000 a unit' },
  { noun: 'barrel', example: '$80 a barrel' },
  { noun: 'gallon', example: '$3.50 a gallon' },
  { noun: 'ton', example: '$100 a ton' },
  { noun: 'tonne', example: '$100 a tonne' },
  { noun: 'ounce', example: '$2,000 an ounce' },
  { noun: 'head', example: '$50 a head' },
  { noun: 'seat', example: '$30 a seat' },
  { noun: 'user', example: '$20 a user' },
  { noun: 'chip', example: '$40,000 a chip' },
  { noun: 'gpu', example: '$30,000 a GPU' },
  { noun: 'hour', example: '$2 an hour' },
  { noun: 'minute', example: '$1 a minute' },
  { noun: 'kilowatt-hour', example: '$0.10 a kilowatt-hour' },
  { noun: 'megawatt-hour', example: '$50 a megawatt-hour' },
  { noun: 'kwh', example: '$0.10 a kWh' },
  { noun: 'mwh', example: '$50 an MWh' },
  { noun: 'pound', example: '$4 a pound' },
  { noun: 'ticket', example: '$100 a ticket' },
  { noun: 'person', example: '$100 a person' },
  { noun: 'match', example: '$30 million a match' },
  { noun: 'game', example: '$2 million a game' },
  { noun: 'flight', example: '$4,000 a flight' },
  { noun: 'episode', example: '$1 million an episode' },
  { noun: 'event', example: '$5 million an event' },
  { noun: 'race', example: '$20 million a race' },
  { noun: 'launch', example: '$67 million a launch' },
  // a ship or an aircraft by the trade's word for one: its hull, its airframe, its tail
  { noun: 'hull', example: '$96 million a hull' },
  { noun: 'frame', example: '$48 million a frame' },
  { noun: 'tail', example: '$52 million a tail' },
];

export const UNIT_NOUN_SET: ReadonlySet<string> = new Set(UNIT_NOUNS.map((u) => u.noun));

/** Words that introduce the unit of a price: "per share", "/barrel", "each". */
export const UNIT_PRICE_OPENERS: ReadonlySet<string> = new Set(['per', '/', 'a', 'an']);
/** Words that alone make a price of one unit: "$5 each", "$5 apiece", "~$250m a pop". */
export const UNIT_PRICE_WORDS: ReadonlySet<string> = new Set(['each', 'apiece', 'a piece', 'per share', 'a share', 'per unit', 'a pop', 'per pop']);
