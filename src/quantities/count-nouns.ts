import { BOUND_BEFORE_MAP } from './bounds.js';
import type { Context } from './context.js';
import { CURRENCY_AFTER } from './currencies.js';
import { FRACTIONS, ORDINALS, SCALES, SMALL, TENS } from './number-words.js';
import type { NumberHit } from './numbers.js';
import { phraseAt } from './phrases.js';
import { TIME_UNIT_MAP } from './time-units.js';
import type { Token } from './tokens.js';
import { UNIT_NAMES, UNIT_SYMBOLS } from './units.js';
import { countsGoods } from '../lexicon/count-kinds.js';
import { NOMINAL_ACTION_FORMS } from '../lexicon/actions.js';

/** Irregular plurals of counted things: "two million people". */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person', children: 'child', men: 'man', women: 'woman', mice: 'mouse', feet: 'foot', geese: 'goose', teeth: 'tooth',
};

/** Endings whose plural the general rules misread ("buses" is no "buse"), each with an example; "minibuses" too. */
export const PLURAL_ENDINGS: readonly { plural: string; singular: string; example: string }[] = [
  { plural: 'buses', singular: 'bus', example: '18 battery-electric buses' },
  { plural: 'viruses', singular: 'virus', example: 'screened 40 viruses' },
  { plural: 'campuses', singular: 'campus', example: 'three new campuses' },
  { plural: 'gases', singular: 'gas', example: 'six greenhouse gases' },
  { plural: 'lenses', singular: 'lens', example: '200 lenses' },
  { plural: 'surpluses', singular: 'surplus', example: 'two surpluses' },
  // (Nouns in -ie, whose plural the -y rule would misread: "twelve movies" counts movies, not "movys".)
  ...['movie', 'cookie', 'calorie', 'rookie', 'goalie', 'selfie', 'smoothie', 'zombie', 'prairie', 'brownie', 'hoodie', 'genie']
    .map((noun) => ({ plural: `${noun}s`, singular: noun, example: `twelve ${noun}s` })),
];

/**
 * Counted things written as a hyphenated adjective before another noun, each with an example: "a 12-launch order",
 * "this week's 75-jet order", "the 120m-share warrant". Listed, because "a 100-page report" or "a 5-star hotel" count
 * nothing a deal is about.
 */
export const ADJECTIVE_COUNT_NOUNS: readonly { noun: string; example: string }[] = [
  ...['jet', 'aircraft', 'plane', 'airliner', 'helicopter', 'launch', 'satellite', 'ship', 'vessel', 'tanker', 'carrier', 'bulker', 'turbine', 'locomotive', 'train',
    'bus', 'truck', 'car', 'vehicle', 'rig', 'store', 'branch', 'site', 'hospital', 'hotel', 'restaurant', 'mine', 'reactor', 'tower', 'route',
    'GPU', 'chip', 'server', 'rack', 'episode', 'title', 'game', 'match', 'fight', 'film', 'drug', 'asset', 'unit', 'home']
    .map((noun) => ({ noun, example: `a 12-${noun} order` })),
  { noun: 'share', example: 'the 120m-share warrant' },
];

const ADJECTIVE_COUNT: ReadonlyMap<string, string> = new Map(ADJECTIVE_COUNT_NOUNS.map((a) => [a.noun.toLowerCase(), a.noun]));

/** Nouns such a compound never counts: "a 40-page contract", "a five-star deal", "a 10-point agreement". */
const NOT_COUNTED: ReadonlySet<string> = new Set(['page', 'star', 'point', 'member', 'person', 'man', 'strong', 'nation', 'party', 'way', 'part', 'step', 'clause', 'word', 'line', 'minute', 'hour', 'day', 'night', 'week', 'month', 'quarter', 'year', 'season', 'decade']);

/** "a 7,500-colony deal", "a 48-school contract": any plain lowercase noun hyphened to a count is counted when a deal noun of
 * the action lexicon follows it (a unit of measure, a currency or a number word is no such noun: "a 300-megawatt contract", "a six-hundred-million bid"). */
function countedByDealNoun(noun: Token, next: Token | undefined): boolean {
  return next !== undefined && NOMINAL_ACTION_FORMS.has(next.lower) && /^[a-z]{3,}$/.test(noun.text) && !NOT_COUNTED.has(noun.lower) && !isNumberWord(noun.lower) && !TIME_UNIT_MAP.has(noun.lower)
    && !UNIT_NAMES.map.has(noun.lower) && !CURRENCY_AFTER.map.has(noun.lower);
}

/** "12-launch order": the counted noun of a hyphenated adjective at `j` (the hyphen), when another word follows. */
export function adjectiveCountAt(t: readonly Token[], j: number): { unit: string; end: number } | null {
  const noun = t[j + 1];
  const next = t[j + 2];
  if (t[j]?.text !== '-' || noun === undefined || noun.kind !== 'word' || t[j - 1]?.end !== t[j]?.start || t[j]?.end !== noun.start) return null;
  // ("a 750-robot rollout", "the 150-coach order": any noun WordNet files under a kind of goods counts too.)
  const unit = ADJECTIVE_COUNT.get(noun.lower) ?? (countsGoods(noun.lower) || countedByDealNoun(noun, next) ? noun.lower : undefined);
  // "a 12-launch order", "a 75-jet 737-X order", not "the 12-launch" at the end or "12-jet-strong"
  if (unit === undefined || next === undefined || next.kind === 'sym' || next.start === noun.end) return null;
  return { unit, end: j + 2 };
}

/** Nouns whose plural is the singular, each with an example. */
export const INVARIANT_PLURALS: readonly { noun: string; example: string }[] = [
  { noun: 'aircraft', example: 'a firm order for 60 aircraft' },
  { noun: 'spacecraft', example: 'launched 12 spacecraft' },
  { noun: 'rotorcraft', example: 'bought 40 rotorcraft' },
  { noun: 'hovercraft', example: 'three hovercraft' },
  { noun: 'watercraft', example: '200 watercraft' },
  { noun: 'personnel', example: '3,000 personnel' },
  { noun: 'staff', example: 'cut 500 staff' },
  { noun: 'cattle', example: '10,000 cattle' },
  { noun: 'sheep', example: '2 million sheep' },
];

const INVARIANT: ReadonlySet<string> = new Set(INVARIANT_PLURALS.map((p) => p.noun));

/**
 * Words that can follow a number but are not counted things: grammar words ("is", "as"), and
 * words ending in "s" that are not plurals. Example: "in 2025 its revenue" is no count of "its".
 */
export const NOT_NOUNS: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'as', 'its', 'this', 'his', 'hers', 'ours', 'yours', 'theirs', 'us', 'thus', 'plus', 'minus', 'less', 'across', 'always',
  'perhaps', 'whereas', 'times', 'does', 'yes', 'unless', 'besides', 'sometimes', 'towards', 'afterwards', 'upwards', 'downwards', 'onwards',
  'regardless', 'nevertheless', 'series', 'news', 'status', 'bonus', 'versus', 'vs', 'census', 'process', 'access', 'business', 'progress',
  'gross', 'loss', 'class', 'press', 'express', 'glass', 'mass', 'pass', 'analysis', 'basis', 'crisis', 'thesis', 'alias', 'focus',
  'previous', 'various', 'serious', 'famous', 'numerous', 'enormous', 'ones', 'others', 'points', 'percent', 'per',
  'gas', 'atlas', 'canvas', 'bias', // ("five gas turbines": a singular in -as modifies the noun after it)
]);

/** Words that end a noun phrase: a count never reaches over them. */
export const PHRASE_STOP: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'the', 'a', 'an', 'that', 'which', 'who', 'than', 'is',
  'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'not', 'no', 'it',
  'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'each', 'per', 'over', 'under', 'into', 'about', 'after', 'before',
  'since', 'until', 'as', 'if', 'so', 'more', 'less', 'such', 'other', 'also', 'then', 'when', 'while', 'all', 'some', 'any',
  'times', // "12 times earnings" is a multiple
  // ("that's where the nine hundred million comes from", "the 40 goes to them": a verb in -s after a figure, no plural.)
  'comes', 'goes', 'means', 'makes', 'takes', 'gives', 'gets', 'looks', 'seems', 'sounds', 'says', 'does', 'lands', 'sits',
  'stays', 'remains', 'pays', 'buys', 'sells', 'adds', 'keeps', 'helps', 'brings', 'puts',
]);

/** Pieces between a number and its noun: "60 Airbus A321neo aircraft", "25 Boeing 787-9 Dreamliners". */
const MAX_MODIFIERS = 4;
/** Of those, lower-case words: "5 new data centers", "ten liquefied natural gas carriers". */
const MAX_WORD_MODIFIERS = 4;
/** Longest run of touching tokens read as one piece ("787-9", "A321neo"); longer runs are identifiers. */
const MAX_PIECE = 8;

function isNumberWord(w: string): boolean {
  return SMALL[w] !== undefined || TENS[w] !== undefined || SCALES[w] !== undefined || FRACTIONS[w] !== undefined || ORDINALS[w] !== undefined;
}

/** "GPUs" → "GPU", "companies" → "company", "shares" → "share", "aircraft" → "aircraft"; null when not a plural noun. */
export function singular(word: string): string | null {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS[lower];
  if (irregular !== undefined) return irregular;
  const ending = PLURAL_ENDINGS.find((e) => lower.endsWith(e.plural));
  if (ending !== undefined) return word.slice(0, word.length - ending.plural.length) + ending.singular;
  if (INVARIANT.has(lower)) return lower;
  if (NOT_NOUNS.has(lower) || word.length < 3 || !/^\p{L}[\p{L}\d]*$/u.test(word)) return null;
  if (/^[A-Z][A-Z\d]+s$/.test(word)) return word.slice(0, -1); // GPUs, TPUs, CPUs
  if (!lower.endsWith('s') || /(?:ss|us|is)$/.test(lower)) return null;
  if (/[^aeiou]ies$/.test(lower)) return word.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses|zes)$/.test(lower)) return word.slice(0, -2);
  return word.slice(0, -1);
}

function excluded(w: string, text: string): boolean {
  return PHRASE_STOP.has(w) || isNumberWord(w) || TIME_UNIT_MAP.has(w) || CURRENCY_AFTER.map.has(w) || UNIT_NAMES.map.has(w) || UNIT_SYMBOLS.map.has(text);
}

const isProper = (text: string): boolean => /^\p{Lu}\p{Ll}/u.test(text);
const isCapitalized = (text: string): boolean => /^\p{Lu}/u.test(text);

/** A run of touching tokens `[start, end)` with hyphens inside: "A321neo", "787-9", "H100s", "F-35", "data-center". */
interface Piece {
  start: number;
  end: number;
  digits: boolean;
  letters: boolean;
}

function pieceAt(t: readonly Token[], k: number): Piece | null {
  const first = t[k];
  if (first === undefined || first.kind === 'sym') return null;
  const p: Piece = { start: k, end: k + 1, digits: first.kind === 'num', letters: first.kind === 'word' };
  for (;;) {
    const x = t[p.end];
    const prev = t[p.end - 1];
    if (x === undefined || prev === undefined || x.start !== prev.end) return p;
    if (x.kind === 'sym') {
      const y = t[p.end + 1];
      if (x.text !== '-' || y === undefined || y.kind === 'sym' || y.start !== x.end) return p;
      p.end++;
      continue;
    }
    if (x.kind === 'num') p.digits = true;
    else p.letters = true;
    p.end++;
    if (p.end - p.start > MAX_PIECE) return null;
  }
}

/** "A321neos" → "A321neo", "H100s" → "H100": a model code in the plural. */
function codePlural(ctx: Context, p: Piece): string | null {
  const last = ctx.tokens[p.end - 1];
  const a = ctx.tokens[p.start];
  if (last === undefined || a === undefined || last.kind !== 'word' || !last.text.endsWith('s') || last.text.endsWith('ss')) return null;
  return ctx.text.slice(a.start, last.end - 1);
}

/**
 * A plural noun after at most three modifiers: "GPUs", "AMD shares", "new data centers",
 * "Airbus A321neo aircraft", "Boeing 787-9 Dreamliners", "A321neos".
 * Names and model codes only modify ("two NFL Christmas games", "400,000 GB200 chips"); a capitalized
 * plural is the noun only after a model code ("787-9 Dreamliners").
 */
/** Whether a line break stands in the text between two offsets (no copy of the text is made). */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  const at = text.indexOf('\n', from);
  return at >= 0 && at < to;
}

export function countNounAt(ctx: Context, j: number, maxModifiers = MAX_MODIFIERS): { unit: string; end: number } | null {
  const t = ctx.tokens;
  const head = t[j];
  const before = t[j - 1];
  if (head !== undefined && before !== undefined && head.kind === 'word' && before.end === head.start && before.kind !== 'sym') return null; // "3rd", "5x"
  let modifiers = 0;
  let words = 0;
  let prev: 'name' | 'code' | 'word' | null = null;
  for (let k = j; modifiers <= maxModifiers;) {
    // ("NOTICE | 14 March 2026\nVESTRAL SIGNS": a line break ends the phrase; the next line counts nothing of it.)
    if (k > 0 && t[k] !== undefined && lineBreakBetween(ctx.text, t[k - 1]!.end, t[k]!.start)) return null;
    const p = pieceAt(t, k);
    if (p === null) return null;
    // ("five 90,000 cbm carriers", "of its 350 MW turbines": a measure of each thing is a modifier.)
    const measure = measureAfter(t, p, k);
    if (measure !== null) {
      prev = 'word';
      modifiers++;
      k = measure.end;
      continue;
    }
    if (p.digits) {
      if (p.letters) {
        const plural = codePlural(ctx, p);
        // ("12 Skylark 90s": a number made plural names the model with the name before it, never a unit "90".)
        const named = plural !== null && /^[\d.,-]+$/.test(plural) && prev === 'name' ? ctx.text.slice(t[j]!.start, t[p.end - 1]!.end - 1) : plural;
        if (named !== null && !/^[\d.,-]+$/.test(named)) return { unit: named, end: p.end };
        if (named !== null) return null;
      } else if (prev !== 'name') {
        return null; // a bare number is a model number only after a name: "Boeing 787"
      }
      prev = 'code';
    } else {
      const tok = t[k];
      if (tok === undefined) return null;
      if (p.end > k + 1) {
        // "dual-fuel", "battery-electric", "state-of-the-art" modify; "Boeing-built" or "F-35" do not
        if (!lowerCompound(t, p) || ++words > MAX_WORD_MODIFIERS) return null;
        // ("48 e-trucks", "200 e-scooters": a one-letter prefix before a plural noun that ends the phrase is the noun's.)
        const lastWord = t[p.end - 1]!;
        const plain = p.end === k + 3 && /^\p{Ll}$/u.test(t[k]!.text) ? singular(lastWord.text) : null;
        if (plain !== null && !excluded(plain, lastWord.text) && !pluralWordAt(t, p.end) && singular(t[p.end]?.text ?? '') === null) return { unit: plain, end: p.end };
        prev = 'word';
        modifiers++;
        k = p.end;
        continue;
      }
      if (phraseAt(t, k, UNIT_NAMES) !== null || phraseAt(t, k, UNIT_SYMBOLS) !== null) return null; // "32 degrees Celsius"
      // ("61 primary and secondary schools": two modifiers joined by "and" or "or" still modify the noun after them.)
      const joinsModifiers = (tok.lower === 'and' || tok.lower === 'or') && prev === 'word' && /^\p{Ll}+$/u.test(t[k + 1]?.text ?? '') && t[k + 1]!.kind === 'word' && singular(t[k + 1]!.text) === null;
      if (joinsModifiers) {
        modifiers++;
        k = p.end;
        continue;
      }
      if (excluded(tok.lower, tok.text)) return null;
      const proper = isProper(tok.text);
      // ("agreed on 9 June sets a price cap": a month after a day's number makes a date; nothing after it is counted.)
      if (k === j && MONTHS.has(tok.lower) && isCapitalized(tok.text)) return null;
      // ("16 STELLAN FREIGHTERS" in a shouted headline: a plural of five letters or more in capitals is a word shouted.)
      const one = proper && prev !== 'code' ? null : singular(/^\p{Lu}{5,}$/u.test(tok.text) ? tok.lower : tok.text);
      if (one !== null && !(INVARIANT.has(one) && pluralWordAt(t, p.end)) && !pluralBeforeCountedNoun(t, k, p.end)) return { unit: one, end: p.end };
      if (proper || isCapitalized(tok.text)) prev = 'name';
      else {
        prev = 'word';
        if (++words > MAX_WORD_MODIFIERS) return null;
      }
    }
    modifiers++;
    k = p.end;
  }
  return null;
}

/** The unit after a number that opens piece `p` at `k`, where the piece is a measure ("1,200 MW"; "93k cbm", a thousand's "k" on it), or null. */
function measureAfter(t: readonly Token[], p: Piece, k: number): ReturnType<typeof phraseAt> {
  const number = p.digits && (!p.letters || (p.end === k + 2 && /^[km]$/i.test(t[k + 1]!.text)));
  return number ? phraseAt(t, p.end, UNIT_SYMBOLS) ?? phraseAt(t, p.end, UNIT_NAMES) : null;
}

/** Whether the number at `k` is a measure with its unit: "7,400 TEU", "1,200 MW", "93k cbm". */
export function measureAt(ctx: Context, k: number): boolean {
  const p = pieceAt(ctx.tokens, k);
  return p !== null && measureAfter(ctx.tokens, p, k) !== null;
}

/** A fiscal period written as a code: "FY26", "FY25e", "CY2024", "Q3", "1H25", "H2". */
const PERIOD_CODE = /^(?:FY|CY|[1-4]Q|Q[1-4]|[12]H|H[12])'?\d{0,4}[EeAa]?$/;

/**
 * A model code standing for the things counted, after a times sign: "45 x KV-310", "12x Q400s" count KV-310s and
 * Q400s. Letters and digits in one piece, a capital first.
 */
export function modelCodeAt(ctx: Context, k: number): { unit: string; end: number } | null {
  const p = pieceAt(ctx.tokens, k);
  if (p === null || !p.digits || !p.letters || !isCapitalized(ctx.tokens[k]!.text)) return null;
  if (PERIOD_CODE.test(ctx.text.slice(ctx.tokens[p.start]!.start, ctx.tokens[p.end - 1]!.end))) return null;
  const unit = codePlural(ctx, p) ?? ctx.text.slice(ctx.tokens[p.start]!.start, ctx.tokens[p.end - 1]!.end);
  return { unit, end: p.end };
}

/** A piece of lower-case words joined by hyphens: "dual-fuel", "battery-electric". */
function lowerCompound(t: readonly Token[], p: Piece): boolean {
  if (p.digits) return false;
  for (let k = p.start; k < p.end; k++) {
    const x = t[k];
    if (x === undefined || x.kind === 'word' && !/^\p{Ll}+$/u.test(x.text)) return false;
    // "the three-ton satellites", "a 12-month-old": a measure, not a modifier; "24 eight-car trains" counts trains.
    const numberFirst = k === p.start && isNumberWord(x.lower);
    if (x.kind === 'word' && ((isNumberWord(x.lower) && !numberFirst) || TIME_UNIT_MAP.has(x.lower) || UNIT_NAMES.map.has(x.lower) || UNIT_SYMBOLS.map.has(x.text))) return false;
  }
  return true;
}

/** Words that open the group a count is taken from: "12,000 of the supplier's newest accelerators", "300 of its workers". */
export const COUNT_OF_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'these', 'those']);

const isPossessive = (x: Token | undefined): boolean => x !== undefined && x.kind === 'word' && /['\u2019]s$/u.test(x.text);

/**
 * "of the supplier's", "of its", "of Grebe's" after a count: the index where the counted noun phrase starts, or null.
 * @example "12,000 of the supplier's newest accelerators" counts 12,000 accelerators.
 */
export function ofGroupEnd(t: readonly Token[], j: number): number | null {
  if (t[j]?.lower !== 'of') return null;
  let k = j + 1;
  if (COUNT_OF_DETERMINERS.has(t[k]?.lower ?? '')) {
    k++;
    if (isPossessive(t[k])) k++; // "the supplier's"
    return k;
  }
  return isPossessive(t[k]) ? k + 1 : null; // "Grebe's"
}

/** "aircraft engines": a lower-case plural right after an invariant noun is the counted thing. */
/**
 * Whether the lowercase plural at `k` modifies a counted noun right after it: "2,400 telecommunications towers", "six
 * communications satellites" count towers and satellites.
 */
function pluralBeforeCountedNoun(t: readonly Token[], k: number, next: number): boolean {
  if (!/^\p{Ll}/u.test(t[k]!.text) || !pluralWordAt(t, next)) return false;
  const head = singular(t[next]!.text)!;
  return ADJECTIVE_COUNT.has(head) || countsGoods(head);
}

function pluralWordAt(t: readonly Token[], k: number): boolean {
  const x = t[k];
  const after = t[k + 1];
  if (x === undefined || x.kind !== 'word' || !/^\p{Ll}/u.test(x.text) || excluded(x.lower, x.text)) return false;
  if (after !== undefined && after.start === x.end && (after.kind !== 'sym' || after.text === '-')) return false; // "aircraft engine-makers"
  const one = singular(x.text);
  return one !== null && !INVARIANT.has(one);
}

/** Capitalized words that are no name before a number: "Some 500 workers", "The 300 aircraft", "Only 12 GPUs". */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'only', 'just', 'exactly', 'precisely', 'nearly', 'almost', 'another', 'both', 'every', 'total', 'overall', 'today', 'yesterday',
]);

/** Month names before a day of the month: "on May 5 workers struck" counts no workers. */
const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * "Boeing 787 aircraft", "Microsoft 365 subscribers": a plain number right after a name is a model number
 * (or, after a month, a day), not a count.
 * "Nvidia 20,000 GPUs" (grouped digits) and "Meta 160 million shares" (a scale word) still count.
 */
export function isModelNumber(ctx: Context, num: NumberHit): boolean {
  const t = ctx.tokens;
  const n = t[num.start];
  const name = t[num.start - 1];
  if (n === undefined || name === undefined || n.kind !== 'num' || num.end !== num.start + 1 || !/^\d{1,5}$/.test(n.text)) return false;
  if (name.kind !== 'word' || name.end === n.start || !isCapitalized(name.text)) return false;
  // ("Bittern's 40-aircraft commitment": a possessive owns what is counted; it names no model.)
  if (/['\u2019]s?$/.test(name.text)) return false;
  if (MONTHS.has(name.lower)) return true;
  return !(PHRASE_STOP.has(name.lower) || NOT_NAMES.has(name.lower) || BOUND_BEFORE_MAP.first.has(name.lower));
}
