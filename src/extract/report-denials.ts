import type { Token } from '../text/document.js';
import { REPORT_NOUNS, UNTRUE } from './cues.js';

/**
 * "Siskin has seen a press story saying it signed an offtake contract with Tarvo. Siskin says the story is
 * false.": a deal told as what a report says, and a report called untrue in the same sentence after it or in
 * one of the next two, is denied. (`reportCalledUntrue` in `cues.ts` reads "reports that Tarvo would buy Siskin are
 * false" within one sentence.)
 */

/** Words that open what a report says: "a report stating that", "speculation regarding a purchase". */
const TELLING: ReadonlySet<string> = new Set(['that', 'stating', 'saying', 'suggesting', 'claiming', 'alleging', 'regarding', 'concerning', 'about', 'on', 'of']);

const REPORT_WORDS: ReadonlySet<string> = new Set([...REPORT_NOUNS, 'article', 'articles']);
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
const INTENSIFIERS: ReadonlySet<string> = new Set(['simply', 'completely', 'entirely', 'totally', 'categorically']);

/**
 * "the report is incorrect", "these reports are wrong", "the story is simply not true": a report noun of `cues.ts`, a
 * form of "be", and one of its words for untrue.
 */
function calledUntrue(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some((w, k) => {
    if (!REPORT_WORDS.has(w) || !BE.has(words[k + 1] ?? '')) return false;
    const at = INTENSIFIERS.has(words[k + 2] ?? '') ? k + 3 : k + 2;
    return UNTRUE.has(words[at] ?? '') || (words[at] === 'not' && /^(?:true|accurate|correct)$/.test(words[at + 1] ?? ''));
  });
}

/** Whether the deal word at `trigger` stands in what a report before it says, in its sentence. */
export function toldAsReport(tokens: readonly Token[], trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(0, trigger - 20); k--) {
    if (/[.;]/.test(tokens[k]!.post)) return false;
    // ("a press story this morning saying that": a word or two of time may stand between.)
    if (REPORT_NOUNS.has(tokens[k]!.norm) && [1, 2, 3].some((d) => k + d < trigger && TELLING.has(tokens[k + d]!.norm) && tokens.slice(k + 1, k + d).every((t) => !/[,;:]/.test(t.post)))) return true;
  }
  return false;
}

/**
 * Whether a report is called untrue after the deal word: in the rest of its sentence (`rest`) or in one of the next
 * two sentences (`next`).
 */
export function reportCalledUntrueLater(rest: string, next: readonly string[]): boolean {
  return calledUntrue(rest) || next.slice(0, 2).some(calledUntrue);
}
