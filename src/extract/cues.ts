import type { Token } from '../text/document.js';
import { HEDGE_WORDS, NEGATION_WORDS } from '../lexicon/words.js';

/**
 * "not just", "not only": a negation that does not deny the claim; "did not confirm", "declined to comment":
 * silence about the claim, not a denial of it.
 */
const NOT_DENIAL_NEXT = new Set(['just', 'only', 'merely', 'simply', 'least', 'yet', 'unlike', 'immediately']);
/** "did not confirm", "have not disclosed", "declined to comment": any form of these verbs. */
const SILENCE = /^(confirm|comment|disclos|reveal|specif|respond|elaborat|discuss|detail|identif|say|said|nam(e|ed|ing)$)/;

/**
 * Whether the words before the action (and right after it) deny it: "did not", "never", "denied that",
 * "no longer", "SpaceX leases no capacity".
 */
export function isNegated(tokens: readonly Token[], from: number, trigger: number): boolean {
  for (let k = from; k <= Math.min(tokens.length - 1, trigger + 1); k++) {
    const token = tokens[k]!;
    if (k === trigger) continue;
    if (!NEGATION_WORDS.has(token.norm)) continue;
    const next = tokens[k + 1]?.norm ?? '';
    if (NOT_DENIAL_NEXT.has(next) || SILENCE.test(next)) continue;
    if (token.norm === 'no' && k < trigger && tokens[k + 1]?.norm === 'doubt') continue;
    if (token.norm === 'without' && k < trigger - 1) continue;
    return true;
  }
  return false;
}

/** Whether the sentence hedges or attributes: "likely", "reportedly", "according to", "people familiar". */
export function isHedged(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) =>
    HEDGE_WORDS.has(t.norm)
    || (t.norm === 'according' && tokens[k + 1]?.norm === 'to')
    || (t.norm === 'familiar' && tokens[k - 1]?.norm === 'people'),
  );
}
