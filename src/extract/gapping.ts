import type { Sentence, Token } from '../text/document.js';
import type { Mention } from './mentions.js';

/**
 * Gapping: "TeleSertão will pay R$180m a year, cable group Onda Sul R$95m a year and zolto R$60m a year" states three
 * deals with one verb. After the figure of a verb's clause, each further name followed at once by its own figure
 * repeats the verb for that name; the names are never the verb's other side.
 */
export const GAPPING_EXAMPLE = 'Tarnok Oil is paying Hallvard $520 million, Sundra Offshore $380 million and Qarib Energy $250 million.';

/** One repeated element: its name and the offsets from the name's start to its figure's end. */
export interface GappedItem {
  name: Mention;
  start: number;
  end: number;
}

/** Lowercase words (an -ing modifier among them) that may describe the name of an item: "cable group Onda Sul", "streaming app zolto". */
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
