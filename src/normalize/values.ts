import type { Claim } from '../schema/claim.js';
import type { Amount, Period } from '../schema/quantity.js';
import { STEP_WORDS } from '../quantities/counts.js';
import { isNumberWord } from '../quantities/number-words.js';
import { ACTION_WORDS } from '../lexicon/actions.js';

/** How many of each period make a year. */
export const PERIODS_PER_YEAR: Record<Period, number> = { year: 1, quarter: 4, month: 12, week: 52, day: 365 };

/** Words that make an amount one step of a larger sum: "another $4 billion", "an additional $2bn". */
const INCREMENT_BEFORE = /\b(another|additional|further|extra|more|fresh|latest|second|third|(?:a|an)\s+new)\s+(round\s+of\s+|tranche\s+of\s+)?(about\s+|roughly\s+|nearly\s+)?$/i;
/** "20 additional A-270 aircraft", "25 more jets": the first word after a count makes it a step. */
function stepFollows(after: string): boolean {
  return STEP_WORDS.has(/^\s*([a-z]+)/i.exec(after)?.[1]?.toLowerCase() ?? '');
}
/** "20 more trains", "up to twenty additional aircraft": a step word after the count's number, not a bound's "more than". */
function stepInside(own: string): boolean {
  const words = own.toLowerCase().split(/[\s-]+/);
  return words.some((word, i) => i > 0 && STEP_WORDS.has(word) && words[i + 1] !== 'than');
}
/** " to its newbuilding programme", " to the existing order": what a count is added to is a deal, not a firm's fleet. */
const ADDED_TO_DEAL = /^[^.;,]{0,40}?\bto\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:order|orders|order\s+book|orderbook|programme|program|commitment|contract|deal|agreement|framework|facility|line|revolver|loan)\b/i;
/**
 * "is adding three LNG carriers to its newbuilding programme": what is added to a deal the firm already has is a step. A
 * sum that "adds" revenue, or a takeover that "adds eleven licences" to a fleet, says what a deal brings, not a later part.
 */
function addedToDeal(before: string, rest: string): boolean {
  return /\b(?:adding|adds|added)\s+$/i.test(before) && ADDED_TO_DEAL.test(rest);
}
/** "additional call-off orders worth EUR 2.0 billion", "a follow-on order valued at $2bn": a step whose noun comes first. */
const INCREMENT_WORTH = /\b(?:another|additional|further|extra|follow-on|follow-up|repeat|(more))\s+(?:[\w-]+\s+){0,3}(?:worth|valued\s+at|totall?ing|of)\s+(about\s+|roughly\s+|nearly\s+|some\s+|approximately\s+|around\s+)?$/i;
/** "€95 million for a further 350 rooftop sites", "$2.4bn for eight more jets": the price of a step. */
const STEP_BOUGHT_AFTER = /^\s*for\s+(?:(?:a|an)\s+)?(?:(?:further|additional|another|extra)\b|([\w-]+)\s+(?:more|additional|further|extra)\b)/i;
/** "350", "eight", "a dozen"'s "dozen": the word before "more" that counts a step. */
function isCountWord(word: string): boolean {
  return /^\d{1,5}$/.test(word) || isNumberWord(word.toLowerCase(), true);
}
/** "eight more jets worth $2.4bn", "additional orders worth": "more" makes a step only after a count. */
function incrementWorth(before: string): boolean {
  const match = INCREMENT_WORTH.exec(before);
  if (!match) return false;
  return match[1] === undefined || isCountWord(before.slice(0, match.index).trimEnd().split(/\s+/).pop() ?? '');
}
/** "for a further 350 sites", "for eight more jets": the amount is the price of a step. */
function stepBoughtAfter(after: string): boolean {
  const match = STEP_BOUGHT_AFTER.exec(after);
  return match !== null && (match[1] === undefined || isCountWord(match[1]));
}
/** Words that make an amount a running total: "bringing its total to $8 billion", "$6 billion in total". */
const CUMULATIVE_NEAR = /\b(total(ling|ing)?|altogether|cumulative|so far|to date|in all|reaching|bringing)\b/i;

const CARRIED_TO = /\b(?:takes?|taking|took|brings?|bringing|brought|lifts?|lifting|lifted|raises?|raising)\b[^.;,]{0,50}$/i;
const TO_LEVEL = /\bto\s(?:about\s|roughly\s|some\s|nearly\s)?\s*$/i;
/** A firm-wide level, not the pair's: "lifting its order intake for the year to", "raises our forecast to". */
const FIRM_LEVEL = /\b(?:forecasts?|estimates?|guidance|targets?|expectations?|intake|backlog|revenues?|sales|earnings)\b/i;

/** "taking the deal's potential value to": what the deal may be worth in all, its whole. */
const POTENTIAL_WHOLE = /\bpotential\b/i;

/** "takes the fleet to 14 vessels", "taking its order book with the planemaker to 70 jets": a verb carries a running level to the value. */
function carriedTo(before: string): boolean {
  const to = TO_LEVEL.exec(before);
  if (!to) return false;
  const lead = CARRIED_TO.exec(before.slice(0, to.index));
  return lead !== null && !FIRM_LEVEL.test(lead[0]) && !POTENTIAL_WHOLE.test(lead[0]);
}
/** "has now paid out about ¥900 billion", "has now invested", "has now put": a sum so far (a past participle, regular or not). */
const HAS_NOW = /\b(?:has|have)\s+now\s+(?:[a-z]+ed|put|paid|lent|sunk|spent|given|sent|ploughed|plowed)\s+(?:in\s+|into\s+)?(?:about\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+)?$/i;
/** Words around an amount that make it a running total whatever the deal: "cumulative awards ... stand at", "$6bn so far". */
const RUNNING_BEFORE = /\b(?:cumulative(?:ly)?|now stands? at|now totals?|(?:has|have)\s+now\s+[a-z]+ed|total\s+(?:outlay|investment|funding|spend|spending|commitment|exposure|purchases|orders)\b[^.;]{0,40}\bto)\b[^.;]{0,40}$/i;
/** A superlative ranked over the time so far: "its biggest to date", "the largest order to date". */
const RANKED_TO_DATE = /\b(?:biggest|largest|first|highest|best|richest|costliest|most\s+valuable)\s(?:[a-z-]+\s){0,2}?(?:so\sfar|to\sdate)\b/gi;
const RUNNING_AFTER = /^\s*(?:so far|to date)\b/i;
/** "under its", "of a", "from Tarvo's": the words before the sum a tranche belongs to. */
const STEPS_OF_BEFORE = /\b(?:under|of|from|within)\s+(?:the|a|an|its|their|[\p{L}&.-]+['\u2019]s?)\s+(?:about\s+|roughly\s+|some\s+)?$/iu;
/** "... financing package", "... credit facility": what a tranche is drawn from. */
const WHOLE_OF_STEPS_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:package|facility|programme|program|framework|envelope|plan|line)\b/i;
/** A word for one part of a sum paid in parts. */
const TRANCHE_WORD = /\b(?:tranches?|top-?ups?|instal?lments?|installments?)\b/i;
/**
 * "NOK 90 million ... as an initial tranche of the facility", "$40m, the second instalment": an amount that the words
 * after it make one part of a larger sum, as a tranche, instalment or drawdown.
 */
const PART_AFTER = /^[^.;]{0,60}?(?:\b(?:as|in|is|was|being)|,)\s+(?:the|a|an|its|their)\s+(?:first|initial|opening|second|third|fourth|final|latest|next|new)\s+(?:[a-z]+\s+)?(?:tranche|instal?lment|drawdown|disbursement)\b/i;

/** "CHF 450 million upfront", "an upfront payment of $90m": the first part of a deal whose whole runs higher. */
// ("pays €40 million at signing and up to €600 million later": what is paid when the deal is signed or closed.)
// ("USD15m u/f": analysts' notes shorten it; "NOK 90m of cash up front".)
const UPFRONT_AFTER = /^\s*(?:(?:in|of)\s+cash\s+|cash\s+)?(?:(?:up-?front|up front|(?:on|at)\s(?:signing|closing|close))\b|u\/f\b)/i;
// ("the Tarvo-Siskin upfront is ¥6bn, not ¥60bn": the noun alone, and "is" as well as "of".)
const UPFRONT_BEFORE = /\b(?:up-?front(?:\s+(?:cash\s+)?(?:payment|fee))?|(?:initial|down)\s+(?:cash\s+)?(?:payment|fee))\s+(?:of|is|was|will\s+be)\s+(?:about\s+|roughly\s+)?$/i;

/** "a €65 million break fee", "a termination fee of EUR 65 million": what ending the deal costs. */
const FEE_AFTER = /^\s*(?:break(?:-?up)?|termination|walk-?away|reverse\s+termination)\s+(?:fee|payment)/i;
// ("a termination fee of Four Million Dollars ($4,000,000)", "in return for a termination payment of CHF 3 million": a filing
// spells the sum out before its figure in brackets, and may call the fee a payment.)
const FEE_BEFORE = /\b(?:break(?:-?up)?|termination|walk-?away)\s+(?:fee|payment)\s+of\s+(?:about\s+|roughly\s+|some\s+)?(?:(?:[A-Za-z-]+\s+){1,10}\()?$/i;

/**
 * The part of a deal an amount states. Only amounts of one role are compared: an upfront payment with an upfront
 * payment, a break fee with a break fee, a step with a step, a running total or the whole with its own kind.
 */
export type AmountRole = 'upfront' | 'cumulative' | 'whole' | 'increment' | 'fee' | 'milestones';

/** "as much as $1.22 billion in development and sales milestones": the payments a deal may bring past its upfront. */
// ("up to EUR90m dev/reg m/s": and the words notes shorten, joined by slashes.)
const MILESTONES_AFTER = /^\s*(?:in\s+)?(?:(?:potential|further|future|additional|development|dev|regulatory|reg|sales|commercial|and|,|\/)\s*){0,7}(?:milestones?\b|m\/s\b)(?!\s+and\s+upfront)/i;

/** "Masdar's latest injection", "a new tranche": the claim is about one step of a larger sum. */
const STEP_NOUN = /\b(latest|another|additional|fresh|new|second|third|further)\s+(\w+\s+)?(injection|tranche|round|installment|instalment|top-up|infusion)\b/i;
/** "a second order for 120 buses", "another batch of 40": a repeat order is a step of what a buyer takes from a seller. */
const REPEAT_ORDER = /\b(?:another|additional|second|third|fourth|further|follow-on|repeat)\s+(?:\w+\s+)?(?:order|batch)\b/i;
/** "a €3 billion tranche", "a $2bn top-up": the amount names itself a step. */
const STEP_AFTER = /^\s*(?:tranche|top-?up|instal?ment|installment|injection|infusion|follow-?on|add-?on|follow-up)\b/i;
/** "tops up its backing with €3bn", "topped up the fund by $2bn": a verb that adds a step. */
const STEP_VERB = /\b(?:tops?|topped|topping)\s+up\b/i;

/**
 * Whether an amount is a step ("another $4 billion"), a running total ("bringing its total to $8 billion"),
 * or the deal itself. `sentence` is the text the amount stands in, starting at `offset`.
 */
export function roleOfAmount(sentence: string, offset: number, amount: Pick<Amount, 'span'>): AmountRole {
  const before = sentence.slice(Math.max(0, amount.span.start - offset - 70), amount.span.start - offset);
  const after = sentence.slice(amount.span.end - offset, amount.span.end - offset + 20);
  if (stepBoughtAfter(sentence.slice(amount.span.end - offset, amount.span.end - offset + 40))) return 'increment';
  if (FEE_AFTER.test(after) || FEE_BEFORE.test(before)) return 'fee';
  if (UPFRONT_AFTER.test(after) || UPFRONT_BEFORE.test(before)) return 'upfront';
  if (MILESTONES_AFTER.test(sentence.slice(amount.span.end - offset, amount.span.end - offset + 60))) return 'milestones';
  // ("20 additional aircraft": a count's words may hold the word that makes it a step.)
  const own = sentence.slice(amount.span.start - offset, amount.span.end - offset);
  // ("up to 20 more trains": the bound's words come first.)
  const steps = stepFollows(after) || stepInside(own) || addedToDeal(before, sentence.slice(amount.span.end - offset, amount.span.end - offset + 60));
  const rest = sentence.slice(amount.span.end - offset, amount.span.end - offset + 100);
  if (INCREMENT_BEFORE.test(before) || incrementWorth(before) || STEP_AFTER.test(after) || steps || PART_AFTER.test(rest)) return 'increment';
  // "bringing its total to $6 billion", "$6 billion in all", "Nordhavn's €5 billion total commitment"
  if (CUMULATIVE_NEAR.test(before.slice(-25)) || HAS_NOW.test(before) || carriedTo(before) || RUNNING_BEFORE.test(before) || /^\s*(in total|total|altogether|so far|to date|in all|all-in)\b/i.test(after)) return 'cumulative';
  // ("Grebe shares are down 8% year to date": the year's share move, not a running total.)
  // ("the yard's largest to date": a superlative's "to date" ranks the deal, it sums nothing.)
  if (/\b(altogether|in total|so far|(?<!year[\s-])to date|in all|cumulatively)\b/i.test(sentence.replace(RANKED_TO_DATE, ''))) return 'cumulative';
  // "Amazon's total investment in Anthropic stands at $6 billion"
  if (/\btotal\b/i.test(sentence.slice(0, Math.max(0, amount.span.start - offset)))) return 'cumulative';
  // ("the fourth drawdown under its CHF 90 million credit facility": the sum the steps are of is the whole.)
  if (STEPS_OF_BEFORE.test(before) && WHOLE_OF_STEPS_AFTER.test(after)) return 'whole';
  const lead = sentence.slice(0, Math.max(0, amount.span.start - offset));
  if (STEP_NOUN.test(lead) || STEP_VERB.test(lead) || REPEAT_ORDER.test(lead)) return 'increment';
  return 'whole';
}

/** "the second tranche", "its third instalment", "a 2nd drawdown": a step that says which it is. */
const NUMBERED_STEP = /\b(first|initial|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)\s+(?:[\w-]+\s+){0,2}?(?:tranche|instal?lment|installment|drawdown|disbursement|top-?up)\b/i;
const LATER_STEP = /\b(?:further|another|latest|fresh|next)\b/i;
const ORDINALS: Readonly<Record<string, string>> = { initial: 'first', '1st': 'first', '2nd': 'second', '3rd': 'third', '4th': 'fourth', '5th': 'fifth', '6th': 'sixth' };

/**
 * Which step a claim's sum is, where its sentence numbers it ("the second tranche", "a third instalment"), or `later`
 * where it says only that others came before ("a further €80m"): two steps of different numbers are two payments, never
 * one figure told two ways. Null where the words say neither.
 * @example stepNumber({ text: 'Siskin drew the second tranche, €40m.', ... }) // 'second'
 */
export function stepNumber(claim: Pick<Claim, 'text'>): string | null {
  const found = NUMBERED_STEP.exec(claim.text)?.[1]?.toLowerCase();
  if (found) return ORDINALS[found] ?? found;
  // ("a further €80m", "its latest €2bn": a step after others, whichever it is, is not the first.)
  return LATER_STEP.test(claim.text) ? 'later' : null;
}

/** Whether two numbered steps are two payments: different numbers, or the first beside a later one. */
export function differentSteps(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return false;
  return a === 'first' || b === 'first' || (a !== 'later' && b !== 'later');
}

/**
 * The role of a claim's own amount. Only investments come in tranches: "worth $800 million in total" states a
 * licence's whole value, "has invested $6 billion in total" a running sum.
 */
export function amountRole(claim: Pick<Claim, 'amount' | 'text' | 'span' | 'action'>): AmountRole {
  if (!claim.amount) return 'whole';
  // (A sum a later sentence added to the claim stands outside its words, which tell nothing of its role.)
  if (claim.amount.span.start < claim.span.start || claim.amount.span.end > claim.span.end) return 'whole';
  const role = roleOfAmount(claim.text, claim.span.start, claim.amount);
  // A bare figure ("another $3 billion, lifting its total to $8 billion") keeps the role its words give; so does a level
  // any deal is carried to ("a further €2bn of orders, bringing the total under the framework to €5bn").
  if (role !== 'cumulative' || !claim.action || claim.action.type === 'invest') return role;
  const offset = claim.amount.span.start - claim.span.start;
  const before = claim.text.slice(Math.max(0, offset - 60), offset);
  const after = claim.text.slice(claim.amount.span.end - claim.span.start, claim.amount.span.end - claim.span.start + 20);
  // ("NOK 55m in total, counting a third NOK 20m instalment": beside a tranche, a total is the running sum.)
  return carriedTo(before) || RUNNING_BEFORE.test(before) || RUNNING_AFTER.test(after) || TRANCHE_WORD.test(claim.text) ? 'cumulative' : 'whole';
}

/** Lemmas whose every sense is a loan's: the sum they move is a principal. */
const LOAN_LEMMAS: ReadonlySet<string> = new Set(
  [...new Set(ACTION_WORDS.map((w) => w.lemma))].filter((lemma) => ACTION_WORDS.every((w) => w.lemma !== lemma || w.frame === 'loan')),
);
/** "a €300m six-year term loan", "$500m of senior notes": words after a sum that make it a principal. */
const PRINCIPAL_AFTER = /^\s*(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:loans?|bonds?|notes|debentures?|sukuk|facility|facilities|credit\s+lines?|revolver|rcf|mortgages?|debt|borrowings?|refinancing|financing)\b/i;
/** "a loan of €300m", "a bond issue worth $1bn": the noun before the sum. */
const PRINCIPAL_BEFORE = /\b(?:loans?|bonds?|notes|debentures?|sukuk|facility|credit\s+line|revolver|mortgage|refinancing)\s+(?:issue\s+)?(?:of|worth|totall?ing|for)\s+(?:about\s+|roughly\s+|some\s+|up\s+to\s+)?$/i;

/**
 * Whether a claim's sum is a principal: lent or raised once and repaid over the term, never paid per year of it.
 * "Quorrel Bank lent €300 million over six years" is €300M for six years, not €50M a year.
 */
export function isPrincipal(claim: Pick<Claim, 'amount' | 'action' | 'text' | 'span'>): boolean {
  const { amount } = claim;
  if (!amount || amount.per) return false;
  if (claim.action && LOAN_LEMMAS.has(claim.action.lemma)) return true;
  const at = amount.span.start - claim.span.start;
  const end = amount.span.end - claim.span.start;
  if (at < 0 || end > claim.text.length) return false;
  return PRINCIPAL_AFTER.test(claim.text.slice(end, end + 45)) || PRINCIPAL_BEFORE.test(claim.text.slice(Math.max(0, at - 40), at));
}

/**
 * The same fact both ways: a rate over a duration is a total, a total over a duration a rate.
 * "$15 billion annually" -> perYear 15e9; "three-year, $45 billion" -> total 45e9, perYear 15e9.
 * Vague durations ("several years") and a principal's term ("a €300m six-year loan") derive nothing.
 */
export function deriveRateAndTotal(claim: Claim): Claim {
  const { amount, duration } = claim;
  if (!amount || amount.unitPrice) return { ...claim, perYear: null, total: null };
  const years = duration && duration.bound !== 'vague' && duration.months > 0 ? duration.months / 12 : null;
  if (amount.per) {
    const perYear = amount.value * PERIODS_PER_YEAR[amount.per];
    return { ...claim, perYear, total: years ? perYear * years : null };
  }
  return { ...claim, total: amount.value, perYear: years && !isPrincipal(claim) ? amount.value / years : null };
}
