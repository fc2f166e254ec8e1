import type { Token } from '../text/document.js';
import type { DealObject } from '../schema/claim.js';
import { isAssetNoun } from '../lexicon/asset-nouns.js';
import { LEGAL_SUFFIXES, ORGANIZATION_WORDS, shipClassOf } from '../lexicon/words.js';
import { PLACE_ADJECTIVES } from '../lexicon/demonyms.js';
import { isWordNetPlace } from '../lexicon/places.js';
import { PRODUCT_NOUNS, isCapitalized, joined, singular } from './goods-titles.js';
import { countsGoods } from '../lexicon/count-kinds.js';
import { isNumberWord } from '../quantities/number-words.js';

/**
 * What a deal covers, as its words name it: a named asset ("the Lindhall compounding plant"), a product's code or
 * name ("TQ-40", "its migraine drug Ostravel"), the kind of power it trades ("a wind PPA"). Two deals of one pair that
 * cover different things are different deals (`object-splits` in `compare/events.ts`). Each reader is a record with an
 * example and a reason; `crosscheck --rules` prints them.
 */
export interface ObjectRule {
  name: string;
  /** The object whose words start or end at token `at`, or null. */
  read(tokens: readonly Token[], at: number, skip: (t: Token) => boolean): DealObject | null;
  example: string;
  reason: string;
}

/** Power by its source: a wind deal and a solar deal of one pair are two deals. The value is the class a claim carries. */
export const ENERGY_SOURCES: ReadonlyMap<string, string> = new Map([
  ['wind', 'wind'], ['onshore', 'wind'], ['offshore', 'wind'],
  ['solar', 'solar'], ['photovoltaic', 'solar'], ['pv', 'solar'],
  ['hydro', 'hydro'], ['hydroelectric', 'hydro'], ['hydropower', 'hydro'],
  ['nuclear', 'nuclear'], ['geothermal', 'geothermal'], ['biomass', 'biomass'], ['tidal', 'tidal'],
  ['coal', 'coal'], ['coal-fired', 'coal'], ['gas-fired', 'gas'],
]);

/** Words after a source that make it the deal's power: "wind farm", "solar output", "a hydro PPA". */
const POWER_WORDS: ReadonlySet<string> = new Set([
  'farm', 'farms', 'park', 'parks', 'plant', 'plants', 'power', 'output', 'project', 'projects', 'energy', 'capacity', 'ppa', 'ppas',
  'electricity', 'generation', 'station', 'array', 'portfolio', 'scheme', 'site', 'sites', 'assets', 'installation', 'fleet', 'complex',
]);

/** "Q3", "FY26", "H2", "5G", "1H25": periods and network generations, which look like model codes and name no goods. */
const NOT_A_CODE = /^(?:Q[1-4]|H[12]|[1-4]Q\d*|[12]H\d*|FY\d+|CY\d+|\d+G|\d+[A-Z]{1,2}|[A-Z]{1,2}\d{2,4}[A-Z]?)$/;
/** "TQ-40", "RB-9000", "H-220": a model's or a compound's code, with a hyphen between letters and digits. */
const MODEL_CODE = /^[A-Z]{1,4}-\d{2,5}[A-Z]?$/;

const MONTHS_AND_DAYS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Capitalized words that open a phrase and name nothing: "The", "Its", "A". */
const OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'his', 'her', 'both', 'new']);
/** "South", "Northern": a direction before a place's adjective ("the South Korean yard") names no asset. */
const DIRECTIONS = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater)$/;
/** "MW", "MWp", "GWh", "bcm", "dwt": units after a figure, which name no asset ("its 95 MWp Marren Flats solar park"). */
const UNIT = /^(?:[kMGT]W[hp]?|[kMGT]Wh|MWe|kV|bcm|mtpa|dwt|cbm|TEU|sq|ft|m2|km)$/;
const LOCATORS: ReadonlySet<string> = new Set(['in', 'near', 'at', 'outside', 'off']);

/** A word that can stand in an asset's own name: capitalized, not a month, an opener, a company word or a demonym. */
const isNameWord = (t: Token, skip: (t: Token) => boolean): boolean =>
  isCapitalized(t) && /^[\p{L}'’-]+$/u.test(t.text) && !/^\p{Lu}{2,}$/u.test(t.text) && !skip(t) && !t.possessive && !t.parenthetical && !UNIT.test(t.text) && !MONTHS_AND_DAYS.test(t.norm) && !DIRECTIONS.test(t.norm) && !OPENERS.has(t.norm) && !ORGANIZATION_WORDS.has(t.norm) &&
  !LEGAL_SUFFIXES.has(t.norm) && !PLACE_ADJECTIVES.has(t.norm) && !ENERGY_SOURCES.has(t.norm) && !isAssetNoun(singular(t.norm));

/** "le" in "Saint-Morvenna-le-Haut", "on" in "Stoke-on-Trent": a short lowercase word hyphened inside a place's name. */
const hyphenedParticle = (tokens: readonly Token[], at: number): boolean =>
  /^\p{Ll}{1,4}$/u.test(tokens[at]!.text) && tokens[at]!.post === '-' && tokens[at - 1]?.post === '-' && isCapitalized(tokens[at - 1]);

/** The lowercase name of the run of name words that ends at `last` (at most four), and where it starts; null when none. */
function nameEndingAt(tokens: readonly Token[], last: number, skip: (t: Token) => boolean): { name: string; first: number } | null {
  let first = last;
  while (first >= 0 && first > last - 5 && (isNameWord(tokens[first]!, skip) || (first < last && hyphenedParticle(tokens, first))) && (first === last || joined(tokens[first]!))) first--;
  if (first === last) return null;
  const words = tokens.slice(first + 1, last + 1);
  // (A run that opens the sentence may be a capitalized common word: "Plant closures ...".)
  if (first + 1 === 0 && words.length === 1 && !/\p{Lu}.*\p{Lu}|\d/u.test(words[0]!.text)) return null;
  const name = words.map((w) => w.text).join(' ').toLowerCase();
  // (A well-known place names where the asset stands, which another text may leave out: "its Texas fab", "the Penang plant".)
  return isWordNetPlace(name) ? null : { name, first: first + 1 };
}

/** The place after an asset noun that locates it: "in Ostby", "near Tolvik". */
function placeAfter(tokens: readonly Token[], noun: number, skip: (t: Token) => boolean): string[] {
  const at = noun + 1;
  if (!LOCATORS.has(tokens[at]?.norm ?? '') || /[,;.]/.test(tokens[noun]!.post)) return [];
  const name = nameAfter(tokens, at, skip);
  return name ? [name] : [];
}

/** The lowercase name of the run of name words (at most three) right after token `at`, or null when none. */
function nameAfter(tokens: readonly Token[], at: number, skip: (t: Token) => boolean): string | null {
  let last = at;
  while (last + 1 < tokens.length && last < at + 3 && isNameWord(tokens[last + 1]!, skip) && (last === at || joined(tokens[last]!))) last++;
  return last === at ? null : tokens.slice(at + 1, last + 1).map((w) => w.text).join(' ').toLowerCase();
}

/** The power source among the (at most two) words before an asset or power word: "wind farm", "offshore wind project". */
function sourceBefore(tokens: readonly Token[], at: number): string | null {
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    const source = ENERGY_SOURCES.get(tokens[k]!.norm);
    if (source) return source;
  }
  return null;
}

/** A funding round's letter as `nameAfter` gives it: "b", "c-1", "a2". */
const FUNDING_ROUND_LETTER = /^[a-z](?:-?\d)?$/;

export const OBJECT_RULES: readonly ObjectRule[] = [
  {
    name: 'named-asset',
    read: (tokens, at, skip) => {
      const noun = tokens[at]!;
      if (skip(noun) || !isAssetNoun(singular(noun.norm))) return null;
      // Up to two words of what the asset is between its name and the noun: "Seldon logistics hub", "Harrow Ridge Wind Farm".
      for (let last = at - 1; last >= Math.max(0, at - 3); last--) {
        const found = nameEndingAt(tokens, last, skip);
        if (found) return { names: [found.name, ...placeAfter(tokens, at, skip)], class: sourceBefore(tokens, at), rule: 'named-asset' };
        const between = tokens[last]!;
        if (!/^[\p{L}-]+$/u.test(between.text) || isCapitalized(between) || skip(between) || OPENERS.has(between.norm) || LOCATORS.has(between.norm) || between.possessive) return null;
      }
      return null;
    },
    example: 'Tarvo Chemicals will sell its Lindhall compounding plant to Siskin Plastics for £48 million.',
    reason: 'a name written before a plant, site, farm, terminal or tower (WordNet\'s structures, facilities, workplaces and tracts) names the asset a deal trades; the place after it ("in Ostby") is another name of the same asset',
  },
  {
    name: 'model-code',
    read: (tokens, at, skip) => {
      const t = tokens[at]!;
      if (skip(t) || t.parenthetical) return null;
      // (The tagger may split the code at its hyphen: "KX" then "40".)
      const next = tokens[at + 1];
      const code = t.post === '-' && next && /^[A-Z]{1,4}$/.test(t.text) && /^\d{2,5}[A-Z]?$/.test(next.text) ? `${t.text}-${next.text}` : t.text;
      if (!MODEL_CODE.test(code) || NOT_A_CODE.test(code)) return null;
      return { names: [code.toLowerCase()], class: null, rule: 'model-code' };
    },
    example: 'Harlow Bio licensed TQ-40 to Tarnveld Pharma for $60 million upfront.',
    reason: 'a code of letters, a hyphen and digits names a compound or a model: licences of TQ-40 and of TQ-51 are two deals',
  },
  {
    name: 'ship-class',
    read: (tokens, at) => {
      const name = shipClassOf(tokens[at]!.norm);
      return name ? { names: [name], class: null, rule: 'ship-class' } : null;
    },
    example: 'Quorrel Bulk ordered four Ultramax bulkers from Delmarsh Heavy Industries.',
    reason: 'a ship\'s size class names the goods as a model does: an order of Ultramaxes and one of Capesizes between the same two firms are two deals',
  },
  {
    name: 'named-product',
    read: (tokens, at, skip) => {
      const t = tokens[at]!;
      if (!PRODUCT_NOUNS.has(t.norm) || /[,;.]/.test(t.post)) return null;
      const name = nameAfter(tokens, at, skip);
      // ("its Series B", "a Series C-1": a letter after "series" names a funding round, which `instrument-splits` reads.)
      if (!name || FUNDING_ROUND_LETTER.test(name)) return null;
      return { names: [name], class: null, rule: 'named-product' };
    },
    example: 'Tarnveld Pharma will license the migraine drug Ostravel from Harlow Bio.',
    reason: 'a name right after "drug", "treatment", "brand" or "series" is the product the deal covers',
  },
  {
    name: 'power-source',
    read: (tokens, at) => {
      const source = ENERGY_SOURCES.get(tokens[at]!.norm);
      if (!source) return null;
      const next = tokens[at + 1]?.norm === 'wind' ? tokens[at + 2] : tokens[at + 1];
      return next && POWER_WORDS.has(next.norm) ? { names: [], class: source, rule: 'power-source' } : null;
    },
    example: 'Wrenfold Energy signed a ten-year solar PPA with Kellsmoor Steel.',
    reason: 'power is sold by its source: a wind deal and a solar deal of the same two firms are two deals',
  },
  {
    name: 'service',
    read: (tokens, at) => {
      const t = tokens[at]!;
      const next = tokens[at + 1]?.norm ?? '';
      const service = SERVICE_WORDS.test(t.norm) || (/^services?$/.test(t.norm) && SERVICE_DEALS.test(next));
      return service ? { names: [], class: 'service', rule: 'service' } : null;
    },
    example: 'Kellsmoor Trains hired Velquor Rail to keep its fleet running under a £180 million maintenance deal.',
    reason: 'looking after goods is a deal of its own beside the order for them: the trains and their upkeep are two deals',
  },
  {
    name: 'counted-goods',
    read: (tokens, at) => {
      if (!isCount(tokens[at])) return null;
      for (let k = at + 1; k <= Math.min(tokens.length - 1, at + 4); k++) {
        if (countsGoods(singular(tokens[k]!.norm))) return { names: [], class: 'goods', rule: 'counted-goods' };
        if (/[,;.]/.test(tokens[k]!.post)) break;
      }
      return null;
    },
    example: 'Kellsmoor Trains ordered 24 electric trains from Velquor Rail for £620 million.',
    reason: 'a count of goods is an order of the goods, set against a deal to look after them',
  },
];

/** "maintenance", "upkeep", "overhauls", "LTSA": words of a deal to look after goods, not to deliver them. */
const SERVICE_WORDS = /^(?:maintenance|servicing|upkeep|overhauls?|repairs?|ltsas?|o&m|parts-and-service|after-sales|aftermarket)$/;
const SERVICE_DEALS = /^(?:agreements?|contracts?|deals?|packages?|programmes?|programs?)$/;
const isCount = (t: Token | undefined): boolean => t !== undefined && (/^\d[\d,]*$/.test(t.text) || isNumberWord(t.norm)) && !t.tags.has('Money');

/** Whether most words of a sentence of five or more are capitalized, as a headline in title case writes them. */
function titleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  return words.length >= 5 && words.filter((t) => isCapitalized(t)).length > 0.7 * words.length;
}

/** How far before and after the deal word the object's words may stand. */
const BEFORE = 10;
const AFTER = 18;

/**
 * The objects named among the words around the deal word at `trigger`, within its sentence part: each once, an
 * asset's class folded into its named phrase ("Harrow Ridge wind farm" is one object of class wind).
 */
export function objectsAt(tokens: readonly Token[], trigger: number, skip: (t: Token) => boolean): DealObject[] {
  const found: DealObject[] = [];
  // (A headline in title case capitalizes every word: "Tarvo Signs Offtake And Prepayment Deal" names no asset.)
  if (titleCase(tokens)) return found;
  let first = Math.max(0, trigger - BEFORE);
  for (let k = trigger; k > first; k--) {
    if (tokens[k - 1]!.post.includes(';')) {
      first = k;
      break;
    }
  }
  for (let k = first; k <= Math.min(tokens.length - 1, trigger + AFTER); k++) {
    if (k > trigger && tokens[k - 1]!.post.includes(';')) break;
    for (const rule of OBJECT_RULES) {
      const object = rule.read(tokens, k, skip);
      if (object) found.push(object);
    }
  }
  // (Looking after counted goods is a service: "an overhaul deal covering its nine compressors".)
  const read = found.some((o) => o.class === 'service') ? found.filter((o) => o.class !== 'goods') : found;
  // A class read on its own beside one named asset is that asset's ("its Harrow Ridge site ... wind power").
  const named = read.filter((o) => o.rule === 'named-asset');
  const only = named.length === 1 ? named[0]! : null;
  const kept = read.filter((o) => {
    if (o.names.length > 0 || !only || (only.class !== null && only.class !== o.class)) return true;
    only.class = o.class;
    return false;
  });
  const seen = new Set<string>();
  return kept.filter((o) => {
    const key = `${o.names.join('|')}#${o.class ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
