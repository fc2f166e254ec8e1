import { CURRENCIES, RUNTIME_CURRENCIES } from '../quantities/currencies.js';

/**
 * Tables about how text writes names: stock exchanges that precede tickers, the nouns that make a public body
 * a party, and the verbs that make a name a speaker rather than a party.
 */

/** Exchange codes written before a ticker: "(NYSE: SEP)", "(ASX: KRW)", "(SIX: HBIO)". */
export const STOCK_EXCHANGES: ReadonlySet<string> = new Set([
  'NYSE', 'NASDAQ', 'AMEX', 'NYSEAMERICAN', 'OTC', 'OTCQX', 'OTCQB', 'CBOE', 'LSE', 'LON', 'AIM', 'TSX', 'TSXV', 'CSE', 'ASX',
  'NZX', 'NSE', 'BSE', 'SIX', 'SWX', 'TYO', 'TSE', 'JPX', 'HKEX', 'HKG', 'HK', 'SGX', 'XETRA', 'ETR', 'FRA', 'FWB', 'EPA',
  'EURONEXT', 'AMS', 'EBR', 'ELI', 'OSE', 'OSL', 'OB', 'STO', 'OMX', 'CPH', 'HEL', 'ICE', 'KRX', 'KOSPI', 'KOSDAQ', 'JSE',
  'BMV', 'B3', 'BOVESPA', 'TASE', 'SSE', 'SZSE', 'SHA', 'SHE', 'TWSE', 'TPE', 'IDX', 'SET', 'BIT', 'BME', 'MCX', 'WSE',
  'BVMF', 'BVL', 'BCS', 'ADX', 'DFM', 'TADAWUL', 'QSE', 'EGX', 'PSE', 'BURSA', 'KLSE', 'VIE', 'ATH', 'IST', 'BIST',
]);

/**
 * Country codes an analyst note writes after a ticker, Bloomberg style: "SOLN FP |", "GRM LN (-0.4%):", "BRSH SW -".
 * US, UK (LN), France (FP), Germany (GY, GR), Switzerland (SW, SE), Italy (IM), Spain (SM), Netherlands (NA), Belgium (BB),
 * Austria (AV), the Nordics (DC, FH, NO, SS), Ireland (ID), Portugal (PL), Poland (PW), Czechia (CP), Hungary (HB),
 * Greece (GA), Turkey (TI), Japan (JP, JT), Hong Kong (HK), China (CH, C1, C2), Korea (KS, KQ), Taiwan (TT), Australia
 * (AU), New Zealand (NZ), Singapore (SP), India (IN, IB, IS), Malaysia (MK), Thailand (TB), Indonesia (IJ), the
 * Philippines (PM), South Africa (SJ), Brazil (BZ), Mexico (MM), Chile (CI), Argentina (AR), Canada (CN, CT, CF).
 */
export const TICKER_COUNTRY_CODES: ReadonlySet<string> = new Set([
  'US', 'LN', 'FP', 'GY', 'GR', 'SW', 'SE', 'IM', 'SM', 'NA', 'BB', 'AV', 'DC', 'FH', 'NO', 'SS', 'ID', 'PL', 'PW', 'CP', 'HB', 'GA', 'TI',
  'JP', 'JT', 'HK', 'CH', 'C1', 'C2', 'KS', 'KQ', 'TT', 'AU', 'NZ', 'SP', 'IN', 'IB', 'IS', 'MK', 'TB', 'IJ', 'PM', 'SJ', 'BZ', 'MM', 'CI',
  'AR', 'CN', 'CT', 'CF',
]);

/**
 * A wire's code for a stock and its market (a Reuters instrument code): "HURL.O", "QLLY.OQ", "TFW.KL", "BMNT.SW", and
 * with a share class, "SNDR-B.ST".
 */
export const RIC = /^[A-Z][A-Z0-9]{0,7}(?:-[A-Z])?\.[A-Z]{1,2}$/;

/** The ticker of a wire's code, without its share class and market: "SNDR-B.ST" is "SNDR"; other text, null. */
export function ricRoot(text: string): string | null {
  return RIC.test(text) ? text.replace(/(?:-[A-Z])?\.[A-Z]{1,2}$/, '') : null;
}

/** Head nouns of a public body that can be a party: "the UK government", "the Energy Department", "Ministers". */
export const PUBLIC_BODY_NOUNS: ReadonlySet<string> = new Set([
  'government', 'ministry', 'ministers', 'minister', 'department', 'cabinet', 'treasury', 'administration', 'state',
  'regulator', 'agency', 'council', 'commission', 'parliament', 'province', 'municipality', 'city', 'authority', 'directorate',
]);

/** Verbs that report speech: the name before them is a speaker ("Business Secretary Helen Candworth said"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes',
  'commented', 'comments', 'explained', 'explains', 'stated', 'states', 'argued', 'argues', 'remarked', 'observed',
  'estimated', 'estimates', 'predicted', 'predicts', 'cautioned', 'warned', 'warns', 'insisted', 'confirmed', 'confirms',
  'reported', 'reports', 'calculated', 'calculates', 'believes', 'believed', 'thinks', 'thought', 'reckons', 'reckoned',
]);

/**
 * Verbs of hearing and telling whose "-ing" or past form opens a post that drops its "I'm" or "I was": "Hearing Tarvo is
 * lining up a bid", "Told Quorrel is buying", "Understand Siskin walked". Before a name they are no word of the name.
 */
const HEARSAY_VERBS: readonly (readonly string[])[] = [
  ['hear', 'hearing', 'heard'], ['tell', 'told'], ['understand', 'understood'], ['gather', 'gathering', 'gathered'],
  ['learn', 'learned', 'learnt'], ['whisper', 'whispered'], ['rumour', 'rumoured', 'rumored'], ['expect', 'expecting'], ['sense', 'sensing'],
];
export const HEARSAY_OPENERS: ReadonlySet<string> = new Set(HEARSAY_VERBS.flatMap((forms) => forms.slice(1)).concat('understand', 'gather'));

/** Words for people who comment on a deal and are never its parties: "analysts at Pellan Partners said". */
export const COMMENTATOR_NOUNS: ReadonlySet<string> = new Set([
  'analyst', 'analysts', 'strategist', 'strategists', 'economist', 'economists', 'commentator', 'commentators',
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'lawyer', 'lawyers', 'banker', 'bankers', 'observers',
  'commissioner', 'secretary', 'governor', 'mayor', 'chairman', 'chairwoman', 'chair', 'president', 'director',
  'officer', 'executive', 'minister', 'official', 'officials', 'source', 'sources', 'researcher', 'researchers',
]);

/** Titles that open an officer's name after the firm's: "Vereda CFO Luana Pastholm", "Tesketh chief executive". */
export const OFFICER_TITLES: ReadonlySet<string> = new Set(['ceo', 'cfo', 'coo', 'cto', 'chief', 'founder', 'co-founder', 'boss', 'head', 'partner', 'chairman', 'chairwoman', 'chair', 'president', 'director',
  // ("EVP Park Ji-hoon:", "SVP Lena Ostrova said", "MD Rakesh Iyer": titles in short.)
  'evp', 'svp', 'vp', 'md', 'cio', 'cco', 'cmo', 'cso']);

/** Words of an officer's title besides the titles themselves: "chief commercial officer", "vice president". */
export const TITLE_FILLERS: ReadonlySet<string> = new Set(['commercial', 'financial', 'operating', 'technology', 'investment', 'managing', 'general', 'senior', 'deputy', 'vice', 'of', 'and', 'group', 'global', 'counsel', 'executive', 'officer']);

/** Label words of a transcript that name a role, not a person: "HOST", "GUEST 2", "ANALYST", "Q". */
export const ROLE_LABELS: ReadonlySet<string> = new Set(['host', 'co-host', 'cohost', 'guest', 'analyst', 'reporter', 'moderator', 'interviewer', 'caller', 'anchor', 'presenter', 'panelist', 'panellist', 'speaker', 'operator', 'q', 'a']);

/**
 * ISO 4217 codes the runtime knows ("HUF", "KES", "PLN"; 162 on Node 20), beside those of the money table: written
 * in capitals before a figure ("HUF 2.1trn") a code is never a name, even where the money table cannot read it.
 */
export const ISO_CURRENCY_CODES: ReadonlySet<string> = new Set(
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : CURRENCIES.map((c) => c.code),
);

/** Currency codes and letters written before an amount ("CHF", "Rs", "NOK"): never a name, from the currency table. */
export const CURRENCY_NAMES: ReadonlySet<string> = new Set(
  CURRENCIES.flatMap((c) => [c.code, ...c.before]).filter((w) => /^[A-Za-z.]+$/.test(w)).map((w) => w.toLowerCase()),
);

/** Currency names of more than one word, lower-case ("aussie dollars", "swiss francs", "hong kong dollars"), from the currency table. */
export const CURRENCY_PHRASES: ReadonlySet<string> = new Set([...CURRENCIES, ...RUNTIME_CURRENCIES].flatMap((c) => c.after).filter((w) => w.includes(' ')));

/**
 * Lowercase nouns that make the name before them a place or an asset, not a party: "near Gopalpur port",
 * "the Teesside steelworks", "Avocet's Abilene campus", "its Hokkaido plant", "Bannmark's Morowali operations".
 */
export const SITE_NOUNS: ReadonlySet<string> = new Set([
  'port', 'city', 'region', 'province', 'county', 'district', 'plant', 'plants', 'site', 'sites', 'campus',
  'facility', 'facilities', 'complex', 'field', 'fields', 'mine', 'mines', 'airport', 'refinery', 'terminal', 'operations',
  'fab', 'factory', 'mill', 'steelworks', 'reactor', 'station', 'basin', 'deposit', 'smelter', 'hub', 'park', 'estate',
  'operation', 'project', 'laboratory', 'stadium', 'venue', 'wind', 'farm',
  // "its Castleford depot", "that enormous Castleford shed", "the Riverside warehouse": buildings let and sold by name
  'depot', 'shed', 'warehouse', 'yard', 'shipyard', 'quarry', 'dock', 'berth', 'building', 'tower', 'mall', 'hotel', 'arena',
  // "Cabholm's smaller Bindoo pit", "its Grebe oilfield", "the Nonlan pipeline": what is dug, drilled or laid
  'pit', 'pits', 'oilfield', 'oilfields', 'gasfield', 'gasfields', 'pipeline', 'pipelines',
]);

/** Nouns of the firm that makes a product: "developer of the Quorrel app", "the maker of Pertwick". */
export const MAKER_NOUNS: ReadonlySet<string> = new Set(['maker', 'developer', 'publisher', 'creator', 'designer', 'manufacturer']);

/** Site nouns that say where, never what changes hands ("the city", "its operations", a firm's unit). */
const NOT_ASSETS: ReadonlySet<string> = new Set(['city', 'region', 'province', 'county', 'district', 'basin', 'operation', 'operations', 'wind']);

/**
 * Things that change hands as assets, not as a company or a stake: the sites above ("the Abilene campus", "four
 * operating projects") and what moves or is let ("a solar portfolio", "its fleet", "120 stores"). Buying one is a sale
 * of goods whatever the verb ("acquire", "snap up").
 */
export const ASSET_NOUNS: ReadonlySet<string> = new Set([
  ...[...SITE_NOUNS].filter((w) => !NOT_ASSETS.has(w)),
  'asset', 'assets', 'projects', 'portfolio', 'portfolios', 'fleet', 'farms', 'parks', 'terminals', 'tower', 'towers',
  'building', 'buildings', 'factories', 'refineries', 'pipeline', 'pipelines', 'property', 'properties', 'hotel', 'hotels',
  'stores', 'branches', 'depot', 'depots', 'warehouse', 'warehouses', 'centre', 'centres', 'center', 'centers', 'licences',
  'licenses', 'vessels', 'ships', 'tankers', 'rigs',
]);

/** Ratings an analyst gives a firm, in the parentheses after its name: "Seshand (Buy, TP KRW 164,000)", "(Outperform)". */
export const RATING_WORDS: ReadonlySet<string> = new Set([
  'buy', 'sell', 'hold', 'overweight', 'underweight', 'outperform', 'underperform', 'neutral', 'accumulate', 'reduce',
  'add', 'equal-weight', 'market-perform', 'sector-perform', 'strong',
  // ("SPEC BUY", "Speculative Buy": a rating of a stock whose profits lie ahead.)
  'spec', 'speculative',
]);

/** Words that change or keep a rating before it: "Upgrade to Buy", "Reiterate Overweight", "Initiate at Hold". */
export const RATING_CHANGES: ReadonlySet<string> = new Set(['upgrade', 'upgraded', 'downgrade', 'downgraded', 'reiterate', 'reiterated', 'reit', 'reiterating', 'reaffirm', 'reaffirmed', 'spec', 'speculative', 'maintain', 'maintained', 'initiate', 'initiated', 'resume', 'keep', 'move', 'moved', 'raise', 'cut']);

/** A short form that names in business text write for a word of a company's name, and the word it stands for. */
export interface NameAbbreviation {
  short: string;
  full: string;
  example: string;
}

/**
 * Short forms of words in company names ("Waskris Bros." for "Waskris Brothers"): the entity table reads every
 * form as its full word, so two spellings of one name key alike. Only forms that stand for one word in a firm's
 * name are listed; a short form that is an English word of its own ("Co", "Ind") is left out.
 */
export const NAME_ABBREVIATIONS: readonly NameAbbreviation[] = [
  { short: 'bros', full: 'brothers', example: 'Waskris Bros. / Waskris Brothers' },
  { short: 'intl', full: 'international', example: "Kessel Int'l / Kessel International" },
  { short: 'mfg', full: 'manufacturing', example: 'Oglan Mfg. / Oglan Manufacturing' },
  { short: 'natl', full: 'national', example: "First Nat'l Bank of Tarrow / First National Bank of Tarrow" },
  { short: 'svcs', full: 'services', example: 'Diskmoor Clinical Svcs / Diskmoor Clinical Services' },
  { short: 'hldgs', full: 'holdings', example: 'Pishthorpe Hldgs / Pishthorpe Holdings' },
  { short: 'grp', full: 'group', example: 'Varlash Media Grp / Varlash Media Group' },
  { short: 'inds', full: 'industries', example: 'Koshford Heavy Inds / Koshford Heavy Industries' },
  { short: 'assoc', full: 'associates', example: 'Pellan Assoc. / Pellan Associates' },
  { short: 'labs', full: 'laboratories', example: 'Otoll Labs / Otoll Laboratories' },
  { short: 'pharma', full: 'pharmaceuticals', example: 'Zandira Pharma / Zandira Pharmaceuticals' },
  { short: 'pharmaceutical', full: 'pharmaceuticals', example: 'Zandira Pharmaceutical / Zandira Pharmaceuticals' },
  { short: 'tech', full: 'technologies', example: 'Quellix Tech / Quellix Technologies' },
  { short: 'technology', full: 'technologies', example: 'Quellix Technology / Quellix Technologies' },
  { short: 'uni', full: 'university', example: 'Caskmoor Uni / Caskmoor University' },
];

/** `NAME_ABBREVIATIONS` by short form. */
export const FULL_NAME_WORDS: ReadonlyMap<string, string> = new Map(NAME_ABBREVIATIONS.map((a) => [a.short, a.full]));
