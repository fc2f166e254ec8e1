import type { Quantities } from '../schema/quantity.js';
import type { Span } from '../schema/span.js';
import { ACTION_WORD_FORMS } from '../lexicon/actions.js';

/**
 * The words that set an older deal of the pair beside the news told before them. Each record: the cue (matched at a
 * word's start), an example with the aside in brackets, and a reason. What follows the cue, up to the end of its
 * clause, is an older-deal aside when an older-deal word or a written year dates it (`olderDealAsides`).
 */
export const OLDER_DEAL_CUES: readonly { name: string; cue: RegExp; example: string; reason: string }[] = [
  {
    name: 'follows-older',
    // ("after" also orders the news's own steps, "after regulators cleared it in 2024": an aside tells no deal without
    // a figure or a deal word, and runs at most `LONGEST_ASIDE` characters.)
    cue: /^(?:follows|followed|following|after|replaces|replaced|replacing|succeeds|succeeded|succeeding|supersedes|superseding)\s/i,
    example: 'Tarvo took 12 more cranes from Siskin, following [its 2017 hire of six].',
    reason: 'the deal the news comes after is another deal of the pair; its figures are not the news\'s',
  },
  {
    name: 'compared-older',
    // ("more than $2bn for 30 jets in 2027" is a hedge on the news's own figure: "than" and "double" take a determiner.)
    cue: /^(?:(?:than|double|triple|twice)\s+(?=(?:the|its|their|what|that|those|in|under|at|for)\s)|(?:versus|vs\.?|against|compared\s+(?:with|to)|up\s+from|down\s+from)\s)/i,
    example: 'Ulvenor pays ¥90bn for six years, nearly twice [what it paid under its 2018 pact with Pertwick].',
    reason: 'a figure the news is measured against belongs to the older deal it names',
  },
  {
    name: 'dates-back-to',
    cue: /^(?:dates|dated|dating|goes|went|going|traces|traced)\s+back\s+to\s/i,
    example: 'Tarvo ended its haulage pact with Siskin, a relationship that goes back to [a $9 million trial contract signed in 2015].',
    reason: 'the deal a relationship began with is older than the news; its figures are that deal\'s',
  },
];

/** Any cue's first letters, read once before the word-by-word search: most sentences hold none. */
const ANY_CUE = /\b(?:follow|after|replac|succeed|supersed|than|double|triple|twice|versus|vs|against|compared|up\s+from|down\s+from|(?:dat|go|went|trac)\w*\s+back\s+to)/i;
/** Words that call a deal older than the news: "the original contract", "their previous order". */
const OLDER_WORD = /\b(?:previous|earlier|prior|original|former|initial|first|maiden|inaugural|older|expiring|existing)\b/i;
/** A year written as a year: "in 2021", "(2019)", "the 2022 deal", "back in '16". */
const WRITTEN_YEAR = /\b(?:19|20)\d\d\b|['\u2019]\d\d\b/;
/**
 * What ends the aside's clause: a stop, a semicolon or colon, a dash, a comma before a space, or a conjunction that
 * goes on with the news ("replaces the 2019 contract and runs ten years").
 */
const CLAUSE_END = /[;:!?\u2013\u2014]|\.(?:\s|$)|,\s|\s-\s|\s(?:and|but|while|whereas|so)\s/g;
/** The longest aside, in characters: a longer clause tells more than an older deal's figures. */
const LONGEST_ASIDE = 90;
const YEARS = /\b(?:19|20)\d\d\b|['\u2019]\d\d\b/g;
/** Nouns that name a deal or a step of one without a frame of their own: "This tranche comes after ...". */
const STEP_NOUNS: ReadonlySet<string> = new Set(['transaction', 'transactions', 'tranche', 'tranches', 'extension', 'expansion', 'pilot', 'batch', 'round']);
/** Words that tell a deal: a figure or a deal word. */
const tellsDeal = (text: string): boolean => /\d/.test(text) || text.toLowerCase().split(/[^a-z-]+/).some((w) => ACTION_WORD_FORMS.has(w) || STEP_NOUNS.has(w));

/**
 * Where an aside that starts at `start` ends. A short one a colon closes goes on after it: "more than the first: 25
 * trucks worth $9 million bought in 2019" (the colon's words tell the older deal it names).
 */
function asideEnd(text: string, start: number): number {
  CLAUSE_END.lastIndex = start;
  const first = CLAUSE_END.exec(text);
  if (!first) return text.length;
  if (first[0] !== ':' || text.slice(start, first.index).trim().split(/\s+/).length > 3) return first.index;
  CLAUSE_END.lastIndex = first.index + 1;
  return CLAUSE_END.exec(text)?.index ?? text.length;
}

/**
 * `older-deal-aside`: the spans (offsets into `text`, one sentence) that tell an older deal of the pair beside the news:
 * a cue of `OLDER_DEAL_CUES` after the news's own figure or deal word, up to the end of its clause, that an older-deal
 * word or a written year dates.
 * @example olderDealAsides('Tarvo ordered 30 jets, double the 15 it bought in 2019.') // [{ start: 30, end: 56 }]
 */
export function olderDealAsides(text: string): Span[] {
  const asides: Span[] = [];
  if (!ANY_CUE.test(text)) return asides;
  for (const word of text.matchAll(/\b[a-z]/gi)) {
    const at = word.index;
    if (at > 0 && /[\w'\u2019-]/.test(text[at - 1]!)) continue;
    const head = text.slice(at, at + 20);
    const cue = OLDER_DEAL_CUES.map((c) => c.cue.exec(head)).find((m) => m !== null);
    if (!cue) continue;
    const start = at + cue[0].length;
    const end = asideEnd(text, start);
    const aside = text.slice(start, end);
    if (aside.length > LONGEST_ASIDE) continue;
    if (!OLDER_WORD.test(aside) && !WRITTEN_YEAR.test(aside)) continue;
    // (Both sides of the cue tell a deal: "drops its approach after a board review (2017)" sets no deal beside it.)
    if (!tellsDeal(aside.replace(YEARS, '')) || !tellsDeal(text.slice(0, at))) continue;
    asides.push({ start, end });
  }
  return asides;
}

const inside = (asides: readonly Span[]) => (span: Span): Span | undefined => asides.find((s) => s.start <= span.start && span.end <= s.end);

/** The figures of a sentence less those inside the given asides (offsets of both are the text's). */
export function withoutAsides(values: Quantities, asides: readonly Span[]): Quantities {
  if (asides.length === 0) return values;
  const within = inside(asides);
  const kept = <T extends { span: Span }>(v: T) => within(v.span) === undefined;
  return { amounts: values.amounts.filter(kept), durations: values.durations.filter(kept), quantities: values.quantities.filter(kept) };
}

/** The older-deal aside a span stands in, if any. */
export function asideOf(asides: readonly Span[], span: Span): Span | undefined {
  return inside(asides)(span);
}

/** What telling a claim's deal reads: its sentence and its deal word, and, when known, its figures (offsets the source's). */
export interface ToldClaim {
  text: string;
  span: Span;
  action: { span: Span } | null;
  amount?: { span: Span } | null;
  duration?: { span: Span } | null;
  quantities?: readonly { span: Span }[];
}

/**
 * The older-deal aside a claim tells, if any (offsets into its `text`), and the asides of its sentence. Its figures say
 * whose deal a claim is: all inside one aside, that aside's; all outside, the news's; with no figure, its deal word's.
 */
export function olderAsideOfClaim(claim: ToldClaim): { own: Span | undefined; asides: Span[] } {
  const asides = olderDealAsides(claim.text);
  if (asides.length === 0) return { own: undefined, asides };
  const within = (s: Span, at: Span) => s.start <= at.start && at.end <= s.end;
  const local = (v: Span) => ({ start: v.start - claim.span.start, end: v.end - claim.span.start });
  const figures = [claim.amount, claim.duration, ...(claim.quantities ?? [])].flatMap((v) => (v ? [local(v.span)] : []));
  if (figures.length > 0) return { own: asides.find((s) => figures.every((f) => within(s, f))), asides };
  const word = claim.action ? local(claim.action.span) : null;
  return { own: word ? asides.find((s) => within(s, word)) : undefined, asides };
}
