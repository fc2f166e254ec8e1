/**
 * Number words as data. Each table maps a lower-case word to its value; the parser in
 * `numbers.ts` combines them ("forty-five", "two and a half", "half a billion").
 */

/** "zero" … "nineteen": "nine GPUs", "eleven years". */
export const SMALL: Readonly<Record<string, number>> = {
  zero: 0, naught: 0, nought: 0, nil: 0,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

/** Whether a lower-case word is a number written in words: "seven", "forty-five", and with `scales` "million". */
export function isNumberWord(word: string, scales = false): boolean {
  return word.split('-').every((w) => Object.hasOwn(SMALL, w) || Object.hasOwn(TENS, w) || (scales && Object.hasOwn(SCALES, w)));
}

/** "twenty" … "ninety": "forty-five". */
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers written as words: "45 billion", "a dozen", "three hundred". */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  dozen: 12, grand: 1e3, lakh: 1e5, lac: 1e5, crore: 1e7,
  dozens: 12, lakhs: 1e5, lacs: 1e5, crores: 1e7,
  // the slips posts and comments make in them ("$300 millon", "2 bilion"), as "fourty" among the tens
  millon: 1e6, milion: 1e6, billon: 1e9, bilion: 1e9, trillon: 1e12,
};

/**
 * Scales that may follow a smaller scale and multiply it, each with an example: Indian style
 * ("Rs 2.4 lakh crore" is 2.4e12 rupees, "seven thousand crore rupees" 7e10) and the long count ("a thousand million").
 */
export const STACKED_SCALES: readonly { words: string; after: readonly string[]; example: string; value: number }[] = [
  { words: 'crore', after: ['lakh', 'lakhs', 'lac', 'lacs', 'thousand', 'hundred'], example: 'Rs 2.4 lakh crore', value: 2.4e12 },
  { words: 'crores', after: ['lakh', 'lakhs', 'lac', 'lacs', 'thousand', 'hundred'], example: '₹5 lakh crores', value: 5e12 },
  // The long count of British and European usage: a thousand millions is a billion.
  { words: 'million', after: ['thousand', 'hundred'], example: 'three thousand four hundred million pounds', value: 3.4e9 },
  { words: 'billion', after: ['thousand', 'hundred'], example: 'one thousand five hundred billion yen', value: 1.5e12 },
];

const STACKS: ReadonlyMap<string, ReadonlySet<string>> = new Map(STACKED_SCALES.map((s) => [s.words, new Set(s.after)]));

/** True when scale word `w` may follow scale word `prev` and multiply it: "lakh crore". */
export function stacks(prev: string | undefined, w: string): boolean {
  return prev !== undefined && (STACKS.get(w)?.has(prev) ?? false);
}

/**
 * Scale abbreviations: "$45B", "€2.5bn", "$10k", "USD 3mn", "$1.2tn".
 * `spaced` ones may stand apart from the digits ("$45 bn"); the others must touch them.
 */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, { value: number; spaced: boolean }>> = {
  k: { value: 1e3, spaced: false },
  m: { value: 1e6, spaced: false },
  mm: { value: 1e6, spaced: false },
  mn: { value: 1e6, spaced: true },
  mln: { value: 1e6, spaced: true },
  mil: { value: 1e6, spaced: true },
  b: { value: 1e9, spaced: false },
  bn: { value: 1e9, spaced: true },
  bln: { value: 1e9, spaced: true },
  bil: { value: 1e9, spaced: true },
  t: { value: 1e12, spaced: false },
  tn: { value: 1e12, spaced: true },
  trn: { value: 1e12, spaced: true },
  tr: { value: 1e12, spaced: false },
  // Indian writing: "₹2,500 cr" is 2,500 crore (2.5e10), "Rs 40 L" is not read (an L is too often a litre).
  cr: { value: 1e7, spaced: true },
};

/** Fractions that join a number: "two and a half", "a quarter of a million", "three quarters". */
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 0.5, halves: 0.5, quarter: 0.25, quarters: 0.25, third: 1 / 3, thirds: 1 / 3,
};

/** Ordinals, for "a first gigawatt", "the second year". */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
