import type { Comparator } from './comparator.js';

/** A denial against an assertion of the same event conflicts; two denials agree. */
export const comparePolarity: Comparator = (a, b) => {
  if (!a.negated && !b.negated) return null;
  const side = (negated: boolean) => (negated ? 'denied' : 'asserted');
  return {
    field: 'polarity',
    verdict: a.negated === b.negated ? 'agree' : 'conflict',
    sides: [side(a.negated), side(b.negated)],
    rule: 'polarity',
  };
};
