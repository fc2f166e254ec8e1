import type { Quantity } from '../schema/quantity.js';

/**
 * When a percentage is a deal's figure: the share of a firm, a book or an output that changes hands ("a 7% stake",
 * "30% for A$540m", "the 15% sale to Tesketh", "will take 100% of the mine's output"), or the premium a bid pays.
 * "Shares fell 4%", "a 41% jump in revenue" and "20% of sales" are news of their own. Each way of telling is a
 * record: the words right before or after the percentage, an example and a reason.
 */
export interface DealPercentRule {
  name: string;
  /** Matched against up to 60 characters before the percentage. */
  before?: RegExp;
  /** Matched against up to 60 characters after it. */
  after?: RegExp;
  example: string;
  reason: string;
}

/** "taking it to", "raising its holding to": the words before the share a raise takes a holder to (`raised-to-before`). */
export const RAISED_TO_BEFORE = /\b(?:taking|lifting|raising|bringing|boosting|increasing|took|lifted|raised|brought|boosted|increased|takes|lifts|raises|brings|boosts|increases)\s+(?:it|them|(?:its|their|the)\s+\w+)\s+to(?:\s+(?:about|roughly|nearly|some|just|almost|around)){0,2}\s+$/i;

export const DEAL_PERCENT_RULES: readonly DealPercentRule[] = [
  {
    name: 'stake-noun-after',
    after: /^\s*(?:(?!of\s|in\s|and\s|to\s|for\s)[\w&.'\u2019-]+\s+){0,3}(?:stake|holding|shareholding|slice|block|position|chunk)\b/,
    example: 'Ibarreta sells 49% Chile motorway stake to Northmere for €1.05 bln.',
    reason: 'a share written before a stake noun is the share the deal moves, whatever describes the stake',
  },
  {
    name: 'stake-noun-before',
    before: /\b(?:stake|interest|holding|shareholding|ownership|investment)(?::|\s)\s*(?:[\u2013\u2014-]\s*)?(?:of\s+|at\s+|to\s+|by\s+)?(?:about\s+|roughly\s+|some\s+|around\s+)?$/i,
    example: 'Hostsund will take a stake of 25% in Tashric Freight for $200 million.',
    reason: 'a share a stake is said to be, to come to ("lifting its holding to 60%") or to grow by ("lifts its stake by 12%"), is the stake or the holding',
  },
  {
    name: 'stake-in-firm-to',
    before: /\b(?:stake|interest|holding|shareholding|position|ownership)\s+in\s+(?:[\w&.'\u2019-]+\s){1,5}(?:to|at)\s+(?:about\s+|roughly\s+|some\s+|around\s+|nearly\s+|almost\s+)?$/i,
    example: 'Hostsund lifted its holding in Tashric Freight to 34%.',
    reason: 'a share a stake in a named firm comes to, or stands at, is the holding the deal leaves',
  },
  {
    name: 'interest-after',
    after: /^\s*(?:(?:equity|voting|minority|majority|controlling|economic|ownership|direct|indirect|additional|further)\s+)?(?:interest(?!\s+(?:rate|payment|cost|expense|income))|ownership|investment)\b/,
    example: 'Hostsund bought a 30% interest in Tashric Freight for $200 million.',
    reason: 'an interest, ownership or investment of a share is a stake',
  },
  {
    name: 'of-or-in-after',
    after: /^\s*(?:of|in)\b(?!\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['\u2019]s\s+)?(?:\w+\s+)?(?:output|production|supply)\b)/,
    example: 'Hilgate agreed to buy 20% of Nyota Mining for A$360 million.',
    reason: 'a share of a firm, or in one, is the stake; a share of output is one only when a verb takes it (`taken-before`)',
  },
  {
    name: 'taken-before',
    before: /\b(?:takes?|taking|took|holds?|holding|held|owns?|owning|owned|buys?|buying|bought|acquires?|acquiring|acquired|sells?|selling|sold|keeps?|keeping|kept|retains?|retaining|retained|grabb(?:ing|ed)|grabs?|assumes?|assuming|assumed|reinsures?|reinsuring|reinsured|cedes?|ceding|ceded|divests?|divesting|divested)\s+(?:(?:a|an|the|another|further|additional|remaining|just|under|over|about|roughly|nearly|almost|around|some|only|exactly)\s+){0,3}$/i,
    example: 'Kurokawa will hold 35% of the Jubail joint venture.',
    reason: 'a share that a verb of owning or moving ownership takes as its object is the stake',
  },
  {
    name: 'deal-noun-of-before',
    before: /\b(?:purchase|sale|acquisition|disposal|sell-?down|transfer|placement|subscription)\s+of(?:\s+(?:a|an|the|another|further|additional|remaining|just|under|over|about|roughly|nearly|almost|around|some|only|exactly)){0,3}\s+$/i,
    example: "Quillsby's purchase of another 5% reads as a push for a board seat.",
    reason: 'a share a deal noun is told of ("the sale of 30%") is the stake that deal moves',
  },
  {
    name: 'step-then-holding',
    before: /\b(?:stake|holding|interest|shareholding)\s+by\s+\d[\d.,]*\s?(?:%|percent|per\s+cent)\s+to\s+$/i,
    example: 'Quillsby lifts Brackmoor stake by 12% to 20.5%.',
    reason: 'the share after a stake\'s step ("by 12% to") is the holding the step leaves',
  },
  {
    name: 'raised-to-before',
    before: RAISED_TO_BEFORE,
    example: 'Quillsby bought another 3% of Brackmoor, taking it to 20%.',
    reason: 'the share a raise takes a holder to is the holding the deal leaves, as "lifting its holding to 60%" is',
  },
  {
    name: 'owned-by-after',
    after: /^\s*(?:owned|held|controlled)\s+by\b/,
    example: 'Pehuén formed Consorcio Vial Plover, a joint venture 60% owned by Pehuén, with Altay İnşaat.',
    reason: 'a share a firm owns of a venture is its stake',
  },
  {
    name: 'priced-after',
    after: /^\s*(?:[,:]\s*)?(?:for|at)\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|~\s*)?(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5\u20b9]|(?:USD|EUR|GBP|JPY|CHF|NOK|SEK|DKK|INR|CNY|AUD|CAD|HKD|SGD|BRL)\s*\d|\d[\d.,]*\s*(?:bn|billion|mn|m|million)\b)/,
    example: 'Hilgate buys into Nyota: 30% for A$540m.',
    reason: 'a share with a price after it is the stake the price buys',
  },
  {
    name: 'priced-before',
    before: /(?:[$\u20ac\u00a3\u00a5\u20b9]\s?\d[\d.,]*(?:\s?(?:bn|billion|mn|m|million|k)\b)?|(?<![\d.,])\d[\d.,]*\s?(?:bn|billion|mn|million)\b)(?:\s+[a-z]+){0,2}\s+for\s+(?:(?:a|an|the|another|further|additional|remaining|just|under|over|about|roughly|nearly|some)\s+){0,3}$/i,
    example: 'Famridge first bought into Oroval in 2022, paying €560m for 14%.',
    reason: 'a share a price is paid for is the stake the price buys',
  },
  {
    name: 'deal-noun-after',
    after: /^\s*(?:(?:equity|minority|majority)\s+)?(?:sale|purchase|acquisition|offtake|cession|carve-?out|buy-?in|takeover|(?:quota\s+)?share\s+(?:of|in)\b(?!\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?market)|quota\s+share)/,
    example: 'Analysts at Otoll & Hale said the 15% sale to Tesketh implies an equity value of roughly €1.6bn for Varant.',
    reason: 'a share written before a deal noun is the share that deal moves',
  },
  {
    name: 'said-alone',
    before: /\b(?:it['\u2019]s|it\s+is|it\s+was|that['\u2019]s|that\s+is|that\s+was)\s+(?:about\s+|roughly\s+|around\s+|just\s+over\s+|just\s+under\s+)?$/i,
    example: 'HOST: So Tarvo is buying into Siskin. GUEST: Right, it\'s twenty-four percent, that much I know.',
    reason: 'in talk a share said on its own ("it\'s twenty-four percent") answers what a stake the speakers were telling is',
  },
  {
    name: 'venture-split',
    after: /^\s*(?:joint\s+venture|JV|venture|split|partnership|ownership)\b/i,
    before: /\bsplit\s+(?:of\s+)?$/i,
    example: 'Kellsmoor and Tarnveld will build the plant through a 60:40 joint venture.',
    reason: 'a split written before a venture ("a 50-50 joint venture", "split 70/30") divides the venture the deal forms',
  },
  {
    name: 'premium-after',
    after: /^\s*(?:premium|discount)\b/,
    example: 'Hostsund offered $41 a share for Tashric Freight, a 68% premium.',
    reason: 'the premium a bid pays is one of its terms, which sources may state differently',
  },
];

/** "like-for-like sales fell 2.1% in the half", "shares rose 4% on": a share a figure moved by, never a stake. */
const MOVED_BY = /\b(?:fell|falls?|rose|rises?|gained|gains?|dropped|drops?|slipped|slips?|jumped|jumps?|climbed|climbs?|declined|declines?|grew|grows?|surged|surges?|slumped|slumps?|tumbled|soared)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+|by\s+)?$/i;
/** "lifting its shares up 9%", "stock closed down 4%": a price moved by, told with "up" or "down" after what moved. */
const MOVED_UP_OR_DOWN = /\b(?:shares?|stock|price|index|sales|revenues?|profits?|earnings)\s+(?:(?:were|was|are|is|closed|ended|traded|finished|opened)\s+)?(?:up|down|higher|lower)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+|by\s+)?$/i;
/** "9% in after-hours trading", "4% in early dealings": a move in a trading session, whatever stands before it. */
const IN_TRADING = /^\s*in\s+(?:[\w-]+\s+){0,2}(?:trading|trade|dealings|session)\b/i;
/** "20% more", "a 41% jump", "7% dilution": a share of change, not of ownership. */
const CHANGE_AFTER = /^\s*(?:more|less|fewer|higher|lower|above|below|up|down|increase|rise|jump|drop|fall|decline|growth|gain|cut|reduction|dilution|annually|a\s+year|per\s+year|year-on-year|yoy)\b/i;

/** "20% of sales", "30% of the market": a share of a business's figures, never of the business. */
const OF_FIGURES = /^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['\u2019]s\s+)?(?:\w+\s+)?(?:sales|revenues?|rev|turnover|market|profits?|earnings|volumes?|costs?|exports|imports|demand|ebitda|gdp|cases|traffic|votes?)\b/i;

/** The words after a percentage that make it the premium or discount a price pays, not a stake (`premium-after`). */
const PREMIUM_AFTER = DEAL_PERCENT_RULES.find((r) => r.name === 'premium-after')!.after!;

/** The mark a premium's percentage carries in its rule, so a comparison in another sentence can tell it from a stake. */
export const PREMIUM_MARK = '@premium';

/**
 * "a 6.5% discount to Monday's price": a premium's percentage, its rule marked with `PREMIUM_MARK`; other quantities as
 * they are. (The claim a later sentence's figures join holds only its own sentence's words.)
 */
export function markPremium(text: string, q: Quantity): Quantity {
  if (q.unit !== '%' || !PREMIUM_AFTER.test(text.slice(q.span.end, q.span.end + 30))) return q;
  return { ...q, rule: `${q.rule}${PREMIUM_MARK}` };
}

/** Whether percentage `q` of `text` is a deal's figure by one of `DEAL_PERCENT_RULES`. Other units always are. */
export function isDealPercent(text: string, q: Quantity): boolean {
  if (q.unit !== '%') return true;
  const before = text.slice(Math.max(0, q.span.start - 60), q.span.start);
  const after = text.slice(q.span.end, q.span.end + 60);
  if (MOVED_BY.test(before) || MOVED_UP_OR_DOWN.test(before) || CHANGE_AFTER.test(after) || OF_FIGURES.test(after) || IN_TRADING.test(after)) return false;
  return DEAL_PERCENT_RULES.some((r) => (r.before?.test(before) ?? false) || (r.after?.test(after) ?? false));
}
