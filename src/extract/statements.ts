import type { Sentence, Token } from '../text/document.js';
import type { Mention } from './mentions.js';
import { ADJECTIVE_TRENDS, LIGHT_VERBS, SESSION_VERBS, STATEMENT_VERBS, TREND_WORDS } from '../lexicon/statements.js';
import { AUXILIARIES, PREPOSITIONS } from '../lexicon/words.js';
import { decorate } from './decorations.js';

/** A one-party statement: "Sensex falls 300 points", "Goldman to pay $5.1 billion", "64% of Americans say". */
export interface Statement {
  /** The subject's mention, or its noun words when it names no party ("unemployment rate"). */
  subject: Mention | { first: number; last: number; name: string };
  predicate: number;
  lemma: string;
  trend: 'up' | 'down' | 'flat' | null;
  /** Token range of the statement's clause, where its figures stand. */
  clause: { first: number; last: number };
}

const SUBJECT_NOUN_TAGS = ['Noun', 'ProperNoun', 'Acronym'];

/** Clause ranges of a sentence, cut at `,`, `;`, `:` and dashes: "Rupee hits low, Sensex falls 300 points". */
function clauses(tokens: readonly Token[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  let first = 0;
  tokens.forEach((t, i) => {
    if (/[,;:\u2014~|]|\s-\s/.test(t.post) || i === tokens.length - 1) {
      out.push({ first, last: i });
      first = i + 1;
    }
  });
  return out;
}

/** What a firm's market price is quoted on: "Harkness stock", "Vustrin shares". */
const SECURITY_NOUNS: ReadonlySet<string> = new Set(['stock', 'stocks', 'shares', 'share', 'equity', 'bonds', 'adrs', 'adr']);

/** "Its shares jumped": a possessive pronoun names no one by itself. */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

function subjectBefore(tokens: readonly Token[], owner: readonly (Mention | undefined)[], clauseFirst: number, predicate: number): Statement['subject'] | null {
  let from = clauseFirst;
  for (let k = predicate - 1; k >= from; k--) {
    const m = owner[k];
    if (m) {
      const prev = tokens[m.first - 1];
      const marked = prev && PREPOSITIONS.has(prev.norm) && !(prev.norm === 'of' && tokens[m.first - 2]?.text.endsWith('%'));
      // ("Tovenna (battery recycling, Oslo) raises $5m": a name in parentheses closed before the verb describes the name
      // before them, even where a comma inside opened the clause.)
      const aside = tokens[m.first]!.parenthetical && !tokens[predicate]!.parenthetical;
      if (aside) {
        let open = m.first;
        while (open > 0 && tokens[open - 1]!.parenthetical) open--;
        from = Math.max(0, Math.min(from, open - 1));
      }
      if (!m.possessive && !marked && !aside && (m.kind === 'name' || m.refersTo)) return m;
      k = m.first;
      continue;
    }
  }
  // No name: the nouns just before the predicate ("unemployment rate falls", "Goldman to pay").
  let end = predicate;
  while (end - 1 >= from && AUXILIARIES.has(tokens[end - 1]!.norm)) end--;
  let first = end;
  while (first - 1 >= from && SUBJECT_NOUN_TAGS.some((tag) => tokens[first - 1]!.tags.has(tag)) && !tokens[first - 1]!.tags.has('Pronoun')
    && !POSSESSIVE_PRONOUNS.has(tokens[first - 1]!.norm) && !tokens[first - 1]!.tags.has('Value') && end - first < 3) first--;
  if (first === end) return null;
  // ("Harkness stock gained 5.1%": the firm is the one whose stock moves.)
  if (end - first > 1 && SECURITY_NOUNS.has(tokens[end - 1]!.norm) && /^\p{Lu}/u.test(tokens[first]!.text)) end--;
  const name = tokens.slice(first, end).map((t) => t.norm.replace(/['\u2019]s$/, '')).join(' ');
  return { first, last: end - 1, name };
}

/** Words of an account before a gain or a loss: "a capital gain", "a one-off loss". */
const ACCOUNT_WORDS: ReadonlySet<string> = new Set(['capital', 'accounting', 'paper', 'tax', 'one-off', 'exceptional', 'disposal', 'pre-tax', 'pretax', 'net', 'impairment']);

/** Words between a pronoun and its verb in a clause that hangs on a noun: "it does not already own". */
const RELATIVE_FILLERS: ReadonlySet<string> = new Set(['not', "n't", 'already', 'still', 'currently', 'now', 'yet']);

/**
 * "the 26% of Kalindra it does not already own", "the shares they hold": a pronoun and its verb right after a noun
 * phrase describe that noun; the verb states nothing of its own, and its "not" denies nothing.
 */
function reducedRelative(tokens: readonly Token[], predicate: number): boolean {
  let k = predicate - 1;
  while (k > 0 && (AUXILIARIES.has(tokens[k]!.norm) || RELATIVE_FILLERS.has(tokens[k]!.norm) || tokens[k]!.text === '')) k--;
  const pronoun = tokens[k];
  const before = tokens[k - 1];
  return pronoun !== undefined && before !== undefined && /^(?:it|they|we|he|she)$/.test(pronoun.norm) && /^\s+$/.test(before.post)
    && before.tags.has('Noun') && !before.tags.has('Pronoun') && !before.tags.has('Verb');
}

/** The statements of a sentence, one per clause at most. */
export function findStatements(sentence: Sentence, mentions: readonly Mention[]): Statement[] {
  const { tokens } = sentence;
  const owner: (Mention | undefined)[] = tokens.map(() => undefined);
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) owner[i] = m;
  const found: Statement[] = [];
  // ("MARCUS FELL (chief operating officer, ...): Let me be clear": a speaker's label, like every word that names no
  // party, holds no verb.)
  const labelled = decorate(sentence).skip;
  for (const clause of clauses(tokens)) {
    for (let p = clause.first + 1; p <= clause.last; p++) {
      const token = tokens[p]!;
      if (labelled.has(p)) continue;
      if (owner[p] && owner[p]!.kind === 'name' && !TREND_WORDS.has(token.norm)) continue;
      // "up to $5 billion" is a bound, "firmed up" a particle, "declined to comment" a refusal: no move.
      const toVerb = tokens[p + 1]?.norm === 'to' && !/^[\d$\u20ac\u00a3\u00a5]/.test(tokens[p + 2]?.text ?? '') && !tokens[p + 2]?.tags.has('Value');
      // ("advanced-packaging capacity", "fast-growing": a word hyphened to the next one is half a compound, no verb.)
      // ("forty million dollars up front": paid ahead, no move.)
      const upFront = token.norm === 'up' && tokens[p + 1]?.norm === 'front';
      const particle = toVerb || upFront || token.post === '-' || ((token.norm === 'up' || token.norm === 'down') && (tokens[p + 1]?.norm === 'to' || (tokens[p - 1]!.tags.has('Verb') && !tokens[p - 1]!.tags.has('Copula') && !SESSION_VERBS.has(tokens[p - 1]!.norm))))
        || (ADJECTIVE_TRENDS.has(token.norm) && (/-/.test(token.post) || (tokens[p + 1]?.tags.has('Noun') === true && !tokens[p + 1]!.tags.has('Value') && !owner[p + 1])));
      // ("expects a capital gain of €70m from the sale": a gain or loss an account books is a figure, no move of the firm.)
      const booked = ACCOUNT_WORDS.has(tokens[p - 1]?.norm ?? '');
      const trend = particle || booked ? null : TREND_WORDS.get(token.norm) ?? null;
      if (!trend && TREND_WORDS.has(token.norm)) continue;
      const lemma = trend ? 'move' : STATEMENT_VERBS.get(token.norm);
      if (!lemma || LIGHT_VERBS.has(token.norm)) continue;
      if (reducedRelative(tokens, p)) continue;
      const subject = subjectBefore(tokens, owner, clause.first, p);
      if (!subject) continue;
      found.push({ subject, predicate: p, lemma, trend, clause });
      break;
    }
  }
  return found;
}

const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Whether a date `datesIn` read is a day of the week: "said on Thursday" dates the report, not a deal. */
export const isWeekday = (date: string): boolean => WEEKDAYS.test(date);
const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** The dates a sentence names, normalized: "tuesday", "27 aug", "2026", "q3". Relative words ("today") name none. */
export function datesIn(tokens: readonly Token[]): string[] {
  const dates = new Set<string>();
  tokens.forEach((t, i) => {
    const word = t.norm.replace(/[^a-z0-9]/g, '');
    if (WEEKDAYS.test(word)) dates.add(word);
    else if (MONTHS.test(word) && word !== 'may' || (word === 'may' && /^\p{Lu}/u.test(t.text))) {
      const month = word.slice(0, 3);
      const day = [tokens[i - 1], tokens[i + 1]].map((n) => n?.norm.replace(/\D/g, '') ?? '').find((d) => d.length > 0 && d.length <= 2);
      dates.add(day ? `${Number(day)} ${month}` : month);
    } else if (/^(19|20)\d\d$/.test(word)) dates.add(word);
    else if (/^q[1-4]$/.test(word)) dates.add(word);
  });
  return [...dates].sort();
}
