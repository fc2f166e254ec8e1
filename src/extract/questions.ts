import type { Party } from '../schema/claim.js';
import type { Amount, Duration, Quantities, Quantity } from '../schema/quantity.js';
import type { Doc, Sentence } from '../text/document.js';
import type { Turn } from './speakers.js';
import { speakerLabel } from './decorations.js';

/**
 * `question-yields`: in a transcript, the figures a question asks about give way to the answer's figures of the same
 * measure ("Q: that's the twelve-year contract, right? A: Fifteen. Fifteen years, not twelve."): the asker guessed,
 * the answer tells. An answer stands in a later turn than its question.
 *
 * `rebuttal-yields`: so do the figures of a statement that a later turn opens by rebutting ("HOST: everyone says twelve
 * years. GUEST: No. I've read the term sheet. It's ten years."): the rebuttal tells.
 */

/** A turn that opens by rebutting what was said, after its speaker's label: "No.", "Nope,", "Not quite.", "Wrong -". */
const REBUTTAL = /^(?:[^:\n]{1,80}:\s*)?["'\u201c]?(?:no|nope|not (?:quite|really|so|true|exactly)|wrong|that's wrong|that is wrong|incorrect)\b\s*[.,!\u2014-]/i;

/** What a claim being read holds that a question's answer may replace. */
export interface Asked {
  sentence: Sentence;
  actor: Party | null;
  counterparty: Party | null;
  amounts: Amount[];
  durations: Duration[];
  quantities: Quantity[];
}

/** Whether a draft's sentence asks a question ("that's the twelve-year contract, right?"). */
const asks = (doc: Doc, draft: Asked): boolean => /\?["'\u201d\u2019]?\s*$/.test(doc.text.slice(draft.sentence.span.start, draft.sentence.span.end));

/** The figures of a question's claim that an answer states a figure of the same measure for are dropped. */
export function dropAsked(asked: Asked, answer: Pick<Quantities, 'amounts' | 'durations' | 'quantities'>): void {
  if (answer.amounts.length > 0) asked.amounts = [];
  if (answer.durations.length > 0) asked.durations = [];
  const units = new Set(answer.quantities.map((q) => q.unit));
  asked.quantities = asked.quantities.filter((q) => !units.has(q.unit));
}

/**
 * Whether `sentence` answers what `asked` was read from: a question, from a later turn of the transcript, or a
 * statement that a later turn opens by rebutting (`rebuttal-yields`).
 */
export function answers(doc: Doc, turns: readonly (Turn | undefined)[], asked: Asked, sentence: Sentence): boolean {
  const turn = turns[sentence.index];
  // ("HOST: ... for six years? GUEST: It's five years.": a role's label opens a turn too.)
  const numbers = turnNumbers(doc);
  const laterTurn = sentence.index > asked.sentence.index
    && ((turn !== undefined && turn !== turns[asked.sentence.index]) || numbers[sentence.index]! > numbers[asked.sentence.index]!);
  return (laterTurn && asks(doc, asked)) || rebuts(doc, asked, sentence);
}

/** Each sentence's turn, counted from 1 at the first speaker's label, a role's ("HOST:", "GUEST:") too; 0 before any label. */
const TURN_NUMBERS = new WeakMap<Doc, number[]>();
function turnNumbers(doc: Doc): number[] {
  let numbers = TURN_NUMBERS.get(doc);
  if (numbers === undefined) {
    let turn = 0;
    numbers = doc.sentences.map((s) => (speakerLabel(s.tokens, 0) ? ++turn : turn));
    TURN_NUMBERS.set(doc, numbers);
  }
  return numbers;
}

/** Whether `sentence` stands in a later turn than `asked`'s, and that turn opens by rebutting what was said (`REBUTTAL`). */
function rebuts(doc: Doc, asked: Asked, sentence: Sentence): boolean {
  const numbers = turnNumbers(doc);
  const turn = numbers[sentence.index]!;
  if (turn === 0 || sentence.index <= asked.sentence.index || turn === numbers[asked.sentence.index]) return false;
  const opening = doc.sentences[numbers.indexOf(turn)];
  return opening !== undefined && REBUTTAL.test(doc.text.slice(opening.span.start, opening.span.end));
}

/** `question-yields` across drafts: a question's figures give way to a later turn's draft of the same two sides that states the measure. */
export function answerQuestions(doc: Doc, turns: readonly (Turn | undefined)[], drafts: readonly Asked[]): void {
  const pairOf = (d: Asked) => [d.actor?.canonical ?? '', d.counterparty?.canonical ?? ''].sort().join('|');
  for (const [k, asked] of drafts.entries()) {
    if (!asked.actor || !asked.counterparty) continue;
    for (const later of drafts.slice(k + 1)) {
      if (answers(doc, turns, asked, later.sentence) && pairOf(later) === pairOf(asked)) dropAsked(asked, later);
    }
  }
}
