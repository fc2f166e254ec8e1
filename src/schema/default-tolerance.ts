/**
 * Default tolerances. Two amounts of money stated exactly differ beyond rounding at 2% ("$900 million" and
 * "$930 million" are two figures); "about" widens a figure by itself. Durations and quantities allow 5%, percentages
 * at most 2% ("58%" and "60%" of a merged firm are two figures; `compare/quantity.ts`).
 */
export const DEFAULT_TOLERANCE = { money: 0.02, duration: 0.05, quantity: 0.05 } as const;
