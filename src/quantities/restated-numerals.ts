import { parseNumber } from './numbers.js';
import type { Token } from './tokens.js';

/** How many tokens a number written in words may take before its restated numeral: "two hundred and forty-five". */
const MOST_WORD_TOKENS = 8;

/**
 * "four (4) LNG carriers", "a span of nine (9) years": legal drafting writes a number in words and again in digits in
 * parentheses. The numeral in parentheses restates the words before it, so it is dropped and the words read on to the
 * noun or unit after it; so are words in parentheses that restate a numeral ("12 (twelve) years"). A numeral that
 * differs from the words ("three (3.5)") is kept.
 *
 * @example withoutRestatedNumerals(tokenize('four (4) carriers')).map((t) => t.text) // ['four', 'carriers']
 */
export function withoutRestatedNumerals(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.text === '(')) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (restatesWords(tokens, i)) {
      i += 2;
      continue;
    }
    const words = restatingWordsEnd(tokens, i);
    if (words > i) {
      i = words;
      continue;
    }
    out.push(tokens[i]!);
  }
  return out;
}

/**
 * "for 12 (twelve) years": the other order, a numeral restated in words in parentheses. The index of the closing
 * parenthesis when tokens from `i` are "(", the same number in words and ")"; else -1.
 */
function restatingWordsEnd(tokens: readonly Token[], i: number): number {
  const numeral = tokens[i - 1];
  if (tokens[i]?.text !== '(' || numeral?.kind !== 'num' || tokens[i + 1]?.kind !== 'word') return -1;
  const hit = parseNumber(tokens, i + 1);
  if (hit === null || !hit.words || tokens[hit.end]?.text !== ')' || hit.end - i > MOST_WORD_TOKENS) return -1;
  return hit.value === Number(numeral.text.replace(/,/g, '')) ? hit.end : -1;
}

/** Whether tokens `i`..`i + 2` are "(", a numeral and ")" that restate the number in words ending right before `i`. */
function restatesWords(tokens: readonly Token[], i: number): boolean {
  const numeral = tokens[i + 1];
  if (tokens[i]?.text !== '(' || numeral?.kind !== 'num' || tokens[i + 2]?.text !== ')' || tokens[i - 1]?.kind !== 'word') return false;
  // (From the farthest start, so "forty-five (45)" reads the whole number, not its "five".)
  for (let start = Math.max(0, i - MOST_WORD_TOKENS); start < i; start++) {
    const hit = parseNumber(tokens, start);
    if (hit !== null && hit.words && hit.end === i) return hit.value === Number(numeral.text.replace(/,/g, ''));
  }
  return false;
}
