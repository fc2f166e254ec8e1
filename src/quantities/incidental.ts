import type { Quantities } from '../schema/quantity.js';
import { tokenIndexAt, type Context } from './context.js';
import type { Token } from './tokens.js';
import { isNumberWord } from './number-words.js';
import { phraseAt, phraseBefore, phraseTable, type PhraseTable } from './phrases.js';
import { RETRACTION_CUES } from '../lexicon/words.js';

type Kind = 'amounts' | 'durations' | 'quantities';

/**
 * Words beside a value that make it no term of a deal, as records: the value stays in the quantity output, marked
 * `incidental` with the reason, and claims leave it out. `after` phrases follow the value, past a linker ("of", "in")
 * and a period adjective ("annual"); `before` phrases end right before it.
 */
export interface IncidentalRule {
  reason: string;
  kinds: readonly Kind[];
  example: string;
  after?: readonly string[];
  before?: readonly string[];
  /**
   * Words naming a firm's own figure, a few words before the value with only words of estimates and changes between
   * ("EBITDA est. 3% to"): `always` name one wherever they stand, `afterPeriod` only after a reporting period ("Q3
   * revenue of"), since "would generate revenue of A$190 million a year" tells what a deal brings in.
   */
  metric?: {
    always: readonly string[];
    afterPeriod?: readonly string[];
    /** The words that may stand between the metric and its value, when not the estimates' words (`METRIC_GLUE`). */
    glue?: readonly string[];
    /** Words of which one must stand between: "shares rose 7% to $12.80" moves, "shares at $12.80" need not. */
    needs?: readonly string[];
  };
  /** Words inside the value's own span that make it incidental: "three straight years". */
  inside?: readonly string[];
  /**
   * Words of which one must stand a few words before the value, in its sentence, for the rule's phrases to count:
   * "a €500 million bond" is how a deal is paid for only after "funded with" or "repay".
   */
  cueBefore?: readonly string[];
  /** Words of which none may follow the `after` phrase within a few words: "a $250 million bridge loan from Osterlund". */
  unlessAfter?: readonly string[];
  /** Whether an `after` phrase counts only past a dash or comma and before a number: "seven years — sorry, ten years" (a `cueBefore` must stand too, when given). */
  replaced?: boolean;
  /** Whether a year after the `replaced` phrase ends the rule ("by ten years to 2039": the year is when the term ends). */
  notYear?: boolean;
  /** Whether a `cueBefore` phrase alone makes the values after it incidental: "an earlier item wrongly said ... £640m". */
  cueSuffices?: boolean;
  /** Whether the rule counts only where an owner stands right before the value: "Brackmoor's $1.3bn backlog", "its $1.3bn backlog". */
  owned?: boolean;
  /** Phrases of which one must stand a few words after the value, in its clause: "... since 2021", "... to date". */
  cueAfter?: readonly string[];
}

/** Words of a stock's move: "shares rose 7% to", "the stock closed at". */
const SHARE_MOVES: readonly string[] = ['up', 'down', 'higher', 'lower', 'rose', 'rise', 'rises', 'fell', 'fall', 'falls', 'jumped', 'jumps', 'climbed',
  'climbs', 'gained', 'gains', 'slid', 'slides', 'slipped', 'slips', 'dropped', 'drops', 'sank', 'sinks', 'surged', 'surges', 'soared', 'soars', 'tumbled',
  'tumbles', 'plunged', 'plunges', 'rallied', 'rallies', 'added', 'lost', 'eased', 'eases', 'edged', 'closed', 'closes', 'ended', 'ends', 'finished',
  'opened', 'opens', 'traded', 'trading', 'trade', 'sending', 'sent', 'pushing', 'pushed', 'lifting', 'lifted', 'spiked', 'spiking', 'popped', 'hit',
  // ("Marrowby's shares were little changed at €18.35", "the stock was flat at $41.20")
  'changed', 'unchanged', 'flat', 'steady', 'were', 'was', 'little',
  // ("stock +2.4% to EUR 6.10", "shares −2% at $40": a note's signed change.)
  '+', '−'];

/** Work a firm does for another, whose present perfect with "for" a span tells a relationship's length: "have built for". */
const TENURE_PARTICIPLES: readonly string[] = ['built', 'supplied', 'served', 'worked', 'partnered', 'operated', 'run', 'managed', 'provided', 'delivered',
  'shipped', 'serviced', 'maintained', 'hosted', 'carried', 'insured', 'financed', 'advised', 'sponsored', 'broadcast', 'distributed', 'known',
  'done business', 'been working', 'been supplying', 'been partners', 'been a customer', 'been a partner', 'been its supplier', 'been their supplier'];

/** Verbs that move a firm's results to a new level: "revenue tripled to", "sales fell to". */
const RESULT_MOVES: readonly string[] = ['rose', 'rise', 'rises', 'fell', 'fall', 'falls', 'grew', 'grow', 'grows', 'climbed', 'climbs', 'jumped',
  'jumps', 'doubled', 'doubles', 'tripled', 'triples', 'surged', 'surges', 'slipped', 'slips', 'dropped', 'drops', 'declined', 'declines',
  'increased', 'increases', 'decreased', 'decreases', 'soared', 'soars', 'slumped', 'slumps', 'plunged', 'plunges'];

const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Verbs that move a deal's terms to new ones: "lifting it from ... to ...". */
const CHANGE_VERBS: readonly string[] = ['lift', 'lifts', 'lifted', 'lifting', 'raise', 'raises', 'raised', 'raising', 'increase', 'increases', 'increased', 'increasing',
  'take', 'takes', 'took', 'taking', 'bring', 'brings', 'brought', 'bringing', 'boost', 'boosts', 'boosted', 'boosting', 'expand', 'expands', 'expanded', 'expanding',
  'cut', 'cuts', 'cutting', 'reduce', 'reduces', 'reduced', 'reducing', 'lower', 'lowers', 'lowered', 'lowering', 'trim', 'trims', 'trimmed', 'trimming'];

/** A firm's results told with their period after them: "revenue for the year was", "sales last year were". */
const PERIOD_METRICS: readonly string[] = ['revenue', 'revenues', 'sales', 'turnover', 'profit', 'profits', 'earnings', 'net income'];
const METRIC_PERIODS_AFTER: readonly string[] = ['for the year was', 'for the year were', 'for the year of', 'for the year came to',
  'for the quarter was', 'for the quarter were', 'for the half was', 'for the half were', 'for the period was', 'last year was',
  'last year were', 'last year came to', 'last year of'];

export const INCIDENTAL_RULES: readonly IncidentalRule[] = [
  {
    reason: 'record-span', kinds: ['durations'], example: 'its largest deal in almost a decade',
    // (A span a record is measured over, or the time a deal closed early or late, is no term of the deal.)
    before: ['in almost', 'in nearly', 'in more than', 'in over', 'in well over', 'in at least', 'in the past', 'in the last',
      'largest deal in', 'biggest deal in', 'largest acquisition in', 'biggest acquisition in', 'largest order in', 'biggest order in',
      'largest in', 'biggest in', 'highest in', 'lowest in', 'first time in', 'first deal in', 'first order in', 'first in'],
    after: ['ahead of schedule', 'behind schedule', 'ahead of plan', 'earlier than expected', 'earlier than planned', 'later than expected', 'later than planned',
      'sooner than expected'],
  },
  {
    reason: 'corrected', kinds: ['amounts', 'durations', 'quantities'], example: 'the term is seven years — sorry, ten years',
    // (A speaker who takes a figure back on air: the figure said first is no term. "twenty million, sorry" with no number
    // after the cue keeps its figure, which is the correction itself.)
    after: ['sorry', 'sorry no', 'no sorry', 'i mean', 'make that', 'or rather', 'scratch that', 'correction', 'no wait', 'wait no', 'wait', 'no no'],
    before: ['i said', 'i keep saying', 'i kept saying', 'i was saying', 'we said', 'i misspoke'],
    replaced: true,
  },
  {
    reason: 'retracted', kinds: ['amounts', 'durations', 'quantities'], example: "Correction: Monday's digest said the deal was worth £640m.",
    // (A correction quotes the figure it takes back: what an earlier item wrongly said is no term of the deal.)
    // ("it was first reported as twenty-seven hundred crore; the filing says ..."): so is what a report was said to give.)
    cueBefore: [...RETRACTION_CUES, 'was reported as', 'were reported as', 'was initially reported as', 'was first reported as', 'was originally reported as', 'had been reported as'],
    cueSuffices: true,
  },
  {
    reason: 'past-period', kinds: ['durations'], example: 'BIG reported $2.6 billion of premiums in the last quarter.',
    // (A period just gone is a time, not a span a deal runs: "the last quarter", "the past year", "the previous decade".)
    inside: ['last', 'past', 'previous', 'prior', 'preceding'],
    // ("the investments we have made over the past three years": so is one the words before call just gone.)
    before: ['over the past', 'over the last', 'during the past', 'during the last', 'across the past', 'within the past', 'within the last', 'through the past'],
  },
  {
    reason: 'tenure', kinds: ['durations'], example: 'We have built for Eastvale for three decades.',
    // (The present perfect of work done for a client "for" a span tells how long a relationship has run, no term of a
    // deal; the perfect of a deal's making, "has signed ... for ten years", is not among the cues.)
    // ("Delvane has been a demanding customer of ours for more than a decade": so does a client "of ours".)
    cueBefore: [...['have', 'has', "'ve"].flatMap((aux) => TENURE_PARTICIPLES.map((verb) => `${aux} ${verb}`)),
      ...['customer', 'client', 'partner', 'supplier'].flatMap((role) => [`${role} of ours`, `${role} of theirs`, `${role}s of ours`])],
    before: ['for', 'for the past', 'for the last', 'for more than', 'for over', 'for nearly', 'for almost', 'for some', 'for about'],
  },
  {
    reason: 'tenure-perfect', kinds: ['durations'], example: 'for 70 years it has bought its chips off the shelf',
    // (A span that opens a clause in the present perfect tells how long something has gone on, no term of a deal.)
    after: ['it has', 'it had', 'they have', 'they had', 'we have', 'we had', 'the company has', 'the group has', 'the firm has'],
    cueBefore: ['for'],
  },
  {
    reason: 'running-tally', kinds: ['quantities', 'amounts'], example: 'Orvik has signed more than 4 gigawatts of wind contracts since 2020',
    // (What a firm has signed, bought or ordered since a date or to date is its running tally, no one deal's size.)
    cueBefore: ['has signed', 'have signed', 'has bought', 'have bought', 'has ordered', 'have ordered', 'has contracted', 'have contracted',
      'has booked', 'have booked', 'has secured', 'have secured', 'has added', 'have added', 'has procured', 'have procured'],
    cueAfter: ['since', 'to date', 'so far'],
  },
  {
    reason: 'history', kinds: ['durations'], example: 'its 25-year history',
    after: ['history', 'track record', 'career', 'tenure', 'tradition', 'heritage', 'anniversary', 'existence', 'relationship', 'partnership history'],
  },
  {
    reason: 'reporting-period', kinds: ['durations'], example: 'full-year profit rose',
    after: ['results', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'sales', 'loss', 'losses', 'guidance', 'outlook', 'forecast',
      'figures', 'dividend', 'ebitda', 'margin', 'margins', 'performance', 'report', 'turnover', 'operating profit', 'net profit', 'net income',
      'premiums', 'written premiums', 'gross written premiums', 'net written premiums'],
    // ("Group revenue rose 4.1% to GBP 1.38 billion in the six months": a span "in the" past tells when results were made.)
    before: ['in the', 'during the'],
  },
  {
    reason: 'savings', kinds: ['amounts'], example: '£60m of annual cost savings',
    after: ['savings', 'cost savings', 'cost synergies', 'synergies', 'cost cuts', 'cost reductions', 'efficiencies', 'efficiency savings'],
    before: ['synergy target', 'synergy target of', 'synergies of', 'cost savings of', 'savings of', 'cost synergies of', 'savings target of'],
  },
  {
    reason: 'pipeline', kinds: ['quantities'], example: 'Trasko counts 3.1 GW of projects under development',
    // (A developer's pipeline measures the developer, no deal.)
    after: ['projects in development', 'projects under development', 'projects in its pipeline', 'pipeline', 'development pipeline', 'project pipeline'],
  },
  {
    reason: 'plan-target', kinds: ['quantities', 'amounts'], example: 'a five-year plan which targets 3 GW of capacity',
    // (What a plan or a firm aims for is no deal's size.)
    before: ['targets', 'targeting', 'target of', 'a target of', 'its target of', 'goal of', 'a goal of', 'its goal of', 'ambition of', 'aims for', 'aiming for'],
  },
  {
    reason: 'target-price', kinds: ['amounts'], example: 'our €48 target price',
    after: ['target price', 'price target', 'share price target', 'fair value', 'fair value estimate', 'target'],
    before: ['tp', 'pt', 'pt to', 'tp to', 'pt of', 'tp of', 'target price of', 'price target of', 'target price to', 'price target to', 'target price at', 'price target at', 'target price is',
      'price target is', 'fair value of', 'fair value estimate of',
      // ("HOLD, target SEK 88", "HALTEN | Kursziel €31", "objectif de cours 19 €": a note's header names its price bare, or in its own tongue.)
      'target', 'kursziel', 'kursziel von', 'objectif', 'objectif de cours', 'cours cible', 'precio objetivo', 'prezzo obiettivo', 'koersdoel'],
  },
  {
    reason: 'results', kinds: ['amounts'], example: 'announced with first-half profit of $455 million',
    // ("Pepperhill did about $610 million in sales last year": what a firm sells is its size; "would bring in 45 million euros of
    // revenue over its term" is what a deal earns, so revenue after the value is no result.)
    after: ['ebitda', 'adjusted ebitda', 'net income', 'net profit', 'operating profit', 'pre-tax profit', 'sales', 'turnover'],
    // ("expected to generate revenue of A$190 million per annum" is what a deal brings in: only a firm's booked revenue is results.)
    before: ['had revenue of', 'had revenues of', 'booked revenue of', 'booked revenues of', 'reported revenue of', 'reported revenues of', 'posted revenue of',
      'had sales of', 'had turnover of', 'reported sales of', 'posted sales of', 'profit of', 'profits of', 'net profit of', 'operating profit of', 'pre-tax profit of', 'pretax profit of', 'net income of', 'earnings of',
      'net loss of', 'operating loss of', 'ebitda of', 'adjusted ebitda of', 'dividend of', 'quarterly dividend of', 'special dividend of',
      'full-year sales of', 'full-year revenue of', 'quarterly sales of', 'quarterly revenue of', 'first-half sales of', 'first-half revenue of',
      // ("will book a capital gain of around EUR 40 million on the disposal": what a deal leaves in the books is not its price.)
      'capital gain of', 'a gain of', 'book a gain of', 'pre-tax gain of', 'impairment of', 'impairment charge of', 'write-down of', 'writedown of',
      'goodwill of',
      // ("a programme which lost €18 million last year": what a firm or a unit lost is its result.)
      'lost', 'lost about', 'lost roughly', 'lost some', 'lost nearly', 'lost almost', 'lost around'],
  },
  {
    reason: 'firm-metric', kinds: ['amounts'], example: 'We cut our FY26 EBITDA est. 3% to $318mn.',
    // (An analyst's note or a results line names the firm's own figures, which no deal term is.)
    metric: {
      always: ['ebitda', 'ebit', 'eps', 'capex', 'opex', 'fcf', 'nav', 'free cash flow', 'net debt', 'net loss', 'net income', 'loss per share',
        'earnings per share', 'dividend per share', 'operating income', 'operating profit', 'pre-tax profit', 'pretax profit', 'gross profit',
        'consensus', 'cons', 'inventory', 'inventories',
        // ("takes order intake to $6.3bn", "backlog now at $1.7bn": the orders a firm holds in all are its size, no deal's term.)
        'intake', 'order intake', 'backlog', 'order backlog', 'order book', 'orderbook', 'bookings'],
      afterPeriod: ['revenue', 'revenues', 'rev', 'sales', 'turnover', 'profit', 'earnings', 'income', 'loss', 'cash burn', 'cash flow'],
    },
    // ("Pistan's revenue for the year was £3.4bn": the period may follow the metric.)
    before: PERIOD_METRICS.flatMap((metric) => METRIC_PERIODS_AFTER.map((period) => `${metric} ${period}`)),
  },
  {
    reason: 'guidance', kinds: ['amounts', 'quantities'], example: 'Our sales guidance remains $900 million.',
    // (What a firm tells investors it will earn or make is its own outlook, no deal's figure: "guidance remains", "guidance
    // for 2027: output of 80,000 tonnes".)
    metric: { always: ['guidance', 'outlook'], glue: ['stays', 'stay', 'remains', 'remain', 'held', 'holds', 'kept', 'maintained', 'reiterated', 'of', 'at', 'to', 'is', 'was', 'now', 'unchanged', 'about', 'around', 'roughly'] },
  },
  {
    reason: 'guidance', kinds: ['amounts', 'quantities'], example: 'Guidance for 2027 calls for output of 80,000 to 90,000 tonnes.',
    // (The volumes a firm guides to are its own plan, whatever deal the same paragraph tells.)
    before: ['production of', 'output of', 'volumes of', 'shipments of', 'sales of', 'revenue of', 'revenues of'],
    cueBefore: ['guiding to', 'guides to', 'guided to', 'guiding for', 'guidance for', 'guidance calls for'],
  },
  {
    reason: 'breakeven', kinds: ['amounts'], example: 'a day rate above its breakeven of $21,000',
    // (What a firm needs to earn to cover its own costs is its cost level, no deal's price.)
    before: ['breakeven of', 'break-even of', 'cash breakeven of', 'cash break-even of', 'breakeven rate of', 'breakeven level of', 'breakeven at', 'break-even at'],
    after: ['breakeven', 'break-even', 'cash breakeven', 'cash break-even', 'breakeven level'],
  },
  {
    reason: 'firm-metric', kinds: ['amounts'], example: "The deal adds little to Brackmoor's $2.6bn backlog.",
    // (The orders a firm holds in all, named after the sum, are its size, no deal's term.)
    // ("a ~$90m backlog add" is what the deal adds: only a backlog a firm is said to own is its size.)
    after: ['backlog', 'order backlog', 'order book', 'orderbook', 'contracted backlog', 'revenue backlog'],
    owned: true,
  },
  {
    reason: 'extension-option', kinds: ['durations'], example: 'The hire is for ten years, and Tovenna holds an option to extend by four years.',
    // (The years a side may add by an option are not the term agreed; an extension told as done, "extended by five
    // years", is.)
    before: ['option to extend for', 'option to extend by', 'option to extend it for', 'option to extend it by', 'options to extend for', 'option to renew for',
      'option to extend for a further', 'option to extend for another', 'option to extend by a further', 'option to renew for a further', 'option to renew for another',
      'option of a further', 'option for a further', 'option for another', 'options for a further', 'extension option of', 'extension options of'],
  },
  {
    reason: 'results-moved', kinds: ['amounts'], example: 'Its revenue nearly doubled over the year to $310 million.',
    // (A firm's results that moved to a level are its own figures: "sales rose 9% to €2.1bn", "profit fell to $40m".
    // What a deal adds to them is read as a contribution.)
    metric: {
      always: ['revenue', 'revenues', 'sales', 'turnover', 'profit', 'net profit', 'earnings'],
      glue: [...RESULT_MOVES, 'to', 'by', 'about', 'roughly', 'some', 'nearly', 'almost', 'around', 'last', 'this', 'year', 'the', 'its',
        'their', '%', '~', 'more', 'than', 'a', 'half', 'in', 'fy', 'annual', 'over'],
      needs: RESULT_MOVES,
    },
  },
  {
    reason: 'inventory-days', kinds: ['durations'], example: 'the step-up in inventory ($1.1B, 142 days)',
    // (How many days of stock a firm holds is its own figure, no deal's term.)
    metric: { always: ['inventory', 'inventories'], glue: ['(', ',', '$', '\u20ac', '\u00a3', 'b', 'bn', 'm', 'mn', 'billion', 'million', 'of', 'at', 'to', 'rose', 'fell', 'was', 'is'] },
    after: ['of inventory', 'of inventories', 'inventory', 'of stock', 'inventory days'],
  },
  {
    reason: 'share-price', kinds: ['amounts'], example: 'Cashby booked the order, sending its shares up 7% to $12.80.',
    // (What a firm's stock trades at is no term of its deal; "shares at $12.80" with no move may be a placement's price.)
    metric: {
      always: ['shares', 'stock', 'share price', 'stock price', 'adrs'],
      // ("Kalindra shares hit the 20% upper circuit at ₹1,512": an exchange's daily price band.)
      glue: [...SHARE_MOVES, 'to', 'at', 'as', 'much', 'high', 'low', 'by', 'a', 'record', 'its', 'their', 'the', 'all-time', 'intraday', '%', '-', 'upper', 'lower', 'circuit', 'limit'],
      needs: SHARE_MOVES,
    },
  },
  {
    reason: 'share-price', kinds: ['amounts'], example: 'Brackmoor finished Tuesday at €8.40.',
    // (A firm that "closed" or "opened" on a day at a price is its stock's price that day; "the deal closed at $310
    // million", with no day between, may be the deal's.)
    before: ['closed', 'opened', 'finished', 'ended', 'traded'].flatMap((verb) => [...WEEKDAYS, 'yesterday', 'today'].flatMap((day) => [`${verb} ${day} at`, `${verb} on ${day} at`])),
  },
  {
    reason: 'debt-carried', kinds: ['amounts'], example: 'Brisco, which carries $300m of debt, plans to pay it down with the proceeds.',
    // (The debt a firm carries or owes is its balance sheet, no deal's price.)
    after: ['debt', 'dollar debt', 'net debt', 'gross debt', 'borrowings', 'liabilities'],
    cueBefore: ['carries', 'carried', 'carrying', 'owes', 'owed', 'owing', 'has', 'had', 'holds', 'held', 'saddled', 'burdened', 'laden'],
    // ("has $300m of debt financing from Tarvo Bank" is a loan told.)
    unlessAfter: ['financing', 'facility', 'facilities', 'from', 'provided', 'arranged', 'led', 'lender', 'lenders', 'bank', 'banks'],
  },
  {
    reason: 'financing', kinds: ['amounts'], example: 'The purchase will be funded with cash and a \u20ac500 million bond.',
    // (How a buyer pays for a deal, or the debt the proceeds pay off, is another transaction: "use the net proceeds to
    // repay its $200 million term loan", "will fund the prepayment from a 400 billion won bond sale".)
    after: ['bond', 'bonds', 'bond sale', 'bond issue', 'notes', 'term loan', 'bridge loan', 'bridge facility', 'loan', 'loans', 'debt',
      'credit facility', 'revolving credit facility', 'revolver', 'rights issue', 'equity raise', 'convertible notes', 'convertible bond',
      'facility', 'bank facility', 'bank loan', 'bank loans', 'loan facility', 'debt facility', 'term facility', 'credit line', 'green bond',
      'syndicated loan', 'share placement', 'share sale'],
    cueBefore: ['fund', 'funds', 'funded', 'funding', 'finance', 'finances', 'financed', 'financing', 'repay', 'repaid', 'repaying',
      'refinance', 'refinanced', 'refinancing', 'redeem', 'redeemed', 'retire', 'pay down', 'paid down', 'pay off', 'paid off'],
    // ("repaid a $250 million bridge loan from Osterlund", "a $900 million credit facility from lenders led by Banco Odris":
    // a loan whose lender the text names is a deal of its own.)
    unlessAfter: ['from', 'provided', 'led', 'arranged', 'extended', 'lender', 'lenders', 'bank', 'banks'],
  },
  {
    reason: 'previous-value', kinds: ['amounts', 'quantities', 'durations'], example: 'cut the price to $160 million, down from the $185 million agreed in March',
    // (A figure a deal moved away from, an asking price or an opening bid, is not what the deal now says.)
    before: ['down from', 'up from', 'reduced from', 'lowered from', 'cut from', 'raised from', 'increased from', 'from an initial', 'from the initial',
      'from an original', 'from the original', 'from an earlier', 'from the earlier', 'asking price of', 'initial asking price of', 'initial offer of',
      'original offer of', 'opening offer of', 'earlier offer of', 'first offer of', 'initial bid of', 'opening bid of', 'earlier bid of',
      'original price of', 'initial price of', 'original price', 'initial price'],
  },
  {
    reason: 'previous-value', kinds: ['amounts', 'quantities', 'durations'], example: 'an amendment taking it from 12 ferries and €300 million to 15 ferries and €372 million',
    // (What a change moved a deal "from", with "to" and the new terms after it, is the deal's old state.)
    cueBefore: CHANGE_VERBS.flatMap((verb) => [`${verb} it from`, `${verb} them from`, `${verb} the contract from`, `${verb} the deal from`, `${verb} the order from`,
      `${verb} the total from`, `${verb} its value from`, `${verb} the value from`, `${verb} the price from`]),
    cueAfter: ['to'],
  },
  {
    reason: 'extension-step', kinds: ['durations', 'amounts', 'quantities'], example: 'Tovenna extended the lease by three years, to eight years in all.',
    // (What an extension adds, with the new whole after it, is a step; the whole is the deal's term.)
    // ("extended ... by four years, to the end of its 2031 season": a date after "to" ends the step, which is the term.)
    cueBefore: ['extended', 'extends', 'extend', 'extending', 'lengthened', 'prolonged', 'enlarged', 'expanded', 'increased', 'raised', 'lifted', 'topped up'],
    after: ['to', 'taking it to', 'bringing it to', 'for a total of', 'making it', 'to a total of'],
    replaced: true,
    notYear: true,
  },
  {
    reason: 'negotiation', kinds: ['durations'], example: 'the agreement, negotiated over five months by the league',
    // (How long the parties talked is not how long their deal runs.)
    after: ['talks', 'negotiations', 'negotiating', 'discussions', 'haggling', 'bargaining', 'due diligence', 'wrangling'],
    before: ['negotiated over', 'negotiated for', 'negotiated in', 'talks lasting', 'talks that lasted', 'negotiations lasting', 'talks over',
      'negotiations over', 'in talks for', 'in negotiations for'],
  },
  {
    reason: 'runway', kinds: ['durations'], example: "The money should fund about 18 months of Siskin's cash burn.",
    // (How long money lasts a firm is no deal's term.)
    cueAfter: ['cash burn', 'burn rate', 'runway', 'cash runway'],
  },
  {
    reason: 'funding-gap', kinds: ['amounts'], example: 'Funding gap on phase two now ~A$180m; equity likely.',
    // (What a firm still has to raise is no deal's sum: the deal that fills it is told apart, with a lender or a buyer.)
    before: ['now', 'of', 'is', 'was', 'at', 'stands at', 'remains', 'about', 'around', 'roughly', 'some'],
    cueBefore: ['funding gap', 'financing gap', 'funding shortfall', 'financing shortfall', 'funding need', 'funding needs'],
  },
  {
    reason: 'streak', kinds: ['durations'], example: 'a hospital that had lost money for three straight years',
    // (A run of years a firm lived through is its history, never a term: no deal runs "three straight years".)
    inside: ['straight', 'consecutive', 'successive'],
    after: ['running', 'in a row', 'in succession'],
  },
  {
    reason: 'costs', kinds: ['amounts'], example: 'the authority could not otherwise fund $95 million of overdue repairs',
    // (What a firm spends on repairs, overruns or its own running is no price of a deal.)
    after: ['costs', 'repairs', 'overdue repairs', 'cost overruns', 'overruns', 'operating costs', 'running costs', 'expenses', 'losses',
      'write-downs', 'writedowns', 'impairments', 'restructuring costs', 'restructuring charges', 'integration costs', 'charges'],
    // ("The truck maker, which burned $210 million of cash last quarter": what a firm burns is its own spending.)
    before: ['burned', 'burnt', 'burned through', 'burnt through', 'burning through', 'burns through', 'burned about', 'burned roughly'],
  },
  {
    reason: 'contribution', kinds: ['amounts'], example: 'the purchase would add roughly $40 million to annual revenue',
    // (What a bought business adds to the buyer's figures is not what the buyer pays for it.)
    after: ['to revenue', 'to revenues', 'to annual revenue', 'to annual revenues', 'to its revenue', 'to sales', 'to annual sales', 'to earnings',
      'to ebitda', 'to annual ebitda', 'to profit', 'to operating profit', 'to its top line', 'to the top line'],
  },
  {
    reason: 'contribution', kinds: ['amounts'], example: 'the transfer would add about €90 million to yearly underwriting profit',
    // (Described on the way: "to annual new-business profit", "to group operating earnings". Revenue added is often the
    // deal's own worth, "adding $90m of contracted revenue": only a measure of profit counts here.)
    cueBefore: ['add', 'adds', 'adding', 'would add', 'will add', 'could add', 'should add'],
    cueAfter: ['profit', 'profits', 'earnings', 'ebitda', 'eps'],
  },
  {
    reason: 'market-size', kinds: ['amounts', 'quantities'], example: 'Analysts expect world graphite demand to reach 4.2 million tonnes by 2029.',
    // (What a whole market buys, imports or is worth is no deal's figure.)
    before: ['demand to reach', 'demand will reach', 'demand could reach', 'demand to hit', 'demand to top', 'demand to exceed',
      'market to reach', 'market will reach', 'market could reach', 'market worth', 'market is worth', 'market was worth', 'market valued at',
      'market size of', 'market to be worth'],
  },
  {
    reason: 'market-size', kinds: ['amounts', 'quantities'], example: 'the world market for farm robots could reach $7.1 billion by 2031',
    // (A market named with what it sells, "the market for farm robots", reaches its size a few words on.)
    before: ['could reach', 'to reach', 'will reach', 'would reach', 'could hit', 'to hit', 'will hit', 'could top', 'to top', 'will top'],
    cueBefore: ['market for', 'market in', 'demand for', 'demand in'],
  },
  {
    reason: 'forecast', kinds: ['amounts'], example: 'could reach peak sales of $4 billion by 2032',
    before: ['peak sales of', 'peak annual sales of', 'peak revenue of', 'peak sales of as much as', 'peak annual revenue of'],
  },
  {
    reason: 'company-size', kinds: ['amounts'], example: 'Binnby, whose market value is about $40 billion',
    before: ['market value of', 'market value is', 'market value was', 'market capitalization of', 'market capitalisation of', 'market cap of',
      'market cap is', 'aum of', 'assets under management of', 'net worth of',
      // ("Tesketh, which manages about $9 billion of annuity reserves": what a firm manages is its size.)
      'manages', 'manages about', 'manages roughly', 'manages some', 'manages nearly', 'manages more than', 'oversees', 'oversees about',
      // ("posted full-year gross written premiums of £2.3 billion": what an insurer writes is its size.)
      'premiums of', 'written premiums of', 'gross written premiums of', 'net written premiums of', 'deposits of', 'customer deposits of'],
    after: ['reserves', 'annuity reserves', 'deposits', 'customer deposits', 'premiums', 'net premiums', 'written premiums', 'gross written premiums',
      'net premiums earned', 'assets under management'],
  },
  {
    reason: 'cash-position', kinds: ['amounts'], example: 'Marrowind, which had EUR 96 million in cash at the end of September, keeps the U.S. rights.',
    // (The cash a firm holds is its own. "pay $35 million in cash" is how a deal is paid: only cash a firm is said to
    // have, or to end a period with, is its own.)
    cueBefore: ['which had', 'which has', 'which holds', 'which held', 'ended', 'ends', 'sits on', 'sitting on', 'had about', 'has about'],
    after: ['cash', 'cash and equivalents', 'cash and cash equivalents', 'cash and investments', 'cash and marketable securities', 'cash on hand', 'net cash'],
  },
  {
    reason: 'cash-position', kinds: ['amounts'], example: 'With CHF 90 million in the bank, Velquor needs no partner.',
    // (A firm's cash told by its balance, or as money "in the bank", is its own, whatever verb stands before it.)
    before: ['cash and equivalents of', 'cash and cash equivalents of', 'cash balance of', 'cash pile of', 'cash reserves of', 'net cash of'],
    after: ['the bank', 'in the bank'],
  },
  {
    reason: 'own-holdings', kinds: ['quantities'], example: 'Dathia runs a fleet of roughly 650 vehicles',
    // ("buy Sestex Tankers and its fleet of 14 tankers", "repairs for its fleet of 62 aircraft": a fleet a deal is about counts.)
    before: ['runs a fleet of', 'operates a fleet of', 'has a fleet of', 'runs a fleet of about', 'runs a fleet of roughly', 'operates a fleet of about',
      'operates a fleet of roughly', 'operates a fleet of some', 'has a fleet of about', 'has a fleet of roughly', 'workforce of', 'headcount of',
      // ("serves nine islands with a fleet of 6 seaplanes", "owns a fleet of 30 barges")
      'with a fleet of', 'with a fleet of about', 'with a fleet of roughly', 'with a fleet of some', 'owns a fleet of', 'owns a fleet of about',
      'a backlog of', 'backlog of', 'order book of', 'backlog stands at', 'backlog now stands at', 'backlog stood at', 'order book stood at', 'orderbook stood at',
      // ("lifts Volterra's backlog to 1,900 aircraft", "took its order book to 212 units")
      'backlog to', 'order book to', 'orderbook to', 'backlog past', 'backlog above', 'fleet to',
      // ("Veldmark's Japanese pipeline is now 2.1GW", "would lift its portfolio to more than 9,000 sites": the firm's own size.)
      'pipeline is', 'pipeline is now', 'pipeline now stands at', 'pipeline to', 'portfolio is', 'portfolio is now',
      'portfolio to', 'portfolio now stands at',
      // ("Thalassa, which operates 85 vessels", "a carrier that flies maybe ninety planes today", "employs 9,400 people")
      'operates', 'operates about', 'operates roughly', 'operates some', 'runs', 'runs about', 'runs roughly', 'runs some', 'flies', 'flies about', 'flies maybe', 'employs', 'employs about', 'employs some',
      // ("Marisco, which handles about 1.6 million tonnes of grain annually": the throughput a firm handles is its size.)
      ...['handles', 'handled', 'processes', 'processed'].flatMap((verb) => ['', ' about', ' roughly', ' some', ' nearly', ' around', ' more than'].map((hedge) => `${verb}${hedge}`)),
      // ("its £180m disposal ... leaves it with 210 department stores": what a seller keeps is its own.)
      'leaves it with', 'leaving it with', 'left it with', 'will leave it with', 'leaves them with', 'leaving them with',
      // ("will take its installed capacity to 48.5 million tonnes per annum": the firm's size after the deal.)
      'installed capacity to', 'total capacity to', 'total installed capacity to',
      // ("a third of our FY27 volume forecast of 4.6 Mt": what a firm is forecast to make is its own.)
      'forecast of', 'volume forecast of', 'production forecast of', 'output forecast of', 'guidance of', 'volume guidance of', 'production guidance of'],
  },
  {
    reason: 'own-holdings', kinds: ['quantities'], example: 'Brackmoor Wind now has 800 MW of capacity online.',
    // (The capacity a firm already runs is its own size, whatever the deal beside it sells.)
    after: ['capacity operating', 'operating capacity', 'capacity in operation', 'capacity online', 'installed'],
    cueBefore: ['already has', 'now has', 'which has', 'already operates', 'already runs', 'now operates'],
  },
  {
    reason: 'audience', kinds: ['quantities'], example: 'Quillby now counts 3.1 million subscribers.',
    // (How many subscribers a firm has is its size, no count of a deal's goods; a licence's "2,600 users" is, and so may
    // be the staff an outsourcing deal moves.)
    inside: ['subscribers'],
  },
  {
    reason: 'capacity', kinds: ['quantities'], example: 'The Skylark 90 seats up to 78 passengers.',
    // (What one unit of the goods holds, seats or carries is a fact of the product, no count of the deal.)
    before: ['seats', 'seat', 'can carry', 'can seat', 'can hold', 'holds up to', 'carries up to', 'seats up to', 'seat up to', 'seats about',
      'with room for', 'room for up to', 'seating for', 'seating up to'],
  },
  {
    reason: 'own-plan', kinds: ['amounts'], example: "Proceeds would go toward the utility's EUR 2.2 billion grid investment plan through 2028.",
    // (What a firm plans to spend on its own assets is its budget, no price of a deal it strikes.)
    after: ['', 'grid ', 'network ', 'growth ', 'expansion ', 'capital ', 'five-year ', 'multi-year ', 'multiyear '].flatMap((kind) =>
      ['investment plan', 'investment programme', 'investment program', 'capex plan', 'capex programme', 'spending plan', 'expenditure plan', 'capital plan']
        .map((plan) => `${kind}${plan}`)),
  },
  {
    reason: 'own-fleet', kinds: ['quantities'], example: "The owner's 26-ship fleet is fully employed through 2026.",
    // (A fleet counted before its noun and told of as a clause's subject is what a firm runs, its size. A fleet a deal
    // moves or serves is its object: "hands Norrick a 420-truck fleet", "maintenance for its 60-engine fleet".)
    after: ['fleet', 'strong fleet'].flatMap((fleet) => ['is', 'was', 'are', 'were', 'has', 'remains', 'will', 'would', 'stays'].map((verb) => `${fleet} ${verb}`)),
  },
  {
    reason: 'fleet-size', kinds: ['quantities'], example: "Brisco Air's fleet now stands at 48 aircraft.",
    // (A fleet as the subject of a count is what a firm runs: "its fleet now numbers 26 vessels", "fleet to reach 95
    // aircraft by 2030". The fleet a deal moves, "buys a fleet of 40 trucks", has "of" after it and is read elsewhere.)
    metric: {
      always: ['fleet'],
      // ("its fleet has now grown to 31 ships": the perfect of the fleet's growth too.)
      glue: ['currently', 'now', 'already', 'then', 'will', 'would', 'should', 'to', 'reach', 'reaches', 'grow', 'grows', 'rise', 'rises', 'stand', 'stands', 'stood',
        'has', 'have', 'had', 'since', 'grown', 'grew', 'risen', 'rose', 'expanded', 'climbed', 'reached',
        'at', 'numbers', 'numbered', 'totals', 'totaled', 'totalled', 'is', 'was', 'some', 'about', 'around', 'roughly', 'nearly', 'almost', 'more', 'than', 'over'],
    },
  },
  {
    reason: 'own-output', kinds: ['quantities'], example: 'the miner produced 4.2 million tonnes of potash last year',
    // (What a firm made or dug up is its own size; "will supply 500,000 tonnes" and "buy the output of 450 megawatts" are the deal's.)
    before: ['produced', 'produced about', 'produced roughly', 'produced some', 'produced nearly', 'produced almost', 'mined', 'mined about',
      'output reached', 'production reached'],
  },
  {
    reason: 'market-benchmark', kinds: ['durations'], example: 'the 30-year Treasury yield hit 5.1%',
    after: ['high', 'low', 'highs', 'lows', 'treasury', 'treasury yield', 'treasuries', 'yield', 'yields', 'gilt', 'gilts', 'bund', 'bunds', 'bund yield', 'mortgage rate', 'swap rate', 'benchmark'],
  },
];

/** What stands between a marked value and the one it replaced: " (from ", ", up from ", " vs ". */
const PREVIOUS_VALUE = /^[(,]? ?(?:from|up from|down from|vs\.?|versus|previously|prior)$/i;

/** Words skipped between a value and an `after` phrase: "£60m of annual cost savings", "$5m in yearly synergies". */
const LINKERS: ReadonlySet<string> = new Set(['of', 'in']);
const PERIOD_WORDS: ReadonlySet<string> = new Set(['annual', 'annualized', 'yearly', 'recurring', 'expected', 'estimated', 'projected', 'pre-tax', 'pretax']);

/** Words that may stand between a firm's metric and its value: "EBITDA est. 3% to", "capex guide raised to", "net loss per share of". */
const METRIC_GLUE: ReadonlySet<string> = new Set([
  'est', 'estimate', 'estimates', 'forecast', 'guide', 'guidance', 'consensus', 'cons', 'target', 'of', 'to', 'at', 'by', 'was', 'is', 'were',
  'came', 'in', 'raised', 'cut', 'lifted', 'lowered', 'trimmed', 'reduced', 'increased', 'rose', 'fell', 'grew', 'reached', 'stood', 'now',
  'unchanged', 'adj', 'adjusted', 'core', 'reported', 'per', 'share', 'our', 'its', 'their', 'the', 'bp', '%', ':', '~', '-',
  // ("the step-up in inventory ($1.1B, 142 days)": a figure in parentheses after its metric)
  '(',
]);
/** Words whose period ends no sentence: "EBITDA est. 3% to", "Q2 adj. EBITDA of". */
const ABBREVIATED: ReadonlySet<string> = new Set(['est', 'adj', 'cons', 'approx']);
/** How many words may stand between a metric and its value. */
const METRIC_REACH = 8;
/** A reporting period right before a metric word: "Q3 ", "FY26 adj. ", "full-year ", "2H ". */
const PERIOD_BEFORE = /(?:\b(?:q[1-4]|fy\s?\d{2,4}|(?:19|20)\d\d|[12]h\d{0,2}|h[12]|ttm|ltm)|full-year|half-year|first-half|second-half|quarterly|fiscal|(?:first|second|third|fourth)-quarter)\s+(?:(?:adj\.?|adjusted|reported|core|net|gross|group)\s+){0,2}$/i;

/** Marks set between a figure and the cue that takes it back: "seven years — sorry", "85 million, I mean". */
const CUE_PUNCTUATION: ReadonlySet<string> = new Set([',', '-', '\u2013', '\u2014', '(', '...', '\u2026']);

/** Words a speaker puts between the cue and the right figure: "sorry, no, it's seventy-five". */
const CUE_FILLERS: ReadonlySet<string> = new Set(['no', 'it', "'", 's', 'is', 'was']);

/** Whether a number opens the words after a cue, up to three words on: "sorry, ten years", "sorry, no, seventy-five". */
function numberFollows(t: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 4 && k < t.length; k++) {
    const x = t[k]!;
    if (x.kind === 'num' || x.lower === 'a' || isNumberWord(x.lower, true) || /^[$\u20ac\u00a3\u00a5]$/.test(x.text)) return true;
    if (!CUE_PUNCTUATION.has(x.text) && !CUE_FILLERS.has(x.lower)) return false;
  }
  return false;
}

interface Compiled {
  replaced: boolean;
  reason: string;
  kinds: ReadonlySet<Kind>;
  after: PhraseTable<true> | null;
  before: PhraseTable<true> | null;
  always: PhraseTable<true> | null;
  afterPeriod: PhraseTable<true> | null;
  glue: ReadonlySet<string>;
  needs: ReadonlySet<string> | null;
  inside: ReadonlySet<string> | null;
  cueBefore: PhraseTable<true> | null;
  cueSuffices: boolean;
  cueAfter: PhraseTable<true> | null;
  unlessAfter: ReadonlySet<string> | null;
  owned: boolean;
  notYear: boolean;
}

const setOf = (words: readonly string[] | undefined): ReadonlySet<string> | null => (words === undefined ? null : new Set(words));

const tableOf = (words: readonly string[] | undefined): PhraseTable<true> | null => (words === undefined ? null : phraseTable(words.map((w) => [w, true] as const)));

const COMPILED: readonly Compiled[] = INCIDENTAL_RULES.map((r) => ({
  replaced: r.replaced === true,
  reason: r.reason,
  kinds: new Set(r.kinds),
  after: tableOf(r.after),
  before: tableOf(r.before),
  always: tableOf(r.metric?.always),
  afterPeriod: tableOf(r.metric?.afterPeriod),
  glue: setOf(r.metric?.glue) ?? METRIC_GLUE,
  needs: setOf(r.metric?.needs),
  inside: setOf(r.inside),
  cueBefore: tableOf(r.cueBefore),
  cueSuffices: r.cueSuffices === true,
  cueAfter: tableOf(r.cueAfter),
  unlessAfter: setOf(r.unlessAfter),
  owned: r.owned === true,
  notYear: r.notYear === true,
}));

/** How many words after a rule's `after` phrase its `unlessAfter` words are looked for. */
const UNLESS_REACH = 6;

/** How many words before a value a rule's cue may stand: "funded with cash and a €500 million bond". */
const CUE_REACH = 12;
/** How many words after a value its `cueAfter` phrase may stand. */
const CUE_AFTER_REACH = 6;
/** Marks that end the stretch a cue is looked for in. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', ';', '!', '?']);

/** Words of an owner right before a value: "its $1.3bn backlog", "Brackmoor's $1.3bn backlog". */
const OWNER_WORDS: ReadonlySet<string> = new Set(['its', 'their', 'our', 'his', 'her']);

/** Whether an owner stands right before the token at `first`: a possessive pronoun, or a name in the possessive. */
function ownedBefore(t: readonly Token[], first: number): boolean {
  const before = t[first - 1];
  return before !== undefined && (OWNER_WORDS.has(before.lower) || /['\u2019]s$/.test(before.lower) || ((before.text === 's' || before.text === "'s") && /['\u2019]/.test(t[first - 2]?.text ?? '')));
}

/** Whether one of the rule's cue phrases stands a few words before the token at `first`, in the same sentence. */
function cueBefore(t: readonly Token[], first: number, cues: PhraseTable<true>): boolean {
  for (let i = first - 1; i >= 0 && i >= first - CUE_REACH; i--) {
    if (CLAUSE_ENDS.has(t[i]!.text)) return false;
    if (phraseAt(t, i, cues) !== null) return true;
  }
  return false;
}

/** Whether one of the cues stands a few words after the token at `from`, in the same clause. */
function cueAfter(t: readonly Token[], from: number, cues: PhraseTable<true>): boolean {
  // ("a 400 MW contract with Belka, its largest since 2020": a comma ends the reach.)
  for (let i = from; i < t.length && i <= from + CUE_AFTER_REACH; i++) {
    if (CLAUSE_ENDS.has(t[i]!.text) || t[i]!.text === ',') return false;
    if (phraseAt(t, i, cues) !== null) return true;
  }
  return false;
}

/** Words skipped before a value when its `before` phrase is looked for: "down from the $185 million", "repay its $200 million". */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/** The index of the comma that opens a relative clause ended by the comma at `close`, or -1. */
function relativeClauseStart(t: Context['tokens'], close: number): number {
  for (let j = close - 1; j >= 0 && j >= close - 16; j--) {
    if (t[j]?.text !== ',') continue;
    return /^(?:which|who|whose)$/.test(t[j + 1]?.lower ?? '') ? j : -1;
  }
  return -1;
}

/** A reporting period right after a figure: "sales of CHF 140m in FY26", "revenue of $2bn for Q3". */
const PERIOD_AFTER = /^\s+(?:in|for)\s+(?:fy\s?\d{2,4}|q[1-4]|[12]h\d{0,2}|h[12])\b/i;

/**
 * Whether a firm's metric stands a few words before the token at `first`, with only words of estimates between;
 * `periodAfter` when a reporting period follows the figure.
 */
function metricBefore(ctx: Context, first: number, rule: Compiled, periodAfter = false): boolean {
  const t = ctx.tokens;
  let needed = rule.needs === null;
  for (let i = first; i >= 0 && i >= first - METRIC_REACH; i--) {
    // ("Vantaro shares, which have lost a third of their value this year, closed 2.3% higher at 18.62 euros": a relative
    // clause set off by commas is stepped over.)
    if (i < first && t[i]?.text === ',') {
      const opens = relativeClauseStart(t, i);
      if (opens >= 0) return needed && rule.always !== null && phraseBefore(t, opens, rule.always) !== null;
    }
    const abbreviation = t[i]?.text === '.' && ABBREVIATED.has(t[i - 1]?.lower ?? '');
    // ("net debt, which was NOK 21bn at the half-year": the metric the relative clause that holds the figure hangs on.)
    if (i < first && needed && rule.always !== null && t[i]?.lower === 'which' && t[i - 1]?.text === ',') return phraseBefore(t, i - 1, rule.always) !== null;
    if (i < first && t[i]?.kind !== 'num' && !abbreviation && !rule.glue.has(t[i]?.lower ?? '')) break;
    if (i < first && rule.needs?.has(t[i]?.lower ?? '') === true) needed = true;
    if (!needed) continue;
    if (rule.always !== null && phraseBefore(t, i, rule.always) !== null) return true;
    const period = rule.afterPeriod === null ? null : phraseBefore(t, i, rule.afterPeriod);
    // ("We model Vestral sales of CHF 140m in FY26": the period may follow the figure.)
    if (period !== null && periodAfter) return true;
    if (period !== null && PERIOD_BEFORE.test(ctx.text.slice(Math.max(0, t[period.start]!.start - 24), t[period.start]!.start))) return true;
  }
  return false;
}

/** Words a speaker pauses on between a phrase and its figure, set off by commas: "revenue of, say, nine million". */
const SPOKEN_FILLERS: ReadonlySet<string> = new Set(['what', 'like', 'um', 'uh', 'er', 'erm', 'oh', 'say', 'ah']);

/** The index a figure's words begin at when a spoken filler set off by commas stands right before it; `first` otherwise. */
function pastFiller(t: Context['tokens'], first: number): number {
  return t[first - 1]?.text === ',' && SPOKEN_FILLERS.has(t[first - 2]?.lower ?? '') && t[first - 3]?.text === ',' ? first - 3 : first;
}

/** Where a value's figure begins inside its span, past words of a bound read into it ("could reach $7.1 billion"). */
function firstFigure(t: Context['tokens'], first: number, end: number): number {
  for (let i = first; i < end; i++) if (t[i]!.kind !== 'word') return i;
  return first;
}

function reasonFor(ctx: Context, kind: Kind, start: number, end: number): string | undefined {
  const t = ctx.tokens;
  const first = pastFiller(t, tokenIndexAt(ctx, start));
  let next = tokenIndexAt(ctx, end);
  const figure = firstFigure(t, first, next);
  if (LINKERS.has(t[next]?.lower ?? '')) next++;
  while (PERIOD_WORDS.has(t[next]?.lower ?? '')) next++;
  // (Whether a reporting period follows the figure, read once for every metric rule that asks.)
  let periodFollows: boolean | undefined;
  const periodAfter = () => (periodFollows ??= PERIOD_AFTER.test(ctx.text.slice(end, end + 16)));
  for (const r of COMPILED) {
    if (!r.kinds.has(kind)) continue;
    if (r.replaced) {
      if (r.cueBefore !== null && !cueBefore(t, first, r.cueBefore)) continue;
      let cue = tokenIndexAt(ctx, end);
      while (CUE_PUNCTUATION.has(t[cue]?.text ?? '')) cue++;
      const hit = r.after === null ? null : phraseAt(t, cue, r.after);
      if (hit !== null && numberFollows(t, hit.end) && !(r.notYear && /^(?:19|20)\d\d$/.test(t[hit.end]?.text ?? ''))) return r.reason;
      if (r.before !== null && phraseBefore(t, first, r.before) !== null) return r.reason;
      continue;
    }
    if (r.cueBefore !== null && !cueBefore(t, first, r.cueBefore)) continue;
    if (r.cueSuffices) return r.reason;
    if (r.cueAfter !== null) {
      if (cueAfter(t, tokenIndexAt(ctx, end), r.cueAfter)) return r.reason;
      continue;
    }
    if (r.inside !== null && t.slice(first, tokenIndexAt(ctx, end)).some((x) => r.inside!.has(x.lower))) return r.reason;
    if (r.owned && !ownedBefore(t, first)) continue;
    const hit = r.after === null ? null : phraseAt(t, next, r.after);
    if (hit !== null && !t.slice(hit.end, hit.end + UNLESS_REACH).some((x) => r.unlessAfter?.has(x.lower) === true)) return r.reason;
    if (r.before !== null && phraseBefore(t, first, r.before) !== null) return r.reason;
    // ("the market could reach $7.1 billion": a bound's words read into the sum may end the rule's phrase.)
    if (r.before !== null && figure > first && phraseBefore(t, figure, r.before) !== null) return r.reason;
    if (r.before !== null && DETERMINERS.has(t[first - 1]?.lower ?? '') && phraseBefore(t, first - 1, r.before) !== null) return r.reason;
    // "PT: $62": a label before a colon.
    if (r.before !== null && t[first - 1]?.lower === ':' && phraseBefore(t, first - 1, r.before) !== null) return r.reason;
    if ((r.always !== null || r.afterPeriod !== null) && metricBefore(ctx, first, r, periodAfter())) return r.reason;
  }
  return undefined;
}

/**
 * Marks values the words beside them make incidental to any deal.
 * @example markIncidental(ctx, findings) // "its 25-year history" → the duration gets `incidental: 'history'`
 */
export function markIncidental(ctx: Context, found: Quantities): Quantities {
  const mark = <T extends { span: { start: number; end: number } }>(kind: Kind, list: T[]): T[] => {
    let last: { end: number; reason: string } | undefined;
    return list.map((v) => {
      // "PT $41 (from $38)": the value a marked one replaced is marked for the same reason.
      const earlier = last !== undefined && v.span.start - last.end < 20 && PREVIOUS_VALUE.test(ctx.text.slice(last.end, v.span.start).trim()) ? last.reason : undefined;
      const reason = reasonFor(ctx, kind, v.span.start, v.span.end) ?? earlier;
      last = reason === undefined ? undefined : { end: v.span.end, reason };
      return reason === undefined ? v : { ...v, incidental: reason };
    });
  };
  return { amounts: mark('amounts', found.amounts), durations: mark('durations', found.durations), quantities: mark('quantities', found.quantities) };
}
