import { isNumberWord } from '../quantities/number-words.js';
import type { Token } from '../text/document.js';
import { EXCLUSIVE_WORDS, HEDGE_WORDS, NEGATION_WORDS, ofOutput, PREPOSITIONS, RETRACTION_CUES } from '../lexicon/words.js';
import { NOMINAL_ACTION_FORMS } from '../lexicon/actions.js';
import { ENDED_PARTICIPLES, ENDING_GERUNDS, ENDING_LEMMAS, ENDING_NOUNS, ENDING_VERB_FORMS, FAILING_FORMS, OBJECT_ENDING_FORMS } from '../lexicon/deal-endings.js';

/**
 * "not just", "not only": a negation that does not deny the claim; "did not confirm", "declined to comment":
 * silence about the claim, not a denial of it.
 */
// ("Don't forget Vintry already licensed ...": a reminder, no denial.)
// ("will not sweeten the bid", "cannot improve the terms": a change of terms denied leaves the deal standing.)
// ("a servicing company the two set up, not part of the crane order": what a deal leaves out of its scope, not the deal
// denied; "this summary does not purport to list every term": a filing's boilerplate.)
const NOT_DENIAL_NEXT = new Set(['just', 'only', 'merely', 'simply', 'least', 'yet', 'unlike', 'immediately', 'forget', 'forgetting',
  'raise', 'increase', 'improve', 'sweeten', 'lift', 'revise', 'amend', 'top', 'better', 'match', 'bump', 'part', 'included', 'covered', 'purport', 'purports',
  // ("€90,000 a week for the whole fleet, not per barge": the unit a figure counts by corrected, no denial.)
  'per', 'each', 'apiece']);
/**
 * "did not confirm", "have not disclosed", "declined to comment": any form of these verbs; "there are no reports as to
 * whether", "no word yet on": silence nouns too.
 */
const SILENCE = /^(confirm|comment|disclos|reveal|specif|respond|elaborat|discuss|detail|identif|say|said|report|indicat|informat|update|nam(e|ed|ing)$|word$|news$)/;

/** Verbs that, denied, hold back what a deal is worth rather than the deal: "has not given any value for the robots". */
const SHARING_VERBS: ReadonlySet<string> = new Set(['give', 'gave', 'given', 'giving', 'put', 'provide', 'provided', 'share', 'shared', 'release', 'released', 'publish', 'published', 'state', 'stated', 'break', 'broke']);
/** What such a verb holds back: the value, price or terms of the deal. */
const TERMS_NOUNS: ReadonlySet<string> = new Set(['value', 'values', 'price', 'prices', 'pricing', 'terms', 'figure', 'figures', 'amount', 'cost', 'size', 'details', 'financial', 'financials', 'breakdown', 'valuation', 'consideration', 'number', 'numbers']);

/** "has not given any value for the robots", "didn't put a price on it": the terms held back, not the deal denied. */
function withholdsTerms(tokens: readonly Token[], verb: number): boolean {
  if (!SHARING_VERBS.has(tokens[verb]?.norm ?? '')) return false;
  return tokens.slice(verb + 1, verb + 5).some((t) => TERMS_NOUNS.has(t.norm));
}

/**
 * What "no" denies when it stands before a deal word: the deal itself ("no sale took place", `NOMINAL_ACTION_FORMS`),
 * talks, or the will to make it ("has no plans to sell", "no intention of buying"). "No" before any other noun denies
 * that noun: "will see no change to their contracts after the sale".
 */
const DENIABLE_NOUNS: ReadonlySet<string> = new Set([
  'plan', 'plans', 'intention', 'intentions', 'interest', 'desire', 'appetite', 'talks', 'negotiations', 'discussions',
  'approval', 'consent', 'buyer', 'buyers', 'bidder', 'bidders', 'one', 'way', 'longer', 'truth', 'basis', 'merit',
]);

/** "no change to their contracts after the sale": a "no" before a noun other than the deal word denies that noun only. */
// ("there is no Maranth deal": a noun phrase that runs on to the deal word denies the deal.)
function deniesOtherNoun(tokens: readonly Token[], k: number, trigger: number): boolean {
  if (tokens[k]!.norm !== 'no' || k + 1 >= trigger) return false;
  let head = k;
  for (let j = k + 1; j <= trigger; j++) {
    const t = tokens[j]!;
    if (j === trigger) return false;
    if (!(t.tags.has('Noun') || t.tags.has('Adjective')) || t.tags.has('Value')) break;
    head = j;
    if (!/^\s+$/.test(t.post)) break;
  }
  const noun = tokens[head]!;
  return head > k && noun.tags.has('Noun') && !NOMINAL_ACTION_FORMS.has(noun.norm) && !DENIABLE_NOUNS.has(noun.norm);
}

/**
 * Phrasal verbs that take a deal back: "turns down", "walked away from", "called off", "pulled out of",
 * "backed out", "broke off". The verb's forms, then its particle.
 */
export const WITHDRAWAL_PHRASES: readonly { verbs: readonly string[]; particle: string; example: string }[] = [
  { verbs: ['pull', 'pulls', 'pulled', 'pulling'], particle: 'the plug', example: 'Harlow pulls the plug on $900m Tarnveld bid' },
  { verbs: ['turn', 'turns', 'turned', 'turning'], particle: 'down', example: 'Ceshby turns down Vellum' },
  { verbs: ['walk', 'walks', 'walked', 'walking'], particle: 'away', example: 'Vellum walked away from the Ceshby deal' },
  { verbs: ['walk', 'walks', 'walked', 'walking'], particle: 'from', example: 'Harlow has walked from the $600m Quellby deal' },
  { verbs: ['call', 'calls', 'called', 'calling'], particle: 'off', example: 'Oldby called off its bid for Bubant' },
  { verbs: ['pull', 'pulls', 'pulled', 'pulling'], particle: 'out', example: 'Tern pulled out of the Siskin deal' },
  { verbs: ['back', 'backs', 'backed', 'backing'], particle: 'out', example: 'Hostsund backed out of the Tern order' },
  { verbs: ['break', 'breaks', 'broke', 'broken', 'breaking'], particle: 'off', example: 'Grebe broke off its launch contract with Oglan' },
  // shareholders or a board refuse it by vote or out of hand
  { verbs: ['vote', 'votes', 'voted', 'voting'], particle: 'down', example: 'Wendacre investors vote down the Gorlan merger' },
  { verbs: ['throw', 'throws', 'threw', 'thrown', 'throwing'], particle: 'out', example: 'Axholm shareholders threw out the Liddane merger' },
  { verbs: ['knock', 'knocks', 'knocked', 'knocking'], particle: 'back', example: 'the Feldane board knocked back a 410p offer from Kelmora' },
  // or puts it off
  { verbs: ['put', 'puts', 'putting'], particle: 'on hold', example: 'Gorlan has put on hold its plan to sell the depot to Wendacre' },
];

// ("call-off orders", "a walk-away fee": a hyphened phrasal verb before a noun names a kind of thing, no withdrawal.)
// ("pulled the plug on": a particle of several words.)
const isWithdrawal = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]!.post !== '-' && WITHDRAWAL_PHRASES.some((p) => p.verbs.includes(tokens[k]!.norm) && p.particle.split(' ').every((w, i) => tokens[k + 1 + i]?.norm === w));

/** Verbs that stop talks ("ended talks to buy"), and the talks. */
const ENDING_VERBS: ReadonlySet<string> = new Set(['end', 'ends', 'ended', 'ending', 'halt', 'halts', 'halted', 'halting', 'suspend', 'suspends', 'suspended', 'exit', 'exits', 'exited', 'quit', 'quits']);
const TALK_NOUNS: ReadonlySet<string> = new Set(['talks', 'negotiations', 'discussions']);

/**
 * "its merger agreement has been terminated", "the bid was pulled", "the deal is off": a status after the deal word,
 * the participles of `DEAL_ENDINGS` (`src/lexicon/deal-endings.ts`) and a few words of state.
 */
const ENDED: ReadonlySet<string> = new Set(['off', 'dead', 'rescinded', 'voided', ...ENDED_PARTICIPLES]);
/** Words that open a clause of their own between a deal word and a verb: "the deal, signed after talks failed". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'as', 'when', 'because', 'since', 'while', 'before', 'until', 'although', 'though', 'and', 'but', 'once', 'if', 'why', 'how', 'where', 'who']);
/** Words after such an opener that take the deal up again: "had planned to buy Siskin, but that's off now". */
const DEAL_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this', 'that', "it's", 'it\u2019s', "that's", 'that\u2019s']);
/** Adverbs between a deal word and its status: "the Tavish combination now dead", "the deal officially off". */
const STATUS_ADVERBS: ReadonlySet<string> = new Set(['now', 'officially', 'effectively', 'apparently', 'finally', 'formally', 'essentially', 'definitively']);
// ("got pulled on Friday", "gets scrapped": the passive with "get", as talk and posts write it.)
const BE_OR_HAVE = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'has', 'had', 'have', 'got', 'gets', 'get', 'gotten', 'getting']);

/** Words that open an appositive of the deal's worth: ", worth £300m,", ", valued at $2bn,". */
const APPOSED_WORTH: ReadonlySet<string> = new Set(['worth', 'valued', 'priced', 'estimated']);

/** "was withdrawn", "has been pulled", "was formally withdrawn": the verb "be" or "have" before `k`, an adverb allowed between. */
function beBefore(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.norm ?? '';
  return BE_OR_HAVE.has(before) || ((STATUS_ADVERBS.has(before) || /ly$/.test(before)) && BE_OR_HAVE.has(tokens[k - 2]?.norm ?? ''));
}

/**
 * Whether no clause opens between the deal word and `k`. ("the merger of Norvex and Tarnveld died": an "and" between
 * names opens none; "had planned to buy Siskin, but that's off now": nor does an opener whose clause takes the deal up
 * again by a pronoun.)
 */
function ownClause(tokens: readonly Token[], trigger: number, k: number): boolean {
  for (let j = trigger + 1; j < k; j++) {
    if (!CLAUSE_OPENERS.has(tokens[j]!.norm)) continue;
    const next = tokens[j + 1];
    if (tokens[j]!.norm === 'and' && /^\p{Lu}/u.test(next?.text ?? '')) continue;
    if (!DEAL_PRONOUNS.has(next?.norm ?? '')) return false;
  }
  return true;
}

/** "... and how Siskin had rebuffed another suitor": a perfect with an object of its own is another clause's verb. */
const ownObject = (tokens: readonly Token[], k: number): boolean => /^(?:has|had|have)$/.test(tokens[k - 1]?.norm ?? '')
  && (tokens[k + 1]?.tags.has('Determiner') === true || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''));

/** "buying out the founders": after an article, an owner or an adjective a verb's form is a noun. */
const nounAfter = (prev: Token | undefined): boolean => prev !== undefined
  && (prev.tags.has('Determiner') || prev.tags.has('Possessive') || prev.possessive || (prev.tags.has('Adjective') && !prev.tags.has('Noun')));

/**
 * How many words after the deal word its status is looked for: "Quorrel Bank's agreed sale of its £700 million consumer
 * loan book to Delmarsh Asset Partners has now been called off" (a price, its goods and a buyer's name of three words between).
 */
const STATUS_REACH = 16;

/** Verbs whose particle "off" disposes of a thing and ends nothing: "Tarvo is selling off its depots one by one", "spun off its unit". */
const DISPOSING_OFF: ReadonlySet<string> = new Set([
  'sell', 'sells', 'sold', 'selling', 'spin', 'spins', 'spun', 'spinning', 'hive', 'hives', 'hived', 'hiving',
  'auction', 'auctions', 'auctioned', 'auctioning', 'parcel', 'parcels', 'parcelled', 'parceled', 'carve', 'carves', 'carved', 'carving',
]);

function endedAfter(tokens: readonly Token[], trigger: number, aside: (k: number) => boolean): boolean {
  // "With the Erkond deal dead, ...": a status right after the deal word in a "with" phrase.
  const withPhrase = tokens.slice(Math.max(0, trigger - 4), trigger).some((t) => t.norm === 'with');
  // ("With the Tavish combination now dead": an adverb may stand before the status.)
  const status = STATUS_ADVERBS.has(tokens[trigger + 1]?.norm ?? '') ? tokens[trigger + 2] : tokens[trigger + 1];
  if (withPhrase && ENDED.has(status?.norm ?? '')) return true;
  // ("Tarvo's Siskin bid off after ...", "the bid's been pulled": a headline or talk drops the verb "be" or folds it into the deal word.)
  const next = tokens[trigger + 1]?.norm ?? '';
  if ((next === 'off' || next === 'dead') && /^\s+$/.test(tokens[trigger]!.post) && !(next === 'off' && DISPOSING_OFF.has(tokens[trigger]!.norm))) return true;
  // ("the $31m tie-up... deal gone before launch": so with "gone", unless it goes on somewhere: "deal gone through".)
  if (next === 'gone' && /^\s+$/.test(tokens[trigger]!.post) && !/^(?:through|ahead|to|into|public|private|live|well|according)$/.test(tokens[trigger + 2]?.norm ?? '')) return true;
  if (/['\u2019]s$/.test(tokens[trigger]!.text) && ENDED_PARTICIPLES.has(next)) return true;
  let seen = 0;
  for (let k = trigger + 1; k < tokens.length && seen < STATUS_REACH; k++) {
    // ("the rumoured Tarvo order, which the airline has denied": a relative clause that denies the deal word before it.)
    if (tokens[k]!.norm === 'which' && /,\s*$/.test(tokens[k - 1]!.post) && deniedInRelative(tokens, k + 1)) return true;
    // "Gallant's offer for Hopwell, which valued the brewer at $680 million, was scrapped": a relative clause is stepped over.
    if (aside(k)) continue;
    // ("Germore's bid for Candholm Vale, worth a little over £300m, has been terminated": so is the deal's worth set off by commas.)
    if (/,\s*$/.test(tokens[k - 1]!.post) && APPOSED_WORTH.has(tokens[k]!.norm)) {
      let end = k;
      while (end < tokens.length - 1 && end - k < 12 && !/[,.;]/.test(tokens[end]!.post)) end++;
      if (/,/.test(tokens[end]!.post)) {
        k = end;
        continue;
      }
    }
    seen++;
    const t = tokens[k]!;
    // ("stayed on schedule, brushing off talk that the merger had been dropped": a participle set off by a comma opens a
    // clause of its own, whose words are no status of the deal.)
    if (/,\s*$/.test(tokens[k - 1]!.post) && /ing$/.test(t.norm) && !t.tags.has('Noun')) return false;
    if (/[.;]/.test(t.post) && !ENDED.has(t.norm) && !FAILING_FORMS.has(t.norm)) return false;
    if (ENDED.has(t.norm) && beBefore(tokens, k) && ownClause(tokens, trigger, k) && !ownObject(tokens, k)) return true;
    // "the takeover collapsed", "the €700m merger died last week": the deal its verb's subject, no clause between.
    if (FAILING_FORMS.has(t.norm) && ownClause(tokens, trigger, k) && !nounAfter(tokens[k - 1])) return true;
    // "has been called off", "was broken off": a withdrawal in the passive.
    if (isWithdrawal(tokens, k) && BE_OR_HAVE.has(tokens[k - 1]?.norm ?? '')) return true;
    // ("the deal fell through", "talks ... have fallen apart over price", "negotiations broke down").
    if (/^(?:fell|fallen|falls)$/.test(t.norm) && /^(through|apart)$/.test(tokens[k + 1]?.norm ?? '')) return true;
    if (/^(?:broke|broken)$/.test(t.norm) && tokens[k + 1]?.norm === 'down') return true;
    // "the sale of Tesketh Yard to Ravelston will not go ahead", "would not proceed": the deal is off.
    if (t.norm === 'not' && notProceeding(tokens, k + 1)) return true;
    // "rumoured bid for Lérault (~€1.1bn) denied by co.": a deal denied in a participle by its party.
    if (t.norm === 'denied' && tokens[k + 1]?.norm === 'by') return true;
  }
  return false;
}

/** Whether a relative clause from `k` denies or rejects what it follows within a few words: "which the airline has denied". */
function deniedInRelative(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 6); j++) {
    const t = tokens[j]!;
    if (DISMISSING.has(t.norm)) return !tokens.slice(k, j).some((w) => w.norm === 'not' || w.norm === 'never');
    if (/[,.;]/.test(t.post)) return false;
  }
  return false;
}

/** "go ahead", "go through", "proceed", "happen" after a "not": a deal that will not take place. */
function notProceeding(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k]?.norm ?? '';
  // ("the Sorreno sale is not happening", "is not going ahead": the progressive too.)
  const end = /^(?:proceed|happen|complete|close)(?:ing)?$/.test(verb) ? k + 1 : /^go(?:ing)?$/.test(verb) && /^(?:ahead|through)$/.test(tokens[k + 1]?.norm ?? '') ? k + 2 : -1;
  // ("will not go ahead until the regulator rules": a condition delays the deal, it does not end it.)
  return end > 0 && !/^(?:until|unless|without|before)$/.test(tokens[end]?.norm ?? '');
}

/** A comma or semicolon between `from` and `to` followed by a pronoun or name and its verb: "..., it's bankrolling it". */
function opensNewClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let c = from; c < to - 1; c++) {
    if (!/[,;]/.test(tokens[c]!.post)) continue;
    // ("..., and chairman Prakash Irlia says ...": past a conjunction, a subject of a few words before its verb.)
    let first = c + 1;
    if (/^(?:and|but|while|whereas)$/.test(tokens[first]?.norm ?? '')) first++;
    // ("..., and for 70 years it has bought ...": a phrase of time or place may open the new clause before its subject.)
    if (PREPOSITIONS.has(tokens[first]?.norm ?? '')) {
      const pronoun = tokens.slice(first + 1, Math.min(to, first + 5)).findIndex((t) => t.tags.has('Pronoun') && !t.possessive);
      if (pronoun >= 0) first = first + 1 + pronoun;
    }
    const subject = tokens[first];
    if (subject === undefined) continue;
    const named = subject.tags.has('Pronoun') || /^\p{Lu}/u.test(subject.text) || (first > c + 1 && subject.tags.has('Noun'));
    let v = first + 1;
    while (first > c + 1 && v < Math.min(to, first + 4) && /^\p{Lu}/u.test(tokens[v]!.text) && !tokens[v]!.tags.has('Verb')) v++;
    const verb = tokens[v];
    if (named && verb !== undefined && v < to && (verb.tags.has('Verb') || verb.tags.has('Copula') || verb.tags.has('Auxiliary'))) return true;
  }
  return false;
}

/**
 * Whether the words before the action (and right after it) deny it: "did not", "never", "denied that",
 * "no longer", "SpaceX leases no capacity".
 */
/** A number or sum as written: "seven", "forty-two", "8", "$840m", "€1.1bn". */
const isFigure = (t: Token | undefined): boolean => t !== undefined
  && (t.tags.has('Value') || t.tags.has('Money') || /^[A-Z]{0,3}[$\u20ac\u00a3\u00a5]?\d/.test(t.text) || isNumberWord(t.norm));

/** Words that end a deal, which a denial before them takes back: "denied that it had cancelled the contract". */
const ENDING_WORDS: ReadonlySet<string> = new Set([...ENDED, ...FAILING_FORMS]);

/** Nouns for what others say of a deal: "reports that Kessock would buy Lérault are false". */
export const REPORT_NOUNS: ReadonlySet<string> = new Set(['report', 'reports', 'claim', 'claims', 'speculation', 'rumour', 'rumours', 'rumor', 'rumors', 'suggestion', 'suggestions', 'story', 'stories']);
/** Words that call such a report untrue. */
export const UNTRUE: ReadonlySet<string> = new Set(['false', 'untrue', 'wrong', 'baseless', 'inaccurate', 'incorrect', 'unfounded', 'groundless', 'erroneous', 'mistaken']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
/** Verbs that deny what a report says: "dismissing reports that the deal had been abandoned". */
const DISMISSING: ReadonlySet<string> = new Set(['denied', 'denies', 'deny', 'denying', 'dismissed', 'dismisses', 'dismissing', 'rejected', 'rejects', 'rejecting', 'refuted', 'refutes', 'refuting', 'rebuffed']);

/** The index of "reports that" before the deal word, or -1: the deal word stands in what a report says. */
function reportBefore(tokens: readonly Token[], trigger: number): number {
  for (let k = trigger - 1; k >= Math.max(0, trigger - 8); k--) {
    if (/[.;]/.test(tokens[k]!.post)) return -1;
    if (REPORT_NOUNS.has(tokens[k]!.norm) && tokens[k + 1]?.norm === 'that') return k;
    // ("denied reports of a Tarvo supply pact": the report's noun phrase.)
    if (REPORT_NOUNS.has(tokens[k]!.norm) && tokens[k + 1]?.norm === 'of' && nounPhraseTo(tokens, k + 2, trigger)) return k;
  }
  return -1;
}

/** Verbs that call a report something: "branded a report of a Tarvo offtake pact false". */
const CALLING: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'branded', 'brands', 'labelled', 'labeled', 'described', 'describes']);

/** "Reports that Kessock would buy Lérault are false": the report the deal word stands in is called untrue after it. */
function reportCalledUntrue(tokens: readonly Token[], trigger: number): boolean {
  const report = reportBefore(tokens, trigger);
  if (report < 0) return false;
  // ("the company branded the report of a Siskin offtake pact false": the calling verb before the report, the word after the deal.)
  const calling = CALLING.has(tokens[report - 1]?.norm ?? '') || (/^(?:a|the|this|that)$/.test(tokens[report - 1]?.norm ?? '') && CALLING.has(tokens[report - 2]?.norm ?? ''));
  if (calling && UNTRUE.has(tokens[trigger + 1]?.norm ?? '')) return true;
  // ("an erroneous report that Tarvo would buy a quarter of Siskin": the report called untrue before it.)
  if (UNTRUE.has(tokens[report - 1]?.norm ?? '')) return true;
  for (let k = trigger + 1; k < Math.min(tokens.length - 1, trigger + 12); k++) {
    if (COPULAS.has(tokens[k]!.norm) && (UNTRUE.has(tokens[k + 1]!.norm) || (tokens[k + 1]!.norm === 'not' && tokens[k + 2]?.norm === 'true'))) return true;
    if (/[.;]/.test(tokens[k]!.post)) return false;
  }
  return false;
}

/** "denied reports that ...", "dismissing reports that ...": the report the deal word stands in is denied. */
function reportDismissed(tokens: readonly Token[], trigger: number): boolean {
  const report = reportBefore(tokens, trigger);
  return report > 0 && DISMISSING.has(tokens[report - 1]!.norm);
}

const RETRACTIONS: readonly (readonly string[])[] = RETRACTION_CUES.map((cue) => cue.split(' '));

/**
 * "Correction: Tuesday's digest said the contract went to Stratocirrus": the deal word stands in what a correction takes
 * back. Where the words taken back carry a figure ("said the deal was worth £640m"), the figure is what was wrong
 * (`retracted` in quantities/incidental.ts) and the deal stands, wherever the figure stands among those words ("said
 * Merlfield shares rose 14% after its lease with Pillby").
 */
function retractedBefore(tokens: readonly Token[], trigger: number): boolean {
  for (let k = 0; k < trigger; k++) {
    const cue = RETRACTIONS.find((words) => words.every((w, i) => k + i < trigger && tokens[k + i]!.norm === w));
    if (cue) return !tokens.slice(k + cue.length).some((t, i) => k + cue.length + i !== trigger && isFigure(t)) && !namesTermTakenBack(tokens, k + cue.length, trigger);
  }
  return false;
}

/**
 * Terms of a deal a correction may say were wrong while the deal stands: "misreported the price and the term of
 * Tarvo's offtake", "incorrectly reported the price of the sale".
 */
const TERMS_TAKEN_BACK: ReadonlySet<string> = new Set(['value', 'length', 'term', 'terms', 'duration', 'price', 'size', 'amount', 'cost',
  'number', 'figure', 'figures', 'timing', 'date', 'tenor', 'rate', 'rent', 'fee', 'volume', 'scope']);

/** Whether the words a correction takes back open on a term of the deal ("the value ... of"), not on the deal itself. */
function namesTermTakenBack(tokens: readonly Token[], from: number, trigger: number): boolean {
  let j = from;
  while (j < trigger && /^(?:the|its|their|a)$/.test(tokens[j]!.norm)) j++;
  if (j >= trigger || !TERMS_TAKEN_BACK.has(tokens[j]!.norm)) return false;
  return tokens.slice(j + 1, trigger).some((t) => t.norm === 'of');
}

/** Whether "not" at `k` sets a name aside: "not Tarvo", "not incumbent Kelwick", "not the rival Tarvo". */
function setsAsideName(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j < k + 3 && /^(?:the|incumbent|rival|its|their|longtime|long-time)$/.test(tokens[j]?.norm ?? '')) j++;
  return /^\p{Lu}/u.test(tokens[j]?.text ?? '') && !tokens[j]!.tags.has('Pronoun');
}

/**
 * "the 40% of Siskin it does not yet hold, taking out the founders": a negation whose own verb ends its clause at a
 * comma before the deal word denies that verb only.
 */
function negatesOwnClause(tokens: readonly Token[], k: number, trigger: number): boolean {
  // ("did not, as expected, buy Osprey": an aside right after the negation leaves it on the deal word; "rejected the
  // unsolicited, non-binding proposal" is no "not" at all.)
  if (!(tokens[k]!.norm === 'not' || /n['\u2019]t$/.test(tokens[k]!.norm)) || /[,;]/.test(tokens[k]!.post)) return false;
  for (let j = k + 1; j < trigger; j++) {
    const t = tokens[j]!;
    // (The tagger may call a bare verb after "does not" an adjective: "it does not already own".)
    const head = (t.tags.has('Verb') || t.tags.has('Adjective')) && !t.tags.has('Auxiliary') && !t.tags.has('Copula');
    // (Its clause ends right after it, with no object: "has not signed, and is not discussing, any supply deal" goes on.)
    if (head) return /^[,;]\s/.test(t.post) && !/^(?:and|or|but|nor)$/.test(tokens[j + 1]?.norm ?? '');
    if (/[,;]/.test(t.post)) return false;
  }
  return false;
}

/** Whether "and" or "but" and a verb of its own stand between a negation at `k` and the deal word. */
function coordinatedVerbBetween(tokens: readonly Token[], k: number, trigger: number): boolean {
  for (let j = k + 1; j < trigger - 1; j++) {
    if (!/^(?:and|but)$/.test(tokens[j]!.norm)) continue;
    const verb = tokens[j + 1]!;
    // ("did not sign, and will not sign, any offtake": an aside set off by commas, or an auxiliary, keeps the scope.)
    if (/,\s*$/.test(tokens[j - 1]!.post) || verb.tags.has('Copula') || verb.tags.has('Auxiliary') || verb.tags.has('Modal')) continue;
    if (verb.tags.has('Verb') && !verb.tags.has('Adjective') && !verb.tags.has('Gerund') && !verb.tags.has('Noun') && !NEGATION_WORDS.has(verb.norm) && !ENDING_WORDS.has(verb.norm)) return true;
  }
  return false;
}

/**
 * "CANCELLED: Tarvo / Siskin supply pact", "Called off — Brisco's bid for Harlow": a status that labels a headline or
 * digest item, a word that ends deals before a colon or a dash opening the sentence, ends the deal the item names.
 */
function endedByLabel(tokens: readonly Token[], trigger: number): boolean {
  for (let k = 0; k < 2 && k < trigger; k++) {
    const word = tokens[k]!.norm.replace(/[:\u2013\u2014-]{1,3}$/, '');
    const status = ENDED.has(word) || word === 'denied' || word === 'rejected';
    // ("Deal off: Harlow pulls the plug on ...": a deal noun may stand before the status.)
    if (!status && k === 0 && NOMINAL_ACTION_FORMS.has(word) && /^\s+$/.test(tokens[0]!.post)) continue;
    if (!status && !(k === 0 && isWithdrawal(tokens, 0))) return false;
    if (/^\s*[:\u2013\u2014-]/.test(tokens[k]!.post) || /[:]$/.test(tokens[k]!.text)) return status;
  }
  return false;
}

/** Nouns for the act that makes a deal, before "of" and the deal: "the award of the contract", "the signing of the lease". */
const MAKING_ACTS: ReadonlySet<string> = new Set(['award', 'signing', 'approval']);
/** Nouns for a deal in the making: "its plan to lease", "a bid to buy". */
const INTENT_NOUNS: ReadonlySet<string> = new Set(['plan', 'plans', 'bid', 'attempt', 'proposal', 'offer', 'effort', 'agreement', 'deal']);
/**
 * Verbs of a decision taken, and the noun, before "to" and an ending verb's bare form: "resolved to withdraw its offer",
 * "the decision by the trust's board to pause the outsourcing".
 */
const DECIDED: ReadonlySet<string> = new Set(['resolved', 'decided', 'agreed', 'voted', 'opted', 'chose', 'elected', 'moved', 'decision']);

/** A decision verb a few words before the "to" at `to`: "resolved on Monday to withdraw". */
function decidedBefore(tokens: readonly Token[], to: number): boolean {
  for (let k = to - 1; k >= Math.max(0, to - 8); k--) {
    if (/[.;:]/.test(tokens[k]!.post)) return false;
    if (DECIDED.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/**
 * Whether the words from `start` up to the deal word are its noun phrase only: an article, a possessive, a name, a
 * figure, an adjective or a noun, and no punctuation but a possessive's or a hyphen's ("its £260m Siskin offer").
 */
function nounPhraseTo(tokens: readonly Token[], start: number, trigger: number): boolean {
  if (trigger - start > 8) return false;
  for (let j = start; j < trigger; j++) {
    const t = tokens[j]!;
    // ("the failure of its plan to rent four freighters from Siskin": a plan or bid to do the deal is the deal.)
    if (INTENT_NOUNS.has(t.norm) && tokens[j + 1]?.norm === 'to' && j + 2 === trigger && /^\s+$/.test(t.post)) return true;
    // ("deferred the award of the cleaning contract": the act that makes the deal, "of" it, is the deal; "the closing
    // of the sale" is not, and a deal put off at its closing stands.)
    if (MAKING_ACTS.has(t.norm) && tokens[j + 1]?.norm === 'of' && /^\s+$/.test(t.post)) {
      j++;
      continue;
    }
    if (/[,;:.()\u2013\u2014]/.test(t.post.replace(/['\u2019]s?\s*$/, ''))) return false;
    // ("the termination of the supply and service contract": nouns joined by "and" name one thing.)
    if (t.norm === 'and' && tokens[j - 1]?.tags.has('Noun') && tokens[j + 1]?.tags.has('Noun')) continue;
    // ("its 12-jet order": the halves of a hyphened word are one modifier, whatever the tagger calls them.)
    if (t.tags.has('Hyphenated') || tokens[j - 1]?.post === '-') continue;
    const nominal = t.tags.has('Determiner') || t.tags.has('Possessive') || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Value') || t.tags.has('Money') || t.possessive;
    if (!nominal || t.tags.has('Preposition') || (t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun'))) return false;
  }
  return true;
}

/**
 * Whether the words right before `k` are a plural subject: a plural noun ("investors spurn"), or two names joined by
 * "and", "&" or a comma ("Tarvo and Siskin drop their venture", "TARVO, SISKIN DROP JV").
 */
function pluralSubjectBefore(tokens: readonly Token[], k: number): boolean {
  const last = tokens[k - 1];
  if (!last || !/^\s+$/.test(last.post) || last.tags.has('Pronoun')) return false;
  if (last.tags.has('Plural')) return true;
  const name = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text) && !t.tags.has('Pronoun');
  if (!name(last)) return false;
  // (The first name may run to several words: "Ardle Foods and Siskin".)
  let j = k - 2;
  if (/,\s*$/.test(tokens[j]?.post ?? '') && name(tokens[j])) return true;
  if (!/^(?:and|&)$/.test(tokens[j]?.norm ?? '')) return false;
  j--;
  return name(tokens[j]);
}

/**
 * "Tarvo pulls £260m offer", "Harlow has dropped its bid": a word that ends deals only with the deal as its object
 * (`objectOnly` in `src/lexicon/deal-endings.ts`) stands right before the deal word's noun phrase; "the collapse of
 * Tarvo's bid", "after Siskin's rejection of the offer": a noun for the end is "of" that phrase.
 */
function endedAsObject(tokens: readonly Token[], from: number, trigger: number): boolean {
  for (let k = Math.max(0, trigger - 10); k < trigger; k++) {
    const t = tokens[k]!;
    // ("..., ending a licence agreed in 2022", "after scrapping its bid": an -ing form with the deal as its object, too.)
    if ((OBJECT_ENDING_FORMS.has(t.norm) || ENDING_GERUNDS.has(t.norm)) && /^\s+$/.test(t.post) && nounPhraseTo(tokens, k + 1, trigger)) return true;
    // ("its directors voted to withdraw their bid": a decision taken to end it.)
    if (k >= from && ENDING_LEMMAS.has(t.norm) && tokens[k - 1]?.norm === 'to' && decidedBefore(tokens, k - 1) && nounPhraseTo(tokens, k + 1, trigger)) return true;
    // ("as investors spurn offer": the bare form after a plural subject.)
    if (ENDING_LEMMAS.has(t.norm) && pluralSubjectBefore(tokens, k) && nounPhraseTo(tokens, k + 1, trigger)) return true;
    if (ENDING_NOUNS.has(t.norm) && tokens[k + 1]?.norm === 'of' && /^\s+$/.test(t.post) && nounPhraseTo(tokens, k + 2, trigger)) return true;
  }
  return false;
}

/**
 * Participles of the ending words that also stand before a deal noun as its adjective: "the abandoned merger",
 * "Tarvo's failed bid", "the cancelled Siskin venture". (Present forms, "scraps", are verbs only.)
 */
const PRENOMINAL_ENDINGS: ReadonlySet<string> = new Set([...ENDED_PARTICIPLES, ...FAILING_FORMS].filter((form) => /(?:ed|en|wn)$/.test(form)));
/** Words that open the noun phrase such a participle stands in. */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

/**
 * "the abandoned merger had put a $2bn value on Siskin", "Tarvo's failed takeover of Siskin": an ending participle
 * after the determiner or possessive of the deal word's own noun phrase ends that deal.
 */
function endedBeforeNoun(tokens: readonly Token[], trigger: number): boolean {
  for (let k = Math.max(1, trigger - 5); k < trigger; k++) {
    if (!PRENOMINAL_ENDINGS.has(tokens[k]!.norm) || !/^\s+$/.test(tokens[k]!.post)) continue;
    // ("Tarvo's failed takeover": the tagger may read the possessive as a folded "has", an empty token.)
    const before = tokens[k - 1]!.text === '' && /['\u2019]s$/.test(tokens[k - 2]?.text ?? '') ? tokens[k - 2]! : tokens[k - 1]!;
    const opens = PHRASE_OPENERS.has(before.norm) || before.possessive || /['\u2019]s$/.test(before.text);
    if (opens && /^\s*$/.test(tokens[k - 1]!.post) && nounPhraseTo(tokens, k + 1, trigger)) return true;
  }
  return false;
}

/** Objects that stand for a deal told before them in the sentence. */
const DEAL_PRONOUN_OBJECTS: ReadonlySet<string> = new Set(['it', 'them']);

/**
 * "Siskin's board weighed the offer from Tarvo, which put $9 a share on the table, and rejected it": an ending word
 * whose object is a pronoun that closes the sentence's clause ends the deal noun told before it, when no other deal
 * noun stands between.
 */
function endedAsPronoun(tokens: readonly Token[], trigger: number): boolean {
  for (let k = trigger + 1; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (/[.;!?]/.test(t.post)) return false;
    if (NOMINAL_ACTION_FORMS.has(t.norm)) return false;
    const ends = ENDING_VERB_FORMS.has(t.norm) || OBJECT_ENDING_FORMS.has(t.norm) || (ENDING_LEMMAS.has(t.norm) && tokens[k - 1]?.norm === 'to');
    if (ends && /^\s+$/.test(t.post) && DEAL_PRONOUN_OBJECTS.has(tokens[k + 1]!.norm) && (k + 2 === tokens.length || /[.;!?]/.test(tokens[k + 1]!.post))) return !negatedBefore(tokens, k);
  }
  return false;
}

/** Whether a plain negation stands within a few words before `k` (not before `from`), in its clause: "did not reject it". */
function negatedBefore(tokens: readonly Token[], k: number, from = 0): boolean {
  for (let j = k - 1; j >= Math.max(from, k - NEGATION_REACH); j--) {
    if (/[.;,]/.test(tokens[j]!.post)) return false;
    if (PLAIN_NEGATIONS.has(tokens[j]!.norm) || /n['\u2019]t$/.test(tokens[j]!.norm)) return true;
  }
  return false;
}

/** Nouns for leaving a deal, which end the deal they are "from": "Tarvo's exit from its haulage pact", "its pull-out from". */
const LEAVING_NOUNS: ReadonlySet<string> = new Set(['exit', 'pull-out', 'pullout', 'withdrawal', 'walkout', 'retreat']);

/** "Tarvo's exit from the freight agreement": a noun for leaving right before the deal word's noun phrase, with "from". */
function leftFrom(tokens: readonly Token[], trigger: number): boolean {
  for (let k = Math.max(0, trigger - 8); k < trigger - 1; k++) {
    const word = tokens[k]!.post === '-' ? `${tokens[k]!.norm}-${tokens[k + 1]?.norm ?? ''}` : tokens[k]!.norm;
    const from = tokens[k]!.post === '-' ? k + 2 : k + 1;
    if (LEAVING_NOUNS.has(word) && tokens[from]?.norm === 'from' && /^\s+$/.test(tokens[from]!.post) && nounPhraseTo(tokens, from + 1, trigger)) return true;
  }
  return false;
}

/** Whether talks are named at `at`, past up to two words that describe them ("exclusive", "their", "advanced"), before `end`. */
function talksAfter(tokens: readonly Token[], at: number, end: number): boolean {
  for (let k = at; k < Math.min(end, at + 3); k++) {
    const t = tokens[k]!;
    if (TALK_NOUNS.has(t.norm)) return true;
    if (!(t.tags.has('Adjective') || t.tags.has('Determiner') || t.tags.has('Possessive') || t.possessive) || !/^\s+$/.test(t.post)) return false;
  }
  return false;
}

/** Plain negations that deny an ending word after them: "has not cancelled", "no termination". */
const PLAIN_NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nor']);
/** How far after the deal word an ending word is looked for, and how far before it its negation. */
const ENDING_REACH = 10;
const NEGATION_REACH = 6;

/**
 * "has had no word of any termination, so the contract stands", "Siskin has not cancelled its contract", "the deal had
 * not been terminated": an ending that is itself denied leaves the deal standing.
 */
function endingDenied(tokens: readonly Token[], from: number, trigger: number, aside: (k: number) => boolean = () => false): boolean {
  // ('the planned purchase of Siskin (the "Transaction") was not ended': an aside after the deal word
  // stands in no reach.)
  let stepped = 0;
  for (let k = from; k < Math.min(tokens.length, trigger + ENDING_REACH + stepped); k++) {
    if (k > trigger && aside(k)) {
      stepped++;
      continue;
    }
    if (k > trigger && /[.;]/.test(tokens[k - 1]!.post)) return false;
    if (!ENDING_WORDS.has(tokens[k]!.norm) && !ENDING_NOUNS.has(tokens[k]!.norm)) continue;
    if (negatedBefore(tokens, k, from)) return true;
  }
  return false;
}

/** Words that open a phrase of time: "after the licensing pact", "following its supply deal". */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'following', 'since', 'before']);

/** Whether the deal word at `trigger` stands in a phrase of time (up to two words after its preposition) that opens after `from`. */
function inTimePhrase(tokens: readonly Token[], from: number, trigger: number): boolean {
  for (let k = Math.max(from + 1, trigger - 3); k < trigger; k++) if (TIME_PREPOSITIONS.has(tokens[k]!.norm)) return true;
  return false;
}

/** Words before a noun that make the word after them no verb: "the blocks of the orchard", "its ends". */
const NOUN_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'whose']);
/**
 * Prepositions of place that open a noun phrase: "among Wendacre Farms' blocks". (Not "in", "at" or "of", which a subject
 * takes: "Regulators in Delmarsh blocked ..."; nor "after": "After Brussels blocked ...".)
 */
const PLACE_OPENERS: ReadonlySet<string> = new Set(['among', 'across', 'around', 'between', 'throughout', 'into', 'onto']);

/**
 * "hives among Wendacre Farms' blocks", "the blocks of the orchard": a form of an ending verb ("blocks") that the
 * words before it make a noun, after a determiner or closing a name that a preposition opened. Such a word ends no deal.
 */
function endingFormAsNoun(tokens: readonly Token[], k: number): boolean {
  // ("the regulator in Kelmora blocks the purchase": an object after it keeps the verb.)
  const next = tokens[k + 1]?.norm ?? '';
  if (!ENDING_VERB_FORMS.has(tokens[k]!.norm) || NOUN_OPENERS.has(next) || next === 'it' || next === 'them' || tokens[k + 1]?.possessive === true) return false;
  if (NOUN_OPENERS.has(tokens[k - 1]?.norm ?? '')) return true;
  let j = k - 1;
  // (The words of the noun phrase: names and the nouns or adjectives between, "Wendacre Farms' almond blocks".)
  const inPhrase = (t: Token) => /^\p{Lu}/u.test(t.text) || ((t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Verb') && !t.tags.has('Determiner'));
  while (j >= 0 && k - j <= 5 && inPhrase(tokens[j]!) && !/[,.;:]\s*$/.test(tokens[j]!.post)) j--;
  return j < k - 1 && j >= 0 && PLACE_OPENERS.has(tokens[j]!.norm);
}

/** Words of manner a deal word may end on, which a negation before it denies instead of the deal: "is not acquiring blind". */
const MANNER_WORDS: ReadonlySet<string> = new Set(['blind', 'blindly', 'cheap', 'cheaply', 'lightly', 'hastily', 'rashly', 'recklessly', 'carelessly']);

export function isNegated(tokens: readonly Token[], from: number, trigger: number, aside: (k: number) => boolean = () => false): boolean {
  if (endingDenied(tokens, from, trigger, aside)) return false;
  if (reportCalledUntrue(tokens, trigger) || retractedBefore(tokens, trigger) || endedByLabel(tokens, trigger)) return true;
  if (endedAsObject(tokens, from, trigger) || endedBeforeNoun(tokens, trigger) || leftFrom(tokens, trigger) || endedAsPronoun(tokens, trigger)) return true;
  // "Kessock denied reports that it would buy Lérault": the report the deal word stands in is denied, unless what it
  // reported was the deal's end ("dismissing reports that the deal had been abandoned").
  const dismissed = reportDismissed(tokens, trigger);
  if (endedAfter(tokens, trigger, aside)) return !dismissed;
  if (dismissed) return true;
  for (let k = from; k <= Math.min(tokens.length - 1, trigger + 1); k++) {
    const token = tokens[k]!;
    // ("Tarvo, which had scrapped a tie-up with Brisco in 2022, now pays Siskin ...": a relative or
    // parenthetical clause before the deal word tells of something else; its ending or its "not" is not the deal's.)
    if (k < trigger && aside(k)) continue;
    if (isWithdrawal(tokens, k)) return true;
    // ("ended talks to buy Tagern", "halted negotiations over the sale": talks stopped before the deal word; "ended
    // exclusive talks", "broke off their talks": words that describe the talks may stand between.)
    if (k < trigger && ENDING_VERBS.has(token.norm) && talksAfter(tokens, k + 1, trigger)) return true;
    if (k === trigger) continue;
    if (!NEGATION_WORDS.has(token.norm)) continue;
    if (endingFormAsNoun(tokens, k)) continue;
    // ("will not acquire Tarvo outright after the licensing pact": a deal word in a phrase of time after the denied
    // one is another deal, which the denial does not reach.)
    if (k < trigger && inTimePhrase(tokens, k, trigger)) continue;
    // ("Company announcement no. 9/2026", "Order No. 7": the abbreviation of "number" before a figure.)
    if (token.norm === 'no' && /^\.\s*$/.test(token.post) && /^\d/.test(tokens[k + 1]?.text ?? '')) continue;
    // ("rejected claims that it had scrapped its offtake contract": a denied end leaves the deal standing.)
    if (k < trigger && DISMISSING.has(token.norm) && tokens.slice(k + 1, trigger).some((t, i) => ENDING_WORDS.has(t.norm) || isWithdrawal(tokens, k + 1 + i))) return false;
    const next = tokens[k + 1]?.norm ?? '';
    // ("Don't forget": the contraction's empty "not" tokens stand between the negation and its word.)
    let word = k + 1;
    while (tokens[word]?.text === '' && word < k + 3) word++;
    if (NOT_DENIAL_NEXT.has(next) || NOT_DENIAL_NEXT.has(tokens[word]?.norm ?? '') || SILENCE.test(next) || withholdsTerms(tokens, word)) continue;
    // ("said a company official who asked not to be named": silence in the passive.)
    if (next === 'to' && tokens[k + 2]?.norm === 'be' && SILENCE.test(tokens[k + 3]?.norm ?? '')) continue;
    if (deniesOtherNoun(tokens, k, trigger)) continue;
    // ("the two may not reach terms on a sale", "might not lead to a merger": a possibility left open, no denial.)
    if (token.norm === 'not' && /^(?:may|might)$/.test(tokens[k - 1]?.norm ?? '')) continue;
    // ("isn't the first Lumenstream-Harborline tie-up", "not the only bidder": a rank denied, not the deal.)
    const not = token.norm === 'not' || /n['\u2019]?t$/.test(token.norm);
    let j = k + 1;
    while (tokens[j]?.text === '' && tokens[j]!.norm === 'not') j++;
    if (not && tokens[j]?.norm === 'the' && /^(first|only|last|second|third|biggest|largest|first-ever)$/.test(tokens[j + 1]?.norm ?? '')) continue;
    // "Not to be confused with 2020, when ...", "not to mention": a reader's aside, no denial.
    if (token.norm === 'not' && next === 'to' && /^(be|mention|forget)$/.test(tokens[k + 2]?.norm ?? '') && /^(confused|mention|forget|mistaken)$/.test(tokens[k + (tokens[k + 2]!.norm === 'be' ? 3 : 2)]?.norm ?? '')) continue;
    if (token.norm === 'no' && k < trigger && tokens[k + 1]?.norm === 'doubt') continue;
    // ("no less than €90m", "no more than 12 ships", "no fewer than 40 jets": a bound on a figure, no denial.)
    if (token.norm === 'no' && /^(?:less|more|fewer|later|earlier|sooner)$/.test(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.norm === 'than') continue;
    // ("sensible bolt-on, not transformational", "full, but not crazy": a quality denied, not the deal.)
    const contrast = /,\s*$/.test(tokens[k - 1]?.post ?? '') || tokens[k - 1]?.norm === 'but';
    // ("Peskmoor, not incumbent Kelbrook, has won": an adjective before a name sets one party against another, read below.)
    const quality = tokens[j]?.tags.has('Adjective') && !tokens[j]!.tags.has('Verb') && !tokens[j]!.tags.has('Noun') && !(/^[ \t]+$/.test(tokens[j]!.post) && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? ''));
    if (not && contrast && quality && j !== trigger) continue;
    // "runs eight years, not seven", "is worth $960m, not $840m": a figure corrected, not the deal denied.
    if (token.norm === 'not' && isFigure(tokens[k + 1])) continue;
    // "Vestra, not the German company, signed with Hilwell": "not" before a noun phrase sets one party against another.
    // ("a 25% stake, not a controlling one": after the deal word too.)
    if (not && (k < trigger || /,\s*$/.test(tokens[k - 1]?.post ?? '')) && tokens[k + 1]?.tags.has('Determiner') && /^(the|a|an)$/.test(tokens[k + 1]!.norm)) continue;
    // ("Polden Fabrics, not incumbent Kelwick, has won": a name set aside after a comma, so too.)
    if (not && /,\s*$/.test(tokens[k - 1]?.post ?? '') && setsAsideName(tokens, k)) continue;
    // ("walked away without a deal" denies it; "cleared the deal without conditions" does not.)
    if (token.norm === 'without' && (k > trigger || (k < trigger - 1 && !(k === trigger - 2 && tokens[k + 1]!.tags.has('Determiner'))))) continue;
    // "Puffin Point isn't advising Quoldova, it's financing it": a new subject after a comma opens another clause.
    if (k < trigger && opensNewClause(tokens, k, trigger)) continue;
    if (k < trigger && negatesOwnClause(tokens, k, trigger)) continue;
    // ("had rejected the approach from Tarvo and continued to back Siskin's offer": a verb coordinated after it has a scope of its own.)
    if (k < trigger && coordinatedVerbBetween(tokens, k, trigger)) continue;
    // ("Siskin is not acquiring blind", "Tarvo won't sell cheap": the manner the deal word ends on is denied, not the deal.)
    if (k < trigger && MANNER_WORDS.has(tokens[trigger + 1]?.norm ?? '')) continue;
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

/** "its only buyer", "exclusive rights", "all of its output": the other side is the only one. */
export function isExclusive(tokens: readonly Token[], trigger: number, end: number): boolean {
  // ("an exclusive seven-year, $200 million processing deal": a deal noun's words reach back to its article.)
  // ("the whole output of its wind farm is contracted to Quenlow": a passive verb's words reach back past its
  // auxiliaries to its subject's article.)
  let verb = trigger;
  while (verb > 0 && (tokens[verb - 1]!.tags.has('Copula') || tokens[verb - 1]!.tags.has('Auxiliary'))) verb--;
  let start = trigger - 3;
  for (let k = verb - 1; k >= Math.max(0, verb - 9); k--) {
    const t = tokens[k]!;
    if (/^(?:a|an|the|its|their|his|her)$/.test(t.norm)) {
      start = Math.min(start, k);
      break;
    }
    if (t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Hyphenated') && !t.tags.has('Gerund')) break;
  }
  const window = tokens.slice(Math.max(0, start), end + 1);
  return window.some((t, k) => {
    if (t.norm === 'all') return /^(of|its|their|the)$/.test(window[k + 1]?.norm ?? '');
    // ("for 100% of the power its turbines make": all of what a plant yields, in figures; 100% of a firm's shares
    // is a takeover.)
    if (t.text === '100%') return ofOutput(window, k);
    return EXCLUSIVE_WORDS.has(t.norm);
  });
}

/**
 * Whether a sentence has a word that denies or ends a deal ("walks away from", "terminated", "not"): a claim read with
 * no deal word from such a sentence may be the denial itself, so it asserts nothing (`compare/polarity.ts`).
 */
export function speaksOfEnding(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  // ("Tarvo and Siskin - they walked.": talk drops the particle of "walked away".)
  return words.some((w, k) => NEGATION_WORDS.has(w) || ENDING_WORDS.has(w) || w === 'walked' || w === 'walks' || WITHDRAWAL_PHRASES.some((p) => p.verbs.includes(w) && p.particle.split(' ').every((x, i) => words[k + 1 + i] === x)));
}
