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

/**
 * "the report is incorrect", "these reports are wrong", "the story is simply not true": a report noun of `cues.ts`, a
 * form of "be", and one of its words for untrue.
 */
const CALLED_UNTRUE = new RegExp(
  `\\b(?:${[...REPORT_NOUNS, 'article', 'articles'].join('|')})\\s+(?:is|are|was|were)\\s+(?:(?:simply|completely|entirely|totally|categorically)\\s+)?`
  + `(?:${[...UNTRUE].join('|')}|not\\s+(?:true|accurate|correct))\\b`,
  'i',
);

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
  return CALLED_UNTRUE.test(rest) || next.slice(0, 2).some((text) => CALLED_UNTRUE.test(text));
}
