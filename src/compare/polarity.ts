import type { Claim } from '../schema/claim.js';
import type { Comparator } from './comparator.js';
import { amountRole } from '../normalize/values.js';
import type { PositionReader } from './position-reader.js';
import { speaksOfEnding } from '../extract/cues.js';
import { framesOfLemma } from '../lexicon/actions.js';
import type { FrameName } from '../lexicon/frames.js';

/** "SpaceX rent Anthropic", prefixed "denied:" when the text denies it. */
function stance(claim: Claim): string {
  const what = [claim.actor?.canonical, claim.action?.lemma, claim.counterparty?.canonical].filter(Boolean).join(' ');
  return claim.negated ? `denied: ${what}` : `asserted: ${what}`;
}

interface Stance {
  negated: boolean;
  /**
   * Whether the claim states a deal that can be denied: an action, or both sides with a term of the deal ("Tarvo x
   * Siskin, ~$1.2bn all cash"), and money that is no break fee.
   */
  takesStance: boolean;
  /** Whether the claim is of a firm taken over or merged (its action's kind), and the frames its action word may name. */
  takeover: boolean;
  frames: ReadonlySet<FrameName>;
  /** Whether the claim measures goods it moves (tonnes, barrels, megawatts): a sale of goods, never a firm's. */
  goods: boolean;
  /** The claim's sum as "currency per value", or null: a denial that names the asserted deal's own sum is of that deal. */
  sum: string | null;
  words: string;
}

/**
 * Frames of deals that leave a firm in its owners' hands: "Ishara has no plans to buy Tolvane" denies a takeover, not
 * the licence Tolvane granted Ishara, their partnership or an offtake. (A sale, a supply, a payment or a "deal" may be
 * the takeover told another way.)
 */
const BESIDE_TAKEOVER: ReadonlySet<FrameName> = new Set(['licence', 'lease', 'order', 'partnership', 'sponsorship', 'loan', 'grant', 'funding-round']);
/** A denied takeover beside a deal of a frame no takeover is told as. */
const takeoverBesideOther = (denied: Stance, asserted: Stance): boolean =>
  denied.takeover && (asserted.goods || (asserted.frames.size > 0 && [...asserted.frames].every((frame) => BESIDE_TAKEOVER.has(frame))))
  // ("The ¥60bn bridge loan Quenlow had lined up was scrapped after Tolvane's takeover talks collapsed": the loan's own sum names it.)
  && !(denied.sum !== null && denied.sum === asserted.sum);
/**
 * Measures of goods a deal moves: "120,000 tonnes of concentrate", "2 million barrels", "150 MW". ("A report that Siskin
 * is bidding for all of Tarvo is wrong" beside "Tarvo ships Siskin 35,000 tonnes of ore yearly" is a takeover denied beside a sale of goods.)
 */
const GOODS_DIMENSIONS: ReadonlySet<string> = new Set(['mass', 'volume', 'power', 'energy']);
const measuresGoods = (claim: Claim): boolean => claim.quantities.some((q) => GOODS_DIMENSIONS.has(q.dimension));
const sumOf = (claim: Claim): string | null => (claim.amount ? `${claim.amount.currency} ${claim.amount.per ?? ''} ${claim.amount.value}` : null);

// (A claim with no deal word from a sentence that speaks of an end may be that end: "Tarvo walks away from Siskin (£310m)".)
/**
 * "Is the Tarvo offtake actually done?", "... to Siskin — is that locked in?": a yes-no question asks whether the deal
 * stands and asserts nothing. A question told as a statement ("So the sale is not happening?") still takes its stance.
 */
const YES_NO_QUESTION = /^[\s\u2013\u2014-]*(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)\s+(?:that|it|this|the|they|their|its)\b[^?]*\?["'\u201d\u2019]?\s*$/i;
/** The last clause of a text: what follows its last colon, dash set off by spaces, or comma. */
const lastClause = (text: string): string => text.slice(Math.max(text.lastIndexOf(':'), text.lastIndexOf('\u2013'), text.lastIndexOf('\u2014'), text.lastIndexOf(' - '), text.lastIndexOf(',')) + 1);
/**
 * "What about the Tarvo-Siskin stake?", "And this Harlow order?": a question of a noun phrase alone asks about the deal
 * and asserts nothing. (One with a verb, "The deal is done?", is a statement asked back.)
 */
const PHRASE_QUESTION = /^[\s\u2013\u2014-]*(?:(?:and|so|but|what about|how about)\s+)?(?:the|this|that)\s[^?]{0,80}\?["'\u201d\u2019]?\s*$/i;
const VERB_WORD = /\b(?:is|are|was|were|be|been|did|does|do|has|have|had|will|would|can|could|\w+ed)\b/i;
const asksOfPhrase = (clause: string): boolean => PHRASE_QUESTION.test(clause) && !VERB_WORD.test(clause);
const asks = (claim: Claim): boolean => claim.text.includes('?') && (YES_NO_QUESTION.test(lastClause(claim.text)) || YES_NO_QUESTION.test(claim.text) || asksOfPhrase(lastClause(claim.text)));
/**
 * Claims that name no deal word, in a text that denies a deal of the same two sides: "Tarvo calls off its Siskin
 * takeover. Siskin keeps $30m as amends." The figures told around a denial (a fee, what the deal was worth) take
 * no stance on whether it stands. Filled once per comparison by `markBesideDenials`.
 */
let besideDenial = new WeakSet<Claim>();

/** Marks the claims of each source that name no deal word beside a denied claim of the same sides. */
export function markBesideDenials(claims: readonly Claim[]): void {
  // (Fresh for each comparison: a claim compared again within another corpus is marked by that corpus only.)
  besideDenial = new WeakSet<Claim>();
  const denied = new Set<string>();
  const pairOf = (c: Claim) => (c.actor && c.counterparty ? `${c.sourceId}\u0000${[c.actor.canonical, c.counterparty.canonical].sort().join('\u0000')}` : null);
  for (const c of claims) if (c.negated && c.action) { const p = pairOf(c); if (p) denied.add(p); }
  if (denied.size === 0) return;
  for (const c of claims) { const p = pairOf(c); if (!c.action && !c.negated && p && denied.has(p)) besideDenial.add(c); }
}

/** Whether `markBesideDenials` marked the claim: its sum is what was paid around the end, most often a fee. */
export const isBesideDenial = (claim: Claim): boolean => besideDenial.has(claim);

const statesDeal = (claim: Claim): boolean => !asks(claim) && !besideDenial.has(claim) && (Boolean(claim.action)
  || Boolean(claim.actor && claim.counterparty && (claim.amount || claim.duration || countsThings(claim)) && !claim.negated && !speaksOfEnding(claim.text)));
/** A count of goods the deal covers ("forty planes, signed, done"), not a share or a measure of something else. */
const countsThings = (claim: Claim): boolean => claim.quantities.some((q) => q.dimension === 'count');

/**
 * A denial against an assertion of the same event conflicts; two denials agree. Only claims that state the deal
 * itself take a stance: a bare figure states none, and a break fee is paid because the deal ended.
 */
export const comparePolarity: Comparator<Stance> = {
  read: (claim) => ({ negated: claim.negated, takesStance: statesDeal(claim) && amountRole(claim) !== 'fee', takeover: claim.action?.type === 'acquire', frames: framesOfLemma(claim.action?.lemma), goods: measuresGoods(claim), sum: sumOf(claim), words: stance(claim) }),
  compare: (a, b) => {
    if (!a.negated && !b.negated) return null;
    if (!a.takesStance || !b.takesStance) return null;
    if (a.negated !== b.negated && (a.negated ? takeoverBesideOther(a, b) : takeoverBesideOther(b, a))) return null;
    return { field: 'polarity', verdict: a.negated === b.negated ? 'agree' : 'conflict', sides: [a.words, b.words], rule: 'polarity' };
  },
};

/** A claim denies the event or, by default, asserts it. */
export const polarityPositions: PositionReader = (claim) =>
  claim.negated
    ? [{ aspect: 'polarity', key: 'denied', order: 1, describe: () => 'denied' }]
    : [{ aspect: 'polarity', key: 'asserted', order: 0, describe: () => 'asserted', implicit: true }];
