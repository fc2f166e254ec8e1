/**
 * Verbs of a one-party statement whose figure can be checked: "Goldman will pay $5.1 billion",
 * "Americans were taxed $400 billion", "64% of Americans say ...". Lemma by form.
 */
export const STATEMENT_VERBS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    pay: ['pay', 'pays', 'paid', 'paying'],
    tax: ['tax', 'taxes', 'taxed'],
    fine: ['fine', 'fines', 'fined'],
    charge: ['charge', 'charges', 'charged'],
    earn: ['earn', 'earns', 'earned'],
    generate: ['generate', 'generates', 'generated'],
    spend: ['spend', 'spends', 'spent'],
    cost: ['cost', 'costs'],
    lose: ['lose', 'loses', 'lost'],
    raise: ['raise', 'raises', 'raised'],
    borrow: ['borrow', 'borrows', 'borrowed'],
    owe: ['owe', 'owes', 'owed'],
    say: ['say', 'says', 'said'],
    value: ['value', 'values', 'valued'],
    employ: ['employ', 'employs', 'employed'],
    hire: ['hire', 'hires', 'hired'],
    cut: ['cut', 'cuts', 'cutting'],
    add: ['add', 'adds', 'added'],
    post: ['post', 'posts', 'posted'],
    // what a party already holds: "Histash currently holds 15% of Lumham" states a stake, not the deal at hand
    hold: ['hold', 'holds', 'held'],
    own: ['own', 'owns', 'owned'],
    report: ['report', 'reports', 'reported'],
    // one figure passing another: "GDP growth eclipses unemployment", "exports surpassed imports"
    exceed: ['exceed', 'exceeds', 'exceeded', 'exceeding', 'surpass', 'surpasses', 'surpassed', 'surpassing', 'eclipse',
      'eclipses', 'eclipsed', 'eclipsing', 'overtake', 'overtakes', 'overtook', 'overtaking', 'outpace', 'outpaces', 'outpaced'],
  }).flatMap(([lemma, forms]) => forms.map((form) => [form, lemma] as const)),
);

/** Words that say which way a figure moved: "rose", "slipped", "up", "flat". Examples: "the index fell 300 points". */
export const TREND_WORDS: ReadonlyMap<string, 'up' | 'down' | 'flat'> = new Map([
  ...['rise', 'rises', 'rose', 'risen', 'rising', 'gain', 'gains', 'gained', 'jump', 'jumps', 'jumped', 'surge', 'surges',
    'surged', 'soar', 'soars', 'soared', 'climb', 'climbs', 'climbed', 'rally', 'rallies', 'rallied', 'up', 'higher',
    'advance', 'advances', 'advanced', 'grow', 'grows', 'grew', 'increase', 'increases', 'increased', 'rebound',
    'rebounds', 'rebounded', 'strong', 'green', 'high', 'positive'].map((w) => [w, 'up'] as const),
  ...['fall', 'falls', 'fell', 'fallen', 'falling', 'drop', 'drops', 'dropped', 'slip', 'slips', 'slipped', 'slide',
    'slides', 'slid', 'decline', 'declines', 'declined', 'down', 'lower', 'plunge', 'plunges', 'plunged', 'tumble',
    'tumbles', 'tumbled', 'sink', 'sinks', 'sank', 'shrink', 'shrinks', 'shrank', 'decrease', 'decreases', 'decreased',
    'dip', 'dips', 'dipped', 'weak', 'red', 'crash', 'crashes', 'crashed', 'low', 'negative'].map((w) => [w, 'down'] as const),
  ...['flat', 'unchanged', 'steady'].map((w) => [w, 'flat'] as const),
]);

/** Verbs of a trading session after which "up" or "down" is the move: "shares ended down 2.3%", "closed up 4%". */
export const SESSION_VERBS: ReadonlySet<string> = new Set(['ended', 'closed', 'finished', 'opened', 'traded', 'trading', 'ends', 'closes', 'finishes', 'opens', 'trades', 'settled']);

/** Verbs that carry no checkable fact of their own, so they make no statement. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did']);

/** Direction words that are adjectives first: they state a move only when no noun follows ("a high-margin unit" states none). */
export const ADJECTIVE_TRENDS: ReadonlySet<string> = new Set(['high', 'low', 'strong', 'weak', 'positive', 'negative', 'green', 'red', 'flat', 'steady']);
