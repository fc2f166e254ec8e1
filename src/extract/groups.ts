import type { Sentence, Token } from '../text/document.js';
import type { Mention } from './mentions.js';
import { isLexiconPlace } from '../text/nlp.js';

/**
 * A group of buyers or investors stands for the firm that leads it or is named first in it: "a consortium led by
 * Rivière", "the Rivière-led group", "a partnership formed by the Nestine fund and Kovris". The group phrase becomes
 * a reference to that firm, so every role rule reads it as the firm. Each way of naming the member is a record.
 */
export interface GroupRule {
  name: string;
  /** Words after the group noun that introduce its member ("led by"); empty for a member written before it. */
  linker: readonly string[];
  example: string;
  /** The party the example's group stands for. */
  refersTo: string;
  reason: string;
}

export const GROUP_RULES: readonly GroupRule[] = [
  {
    name: 'led-by', linker: ['led', 'by'],
    example: 'A consortium led by Riviere Partners agreed to buy Ventura Terminals from Alvenor for €1.4 billion.', refersTo: 'Riviere Partners',
    reason: 'the firm that leads a consortium is the one news names for it, and the one other sources call the buyer',
  },
  {
    name: 'x-led', linker: [],
    example: 'Alvenor sold 80% of Ventura Terminals to the Riviere-led group for €1.4 billion.', refersTo: 'Riviere',
    reason: '"X-led" before a group noun ("the X-led group", "X-led investor group", "X-led banks") names its leader, which stands for the group',
  },
  {
    name: 'comprising', linker: ['comprising'],
    example: 'Alvenor will sell Ventura Terminals to a consortium comprising Riviere Partners and Hoshi Capital.', refersTo: 'Riviere Partners',
    reason: 'the first member a group is said to comprise stands for it',
  },
  {
    name: 'including', linker: ['including'],
    example: 'Alvenor will sell Ventura Terminals to a group including Riviere Partners.', refersTo: 'Riviere Partners',
    reason: 'a group "including" a named firm is told by that firm',
  },
  {
    name: 'formed-by', linker: ['formed', 'by'],
    example: 'Ekvall will sell 49% of Polarhaus to a partnership formed by Nestine Pension and Kovris Capital.', refersTo: 'Nestine Pension',
    reason: 'the first founder of a partnership stands for it',
  },
  {
    name: 'made-up-of', linker: ['made', 'up', 'of'],
    example: 'Alvenor will sell Ventura Terminals to a consortium made up of Riviere Partners and Hoshi Capital.', refersTo: 'Riviere Partners',
    reason: 'the first member a group is made up of stands for it',
  },
];

/** Nouns for a set of firms acting as one buyer, investor or bidder. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'consortium', 'group', 'partnership', 'syndicate', 'alliance', 'coalition', 'club', 'venture',
  // ("Mulmsund-led banks", "a group of lenders led by ...": firms named by what they do, as one side.)
  'banks', 'lenders', 'investors', 'backers', 'bidders', 'buyers',
]);

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** The article or adjectives before a group noun at `head`: "a consortium", "a new investor group". */
function phraseStart(tokens: readonly Token[], head: number): number | null {
  for (let k = head - 1; k >= Math.max(0, head - 3); k--) {
    if (ARTICLES.has(tokens[k]!.norm)) return k;
    if (!/^[a-z][a-z-]*$/.test(tokens[k]!.text) || /[,;:]/.test(tokens[k]!.post)) return null;
  }
  return null;
}

const linkerAt = (tokens: readonly Token[], at: number, linker: readonly string[]): boolean =>
  linker.every((word, k) => tokens[at + k]?.norm === word);

/** "Riviere" of "the Riviere-led group": the capitalized words before "-led", as a name mention. */
function leaderBeforeLed(sentence: Sentence, led: number): Mention | null {
  const { tokens } = sentence;
  if (tokens[led - 1]?.post !== '-') return null;
  let first = led - 1;
  while (first > 0 && /^\p{Lu}/u.test(tokens[first - 1]!.text) && /^\s+$/.test(tokens[first - 1]!.post) && !ARTICLES.has(tokens[first - 1]!.norm)) first--;
  if (!/^\p{Lu}/u.test(tokens[first]!.text)) return null;
  const run = tokens.slice(first, led);
  const name = run.map((t, k) => t.text + (k < run.length - 1 ? ' ' : '')).join('');
  return {
    sentence: sentence.index, first, last: led - 1, start: run[0]!.start, end: run[run.length - 1]!.end, name, kind: 'name',
    possessive: false, personLike: false, rule: 'group-leader',
  };
}

/**
 * The member named at `start`, past what only describes it: "led by Canada's Harwick Capital", "led by private equity
 * firm Osgood Partners", "led by US investor Marlin Capital". A place's possessive, a place before a description and
 * up to three lowercase words of description stand before the firm's name.
 */
function memberAt(tokens: readonly Token[], mentions: readonly Mention[], start: number): Mention | null {
  for (let k = start; k < start + 5 && k < tokens.length; k++) {
    const m = mentions.find((x) => x.first === k);
    if (m) {
      const describes = m.kind === 'name' && isLexiconPlace(m.name.toLowerCase()) && (m.possessive || /^[a-z]/.test(tokens[m.last + 1]?.text ?? ''));
      if (!describes) return m.kind === 'name' ? m : null;
      k = m.last;
      continue;
    }
    if (!/^[a-z][a-z-]*$/.test(tokens[k]!.text) || /[,;:]/.test(tokens[k]!.post) || tokens[k]!.norm === 'and') return null;
  }
  return null;
}

/** The group a sentence names at its group noun `head`, and the firm it stands for, by the first rule that reads it. */
function groupAt(sentence: Sentence, mentions: readonly Mention[], head: number): { first: number; member: Mention; rule: string } | null {
  const { tokens } = sentence;
  const noun = tokens[head]!;
  if (!GROUP_NOUNS.has(noun.norm) || !/^[a-z]/.test(noun.text)) return null;
  // "the Riviere-led group", "a Hartwell-led investor group": one lowercase word may stand between.
  const led = tokens[head - 1]?.norm === 'led' ? head - 1 : tokens[head - 2]?.norm === 'led' && /^[a-z]+$/.test(tokens[head - 1]!.text) ? head - 2 : -1;
  if (led > 0) {
    const leader = leaderBeforeLed(sentence, led);
    if (leader) return { first: leader.first, member: leader, rule: 'x-led' };
  }
  const first = phraseStart(tokens, head);
  if (first === null) return null;
  // ("a group of banks led by X": what the group is made of may stand before the linker.)
  const at = tokens[head + 1]?.norm === 'of' && /^[a-z]+s$/.test(tokens[head + 2]?.text ?? '') ? head + 3 : head + 1;
  for (const rule of GROUP_RULES) {
    if (rule.linker.length === 0 || !linkerAt(tokens, at, rule.linker)) continue;
    const member = memberAt(tokens, mentions, at + rule.linker.length);
    if (member) return { first, member, rule: rule.name };
  }
  return null;
}

/**
 * Adds a reference for every group phrase of a paragraph that names its leader or members: the phrase stands for
 * the leader or the first member. Runs before pronoun resolution, which leaves resolved references as they are.
 */
export function resolveGroups(sentences: readonly Sentence[], mentionsBySentence: Mention[][]): void {
  sentences.forEach((sentence, index) => {
    const mentions = mentionsBySentence[index]!;
    const { tokens } = sentence;
    for (let head = 0; head < tokens.length; head++) {
      const found = groupAt(sentence, mentions, head);
      if (!found || mentions.some((m) => m.first <= head && head <= m.last)) continue;
      const first = tokens[found.first]!;
      const last = tokens[head]!;
      const group: Mention = {
        sentence: sentence.index, first: found.first, last: head, start: first.start, end: last.end,
        name: tokens.slice(found.first, head + 1).map((t) => t.text).join(' '), kind: 'neuter-pronoun',
        possessive: last.possessive, personLike: false, refersTo: [found.member], rule: `group:${found.rule}`,
      };
      const at = mentions.findIndex((x) => x.first > head);
      mentions.splice(at < 0 ? mentions.length : at, 0, group);
    }
  });
}
