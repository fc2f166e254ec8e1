/**
 * Default tolerances. Two amounts of money stated exactly differ beyond rounding at 2% ("$900 million" and
 * "$930 million" are two figures); "about" widens a figure by itself. Durations and quantities allow 5%.
 */
export const DEFAULT_TOLERANCE = { money: 0.02, duration: 0.05, quantity: 0.05 } as const;
