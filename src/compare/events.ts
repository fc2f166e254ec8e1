import type { Claim, Party } from '../schema/claim.js';
import type { EntityTable } from '../normalize/entities.js';
import { GENERIC_PARTY_RULE } from '../extract/parties.js';
import { olderAsideOfClaim } from '../extract/older-deal-asides.js';
import { amountRole } from '../normalize/values.js';
import { BARE_DOLLAR_CURRENCIES, isBareDollar } from '../quantities/currencies.js';
import { datingOf, pairKeys, splitRule, type Dating } from './event-times.js';
import { objectSplitter } from './deal-objects.js';
import { formSplitter } from './deal-forms.js';
import { mayBeOneFirm } from './one-firm.js';

export type EventKind = 'commercial' | 'invest' | 'state';

/**
 * Kinds of event: a supply, lease, order, sale or takeover is one commercial relation (one source's "buys the
 * campus" is another's "acquisition of the campus", and whether the thing bought is a company is often unsaid);
 * a stake or a loan is its own, beside it.
 */
export function eventKind(type: NonNullable<Claim['action']>['type']): EventKind {
  return type === 'invest' || type === 'state' ? type : 'commercial';
}

/**
 * How claims become events, each rule a record with an example and a reason. The id of the rule that placed
 * a claim is kept on the event (`placedBy`, reported as `joins`), and the rule that kept two events of one pair
 * and kind apart as `splits`, so a report can say why two claims met or stayed apart.
 */
export interface EventRule {
  name: string;
  /** Sources that show the rule, one text each (with its publication date where the rule needs one); test/rule-tables.test.ts runs them. */
  example: readonly (string | { text: string; publishedAt: string })[];
  /** Whether the rule brings the example's claims into one event, or keeps them apart. */
  meets: boolean;
  reason: string;
}

export const EVENT_RULES: readonly EventRule[] = [
  { name: 'pair-and-kind', example: ['Tern Solar sells Siskin Metals its output.', "Siskin Metals buys Tern Solar's output."], meets: true, reason: 'the same two families in one kind of deal are one event, whichever side speaks' },
  { name: 'generic-joins-specific', example: ['Tern Solar will supply power to Siskin Metals.', 'Tern Solar signed a ten-year agreement with Siskin Metals.'], meets: true, reason: 'a deal, contract or agreement names no kind; it is the one specific deal of its pair, unless a stated unit of one side that no claim of that deal names signed it ("Histash Card, the card-issuing arm of Histash Financial")' },
  { name: 'one-party-joins', example: ['Tern Solar will supply power to Siskin Metals.', 'Siskin Metals lands a $2bn contract.'], meets: true, reason: 'a claim naming one side fits the only event of that side and kind, or of several the one whose claims state a figure of it the same' },
  { name: 'generic-party-joins', example: ['The UK government will give Arrgate Steel €420m.', 'The government will give Arrgate Steel €420m for its furnaces.'], meets: true, reason: 'a public body named without its country is the one its other party deals with' },
  { name: 'coordinated-parties', example: ['Arleth will pay the Coastal Netball League $360 million a season.', 'Fulmar Sports will pay the Coastal Netball League $240 million a season.', 'Arleth, Fulmar Sports and eBridge are to share the rights of the Coastal Netball League.'], meets: true, reason: 'parties the text lists together on one side share one deal with the other side' },
  { name: 'year-splits', example: ["Solvay Air's 2016 order with Tarrant Aero covered 40 jets.", 'Solvay Air ordered 75 jets from Tarrant Aero this week.'], meets: false, reason: 'a year written on the deal dates it; deals of different years are different events' },
  { name: 'relative-time-splits', example: ['Brisk Air bought 40 jets from Siskin Aero last year.', 'Brisk Air ordered 75 jets from Siskin Aero this week.'], meets: false, reason: 'relative times count from when each text was written: "last year" and "this week" are different deals even when no date is given, and the present of a text of 2019 is another deal than that of a text of 2025' },
  { name: 'times-meet', example: [{ text: 'Brisk Air bought 40 jets from Siskin Aero last year.', publishedAt: '2025-03-10' }, 'Siskin Aero sold 40 jets to Brisk Air last year.'], meets: true, reason: 'a relative time is the calendar year its publication date gives, and a source with no date was written when the others of its pair were; with no date at all, one relative year and one calendar year of a pair cannot be told apart, so they meet' },
  { name: 'untimed-retells-dateline', example: ['PITTSBURGH, July 15, 2025 /PRNewswire/ -- Ormsby Steel signed a four-year agreement to supply plate to Tellwood Marine, valued at $120 million.', 'Tellwood Marine will pay Ormsby Steel $30 million a year for four years.'], meets: true, reason: 'a claim that says no time is of the one event its pair dates only by a dateline when it retells that event\'s figures, one the same and none other; otherwise it may recall an older deal' },
  { name: 'source-dates-retelling', example: ['Brisk Air orders 40 jets from Siskin Aero (2016). Brisk Air has ordered 40 jets from Siskin Aero for $2 billion.', 'Brisk Air ordered 75 jets from Siskin Aero for $3.5 billion.'], meets: false, reason: 'a source that dates its deal once dates its other claims of that pair and kind that say no time: a year or date closing its headline dates those that state none of its figures otherwise, and a year on one sentence dates another that retells its figures; they tell the one deal it dated (a dateline, or a date atop a release, is when the text was written and dates no other claim)' },
  { name: 'heading-joins-its-year', example: ['Tarvo Air ordered 30 jets from Ondo Aero in 2017.', 'AIR NEWS - 9 June 2017\nTarvo Air orders 30 jets from Ondo Aero.'], meets: true, reason: 'a date closing a digest\'s or filing\'s first line says when it was issued; its undated claims are of the deal another source dates to that year, and otherwise stay undated: the issue\'s date alone does not tell an older deal from the news' },
  { name: 'untimed-joins', example: ['Brisk Air bought 40 jets from Siskin Aero last year.', 'Brisk Air bought 40 jets from Siskin Aero.'], meets: true, reason: 'a claim that says no time fits the one event its pair dates with relative words, unless it states a figure of that event otherwise ("bought 40 jets last year" beside "ordered 75 jets": the undated report is the news, the dated one an older deal); a written calendar year keeps its event apart (year-splits)' },
  { name: 'untimed-joins-newest', example: ['OSLO, May 2, 2025 - Brisk Air ordered 75 jets from Siskin Aero.', 'OSLO, June 3, 2019 - Brisk Air ordered 40 jets from Siskin Aero.', 'Brisk Air ordered 75 jets from Siskin Aero.'], meets: false, reason: 'of several deals of a pair dated by when their texts were written (a dateline, `publishedAt`), a claim that says no time is of the newest: an undated report is news, and an older text\'s present is history by now' },
  { name: 'kinds-retell-figures', example: ['Kellsmoor Capital took a 20% stake in Harlow Bio for $380 million.', 'Kellsmoor Capital will pay Harlow Bio $380 million under the agreement.'], meets: true, reason: 'a stake or loan and a sale of one pair are one deal when a claim of one and a claim of the other, from two sources, state one figure the same: the kind is how each writer saw the deal ("takes a stake", "pays for shares"), and two deals of one pair seldom share a figure. Their other figures are then compared ("20%" against "25%" conflicts)' },
  { name: 'figure-twin-joins', example: ['Tarvo Lines ordered six ferries from Siskin Yards for $540 million, for delivery over three years.', 'Siskin Yards will build six ferries for Tarvo Lines in a $540 million deal.', 'Tarvo Lines booked six ferries with Quellby Design in a $540 million, three-year programme.'], meets: true, reason: 'a deal only one source tells, sharing one side with a deal other sources tell and stating two of its figures the same and none otherwise, is that deal with its other side misread (a designer, a site, a unit for the yard)' },
  { name: 'separate-splits', example: ['Qualley rents servers from Marrowind. Separately, Qualley is negotiating to buy chips from Marrowind.'], meets: false, reason: 'the text says the deal is another one than the one it told before' },
  { name: 'refused-offer-splits', example: ['Tarvo Foods is buying Wrenfold Dairies for £1.6 billion. Wrenfold rebuffed a £1.2 billion offer from Tarvo in May.', 'Tarvo Foods agreed to buy Wrenfold Dairies for £1.6 billion.'], meets: false, reason: 'a text that tells a deal of a pair and, with another figure, an offer of that pair refused or withdrawn tells two offers: the refused one is apart, and its refusal does not deny the deal' },
  { name: 'older-deal-splits', example: ['Tarvo Lines ordered six ferries from Siskin Yards for $540 million.', "Tarvo Lines' previous order with Siskin Yards came to $310 million."], meets: false, reason: 'a deal its own words call older than the news ("the previous order", "its original contract", "had previously ordered") is another deal of the pair, when no year dates it' },
  { name: 'instrument-splits', example: ['Lindgate Bank lent Tarvo Logistics a $750 million term loan.', 'Lindgate Bank lent Tarvo Logistics a $200 million bridge facility.'], meets: false, reason: 'a pair whose claims name different instruments (a term loan and a bridge facility, a Series A and a Series B) did different deals; a claim naming none is of the instrument most of the pair\'s claims name' },
  { name: 'object-splits', example: ['Tarvo Chemicals will sell its Lindhall compounding plant to Siskin Plastics for £48 million.', 'Siskin Plastics agreed to buy the Lindhall plant from Tarvo Chemicals for £48 million.', 'Tarvo Chemicals will supply Siskin Plastics with propylene from its Harwick cracker for £90 million.'], meets: false, reason: 'a pair whose claims name different things their deals cover (a named plant or site, a product\'s code or name, wind against solar power, goods against their upkeep) did different deals, unless the two share a size (then one deal is named two ways, "the Hallam depot" and "a warehouse near Ramsby"); the object that claims naming none retell, or else that most texts name, is the news those claims tell; with neither, two objects are two deals only when one text names both' },
  { name: 'revision-splits', example: ['Bortolami rejected the €1.6 billion proposal from Herkmark.', 'Herkmark came back with a sweetened €1.9 billion offer for Bortolami.'], meets: false, reason: 'a sweetened, revised or fresh offer is made after the one it follows, with terms of its own; the earlier offer\'s rejection does not deny it. So are terms agreed again ("cut the price it will pay", "revised terms", "renegotiated"): the first reports were not wrong. A sweetened offer whose exact figures the plain reports of its kind and time all retell, and none otherwise, is the offer they tell' },
  { name: 'form-splits', example: ['Kelmora Energy has chartered four tankers from Varnwick Shipping for seven years.', 'Varnwick Shipping sold the tanker Lindqvale to Kelmora Energy for $38 million.'], meets: false, reason: 'goods hired for a term and goods bought outright are two deals of the pair; a claim whose words name neither form (a "deal", a "contract") is of the form most of the pair\'s claims name (`deal-forms.ts`)' },
  { name: 'extension-splits', example: ['Bunnan Petroleum hired the Sisklan Tern rig from Sisklan Offshore for three years at $285,000 a day.', 'Bunnan Petroleum renewed its contract for the Sisklan Tern rig with Sisklan Offshore for two years at $340,000 a day.'], meets: false, reason: 'a renewal or extension is a later deal of the pair than the one it extends, with terms of its own; so is time added to a deal ("kept the rig for another two years") and a partner chosen again ("has again chosen Sisklan"). A renewal whose figures the pair\'s other reports all retell, and none otherwise, is the deal they tell without calling it a renewal ("prolongs its outfitting pact by seven seasons" told elsewhere as "a seven-season kit contract")' },
];

/** Affiliations that make a firm a stated unit of another: "Histash Card, the card-issuing arm of Histash Financial". */
const PART_RULES: ReadonlySet<string> = new Set(['part-of', 'its-part', 'apposed-part']);

/** Rules that place a claim naming one side. */
const ONE_SIDED_JOINS: ReadonlySet<string> = new Set(['one-party-joins', 'generic-party-joins']);

const SEPARATE = /\bseparate(ly)?\b/i;
/** "renewed the contract", "a two-year extension", "extended its contract by two years", "re-upped with": a later deal of the pair than the one it extends. */
const RE_UP = /\bre-?up(?:s|ped|ping)?\b/i;
// ("extends its cash runway into 2029, by our count": a firm's runway is no deal's term, and "by our count" adds no time:
// `RUNWAY` and `BY_NO_TIME` are read past.)
const EXTENSION = /\b(?:renew(?:s|ed|al|als|ing)?|extensions?|prolong(?:s|ed|ing)?)\b|\bextend(?:s|ed|ing)?\b[^.;]{0,80}?\b(?:by|until|through|for (?:another|a further|\w+ more))\b/i;
/** A firm's runway extended ("extends its cash runway"), and a "by" that adds no time ("by our count"): read past. */
const RUNWAY = /\bextend(?:s|ed|ing)?\s+(?:(?:its|the|our|their)\s+)?(?:cash\s+)?runway\b/gi;
const BY_NO_TIME = /\bby\s+(?:our|my|their|his|her|some|most|any|all|far|contrast|comparison)\b/gi;
/** "held on to its tonnage for another 24 months", "keeps the rights a further three seasons": time added to a deal. */
/** "has again chosen Kelbrook", "picked Olmeth once more": a partner chosen anew, a later deal of a pair that dealt before. */
const CHOSEN_AGAIN = /\b(?:again|once more)\s+(?:\w+\s+)?(?:chose|chosen|picks?|picked|selects?|selected|awards?|awarded|hires?|hired|appoints?|appointed|taps?|tapped)\b|\b(?:chose|chosen|picked|selected|awarded|hired|appointed|tapped)\s+(?:[\w-]+\s+){1,3}(?:again|once more)\b/i;
const MORE_TIME = /\b(?:another|a further|an additional|an extra)\s+[\w-]+\s+(?:[\w-]+\s+)?(?:years?|months?|seasons?)\b/i;
/** "extending a relationship that began with two charters", "deepens its partnership": a later deal of a pair that dealt before. */
const LATER_DEAL = /\b(?:extend(?:s|ed|ing)?|deepen(?:s|ed|ing)?|broaden(?:s|ed|ing)?|expand(?:s|ed|ing)?|build(?:s|ing)?\s+on)\s+(?:a|an|the|its|their|that)\s+(?:[\w-]+\s+)?(?:relationship|partnership|ties|tie-up|alliance)\b/i;

/** "a sweetened offer", "a revised proposal", "a fresh bid": an offer made after the one before it, with terms of its own. */
const REVISED_OFFER = /\b(?:sweetened|improved|revised|raised|higher|fresh|new|second|renewed)\s+(?:[^\s;,]+\s+){0,3}?(?:offer|bid|proposal|approach)s?\b/i;
/**
 * "revised terms", "cut the price it will pay", "renegotiated": terms agreed again, after the ones first reported; so is
 * a deal enlarged to a new size ("Tarvo expands its Siskin deal to $260m").
 */
const REVISED_TERMS = /\b(?:expand|enlarge|upsize|increase|boost)(?:s|d|ed|ing)?\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:deal|contract|order|agreement|facility|commitment|loan)\s+to\b|\b(?:revised|amended|renegotiated|reworked|new)\s+terms\b|\b(?:cut|cuts|lowered|lowers|reduced|reduces|trimmed|trims|raised|raises)\s+(?:the|its)\s+(?:purchase\s+|sale\s+)?price\b|\brenegotiat(?:ed|es|ing)\b/i;

/** "two one-year extension options", "options to extend the term", "two optional one-year extensions": terms of the deal itself. */
const EXTENSION_OPTION = /\bextension options?\b|\boptions? to (?:extend|renew)\b(?:\s+(?:it\s+|the\s+(?:term|contract|deal|agreement)\s+)?(?:by|for)\s+(?:another|a further|an additional|an extra)\s+[\w-]+\s+(?:years?|months?|seasons?))?|\boptional\b[^.;]{0,40}?\bextensions?\b/gi;

/** "an option to acquire a further 15%", "a call option on another 10%": a later purchase a deal lets one side make. */
const OPTION_TO_BUY = /\b(?:an?|the|its|their)\s+(?:call\s+)?option\s+(?:to\s+(?:acquire|buy|purchase|take)|on)\s+(?:a\s+)?(?:further|another|additional|the\s+remaining)\b/i;

/**
 * The part of a claim's sentence its deal word stands in, between semicolons: a digest joins its items by them ("...;
 * Tarvo leases four cranes to Siskin; and a union accepted a sweetened wage proposal"), and the words of another item
 * say nothing of this deal.
 */
function ownItem(claim: Claim): string {
  if (!claim.action || !claim.text.includes(';')) return claim.text;
  const at = claim.action.span.start - claim.span.start;
  const start = claim.text.lastIndexOf(';', at) + 1;
  const end = claim.text.indexOf(';', at);
  return claim.text.slice(start, end < 0 ? undefined : end);
}

/** A revised offer or terms agreed again (`revision-splits`). */
const isRevision = (claim: Claim): boolean => REVISED_OFFER.test(ownItem(claim)) || (!claim.negated && REVISED_TERMS.test(ownItem(claim)));

/** A renewal or extension the claim asserts; one denied ("did not renew its rights") is about the deal it would have renewed. */
function isExtension(claim: Claim): boolean {
  // ("Nurren Inc. (NASDAQ: NMBR) by three years": an abbreviation's period before a parenthesis or a lowercase word ends no sentence.)
  const text = ownItem(claim).replace(EXTENSION_OPTION, '').replace(RUNWAY, '').replace(BY_NO_TIME, '').replace(/\.(?=\s+[(a-z])/g, '');
  return !claim.negated && (EXTENSION.test(text) || MORE_TIME.test(text) || CHOSEN_AGAIN.test(text) || RE_UP.test(text) || LATER_DEAL.test(text));
}

/** Told apart by the words: `separate`, `extension`, or `instrument:<label>` (see `instrument-splits`). */
type Apart = '' | 'separate' | 'extension' | 'revision' | 'older-deal' | 'refused-offer' | `instrument:${string}` | `form:${string}` | `object:${string}`;

/** "the previous deal with the yard", "its original contract", "an earlier order": words that call the deal an older one. */
const OLDER_WORDS: ReadonlySet<string> = new Set(['previous', 'earlier', 'prior', 'original', 'former', 'initial', 'older']);
/**
 * Words before such a word that tell the news beside the older deal: "the new trams follow its earlier order", "rates
 * higher than in the original deal"; the sentence's figures are the news's.
 */
const BESIDE_OLDER: ReadonlySet<string> = new Set(['follows', 'follow', 'followed', 'following', 'after', 'since', 'than', 'above', 'below', 'beside', 'besides', 'of', 'to', 'in', 'top', 'addition']);
const DETERMINERS: ReadonlySet<string> = new Set(['its', 'the', 'a', 'an', 'their', 'those', 'that']);
/** "had previously ordered", "originally signed": an adverb that puts the deal before the news. */
const OLDER_ADVERB = /\b(?:previously|originally)\s(?:\w+\s)?$/i;

/** Whether one of the last four words before a deal noun calls it older, and no word before that sets it beside the news. */
function olderWordsBefore(before: string): boolean {
  // (Only the deal noun's own phrase: "Correcting an earlier note: the Tarvo-Siskin upfront is ¥7bn" calls no deal older.)
  const phrase = before.slice(Math.max(...[...'.;:!?()\u2013\u2014'].map((mark) => before.lastIndexOf(mark))) + 1);
  const words = phrase.toLowerCase().split(/[^a-z\u2019'-]+/).filter(Boolean);
  const at = words.findIndex((w, i) => i >= words.length - 4 && OLDER_WORDS.has(w));
  if (at < 0) return false;
  const prior = DETERMINERS.has(words[at - 1] ?? '') ? words[at - 2] : words[at - 1];
  return !BESIDE_OLDER.has(prior ?? '');
}

/** Whether a claim's own words call its deal an older one than the news (`older-deal-splits`). */
function toldAsOlder(claim: Claim): boolean {
  if (!claim.action) return false;
  // (`older-deal-aside`: "following a 40 MW agreement signed in 2019" tells the older deal whatever its noun's words.)
  if (olderAsideOfClaim(claim).own) return true;
  const at = claim.action.span.start - claim.span.start;
  const before = claim.text.slice(Math.max(0, at - 40), at);
  return claim.action.rule.startsWith('noun') ? olderWordsBefore(before) : OLDER_ADVERB.test(before);
}

/** Who gives in the claim, by family: the actor for a forward action, the counterparty for a reverse one. */
export function giverOf(claim: Claim, table: EntityTable): string | null {
  if (!claim.action || !claim.actor || !claim.counterparty || claim.action.direction === 'none') return null;
  return table.family(claim.action.direction === 'forward' ? claim.actor.canonical : claim.counterparty.canonical);
}

/** Who takes in the claim, by family: the counterparty for a forward action, the actor for a reverse one. */
export function takerOf(claim: Claim, table: EntityTable): string | null {
  if (!claim.action || !claim.actor || !claim.counterparty || claim.action.direction === 'none') return null;
  return table.family(claim.action.direction === 'forward' ? claim.counterparty.canonical : claim.actor.canonical);
}

export interface EventGroup {
  id: string;
  kind: EventKind;
  families: [string, string];
  claims: Claim[];
  /** For each claim id, the rule that placed it here. */
  placedBy: Map<string, string>;
  /** The time key of the event: `''` when undated or of the present, `@2016`, `@y-1` (see `event-times.ts`). */
  time: string;
  /** Told apart from the pair's other deal: `'separate'` ("Separately, ..."), `'extension'` (a renewal or extension of an earlier deal), `'revision'` (a sweetened or fresh offer), `'older-deal'` (a deal its words call older), or `''`. */
  apart: Apart;
  /** Events of the same parties and kind kept apart from this one, with the rule that kept them apart. */
  splits: { event: string; rule: string }[];
  /** For parties listed together on one side (`coordinated-parties`), their families; empty for a deal of two. */
  members: string[];
}

const isGeneric = (p: Party | null): boolean => p !== null && p.rule === GENERIC_PARTY_RULE;
const hasFigures = (c: Claim): boolean => c.amount !== null || c.duration !== null || c.quantities.length > 0;
const concrete = (p: Party | null): p is Party => p !== null && !isGeneric(p);

/** The specific kind a claim names, or null for a deal, contract, agreement or partnership that names none. */
function specificKind(claim: Claim): EventKind | null {
  if (!claim.action || claim.action.type === 'deal' || claim.action.type === 'partner') return null;
  return eventKind(claim.action.type);
}

function stateKey(claim: Claim, table: EntityTable): { id: string; families: [string, string] } {
  // One party's figure: its subject, what it did, and whether the figure is a level or a change.
  const subject = table.family(claim.actor!.canonical);
  const what = `${claim.action!.lemma}/${claim.action!.rule.replace('statement:', '')}`;
  return { id: `state:${subject.toLowerCase()}~${what}`, families: [subject, what] };
}

/** A party that stands for a family the claim did not name: no words of its own, or the generic words it had. */
function filledParty(claim: Claim, was: Party | null, canonical: string, rule: string): Party {
  if (was) return { ...was, canonical, certainty: 'implied', rule: `event:${rule}` };
  return { canonical, text: '', span: { start: claim.span.start, end: claim.span.start }, kind: 'organization', certainty: 'implied', rule: `event:${rule}` };
}

/** "Arleth, Fulmar Sports and eBridge", "Rilmmoor Bank and Tavira": two names in one list of a sentence. */
function listedTogether(text: string, a: string, b: string): boolean {
  const at = text.indexOf(a);
  const bt = text.indexOf(b);
  if (at < 0 || bt < 0) return false;
  const [first, second] = at < bt ? [a, b] : [b, a];
  const between = text.slice(Math.min(at, bt) + first.length, Math.max(at, bt));
  // Only separators and other names between them: "Arleth, Fulmar Sports and eBridge", not "the plant and sell".
  const words = between.replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
  const separator = (w: string) => w === ',' || w === 'and' || w === '&';
  return between.length <= 60 && words.some(separator) && words.every((w) => separator(w) || /^[A-Z0-9][\w.&'-]*$/.test(w)) && second.length > 0;
}

/** The event a group id stands for now: a group merged into another stands for that one. */
function liveGroup(groups: ReadonlyMap<string, EventGroup>, id: string): EventGroup {
  let group = groups.get(id)!;
  while (groups.get(group.id) !== group) group = groups.get(group.id)!;
  return group;
}

/** The words a group's claims write for its side other than `family`: "Fulmar Sports", "eBridge". */
function otherSideWords(group: EventGroup, family: string, table: EntityTable): string[] {
  const other = group.families[0] === family ? group.families[1] : group.families[0];
  const words = new Set<string>();
  for (const c of group.claims) {
    for (const p of [c.actor, c.counterparty]) if (p && p.text.length > 1 && table.family(p.canonical) === other) words.add(p.text);
  }
  return [...words];
}

/**
 * Coordinated parties share one deal: the events of one family with several others of one kind merge when a
 * sentence lists those others together ("Arleth, Fulmar and eBridge will share the PHA's rights"). Each sentence
 * is checked against the groups it names, so the cost grows with sentences and the groups they name.
 */
function mergeCoordinated(groups: Map<string, EventGroup>, byFamily: Map<string, EventGroup[]>, table: EntityTable): void {
  for (const [family, list] of byFamily) {
    const live = list.filter((g) => groups.get(g.id) === g && g.kind !== 'state');
    if (live.length < 2) continue;
    const words = new Map(live.map((g) => [g, otherSideWords(g, family, table)]));
    const texts = new Set(live.flatMap((g) => g.claims.map((c) => c.text)));
    for (const text of texts) {
      const named = live.filter((g) => words.get(g)!.some((w) => text.includes(w)));
      for (let i = 0; i < named.length; i++) {
        for (let j = i + 1; j < named.length; j++) {
          const a = liveGroup(groups, named[i]!.id);
          const b = liveGroup(groups, named[j]!.id);
          if (a === b || a.kind !== b.kind || a.time !== b.time) continue;
          // (Two events of one pair, or one set apart by its words, are no list of partners: "Caskmoor's older
          // barley contract with Delmarsh" beside their news.)
          if (a.apart !== b.apart || a.families.join('~') === b.families.join('~')) continue;
          if (!words.get(named[i]!)!.some((x) => words.get(named[j]!)!.some((y) => listedTogether(text, x, y)))) continue;
          // b's claims join a; a now stands for the family and both others.
          const others = (g: EventGroup) => (g.members.length > 0 ? g.members : g.families.filter((f) => f !== family));
          a.members = [...new Set([...others(a), ...others(b)])];
          for (const claim of b.claims) {
            a.claims.push(claim);
            a.placedBy.set(claim.id, 'coordinated-parties');
          }
          groups.set(b.id, a);
          for (const f of b.families) if (f !== family && !(byFamily.get(f) ?? []).includes(a)) byFamily.get(f)?.push(a);
        }
      }
    }
  }
}

/**
 * `untimed-joins`: the undated claims of a pair and kind join its one event dated by relative words ("last year"),
 * unless they state one of its figures otherwise (the undated report is the news, the dated one an older deal), or
 * one of them names the present ("this week's order" is another deal than last year's) or a source of the
 * pair tells an undated deal and the dated one apart. A calendar year written out keeps its event apart
 * (`year-splits`): news writes the year of an older deal beside the undated news ("its £150m investment in 2023
 * went nowhere, so the restructuring hands it 60%").
 */
function joinUntimed(groups: Map<string, EventGroup>, byPair: ReadonlyMap<string, EventGroup[]>, datings: ReadonlyMap<string, Dating>): void {
  const isStated = (g: EventGroup) => g.claims.some((c) => datings.get(c.id)!.stated);
  const datelined = (g: EventGroup) => g.claims.some((c) => datings.get(c.id)!.dateline);
  for (const list of byPair.values()) {
    const live = list.filter((g) => groups.get(g.id) === g && !g.id.endsWith('~unspecified'));
    for (const undated of live.filter((g) => g.time === '')) {
      if (undated.claims.some((c) => datings.get(c.id)!.timed)) continue;
      const dated = live.filter((g) => g.time !== '' && g.kind === undated.kind && g.apart === undated.apart);
      let target: EventGroup | undefined;
      let rule = 'untimed-joins';
      // (One event dated only by a dateline may be an older deal the undated ones recall; it is theirs when they retell
      // its figures, one the same and none other: `untimed-retells-dateline`.)
      if (dated.length === 1 && !datelined(dated[0]!) && !figuresDiffer(undated.claims, dated[0]!.claims)) target = dated[0];
      else if (dated.length === 1 && figuresRetold(undated.claims, dated[0]!.claims)) {
        target = dated[0];
        rule = 'untimed-retells-dateline';
      } else {
        // The pair's history laid out by when its texts were written: a deal and its renewal, dated deals of
        // several years. One event dated by a dateline beside undated ones may be the older deal they recall.
        const history = live.filter((g) => g.time !== '' && g.kind === undated.kind && (g.apart === '' || g.apart === 'extension'));
        const newest = history.length > 1 && (undated.apart === '' || undated.apart === 'extension') ? newestPresent(history, datings) : undefined;
        if (newest && (undated.apart === '' || newest.apart === undated.apart)) target = newest;
        rule = 'untimed-joins-newest';
      }
      if (!target || isStated(target)) continue;
      const sources = new Set(target.claims.map((c) => c.sourceId));
      if (undated.claims.some((c) => sources.has(c.sourceId))) continue;
      for (const claim of undated.claims) {
        target.claims.push(claim);
        target.placedBy.set(claim.id, rule);
      }
      groups.set(undated.id, target);
    }
  }
}

const FIGURES = new WeakMap<Claim, [string, number][]>();

/** The figures of a claim, each a key of what it measures and its value: "amount:USD/year", "months", "tonne/year". */
function figuresOf(c: Claim): [string, number][] {
  // (Read once per claim: joining asks for a pair's figures again for every claim it places.)
  const known = FIGURES.get(c);
  if (known) return known;
  const out: [string, number][] = [];
  FIGURES.set(c, out);
  // (A bare dollar is marked "USD*": it meets a dollar of its own sign too, `sameMeasure`.)
  const currency = c.amount ? `${c.amount.currency}${isBareDollar(c.amount.currency, c.amount.text, c.text) ? '*' : ''}` : '';
  if (c.perYear !== null) out.push([`year:${currency}`, c.perYear]);
  if (c.total !== null) out.push([`total:${currency}`, c.total]);
  if (c.duration) out.push(['months', c.duration.months]);
  for (const q of c.quantities) if (q.incidental === undefined) out.push([`${q.unit}/${q.per ?? ''}`, q.value]);
  return out;
}

/**
 * Whether two figures' keys measure the same thing: the same key, or sums of one kind in one currency, a bare dollar
 * ("USD*") standing for a dollar of its own sign ("$75 million" in a members' bulletin, "C$75 million" on the wire).
 */
function sameMeasure(a: string, b: string): boolean {
  if (a === b) return true;
  const [kindA, currencyA = ''] = a.split(':');
  const [kindB, currencyB = ''] = b.split(':');
  if (kindA !== kindB || !/^(?:year|total)$/.test(kindA!)) return false;
  const plainA = currencyA.replace('*', '');
  const plainB = currencyB.replace('*', '');
  return plainA === plainB || (currencyA.endsWith('*') && BARE_DOLLAR_CURRENCIES.has(plainB)) || (currencyB.endsWith('*') && BARE_DOLLAR_CURRENCIES.has(plainA));
}

/** Whether two values of one measure are the same figure told round: within a tenth of each other. */
const sameFigure = (a: number, b: number): boolean => Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b));

/** For each figure of `undated` and each of `dated` that measures the same thing, whether the two are the same figure. */
function sameMeasureVerdicts(undated: readonly Claim[], dated: readonly Claim[]): boolean[] {
  const theirs = dated.flatMap(figuresOf);
  return undated.flatMap(figuresOf).flatMap(([key, value]) => theirs.filter(([other]) => sameMeasure(other, key)).map(([, other]) => sameFigure(value, other)));
}

/**
 * Whether a claim states a size of the deal (an amount, a count, a measure) as some of `others` do: a term alone ("ten
 * years") is shared by many deals of one pair, so it tells no deal apart.
 */
function sharesSize(claim: Claim, others: readonly Claim[]): boolean {
  const theirs = others.flatMap(figuresOf).filter(([key]) => key !== 'months');
  return figuresOf(claim).some(([key, value]) => key !== 'months' && theirs.some(([other, v]) => sameMeasure(other, key) && sameFigure(value, v)));
}

/**
 * `kinds-retell-figures`: the commercial and the invest event of one pair, time and telling are one when a claim of one
 * and a claim of the other, told by different sources, state some figure the same ("took a 20% stake for $380 million"
 * beside "will pay $380 million for 20%"). The event with more claims takes the other's.
 */
function joinKindsThatRetell(groups: Map<string, EventGroup>, byPair: ReadonlyMap<string, EventGroup[]>): void {
  for (const list of byPair.values()) {
    const live = [...new Set(list.map((g) => liveGroup(groups, g.id)))].filter((g) => !g.id.endsWith('~unspecified'));
    for (const invest of live.filter((g) => g.kind === 'invest')) {
      const commercial = live.filter((g) => g.kind === 'commercial' && g.time === invest.time && g.apart === invest.apart);
      if (commercial.length !== 1) continue;
      const other = commercial[0]!;
      // (Each side's figures read once: a pair's events may hold many claims.)
      const told = new Map<string, { value: number; source: string }[]>();
      for (const y of other.claims) {
        for (const [mark, value] of figuresOf(y)) {
          const measure = mark.replace('*', '');
          const list = told.get(measure);
          if (list) list.push({ value, source: y.sourceId });
          else told.set(measure, [{ value, source: y.sourceId }]);
        }
      }
      const retells = (x: Claim) => figuresOf(x).some(([measure, value]) => told.get(measure.replace('*', ''))?.some((t) => t.source !== x.sourceId && sameFigure(value, t.value)));
      if (!invest.claims.some(retells)) continue;
      const [target, joining] = other.claims.length >= invest.claims.length ? [other, invest] : [invest, other];
      for (const claim of joining.claims) {
        target.claims.push(claim);
        target.placedBy.set(claim.id, 'kinds-retell-figures');
      }
      groups.set(joining.id, target);
    }
  }
}

/** How many figures of one claim another states the same, within 2% ("$540 million" and "$540m", "three years"). */
function twinFigures(a: Claim, b: Claim): number {
  const near = (x: number, y: number) => Math.abs(x - y) <= 0.02 * Math.max(Math.abs(x), Math.abs(y));
  const theirs = figuresOf(b);
  return figuresOf(a).filter(([measure, value]) => theirs.some(([other, v]) => sameMeasure(other, measure) && near(value, v))).length;
}

/**
 * `figure-twin-joins`: an event only one source tells, sharing one family with an event of the same kind and time that
 * two or more other sources tell, is that event when a claim of each states two figures the same and no figure of the
 * one differs from the other's: its other side was misread ("booked six ferries with Quellby Design", the designer for
 * the yard). One such event only; none when several fit, nor for a lone event that tells an exclusive grant.
 */
function joinFigureTwins(groups: Map<string, EventGroup>, byFamily: ReadonlyMap<string, EventGroup[]>): void {
  const sourcesOf = (g: EventGroup) => new Set(g.claims.map((c) => c.sourceId));
  const lone = [...new Set([...groups.keys()].map((id) => liveGroup(groups, id)))].filter((g) => g.kind !== 'state' && sourcesOf(g).size === 1);
  for (const g of lone) {
    if (liveGroup(groups, g.id) !== g) continue;
    const own = [...sourcesOf(g)][0]!;
    const fits = new Set<EventGroup>();
    for (const family of g.families) {
      for (const h of (byFamily.get(family) ?? []).map((x) => liveGroup(groups, x.id))) {
        if (h === g || h.kind !== g.kind || h.time !== g.time || h.families.every((f) => g.families.includes(f))) continue;
        // (A claim that names its partner as the only one states that side: another partner is a claim to test, not a misreading,
        // unless the two partners may be one firm spelt two ways.)
        const [mine, theirs] = [g.families.find((f) => f !== family), h.families.find((f) => f !== family)];
        if (g.claims.some((c) => c.exclusive) && !(mine && theirs && mayBeOneFirm(mine, theirs))) continue;
        const others = h.claims.filter((c) => c.sourceId !== own);
        if (new Set(others.map((c) => c.sourceId)).size < 2) continue;
        const twin = g.claims.some((x) => others.some((y) => twinFigures(x, y) >= 2));
        if (twin && !figuresDiffer(g.claims, others)) fits.add(h);
      }
    }
    if (fits.size !== 1) continue;
    const [target] = [...fits];
    for (const claim of g.claims) {
      target!.claims.push(claim);
      target!.placedBy.set(claim.id, 'figure-twin-joins');
    }
    groups.set(g.id, target!);
  }
}

/**
 * `untimed-joins`: whether undated claims retell the figures of a dated event: some figure of theirs the same, and none
 * of the same measure different ("$120 million over four years" beside the release's "four-year agreement valued at
 * approximately $120 million").
 */
function figuresRetold(undated: readonly Claim[], dated: readonly Claim[]): boolean {
  const verdicts = sameMeasureVerdicts(undated, dated);
  return verdicts.length > 0 && verdicts.every(Boolean);
}

/** Whether undated claims state some figure of a measure the dated claims state otherwise. */
function figuresDiffer(undated: readonly Claim[], dated: readonly Claim[]): boolean {
  return sameMeasureVerdicts(undated, dated).some((same) => !same);
}

/**
 * Of several dated events of one pair and kind, the newest, when no written year dates it but only when its texts
 * were written: "MADRID, July 1, 2025 - ... renewed" beside "MADRID, June 28, 2021 - ... won the rights". An undated
 * report is news, and the news is the newest; an older text's present is history by now.
 */
function newestPresent(dated: readonly EventGroup[], datings: ReadonlyMap<string, Dating>): EventGroup | undefined {
  const yearOf = (g: EventGroup) => (/^@\d{4}$/.test(g.time) ? Number(g.time.slice(1)) : -Infinity);
  const newest = [...dated].sort((a, b) => yearOf(b) - yearOf(a));
  const [first, second] = newest;
  if (!first || yearOf(first) === -Infinity || (second && yearOf(second) === yearOf(first))) return undefined;
  return first.claims.every((c) => !datings.get(c.id)!.stated) ? first : undefined;
}

/** Notes on each event the events of its parties and kind that a time or "Separately" kept apart, with the rule. */
function noteSplits(groups: readonly EventGroup[], datings: ReadonlyMap<string, Dating>): void {
  const blocks = new Map<string, EventGroup[]>();
  for (const g of groups) {
    if (g.kind === 'state') continue;
    const key = `${g.kind}:${g.families[0]}~${g.families[1]}`;
    blocks.set(key, [...(blocks.get(key) ?? []), g]);
  }
  const stated = (g: EventGroup) => g.claims.some((c) => datings.get(c.id)?.stated === true);
  for (const list of blocks.values()) {
    for (const a of list) {
      for (const b of list) {
        if (a === b || (a.time === b.time && a.apart === b.apart)) continue;
        // (The words that set a deal apart, "Separately", say why before a pair's kinds of instrument, form or object.)
        const told = [a.apart, b.apart].find((x) => x !== '' && !/^(?:instrument|form|object):/.test(x));
        const rule = a.apart !== b.apart ? `${(told ?? (a.apart || b.apart)).split(':')[0]}-splits` : splitRule({ time: a.time, stated: stated(a) }, { time: b.time, stated: stated(b) });
        a.splits.push({ event: b.id, rule });
      }
    }
  }
}

/**
 * Groups claims into events (blocking: claims of different events are never compared) by the rules of
 * `EVENT_RULES`, and returns the claims with the sides that joining filled in.
 */
export function groupEvents(input: readonly Claim[], table: EntityTable): { groups: EventGroup[]; claims: Claim[] } {
  const claims = [...input];
  const groups = new Map<string, EventGroup>();
  const byPair = new Map<string, EventGroup[]>();
  const byFamily = new Map<string, EventGroup[]>();
  const place = (claim: Claim, at: { id: string; time: string; apart: Apart }, kind: EventKind, families: [string, string], rule: string) => {
    let group = groups.get(at.id);
    if (!group) {
      group = { id: at.id, kind, families, claims: [], placedBy: new Map(), time: at.time, apart: at.apart, splits: [], members: [] };
      groups.set(at.id, group);
      if (kind !== 'state') {
        const pair = `${families[0]}~${families[1]}`;
        if (!byPair.has(pair)) byPair.set(pair, []);
        byPair.get(pair)!.push(group);
        for (const f of families) {
          if (!byFamily.has(f)) byFamily.set(f, []);
          byFamily.get(f)!.push(group);
        }
      }
    }
    group.claims.push(claim);
    group.placedBy.set(claim.id, rule);
  };
  // "Separately, Meta will buy Google chips": another deal than the one the reader knows of that pair, unless
  // its own source told a deal of another kind before ("a stake ... Separately, a chip order": kinds keep them apart).
  // ("Olmore is selling nuvo to Pannern. Separately, Pannern's zappit signed a pact with Frescura": set apart from
  // a deal of another pair its source told first, the pact is the one the other sources tell.)
  const toldKinds = new Map<string, Set<string>>();
  const toldAnything = new Set<string>();
  const separate = new Set<string>();
  for (const claim of input) {
    const sides = [claim.actor, claim.counterparty].filter(concrete).map((p) => table.family(p.canonical)).sort().join('~');
    const key = `${claim.sourceId}|${sides}`;
    const kind = claim.action ? eventKind(claim.action.type) : '';
    const told = toldKinds.get(key);
    // ("... approved its quay lease. Separately, Tarvo plans to put $90m of its own into cranes": a deal that names one side,
    // set apart from what its source told before, is none of that.)
    const oneSided = !sides.includes('~');
    if (SEPARATE.test(ownItem(claim)) && (told ? told.has(kind) : !toldAnything.has(claim.sourceId) || oneSided)) separate.add(claim.id);
    toldAnything.add(claim.sourceId);
    if (!told) toldKinds.set(key, new Set([kind]));
    else told.add(kind);
  }

  // Each claim's time, and per pair of families how the times of its claims compare (see `event-times.ts`).
  const datings = new Map<string, Dating>();
  const pairOf = (claim: Claim): [string, string] | null => {
    const sides = [claim.actor, claim.counterparty].filter(concrete).map((p) => table.family(p.canonical));
    if (sides.length !== 2 || sides[0] === sides[1]) return null;
    return sides[0]! < sides[1]! ? [sides[0]!, sides[1]!] : [sides[1]!, sides[0]!];
  };
  // `dateline-dates-headline`: ("Sugix and Borton Sign 10-Year PPA / TORONTO, Feb. 14, 2023 -- Sugix today
  // announced ...": a release's headline tells the deal its dateline dates.) Where datelines date a pair's deals in
  // different years, an undated claim takes the dateline of its own source's claims of the same pair, when they have one
  // dateline and no other time; with one dated deal, undated claims stay free to join it by `untimed-retells-dateline`.
  // (A full date that opens the text's body, "November 8, 2022 — Comix has agreed ...", is its dateline too.)
  const textDate = (claim: Claim, dating: Dating) => dating.dateline === true
    || (claim.time?.year != null && claim.time.month !== null && /@(?:dateline|opening)$/.test(claim.time.rule));
  // (So does a claim of that source that names one side of the pair only: "Comix ... said the deal would cover a
  // fifth of its Texas use" is of the deal its text dates.)
  const datelineOfSource = new Map<string, Dating | null>();
  const datelineYears = new Map<string, Set<string>>();
  const noteDateline = (key: string, dating: Dating, dated: boolean) => {
    const seen = datelineOfSource.get(key);
    datelineOfSource.set(key, seen === undefined ? (dated ? dating : null) : seen !== null && seen.key === dating.key && dated ? seen : null);
  };
  for (const claim of claims) {
    const pair = claim.action?.type === 'state' ? null : pairOf(claim);
    const dating = datingOf(claim);
    if (!pair || !dating.timed) continue;
    const dated = textDate(claim, dating);
    noteDateline(`${claim.sourceId}|${pair[0]}~${pair[1]}`, dating, dated);
    for (const family of pair) noteDateline(`${claim.sourceId}|${family}`, dating, dated);
    if (!dated || dating.key === '') continue;
    const years = datelineYears.get(`${pair[0]}~${pair[1]}`) ?? new Set<string>();
    datelineYears.set(`${pair[0]}~${pair[1]}`, years.add(dating.key));
  }
  const familiesApartInTime = new Set([...datelineYears].filter(([, years]) => years.size > 1).flatMap(([pair]) => pair.split('~')));
  const oneSide = (claim: Claim): string | null => {
    const sides = [claim.actor, claim.counterparty].filter(concrete);
    return sides.length === 1 ? table.family(sides[0]!.canonical) : null;
  };
  // `source-dates-retelling`: a source that dates its deal once ("Tarvo orders 40 jets (2016)", "took 10% in 2019")
  // dates its other claims of that pair and kind that say no time and tell that deal: the headline and the body tell
  // one deal, and so do two sentences with one figure.
  const closesHeadline = (claim: Claim) => claim.time?.rule.endsWith('@closing-parenthesis') === true;
  const timedInSource = new Map<string, Claim[]>();
  for (const claim of claims) {
    const pair = claim.action?.type === 'state' ? null : pairOf(claim);
    // (A date with its month may be the day the text was written, "3 March 2025" atop a release: only a year, or a
    // date closing the headline, dates a deal.)
    const dating = datingOf(claim);
    if (!pair || dating.key === '' || dating.dateline || (claim.time?.month != null && !closesHeadline(claim))) continue;
    const key = `${claim.sourceId}|${pair[0]}~${pair[1]}`;
    timedInSource.set(key, [...(timedInSource.get(key) ?? []), claim]);
  }
  const datedBySource = new Set<string>();
  const sourceDating = (claim: Claim, pair: [string, string]): Dating | null => {
    const kind = specificKind(claim);
    const timed = (timedInSource.get(`${claim.sourceId}|${pair[0]}~${pair[1]}`) ?? []).filter((c) => kind === null || specificKind(c) === null || specificKind(c) === kind);
    const keys = new Set(timed.map((c) => datingOf(c).key));
    if (keys.size !== 1) return null;
    // (A year closing the headline dates the whole text; a time on one sentence dates only the claims that retell it:
    // "is buying Harlow Mills now ... bought Siskin Bakeries from it in 2019" are two deals.)
    const headline = timed.some(closesHeadline);
    const retells = headline ? !sameMeasureVerdicts([claim], timed).some((same) => !same) : figuresRetold([claim], timed);
    return retells ? datingOf(timed[0]!) : null;
  };
  // `heading-joins-its-year`: the years other sources write on each pair's deals, which a digest's or filing's
  // heading date may name ("SEED NOTES - 12 Oct 2018" above a round another source says was "in 2018").
  const writtenYears = new Map<string, Set<string>>();
  for (const claim of claims) {
    const pair = claim.action?.type === 'state' ? null : pairOf(claim);
    const dating = datingOf(claim);
    if (!pair || !dating.stated || dating.key === '') continue;
    const key = `${pair[0]}~${pair[1]}`;
    writtenYears.set(key, (writtenYears.get(key) ?? new Set<string>()).add(dating.key));
  }
  const datedByHeading = new Set<string>();
  const pairDatings = new Map<string, Dating[]>();
  for (const claim of claims) {
    let dating = datingOf(claim);
    const headed = dating.heading !== undefined && claim.action?.type !== 'state' ? pairOf(claim) : null;
    if (headed && writtenYears.get(`${headed[0]}~${headed[1]}`)?.has(dating.heading!)) {
      dating = { key: dating.heading!, timed: true, stated: true };
      datedByHeading.add(claim.id);
    } else if (headed && [...(datelineYears.get(`${headed[0]}~${headed[1]}`) ?? [])].some((year) => year !== dating.heading)) {
      // (Beside a text of the pair whose dateline gives another year, the heading's date is when this one was written.)
      dating = { key: dating.heading!, timed: true, stated: false, dateline: true };
    }
    const undatedPair = claim.action?.type === 'state' || dating.timed ? null : pairOf(claim);
    const borrowed = undatedPair ? sourceDating(claim, undatedPair) : null;
    if (borrowed) {
      dating = borrowed;
      datedBySource.add(claim.id);
    }
    const own = claim.action?.type === 'state' || dating.timed ? null : pairOf(claim);
    if (own && (datelineYears.get(`${own[0]}~${own[1]}`)?.size ?? 0) > 1) dating = datelineOfSource.get(`${claim.sourceId}|${own[0]}~${own[1]}`) ?? dating;
    const single = own || claim.action?.type === 'state' || dating.timed ? null : oneSide(claim);
    if (single && familiesApartInTime.has(single)) dating = datelineOfSource.get(`${claim.sourceId}|${single}`) ?? dating;
    datings.set(claim.id, dating);
    const pair = claim.action?.type === 'state' ? null : pairOf(claim);
    if (!pair) continue;
    const key = `${pair[0]}~${pair[1]}`;
    if (!pairDatings.has(key)) pairDatings.set(key, []);
    pairDatings.get(key)!.push(dating);
  }
  const keysOfPair = new Map([...pairDatings].map(([pair, list]) => [pair, pairKeys(list)]));
  // `instrument-splits`: per pair, how many claims name each instrument; a pair naming one instrument or none is one deal.
  const instrumentsOfPair = new Map<string, Map<string, { count: number; times: Set<string> }>>();
  for (const claim of claims) {
    const pair = claim.instrument ? pairOf(claim) : null;
    if (!pair) continue;
    const key = `${pair[0]}~${pair[1]}`;
    if (!instrumentsOfPair.has(key)) instrumentsOfPair.set(key, new Map());
    const counts = instrumentsOfPair.get(key)!;
    const seen = counts.get(claim.instrument!) ?? { count: 0, times: new Set<string>() };
    seen.count++;
    seen.times.add(keysOfPair.get(key)!(datings.get(claim.id)!.key));
    counts.set(claim.instrument!, seen);
  }
  const instrumentApart = (claim: Claim, families: [string, string]): Apart => {
    const pair = `${families[0]}~${families[1]}`;
    const counts = instrumentsOfPair.get(pair);
    if (!counts || counts.size < 2) return '';
    if (claim.instrument) return `instrument:${claim.instrument}`;
    // ("Fundford led a $120m investment in Stackwise" beside its Series C and its "Series A in 2021": of the
    // instruments, the one of the claim's time.)
    const time = keysOfPair.get(pair)!(datings.get(claim.id)!.key);
    const sameTime = [...counts].filter(([, seen]) => seen.times.has(time));
    if (sameTime.length === 1) return `instrument:${sameTime[0]![0]}`;
    const ranked = [...counts].sort((a, b) => b[1].count - a[1].count);
    return ranked[0]![1].count > ranked[1]![1].count ? `instrument:${ranked[0]![0]}` : '';
  };
  // `extension-splits`: per pair, the claims that say they renew or extend, and those that do not; `revision-splits`
  // likewise for revised offers and terms.
  const extensionsOfPair = new Map<string, { extending: Claim[]; others: Claim[] }>();
  const plainOfPair = new Map<string, Claim[]>();
  for (const claim of claims) {
    const pair = claim.action?.type === 'state' ? null : pairOf(claim);
    if (!pair) continue;
    const key = `${pair[0]}~${pair[1]}`;
    if (!extensionsOfPair.has(key)) extensionsOfPair.set(key, { extending: [], others: [] });
    extensionsOfPair.get(key)![isExtension(claim) ? 'extending' : 'others'].push(claim);
    if (!isRevision(claim)) {
      const plain = plainOfPair.get(key);
      if (plain) plain.push(claim);
      else plainOfPair.set(key, [claim]);
    }
  }
  // (Whether the reports of other sources all retell a claim's figures, and none tells others: the claim is the deal they tell.)
  const toldByAll = (claim: Claim, others: readonly Claim[]): boolean => others.length > 0 && figuresRetold([claim], others) && !figuresDiffer([claim], others);
  const memoByClaimAndPair = (read: (claim: Claim, families: [string, string]) => boolean) => {
    const known = new Map<string, boolean>();
    return (claim: Claim, families: [string, string]): boolean => {
      const key = `${claim.id}|${families[0]}~${families[1]}`;
      let value = known.get(key);
      if (value === undefined) known.set(key, (value = read(claim, families)));
      return value;
    };
  };
  // (A sweetened offer whose figures the pair's plain reports, of other sources, all retell, and none otherwise, is the
  // offer they tell: "endorsed Pertwick's improved $1.2bn offer" beside "is buying Larkmoor for $1.2 billion".)
  const revisionRetold = memoByClaimAndPair((claim, families) => {
    // (Only reports of the deal's kind and time: an older stake of the pair tells another deal.)
    const kind = eventKind(claim.action?.type ?? 'deal');
    const time = datings.get(claim.id)!.key;
    const others = (plainOfPair.get(`${families[0]}~${families[1]}`) ?? []).filter((c) => c.sourceId !== claim.sourceId
      && eventKind(c.action?.type ?? 'deal') === kind && datings.get(c.id)!.key === time);
    // (A figure told roughly, "around 340p (c.£855m)", is near the first offer's too, and tells neither.)
    return claim.amount?.bound !== 'approximate' && toldByAll(claim, others);
  });
  // (A renewal whose figures the pair's other claims, of other sources, all retell, and none otherwise, is the deal they
  // tell without calling it one: "stays the club's outfitter through 2031 under a prolonged pact" beside "a seven-season kit contract".)
  const extensionRetold = memoByClaimAndPair((claim, families) => {
    const others = extensionsOfPair.get(`${families[0]}~${families[1]}`)?.others.filter((c) => c.sourceId !== claim.sourceId) ?? [];
    // (Time said to be added, "another three seasons", is a term of the renewal's own, whatever its length.)
    return !MORE_TIME.test(claim.text) && toldByAll(claim, others);
  });
  // (A report that does not say it renews, "Peskmoor, not Kelbrook, has won Askand's new four-year contract", is of the
  // renewal when it retells the renewal's figures and not those of the pair's other claims.)
  const retellsExtension = (claim: Claim, families: [string, string]): boolean => {
    const told = extensionsOfPair.get(`${families[0]}~${families[1]}`);
    if (!told || told.extending.length === 0) return false;
    const others = told.others.filter((c) => c.sourceId !== claim.sourceId && c.id !== claim.id);
    const extending = told.extending.filter((c) => !extensionRetold(c, families));
    return extending.length > 0 && figuresRetold([claim], extending) && !figuresRetold([claim], others);
  };
  // `refused-offer-splits`: a text that tells a deal of a pair and, with another figure, an offer of that pair refused or
  // withdrawn tells two offers ("is buying Wrenfold for £1.6bn; Wrenfold rebuffed a £1.2bn offer from Tarvo in May").
  const refusedOffers = new Set<string>();
  // (Keyed by source and pair once, so a long text of many claims costs one pass.)
  const standingOf = new Map<string, Claim[]>();
  const refusals: { claim: Claim; key: string }[] = [];
  for (const claim of claims) {
    const pair = claim.action?.type === 'state' ? null : pairOf(claim);
    if (!pair) continue;
    const key = `${claim.sourceId}|${pair[0]}~${pair[1]}`;
    if (claim.negated) refusals.push({ claim, key });
    // (A break fee is paid because the deal ended: "Tarvo will pay Siskin a £60m break fee" tells no other offer.)
    else if (amountRole(claim) !== 'fee') {
      const list = standingOf.get(key);
      if (list) list.push(claim);
      else standingOf.set(key, [claim]);
    }
  }
  for (const { claim, key } of refusals) {
    const standing = standingOf.get(key);
    if (standing && figuresDiffer([claim], standing) && !figuresRetold([claim], standing)) refusedOffers.add(claim.id);
  }
  // `object-splits`: a pair whose claims name different things their deals cover did different deals.
  const objects = objectSplitter(
    claims,
    (claim) => {
      // (A deal its words set apart, "under a separate upkeep contract", is apart already: what it covers tells the
      // pair's other deals nothing, so the news's object is not split from claims that name none.)
      if (separate.has(claim.id)) return null;
      const pair = claim.action?.type === 'state' ? null : pairOf(claim);
      return pair ? `${pair[0]}~${pair[1]}` : null;
    },
    (claim, others) => sharesSize(claim, others.filter((c) => c.sourceId !== claim.sourceId)),
  );
  // `form-splits`: a pair's claims of goods hired apart from its claims of goods bought, of one time.
  const formKey = (claim: Claim, families: [string, string]) => `${families[0]}~${families[1]}${keysOfPair.get(`${families[0]}~${families[1]}`)!(datings.get(claim.id)!.key)}`;
  const forms = formSplitter(claims, (claim) => {
    const pair = claim.action?.type === 'state' ? null : pairOf(claim);
    return pair ? formKey(claim, pair) : null;
  }, (claim, others) => figuresRetold([claim], others));
  const atOf = (claim: Claim, kind: EventKind, families: [string, string], unspecified = false) => {
    const time = keysOfPair.get(`${families[0]}~${families[1]}`)!(datings.get(claim.id)!.key);
    // (An older deal its words call so, "the previous order", is apart from the news unless a year dates it: the year then tells which.)
    const older = time === '' && toldAsOlder(claim);
    const apart: Apart = separate.has(claim.id) ? 'separate' : (isExtension(claim) && !extensionRetold(claim, families)) || retellsExtension(claim, families) ? 'extension' : older ? 'older-deal' : isRevision(claim) && !revisionRetold(claim, families) ? 'revision' : refusedOffers.has(claim.id) ? 'refused-offer' : instrumentApart(claim, families) || (forms.apartOf(claim, formKey(claim, families)) as Apart) || (objects.apartOf(claim, `${families[0]}~${families[1]}`) as Apart);
    return { id: `${kind}:${families[0]}~${families[1]}${time}${apart ? `~${apart}` : ''}${unspecified ? '~unspecified' : ''}`, time, apart };
  };

  // A claim whose time the pair's other times resolved ("last year" beside sources of 2025) met them by `times-meet`.
  const keyedBy = (claim: Claim, families: [string, string]) => {
    const key = datings.get(claim.id)!.key;
    if (datedBySource.has(claim.id)) return 'source-dates-retelling';
    if (datedByHeading.has(claim.id)) return 'heading-joins-its-year';
    return keysOfPair.get(`${families[0]}~${families[1]}`)!(key) === key ? 'pair-and-kind' : 'times-meet';
  };

  const generic: { index: number; families: [string, string] }[] = [];
  const oneSided: { index: number; family: string }[] = [];
  claims.forEach((claim, index) => {
    if (claim.action?.type === 'state') {
      if (!claim.actor) return;
      const key = stateKey(claim, table);
      // (`state-year-splits`: a share move told under a dateline of one year is no move of another year's text.)
      const dating = datingOf(claim);
      const time = dating.dateline || dating.stated ? dating.key : '';
      place(claim, { id: `${key.id}${time}`, time, apart: '' }, 'state', key.families, 'pair-and-kind');
      return;
    }
    const families = pairOf(claim);
    if (families) {
      const kind = specificKind(claim);
      if (kind) place(claim, atOf(claim, kind, families), kind, families, keyedBy(claim, families));
      else generic.push({ index, families });
      return;
    }
    const sides = [claim.actor, claim.counterparty].filter(concrete).map((p) => table.family(p.canonical));
    // A one-sided claim joins only through its action: a bare figure beside one name may be anything of that firm's.
    if (sides.length >= 1 && (claim.action || hasFigures(claim))) oneSided.push({ index, family: sides[0]! });
  });

  // (The parts a source's affiliations name, once per list: a source's claims share one, so a long source reads it once.)
  const partsNamed = new Map<Claim['affiliations'], Set<string>>();
  const partsOf = (claim: Claim): Set<string> => {
    let parts = partsNamed.get(claim.affiliations);
    if (!parts) partsNamed.set(claim.affiliations, (parts = new Set(claim.affiliations.filter((a) => PART_RULES.has(a.rule)).map((a) => table.canonical(a.member)))));
    return parts;
  };
  // A deal, contract or agreement joins the one specific event of its pair (and time), else stands as commercial.
  for (const { index, families } of generic) {
    const claim = claims[index]!;
    const at = atOf(claim, 'commercial', families);
    // ("Histash Card, the card-issuing arm of Histash Financial Group, has signed a three-year agreement with Lolland":
    // a unit of a family that no claim of the specific deal names did a deal of its own.)
    const units = [claim.actor, claim.counterparty].filter(concrete).map((p) => p.canonical)
      .filter((name) => table.family(name) !== name && partsOf(claim).has(name));
    const namesUnits = (g: EventGroup) => units.every((name) => g.claims.some((c) => c.actor?.canonical === name || c.counterparty?.canonical === name));
    const fits = (byPair.get(`${families[0]}~${families[1]}`) ?? []).filter((g) => g.time === at.time && g.apart === at.apart && !g.id.endsWith('~unspecified') && namesUnits(g));
    // Of several specific deals, an unnamed one is the commercial one ("a stake and a supply deal": the deal is the supply),
    // unless with no deal word at all it states a share ("9.9% of Bortolami for €140m"): then it is the stake.
    const share = !claim.action && claim.quantities.some((q) => q.unit === '%');
    const target = fits.length === 1 ? fits[0] : fits.find((g) => g.kind === (share ? 'invest' : 'commercial'));
    if (target) place(claim, target, target.kind, target.families, 'generic-joins-specific');
    else place(claim, atOf(claim, 'commercial', families, fits.length > 1), 'commercial', families, keyedBy(claim, families));
  }

  joinUntimed(groups, byPair, datings);
  joinKindsThatRetell(groups, byPair);
  mergeCoordinated(groups, byFamily, table);

  // A claim naming one side (or a public body without its country) joins the only event of that side, kind and time.
  for (const { index, family } of oneSided) {
    const claim = claims[index]!;
    const kind = specificKind(claim);
    const key = datings.get(claim.id)!.key;
    // ("The earlier deal with the yard came to SEK 610m": an older deal its words call so joins none of the news.)
    if (key === '' && toldAsOlder(claim)) continue;
    // ("Separately, Tarvo priced a €150m bond": a deal its words set apart joins none of the side's news.)
    if (separate.has(claim.id)) continue;
    // ("Siskin has an option to acquire a further 15% for £180m": a purchase an option may make later is no deal yet.)
    if (OPTION_TO_BUY.test(ownItem(claim))) continue;
    const live = [...new Set((byFamily.get(family) ?? []).map((g) => liveGroup(groups, g.id)))];
    // (A claim naming a round joins no event whose claims name another: "$300m Series C" is not the "$80m Series B".)
    const otherInstrument = (g: EventGroup) => claim.instrument !== undefined && g.claims.some((c) => c.instrument !== undefined && c.instrument !== claim.instrument);
    // (An event that took the other kind's claims of its pair, `kinds-retell-figures`, is of both kinds for a claim that
    // states a size of it the same: "your co-op has lined up a $75 million loan from Lathmere" beside a borrowing of $75m.)
    const ofKind = (g: EventGroup) => !kind || g.kind === kind || (g.claims.some((c) => specificKind(c) === kind) && sharesSize(claim, g.claims));
    const fits = live.filter((g) => ofKind(g) && (!key || keysOfPair.get(`${g.families[0]}~${g.families[1]}`)!(key) === g.time) && !g.id.endsWith('~unspecified') && !otherInstrument(g));
    // An undated claim beside an undated event and dated ones is of the undated one, as its undated claims are.
    const undated = key ? [] : fits.filter((g) => g.time === '');
    // With none undated, the newest of one pair's events dated by when their texts were written (`untimed-joins-newest`).
    const onePair = fits.every((g) => g.families.join('~') === fits[0]?.families.join('~'));
    const newest = !key && undated.length === 0 && fits.length > 1 && onePair ? newestPresent(fits, datings) : undefined;
    // (Of several, the one event whose claims state a figure of the claim's the same: "Harlow lands £40m" beside a £40m
    // stake and a £12m supply deal of the same pair.)
    // (Only claims that named both sides count, so the claims joined before this one do not decide: the order of
    // sources changes nothing.)
    const retelling = () => {
      const found = fits.filter((g) => figuresRetold([claim], g.claims.filter((c) => !ONE_SIDED_JOINS.has(g.placedBy.get(c.id) ?? ''))));
      return found.length === 1 ? found[0]! : null;
    };
    const group = fits.length === 1 ? fits[0]! : undated.length === 1 ? undated[0]! : newest ?? (fits.length > 1 ? retelling() : null);
    if (!group) continue;
    const other = group.families[0] === family ? group.families[1] : group.families[0];
    const genericSide = isGeneric(claim.actor) || isGeneric(claim.counterparty);
    const rule = genericSide ? 'generic-party-joins' : 'one-party-joins';
    const filled: Claim = concrete(claim.actor) && table.family(claim.actor.canonical) === family
      ? { ...claim, counterparty: filledParty(claim, claim.counterparty, other, rule) }
      : { ...claim, actor: filledParty(claim, claim.actor, other, rule) };
    claims[index] = filled;
    place(filled, group, group.kind, group.families, rule);
  }
  joinFigureTwins(groups, byFamily);
  const live = [...new Set([...groups.keys()].map((id) => liveGroup(groups, id)))];
  noteSplits(live, datings);
  return { groups: live, claims };
}
