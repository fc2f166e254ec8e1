import type { Claim } from '../schema/claim.js';
import type { Span } from '../schema/span.js';
import { findTimes, perfectSince, type TimeMatch } from './times.js';
import { olderAsideOfClaim } from './older-deal-asides.js';

/**
 * Where a time stands on a claim's deal. A sentence names many times ("its stock is down 24% so far this year", "the
 * planned 2027 start"); only one that stands on the deal dates it. Each place is a record with an example (the
 * words that date the deal in brackets) and a reason; they are tried in order and the first that holds wins.
 */
export interface TimePlace {
  name: string;
  example: string;
  reason: string;
  /** Whether the place dates a claim with no deal word: `also` beside deal words, `only` without one; unset, never. */
  withoutDealWord?: 'also' | 'only';
  find(on: DealWords, times: readonly TimeMatch[]): TimeMatch | undefined;
}

/** The claim's sentence and where its deal word stands in it (offsets into `text`). */
export interface DealWords {
  text: string;
  action: { start: number; end: number } | null;
  nominal: boolean;
  /** The deal is told in the past: "bought", "has agreed to buy", "was sold". */
  past: boolean;
}

/** Past-tense deal words and the auxiliaries that put a deal in the past before an infinitive. */
// ("In 2019 Tarvo let its depot to Siskin": verbs whose past is written as their present, "let", "sublet", "bid".)
const PAST_TENSE = /^(?:\w+ed|sold|bought|paid|took|won|led|lent|struck|spent|put|made|sent|gave|signed|sealed|landed|let|sublet|bid|set|cut|split|shut)$/i;
const PAST_BEFORE = /\b(?:had|has|have|was|were|did|\w+ed|won|struck|sealed)\s+(?:\w+\s+)?(?:to\s+)?$/i;
/** "will buy", "expects to close", "plans to order": a deal still to come. */
const FUTURE_BEFORE = /\b(?:will|shall|would|expects?|expected|plans?|planned|aims?|intends?|set|due|is to|are to)\s+(?:\w+\s+){0,2}$/i;

/** "ships to Wrenfold under a trial deal signed in 2020": a participle of signing dates the deal whatever the verb's tense. */
const SIGNED_IN = /\b(?:signed|struck|agreed|awarded|inked|sealed|concluded|placed)\s+(?:back\s+)?in\s+$/i;

/** A time a writer sets on a deal noun or a deal told in the past, or one that is now or before now whatever the tense. */
const datesDeal = (on: DealWords, t: TimeMatch): boolean => on.nominal || on.past || (t.value.relative !== undefined && t.value.relative.offset <= 0);

/** "Solano's 2016 order", "this week's 75-jet order", "Tern last year agreed to buy": up to three words before the deal. */
const RIGHT_BEFORE = /^(?:['\u2019]s)?\s+(?:[a-z0-9$][\w$.-]*\s+){0,3}$/;
/** "the deal struck last year", "its investment in 2023", "its first contract, signed in 2022": right after a deal noun. */
const AFTER_NOUN = /^,?\s+(?:(?:signed|struck|announced|agreed|made|placed|booked|completed|closed|unveiled|reached)\s+)?(?:(?:back\s+)?in\s+|during\s+|of\s+|from\s+)?$/i;
/** "its first contract, signed at the Paris show in 2019": a participle with a few words before the year's "in". */
const SIGNED_AT = /^,?\s(?:signed|struck|announced|agreed|made|placed|booked|completed|closed|unveiled|reached)\s[^,.;:]{1,30}$/i;
const IN_BEFORE_YEAR = /\s(?:back\s)?(?:in|during)\s$/i;
/** "bought ... in 2019", "agreed to buy the depot last week": later in the deal's clause. */
// (A decimal point or a thousands comma inside a figure ends no clause: "paid 2.4 billion euros for ... in 2016".)
const LATER_IN_CLAUSE = /^(?!.*\s-\s)(?:[^.;,:()\u2013\u2014]|(?<=\d),(?=\d{3})|(?<=\d)\.(?=\d)){0,100}$/;
/** "the licence that Aramis took from Pellucid in 2024": a deal noun dated by the past verb of its own clause. */
const PAST_VERB = /\b(?:\w+ed|took|struck|won|sold|bought|signed|made|paid|sealed|landed|came|went|got|began)\b/i;
/** "OSLO, May 4 - ", "SAN JOSE, Calif., Nov 21 (Wire) - ": a dateline opens with a place in capitals and a comma. */
const DATELINE_PLACE = /^\p{Lu}[\p{Lu}.'/-]*(?: \p{Lu}[\p{Lu}.'/-]*){0,3},/u;
const DATELINE_DASH = /\s[-\u2013\u2014]{1,2}\s|[\u2013\u2014]/;

/** Where a dateline ends ("OSLO, May 4 - "), or 0 when the text opens without one. */
function datelineEnd(text: string): number {
  if (!DATELINE_PLACE.test(text)) return 0;
  const dash = DATELINE_DASH.exec(text.slice(0, 80));
  return dash ? dash.index + dash[0].length : 0;
}
/**
 * "In 2023 Nordhavn invested ...", "Back in 2019, ...", "Last year, Tern bought ...", "Flashback, June 2021: ...":
 * a time that opens the sentence, after at most one word set off by a comma.
 */
// ("More than a decade ago, Tern beat two bidders to ...": a measure of how long ago may come first.)
const OPENING = /^(?:[A-Za-z]+,\s+)?(?:(?:back|and|but|also|only|then)\s+)?(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+|over\s+|roughly\s+)?(?:(?:back\s+)?in\s+|during\s+|on\s+)?$/i;

/**
 * "a lease beginning in 2024", "due to start operating in 2028", "deliveries in 2027": a year a term, a plant's
 * operation or a delivery starts in, not the year of the deal.
 */
// ("the last hull arrives in 2029", "when ramped in 2030", "after the terminal opens in 2031", "from commissioning in 2029":
// so is the year the goods arrive, the plant ramps up or opens, or the asset is commissioned.)
const TERM_START = /\b(?:beginning|starting|commencing|effective|running|expiring|ending|operating|operations?|production|service|online|deliver(?:y|ies)|deploy(?:ment|ed)?|install(?:ation|ed)?|completion|open(?:ing|s|ed)?|start(?:s|ed)?|begins?|due|arriv(?:es?|al|ing)|ramp(?:s|ed|ing)?(?:\s+up)?|commission(?:ing|ed)?|handover)\s+(?:from\s+|by\s+)?in\s+$/i;

/** A clause that opens after a dash, colon or semicolon, up to the time's preposition: " - in ", "; back in ". */
const CLAUSE_START = /(?:\s[-\u2013\u2014]{1,2}|[;:])\s+(?:(?:and|but|back|then)\s+)?(?:back\s+)?(?:in|during)\s+$/i;
/**
 * "...; and in other news, two years ago, Tarvo sold Siskin a barge": a time counted from when the text was written
 * needs no "in", and a short lead set off by a comma may stand before it. (Not after a colon: "Show notes: This week
 * the panel ..." is the show's week, not the deal's.)
 */
const CLAUSE_START_RELATIVE = /(?:\s[-\u2013\u2014]{1,2}|;)\s+(?:(?:and|but|then)\s+)?(?:[a-z]+(?: [a-z]+){0,3},\s+)?$/i;
/** From that time to the deal word: one clause ("Tern signed a three-year deal to"). */
const CLAUSE_REST = /^,?\s(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,60}$/;

/** From a year to the deal its "when" clause tells: ", when Tern ". */
// ("in 2019, when the lessor placed eight jets with the airline under a $420 million, ten-year arrangement": up to the deal noun the clause did its business under.)
// ("since 2016, when the pair settled terms on four tankers for $150m, a contract that ...": a deal noun set after the
// clause by a comma and an article renames the deal the clause told.)
const WHEN_CLAUSE = /^,?\swhen\s(?:[^.;:,]|,(?=\s[\d$\u20ac\u00a3])){0,70}$|^,?\swhen\s[^.;:,]{0,60}\s(?:under|on|in|with|for)\s(?:a|an|the|its|their)\s[^.;:!?()]{0,50}$|^,?\swhen\s[^.;:,]{0,90},\s(?:a|an)\s(?:[a-z-]+\s){0,2}$/i;

/** The words from a main clause's time to a deal word in the participle after it: ", leading a $12 million seed ". */
const TRAILING_PARTICIPLE = /^\s*,\s+[a-z]+ing\b[^,.;]{0,60}$/;

/** The deal is told in a participle after the main clause's time: ", leading a $12 million seed round" (the deal word is the participle or its noun). */
const trailsMainClause = (on: DealWords, gap: string): boolean =>
  TRAILING_PARTICIPLE.test(gap) || (/^\s*,\s+$/.test(gap) && /ing$/i.test(on.text.slice(on.action!.start, on.action!.end)));

const before = (on: DealWords, t: TimeMatch) => on.action !== null && t.end <= on.action.start;
const after = (on: DealWords, t: TimeMatch) => on.action !== null && t.start >= on.action.end;
/** Written years, months and quarters need a preposition after a deal ("in 2019"); relative words do not ("last week"). */
const lead = (on: DealWords, t: TimeMatch) => t.value.relative !== undefined
  // ("its last Brenna contract, signed 2019, paid ...": a participle of signing may take the year without "in".)
  || /\b(?:signed|struck|inked|sealed|agreed)\s+$/i.test(on.text.slice(Math.max(0, t.start - 10), t.start))
  || (/\b(?:in|during|of)\s+(?:the\s+)?$/i.test(on.text.slice(Math.max(0, t.start - 12), t.start)) && !TERM_START.test(on.text.slice(Math.max(0, t.start - 24), t.start)))
  // ("the old coil contract from 2019": "from" right after the deal noun tells which deal it is.)
  || (on.nominal && /^\s+from\s+$/i.test(on.text.slice(on.action!.end, t.start)))
  // ("has shipped them grain since 2019": a deal that has run since a year is dated by it.)
  || perfectSince(on.text.slice(Math.max(0, t.start - 90), t.start));

/**
 * "Halden's first contract with Kyrel, back in 2020", "Sorrelwind's first order with Vantrell, placed in 2019": a time set
 * off by a comma after the deal noun's other side.
 */
// ("Tarvo's concession at Eastholm Airport, signed in 2018": or after the place it is at.)
const SET_OFF_AFTER_SIDE = /^\s+(?:with|to|from|for|at|in|on)\s+[^,.;:()]{1,40},\s+(?:(?:back\s+)?in\s+|(?:signed|struck|inked|sealed|agreed|placed|booked|awarded|announced)\s+(?:(?:back\s+)?in\s+)?)$/i;

/**
 * "the grower's earlier deal with Siskin, an annual contract covering 9,000 t of fruit agreed in 2023": an appositive that
 * names the deal again, set off by a comma after its other side, and says when it was signed.
 */
const APPOSED_SIGNED = /^\s+(?:with|to|from|for)\s+[^,.;:()]{1,40},\s+(?:a|an|its|their)\s[^;:()]{1,80}?\s(?:signed|struck|inked|sealed|agreed|placed|booked|awarded)\s+(?:back\s+)?in\s+$/i;

/** "its last Daesan order — two ro-ros back in 2022": an aside after a dash that dates the deal noun before it in the past. */
const DASH_ASIDE_PAST = /^\s*[\u2013\u2014-]{1,2}\s[^.;:()\u2013\u2014]{0,50}\bback in $/i;

/** The words of a time's clause before it: back to the last stop, semicolon, colon or dash. */
const clauseBefore = (text: string, at: number): string => text.slice(0, at).split(/[.;:!?\u2013\u2014]|\s-\s/).at(-1) ?? '';

/** Whether the words between a deal and a time after it keep the time on the deal. */
const later = (on: DealWords, gap: string): boolean => (on.nominal
  // ("has kept two cranes on a five-year lease since 2021": "since" right after the deal noun, which `lead` lets
  // through only after a perfect that runs since the year.)
  ? AFTER_NOUN.test(gap) || /^,?\s+since\s+$/i.test(gap) || SET_OFF_AFTER_SIDE.test(gap) || APPOSED_SIGNED.test(gap) || (SIGNED_AT.test(gap) && IN_BEFORE_YEAR.test(gap)) || DASH_ASIDE_PAST.test(gap)
    // ("that research collaboration with Kyomura on biomarkers back in 2020": "back in" itself tells the past.)
    || (LATER_IN_CLAUSE.test(gap) && (PAST_VERB.test(gap) || /\bback\s+in\s+$/i.test(gap) || SIGNED_BEFORE_NOUN.test(on.text.slice(Math.max(0, on.action!.start - 60), on.action!.start))
      || OLDER_NOUN.test(on.text.slice(Math.max(0, on.action!.start - 40), on.action!.start))))
  : LATER_IN_CLAUSE.test(gap));

/** "signed a five-year, $120 million records contract with X this week": a past verb of making the deal noun it governs. */
// ("took a stake in Velquor in 2021", "made its first investment in Tarvo in 2019": a past verb of taking or making it too.)
const SIGNED_BEFORE_NOUN = /\b(?:signed|struck|inked|sealed|won|awarded|landed|placed|booked|clinched|secured|renewed|extended|took|bought|acquired|made|received)\s(?:a|an|the|its|their|his|her)\s[^.;:!?()]{0,45}$/i;
/** "its first contract with Tarvo in 2022", "the original order from Siskin in 2019": a deal noun its own words call an older one. */
const OLDER_NOUN = /\b(?:first|previous|earlier|original|prior|initial|maiden|inaugural|former)\s+(?:[\w$.-]+\s+){0,3}$/i;

/** "under a ", "as part of its ", "through the ": the words that put an action under a deal noun after it. */
const UNDER_DEAL = /\b(?:under|through|via|in|as\s+part\s+of)\s+(?:a|an|the|its|their|his|her)\s+$/i;
/** The deal noun right after the year, with up to two words between: "2022 deal", "2019 supply contract". */
const DEAL_NOUN_AFTER = /^\s+(?:[a-z-]+\s+){0,2}(?:deal|contract|agreement|pact|accord|arrangement|order|lease|licen[cs]e|charter|programme|program)\b/i;

/** ", a separate three-year arrangement signed in ": a deal noun set beside the deal, with the participle that dates it. */
const APPOSITIVE_SIGNED = /,\s(?:a|an|the|its|their)\s(?:[\w$.-]+\s){0,4}(?:deal|contract|agreement|pact|accord|arrangement|order|lease|licen[cs]e|charter|loan|facility)\s(?:signed|struck|inked|sealed|agreed|reached)\s(?:back\s)?in\s$/i;

/** " under a nine-year, €52 million pact struck in ": the deal noun an action is done under, with the participle that dates it. */
const UNDER_SIGNED = /\b(?:under|through|via)\s(?:a|an|the|its|their)\s(?:[\w$£€¥.,-]+\s){0,5}(?:deal|contract|agreement|pact|accord|arrangement|lease|licen[cs]e|charter|loan|facility)\s(?:first\s|originally\s)?(?:signed|struck|inked|sealed|agreed|reached|concluded)\s(?:back\s)?in\s$/i;

/** ", a lease that was concluded in", ", a contract for 90 MW which was struck back in": a relative clause after the deal, set off by a comma, that tells its signing. */
const RELATIVE_SIGNED = /,\s(?:(?:a|an|the|its|their)\s(?:[\w$.-]+\s){0,4}(?:deal|contract|agreement|pact|accord|arrangement|order|lease|licen[cs]e|charter|loan|facility)\s(?:[^,.;:]{1,30}\s)?)?(?:that|which)\s(?:was|were|had\sbeen)\s(?:first\s|originally\s)?(?:signed|struck|inked|sealed|agreed|reached|awarded|placed|concluded)\s(?:back\s)?in\s$/i;
/** "Their first contract with Kestrel, signed back in ": a deal noun as subject, the participle of its signing set off by commas. */
// ("Its last Brenna contract, signed 2019, paid ...": notes drop the "in".)
const SUBJECT_SIGNED = /\b(?:deal|contract|agreement|pact|accord|arrangement|order|lease|licen[cs]e|charter|loan|facility)\b[^.;:,]{0,40},\s(?:signed|struck|inked|sealed|agreed|reached|placed|booked|awarded|announced)\s(?:(?:back\s)?in\s)?$/i;
/** The words from a year to a deal noun set beside it: " facility, a $40m " ("That 2019 facility, a $40m revolver"). */
// ("Velgrand's 2022 purchase of 300 robots from Tsukimori, a ¥3.4bn order": the noun's own words may come before the comma.)
const YEAR_NOUN_APPOSITIVE = /^\s(?:[a-z-]+\s){0,2}(?:deal|contract|agreement|pact|accord|arrangement|order|lease|licen[cs]e|charter|loan|facility|credit line|programme|program|purchase|sale|tie-up|acquisition|takeover|investment|partnership)(?:\s[^,.;:()]{1,60})?,\s(?:a|an|the|its|their)\s(?:[\w$.-]+\s){0,3}$/i;
/** " tie-up between Skarvheim and Orrin, when Skarvheim put ": a year on a deal noun, then a "when" clause that tells the deal. */
const YEAR_NOUN_WHEN = /^\s(?:[a-z-]+\s){0,2}(?:deal|contract|agreement|pact|accord|arrangement|order|lease|licen[cs]e|charter|loan|facility|purchase|sale|tie-up|acquisition|takeover|investment|partnership)(?:\s[^,.;:()]{1,60})?,\swhen\s[^.;:,]{0,60}$/i;

/** " on a $40m research ", " under a two-year, $12 million pilot ": from a year to the deal noun its clause's verb did the deal under. */
const UNDER_NOUN_AFTER_YEAR = /^\s(?:under|on|in|with|through|via|for|as\spart\sof)\s(?:a|an|the|its|their)\s[^.;:!?()\u2013\u2014]{0,50}$/i;
/** "Under the original ", "As part of its ": a sentence that opens on the deal noun something was done under, up to its year. */
const OPENING_UNDER = /^(?:under|through|via|as\s+part\s+of)\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}$/i;
/** " agreement, ": from that year to the deal noun it dates and the comma that closes the opening phrase. */
const OPENING_DEAL_NOUN = /^\s(?:[a-z-]+\s){0,2}(?:deal|contract|agreement|pact|accord|arrangement|order|lease|licen[cs]e|charter|loan|facility|programme|program)\b[^.;:]{0,40},/i;

/** "When the original agreement was signed in ": a sentence that opens on a "when" clause, up to its year. */
// ("When wrenly.tv first won the rights in 2020, ...": a stop inside a word, as a web address has, ends no clause.)
const WHEN_OPENING = /^(?:back\s+)?when\s(?:[^.;:,]|\.(?=\w)){1,80}\s(?:in|during)\s$/i;

/** "in 2019", "back in 2021", "during 2018", "in a March 2023": the words that set a past deal in a written year. */
const PAST_YEAR_LEAD = /\b(?:(?:back\s+)?in|during)\s+(?:(?:early|late|mid)[\s-]+|(?:a|an|the|its|their)\s+)?$/i;
/** "founded in 2017", "listed in 2021", "opened in 2015": a year of the firm or the asset, not of the deal. */
const NOT_THE_DEALS_YEAR = /\b(?:founded|established|incorporated|formed|created|set\s+up|listed|floated|built|opened|launched|born|started|began|joined|retired|ended|expired|expires|expiring)\s+(?:back\s+)?(?:in|during)\s+$/i;
/**
 * What ends the deal's telling between its verb and a year: a new sentence or clause, a relative clause, or the telling
 * of another deal ("at €90 million a season, up from €70 million under the deal it struck in 2020").
 */
const TELLING_ENDS = /[.;:!?]\s|,\s(?:and|but|while|whereas|although|though)\s|\b(?:which|who|whose|than|compared|compares|versus|vs)\b|\b(?:up|down|rising|falling|climbing)\s+from\b|\b(?:deal|contract|agreement|pact|order|lease|licen[cs]e|charter|loan|facility|purchase|acquisition|investment|round|placement|pilot)s?\b/i;
/**
 * A verb of its own between the deal's verb and a year: another clause ("that it already had"), or a participle the
 * year dates instead ("from the $45 million agreed in 2022").
 */
const ANOTHER_VERB = /\b(?:was|were|had|has|have|is|are)\b|\b(?:\w+ed|took|struck|won|sold|bought|signed|made|paid|sealed|landed)\s+(?:back\s+)?(?:in|during)\s+$/i;

/**
 * A written year after a deal verb told in the past, with asides set off by commas or dashes between ("bought its
 * previous aircraft outright - eight used jets in 2019"). Not a year a firm was founded or a term starts, not past
 * another deal or verb, and only when the sentence writes no other year.
 */
function yearInPastTelling(on: DealWords, times: readonly TimeMatch[]): TimeMatch | undefined {
  const from = datelineEnd(on.text);
  const written = times.filter((t) => t.value.year !== undefined && t.value.relative === undefined && t.start >= from);
  if (!on.past || new Set(written.map((t) => t.value.year)).size !== 1) return undefined;
  return written.find((t) => {
    const lead = on.text.slice(Math.max(0, t.start - 30), t.start);
    if (t.start < on.action!.end || !PAST_YEAR_LEAD.test(lead) || TERM_START.test(lead) || NOT_THE_DEALS_YEAR.test(lead)) return false;
    if (/^[-\u2013/]\d/.test(on.text.slice(t.end, t.end + 2))) return false;
    const gap = on.text.slice(on.action!.end, t.start);
    return gap.length <= 100 && !TELLING_ENDS.test(gap) && !ANOTHER_VERB.test(gap);
  });
}

/** " trial, under which Tarvo has sold ": from a year to the deal word of the "under which" clause its deal noun opens. */
const UNDER_WHICH = /^\s(?:[\w-]+\s){0,2}(?:deal|contract|agreement|pact|accord|arrangement|order|lease|licen[cs]e|charter|loan|facility|pilot|trial|programme|program|partnership|collaboration)s?,?\s+under\s+which\s+[^.;:!?()]{0,60}$/i;

/** " the Wren Star, the final one of four tankers that Tarvo Lines ordered in ": a relative clause that tells the deal in the past, up to its year. */
const RELATIVE_PAST_DEAL = /\b(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w&'.-]*\s+){1,4}(?:\w+ed|bought|sold|won|signed|struck|took|placed|booked)\s+(?:back\s+)?(?:in|during)\s+$/;

/** The parenthesis a closing date opens, a place and a comma maybe before the date: "([2021])", "(Leeds, [2019])". */
const CLOSING_PARENTHESIS_OPEN = /\((?:\s*\p{Lu}[\p{L}.' -]{1,24},)?\s*$/u;

export const TIME_PLACES: readonly TimePlace[] = [
  {
    name: 'under-dated-deal', example: 'Tern has been shipping resin to Osprey under a [2022] deal worth $85 million.',
    reason: 'an action done under a deal noun its year dates is that deal\'s, done when the deal was',
    find: (on, times) => times.find((t) => after(on, t) && t.value.year !== undefined && t.value.relative === undefined
      && UNDER_DEAL.test(on.text.slice(Math.max(0, t.start - 20), t.start)) && DEAL_NOUN_AFTER.test(on.text.slice(t.end, t.end + 40))
      && !/[.;:]/.test(on.text.slice(on.action!.end, t.start))),
  },
  {
    name: 'closing-parenthesis', example: 'Tarvo wins Osprey rights in £95m deal (Leeds, [2021]).',
    reason: 'a date in parentheses that closes a headline or sentence, as archives and digests write it, dates what it tells',
    withoutDealWord: 'also',
    find: (on, times) => times.find((t) => t.value.year !== undefined && t.value.relative === undefined
      && CLOSING_PARENTHESIS_OPEN.test(on.text.slice(Math.max(0, t.start - 30), t.start)) && /^\s*\)[.!?]?\s*$/.test(on.text.slice(t.end))),
  },
  {
    name: 'before-deal', example: "Solano's [2016] order covered 40 jets.", reason: 'a time set on the deal word names which deal it is',
    find: (on, times) => times.filter((t) => before(on, t) && RIGHT_BEFORE.test(on.text.slice(t.end, on.action!.start))).at(-1),
  },
  {
    name: 'appositive-before', example: 'That [2019] facility, a $40m revolver Ferrand drew from Northmarsh, ran five years.',
    reason: 'a deal noun a year dates, set beside the deal noun of the claim, names the same deal',
    find: (on, times) => times.filter((t) => before(on, t) && t.value.year !== undefined && t.value.relative === undefined
      && YEAR_NOUN_APPOSITIVE.test(on.text.slice(t.end, on.action!.start))).at(-1),
  },
  {
    name: 'appositive-signed', example: 'Marrowgate pays Gatesfield £1.2 million a year, a separate three-year arrangement signed in [2024].',
    reason: 'a deal noun set beside the deal after a comma, with the participle of its signing, dates the deal whatever the verb\'s tense',
    find: (on, times) => times.find((t) => after(on, t) && t.value.year !== undefined && t.value.relative === undefined
      && APPOSITIVE_SIGNED.test(on.text.slice(Math.max(0, t.start - 90), t.start)) && !/[.;:]\s/.test(on.text.slice(on.action!.end, t.start))),
  },
  {
    name: 'under-signed-deal', example: 'Ulvenor runs nine railcars it hires from Pertwick under a nine-year, €52 million pact struck in [2017].',
    reason: 'an action done under a deal noun whose signing the participle after it dates is that deal\'s, done when it was signed, whatever the verb\'s tense',
    find: (on, times) => times.find((t) => after(on, t) && t.value.year !== undefined && t.value.relative === undefined
      && UNDER_SIGNED.test(on.text.slice(Math.max(0, t.start - 110), t.start)) && !/[.;:]\s/.test(on.text.slice(on.action!.end, t.start))),
  },
  {
    name: 'relative-signed', example: 'Zerbino already takes gas from Penholt under a two-year arrangement, which was inked in [2019].',
    reason: 'a relative clause set off after the deal that tells its signing dates the deal whatever the verb\'s tense',
    find: (on, times) => times.find((t) => after(on, t) && t.value.year !== undefined && t.value.relative === undefined
      && RELATIVE_SIGNED.test(on.text.slice(Math.max(0, t.start - 90), t.start)) && !/[.;:]\s/.test(on.text.slice(on.action!.end, t.start))),
  },
  {
    name: 'subject-signed', example: 'Their first contract with Kestrel, signed back in [2019], paid the league $90 million a year.',
    reason: 'a deal noun that is the subject, with the participle of its signing set off after it, dates what the deal did',
    find: (on, times) => times.filter((t) => before(on, t) && t.value.year !== undefined && t.value.relative === undefined
      && SUBJECT_SIGNED.test(on.text.slice(Math.max(0, t.start - 90), t.start)) && /^,\s(?:[a-z]+\s){0,2}$/i.test(on.text.slice(t.end, on.action!.start))).at(-1),
  },
  {
    name: 'under-which', example: "Harlow's power deal follows a [2021] trial, under which Tarvo Energy has sold 20 MW to Harlow.",
    reason: 'a deal noun a year dates, with an "under which" clause after it, dates the deal that clause tells',
    find: (on, times) => times.filter((t) => before(on, t) && t.value.year !== undefined && t.value.relative === undefined
      && UNDER_WHICH.test(on.text.slice(t.end, on.action!.start))).at(-1),
  },
  {
    name: 'after-deal', example: 'Tern agreed to buy the depot [last week].', reason: 'a time in the deal\'s own clause, after it, tells when it was done',
    find: (on, times) => times.find((t) => after(on, t) && lead(on, t) && (datesDeal(on, t) || SIGNED_IN.test(on.text.slice(Math.max(0, t.start - 24), t.start)))
      && later(on, on.text.slice(on.action!.end, t.start))),
  },
  {
    name: 'main-clause', example: 'Tern first backed Osprey in [2021], leading a $12 million seed round.', reason: 'a deal told in a trailing participle ("..., leading a round") happened when its main clause did',
    find: (on, times) => times.filter((t) => before(on, t) && lead(on, t) && trailsMainClause(on, on.text.slice(t.end, on.action!.start))).at(-1),
  },
  {
    name: 'clause-opening', example: 'The two go way back - in [2021] Tern signed a three-year deal to supply Osprey with resin.', reason: 'a time that opens a clause after a dash, colon or semicolon dates the deal that clause tells in the past; a time counted back from the writing ("five years ago") needs no "in", and may follow a short lead ("; and from our archive, [two years ago], ...")',
    find: (on, times) => times.filter((t) => before(on, t) && lead(on, t) && (CLAUSE_START.test(on.text.slice(0, t.start))
      || (t.value.relative !== undefined && CLAUSE_START_RELATIVE.test(on.text.slice(0, t.start))))).map((t) => {
      const gap = on.text.slice(t.end, on.action!.start);
      return CLAUSE_REST.test(gap) && (on.past || on.nominal || PAST_VERB.test(gap)) ? t : undefined;
    }).find((t) => t !== undefined),
  },
  {
    name: 'past-clause-before-noun', example: 'Mahlberg and Vireon first teamed up in [2020] on a $40m research collaboration.',
    reason: 'a year in a clause told in the past dates the deal noun that clause did its business under or on',
    find: (on, times) => times.filter((t) => on.nominal && before(on, t) && t.value.year !== undefined && t.value.relative === undefined && lead(on, t)
      && UNDER_NOUN_AFTER_YEAR.test(on.text.slice(t.end, on.action!.start)) && PAST_VERB.test(clauseBefore(on.text, t.start))).at(-1),
  },
  {
    name: 'opening-under-dated-deal', example: 'Under the original [2020] agreement, Hyeon committed to take 60,000 tonnes a year from Quarrel.',
    reason: 'a sentence that opens on a deal noun a year dates tells what was done under that deal, when it was made',
    find: (on, times) => times.find((t) => before(on, t) && t.value.year !== undefined && t.value.relative === undefined
      && OPENING_UNDER.test(on.text.slice(datelineEnd(on.text), t.start)) && OPENING_DEAL_NOUN.test(on.text.slice(t.end, on.action!.start + 1))),
  },
  {
    name: 'when-clause', example: 'Not to be confused with [2020], when Tern bankrolled Osprey with a $120m note.', reason: 'a time a "when" clause follows is the time of the deal that clause tells',
    // ("the 2023 tie-up between Skarvheim and Orrin, when Skarvheim put two carriers on charters to Orrin": past the deal noun the year dates.)
    find: (on, times) => times.filter((t) => before(on, t) && t.value.year !== undefined
      && (WHEN_CLAUSE.test(on.text.slice(t.end, on.action!.start)) || YEAR_NOUN_WHEN.test(on.text.slice(t.end, on.action!.start)))).at(-1),
  },
  {
    name: 'when-opening', example: 'When the first contract was signed in [2021], Halvorsen bought 600,000 tonnes from Sorvane.',
    reason: 'a "when" clause that opens the sentence with a written year dates what the rest of the sentence tells',
    find: (on, times) => times.find((t) => before(on, t) && t.value.year !== undefined && t.value.relative === undefined
      && WHEN_OPENING.test(on.text.slice(0, t.start)) && /^,\s/.test(on.text.slice(t.end, t.end + 2))),
  },
  {
    name: 'opening', example: '[Last year], Tern bought the depot from Osprey.', reason: 'a time that opens the sentence dates what the sentence tells',
    withoutDealWord: 'also',
    find: (on, times) => {
      const first = openingTime(on.text, times);
      return first && (!on.action || first.end <= on.action.start) && datesDeal(on, first) ? first : undefined;
    },
  },
  {
    name: 'relative-past-deal', example: 'Siskin Yards handed over the Wren Star, the last of four tankers that Tarvo Lines ordered in [2021] for $168 million.',
    reason: 'a relative clause that tells the deal in the past, with a firm as its subject, dates the deal the sentence\'s figures are of, whatever its main verb',
    find: (on, times) => times.find((t) => after(on, t) && t.value.year !== undefined && t.value.relative === undefined
      && RELATIVE_PAST_DEAL.test(on.text.slice(Math.max(0, t.start - 90), t.start)) && !/[.;:]\s/.test(on.text.slice(on.action!.end, t.start))
      && t.start - on.action!.end <= 160),
  },
  {
    name: 'year-in-past-telling', example: 'Brisco Air bought its previous aircraft from Wrenfold Leasing outright - eight used jets in [2019], for $240 million.',
    reason: 'a written year after a deal verb told in the past, asides set off by commas or dashes between, dates the deal when the sentence writes no other year. A year a firm was founded or a term starts does not, nor one past another deal or verb',
    find: yearInPastTelling,
  },
  {
    name: 'no-deal-word', example: 'Calderon has history with Trenvia: in [2018] it refurbished 12 of its trains for R$240 million.',
    reason: 'a sentence of figures with no deal word, told in the past ("back in", or "in" and a past verb or "was"), happened in the year it writes',
    withoutDealWord: 'only',
    find: (on, times) => times.find((t) => t.value.year !== undefined && t.value.relative === undefined
      && (/\bback\s+in\s+$/i.test(on.text.slice(Math.max(0, t.start - 12), t.start))
        || (/\bin\s+$/i.test(on.text.slice(Math.max(0, t.start - 4), t.start)) && !TERM_START.test(on.text.slice(Math.max(0, t.start - 16), t.start))
          && (PAST_VERB.test(on.text) || /\b(?:was|were)\b/i.test(on.text))))),
  },
  {
    name: 'dateline', example: '[MADRID, Nov 2, 2016] - Solano agreed to buy 40 jets.', reason: "a wire dateline's date is the day the deal was reported",
    withoutDealWord: 'also',
    find: (on, times) => times.find((t) => t.value.year !== undefined && t.end <= datelineEnd(on.text)),
  },
];

/**
 * Before a dateline's date: an optional label ("Press release —"), then a place or label and a comma ("LISBON, ", "Busan, ",
 * "SAN JOSE, Calif., ", "Press release, ", "Lyon / Turin, "), or a rated firm and its ticker ("Fenwright Solar (FRNM.OQ), "); or nothing,
 * for a note that opens on its date ("June 2019 - Norvessa Silicon: ..."); in square brackets, an editor's note of where a
 clip comes from ("[Archive audio, March 2021] ANCHOR: ...").
 */
const DATELINE_BEFORE_DATE = /^\[?(?:(?:[\p{L} ]{1,30}\s[-\u2013\u2014:]\s*)?\p{Lu}[\p{L}.'/-]*(?:\s[\p{L}.'/-]+){0,3}(?: \([A-Z0-9.:]{1,12}\))?,(?:\s\p{Lu}[\p{L}.]*,)?\s(?:\d{1,2}\s)?)?$/u;
/** A digest's label with its date in parentheses: "Biotech deal roundup (Sept. 2021): Halvorsen has signed ...". */
const LABEL_BEFORE_DATE = /^(?:[\p{L}-]+ ){1,6}\($/u;
const LABEL_AFTER_DATE = /^\)\s*[:\u2013\u2014-]/;
/**
 * A bracketed note atop a clip or transcript that says when it was made: "[Harbour Hour, ep. 40, aired May 2022 - excerpt]",
 * "(Archive, 2018)", or a date alone in brackets opening the text ("(May 2019) Tarvo signed ...").
 * Its date is the day the words were spoken, as a dateline's is the day a wire was written.
 */
const SOURCE_NOTE_OPEN = /^[[(][^\])\n]*$/;
const SOURCE_NOTE_VERB = /\b(?:recorded|aired|broadcast|published|posted|taped|dated|filed|archived?|archives)[,:]?\s(?:on\s)?(?:\d{1,2}(?:st|nd|rd|th)?\s)?$/i;
const SOURCE_NOTE_CLOSE = /^[^\])\n]{0,40}[\])]/;
/** After it: the dash, colon or stop that ends the dateline, after an outlet's tag if any ("(Nordwire) - ", "/PRNewswire/ --"). */
const DATELINE_AFTER_DATE = /^\s*(?:\([^)]{1,30}\)\s*|\/[^/\n]{1,30}\/\s*)?(?:[-\u2013\u2014:.\]]|$)/;

/** A heading's words before the date that closes it: a dash, a bar, a comma or an opening parenthesis set the date off. */
const HEADING_BEFORE_DATE = /^[^\n]{3,100}(?:\s[-\u2013\u2014|]\s|,\s|\s\()(?:\d{1,2}(?:st|nd|rd|th)?\s)?$/u;
/** After the date: a closing parenthesis at most, then the line's end and more text on the next line. */
const HEADING_AFTER_DATE = /^\)?[ \t]*\n\s*\S/;

/**
 * The date that closes a text's first line, set off from the heading's words, with the text below it: "AIR SHOW
 * ROUNDUP - 19 June 2019", "Orders, week 41 (2022)", "ASX RELEASE | Tarvo Ltd (ASX: TRV) | 3 February 2025". It says
 * when a digest or a filing was issued; events.ts lets it date a deal only where another source writes that year
 * (`heading-joins-its-year`).
 * @example headingTime('FLEET NEWS - 4 May 2021\nTarvo ordered ...')?.text // 'May 2021'
 */
export function headingTime(text: string): TimeMatch | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0 || newline > 160) return undefined;
  const time = findTimes(text.slice(0, newline)).filter((t) => t.value.year !== undefined && t.value.relative === undefined).at(-1);
  if (!time) return undefined;
  // ("... the Listing Rules, 2018": a bare year after a comma names a law or a series; a heading's date then writes its month.)
  const before = text.slice(0, time.start);
  if (time.value.month === undefined && /,\s$/.test(before)) return undefined;
  return HEADING_BEFORE_DATE.test(before) && HEADING_AFTER_DATE.test(text.slice(time.end, time.end + 8)) ? time : undefined;
}

/**
 * A headline's words, then a year in parentheses that closes it, then the dash or colon before the story:
 * "Kelmora wins depot deal (2019) - ...", "Tarvo takes two tugs (Sept 2021): ...".
 */
const ARCHIVE_TAG = /^([^\n()]{8,150}?)\(\s*(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d\s*\)\s*[-\u2013\u2014:]\s+\S/u;

/**
 * The year tag of an archived item: a headline closed by the year it ran ("Ulvenor buys Pertwick depot (2018) -
 * Ulvenor has bought ..."). A reader takes the item as that year's news, so it dates every deal of the text its own
 * words leave undated, as a year written on the deal would (`year-splits`), apart from undated news.
 * @example archiveTagTime('Ulvenor buys Pertwick depot (2018) - Ulvenor has bought ...')?.text // '2018'
 */
export function archiveTagTime(text: string): TimeMatch | undefined {
  const tag = ARCHIVE_TAG.exec(text);
  if (!tag) return archiveNoteTime(text);
  // (A wire dateline with its date, "OSLO, June 3 (2019) -", is the day of writing, which `datelineTime` reads.)
  if (/^[\p{Lu}\s.'-]{2,30},/u.test(tag[1]!)) return undefined;
  const time = findTimes(text.slice(0, tag[0].length)).find((t) => t.start >= tag[1]!.length && t.value.year !== undefined && t.value.relative === undefined);
  return time;
}

/**
 * A note in parentheses that closes the text after its last sentence, with the year it ran and maybe its month or
 * where it ran: "... two depots. (2020)", "(October 2019)", "(Trade Ledger, 2021)", "(Release dated 2018)".
 */
const ARCHIVE_NOTE = /[.!?]["\u201d']?\s*\(([^()\n]{0,40})\)\s*$/u;
/** The note's words: a year last, maybe a month before it, maybe where it ran and a comma or "dated" before those. */
const ARCHIVE_NOTE_WORDS = /^\s*(?:[\p{L}][\p{L} .&'-]{0,30}(?:,\s*|\s+dated\s+))?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d\s*$/u;

/**
 * `archive-note`: the year a note in parentheses gives at the end of an archived item ("... to buy two depots.
 * (2020)"): the item ran that year, so it dates every deal its own words leave undated, as a headline's year tag does.
 * @example archiveNoteTime('Ulvenor has bought the Pertwick depot. (Depot Weekly, 2018)')?.text // '2018'
 */
function archiveNoteTime(text: string): TimeMatch | undefined {
  const note = ARCHIVE_NOTE.exec(text);
  if (!note || !ARCHIVE_NOTE_WORDS.test(note[1]!)) return undefined;
  const from = note.index + note[0].indexOf('(');
  return findTimes(text.slice(from)).map((t) => ({ ...t, start: t.start + from, end: t.end + from })).find((t) => t.value.year !== undefined && t.value.relative === undefined);
}

/**
 * The date of a text's dateline ("LISBON, May 2, 2025 - ", "Press release — Busan, 12 June 2025."): the day the
 * text was written, standing in for `publishedAt` when none is given. Only a dateline that writes its year gives one.
 * @example datelineTime('MADRID, July 1, 2025 - Ondara renewed ...')?.text // 'July 1, 2025'
 */
export function datelineTime(text: string): { time: TimeMatch; date: Date } | undefined {
  const head = text.slice(0, 90);
  const time = findTimes(head).find((t) => t.value.year !== undefined);
  if (!time) return undefined;
  const before = head.slice(0, time.start);
  const label = (LABEL_BEFORE_DATE.test(before) && LABEL_AFTER_DATE.test(text.slice(time.end, time.end + 4)))
    || (SOURCE_NOTE_OPEN.test(before) && (SOURCE_NOTE_VERB.test(before) || before.length === 1) && SOURCE_NOTE_CLOSE.test(text.slice(time.end, time.end + 41)));
  if (!label && (!DATELINE_BEFORE_DATE.test(before) || !DATELINE_AFTER_DATE.test(text.slice(time.end, time.end + 40)))) return undefined;
  // The day: inside the words ("May 2, 2025") or just before the month ("12 June 2025").
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(`${head.slice(time.start - 3, time.start)} ${time.text.replace(String(time.value.year), '')}`);
  return { time, date: new Date(Date.UTC(time.value.year!, (time.value.month ?? 1) - 1, day ? Number(day[1]) : 1)) };
}

/** The time that opens a sentence, after its dateline if any: "Back in 2019, ...", "Last year, Tern bought ...". */
export function openingTime(text: string, times: readonly TimeMatch[] = findTimes(text)): TimeMatch | undefined {
  const from = datelineEnd(text);
  const first = times.find((t) => t.start >= from);
  if (!first) return undefined;
  const before = text.slice(from, first.start);
  // ("Some history: back in 2022 Tarvo signed ...": a lead set off by a colon opens the sentence before it.)
  const lead = LEAD_BEFORE_COLON.exec(before);
  // (Only a year written out: "Show notes: This week the panel ..." is the show's week, not the deal's.)
  const opens = OPENING.test(before) || (lead !== null && first.value.year !== undefined && first.value.relative === undefined && OPENING.test(before.slice(lead[0].length)));
  return opens && /^\s*[,:]?\s+/.test(text.slice(first.end)) ? first : undefined;
}

/** A short lead with no figure that a colon sets off: "Some history: ", "For the record: ". */
const LEAD_BEFORE_COLON = /^[^:;.\d]{1,80}:\s/;

/** The words of a claim that locate its deal: its sentence, the deal word, whether it is a noun, its tense. */
export function dealWords(claim: Pick<Claim, 'text' | 'span' | 'action'>): DealWords {
  if (!claim.action) return { text: claim.text, action: null, nominal: false, past: false };
  const start = claim.action.span.start - claim.span.start;
  const actionEnd = claim.action.span.end - claim.span.start;
  // ("Tarvo's first tie-up with Osprey, back in 2019": the tagger splits a hyphened deal noun; its words run to its end.)
  const end = actionEnd + (/^-[a-z]+\b/.exec(claim.text.slice(actionEnd))?.[0].length ?? 0);
  const nominal = claim.action.rule.startsWith('noun');
  // ("teamed up in 2020": a phrasal verb's tense is its verb's.)
  const past = !nominal && (PAST_TENSE.test(claim.action.text.split(/\s+/)[0]!) || PAST_BEFORE.test(claim.text.slice(Math.max(0, start - 30), start)));
  return { text: claim.text, action: { start, end }, nominal, past };
}

/** What dating a claim reads: its sentence, its deal word and, when known, its figures. */
export type DatedClaim = Pick<Claim, 'text' | 'span' | 'action'> & Partial<Pick<Claim, 'amount' | 'duration' | 'quantities'>>;

/**
 * `older-deal-aside`: a year in an older-deal aside ("following a 40 MW agreement signed in [2019]") dates the deal
 * word inside it, and no deal told outside it. A claim whose deal word stands inside but whose figures all stand
 * outside ("keeps the barges five more years at $8m a year, against $6m under the original [2018] lease") is the news
 * told with the older deal's noun. Returns the asides, and the year when the claim is the aside's own deal.
 */
function olderAsideTime(claim: DatedClaim, times: readonly TimeMatch[]): { spans: Span[]; time?: TimeMatch } | null {
  const { own, asides } = olderAsideOfClaim(claim);
  if (asides.length === 0) return null;
  // (A claim with no figure says too little to be told apart from the aside: its words date it as before.)
  const figures = claim.amount || claim.duration || (claim.quantities?.length ?? 0) > 0;
  if (!own) return figures ? { spans: asides } : null;
  const time = times.find((t) => own.start <= t.start && t.end <= own.end && t.value.year !== undefined && t.value.relative === undefined);
  return time ? { spans: asides, time } : { spans: asides.filter((s) => s !== own) };
}

/** Whether the deal is still to come ("will buy", "plans to order"): a bare month then means the next one. */
export function isFuture(on: DealWords): boolean {
  return on.action !== null && !on.past && FUTURE_BEFORE.test(on.text.slice(Math.max(0, on.action.start - 30), on.action.start));
}

/** The time that dates a claim's deal, found by the first place that holds, or null; offsets into `claim.text`. */
export function timeOnDeal(claim: DatedClaim): { time: TimeMatch; place: string; future: boolean } | null {
  const found = findTimes(claim.text);
  if (found.length === 0) return null;
  const on = dealWords(claim);
  const aside = olderAsideTime(claim, found);
  if (aside?.time) return { time: aside.time, place: 'older-deal-aside', future: false };
  const times = aside ? found.filter((t) => !aside.spans.some((s) => s.start <= t.start && t.end <= s.end)) : found;
  for (const place of TIME_PLACES) {
    if (on.action ? place.withoutDealWord === 'only' : place.withoutDealWord === undefined) continue;
    const time = place.find(on, times);
    if (time) return { time, place: place.name, future: isFuture(on) };
  }
  return null;
}
