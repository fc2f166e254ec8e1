import type { Sentence, Token } from '../text/document.js';
import type { Mention } from './mentions.js';
import { PLACE_ADJECTIVES } from '../lexicon/demonyms.js';

/**
 * Gapping: "TeleSertão will pay R$180m a year, cable group Onnmere Sul R$95m a year and zolto R$60m a year" states three
 * deals with one verb. After the figure of a verb's clause, each further name followed at once by its own figure
 * repeats the verb for that name; the names are never the verb's other side.
 */
export const GAPPING_EXAMPLE = 'Tornand Oil is paying Hugash $520 million, Sundra Offshore $380 million and Quogstone Energy $250 million.';

/** One repeated element: its name and the offsets from the name's start to its figure's end. */
export interface GappedItem {
  name: Mention;
  start: number;
  end: number;
}

/** Lowercase words (an -ing modifier among them) that may describe the name of an item: "cable group Onnmere Sul", "streaming app zolto". */
const MAX_DESCRIPTOR_WORDS = 4;

const separates = (before: Token, next: Token | undefined): boolean => /,\s*$/.test(before.post) || next?.norm === 'and';

/**
 * The gapped items after the figure a verb at token `trigger` governs, given the sentence's amounts as offsets.
 * Each item is "[, | and] [a few lowercase words] NAME FIGURE"; the run stops at the first thing that is not one.
 */
export function gappedItems(sentence: Sentence, mentions: readonly Mention[], trigger: number, amounts: readonly { start: number; end: number }[]): GappedItem[] {
  const { tokens } = sentence;
  const tokenAt = (offset: number) => tokens.findIndex((t) => t.start >= offset);
  const lastTokenBefore = (offset: number) => {
    let k = -1;
    for (let i = 0; i < tokens.length && tokens[i]!.start < offset; i++) k = i;
    return k;
  };
  const after = amounts.filter((a) => a.start > tokens[trigger]!.end).sort((a, b) => a.start - b.start);
  const first = after[0];
  if (!first) return [];
  const items: GappedItem[] = [];
  let end = lastTokenBefore(first.end);
  for (const amount of after.slice(1)) {
    let k = end + 1;
    const closing = tokens[end];
    if (!closing || !separates(closing, tokens[k])) break;
    if (tokens[k]?.norm === 'and') k++;
    let words = 0;
    while (tokens[k] && /^[a-z][a-z-]*$/.test(tokens[k]!.text) && (!tokens[k]!.tags.has('Verb') || tokens[k]!.tags.has('Gerund')) && words < MAX_DESCRIPTOR_WORDS && !mentions.some((m) => m.first === k)) {
      k++;
      words++;
    }
    const name = mentions.find((m) => m.first === k && m.kind === 'name');
    if (!name || tokenAt(amount.start) !== name.last + 1) break;
    items.push({ name, start: tokens[name.first]!.start, end: amount.end });
    end = lastTokenBefore(amount.end);
  }
  return items;
}

export const LISTED_EXAMPLE = 'Nirrwell Tankers ordered ten carriers, placing four carriers with Dogley Marine and six with Quarnholt Shipbuilding.';

const LIST_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'at', 'from', 'to', 'for']);
/** Words that open an item naming the thing it moves rather than counting it: "the Asian rights to Axholm for $70m". */
const ITEM_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their']);

/**
 * Listed other sides: "placing four carriers with Dogley and six with Quarnholt", "four carriers at Dogley, six at
 * Quarnholt" split one deal among other sides, each with its own figure. Each item is "FIGURE [a few lowercase words]
 * PREPOSITION NAME [its price]", all with one preposition; a run of two or more is a list.
 */
export function listedCounterparts(sentence: Sentence, mentions: readonly Mention[], trigger: number): GappedItem[] {
  const { tokens } = sentence;
  const nameAt = (k: number) => mentions.find((m) => m.first === k && m.kind === 'name');
  const isFigure = (t: Token | undefined) => t !== undefined && t.tags.has('Value') && !t.tags.has('Date') && !t.tags.has('Determiner');
  /** The item that opens at token `k`: its name and last token, given the preposition the list uses. */
  const itemAt = (k: number, preposition: string | null): { name: Mention; prep: string; last: number } | null => {
    // ("sold the US rights to Gorlan for $180m and the Asian rights to Axholm for $70m": an item may open on the
    // thing it moves, when its own price closes it.)
    // (After the first such item, one may open on a place's name alone: "..., and Canada to Axholm for $70m".)
    const thing = !isFigure(tokens[k]) && (ITEM_DETERMINERS.has(tokens[k]?.norm ?? '') || (preposition !== null && tokens[k]?.tags.has('Place') === true));
    if (!isFigure(tokens[k]) && !thing) return null;
    while (isFigure(tokens[k + 1])) k++;
    // ("four carriers with": lowercase words describe the item, up to a comma.)
    const describes = (at: number) => {
      const t = tokens[at];
      const word = /^[a-z][a-z-]*$/.test(t?.text ?? '') || (thing && /^\p{Lu}[\p{L}.-]*$/u.test(t?.text ?? '') && !nameAt(at));
      return t !== undefined && word && !LIST_PREPOSITIONS.has(t.norm) && !isFigure(t) && !/[,;:]/.test(tokens[at - 1]!.post);
    };
    let j = k + 1;
    for (let words = 0; describes(j) && words < MAX_DESCRIPTOR_WORDS; words++) j++;
    const prep = tokens[j]?.norm ?? '';
    if (!LIST_PREPOSITIONS.has(prep) || (preposition !== null && prep !== preposition)) return null;
    // ("with South Korea's Dogley Heavy Marine": a place's possessive before the name says where it is.)
    // ("to Swiss drugmaker Kessby": a people's adjective and a lowercase noun may describe the name.)
    let at = j + 1;
    const describer = (t: Token | undefined) => t !== undefined && (t.tags.has('Demonym') || PLACE_ADJECTIVES.has(t.norm) || /^[a-z]+$/.test(t.text));
    while (at < j + 4 && describer(tokens[at]) && !(nameAt(at) && !PLACE_ADJECTIVES.has(tokens[at]!.norm)) && !/[,;:]/.test(tokens[at]!.post)) at++;
    const owner = nameAt(at);
    const name = owner?.possessive ? nameAt(owner.last + 1) ?? owner : owner;
    if (!name) return null;
    const last = priceAfter(name.last);
    return thing && last === name.last ? null : { name, prep, last };
  };
  /** "8 turbines from Vell Energy for $40 million": an item's own price after its name; the last token of the item. */
  const priceAfter = (last: number): number => {
    if (!/^(for|at|worth|valued)$/.test(tokens[last + 1]?.norm ?? '') || /[,;]/.test(tokens[last]!.post)) return last;
    let k = last + 1;
    while (k < last + 6 && tokens[k + 1] && !/[,;.]/.test(tokens[k]!.post) && tokens[k + 1]!.norm !== 'and') k++;
    return tokens.slice(last + 2, k + 1).some(isFigure) ? k : last;
  };
  const bracketed = bracketedItems(sentence, mentions, trigger);
  if (bracketed.length >= 2) return bracketed;
  for (let k = trigger + 1; k < tokens.length; k++) {
    const first = itemAt(k, null);
    if (!first) continue;
    const items: GappedItem[] = [{ name: first.name, start: tokens[k]!.start, end: tokens[first.last]!.end }];
    let last = first.last;
    for (;;) {
      let next = last + 1;
      if (!separates(tokens[last]!, tokens[next])) break;
      if (tokens[next]?.norm === 'and') next++;
      const item = itemAt(next, first.prep);
      if (!item) break;
      items.push({ name: item.name, start: tokens[next]!.start, end: tokens[item.last]!.end });
      last = item.last;
    }
    if (items.length >= 2) return items;
    k = first.last;
  }
  return [];
}

export const BRACKETED_EXAMPLE = 'Kelmora awarded its rights to three partners: Varnwick Media (live games, £140m), Feldane Sport (highlights, £25m) and Ulvenor Stream (one package, £30m).';

/**
 * "... to three partners: Pertwick Media (live games, £140m), Quorrel Sport (highlights, £25m) and Delmarsh (£30m)": names
 * listed after the deal word, each with its share of the deal in parentheses after it, a figure among its words.
 * Two or more in a run, set apart by commas or "and", are the deal's other sides, each with its own figure.
 */
function bracketedItems(sentence: Sentence, mentions: readonly Mention[], trigger: number): GappedItem[] {
  const { tokens } = sentence;
  const items: GappedItem[] = [];
  let previousClose = -1;
  const named = mentions.filter((m) => m.kind === 'name' && m.first > trigger);
  for (const name of named) {
    const open = name.last + 1;
    if (!tokens[open]?.parenthetical || !/\(\s*$/.test(tokens[name.last]!.post + tokens[open]!.pre)) continue;
    let close = open;
    while (tokens[close + 1]?.parenthetical) close++;
    if (!tokens.slice(open, close + 1).some((t) => t.tags.has('Money') || /^[$\u20ac\u00a3\u00a5]|\d/.test(t.text))) continue;
    // (Each item follows the last one's parenthesis after a comma or "and".)
    if (items.length > 0 && !(name.first === previousClose + 1 || (tokens[name.first - 1]?.norm === 'and' && name.first === previousClose + 2))) {
      if (items.length >= 2) break;
      items.length = 0;
    }
    items.push({ name, start: tokens[name.first]!.start, end: tokens[close]!.end });
    previousClose = close;
  }
  return items.length >= 2 ? items : [];
}
