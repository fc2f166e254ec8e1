import type { Token } from '../text/document.js';

/**
 * The instrument a deal word names: which round of funding, which kind of loan. Two claims of one pair that name
 * different instruments ("the Series B" and "its Series A", "a term loan" and "a bridge facility") are different
 * deals. Each instrument is a record with the words that name it, an example and a reason.
 */
export interface InstrumentRule {
  /** The label claims carry (`instrument`); for `series` it takes the letter: "series b". */
  label: string;
  /** Whether the tokens from `at` name the instrument; returns the label (or null). */
  read(tokens: readonly Token[], at: number): string | null;
  example: string;
  reason: string;
}

const norm = (tokens: readonly Token[], at: number): string => tokens[at]?.norm ?? '';
const isSum = (t: Token | undefined): boolean => t !== undefined && (t.tags.has('Money') || /^[A-Z]{0,3}[$\u20ac\u00a3\u00a5]?\d[\d.,]*(?:m|mn|bn|k)?$/i.test(t.text));
const wordsAt = (tokens: readonly Token[], at: number, words: readonly string[]): boolean => words.every((w, k) => norm(tokens, at + k) === w);

/** "Series B", "Series C-1": "series" before a round's letter (`findTriggers` reads it as the round's deal word too). */
export const seriesLetterAt = (tokens: readonly Token[], at: number): boolean =>
  norm(tokens, at) === 'series' && /^[A-H](?:[-+]?\d)?['\u2019]?s?[,.;:]?$/.test(tokens[at + 1]?.text ?? '');

export const INSTRUMENT_RULES: readonly InstrumentRule[] = [
  {
    label: 'series',
    read: (tokens, at) => (seriesLetterAt(tokens, at) ? `series ${tokens[at + 1]!.text.charAt(0).toLowerCase()}` : null),
    example: 'Thistle Ventures led the $85 million Series B of Lemand Bio.',
    reason: 'a round is named by its letter; the Series A and the Series B of one firm are two rounds',
  },
  {
    label: 'seed',
    read: (tokens, at) => (/^(pre-seed|seed|angel)$/.test(norm(tokens, at)) ? norm(tokens, at) : null),
    example: 'Thistle Ventures led the $4 million seed round of Lemand Bio.',
    reason: 'a seed or angel round comes before the lettered ones',
  },
  {
    label: 'bridge',
    // ("a $200m bridge for the port purchase": after a sum the word alone is the loan.)
    read: (tokens, at) => (norm(tokens, at) === 'bridge' && (/^(loan|loans|facility|financing|funding|credit)$/.test(norm(tokens, at + 1)) || isSum(tokens[at - 1])) ? 'bridge' : null),
    example: 'Lindgate Bank lent Tarvo Logistics a $200 million bridge facility.',
    reason: 'a bridge loan tides a borrower over until the lasting financing; it is not the term loan that repays it',
  },
  {
    label: 'term loan',
    read: (tokens, at) => (norm(tokens, at) === 'term' && /^(loan|loans|facility)$/.test(norm(tokens, at + 1)) ? 'term loan' : null),
    example: 'Tarvo Logistics signed a $750 million five-year term loan with Lindgate Bank.',
    reason: 'a term loan is drawn once and repaid on a schedule',
  },
  {
    label: 'revolving credit',
    read: (tokens, at) => (wordsAt(tokens, at, ['revolving', 'credit']) || norm(tokens, at) === 'revolver' || tokens[at]?.text === 'RCF' ? 'revolving credit' : null),
    example: 'Lindgate Bank arranged a $300 million revolving credit facility for Tarvo Logistics.',
    reason: 'a revolving facility is drawn and repaid at will, beside any term loan',
  },
];

/** How far before and after the deal word an instrument's words may stand. */
const BEFORE = 3;
const AFTER = 8;

/** The instrument named among the few words around the deal word at `trigger`, within its sentence part. */
export function instrumentAt(tokens: readonly Token[], trigger: number): string | null {
  for (let k = Math.max(0, trigger - BEFORE); k <= Math.min(tokens.length - 1, trigger + AFTER); k++) {
    // ("the round values it at $410m, up from $150m at its 2022 Series B": after the deal word, an instrument a year
    // dates is an earlier deal's.)
    const dated = k > trigger && /^(?:19|20)\d\d$/.test(tokens[k - 1]!.text);
    const label = dated ? null : instrumentRightAt(tokens, k);
    if (label) return label;
    if (k >= trigger && /[.;]/.test(tokens[k]!.post)) break;
  }
  return null;
}

/** The instrument whose words start at token `k` ("Series C" right after "$300m"), or null. */
export function instrumentRightAt(tokens: readonly Token[], k: number): string | null {
  for (const rule of INSTRUMENT_RULES) {
    const label = rule.read(tokens, k);
    if (label) return label;
  }
  return null;
}
