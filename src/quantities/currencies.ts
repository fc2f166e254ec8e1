import { phraseTable, type PhraseTable } from './phrases.js';

/**
 * Currencies as data: symbols and codes written before the number, words written after it.
 * Each entry carries an example phrase that the tests run.
 */
export interface CurrencyEntry {
  /** ISO 4217 code. */
  readonly code: string;
  /** Written before the number, matched exactly: "$", "US$", "USD", "€". */
  readonly before: readonly string[];
  /** Written after the number, matched lower-case: "dollars", "us dollars", "euros". */
  readonly after: readonly string[];
  /** Words naming a hundredth of the unit, after the number: "cents", "pence". */
  readonly minor?: readonly string[];
  /** After-words that only count when the number has a scale ("5 million pounds", not "5 pounds" of flour). */
  readonly afterIfScaled?: readonly string[];
  readonly example: string;
}

export const CURRENCIES: readonly CurrencyEntry[] = [
  {
    code: 'USD',
    before: ['$', 'US$', 'U.S.$', 'USD', 'USD$', 'US $'],
    after: ['dollar', 'dollars', 'us dollars', 'us dollar', 'u.s. dollars', 'u.s. dollar', 'american dollars', 'usd', 'bucks', 'buck', 'united states dollars'],
    minor: ['cent', 'cents', '¢'],
    example: 'USD 45 billion',
  },
  { code: 'EUR', before: ['€', 'EUR', 'EUR€'], after: ['euro', 'euros', 'eur'], minor: ['euro cents', 'eurocents'], example: '€2.5bn' },
  {
    code: 'GBP',
    before: ['£', 'GBP', 'GB£', 'UK£'],
    after: ['pounds sterling', 'pound sterling', 'sterling', 'gbp', 'british pounds', 'british pound', 'quid', 'uk pounds'],
    afterIfScaled: ['pound', 'pounds'],
    minor: ['pence', 'penny', 'pennies'],
    example: '£2,000',
  },
  { code: 'JPY', before: ['¥', 'JPY', 'JP¥'], after: ['yen', 'japanese yen', 'jpy'], example: '¥500 billion' },
  { code: 'CNY', before: ['CNY', 'RMB', 'CN¥'], after: ['yuan', 'renminbi', 'rmb', 'cny', 'chinese yuan'], example: '10 billion yuan' },
  { code: 'INR', before: ['₹', 'INR', 'Rs', 'Rs.'], after: ['rupee', 'rupees', 'indian rupees', 'inr'], example: '₹500 crore' },
  { code: 'CAD', before: ['C$', 'CA$', 'CAD', 'Can$'], after: ['canadian dollars', 'canadian dollar', 'cad'], example: 'C$3 billion' },
  { code: 'AUD', before: ['A$', 'AU$', 'AUD'], after: ['australian dollars', 'australian dollar', 'aud'], example: 'A$1.2bn' },
  { code: 'NZD', before: ['NZ$', 'NZD'], after: ['new zealand dollars', 'new zealand dollar', 'nzd'], example: 'NZ$40 million' },
  { code: 'HKD', before: ['HK$', 'HKD'], after: ['hong kong dollars', 'hong kong dollar', 'hkd'], example: 'HK$8 billion' },
  { code: 'SGD', before: ['S$', 'SGD'], after: ['singapore dollars', 'singapore dollar', 'sgd'], example: 'S$1 billion' },
  { code: 'TWD', before: ['NT$', 'TWD'], after: ['taiwan dollars', 'new taiwan dollars', 'twd'], example: 'NT$30 billion' },
  { code: 'CHF', before: ['CHF', 'SFr', 'Fr.'], after: ['swiss francs', 'swiss franc', 'francs', 'franc', 'chf'], example: 'CHF 2 billion' },
  { code: 'KRW', before: ['₩', 'KRW'], after: ['korean won', 'krw'], afterIfScaled: ['won'], example: '₩3 trillion' },
  { code: 'RUB', before: ['₽', 'RUB'], after: ['rubles', 'ruble', 'roubles', 'rouble', 'rub'], example: '5 billion rubles' },
  { code: 'BRL', before: ['R$', 'BRL'], after: ['reais', 'brazilian real', 'brl'], example: 'R$10 million' },
  { code: 'MXN', before: ['MX$', 'MXN'], after: ['pesos', 'mexican pesos', 'mxn'], example: 'MXN 500 million' },
  { code: 'SEK', before: ['SEK'], after: ['swedish kronor', 'swedish krona', 'sek'], example: 'SEK 4 billion' },
  { code: 'NOK', before: ['NOK'], after: ['norwegian kroner', 'norwegian krone', 'nok'], example: 'NOK 4 billion' },
  { code: 'DKK', before: ['DKK'], after: ['danish kroner', 'danish krone', 'dkk'], example: 'DKK 4 billion' },
  { code: 'ZAR', before: ['ZAR'], after: ['rand', 'south african rand', 'zar'], example: 'ZAR 2 billion' },
  { code: 'SAR', before: ['SAR'], after: ['riyals', 'saudi riyals', 'sar'], example: 'SAR 10 billion' },
  { code: 'AED', before: ['AED'], after: ['dirhams', 'uae dirhams', 'aed'], example: 'AED 1 billion' },
  { code: 'ILS', before: ['₪', 'ILS', 'NIS'], after: ['shekels', 'new shekels', 'ils', 'nis'], example: '₪500 million' },
  { code: 'TRY', before: ['₺', 'TRY'], after: ['lira', 'liras', 'turkish lira'], example: '₺20 billion' },
  { code: 'PLN', before: ['PLN', 'zł'], after: ['zloty', 'zlotys', 'złoty', 'pln'], example: 'PLN 3 billion' },
];

export interface CurrencyHit {
  code: string;
  /** 1, or 0.01 for "cents"/"pence". */
  factor: number;
  ifScaled: boolean;
}

function buildMaps(): { before: Map<string, string>; after: Map<string, CurrencyHit> } {
  const before = new Map<string, string>();
  const after = new Map<string, CurrencyHit>();
  // symbols may follow the number too: "15€", "100 $"

  for (const c of CURRENCIES) {
    for (const b of c.before) {
      before.set(b, c.code);
      if (!/\p{L}/u.test(b)) after.set(b, { code: c.code, factor: 1, ifScaled: false });
    }
    for (const a of c.after) after.set(a, { code: c.code, factor: 1, ifScaled: false });
    for (const a of c.afterIfScaled ?? []) after.set(a, { code: c.code, factor: 1, ifScaled: true });
    for (const a of c.minor ?? []) after.set(a, { code: c.code, factor: 0.01, ifScaled: false });
  }
  return { before, after };
}

const MAPS = buildMaps();

/** Currency written before a number ("US$", "€", "USD"), matched exactly as written. */
export const CURRENCY_BEFORE: PhraseTable<string> = phraseTable(MAPS.before, false);
/** Currency written after a number ("dollars", "us dollars", "cents"), matched lower-case. */
export const CURRENCY_AFTER: PhraseTable<CurrencyHit> = phraseTable(MAPS.after);
