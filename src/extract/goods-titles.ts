import type { Sentence, Token } from '../text/document.js';
import { countsGoods } from '../lexicon/count-kinds.js';
import { LEGAL_SUFFIXES, ORGANIZATION_WORDS } from '../lexicon/words.js';
import { isNumberWord } from '../quantities/number-words.js';

/**
 * Names that title goods or a project, not a side of a deal: "42 of its Velquor T-14 turbines", "the Brindle snacks
 * brand", "its migraine drug, Ostravel", "Tarvo's Wren 6", "six Wrens", "Project Lantern". Five decoration rules read them (see
 * `DECORATION_RULES`).
 */

/** The decorations these rules fill: words that name no party, and of those the ones that name goods. */
interface Marks {
  skip: Set<number>;
  /** Words of a name the text gives goods: its other mentions in the text name the goods too (`docNames`). */
  goods: Set<number>;
}

const markGoods = (d: Marks, i: number): void => {
  d.skip.add(i);
  d.goods.add(i);
};
/**
 * Nouns of products sold under a name of their own, which names no maker: "the Brindle brand", "its Ostravel drug",
 * "the Hollow Crown franchise". ("Siskin jets", "Harlow GPUs" name their maker: see `MADE_GOODS`.)
 */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  'brand', 'drug', 'medicine', 'therapy', 'vaccine', 'treatment', 'franchise', 'game', 'title', 'film', 'series', 'show', 'app',
  'console', 'handset', 'range', 'formula', 'molecule', 'compound', 'platform', 'product',
]);

/**
 * Made goods that are not in WordNet's kinds of goods (`countsGoods`: jets, turbines, tankers, robots, chips), sold by
 * count under their maker's name: "24,000 Harlow V8 GPUs", "200 Harlow servers".
 */
const MADE_GOODS: ReadonlySet<string> = new Set(['gpu', 'cpu', 'accelerator', 'server', 'engine', 'trainset']);

/** "turbines" → "turbine": a plural's singular, as nouns of goods and assets are listed. */
export const singular = (word: string): string => word.replace(/(?<=[^s])s$/, '');
const isMadeGoods = (word: string): boolean => MADE_GOODS.has(word) || countsGoods(word);
/** "T-14", "V8", "C-220", "A-series", "X9": a model's code, which goes with the name before it. */
const isModelCode = (t: Token): boolean => /^(?=[A-Z0-9-]*\d)(?=[0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{0,7}$/.test(t.text) || /^[A-Z0-9]{1,3}-series$/i.test(t.text);
export const isCapitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
/** "Tarvo Aviation", "Siskin Ltd": a company word or a legal suffix makes a run of words a firm's name. */
const namesFirm = (tokens: readonly Token[]): boolean => tokens.some((w) => ORGANIZATION_WORDS.has(w.norm) || LEGAL_SUFFIXES.has(w.norm));
/** Whether a word runs on into the next, as the words of one name do: a space or a hyphen between. */
export const joined = (t: Token): boolean => /^\s+$|^-$/.test(t.post);
/** What a count before a name looks like: "42", "40,000", "24k", "42x", "thirty". */
const isCount = (t: Token | undefined): boolean => t !== undefined && (t.tags.has('Value') || /^\d[\d,.]*(?:k|x)?$/i.test(t.text) || isNumberWord(t.norm));
/** "its", "their", "our": a firm's own goods. */
const isOwner = (t: Token | undefined): boolean => t !== undefined && /^(?:its|their|our)$/.test(t.norm);

/** The first token of the run of names and model codes that ends at `last`, or -1 when none ends there. */
function runStart(tokens: readonly Token[], last: number): number {
  let first = last;
  while (first >= 0 && (isCapitalized(tokens[first]) || isModelCode(tokens[first]!)) && first > last - 5) {
    if (first < last && !joined(tokens[first]!)) break;
    first--;
  }
  return first === last ? -1 : first + 1;
}

/**
 * "supply 42 of its Velquor T-14 turbines", "buy the Brindle snacks brand", "75 Tarvo A-series jets": a name right
 * before a noun of goods (past one lowercase word, "snacks brand") titles the goods. The whole name does after a firm's
 * own "its" with a model's code or before a noun of products, and a one-word name after "the" before a noun of
 * products. After a count or "the", the first word may be the maker's ("Tarvo") and only the rest (a model or a line,
 * "A-series", "Grebe") is marked. A name with a company word ("Tarvo Aviation jets") is left whole.
 */
export function goodsTitles(sentence: Sentence, d: Marks): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    const lower = t.text.toLowerCase();
    // ("24,000 Harlow V8 GPUs": goods written as an acronym keep their capitals.)
    if (k === 0 || !(/^\p{Ll}/u.test(t.text) || (/^[A-Z]{2,4}s?$/.test(t.text) && MADE_GOODS.has(singular(lower))))) return;
    const product = PRODUCT_NOUNS.has(lower) || PRODUCT_NOUNS.has(singular(lower));
    if (!product && !isMadeGoods(singular(lower))) return;
    // ("the Tarvo engine deal", "the Siskin drug pipeline": a noun after it makes the goods a modifier of what is told.)
    const after = tokens[k + 1];
    if (after !== undefined && /^\s+$/.test(t.post) && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun') && !after.tags.has('Preposition')) return;
    // ("the Brindle snacks brand": one lowercase noun may stand between.)
    let last = k - 1;
    if (/^\p{Ll}+$/u.test(tokens[last]!.text) && tokens[last]!.tags.has('Noun') && !tokens[last]!.tags.has('Verb')) last--;
    if (last < 0 || !joined(tokens[last]!) || tokens[last]!.possessive) return;
    const first = runStart(tokens, last);
    if (first < 0) return;
    const before = tokens[first - 1];
    const run = tokens.slice(first, last + 1);
    if (namesFirm(run)) return;
    // ("the owner's ammonia-ready Wren series", "Tarvo's new Wren series": an owner's possessive past the words that
    // describe the goods owns them too.)
    let back = first - 1;
    while (back > first - 4 && back >= 0 && /^\p{Ll}/u.test(tokens[back]!.text) && (tokens[back]!.tags.has('Adjective') || tokens[back]!.post === '-' || tokens[back - 1]?.post === '-')) back--;
    const possessed = back < first - 1 && back >= 0 && tokens[back]!.possessive && /^\s+$/.test(tokens[back]!.post);
    // ("42 of its Velquor turbines", "the Brindle brand": a firm's own goods, or a product's one-word name; "the Valcor
    // Route platform" keeps its maker's first word.)
    // ("two of its Siskin tankers" may be the tankers it lets to Siskin: a model's code or a product noun makes them its own.)
    const owned = (isOwner(before) || possessed) && (product || run.some(isModelCode));
    // ("bought 18 Caskmoor railcars from Tolvane Works": a one-word name after a count, when the maker follows after "from" or
    // "by", is the goods' own name; "24 Tarvo jets" with no maker named may be the maker's.)
    const makerAfter = first === last && isCount(before) && [1, 2, 3].some((n) => /^(?:from|by)$/.test(tokens[k + n]?.norm ?? '') && isCapitalized(tokens[k + n + 1]) && tokens[k + n + 1]!.norm !== t.norm);
    const whole = owned || makerAfter || (product && before?.norm === 'the' && first === last);
    if (!whole && !isCount(before) && before?.norm !== 'the') return;
    for (let i = whole ? first : first + 1; i <= last; i++) markGoods(d, i);
  });
}

/** "its migraine drug, Ostravel", "the game Hollow Crown": a name a noun of products stands before is the product's. */
export function productAppositions(sentence: Sentence, d: Marks): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (!PRODUCT_NOUNS.has(t.text) || !/^(?:,\s+|\s+)$/.test(t.post)) return;
    // (Only after a determiner or an owner, up to one word back: "its migraine drug", "the game".)
    const det = [tokens[k - 1], tokens[k - 2]].find((w) => w !== undefined && (/^(?:the|its|their|our|a|an)$/.test(w.norm) || w.possessive));
    if (!det) return;
    const run: number[] = [];
    // ("its animated series Fern & Thistle": an ampersand between capitals goes on with the title.)
    const titleWord = (j: number) => isCapitalized(tokens[j]) || (tokens[j]?.text === '&' && isCapitalized(tokens[j + 1]));
    for (let j = k + 1; j < tokens.length && j <= k + 4 && titleWord(j); j++) {
      run.push(j);
      if (!joined(tokens[j]!)) break;
    }
    if (namesFirm(run.map((j) => tokens[j]!))) return;
    for (const j of run) markGoods(d, j);
  });
}

/**
 * Nouns of goods that also name a firm by its trade ("the carrier Norvix", "the low-cost carrier Norvix" are airlines): a
 * name after them is goods only after a word of the cargo they carry ("the bulk carrier Feldane Crest").
 */
const TRADE_NOUNS: ReadonlySet<string> = new Set(['carrier']);
const CARGO_WORDS: ReadonlySet<string> = new Set(['bulk', 'ore', 'car', 'vehicle', 'container', 'crude', 'ammonia', 'ethane', 'chemical', 'product', 'gas']);

/** Whether a noun of goods, after the word before it, names goods whose name may follow: "tanker", "LNG carrier". */
export function namesGoodsBefore(noun: string, before: string | undefined): boolean {
  if (!isMadeGoods(singular(noun))) return false;
  if (!TRADE_NOUNS.has(noun)) return true;
  return before !== undefined && (/^[A-Z]{2,5}$/.test(before) || CARGO_WORDS.has(before.toLowerCase()));
}

/**
 * "its bulk carrier Feldane Crest", "the tanker Olberth Star", "a freighter, Siskin Spirit": a name right after a
 * determiner and a noun of made goods names the ship or the machine, not a side. A verb after the name makes it the
 * subject of a clause that describes the goods ("the tanker Siskin chartered"), and is left alone.
 */
export function namedGoods(sentence: Sentence, d: Marks): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (!/^\p{Ll}+$/u.test(t.text) || !namesGoodsBefore(t.norm, tokens[k - 1]?.text)) return;
    if (!/^(?:,?\s+)$/.test(t.post) || !isCapitalized(tokens[k + 1])) return;
    const isDeterminer = (w: Token | undefined) => w !== undefined && (/^(?:the|its|their|a|an|our)$/.test(w.norm) || w.possessive);
    // ("the bulk carrier Feldane Crest", "its newest supertanker": one word may describe the goods; then a trade's noun
    // names the goods too, "the bulk carrier".)
    const described = !isDeterminer(tokens[k - 1]) && isDeterminer(tokens[k - 2]) && /^\s+$/.test(tokens[k - 1]!.post) && !tokens[k - 1]!.possessive;
    if (!isDeterminer(tokens[k - 1]) && !described) return;
    const run: number[] = [];
    for (let j = k + 1; j < tokens.length && j <= k + 4 && isCapitalized(tokens[j]); j++) {
      run.push(j);
      if (!joined(tokens[j]!)) break;
    }
    if (namesFirm(run.map((j) => tokens[j]!))) return;
    const last = tokens[run.at(-1)!]!;
    const after = tokens[run.at(-1)! + 1];
    if (after !== undefined && /^\s+$/.test(last.post) && after.tags.has('Verb') && !after.tags.has('Noun') && !/^(?:to|for|on|at|with)$/.test(after.norm)) return;
    for (const j of run) markGoods(d, j);
  });
}

/** "Diskmoor picked Tarvo's Wren 6", "Harlow's Velquor X9 fleet": a name and a model's number after a firm's possessive name a product of the firm. */
export function ownedModels(sentence: Sentence, d: Marks): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (!t.possessive || !isCapitalized(t) || !/^\s+$/.test(t.post)) return;
    const run: number[] = [];
    for (let j = k + 1; j <= k + 3 && isCapitalized(tokens[j]) && !isModelCode(tokens[j]!); j++) {
      run.push(j);
      if (!/^\s+$/.test(tokens[j]!.post)) return;
    }
    const code = tokens[k + 1 + run.length];
    if (run.length === 0 || code === undefined || !(isModelCode(code) || /^\d{1,4}$/.test(code.text))) return;
    if (namesFirm(run.map((j) => tokens[j]!))) return;
    for (const j of run) d.skip.add(j);
    d.skip.add(k + 1 + run.length);
  });
}

/**
 * "cut its order to six Wrens", "took delivery of 40 Velquors": a name in the plural right after a count counts goods
 * called by their model's or their maker's name; a firm is not counted.
 */
export function countedNames(sentence: Sentence, d: Marks): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(t.text) || t.possessive || !isCount(tokens[k - 1]) || !/^\s+$/.test(tokens[k - 1]!.post)) return;
    // ("two Tarvo Foods plants": a plural that goes on into a name is a word of the name.)
    if (isCapitalized(tokens[k + 1]) && /^\s+$/.test(t.post)) return;
    if (namesFirm([t]) || t.tags.has('Place')) return;
    markGoods(d, k);
  });
}

/** "Project Tidewell", "the still-unannounced Project Lantern": a project's code name is no side of a deal. */
export function projectNames(sentence: Sentence, d: Marks): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (t.text !== 'Project' || !/^\s+$/.test(t.post) || !isCapitalized(tokens[k + 1])) return;
    d.skip.add(k);
    for (let j = k + 1; j <= k + 3 && isCapitalized(tokens[j]); j++) {
      d.skip.add(j);
      if (!joined(tokens[j]!)) break;
    }
  });
}

/** Nouns of an undertaking a firm names: "its Morvenna patrol boat programme", "their Harbour Line project". */
const UNDERTAKING_NOUNS: ReadonlySet<string> = new Set(['programme', 'program', 'project', 'scheme', 'initiative', 'campaign', 'development', 'upgrade']);

/**
 * "for its Morvenna patrol boat programme", "their Harbour Line expansion project": a name after a firm's own "its" and
 * before up to three lowercase words ending in a noun of an undertaking names the undertaking, never a side.
 */
export function ownedUndertakings(sentence: Sentence, d: Marks): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (!isOwner(t) || !/^\s+$/.test(t.post) || !isCapitalized(tokens[k + 1])) return;
    const run: number[] = [];
    for (let j = k + 1; j <= k + 3 && isCapitalized(tokens[j]) && joined(tokens[j]!); j++) run.push(j);
    if (run.length === 0 || namesFirm(run.map((j) => tokens[j]!))) return;
    let j = run.at(-1)! + 1;
    for (let words = 0; words < 4 && j < tokens.length && /^\p{Ll}/u.test(tokens[j]!.text); words++, j++) {
      if (UNDERTAKING_NOUNS.has(tokens[j]!.norm)) {
        for (const r of run) d.skip.add(r);
        return;
      }
      if (!joined(tokens[j]!)) return;
    }
  });
}
