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
  /** Symbols that are also letters, counted before a number only with a scale of a million or more: "R9.2bn". */
  readonly beforeIfScaled?: readonly string[];
  readonly example: string;
}

export const CURRENCIES: readonly CurrencyEntry[] = [
  {
    code: 'USD',
    before: ['$', 'US$', 'U.S.$', 'USD', 'USD$', 'US $', 'U.S. $', 'U.S $'],
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
  { code: 'CNY', before: ['CNY', 'RMB', 'CN¥', '元'], after: ['yuan', 'renminbi', 'rmb', 'cny', 'chinese yuan', '元', 'kuai'], example: '10 billion yuan' },
  { code: 'INR', before: ['₹', 'INR', 'Rs', 'Rs.'], after: ['rupee', 'rupees', 'indian rupees', 'inr', 'rs', 'rs.'], minor: ['paise'], example: '₹500 crore' },
  { code: 'CAD', before: ['C$', 'CA$', 'CAD', 'Can$', 'CAD$', 'C $'], after: ['canadian dollars', 'canadian dollar', 'cad'], example: 'C$3 billion' },
  { code: 'AUD', before: ['A$', 'AU$', 'AUD', 'AUD$'], after: ['australian dollars', 'australian dollar', 'aussie dollars', 'aussie dollar', 'aud'], example: 'A$1.2bn' },
  { code: 'NZD', before: ['NZ$', 'NZD', 'NZD$', 'NZ $'], after: ['new zealand dollars', 'new zealand dollar', 'kiwi dollars', 'kiwi dollar', 'nzd'], example: 'NZ$40 million' },
  { code: 'HKD', before: ['HK$', 'HKD', 'HK $'], after: ['hong kong dollars', 'hong kong dollar', 'hkd'], example: 'HK$8 billion' },
  { code: 'SGD', before: ['S$', 'SGD'], after: ['singapore dollars', 'singapore dollar', 'sgd'], example: 'S$1 billion' },
  { code: 'TWD', before: ['NT$', 'TWD'], after: ['taiwan dollars', 'new taiwan dollars', 'twd'], example: 'NT$30 billion' },
  { code: 'CHF', before: ['CHF', 'SFr', 'Fr.'], after: ['swiss francs', 'swiss franc', 'francs', 'franc', 'chf'], example: 'CHF 2 billion' },
  { code: 'KRW', before: ['₩', 'KRW'], after: ['korean won', 'krw'], afterIfScaled: ['won'], example: '₩3 trillion' },
  { code: 'RUB', before: ['₽', 'RUB'], after: ['rubles', 'ruble', 'roubles', 'rouble', 'rub'], example: '5 billion rubles' },
  { code: 'BRL', before: ['R$', 'BRL'], after: ['reais', 'brazilian real', 'brl'], example: 'R$10 million' },
  { code: 'MXN', before: ['MX$', 'MXN', 'MXN$', 'Mex$'], after: ['mexican pesos', 'mexican peso', 'mxn'], example: 'MXN 500 million' },
  { code: 'SEK', before: ['SEK'], after: ['swedish kronor', 'swedish krona', 'swedish crowns', 'swedish crown', 'sek'], example: 'SEK 4 billion' },
  { code: 'NOK', before: ['NOK'], after: ['norwegian kroner', 'norwegian krone', 'norwegian crowns', 'norwegian crown', 'nok'], example: 'NOK 4 billion' },
  { code: 'DKK', before: ['DKK'], after: ['danish kroner', 'danish krone', 'danish crowns', 'danish crown', 'dkk'], example: 'DKK 4 billion' },
  { code: 'ZAR', before: ['ZAR'], beforeIfScaled: ['R'], after: ['rand', 'south african rand', 'zar'], example: 'ZAR 2 billion' },
  { code: 'SAR', before: ['SAR'], after: ['saudi riyals', 'saudi riyal', 'saudiriyal', 'sar'], example: 'SAR 10 billion' },
  { code: 'QAR', before: ['QAR'], after: ['qatari riyals', 'qatari riyal', 'qar'], example: '42 qatari riyals' },
  { code: 'AED', before: ['AED'], after: ['dirhams', 'uae dirhams', 'aed'], example: 'AED 1 billion' },
  { code: 'KWD', before: ['KWD'], after: ['kuwaiti dinars', 'kuwaiti dinar', 'kwd'], example: '42 kuwaiti Dinar' },
  { code: 'LBP', before: ['LBP'], after: ['lebanese pounds', 'lebanese pound', 'lbp'], example: '42 Lebanese Pounds' },
  { code: 'EGP', before: ['EGP'], after: ['egyptian pounds', 'egyptian pound', 'egyptianpound', 'egp', 'le', 'l.e', 'l.e.', 'geneh', 'genihat masriya'], example: '42 EGP' },
  { code: 'ILS', before: ['₪', 'ILS', 'NIS'], after: ['shekels', 'shekel', 'new shekels', 'ils', 'nis'], example: '₪500 million' },
  { code: 'TRY', before: ['₺', 'TRY'], after: ['turkish lira', 'turkish liras', 'lira', 'liras'], example: '₺20 billion' },
  { code: 'PLN', before: ['PLN', 'zł'], after: ['zloty', 'zlotys', 'złoty', 'pln'], example: 'PLN 3 billion' },
  { code: 'IDR', before: ['Rp', 'Rp.', 'IDR'], after: ['rupiah', 'rupiahs', 'indonesian rupiah', 'idr'], example: 'Rp 3.2 trillion' },
  // ("N12bn": Nigerian papers write the naira's sign as a capital N, read only with a scale, as "R" for the rand.)
  { code: 'NGN', before: ['₦', 'NGN'], beforeIfScaled: ['N'], after: ['naira', 'nigerian naira', 'ngn'], example: 'N12 billion' },
  { code: 'BGN', before: ['BGN'], after: ['bulgarian lev', 'leva', 'bgn'], example: '42 BGN' },
  { code: 'MYR', before: ['MYR', 'RM'], after: ['ringgit', 'ringgits', 'malaysia ringgit', 'malaysian ringgit', 'malaysia ringgits', 'malaysian ringgits', 'myr', 'rm'], minor: ['sen', 'sens'], example: 'RM 42' },
  { code: 'MNT', before: ['MNT', '₮'], after: ['tugrik', 'tugriks', 'mnt'], example: '10 tugriks' },
  { code: 'UAH', before: ['UAH', '₴'], after: ['hryvnia', 'hryvnias', 'uah'], minor: ['kopiyka', 'kopiykas', 'kopecks'], example: 'UAH 3.04' },
  { code: 'CRC', before: ['₡', 'CRC'], after: ['colón', 'colones', 'costa rican colón', 'crc'], example: '100 ₡' },
  { code: 'GEL', before: ['₾', 'GEL'], after: ['lari', 'georgian lari', 'gel'], example: '100₾' },
  { code: 'LAK', before: ['₭', 'LAK'], after: ['kip', 'lao kip', 'lak'], example: '100,000 ₭' },
  { code: 'LKR', before: ['ரூ', 'LKR'], after: ['sri lankan rupees', 'sri lankan rupee', 'lkr'], example: '100,000 ரூ' },
  { code: 'FIM', before: [], after: ['finnish markka', 'finnish markkas', 'markka', 'markkaa'], example: '420 million finnish markka' },
  { code: 'ESP', before: [], after: ['pesetas', 'peseta', 'spanish pesetas'], example: '6.65 billion pesetas' },
  { code: 'NLG', before: [], after: ['dutch guilders', 'dutch guilder', 'guilders', 'guilder'], example: '250 million dutch guilders' },
  { code: 'DEM', before: ['DM'], after: ['deutsche marks', 'deutsche mark', 'deutschmarks', 'german marks'], example: '5 billion deutsche marks' },
  { code: 'FRF', before: [], after: ['french francs', 'french franc'], example: '20 billion french francs' },
  { code: 'ITL', before: [], after: ['lire', 'italian lire'], example: '500 billion lire' },
];

/** Codes that are English words or name no money ("ALL", "TOP"; metals and test codes "XAU", "XTS"), or a firm's ticker ("AMD"). */
const NOT_MONEY_CODES: ReadonlySet<string> = new Set(['ALL', 'AMD', 'BOB', 'CUP', 'MAD', 'MOP', 'PEN', 'SOS', 'TOP', 'XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XPD', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX']);

/** Last words of currency names that are English words or name something else: "mark", "real", "gold", "rights". */
const NOT_CURRENCY_WORDS: ReadonlySet<string> = new Set(['mark', 'real', 'sol', 'gold', 'rights', 'sucre', 'escudo', 'florin', 'dollar', 'pound', 'franc', 'peso', 'dinar', 'rupee', 'shilling', 'crown']);

/**
 * Every other ISO 4217 code the runtime knows (its `Intl` data, from CLDR), with its English name: "KES 9.8 billion",
 * "9.8 billion Kenyan shillings". The table above reads the currencies deals are mostly in, with their symbols and
 * local words; these fill in the rest by code and name, by CLDR's narrow symbol where no other currency writes it and
 * it is no plain letters ("₱12 billion", "฿3.2bn", "GH₵400m"), and, with a scale, by the name's last word where no
 * other currency's name ends in it ("40 billion baht", "2 trillion dong").
 */
export const RUNTIME_CURRENCIES: readonly CurrencyEntry[] = ((): CurrencyEntry[] => {
  if (typeof Intl.supportedValuesOf !== 'function' || typeof Intl.DisplayNames !== 'function') return [];
  const listed = new Set(CURRENCIES.map((c) => c.code));
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  const codes = Intl.supportedValuesOf('currency');
  const symbolByCode = new Map(codes.map((code) => [code, new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' })
    .formatToParts(1).find((part) => part.type === 'currency')?.value ?? code]));
  const symbolOf = (code: string) => symbolByCode.get(code)!;
  const lastWordOf = (code: string) => names.of(code)?.toLowerCase().split(' ').pop() ?? '';
  const count = (values: readonly string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
  const symbols = count(codes.map(symbolOf));
  const lastWords = count(codes.map(lastWordOf));
  return codes.filter((code) => !listed.has(code) && !NOT_MONEY_CODES.has(code)).map((code) => {
    const name = names.of(code)?.toLowerCase();
    const after = name && name !== code.toLowerCase() ? [name, /s$/.test(name) ? name : `${name}s`] : [];
    const symbol = symbolOf(code);
    const own = symbol !== code && symbols.get(symbol) === 1 && /[^A-Za-z.\s]/.test(symbol) ? [symbol] : [];
    const word = lastWordOf(code);
    const bare = /^\p{L}+$/u.test(word) && lastWords.get(word) === 1 && !NOT_CURRENCY_WORDS.has(word) && word !== name ? [word, `${word}s`] : [];
    return { code, before: [code, ...own], after: [...after, code.toLowerCase()], afterIfScaled: bare, example: `${code} 40 million` };
  });
})();

/**
 * Signs a country's own press writes for its currency, beside the ISO code: "SR1.45bn" in a Saudi paper, "Dh5bn" in an
 * Emirati one, "3 mld Kč" in a Czech one. Letters that are also words or initials count only with a scale of a million or
 * more ("SR 2bn", never "SR 2"); signs with a mark no word has ("Kč", "zł") count as they stand.
 */
export const PRESS_SIGNS: readonly { code: string; before?: readonly string[]; after?: readonly string[]; scaledOnly: boolean; example: string; reason: string }[] = [
  { code: 'SAR', before: ['SR'], scaledOnly: true, example: 'SR2.3 billion', reason: 'Saudi papers write the riyal as SR' },
  { code: 'QAR', before: ['QR'], scaledOnly: true, example: 'QR3bn', reason: 'Qatari papers write the riyal as QR' },
  { code: 'AED', before: ['Dh', 'Dhs'], scaledOnly: true, example: 'Dh5bn', reason: 'Emirati papers write the dirham as Dh or Dhs' },
  { code: 'KWD', before: ['KD'], scaledOnly: true, example: 'KD 200 million', reason: 'Kuwaiti papers write the dinar as KD' },
  { code: 'BHD', before: ['BD'], scaledOnly: true, example: 'BD 20 million', reason: 'Bahraini papers write the dinar as BD' },
  { code: 'OMR', before: ['RO'], scaledOnly: true, example: 'RO 20 million', reason: 'Omani papers write the rial as RO' },
  { code: 'JOD', before: ['JD'], scaledOnly: true, example: 'JD 20 million', reason: 'Jordanian papers write the dinar as JD' },
  { code: 'KES', before: ['KSh', 'Ksh', 'KShs'], scaledOnly: true, example: 'KSh 3bn', reason: 'Kenyan papers write the shilling as KSh' },
  { code: 'UGX', before: ['USh', 'Ushs'], scaledOnly: true, example: 'USh 40bn', reason: 'Ugandan papers write the shilling as USh' },
  { code: 'TZS', before: ['TSh', 'Tsh'], scaledOnly: true, example: 'TSh 40bn', reason: 'Tanzanian papers write the shilling as TSh' },
  { code: 'TRY', before: ['TL'], after: ['tl'], scaledOnly: true, example: '3 billion TL', reason: 'Turkish papers write the lira as TL, before or after the sum' },
  { code: 'PLN', after: ['zł', 'zl'], scaledOnly: true, example: '200 mln zł', reason: 'Polish papers write the zloty after the sum' },
  { code: 'HUF', before: ['Ft'], after: ['ft'], scaledOnly: true, example: '300 mln Ft', reason: 'Hungarian papers write the forint as Ft after the sum' },
  { code: 'CZK', after: ['kč'], scaledOnly: false, example: '3 mld Kč', reason: 'Czech papers write the koruna as Kč after the sum' },
  { code: 'PHP', before: ['P', 'Php'], scaledOnly: true, example: 'P3 billion', reason: 'Philippine papers write the peso as P' },
  { code: 'BDT', before: ['Tk', 'Tk.'], scaledOnly: true, example: 'Tk 500 crore', reason: 'Bangladeshi papers write the taka as Tk' },
  { code: 'THB', before: ['Bt'], scaledOnly: true, example: 'Bt2bn', reason: 'Thai business papers write the baht as Bt' },
  { code: 'KRW', before: ['W'], scaledOnly: true, example: 'W2trn', reason: 'the financial press writes the won as W where the sign is not set' },
  { code: 'EGP', before: ['LE', 'E£'], scaledOnly: true, example: 'LE 5bn', reason: 'Egyptian papers write the pound as LE or E£' },
  { code: 'CNY', before: ['Rmb'], scaledOnly: false, example: 'Rmb3bn', reason: 'the financial press writes the renminbi as Rmb' },
];

/**
 * Words several countries use for their currency ("4.2 billion crowns", "300 million pesos"): the text's places,
 * adjectives and exchange words tell which. Each option lists the cues that pick it; with no cue the words name no
 * currency we can tell, and a sum of millions is money of no stated currency (`UNSTATED_CURRENCY`).
 */
export const REGIONAL_CURRENCY_WORDS: readonly {
  words: readonly string[];
  options: readonly { code: string; cues: RegExp }[];
  example: string;
  code: string;
  reason: string;
}[] = [
  {
    words: ['crowns', 'crown', 'kronor', 'krona', 'kroner', 'krone', 'koruna', 'korunas', 'kronur'],
    options: [
      { code: 'SEK', cues: /\b(?:swed(?:en|ish)|stockholm|gothenburg|g\u00f6teborg|malm\u00f6|uppsala|kronor|krona)\b|\bSTO:|\bAB\b/i },
      { code: 'NOK', cues: /\b(?:norw(?:ay|egian)|oslo|bergen|stavanger|trondheim)\b|\bOSE:|\bASA\b/i },
      { code: 'DKK', cues: /\b(?:denmark|danish|copenhagen|aarhus|odense)\b|\bA\/S\b/i },
      { code: 'CZK', cues: /\b(?:czech|prague|brno|koruna|korunas)\b|\bPSE:/i },
      { code: 'ISK', cues: /\b(?:iceland(?:ic)?|reykjavik|kronur)\b/i },
    ],
    example: 'STOCKHOLM - Varnhold agreed to buy Tostia for 4.2 billion crowns.',
    code: 'SEK',
    reason: 'Sweden, Norway, Denmark, the Czech Republic and Iceland each pay in crowns; the story says where it is',
  },
  {
    words: ['pesos', 'peso'],
    options: [
      { code: 'ARS', cues: /\b(?:argentin(?:a|e|ian)|buenos aires|c\u00f3rdoba|rosario)\b/i },
      { code: 'CLP', cues: /\b(?:chile(?:an)?|santiago|valpara\u00edso)\b/i },
      { code: 'COP', cues: /\b(?:colombian?|bogot\u00e1|bogota|medell\u00edn|medellin)\b/i },
      { code: 'PHP', cues: /\b(?:philippines?|filipino|manila|cebu)\b/i },
      { code: 'MXN', cues: /\b(?:mexic(?:o|an)|monterrey|guadalajara)\b/i },
    ],
    example: 'SANTIAGO - Quelen will pay 90 billion pesos for the port.',
    code: 'CLP',
    reason: 'several Latin American countries and the Philippines pay in pesos; a story placed in one of them pays in its pesos',
  },
  {
    words: ['riyals', 'riyal', 'rials', 'rial'],
    options: [
      { code: 'SAR', cues: /\b(?:saudi|riyadh|jeddah|jiddah|dammam|khobar|yanbu|jubail)\b|\bTadawul\b/i },
      { code: 'QAR', cues: /\b(?:qatar(?:i)?|doha)\b/i },
      { code: 'OMR', cues: /\b(?:oman(?:i)?|muscat|sohar|duqm)\b/i },
      { code: 'YER', cues: /\b(?:yemen(?:i)?|sanaa|sana'a)\b/i },
      { code: 'IRR', cues: /\b(?:iran(?:ian)?|tehran)\b/i },
    ],
    example: 'RIYADH - Karsen Power will pay 1.9 billion riyals for four turbines.',
    code: 'SAR',
    reason: 'Saudi Arabia, Qatar, Oman, Yemen and Iran pay in riyals or rials; the story says where it is',
  },
  {
    words: ['dinars', 'dinar'],
    options: [
      { code: 'KWD', cues: /\b(?:kuwait(?:i)?)\b/i },
      { code: 'BHD', cues: /\b(?:bahrain(?:i)?|manama)\b/i },
      { code: 'JOD', cues: /\b(?:jordan(?:ian)?|amman)\b/i },
      { code: 'IQD', cues: /\b(?:iraq(?:i)?|baghdad|basra|erbil)\b/i },
      { code: 'DZD', cues: /\b(?:alger(?:ia|ian)|algiers|oran)\b/i },
      { code: 'TND', cues: /\b(?:tunisi(?:a|an)|tunis|sfax)\b/i },
      { code: 'LYD', cues: /\b(?:liby(?:a|an)|tripoli|benghazi)\b/i },
      { code: 'RSD', cues: /\b(?:serbi(?:a|an)|belgrade)\b/i },
    ],
    example: 'AMMAN - Wrenfold Cement sold its quarry to Tarvo for 85 million dinars.',
    code: 'JOD',
    reason: 'Kuwait, Bahrain, Jordan, Iraq, Algeria, Tunisia, Libya and Serbia pay in dinars; the story says where it is',
  },
];

/**
 * Dollars a country's own press writes with a bare "$" ("is paying $235 million" in a city paper, beside a wire's "C$210
 * million"): a bare "$" or "dollars" is the US dollar only by default, and may be one of these (`isBareDollar`). Hong
 * Kong, Singapore and Taiwan sums reach English text converted or marked, so their dollars are not listed.
 */
export const BARE_DOLLAR_CURRENCIES: ReadonlySet<string> = new Set(['CAD', 'AUD', 'NZD']);

/** A dollar written with a country's mark: "US$", "C$", "A$", "NZ$", "USD", "Canadian dollars". */
const MARKED_DOLLAR = /\b(?:U\.?S|C|CA|Can|A|AU|NZ|HK|S|NT)\s?\$|\b(?:USD|CAD|AUD|NZD|HKD|SGD|TWD)\b|\b(?:U\.S\.|american|canadian|australian|new zealand|hong kong|singapore|taiwan)\s+dollars?\b/i;

/**
 * Whether a sum read as US dollars was written with a bare "$" or "dollars" ("$235 million", "40 bucks") in a sentence
 * that marks no dollar with its country: where the sentence marks one ("A$1.4 billion ... a $3B market"), its bare
 * dollar is told apart from it.
 */
export const isBareDollar = (currency: string, text: string, sentence: string): boolean => currency === 'USD' && !MARKED_DOLLAR.test(text) && !MARKED_DOLLAR.test(sentence);

/** ISO 4217's code for no currency: a sum said with none stated, or in a word whose country the text never tells. */
export const UNSTATED_CURRENCY = 'XXX';

const REGIONAL = new Map(REGIONAL_CURRENCY_WORDS.flatMap((entry) => entry.words.map((w) => [w, entry] as const)));

/** Whether a word is one several countries' currencies share: "crowns", "pesos", "riyals". */
export const isRegionalCurrencyWord = (word: string): boolean => REGIONAL.has(word);

/** The currency a regional word names in this text ("crowns" in a Stockholm story), or null when no single cue tells. */
export function regionalCurrency(word: string, text: string): string | null {
  const entry = REGIONAL.get(word);
  if (!entry) return null;
  const cued = entry.options.filter((o) => o.cues.test(text));
  if (cued.length === 1) return cued[0]!.code;
  // ("about 1.8 billion crowns for the pair, or NOK 900 million a hull": a text that writes one option's code
  // elsewhere pays in that option's crowns.)
  const coded = (cued.length > 0 ? cued : entry.options).filter((o) => codeWritten(o.code, text));
  return coded.length === 1 ? coded[0]!.code : null;
}

/** Whether a text writes a currency's code as a word of its own: "NOK 650 million", "(SEK)". */
function codeWritten(code: string, text: string): boolean {
  let at = text.indexOf(code);
  while (at >= 0) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + code.length] ?? ' ';
    if (!/[A-Za-z]/.test(before) && !/[A-Za-z]/.test(after)) return true;
    at = text.indexOf(code, at + 1);
  }
  return false;
}

export interface CurrencyHit {
  code: string;
  /** 1; 0.01 for "cents"/"pence"; 1e6 for "MUSD". */
  factor: number;
  ifScaled: boolean;
}

/** Words for a hundredth of any currency, after a major amount: "3 dollars 50 cents", "20 ringgit and 43 sen". */
export const MINOR_WORDS: ReadonlySet<string> = new Set(['cent', 'cents', 'c', '¢', 'pence', 'penny', 'pennies', 'p', 'sen', 'sens', 'kopiyka', 'kopiykas', 'kopecks', 'paise']);

const ISO = /^[A-Z]{3}$/;

function buildMaps(): { before: Map<string, CurrencyHit>; folded: Map<string, CurrencyHit>; after: Map<string, CurrencyHit> } {
  const before = new Map<string, CurrencyHit>();
  const folded = new Map<string, CurrencyHit>();
  const after = new Map<string, CurrencyHit>();
  for (const c of CURRENCIES) {
    const hit = { code: c.code, factor: 1, ifScaled: false };
    for (const b of c.before) {
      before.set(b, hit);
      // "US$", "hk $", "usd$": forms with a symbol may be written in any case
      if (/[^\p{L}.\s]/u.test(b) && /\p{L}/u.test(b)) {
        folded.set(b.toLowerCase(), hit);
        if (!/\s/u.test(b)) after.set(b.toLowerCase(), hit); // "3.14US$"
      }
      // symbols may follow the number too: "15€", "100 $"
      if (!/\p{L}/u.test(b)) after.set(b, hit);
      // "MUSD 30", "30 MEUR": millions of a currency
      if (ISO.test(b)) {
        before.set(`M${b}`, { code: c.code, factor: 1e6, ifScaled: false });
        after.set(`m${b.toLowerCase()}`, { code: c.code, factor: 1e6, ifScaled: false });
      }
    }
    for (const b of c.beforeIfScaled ?? []) before.set(b, { code: c.code, factor: 1, ifScaled: true });
    for (const a of c.after) after.set(a, hit);
    for (const a of c.afterIfScaled ?? []) after.set(a, { code: c.code, factor: 1, ifScaled: true });
    for (const a of c.minor ?? []) after.set(a, { code: c.code, factor: 0.01, ifScaled: false });
  }
  for (const c of PRESS_SIGNS) {
    const hit = { code: c.code, factor: 1, ifScaled: c.scaledOnly };
    for (const b of c.before ?? []) before.set(b, hit);
    for (const a of c.after ?? []) after.set(a, hit);
  }
  // (A runtime currency's code or name never stands for one the table reads: "rand" stays the table's.)
  for (const c of RUNTIME_CURRENCIES) {
    const hit = { code: c.code, factor: 1, ifScaled: false };
    for (const b of c.before) if (!before.has(b)) before.set(b, hit);
    for (const a of c.after) if (!after.has(a)) after.set(a, hit);
    for (const a of c.afterIfScaled ?? []) if (!after.has(a)) after.set(a, { code: c.code, factor: 1, ifScaled: true });
  }
  return { before, folded, after };
}

const MAPS = buildMaps();

/** Currency written before a number ("US$", "€", "USD", "MUSD"), matched exactly as written. */
export const CURRENCY_BEFORE: PhraseTable<CurrencyHit> = phraseTable(MAPS.before, false);
/** Symbol forms before a number in any case: "us $", "hk$", "usd$". */
export const CURRENCY_BEFORE_FOLDED: PhraseTable<CurrencyHit> = phraseTable(MAPS.folded);
/** Currency written after a number ("dollars", "us dollars", "cents"), matched lower-case. */
export const CURRENCY_AFTER: PhraseTable<CurrencyHit> = phraseTable(MAPS.after);
