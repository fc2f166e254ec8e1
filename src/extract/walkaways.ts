import type { Sentence, Token } from '../text/document.js';
import type { Mention } from './mentions.js';

/**
 * A firm that leaves a deal told only by the other firm's name, with no deal word: "Tarvo walked away from Siskin
 * Mining", "Tarvo pulls the plug on Siskin". The words end whatever deal the two were doing: the claim denies a
 * deal of the pair, which joins the pair's one specific deal (`generic-joins-specific`). Each record: the verb's forms,
 * the words after it up to the other firm's name, an example and a reason.
 */
export interface Walkaway {
  name: string;
  verbs: readonly string[];
  words: readonly string[];
  example: string;
  reason: string;
}

export const WALKAWAYS: readonly Walkaway[] = [
  {
    name: 'walk-away-from', verbs: ['walk', 'walks', 'walked', 'walking'], words: ['away', 'from'],
    example: 'Ondo Brewing walked away from Kourant Maltings on Friday.',
    reason: 'a buyer that walks away from a firm ends the deal it was doing with it',
  },
  {
    name: 'pull-the-plug-on', verbs: ['pull', 'pulls', 'pulled', 'pulling'], words: ['the', 'plug', 'on'],
    example: 'Word is Ondo pulled the plug on Kourant last night.',
    reason: 'pulling the plug on a firm stops the deal with it',
  },
  {
    name: 'give-up-on', verbs: ['give', 'gives', 'gave', 'given', 'giving'], words: ['up', 'on'],
    example: 'Ulvenor has given up on Pertwick after the regulator objected.',
    reason: 'a bidder that gives up on a firm ends its pursuit of it',
  },
];

/** Words that may stand between the firm and its verb: "has", "has now", "finally". */
const BETWEEN: ReadonlySet<string> = new Set(['has', 'have', 'had', 'now', 'just', 'finally', 'effectively', 'officially', 'reportedly', 'abruptly', 'quietly']);
/** Plain negations before the verb: "did not walk away from Siskin" leaves the deal standing. */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "n't", 'no']);

export interface FoundWalkaway {
  walkaway: Walkaway;
  /** The firm that leaves, and the firm it leaves. */
  leaver: Mention;
  left: Mention;
  /** The verb's token, and the last token of the words after it. */
  verb: number;
  last: number;
  /** A negation stands before the verb. */
  denied: boolean;
}

const isName = (m: Mention | undefined): m is Mention => m !== undefined && m.kind === 'name';

/** Whether the words from `at` are a record's words. */
const wordsAt = (tokens: readonly Token[], at: number, words: readonly string[]): boolean => words.every((w, i) => tokens[at + i]?.norm === w);

/** Every walkaway of `WALKAWAYS` in a sentence whose firm and other firm are names. */
export function findWalkaways(sentence: Sentence, mentions: readonly Mention[]): FoundWalkaway[] {
  const { tokens } = sentence;
  const found: FoundWalkaway[] = [];
  tokens.forEach((token, verb) => {
    const walkaway = WALKAWAYS.find((w) => w.verbs.includes(token.norm) && wordsAt(tokens, verb + 1, w.words));
    if (!walkaway) return;
    const last = verb + walkaway.words.length;
    // (The firm left is named right after the words, and is no owner of a deal noun: "walked away from Siskin's offer"
    // is read by the offer.)
    const left = mentions.find((m) => m.first === last + 1);
    if (!isName(left) || left.possessive) return;
    let k = verb - 1;
    let denied = false;
    while (k >= 0 && (BETWEEN.has(tokens[k]!.norm) || NEGATIONS.has(tokens[k]!.norm) || tokens[k]!.text === '' || /^(?:did|does|do|will|would|could)$/.test(tokens[k]!.norm))) {
      if (NEGATIONS.has(tokens[k]!.norm)) denied = true;
      k--;
    }
    const leaver = mentions.find((m) => m.last === k);
    if (!isName(leaver) || leaver.name === left.name) return;
    found.push({ walkaway, leaver, left, verb, last, denied });
  });
  return found;
}
