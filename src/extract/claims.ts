import type { Action, Affiliation, Claim, DealObject, Party } from '../schema/claim.js';
import type { Amount, Duration, Quantities, Quantity } from '../schema/quantity.js';
import { EQUITY_NOUNS } from '../lexicon/actions.js';
import type { Span } from '../schema/span.js';
import type { Doc, Sentence, Token } from '../text/document.js';
import { instrumentAt, instrumentRightAt } from './instruments.js';
import { objectsAt } from './deal-objects.js';
import { callHost, speakerFirms, turnSpeakers, type Turn } from './speakers.js';
import { answerQuestions, answers, dropAsked } from './questions.js';
import { decorate } from './decorations.js';
import { capitalizedWords, docNames, findMentions, resolveReferences, type Mention } from './mentions.js';
import { findTriggers, type ActionIndex, type Trigger } from './actions.js';
import { readRoles, type Roles } from './role-rules.js';
import { ClauseLayer } from './clause-layer.js';
import { withoutFirmAsides } from './firm-asides.js';
import { DEAL_NOUN_FORECAST, FORECAST_LEVEL_BEFORE, notDealMeasure } from './not-deal-measures.js';
import { asideOf, olderDealAsides, withoutAsides } from './older-deal-asides.js';
import { agentStart } from './agent-sentences.js';
import { findWalkaways } from './walkaways.js';
import { FRAGMENT_REACH, statusFragment } from './status-fragments.js';
import { findAffiliations } from './affiliations.js';
import { resolveDescriptions } from './descriptions.js';
import { resolveGroups } from './groups.js';
import { gappedItems, listedCounterparts, type GappedItem } from './gapping.js';
import { isHedged, isNegated } from './cues.js';
import { reportCalledUntrueLater, toldAsReport } from './report-denials.js';
import { cleanName, partyOf, sameFirm } from './parties.js';
import { arrowPair, canBeParty, digestPairs, figurePair, firstWord, headline, otherSide, paragraphPair, precedingPair, ratedFirm, ratedTicker, speakerPartner, speakerSide, unnamedOtherSide } from './completion.js';
import { coordinatedBefore } from './arguments.js';
import { findRoleAppointments } from './role-appointments.js';
import { datesIn, findStatements, isWeekday, type Statement } from './statements.js';
import { heldAfterDeal } from './stake-after-deal.js';
import { openingTime } from './time-places.js';
import { findSoleParties } from './sole-party.js';
import { roundLead } from './round-leads.js';
import { readFields, type FieldParties } from './fields.js';
import { FRAMES } from '../lexicon/frames.js';
import { roleOfAmount } from '../normalize/values.js';
import { findNumbers } from '../quantities/numbers.js';
import { isDealPercent, markPremium } from './deal-percents.js';
import { isCompanyNoun, NARRATIVE_COUNT_NOUNS, PREPOSITIONS, YIELDING_VERBS } from '../lexicon/words.js';
import { countsGoods } from '../lexicon/count-kinds.js';

/** A claim before ids and derived values: one action of one sentence, or a sentence's bare figures. */
interface Draft {
  sentence: Sentence;
  trigger: Trigger | null;
  roles: Roles | null;
  actor: Party | null;
  counterparty: Party | null;
  action: Action | null;
  negated: boolean;
  hedged: boolean;
  exclusive: boolean;
  /** The giver is the taker's only one ("its sole supplier"), not the taker the giver's only one. */
  soleGiver?: boolean;
  trend: Claim['trend'];
  amounts: Amount[];
  durations: Duration[];
  quantities: Quantity[];
  /** A gapped copy's own words ("Onnmere Sul R$95m a year"): the figures inside are its own. */
  item?: Span;
  /** A listed subject's copy ("Ptarmigan Capital and Nuthatch Partners agreed to buy ..."): it takes the figures of the draft it copies. */
  figuresOf?: Draft;
  /** Its other side is a crowd ("raise $250m from investors"): it keeps its own figures and states no claim. */
  crowd?: boolean;
  /** A denial of the deal with a firm set aside ("going to Siskin, not Tarvo"): the figures after it are the deal's, not its. */
  setAside?: boolean;
  /** A deal taken back from the other side of the sentence's deal ("sold ... and is to rent them back"): a deal of its own. */
  back?: boolean;
  /** Its deal word stands in an older-deal aside ("following a 40 MW agreement signed in 2019"): another deal, with the aside's figures. */
  olderAside?: Span;
}

const SPECIFICITY: Record<Action['type'], number> = { supply: 4, invest: 4, acquire: 4, partner: 2, deal: 1, state: 0 };
const familyOfType = (type: Action['type']): string => (type === 'invest' || type === 'acquire' || type === 'state' ? type : 'commercial');

/**
 * The doer of an opening gerund: "Renting Colossus to Anthropic lets xAI earn billions" (xAI), or, when the
 * sentence names nobody else, the paragraph's last actor.
 */
function gerundDoer(doc: Doc, sentence: Sentence, mentions: readonly Mention[], roles: Roles, topic: Party | null): Party | null {
  const after = roles.counterparty?.last ?? -1;
  const bareName = (m: Mention) => {
    const prev = sentence.tokens[m.first - 1];
    return !prev || !(PREPOSITIONS.has(prev.norm) || prev.tags.has('Determiner'));
  };
  const named = mentions.find((m) => m.first > after && m.kind === 'name' && !m.possessive && bareName(m));
  if (named) return partyOf(doc.text, named);
  return topic ? { ...topic, certainty: 'implied', rule: 'paragraph-topic' } : null;
}

/**
 * ("The state fund will pay €510m for 25% of Quaystone Ports. Quaystone, which runs ...": a reference resolved to the firm
 * the deal's other side names, said short or long, is a misreading: no firm deals with itself.)
 */
function referenceToOther(actor: Party, counterparty: Party): boolean {
  if (!actor.rule.startsWith('resolved-') && !counterparty.rule.startsWith('resolved-')) return false;
  const [a, b] = [actor.canonical, counterparty.canonical];
  return a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

function draftFor(doc: Doc, layer: ClauseLayer, trigger: Trigger, topic: Party | null): Draft {
  const { sentence, mentions } = layer;
  const roles = readRoles(sentence, mentions, trigger, layer);
  const token = sentence.tokens[trigger.token]!;
  let actor = roles.actor ? partyOf(doc.text, roles.actor) : null;
  let counterparty = roles.counterparty ? partyOf(doc.text, roles.counterparty) : null;
  if (roles.actor?.kind === 'plural-pronoun' && !counterparty) {
    actor = partyOf(doc.text, roles.actor, 0);
    counterparty = partyOf(doc.text, roles.actor, 1);
  }
  if (!actor && counterparty && trigger.token === 0 && /ing$/.test(token.norm)) actor = gerundDoer(doc, sentence, mentions, roles, topic);
  if (actor && counterparty && (actor.canonical === counterparty.canonical || referenceToOther(actor, counterparty))) actor = null;
  return {
    sentence,
    trigger,
    roles,
    actor,
    counterparty,
    action: {
      text: token.text,
      lemma: trigger.word.lemma,
      type: roles.type,
      direction: roles.direction,
      span: { start: token.start, end: token.end },
      rule: roles.fired.length > 0 ? `${trigger.pos}:${roles.fired.join('+')}` : trigger.pos,
    },
    // ("pays A$700m for a grower that has never exported a crate": a denial in a clause about a noun denies its history, not the deal.)
    negated: !layer.describesNoun(trigger.token) && isNegated(sentence.tokens, roles.clause.first, trigger.token, (k) => layer.isAside(k, trigger.token)),
    hedged: isHedged(sentence.tokens),
    exclusive: roles.exclusive,
    trend: null,
    amounts: [],
    durations: [],
    quantities: [],
  };
}

const samePair = (a: Draft, b: Draft): boolean => {
  const names = (d: Draft) => [d.actor?.canonical ?? '', d.counterparty?.canonical ?? ''].sort().join('|');
  return names(a) === names(b);
};

/** The canonical name of the side that gives in a draft, by its action's direction; '' when the words do not tell. */
const giverName = (d: Draft): string => (d.action?.direction === 'forward' ? d.actor : d.action?.direction === 'reverse' ? d.counterparty : null)?.canonical ?? '';

/** "Marrow's 2023 purchase", "a 2021 investment": a year among the few words right before the deal word. */
function datedByYear(draft: Draft): boolean {
  if (!draft.trigger) return false;
  const { tokens } = draft.sentence;
  if (yearBefore(tokens, draft.trigger.token)) return true;
  // ("Tarvo's 2019 acquisition of 8% of Siskin": a deal noun that is what a dated deal noun is "of" shares its year.)
  for (let k = draft.trigger.token - 1; k >= Math.max(1, draft.trigger.token - 4); k--) {
    const t = tokens[k]!;
    if (t.norm === 'of') return tokens[k - 1]!.tags.has('Noun') && /^\s+$/.test(tokens[k - 1]!.post) && yearBefore(tokens, k - 1);
    if (/[,.;:]/.test(t.post) || t.tags.has('Verb') || t.tags.has('Pronoun')) return false;
  }
  return false;
}

/** Whether a year stands among the three words before token `at`, in its phrase: "Solano's 2016 order". */
function yearBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const t = tokens[k]!;
    if (/[,.;:]/.test(t.post) || t.tags.has('Pronoun') || t.tags.has('Verb') && !/^(19|20)\d\d/.test(t.text)) return false;
    if (/^(19|20)\d\d(['\u2019]s)?$/.test(t.text)) return true;
  }
  return false;
}

/** The instrument the draft's deal word names ("Series B", "a bridge facility"), if any. */
/**
 * The instrument the deal word names, else the one written right after the claim's sum ("$240m Series C, Puffin Point
 * leading it, twelve months after it led the $65m Series B": the $240m is the Series C).
 */
const instrumentOf = (draft: Draft): string | null => {
  if (!draft.trigger) return null;
  const near = instrumentAt(draft.sentence.tokens, draft.trigger.token);
  const sum = draft.amounts[0];
  if (near || !sum) return near;
  const after = draft.sentence.tokens.findIndex((t) => t.start >= sum.span.end);
  return after < 0 ? null : instrumentRightAt(draft.sentence.tokens, after);
};

/** What the draft's deal covers, as the words around its deal word name it; the draft's own parties name no object. */
const objectsOf = (draft: Draft): DealObject[] => {
  const parties = [draft.actor, draft.counterparty].filter((p): p is Party => p !== null && p.text.length > 0);
  const inParty = (t: Token) => parties.some((p) => t.start >= p.span.start && t.end <= p.span.end);
  if (draft.trigger) return objectsAt(draft.sentence.tokens, draft.trigger.token, inParty);
  // ("Osterby's Marnholt onshore park - 120 MW from 22 Halvik turbines": with no deal word, what the words around its
  // first figure name; only a named thing, as a class alone says too little without the deal word.)
  const anchor = firstFigureAt(draft);
  return anchor < 0 ? [] : objectsAt(draft.sentence.tokens, anchor, inParty).filter((o) => o.names.length > 0);
};

/** The token of a draft's sentence that its first figure starts at, or -1. */
function firstFigureAt(draft: Draft): number {
  const { span, tokens } = draft.sentence;
  const starts = [...draft.amounts, ...draft.quantities, ...draft.durations].map((v) => v.span.start).filter((at) => at >= span.start && at < span.end);
  if (starts.length === 0) return -1;
  const first = Math.min(...starts);
  return tokens.findIndex((t) => t.start >= first);
}

/** Two deals of one sentence that name different instruments ("lead the Series B, having led its Series A") stay two. */
const sameInstrument = (a: Draft, b: Draft): boolean => {
  const [x, y] = [instrumentOf(a), instrumentOf(b)];
  return x === null || y === null || x === y;
};

/**
 * Two actions of one sentence between the same parties and of one kind are one claim ("a deal for X to use
 * Y's data centers"); a contract and a stake stay two.
 */
/**
 * Whether a full stop or a semicolon stands between two drafts' deal words: "Tarvo buying Siskin for £1.6bn. odd,
 * Siskin spurned a £1.2bn approach from them in May" (a sentence the splitter kept whole tells two offers).
 */
function stopBetween(a: Draft, b: Draft): boolean {
  if (!a.trigger || !b.trigger) return false;
  const [from, to] = a.trigger.token < b.trigger.token ? [a.trigger.token, b.trigger.token] : [b.trigger.token, a.trigger.token];
  // (Talk's trailing dots, "for three years... which is a lot", stop nothing.)
  // (An abbreviation's dot, "Nurren Inc. (NASDAQ: NMBR)", stops nothing either.)
  return a.sentence.tokens.slice(from, to).some((t) => !t.tags.has('Abbreviation') && /[.;!?]/.test(t.post.replace(/\.{2,}|\u2026/g, '')));
}

function mergeSamePair(drafts: Draft[]): Draft[] {
  const kept: Draft[] = [];
  // ("Hilgate lands Famridge Trail licence from Ostlund": the deal noun a verb governs has the verb's sides.)
  for (const verb of drafts) {
    // (The tagger may read the noun as a verb: "Famridge Trail licence from Ostlund".)
    const noun = verb.roles?.dealNounAt === undefined ? undefined : drafts.find((d) => d !== verb && d.trigger?.token === verb.roles!.dealNounAt);
    if (noun && verb.actor && verb.counterparty) {
      noun.actor = verb.actor;
      noun.counterparty = verb.counterparty;
    }
  }
  for (const draft of drafts) {
    // "The order follows Marrow's 2023 purchase of ...": a deal word dated by its own year is another deal.
    const twin = kept.find((k) => samePair(k, draft) && k.action && draft.action && !k.back && !draft.back
      && familyOfType(k.action.type) === familyOfType(draft.action.type) && datedByYear(k) === datedByYear(draft) && k.olderAside === draft.olderAside && sameInstrument(k, draft) && !stopBetween(k, draft));
    if (!twin) {
      kept.push(draft);
      continue;
    }
    // ("won the US rights from FIFA": a verb that took its kind from its deal noun yields to the noun's own claim.)
    // ("grants Palindra sole rights": a giving verb keeps its own reading of who gives.)
    const nounOfVerb = (draft.trigger?.pos === 'noun' || draft.trigger?.token === twin.roles?.dealNounAt) && (twin.roles?.fired.includes('noun-decides-kind') ?? false)
      && !YIELDING_VERBS.has(twin.trigger?.word.lemma ?? '');
    if (SPECIFICITY[draft.action!.type] > SPECIFICITY[twin.action!.type] || (nounOfVerb && SPECIFICITY[draft.action!.type] === SPECIFICITY[twin.action!.type])) {
      twin.action = draft.action;
      twin.trigger = draft.trigger;
      twin.roles = draft.roles;
      twin.actor = draft.actor;
      twin.counterparty = draft.counterparty;
    }
    // ("picked Tarvo as sole supplier of motors, awarding it a contract": the awarder gives the contract but takes the
    // motors; the role noun's reading says who gives what the grant is of.)
    if (draft.action?.rule.startsWith('sole-party:') && giverName(draft) !== giverName(twin)) {
      twin.actor = draft.actor;
      twin.counterparty = draft.counterparty;
      twin.action = { ...twin.action!, direction: draft.action.direction };
    }
    twin.negated ||= draft.negated;
    twin.exclusive ||= draft.exclusive;
    if (draft.soleGiver) twin.soleGiver = true;
  }
  return kept;
}

/**
 * "Iberdrola will supply Amazon ... under a 15-year agreement": a nominal action whose parties were only guessed
 * from the sentence echoes the verb's claim; its figures belong to that claim.
 */
function dropEchoes(drafts: Draft[]): Draft[] {
  drafts = drafts.filter((d) => !paidFor(d, drafts));
  const stated = new Set(drafts.filter((d) => d.trigger?.pos === 'verb' && d.actor && d.counterparty && d.action).map((d) => familyOfType(d.action!.type)));
  if (stated.size === 0) return drafts;
  // A stake beside a supply verb is news of its own; an agreement beside it is the same deal.
  // "acquire Core Scientific in an all-stock deal": an unspecified deal is whatever the verb says it is.
  // (A deal word in an older-deal aside tells another deal: "took 90 barges, after a 40-barge charter agreed in 2019".)
  return drafts.filter((d) => d.trigger?.pos !== 'noun' || ownsItsParties(d.roles) || d.olderAside
    || (d.action!.type !== 'deal' && !stated.has(familyOfType(d.action!.type))));
}

/** Verbs whose "for" phrase names what the money bought. */
const PAYING_VERBS: ReadonlySet<string> = new Set(['pay', 'spend', 'offer', 'bid']);

/**
 * "Tavistock paying £420 million for Otoll's Famridge stake": a deal noun in the "for" phrase of a paying verb is what
 * the verb's claim bought, not a deal of its own.
 */
function paidFor(noun: Draft, drafts: readonly Draft[]): boolean {
  if (noun.trigger?.pos !== 'noun') return false;
  const { tokens } = noun.sentence;
  const at = noun.trigger.token;
  return drafts.some((verb) => {
    if (verb.trigger?.pos !== 'verb' || !PAYING_VERBS.has(verb.trigger.word.lemma) || verb.trigger.token >= at || !verb.actor) return false;
    const between = tokens.slice(verb.trigger.token + 1, at);
    const k = between.map((t) => t.norm).lastIndexOf('for');
    return k >= 0 && between.every((t) => !/[,;:.]/.test(t.post)) && between.slice(k + 1).every((t) => !t.tags.has('Verb') || t.tags.has('Noun'));
  });
}

/** A nominal action whose sides were read from its own phrase ("X's deal", "the deal between X and Y"), not guessed. */
function ownsItsParties(roles: Roles | null): boolean {
  const fired = roles?.fired ?? [];
  return fired.includes('between') || (fired[0] === 'possessor' && !fired.includes('pair-subject'));
}

/** How far a value stands from an action: values after it are much nearer than values before, but a value
 * in the noun phrase of a nominal action ("$45 billion deal") is nearest of all. */
function distance(doc: Doc, draft: Draft, start: number, end: number): number {
  const action = draft.action!.span;
  if (start >= action.end) return start - action.end;
  const gap = doc.text.slice(end, action.start);
  // ("a $2bn, five-year stake": a figure just before a deal noun is its own; "paying £420 million for Otoll's stake" gives the
  // figure to the verb it follows, past the preposition.)
  // ("a pact with Diskmoor — £4m annually — sits beside its sponsorship of ...": a dash closes the figure's aside.)
  if (draft.trigger?.pos === 'noun' && gap.length <= 30 && !/[,.;:\u2013\u2014]|\s-\s|\bthan\b/.test(gap) && !/^\s*(?:for|to|from|with)\s/.test(gap)) return 0;
  // ("sold nine depots to Pertwick for £80m and is to rent the sites back": a figure before "and" and the next verb is the
  // first verb's, however near the second.)
  if (draft.trigger?.pos !== 'noun' && /\b(?:and|but)\s/.test(gap)) return (action.start - end) * 3 + doc.text.length;
  return (action.start - end) * 3;
}

/**
 * Each figure goes to the nearest draft. A figure in an older-deal aside goes to a draft whose deal word stands in that
 * aside ("following [a 40 MW agreement signed in 2019]"); with none, it is no one's when the sentence's news has figures
 * of its own ("70 trucks, more than in [the first: 25 worth $9m bought in 2019]"), and else the nearest draft's, a
 * claim the aside's year then dates ("The lease follows [four cranes Tarvo hired in 2020 for $12m]"). A figure outside goes to
 * a draft outside every aside, when there is one.
 */
function assignValues(doc: Doc, drafts: Draft[], values: Quantities, asides: readonly Span[] = []): void {
  const news = drafts.filter((d) => !d.olderAside);
  const nearest = (among: readonly Draft[], span: Span): Draft => among.reduce((best, d) => (distance(doc, d, span.start, span.end) < distance(doc, best, span.start, span.end) ? d : best));
  const all = [...values.amounts.map((v) => ({ v, put: (d: Draft) => d.amounts.push(v) })), ...values.durations.map((v) => ({ v, put: (d: Draft) => d.durations.push(v) })),
    ...values.quantities.map((v) => ({ v, put: (d: Draft) => d.quantities.push(v) }))];
  const placed = all.map((f) => ({ ...f, aside: asideOf(asides, f.v.span) }));
  const outside = placed.filter((f) => !f.aside);
  for (const { v, put } of outside) put(nearest(news.length > 0 ? news : drafts, v.span));
  for (const { v, put, aside } of placed) {
    if (!aside) continue;
    const older = drafts.filter((d) => d.olderAside === aside);
    if (older.length > 0) put(nearest(older, v.span));
    else if (outside.length === 0) put(nearest(drafts, v.span));
  }
}

/**
 * "Siskin took a fresh £420m loan from banks led by Tarvo, replacing its older £300m loan": when every
 * claim of a sentence has its deal word in an older-deal aside and the sentence has figures outside it, the news is told
 * with the older deal's sides; a twin of the first such claim, outside the aside, takes the news's figures.
 */
function newsBesideOlder(useful: Draft[], figures: Quantities, asides: readonly Span[]): Draft[] {
  const first = useful[0];
  if (!first || useful.some((d) => !d.olderAside)) return useful;
  const outside = [...figures.amounts, ...figures.durations, ...figures.quantities].some((v) => !asideOf(asides, v.span));
  if (!outside) return useful;
  const { olderAside: _older, ...news } = first;
  return [{ ...news, amounts: [], durations: [], quantities: [] }, ...useful];
}

/** A list of values by start offset, to take a sentence's values without scanning the document's. */
interface ByStart<T> {
  list: readonly T[];
  /** Indices into `list`, by start offset. */
  order: number[];
  starts: number[];
}

function byStart<T extends { span: { start: number } }>(list: readonly T[]): ByStart<T> {
  const order = list.map((_, k) => k).sort((a, b) => list[a]!.span.start - list[b]!.span.start || a - b);
  return { list, order, starts: order.map((k) => list[k]!.span.start) };
}

/** The first index whose start is at least `offset`. */
function lowerBound(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The values of each sentence (those that start inside it), by binary search over values sorted once:
 * linear in the document instead of sentences times values. Values keep the order they were found in.
 */
function valuesBySentence(values: Quantities): (sentence: Sentence) => Quantities {
  const amounts = byStart(values.amounts);
  const durations = byStart(values.durations);
  const quantities = byStart(values.quantities);
  const inside = <T>(index: ByStart<T>, sentence: Sentence): T[] => {
    const from = lowerBound(index.starts, sentence.span.start);
    const to = lowerBound(index.starts, sentence.span.end);
    // a value marked incidental ("its 25-year history", "our €48 target price") is no term of any claim
    return index.order.slice(from, to).sort((a, b) => a - b).map((k) => index.list[k]!).filter((v) => (v as { incidental?: string }).incidental === undefined);
  };
  const aboutTheDeal = (q: Quantity) => !(q.dimension === 'count' && NARRATIVE_COUNT_NOUNS.has(q.unit.toLowerCase()));
  return (sentence) => ({
    amounts: inside(amounts, sentence),
    durations: inside(durations, sentence),
    quantities: inside(quantities, sentence).filter(aboutTheDeal),
  });
}


/**
 * Money that is not the deal's price: "£40m of annual cost savings", "a US$288 target
 * price", "$2.3 billion of debt", "revenue of $140m", "a $4 billion valuation". Each record: the words after or
 * before the amount (`both` when the words before and after must both match; `opening`, the words from the sentence's start to
 * the amount; `unless`, words before it that keep it a price), an example and a reason; `soFar` asks
 * the source's words up to the end of the figure's sentence ("Ekvall sells 49% of Polar. The deal values Polar at SEK
 * 12bn."), and `notSoFar` names words there that keep the figure a price.
 */
export const NOT_DEAL_MONEY: readonly { after?: RegExp; before?: RegExp; unless?: RegExp; opening?: RegExp; both?: true; soFar?: RegExp; notSoFar?: RegExp; example: string; reason: string }[] = [
  { after: /^\s*(?:of\s+)?(?:annual\s+|yearly\s+|pre-?tax\s+)?(?:cost\s+)?(?:savings|synerg(?:y|ies))/i, example: 'the merger should yield €25 million of yearly savings', reason: 'what the buyer hopes to save, not what it pays' },
  { before: /\b(?:cost\s+)?(?:savings|synerg(?:y|ies))\s+(?:target\s+)?(?:of\s+)?(?:about\s+|roughly\s+)?$/i, example: 'a synergy target of £40m a year', reason: 'what the buyer hopes to save' },
  { before: /\b(?:once|if|when|until|unless)\s+(?:[\w'-]+\s+){0,3}(?:pass(?:es)?|exceeds?|tops?|surpass(?:es)?|reach(?:es)?|hits?|cross(?:es)?|clears?)\s+(?:(?:about|around|roughly|some)\s+)?$/i, example: 'Tarvo will pay Siskin a bonus if sales clear $800m.', reason: 'a level a condition waits for, not a price' },
  { before: /\b(?:benchmark|going\s+rate|market\s+(?:price|rate|level)|index\s+price|(?:industry|sector|peer|market)\s+average)\s+(?:price\s+)?(?:of|at|is|was|near|around)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i, example: 'Tarvo priced the hulls just under the yard benchmark of $115 million.', reason: 'a reference level the price is set against, not a price of the deal' },
  { after: /^\s*(?:target\s+price|price\s+target|tp)\b/i, example: 'a US$288 target price', reason: "an analyst's price for one share" },
  { after: /^\s*(?:retention|severance|compensation|bonus|incentive|pay|relocation)\s+(?:package|pool|plan|award)s?\b/i, example: "We'd flag the three-year, CHF 60m retention package for Altmoor bankers as the bigger risk.", reason: "pay for a firm's people, not a price between firms" },
  { before: /\b(?:target(?:\s+price)?|price\s+target|tp|pt)(?:\s+(?:on|for)\s+[\w&.'-]+(?:\s+[A-Z][\w&.'-]*)?)?\s{0,3}(?:(?:raised|lifted|cut|lowered|trimmed|increased|reduced)\s+)?(?:(?:of|to|at|:)\s{0,3})?(?:from\s+\S+\s+)?$/i, example: 'we lift our target price to US$37', reason: "an analyst's price for one share" },
  { before: /\b(?:target\s+price|price\s+target|tp|pt)\b(?:[^.;)]|(?<=\d)\.(?=\d)){0,30}\bfrom\s+$/i, example: 'we cut our target price to €12.00 from €13.50', reason: "the analyst's old price for one share" },
  { after: /^\s*(?:of|in)\s+(?:net\s+)?(?:debt|borrowings|liabilities|profit|earnings|losses?|assets|capex|deposits)\b/i, example: 'the seller still carries €1.6 billion of debt', reason: "a figure of a firm's accounts, not of the deal" },
  { before: /\b(?:profit|earnings|loss|debt|capex|assets|ebitda|guidance|capitali[sz]ation|market\s+value|cash|capital\s+cost)\s+(?:of|to|at|was|were|is|rose\s+to|fell\s+to)\s+(?:about\s+|roughly\s+|approximately\s+)?$/i, example: 'a first-quarter loss of £28 million', reason: "a figure of a firm's accounts" },
  { before: /\b(?:revenues?|turnover|sales|(?:licen[cs]ing|royalty|operating|net)\sincome)\s+(?:reached|hit|topped|totall?ed|was|were|is|are|rose\s+to|fell\s+to|grew\s+to|climbed\s+to|(?:had\s+|has\s+)?(?:doubled|tripled|quadrupled|jumped|surged|risen|grown|climbed)\s+to)\s+(?:about\s+|roughly\s+|around\s+|some\s+)?$/i, example: "the refiner's revenue reached C$275 million last year", reason: "a firm's takings over a period; a deal's revenue is written \"revenue of\" and stays" },
  { before: /\b(?:(?:expects|forecasts|sees|guides\s+to)\s+|(?:posted|posts|reported|reports|booked|recorded|records)\s+(?:[\w-]+\s+){0,2})(?:revenues?|sales|turnover)\s+of\s+(?:about\s+|roughly\s+|around\s+)?$/i, example: 'the group still expects revenue of ¥610 billion this fiscal year', reason: "a firm's takings it reports or forecasts; a deal \"expected to generate revenue of\" A$190m a year stays" },
  { after: /^\s+(?:of\s+)?(?:uplift|boost|lift|hit|drag|contribution|increase|decrease|cut|reduction)\s+(?:to|in|on|from)\s+(?:our\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:ebitda|ebit|earnings|eps|revenues?|sales|profits?|forecasts?|estimates?|income)\b/i, example: 'Axholm ordered six hulls from Tindrel Yards; we see €31m of uplift to FY28 EBITDA from them.', reason: 'what the deal adds to a firm\'s accounts, by an analyst\'s model, not its price' },
  { before: /\b(?:fleet|net\s+asset|NAV)\s+values?\b[^.;$€£¥\d]{0,25}$/i, example: 'Axholm ordered six hulls from Tindrel Yards; we put the fleet value at about $1.7bn.', reason: 'what a firm\'s own ships or assets are worth, not a deal\'s price' },
  { before: /\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+|roughly\s+|around\s+|some\s+|~)?$/i, example: 'Axholm ordered six hulls from Tindrel Yards at €41m per hull, versus €36m for its 2020 batch.', reason: 'a figure the deal\'s is set against, of another deal or time, not this deal\'s' },
  { before: /\b(?:annual|yearly|full-year|half-year|quarterly|fy\s?\d{2,4}[ea]?|\d{4}[ea]?)\s+(?:recurring\s+)?(?:revenues?|sales|turnover)\s+of\s+(?:about\s+|roughly\s+|around\s+)?$|\bARR\s+(?:of\s+)?(?:about\s+|roughly\s+|around\s+)?$/i, example: 'Bittern, which posted 2024 sales of EUR 410 million', reason: "a firm's takings over a period, named by the period (\"annual recurring revenue of €90 million\" too)" },
  { before: /\b(?:order\s+book|backlog|order\s+intake)\s+(?:(?:\w+\s+){0,4}(?:to|of|at)|now(?:\s+(?:stands\s+at|tops|exceeds|is))?)\s+(?:a\s(?:record\s|new\shigh\sof\s))?(?:about\s+|roughly\s+|~)?$/i, example: 'its order book swelled to £1.7bn after the deal', reason: "the firm's orders in all, not this deal's price" },
  { before: /\b(?:mkt|market)\.?\s+cap(?:itali[sz]ation)?\s+(?:(?:was|is|of|at|now|stood|stands|hit|reached)\s+)*(?:about\s+|roughly\s+|~)?$/i, example: "Elmstead's mkt cap was ~$950m pre-news", reason: 'what the whole firm is worth on the market, not what changes hands' },
  { after: /^\s+(?:on|for)\s+(?:new\s+|further\s+|other\s+)?(?:acquisitions|takeovers|deals|m&a|buyouts|bolt-ons)\b/i, example: 'Harwick Logistics bought the Oldby depot from Kettering Estates; the REIT still plans to spend up to £300 million on acquisitions this year.', reason: "a budget for deals in general, not one deal's price" },
  { before: /,\s+(?:the|a|an)\s+(?:(?!(?:the|a|an|its|their)\b)[\w-]+\s+){0,3}(?:group|company|firm|business|start-?up|conglomerate|lender|bank|insurer|retailer|chain|unicorn|parent|[a-z]*(?:maker|builder|owner|producer|operator|miner|refiner|developer))\s+(?:(?:now|currently|last)\s+)?valued\s+at\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?$/i, example: 'Harlow Goods, the consumer group valued at about $4.1 billion, will sell its Pipit brand to Diskmoor.', reason: 'what a firm set beside the deal is worth, not what changes hands (a deal or goods "valued at" keep their price)' },
  { opening: /^\s*\p{Lu}[\w&.'-]*(?:\s\p{Lu}[\w&.'-]*){0,3},\s+(?:(?:now|currently|itself|last|recently)\s+)?valued\s+at\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$/u, example: 'Tindrel, valued at about $7 billion, bought a small stake in Ulvenor.', reason: 'what the firm that opens the sentence is worth, set off by commas, not what its deal pays (a thing sold, "sold Project Wendacre, valued at $900 million, to ...", keeps its worth as the price)' },
  { before: /\b(?:last|most\s+recently|once|previously)\s+valued\s+at\s+(?:about\s+|roughly\s+|around\s+)?$/i, example: 'Tarvo buys 12% of Quoldova, which was last valued at CHF 2.1 billion.', reason: "a firm's earlier valuation, not this deal's price" },
  { before: /\b(?:implies|implied|implying)\s+(?:an?\s+|the\s+)?(?:equity\s+)?(?:value|valuation)\s+(?:of\s+|at\s+)?(?:about\s+|roughly\s+|around\s+|some\s+|~)?$/i, example: 'Diskmoor is buying 25% of Harlow at a price that implies an equity value of roughly €1.2bn.', reason: 'what the whole firm is worth at the price paid for a part (the equity value at which a whole firm is bought is its price)' },
  { before: /\b(?:would|will|could|to|should)\s+save\s+(?:(?:it|them|the\s+[a-z]+|[A-Z][\w&-]*)\s+)?(?:about\s+|roughly\s+|around\s+|some\s+|up\s+to\s+|as\s+much\s+as\s+)?$/i, example: 'Brisco Freight said the move would save it about $50 million a year.', reason: 'what a firm hopes to save, not what it pays' },
  { before: /\bturn(?:s|ed)?\s+(?:over\s+(?:about\s+|roughly\s+|around\s+|some\s+|more\s+than\s+)?)?$/i, example: 'Diskmoor, which turns over £2.9bn a year, will buy its cheese from Harlow under the new supply deal.', reason: "a firm's takings, not what the deal pays" },
  { after: /^\s+(?:a\s+year\s+|annually\s+)?on\s+(?:new|upgrading|upgrades|expanding|expansion|its\s+own|capital|capex|maintenance|building|refurbishing)\b/i, example: 'Tamberlane, which won a terminal concession from Kessel Ports, plans to spend $500 million on new cranes.', reason: "a firm's spending on its own assets, not a price agreed with another firm (money spent on a firm's goods stays)" },
  { before: /\b(?:revenues?|sales|turnover|ebitda|earnings|net\s+income|net\s+profit)(?::\s*|\s+)(?:about\s+|roughly\s+|around\s+|~)?$/i, example: 'Brisco Freight (BRFR) Q3: revenue $240m, up 9% y/y.', reason: 'a line of reported accounts, not a deal (a deal\'s revenue is written "revenue of")' },
  { before: /\bforecasts?\s+(?:(?:revenue|sales|turnover)\s+(?:of\s+)?)?(?:about\s+|roughly\s+|around\s+)?$/i, after: /^\s+(?:in\s+(?:revenue|sales)\s+)?for\s+the\s+(?:current|coming|next)\s+(?:fiscal\s+)?(?:quarter|half)\b/i, example: 'Harlow, which forecast $3.0 billion to $3.1 billion for the current quarter, signed a supply deal with Diskmoor.', reason: "a firm's own forecast of its takings (a deal's expected revenue, \"guides ~NOK 1.1bn a year from the package\", stays)" },
  { after: /^\s+of\s+(?:its|their)\s+own\s+(?:shares|stock)\b|^\s+(?:share\s+)?buy-?backs?\b/i, example: 'Tarvo Lines bought eight feeder ships from Siskin; it also repurchased $120 million of its own shares in the quarter.', reason: 'a firm buying back its own shares deals with no other firm' },
  { before: /\b(?:buy-?back|repurchase)s?\s+(?:programme\s+|program\s+|plan\s+)?(?:of\s+)?(?:up\s+to\s+)?$/i, example: 'Tarvo Lines bought eight feeder ships from Siskin and announced a buyback of up to $120 million.', reason: 'a firm buying back its own shares deals with no other firm' },
  { before: /\b(?:which|that)\s+(?:it|they)\s+(?:had\s+)?(?:picked\s+up|bought|acquired|purchased|paid)\s+(?:[\w-]+\s+){0,2}?for\s+(?:about\s+|roughly\s+|around\s+|just\s+)?$/i, example: 'Harlow is selling the Pipit brand, which it picked up for $85 million in 2014, to Diskmoor.', reason: 'what the seller once paid for the thing it sells, not this deal\'s price' },
  { after: /^\s+(?:[A-Z][\w-]*\s+){1,2}(?:build|build-?out|construction)\b(?!\s+(?:and\s+|or\s+)?(?:term\s+)?(?:contract|deal|order|agreement|award|package|job|work|loan|facility|financing|finance|bond|lending|debt))/, example: 'The Siskin offtake helps fund the $250m Ondo Ridge build.', reason: 'what building an asset costs, not what the deal moves' },
  { before: /\b(?:a|an)\s+(?:about\s+|roughly\s+|some\s+|only\s+)?$/i, after: /^\s+(?:dollar\s+|euro\s+|pound\s+)?(?:company|firm|business|start-?up|outfit|junior|minnow|group)\b/i, both: true, example: 'Tarvo signed a supply deal with Siskin, a roughly $90 million company from Oslo.', reason: 'what a firm is worth, not what the deal moves' },
  { before: /\b(?:had|has|have|holds?|held|with)\s+(?:about\s+|roughly\s+|some\s+|just\s+|only\s+)?$/i, after: /^\s+(?:in|of)\s+cash\b/i, both: true, example: 'Tindrel, which held $35 million of cash in March, has licensed its drug to Kourant.', reason: 'what a firm holds, not what a deal moves' },
  { before: /\b(?:(?<!gross\s)book\s+value|liquidity|cash\s+pile|net\s+cash|gross\s+written\s+premiums?)\s+(?:of\s+|at\s+|was\s+|is\s+)?(?:about\s+|roughly\s+|around\s+|some\s+)?$/i, example: 'Ulvenor is selling 40% of its fertiliser works to Pertwick; the works carry a book value of NOK 2.2 billion.', reason: "a figure of a firm's accounts, not the deal's price (a loan book's gross book value is the size a sale of it is told by, and stays)" },
  { after: /^\s+(?:in\s+)?(?:rev|revs|revenues?|sales|turnover)\s+(?:last|this|in)\b/i, example: 'Liddane booked $95M rev last yr; Axholm is buying it.', reason: "a firm's takings over a period, as a post writes them" },
  { before: /\b(?:revenues?|sales|turnover|ebitda|net\s+income)\s+(?:of\s+[\w&'.-]+(?:\s+[\w&'.-]+){0,3}\s+)?(?:for\s+[\w-]+(?:\s+[\w-]+)?\s*)?:\s*(?:about\s+|~)?$/i, example: 'Axholm will acquire Liddane. Net sales of Liddane for FY25: INR 140 million.', reason: "a field of a firm's takings in a filing, not the deal's price" },
  { after: /^\s+(?:net\s+)?(?:debt|borrowings)\s+(?:pile|load|mountain|burden)\b/i, example: 'The cash will go toward cutting the group\'s $1.7bn debt pile after it sold the plant to Diskmoor.', reason: "a firm's debts, not the deal" },
  { after: /^\s+(?:in\s+a\s+|through\s+a\s+|via\s+a\s+)?rights\s+(?:issue|offering)\b/i, example: 'Tarvo Lines, which raised $300 million in a rights issue in March, has ordered six feeder ships from Siskin Yards.', reason: "money a firm raises from its own shareholders, with no other firm" },
  { before: /\b(?:debt|leverage|borrowings|liabilities|cash|capex|revenues?|sales|turnover|ebitda|profit|earnings)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}\b(?:rises?|rising|rose|falls?|falling|fell|climbs?|climbed|increases?|increased|drops?|dropped|goes|went)\s+to\s+(?:about\s+|roughly\s+|around\s+|~)?$/i, example: "Tarvo's net debt of $1.1bn rises to about $1.6bn once it has bought the Siskin depots.", reason: "a firm's accounts after the deal, not what the deal pays" },
  { before: /\b(?:its|their)\s+own\s+(?:shares|stock)\b[^.;]{0,20}$/i, example: 'Tarvo also resolved to buy back up to 9 million of its own shares (up to $120 million in aggregate) after agreeing to buy Siskin.', reason: 'a firm buying back its own shares deals with no other firm' },
  { after: /^\s+(?:on\s+)?(?:building|constructing|developing)\s+(?:it|the|its|their)\b|^\s+(?:it|they)\s+cost\s+to\s+(?:build|develop|construct)\b/i, example: 'Tarvo spent about $600 million building the depot it is now selling to Siskin.', reason: 'what an asset cost its owner to build, not what the buyer pays' },
  { before: /\b(?:plant|fab|factory|site|project|campus|mine|facility|expansion|terminal|refinery)\b[^.;]{0,40}\bcost\s+(?:about\s+|around\s+|roughly\s+|some\s+|an\s+estimated\s+)?$/i, example: 'Siskin Tools will supply 30 etchers to Tarvo for a new fab that is expected to cost around $12 billion in total.', reason: 'what a plant or project costs its owner, not the price of the goods a deal sells to it' },
  { after: /^\s+in\s+(?:fines?|penalties|damages)\b/i, example: 'Tarvo, which paid $12 million in fines for the last outage, has hired Siskin to run its data centres.', reason: 'a penalty paid to a regulator or court, not a price between firms' },
  { before: /\bfined\s+(?:[\w-]+\s+){0,2}$/i, example: 'Tarvo, fined £9 million by the regulator last year, has hired Siskin to run its data centres.', reason: 'a penalty, not a price between firms' },
  { before: /\b(?:guide|guidance|outlook)(?:\s+(?:of|to|at|is|was))?(?::\s?|\s)(?:about\s|roughly\s|~)?$/i, example: 'Tarvo signed a five-year deal with Siskin; Q3 guide $210-215M.', reason: "a firm's own forecast of its takings, as an analyst note writes it" },
  { before: /\b(?:revenues?|sales|turnover|ebitda|earnings)\s+(?:estimates?\s+|forecasts?\s+)?to\s+(?:about\s+|~)?$/i, example: 'Tarvo renewed its licence with Siskin, and we lift our FY27E revenue to $2.4bn.', reason: "an analyst's estimate of a firm's takings, not a price between firms" },
  { after: /^\s+(?:of|in)\s+(?:annual\s+)?(?:sales|revenues?|turnover)\s+(?:last|this|in)\b/i, example: 'Tarvo is buying Siskin, a business that made €612m of sales last year.', reason: "a firm's takings over a period, not the deal's price" },
  { before: /\bwould\s+(?:lift|take|bring|raise|push)\s+(?:the\s+|its\s+)?(?:total|overall|combined)\s+(?:value\s+|cost\s+|price\s+)?(?:(?:to|above|beyond|past|over)\s+)?(?:about\s+|roughly\s+|some\s+)?$/i, example: 'The options would lift the total above SEK 9 billion if exercised.', reason: 'what the deal would be worth if options were taken up, not its price' },
  { before: /\b(?:previous|earlier|prior|original|initial)\s(?:[\w-]+\s){0,2}(?:batch|order|deal|contract|award|tranche|round|agreement|purchase|investment|stake|lease|licen[cs]e)(?:['\u2019]s)?\s(?:of\s[^,.;:]{1,30},\s)?(?:(?:was\s|is\s)?(?:worth|valued\sat|for|at|of|came\s(?:in\s)?(?:to|at))\s)?(?:about\s|roughly\s|around\s|some\s|~)?$/i, example: 'Tarvo Transit ordered 90 coaches from Siskin Motors; an earlier batch of 30 coaches, worth $40 million, went into service in spring.', reason: 'the price of an older deal the text sets beside the news, not the news\'s price' },
  { before: /\b(?:follows?|followed|following|on\s+top\s+of)\s+(?:a|an|the|its|their)\s+(?:[\w-]+,?\s+){0,2}$/i, after: /^\s+(?:[\w-]+\s+)?(?:award|order|deal|contract|agreement|tranche|round|batch|investment|stake|purchase)\b/i, both: true, example: 'Tarvo Rail will build 16 more trams for Siskin Transit; the new contract follows a six-unit, €70m award.', reason: 'the price of the older deal the news follows, not the news\'s price' },
  { after: /^\s(?:post|pre)(?=[\s,.;)]|$)/i, example: 'Brackmoor led the Series C that puts Tovenna at $900M post.', reason: 'a valuation told with "post" or "pre" after it, as posts write "post-money", is what the whole firm is worth' },
  { before: /\b(?:priced|prices|pricing)\s+(?:the\s+(?:company|firm|startup|business)|it)\s+at\s+(?:about\s+|roughly\s+|some\s+|around\s+)?$/i, soFar: /\b(?:round|series\s+[a-h]|seed|raise[sd]?|raising|funding)\b/i, example: "Brackmoor's Series B priced the company at four hundred million dollars.", reason: 'what a round prices the whole firm at is its worth, not what changes hands; a takeover\'s price is the deal\'s' },
  { after: /^\s(?:(?:after|before)\sthe\smoney|post-?money|pre-?money)\b/i, example: 'Tarvo Ventures led the Series B round of Siskin Bio, which values Siskin at roughly $260 million after the money.', reason: 'what the whole firm is worth once the round is in, not what changes hands' },
  { before: /\bfund(?:s|ed|ing)?\s(?:the|its|this)\s(?:purchase|acquisition|deal|takeover|buyout)\s(?:with|through|via|using)\s(?:about\s|roughly\s|some\s)?$/i, example: 'Tarvo Group agreed to buy Siskin Health; Tarvo is funding the purchase with €420m of fresh bank debt.', reason: 'how the buyer pays for the deal, not its price' },
  { before: /\bassets\sunder\smanagement\s(?:past|to|of|at|above|beyond|over)\s(?:about\s|roughly\s|~)?$/i, example: 'Tarvo Life hands Siskin Asset Managers a mandate; the win takes Siskin\'s assets under management past $14 billion.', reason: 'what a manager runs in all, not the mandate\'s size' },
  { before: /\bvaluation\s(?:north|south|in\sexcess|upwards|above|below|close|near)\b[^.;\d]{0,30}$/i, example: 'Tarvo Capital is putting money into Siskin at a valuation north of - what was it - thirteen billion dollars.', reason: 'what the whole firm is worth, however the talk gets there' },
  { after: /^\s*(?:pre-?money\s+|post-?money\s+)?valuation\b/i, example: 'a round that values Quoldova at a $4 billion valuation', reason: 'what the whole firm is worth, not what changes hands' },
  { before: /\b(?:valuation|valued\s+the\s+(?:company|firm|startup))\s+(?:of|at)\s+(?:about\s+|roughly\s+)?$/i, example: 'on a pre-money valuation of €420 million', reason: 'what the whole firm is worth' },
  { before: /\bvalu(?:es|ed|ing)\s+(?:[\w'-]+\s+){1,3}at\s+(?:about\s+|roughly\s+|some\s+)?$/i, soFar: /\b(?:stake|holding|shareholding|interest)\b|%|\bper\s?cent\b/i, example: "Tavira Capital's purchase of a 20% stake in Merrow Telecom values the operator at CHF 4 billion.", reason: 'for a part of a firm, what the whole firm is worth at the price paid (for a whole firm it is the price)' },
  { before: /\binvest(?:s|ed|ing)?\s+(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|a\s+further\s+|another\s+|nearly\s+)?$/i, after: /^\s+(?:of\s+its\s+own\s+(?:money|cash)\s+)?in\s+(?:a\s+new|new|its|their|upgrading|expanding|building|extra|additional)\s+(?!(?:joint\s+)?(?:venture|company|entity|fund|round)s?\b)/i, both: true, notSoFar: /\bconcessions?\b/i, example: 'Harlow Dairy will supply cheese to Diskmoor Stores for five years; the deal will see Harlow invest €20 million in a new cheese line.', reason: "what one side spends on its own assets to serve a deal, not the deal's price (money invested in a new venture with the other side stays, and so does the investment a concession commits its operator to)" },
  { after: /^\s+(?:of|in)\s+net\s+cash\b|^\s+(?:cash\s+pile|cash\s+reserves?|of\s+cash\s+on\s+hand)\b/i, example: 'Ulvenor will acquire Pertwick Software; the buyer sits on $2.6bn of net cash.', reason: "what a firm holds in cash, not what it pays" },
  { before: FORECAST_LEVEL_BEFORE, unless: DEAL_NOUN_FORECAST, example: 'Ulvenor will acquire Pertwick Software, in a field whose sales are projected to climb to $31bn within five years.', reason: 'a level a market is forecast to reach, not a price of the deal' },
  { before: /\bbudgets?(?:\s+(?:for|of|in)(?:\s+[\w-]+){1,2})?\s+(?:is|was|of|at|stands\s+at|totals?|will\s+be)\s+(?:about\s+|roughly\s+|around\s+|some\s+)?$/i, example: "The Wendacre city council hired Tindrel Buses for its school routes; the council's transport budget is £52 million.", reason: "a public body's or a firm's budget, not a price agreed with another party" },
];

/**
 * A figure the text takes back: said before ("earlier reports said 24.9%", "I said twelve years on last week's show",
 * "yesterday's issue said the contract was worth £252m") and corrected after ("it's actually 19.9%", "The right figure
 * is £225m"). Only the corrected figure is the deal's.
 */
const SAID_BEFORE = /\b(?:reports?|reported|issue|story|piece|article|I|we|had)\s+(?:earlier\s+|first\s+|initially\s+|originally\s+)?(?:said|put|reported|quoted|wrote|had)\b[^.!?]{0,60}$/i;
const CORRECTED_AFTER = /^[^]{0,160}?\b(?:actually|in fact|right figure|correct figure|corrected|should have (?:said|read))\b/i;
/**
 * "three hundred mil a year - no, sorry, thirty": a speaker taking a figure back as soon as it is said, and saying
 * another ("twenty bucks - twenty million, sorry - for a sliver": the "sorry" after a figure with none to follow takes
 * back the one before it, not this one).
 */
const TAKEN_BACK_AFTER = /^\s*(?:[,\u2013\u2014]|\s-)\s*(?:no,?\s+)?(?:sorry|I\s+mean|make\s+that|scratch\s+that|or\s+rather)\b[,\s]*(?:[$\u00a3\u20ac\d]|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\b)/i;
/** "sized at 300MW, not the 400MW first announced": a figure set after ", not" is the one the text rejects. */
const REJECTED_BEFORE = /[,;\u2013\u2014]\s*(?:and\s+|but\s+)?not\s+(?:the\s+|a\s+)?$/i;
const superseded = (text: string, span: Span): boolean =>
  REJECTED_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start))
  || (SAID_BEFORE.test(text.slice(Math.max(0, span.start - 80), span.start)) && CORRECTED_AFTER.test(text.slice(span.end, span.end + 160)))
  || TAKEN_BACK_AFTER.test(text.slice(span.end, span.end + 60));

/** "vessels due between 2027 and 2029", "deliveries from 2027 to 2031": when goods arrive, not how long the deal runs. */
const DELIVERY_BEFORE = /\b(?:due|deliver(?:s|y|ies|ed|ing)?|for delivery|to be delivered|arriv(?:e|es|ing)|handed over)\b[^.;:,]{0,25}$/i;
const deliveryWindow = (text: string, d: Duration): boolean => /\b(?:19|20)\d\d\b/.test(d.text) && DELIVERY_BEFORE.test(text.slice(Math.max(0, d.span.start - 40), d.span.start));

/**
 * Lengths that are not the deal's term: when it closes ("expected to close within 90 days") and how its price is paid
 * ("paid in instalments over five years"). Each record: the words before or after the length, an example and a reason.
 */
export const NOT_TERM_LENGTHS: readonly { before?: RegExp; after?: RegExp; both?: true; example: string; reason: string }[] = [
  { after: /^\s+of\s+(?:its\s+|their\s+|the\s+)?(?:[a-z-]+\s)?(?:scans|records|data|files|archives?|footage|imagery|images|logs|history|experience|emails)\b/i, example: 'Tarvo Health will move twenty years of scans to Siskin Cloud for $9 million a year.', reason: 'how old the records a deal moves are, not how long the deal runs' },
  { before: /\b(?:close|closes|closing|complete|completes|completion|completing)\s+(?:\w+\s+){0,2}(?:within|in)\s+(?:the\s+next\s+|about\s+|around\s+)?$/i, example: 'The transaction is expected to close within 90 days.', reason: 'how soon the deal closes, not how long it runs' },
  { before: /\b(?:instalments?|installments?|tranches)\s+(?:(?:spread\s+)?over\s+(?:the\s+next\s+|about\s+)?)?$/i, example: 'we model the $410m fee as paid in instalments over five years', reason: 'how the price is spread, not how long the deal runs' },
  { before: /\b(?:(?:weighted\s+)?average|unexpired|remaining)\s+lease\s+(?:term|length|life)\b[^.;]{0,20}?\s(?:of|is|at)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|~)?$|\b(?:WALT|WAULT)\s+(?:of|is|at)\s+(?:about\s+|around\s+|~)?$/i, example: 'Tarvo REIT bought eight warehouses from Siskin; the portfolio has a weighted average lease term of 6.4 years.', reason: "how long the tenants of a property bought still have to run, not the deal's term" },
  { after: /^\s+(?:late|behind(?:\s+schedule)?|overdue|of\s+delays?|delay(?:ed)?)\b/i, example: 'Deliveries of new ferries are running 14 months behind schedule.', reason: 'how late something is, not how long the deal runs' },
  { after: /^\s(?:share\s)?(?:gain|rise|jump|drop|fall|decline|move|high|low|rally|slide|sell-?off|losing|winning)s?\b/i, example: 'Tarvo posted its biggest one-day gain since March after it won a contract from Siskin Bank.', reason: 'a span of a share price\'s move, not how long the deal runs' },
  { before: /\brunway\b[^.;:]{0,30}\s(?:by|of|to|into)\s(?:about\s|roughly\s|around\s|~)?$/i, example: 'The Siskin deal extends Tarvo Bio\'s runway by roughly four quarters.', reason: 'how long a firm\'s cash lasts, not how long the deal runs' },
  { after: /^\s+(?:run|streak|stint|tenure|reign|spell)\b/i, both: true, before: /\b(?:end(?:s|ed|ing)?|after|following|extend(?:s|ed|ing)?|snap(?:s|ped|ping)?)\s+(?:a|an|its|their|his|her)\s+$/i, example: 'Siskin Council gave its cleaning contract to Tarvo Services, ending a nine-year spell for in-house crews.', reason: 'how long an earlier holder or a streak lasted, not how long the deal runs' },
  { after: /^\s+of\s+(?:cash\s+|funding\s+|financial\s+)?runway\b/i, example: 'Hallowfen said the new money from Quorrel Capital buys it about 30 months of runway.', reason: 'how long a firm\'s cash lasts, not how long the deal runs' },
  { after: /^\s+(?:to|ended|ending)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i, example: 'Tarvo Group reported on the nine months ended 31 July, naming a £38m Siskin Council award among its wins.', reason: 'a reporting period that ends on a date, not how long the deal runs' },
  { after: /^\s+(?:tussle|battle|fight|race|contest|auction|bidding\s+war|stand-?off|saga|courtship|pursuit|talks|negotiations?)\b/i, example: 'Following a ten-day bidding war with Quorrel, Larkmoor accepted the Pertwick offer.', reason: 'how long a contest or talks before the deal went on, not how long the deal runs' },
  { before: /\b(?:largest|biggest|first|highest|lowest|smallest|best|worst|strongest|weakest|busiest)\s(?:[^\s.;:!?]+\s){0,8}in\s(?:the\s(?:past|last)\s|nearly\s|almost\s|more\sthan\s|over\s|about\s)?$/i, example: 'Axholm Mutual agreed to buy Feldane Insurance for €1.24 billion, the largest takeover of an insurer in five years.', reason: 'the span a superlative ranks the deal over, not how long the deal runs' },
  { after: /^\s+(?:of\s+)?(?:work|production|output|orders)\b/i, both: true, before: /\b(?:backlog|order\s?book)\b[^.;]{0,60}$/i, example: "Siskin Yards won an order from Tarvo Lines, and its backlog now equals some 4.5 years of work.", reason: 'how long a backlog keeps a firm busy, not how long the deal runs' },
  { after: /^(?:-long)?\s+(?:tender|selection|search|review|evaluation|procurement|rfp|bake-?off|struggle|effort|wait|quest|hunt)\b/i, example: 'Tindrel picked Quorrel Systems for its new ledger after an 11-month tender.', reason: 'how long the choosing or the wait took, not how long the deal runs' },
  { before: /\b(?:tender|selection|search|review|process|talks|negotiations)\s+(?:that\s+|which\s+)?(?:took|lasted|ran)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i, example: 'Pertwick won the Evenmoor bus contract after a selection process that lasted two years.', reason: 'how long the choosing took, not how long the deal runs' },
  { after: /^(?:-long)?\s+(?:price\s+)?(?:floor|cap|collar|guarantee|holiday|rent-free\s+period|grace\s+period|exclusivity\s+period|warranty)\b/i, example: 'Hallowfen buys nickel from Brisbury under a deal whose 18-month price floor shields the miner.', reason: 'how long one term of the deal holds, not how long the deal runs' },
  { after: /^\s+(?:early|ahead\s+of\s+schedule|prematurely|earlier\s+than\s+(?:planned|scheduled|agreed)|before\s+(?:its|their|the)\s+(?:scheduled\s+|planned\s+|original\s+)?(?:expiry|end))\b/i, example: 'The Evenmoor council will end its bin contract with Roskild Services two years early.', reason: 'how much sooner a deal ends, not how long it runs' },
  { before: /\b(?:fixed|locked|capped|frozen|guaranteed|discounted|waived|free)\s+(?:for|over|in|during)\s+(?:the|its|their)\s+first\s+$/i, example: 'Hallowfen buys urea from Brisbury at a price locked for the first three years.', reason: 'a part of the term a price holds for, not the term ("an offtake for its first six years of output" is the term, and stays)' },
  { after: /^\s+(?:of\s+age|old)\b/i, example: 'Tarvo Lines ordered five ferries from Siskin Yards; they will retire hulls that are on average 27 years old.', reason: 'how old something is, not how long the deal runs' },
  { before: /\b(?:has|have|had)\s+been\s+[a-z]+ing\b[^.;:]{0,60}?\s(?:for|over)\s+(?:the\s+(?:past|last)\s+)?$|\b(?:for|over|in)\s+the\s+(?:past|last)\s+$/i, example: 'Tarvo Foods has been buying malt from Siskin Maltings for six years.', reason: 'how long the firms have dealt so far, not how long the deal runs' },
];
/** The shortest term a deal runs: "(48 min)" after a show's summary is how long it plays; no deal is let for less than a day. */
const SHORTEST_TERM_MONTHS = 1 / 31;
const notTerm = (text: string, d: Duration): boolean => d.months < SHORTEST_TERM_MONTHS
  || NOT_TERM_LENGTHS.some((r) => {
    // (A record that reads both sides may look further back: "its backlog, worth some $9bn at the end of June, equals 4.5 years of work".)
    const before = () => r.before?.test(text.slice(Math.max(0, d.span.start - (r.both ? 80 : 50)), d.span.start)) ?? false;
    const after = () => r.after?.test(text.slice(d.span.end, d.span.end + 30)) ?? false;
    return r.both ? before() && after() : before() || after();
  });

/** Verbs right before a count that tell what a firm has, not what a deal moves: "has 31 ships", "employs about 4,100". */
const HELD_BEFORE = /\b(?:has|have|had|owns|own|owned|operates|operate|operated|employs|employ|employed|manages|manage|managed|runs|flies|serves)\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|close\s+to|just\s+over|just\s+under)\s+)?$/i;

/**
 * "its conversion backlog climbed to 74 aircraft", "its fleet now stands at 390 jets", "a resource of 31 million
 * tonnes": a count of all a firm has on order, in its fleet or in the ground ("a fleet of 40" may be what a deal serves,
 * and stays).
 */
const IN_ALL_BEFORE = /\b(?:backlog|order\s?book)\b[^.;:]{0,25}\b(?:to|of|at|now)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$|\b(?:resources?|reserves?)(?:\s+base)?\s+(?:of|at|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$|\bfleet\s+(?:now\s+)?(?:stands\s+at|stood\s+at|totals|totalled|totaled|numbers|reaches|reached|rises\s+to|rose\s+to|grows\s+to|grew\s+to)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/i;

/**
 * "the second berth opens only once throughput tops 650,000 boxes", "if sales top 2 million units": a level a condition
 * waits for, not what the deal moves or costs.
 */
const THRESHOLD_BEFORE = /\b(?:once|if|when|until|unless)\s+(?:[\w'-]+\s+){0,3}(?:pass(?:es)?|exceeds?|tops?|surpass(?:es)?|reach(?:es)?|hits?|cross(?:es)?|clears?)\s+(?:(?:about|around|roughly|some)\s+)?$/i;

/**
 * "options for up to 12 further trains", "holds options on 25 more": a count a buyer may still order, not the order's.
 * ("has exercised options for a further two carriers", "converted purchase rights for eight aircraft" are orders.)
 */
/**
 * "If Tarvo takes up every option, the programme would reach 12 barges and about $300m": a figure told after an "if"
 * that names options, in its sentence, is what the deal would come to, not what was agreed.
 */
function ifOptionsTaken(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  const lower = before.toLowerCase();
  const ifAt = Math.max(lower.lastIndexOf('if '), lower.lastIndexOf('if\u00a0'));
  if (ifAt < 0 || (ifAt > 0 && /\w/.test(lower[ifAt - 1]!))) return false;
  const clause = lower.slice(ifAt);
  return !/[.;]/.test(clause) && /\boptions?\b/.test(clause);
}
const OPTION_BEFORE = /\b(?:options?|purchase\s+rights?)\s+(?:on|for|over)\s+(?:up\s+to\s+|a\s+further\s+|another\s+|an?\s+additional\s+)?$/i;
const EXERCISED_BEFORE = /\b(?:exercis\w*|convert\w*|tak(?:es|ing|en)\s+up|took\s+up)\s+(?:\w+\s+){0,2}(?:options?|purchase\s+rights?)\b/i;

/** The longest length that is a part's size, not a deal's: "8-inch wafers", "a 3nm node", "40mm pipe" are specifications. */
const LONGEST_SPECIFICATION_METRES = 1;

/**
 * "The eight-car trains", "four-engine jets": a count hyphened to its unit before a plural noun of goods tells what each
 * of the goods is made of, not how many a deal moves ("a 68-turbine order" counts the order's).
 */
function countsParts(text: string, q: Quantity): boolean {
  if (q.dimension !== 'count' || !/\S-\S/.test(text.slice(q.span.start, q.span.end))) return false;
  const next = /^\s+([a-z]+)s\b/.exec(text.slice(q.span.end, q.span.end + 30))?.[1];
  return next !== undefined && countsGoods(next);
}

function dealFigures(text: string, sentence: Sentence, values: Quantities): Quantities {
  // (The words so far are read only for a figure the words around it already mark, and at most 2,000 characters back.)
  const soFar = (r: { soFar?: RegExp; notSoFar?: RegExp }) => {
    const read = text.slice(Math.max(0, sentence.span.end - 2000), sentence.span.end);
    return (r.soFar?.test(read) ?? true) && !(r.notSoFar?.test(read) ?? false);
  };
  const owned = (q: Quantity) => isDealPercent(text, q);
  const priced = (a: Amount) => {
    if (ifOptionsTaken(text, a.span.start)) return false;
    const after = text.slice(a.span.end, a.span.end + 40);
    const before = text.slice(Math.max(0, a.span.start - 50), a.span.start);
    return !NOT_DEAL_MONEY.some((r) => {
      const afterMatches = () => r.after?.test(after) ?? false;
      const beforeMatches = () => ((r.before?.test(before) ?? false) && !(r.unless?.test(before) ?? false)) || (r.opening?.test(text.slice(sentence.span.start, a.span.start)) ?? false);
      return (r.both ? afterMatches() && beforeMatches() : afterMatches() || beforeMatches()) && soFar(r);
    });
  };
  const kept = <T extends { span: Span }>(v: T) => !superseded(text, v.span);
  // ("buying 24.9% of Palisade - it's actually 19.9%": the share that corrects a stake's share is the stake's.)
  const correcting = (q: Quantity) => q.unit === '%' && values.quantities.some((p) => p !== q && p.span.end < q.span.start && owned(p))
    && /\b(?:actually|in fact)\s+$/i.test(text.slice(Math.max(0, q.span.start - 20), q.span.start));
  // ("The owner now has 31 ships on the water", "which owns or manages about 310 aircraft": what a firm has is no deal's.)
  // ("The campus has 900 MW" measures the asset a deal moves; "has 150 jets on order" counts orders.)
  const optioned = (q: Quantity) => (q.dimension === 'count' && OPTION_BEFORE.test(text.slice(Math.max(0, q.span.start - 40), q.span.start))
    && !EXERCISED_BEFORE.test(text.slice(Math.max(0, q.span.start - 70), q.span.start))) || ifOptionsTaken(text, q.span.start);
  // (What a firm holds in all is counted or weighed: "74 aircraft" on order, "31 million tonnes" in the ground.)
  const threshold = (q: Quantity) => THRESHOLD_BEFORE.test(text.slice(Math.max(0, q.span.start - 60), q.span.start)) || notDealMeasure(text, q);
  const held = (q: Quantity) => ((q.dimension === 'count' && HELD_BEFORE.test(text.slice(Math.max(0, q.span.start - 40), q.span.start))) || IN_ALL_BEFORE.test(text.slice(Math.max(0, q.span.start - 50), q.span.start)))
    && !/^\s*(?:(?!or\b|and\b)[\w-]+\s+){0,3}on\s+order\b/i.test(text.slice(q.span.end, q.span.end + 40));
  // ("The two carriers have run a joint loop": "the two" and a noun name the deal's sides again, not goods it counts.)
  const theTwo = (q: Quantity) => q.value === 2 && q.dimension === 'count' && /\bthe\s+$/i.test(text.slice(Math.max(0, q.span.start - 5), q.span.start))
    && isCompanyNoun(q.unit.toLowerCase());
  // ("8-inch wafers", "eight-car trains": what the goods are made of or measure, not how much the deal moves.)
  const describesGoods = (q: Quantity) => countsParts(text, q) || (q.dimension === 'length' && q.value < LONGEST_SPECIFICATION_METRES);
  return { ...values, amounts: values.amounts.filter(priced).filter(kept), durations: values.durations.filter(kept).filter((d) => !deliveryWindow(text, d) && !notTerm(text, d)), quantities: values.quantities.filter((q) => (owned(q) || correcting(q)) && !theTwo(q) && !held(q) && !optioned(q) && !describesGoods(q) && !threshold(q)).filter(kept).map((q) => markPremium(text, q)) };
}

const isEmpty = (v: Quantities) => v.amounts.length + v.durations.length + v.quantities.length === 0;

/** Whether a sentence only adds figures to the claim before it: "The reported terms are $15bn a year for 36 months." */
function addsToPrevious(mentions: readonly Mention[], local: Quantities): boolean {
  const firstValue = Math.min(...[...local.amounts, ...local.durations, ...local.quantities].map((v) => v.span.start));
  return !mentions.some((m) => m.kind === 'name' && m.start < firstValue);
}

/**
 * "... the first Lumenstream-Harborline tie-up. Back in 2021 the streamer paid $150 million": a sentence that opens
 * with a year its previous deal's sentence does not name tells an older deal, not more of that one.
 */
function datedApart(doc: Doc, sentence: Sentence, previous: Draft): boolean {
  const words = doc.text.slice(sentence.span.start, sentence.span.end);
  // ("Our first deal, in 2019, was 80 MW over eight years. The new contract is 150 MW": the new deal after a
  // dated one is the news, not more of the old.)
  if (NEW_DEAL.test(words) && datesIn(previous.sentence.tokens).some((d) => /^(?:19|20)\d\d$/.test(d))) return true;
  // ("Guest: That was the 2019 deal - £1.5 million a season": so does one that names a deal by its year.)
  // ("Phase one (2019) ran 4 yrs at $12m.": a year set in parentheses after the deal's name dates it too.)
  const year = openingTime(words)?.value.year ?? YEAR_OF_DEAL.exec(words)?.[1] ?? PARENTHESIZED_YEAR.exec(words)?.[1] ?? DEAL_SIGNED_IN.exec(words)?.[1];
  return year !== undefined && !datesIn(previous.sentence.tokens).includes(String(year));
}

/**
 * "A separate ten-year service agreement worth €95 million was signed", "The earlier deal with the yard came to
 * SEK 610m": the sentence tells another deal, not more of the last.
 */
// ("The earlier leases, agreed in 2018, paid ...": the nouns in the plural too.)
const ANOTHER_DEAL = /\b(?:separate|another|different|previous|earlier|prior|original|former|older)\s+(?:[\w-]+\s+){0,3}(?:deal|contract|agreement|pact|order|lease|licen[cs]e|charter|loan|facility|arrangement|tranche|sponsorship|offtake)s?\b/i;

/** "The new contract", "the latest order": a deal the words call the news. */
const NEW_DEAL = /\b(?:new|latest|fresh)\s+(?:[\w-]+\s+){0,2}(?:deal|contract|agreement|pact|order|lease|licen[cs]e|charter|arrangement|award)\b/i;

/** A year a deal noun was signed in: "under its old contract, signed in 2018", "a pact agreed back in 2019". */
const DEAL_SIGNED_IN = /\b(?:deal|contract|agreement|pact|order|lease|licen[cs]e|charter|arrangement|sponsorship)s?\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:signed|agreed|struck|awarded|inked|sealed|placed|reached)\s+(?:back\s+)?in\s+((?:19|20)\d\d)\b/i;

/** A year in parentheses among a sentence's first words: "Phase one (2019) ran ...", "The first pact (2018) was ...". */
const PARENTHESIZED_YEAR = /^(?:[^\s()]+\s+){0,4}\(((?:19|20)\d\d)\)/;

/** A year set on a deal noun: "the 2019 deal", "a 2021 supply contract". */
const YEAR_OF_DEAL = /\b((?:19|20)\d\d)\s+(?:[a-z-]+\s+){0,2}(?:deal|contract|agreement|pact|order|lease|licen[cs]e|charter|arrangement|sponsorship)\b/i;

/**
 * "Tamsworth agreed to pay Pellinore $95 million upfront ... Including milestones, the deal is valued at up to $1.3
 * billion.": a sentence of figures after a claim that holds only an upfront payment states the deal's whole value, a
 * claim of its own with the same sides, so both figures are compared (an upfront with an upfront, a whole with a whole).
 */
function wholeBesideUpfront(doc: Doc, previous: Draft, sentence: Sentence, local: Quantities): Draft | null {
  const text = (d: Sentence) => doc.text.slice(d.span.start, d.span.end);
  const priced = previous.amounts.filter((a) => !a.unitPrice);
  if (priced.length === 0 || !priced.every((a) => roleOfAmount(text(previous.sentence), previous.sentence.span.start, a) === 'upfront')) return null;
  const wholes = local.amounts.filter((a) => !a.unitPrice && roleOfAmount(text(sentence), sentence.span.start, a) === 'whole');
  if (wholes.length === 0) return null;
  return {
    sentence, trigger: null, roles: null, action: null, actor: previous.actor, counterparty: previous.counterparty,
    negated: previous.negated, hedged: previous.hedged || isHedged(sentence.tokens), exclusive: false, trend: null,
    amounts: wholes, durations: local.durations.length > 0 ? local.durations : [...previous.durations], quantities: [],
  };
}

/**
 * Two figures of one deal in one sentence that are compared apart, each a record: the amounts of one role move into a
 * twin of the claim beside the amounts of another, so each meets its own kind.
 */
const FIGURE_SPLITS: readonly { name: string; example: string; moves: (byRole: (a: Amount) => string, priced: readonly Amount[]) => Amount[] }[] = [
  {
    name: 'whole-beside-upfront', example: 'in a deal worth up to ¥42 billion including a ¥5 billion upfront payment',
    moves: (byRole, priced) => {
      const upfront = priced.filter((a) => byRole(a) === 'upfront');
      return upfront.length === 0 ? [] : priced.filter((a) => byRole(a) === 'whole' && upfront.every((u) => u.currency === a.currency && u.value < a.value));
    },
  },
  {
    // (The sum a step adds to, or the whole it is drawn under: "the second tranche under its €90m facility".)
    name: 'step-beside-total', example: 'wired a further €80m, lifting its stake\'s cost to €200m',
    moves: (byRole, priced) => {
      const totals = priced.filter((a) => byRole(a) === 'cumulative' || byRole(a) === 'whole');
      return priced.filter((a) => byRole(a) === 'increment' && totals.some((t) => t.currency === a.currency && a.value < t.value));
    },
  },
];

/** Splits each draft by `FIGURE_SPLITS`, in order: the moved amounts go to a twin placed right after it. */
function splitFigures(doc: Doc, drafts: Draft[]): void {
  for (const split of FIGURE_SPLITS) {
    for (const draft of [...drafts]) {
      if (!draft.actor || !draft.counterparty || draft.item || draft.figuresOf) continue;
      const text = doc.text.slice(draft.sentence.span.start, draft.sentence.span.end);
      // (Only the sentence's own sums: the claim's words, which comparing reads roles from, are its sentence's.)
      const priced = draft.amounts.filter((a) => !a.unitPrice && a.span.start >= draft.sentence.span.start && a.span.end <= draft.sentence.span.end);
      const moved = split.moves((a) => roleOfAmount(text, draft.sentence.span.start, a), priced);
      if (moved.length === 0) continue;
      draft.amounts = draft.amounts.filter((a) => !moved.includes(a));
      drafts.splice(drafts.indexOf(draft) + 1, 0, { ...draft, amounts: moved, quantities: [], durations: [...draft.durations] });
    }
  }
}

function attach(draft: Draft, local: Quantities, answers = false): void {
  if (answers) dropAsked(draft, local);
  if (!draft.amounts.some((a) => !a.unitPrice)) draft.amounts.push(...local.amounts);
  if (draft.durations.length === 0) draft.durations.push(...local.durations);
  draft.quantities.push(...local.quantities);
}

/** "Glasswing's parent", "Cashby's insurance arm": a noun phrase that names a firm of another's family. */
const FAMILY_OF = /^(\p{Lu}[^'\u2019]{0,40})['\u2019]s\s+(?:[a-z-]+\s+)?(?:parent|owner|unit|division|arm|subsidiary|affiliate|parent company|holding company)$/u;

/** "Tembusu's schools", "Tulstone's volumes": a name's possessive before lowercase words (not `FAMILY_OF`'s kin). */
const OWNED_THING = /^\p{Lu}[^'\u2019]{0,40}['\u2019]s?\s+[a-z]/u;
function ownedThing(doc: Doc, sentence: Sentence, subject: { first: number; last: number }): boolean {
  const phrase = doc.text.slice(sentence.tokens[subject.first]!.start, sentence.tokens[subject.last]!.end);
  return OWNED_THING.test(phrase) && !FAMILY_OF.test(phrase);
}

function subjectParty(doc: Doc, sentence: Sentence, subject: Statement['subject']): Party | null {
  if ('kind' in subject) return partyOf(doc.text, subject);
  const start = sentence.tokens[subject.first]!.start;
  let end = sentence.tokens[subject.last]!.end;
  // ("Shares of Glasswing's parent slipped 2%": a firm's parent or unit is of its family, named by the firm.)
  const family = FAMILY_OF.exec(doc.text.slice(start, end));
  if (family) end = start + family[1]!.length;
  return { canonical: doc.text.slice(start, end), text: doc.text.slice(start, end), span: { start, end }, kind: 'unknown', certainty: 'stated', rule: 'statement-subject' };
}

/**
 * One-party statements with a figure or a direction: "Sensex falls 300 points", "Goldman to pay up to $5 billion".
 * A figure after "to" or "at" is a level ("falls to 4.9%"), otherwise a change ("falls 0.2 points").
 */
function statementDrafts(doc: Doc, sentence: Sentence, mentions: readonly Mention[], local: Quantities): Draft[] {
  const drafts: Draft[] = [];
  for (const st of findStatements(sentence, mentions)) {
    const from = sentence.tokens[st.clause.first]!.start;
    const to = sentence.tokens[st.clause.last]!.end;
    const inClause = <T extends { span: { start: number } }>(list: T[]) => list.filter((v) => v.span.start >= from && v.span.start < to);
    const values: Quantities = { amounts: inClause(local.amounts), durations: inClause(local.durations), quantities: inClause(local.quantities) };
    const negated = isNegated(sentence.tokens, st.clause.first, st.predicate);
    if (isEmpty(values) && !st.trend) continue;
    // A common noun ("the companies", "the talks") names no one in particular: it states only with a figure.
    // ("Tembusu's schools charge fees of up to S$38,000": a firm's things, not the firm, are what a possessed noun names.)
    const named = 'kind' in st.subject || (/^\p{Lu}/u.test(sentence.tokens[st.subject.first]!.text) && !ownedThing(doc, sentence, st.subject));
    if (!named && isEmpty(values)) continue;
    // "Shares slipped 2%", "The stock gained 4.8%": whose shares the words do not say, so the move checks nothing.
    if (!('kind' in st.subject) && st.subject.first === st.subject.last && EQUITY_NOUNS.has(sentence.tokens[st.subject.first]!.norm)) continue;
    // "64% of Americans say": a reporting verb's own figure comes before it; the rest belongs to what was said.
    if (st.lemma === 'say') {
      const before = sentence.tokens[st.predicate]!.start;
      const own = <T extends { span: { start: number } }>(list: T[]) => list.filter((v) => v.span.start < before);
      values.amounts = own(values.amounts);
      values.durations = own(values.durations);
      values.quantities = own(values.quantities);
      if (isEmpty(values)) continue;
    }
    // ("total potential deal value of up to $1.16 billion", "revenue up 44%": a common noun names no party, but the
    // statement still holds its figures, so they are no other claim's.)
    const actor = named ? subjectParty(doc, sentence, st.subject) : null;
    if (named && !actor) continue;
    const firstValue = [...values.amounts, ...values.quantities].sort((a, b) => a.span.start - b.span.start)[0];
    const level = firstValue !== undefined && /\b(to|at|of)\s+$/i.test(doc.text.slice(Math.max(from, firstValue.span.start - 6), firstValue.span.start));
    const token = sentence.tokens[st.predicate]!;
    const held = actor ? heldAfterDeal(doc, sentence, mentions, st, values) : null;
    if (held) {
      drafts.push({
        sentence, trigger: null, roles: null, actor, counterparty: held.firm,
        action: { text: token.text, lemma: st.lemma, type: 'invest', direction: 'forward', span: { start: token.start, end: token.end }, rule: 'statement:stake-after-deal' },
        negated, hedged: isHedged(sentence.tokens), exclusive: false, trend: null,
        amounts: [], durations: [], quantities: [held.percent],
      });
      continue;
    }
    drafts.push({
      sentence, trigger: null, roles: null, actor, counterparty: null,
      action: { text: token.text, lemma: st.lemma, type: 'state', direction: 'none', span: { start: token.start, end: token.end }, rule: `statement:${level ? 'level' : 'change'}` },
      negated, hedged: isHedged(sentence.tokens), exclusive: false, trend: st.trend,
      amounts: values.amounts, durations: values.durations, quantities: values.quantities,
    });
  }
  return drafts;
}

/** Paragraph state carried from sentence to sentence. */
interface Context {
  topic: Party | null;
  /** The firm an analyst note rates in its opening words ("Seshand (Buy, TP ...)"), see `ratedFirm`. */
  rated: Party | null;
  /** In a transcript, the firm an officer's label names for this sentence's turn, or for the answer to its question (`speakerFirms`). */
  speaker: Party | null;
  /** Each sentence's turn of a transcript (`turnSpeakers`): an answer is a later turn than its question. */
  turns: readonly (Turn | undefined)[];
  lastEvent: Draft | null;
  /** The last deal told with one side only, for a fragment after it that names the other (`sideFragment`). */
  lastOneSided: Draft | null;
  /** The deal a deal sheet's labelled fields tell ("Buyer: X | Seller: Y"), placed in the sentence of its actor's label. */
  fields: Draft | null;
}

/** The claims of one sentence: one per action, or one bare claim holding the sentence's figures. */
/** Fills the one empty side of a deal from the other names of its sentence (see `COMPLETION_RULES`). */
function complete(doc: Doc, sentence: Sentence, mentions: readonly Mention[], draft: Draft, rated: Party | null, speaker: Party | null = null): Draft {
  // ("Terravo (TRVO) — Outperform. Paying $230m for Quillrow looks rich": a note's opening gerund is the rated firm's act.)
  if (draft.trigger && !draft.actor && !draft.counterparty && rated && draft.trigger.token === 0 && /ing$/.test(sentence.tokens[0]!.norm)) {
    draft.actor = { ...rated, rule: 'rated-firm-gerund' };
    draft.counterparty = otherSide(doc.text, sentence, mentions, draft.actor, draft.trigger.token);
    return draft;
  }
  if (!draft.trigger || (draft.actor && draft.counterparty) || (!draft.actor && !draft.counterparty)) return draft;
  // "Hilwell-backed Pravic", "a PIF-led group": a deal word inside a compound describes a name; it states no deal.
  if (sentence.tokens[draft.trigger.token - 1]?.post === '-') return draft;
  if (unnamedOtherSide(sentence, draft.trigger.token)) {
    draft.crowd = true;
    return draft;
  }
  if (draft.actor) draft.counterparty = otherSide(doc.text, sentence, mentions, draft.actor, draft.trigger.token, rated) ?? speakerSide(draft.actor, speaker);
  else if (draft.counterparty) draft.actor = otherSide(doc.text, sentence, mentions, draft.counterparty, draft.trigger.token, rated) ?? speakerSide(draft.counterparty, speaker);
  return draft;
}

/** Deal words of a funding round, whose raiser may be told apart from its lead (`round-leads.ts`). */
const ROUND_LEMMAS: ReadonlySet<string> = new Set(['raise', 'round', 'funding', 'financing']);

/** "Tovenna raises $12m seed; Brackmoor leads": a round told with its raiser alone takes the lead its paragraph names. */
function leadsOfRounds(doc: Doc, drafts: readonly Draft[], mentions: readonly (readonly Mention[])[]): void {
  // (One search of the paragraph per raiser, however many of its drafts tell the round.)
  const leads = new Map<string, Party | null>();
  for (const d of drafts) {
    if (!d.actor || d.counterparty || !d.action || !ROUND_LEMMAS.has(d.action.lemma)) continue;
    const raiser = firstWord(d.actor.canonical);
    if (!leads.has(raiser)) {
      const found = roundLead(doc.sentences, mentions, (m) => firstWord(partyOf(doc.text, m)?.canonical ?? '') === raiser);
      const lead = found ? partyOf(doc.text, found.mention) : null;
      leads.set(raiser, lead ? { ...lead, certainty: 'implied', rule: `round-lead:${found!.cue}` } : null);
    }
    const lead = leads.get(raiser);
    if (lead) d.counterparty = { ...lead };
  }
}

/**
 * `set-aside`: "Harlow Mills is going to Siskin Foods, not Tarvo, for £310m" denies the deal with the firm set aside
 * too: a copy of the claim with that firm in place of the side it is set against, negated, with no figures.
 */
function setAsideDenials(doc: Doc, sentence: Sentence, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const { after, first, last } of decorate(sentence).setAside ?? []) {
    const end = sentence.tokens[after]!.end;
    const span = { start: sentence.tokens[first]!.start, end: sentence.tokens[last]!.end };
    const text = doc.text.slice(span.start, span.end);
    const aside: Party = { canonical: cleanName(text), text, span, kind: 'unknown', certainty: 'stated', rule: 'set-aside' };
    for (const draft of drafts) {
      if (!draft.action) continue;
      const side = draft.counterparty?.span.end === end ? 'counterparty' : draft.actor?.span.end === end ? 'actor' : null;
      if (!side) continue;
      out.push({ ...draft, [side]: aside, negated: true, setAside: true, amounts: [], durations: [], quantities: [], action: { ...draft.action, rule: `${draft.action.rule}+set-aside` } });
    }
  }
  return out;
}


/**
 * A draft, completed, with its copies for lists: one per other side a list names with its own figure ("four carriers
 * with Dogley and six with Quarnholt"), one per member of a listed subject ("Ptarmigan and Nuthatch agreed to buy X"), or one
 * per name a gapped list after the verb's figure repeats the verb for ("A will pay $180m, B $95m and C $60m"); the
 * gapped names are never the verb's other side (`gapping.ts`).
 */
function withGapped(doc: Doc, layer: ClauseLayer, draft: Draft, amounts: readonly Span[], rated: Party | null, speaker: Party | null): Draft[] {
  const { sentence, mentions } = layer;
  const sides = draft.trigger && draft.actor ? listedCounterparts(sentence, mentions, draft.trigger.token) : [];
  if (sides.length > 0) return withListed(doc, sentence, mentions, draft, sides, rated, speaker);
  const partners = withCoordinated(doc, layer, draft);
  if (partners.length > 0) return [draft, ...partners];
  const items = draft.trigger?.pos === 'verb' && draft.actor ? gappedItems(sentence, mentions, draft.trigger.token, amounts) : [];
  if (items.length === 0) return [complete(doc, sentence, mentions, draft, rated, speaker)];
  const listed = new Set(items.map((i) => i.name));
  const others = mentions.filter((m) => !listed.has(m));
  if (draft.counterparty && items.some((i) => draft.counterparty!.span.start <= i.start && i.start < draft.counterparty!.span.end)) draft.counterparty = null;
  complete(doc, sentence, others, draft, rated, speaker);
  const copies = items.flatMap((item): Draft[] => {
    const actor = partyOf(doc.text, item.name);
    if (!actor || !draft.action) return [];
    return [{ ...draft, actor, amounts: [], durations: [], quantities: [], item: { start: item.start, end: item.end }, action: { ...draft.action, rule: `${draft.action.rule}+gapped` } }];
  });
  return [draft, ...copies];
}

/**
 * "Ptarmigan Capital and Nuthatch Partners have agreed to buy X": a list of names as the subject of a deal with another
 * side stands together on one side; each member gets a copy of the claim (the event rule `coordinated-parties`
 * makes them one deal). A subject pair with no other side is the deal's two sides (role rule `pair-subject`).
 */
function withCoordinated(doc: Doc, layer: ClauseLayer, draft: Draft): Draft[] {
  const subject = draft.roles?.actor;
  if (draft.trigger?.pos !== 'verb' || draft.trigger.passive || !subject || !draft.counterparty || !draft.action || !draft.roles?.fired.includes('subject')) return [];
  return coordinatedBefore(layer, subject).flatMap((member): Draft[] => {
    const actor = partyOf(doc.text, member);
    if (!actor || actor.canonical === draft.counterparty!.canonical) return [];
    return [{ ...draft, actor, amounts: [], durations: [], quantities: [], figuresOf: draft, action: { ...draft.action!, rule: `${draft.action!.rule}+coordinated` } }];
  });
}

/**
 * A draft whose other side is a list ("four carriers with Dogley and six with Quarnholt"): one copy per listed other
 * side, each with the figures of its item; the draft itself keeps the figures of the whole and names no other side.
 */
function withListed(doc: Doc, sentence: Sentence, mentions: readonly Mention[], draft: Draft, items: readonly GappedItem[], rated: Party | null, speaker: Party | null): Draft[] {
  const names = new Set(items.map((i) => i.name));
  if (draft.counterparty && items.some((i) => i.start <= draft.counterparty!.span.start && draft.counterparty!.span.start < i.end)) draft.counterparty = null;
  complete(doc, sentence, mentions.filter((m) => !names.has(m)), draft, rated, speaker);
  const copies = items.flatMap((item): Draft[] => {
    const counterparty = partyOf(doc.text, item.name);
    if (!counterparty || !draft.action) return [];
    return [{ ...draft, counterparty, amounts: [], durations: [], quantities: [], item: { start: item.start, end: item.end }, action: { ...draft.action, rule: `${draft.action.rule}+listed` } }];
  });
  return [draft, ...copies];
}

/** Whether a value stands inside a listed or gapped item's words. */
const within = (item: Span) => (v: { span: Span }): boolean => v.span.start >= item.start && v.span.end <= item.end;

/** The sentence's deal figures go to the nearest drafts; then each gapped copy takes back the figures of its own item. */
function giveValues(doc: Doc, drafts: Draft[], local: Quantities, asides: readonly Span[] = []): void {
  const plain = drafts.filter((d) => !d.item);
  // Only listed copies ("four carriers with Dogley and six with Quarnholt"): each keeps its own item's figures; a figure of the whole list is no one's.
  if (plain.length === 0) {
    local = withoutAsides(local, asides);
    // (A term outside every item is the whole list's, so each item's: "its rights for three seasons ... to Pertwick (£120m)
    // and Quorrel (£20m)"; a sum outside them is the list's total, no one's.)
    const shared = local.durations.filter((d) => !drafts.some((copy) => within(copy.item!)(d)));
    for (const copy of drafts) {
      const inside = within(copy.item!);
      copy.amounts.push(...local.amounts.filter(inside));
      copy.durations.push(...local.durations.filter(inside), ...shared);
      copy.quantities.push(...local.quantities.filter(inside));
    }
    countElided(doc, drafts);
    return;
  }
  if (!isEmpty(local)) assignValues(doc, plain.filter((d) => !d.figuresOf), local, asides);
  takeItemValues(drafts);
  for (const copy of drafts) {
    if (!copy.figuresOf) continue;
    copy.amounts = [...copy.figuresOf.amounts];
    copy.durations = [...copy.figuresOf.durations];
    copy.quantities = [...copy.figuresOf.quantities];
  }
}

/**
 * "four carriers with Dogley and six with Quarnholt": a listed item with a bare number counts the thing the item
 * before it counted.
 */
function countElided(doc: Doc, copies: readonly Draft[]): void {
  let counted: Quantity | undefined;
  for (const copy of copies) {
    const own = copy.quantities.find((q) => q.dimension === 'count');
    if (own) counted = own;
    if (own || !counted || !copy.item) continue;
    const number = findNumbers(doc.text.slice(copy.item.start, copy.item.end))[0];
    if (!number || number.start !== 0) continue;
    const span = { start: copy.item.start, end: copy.item.start + number.end };
    copy.quantities.push({
      value: number.value, min: number.value, max: number.value, bound: 'exact', text: number.text, span, rule: 'count.elided', unit: counted.unit, dimension: 'count',
    });
  }
}

/** Each gapped copy takes the figures inside its own item from whichever draft the nearest-deal rule gave them to. */
function takeItemValues(drafts: readonly Draft[]): void {
  for (const copy of drafts) {
    if (!copy.item) continue;
    const inside = within(copy.item);
    for (const d of drafts) {
      if (d === copy) continue;
      copy.amounts.push(...d.amounts.filter(inside));
      copy.durations.push(...d.durations.filter(inside));
      copy.quantities.push(...d.quantities.filter(inside));
      d.amounts = d.amounts.filter((v) => !inside(v));
      d.durations = d.durations.filter((v) => !inside(v));
      d.quantities = d.quantities.filter((v) => !inside(v));
    }
  }
}

/** "Kinnern lands Darrholm.": a headline's deal, whose terms the next sentence of figures gives. */
function headlineDraft(doc: Doc, sentence: Sentence, mentions: readonly Mention[]): Draft | null {
  const found = headline(sentence, mentions);
  if (!found) return null;
  const actor = partyOf(doc.text, found.actor);
  const counterparty = partyOf(doc.text, found.counterparty);
  if (!actor || !counterparty) return null;
  const verb = found.verb === null ? null : sentence.tokens[found.verb]!;
  const action: Action = verb
    ? { text: verb.text, lemma: verb.norm, type: 'deal', direction: 'none', span: { start: verb.start, end: verb.end }, rule: 'headline' }
    : { text: '/', lemma: 'deal', type: 'deal', direction: 'none', span: { start: actor.span.end, end: actor.span.end + 1 }, rule: 'headline-pair' };
  return {
    sentence, trigger: null, roles: null, actor, counterparty, action,
    negated: verb !== null && isNegated(sentence.tokens, 0, found.verb!), hedged: isHedged(sentence.tokens), exclusive: false, trend: null,
    amounts: [], durations: [], quantities: [],
  };
}

/** "Tarvo/Siskin: €260m EV; Brisco buys ...": the deals of a digest's verbless items (see `digestPairs`). */
function digestDrafts(doc: Doc, sentence: Sentence, mentions: readonly Mention[]): Draft[] {
  return digestPairs(sentence, mentions).flatMap((found): Draft[] => {
    const actor = partyOf(doc.text, found.actor);
    const counterparty = partyOf(doc.text, found.counterparty);
    if (!actor || !counterparty) return [];
    const { tokens } = sentence;
    const item = { start: tokens[found.first]!.start, end: tokens[found.last]!.end };
    return [{
      sentence, trigger: null, roles: null, actor, counterparty, item,
      action: { text: '/', lemma: 'deal', type: 'deal', direction: 'none', span: { start: actor.span.end, end: actor.span.end + 1 }, rule: 'digest-pair' },
      negated: false, hedged: isHedged(tokens), exclusive: false, trend: null, amounts: [], durations: [], quantities: [],
    }];
  });
}

/**
 * `arrow-pair`: "DE | Tarvo -> Siskin | PPA | 120 MW | 10 yrs": the sides an arrow points between are the sides of the
 * line's deal nouns, the first giving; a line with no deal word is a deal of the two.
 */
function arrowDrafts(doc: Doc, sentence: Sentence, mentions: readonly Mention[], triggered: readonly Draft[]): Draft[] {
  const found = arrowPair(doc.text, sentence, mentions);
  const actor = found && partyOf(doc.text, found.actor);
  const counterparty = found && partyOf(doc.text, found.counterparty);
  if (!actor || !counterparty) return [];
  const nouns = triggered.filter((d) => d.trigger?.pos === 'noun');
  for (const d of nouns) {
    d.actor = { ...actor, rule: 'arrow-pair' };
    d.counterparty = { ...counterparty, rule: 'arrow-pair' };
  }
  if (nouns.length > 0) return [];
  // (The arrow stands between the two names, whichever way it points.)
  const [left, right] = found.actor.first < found.counterparty.first ? [found.actor, found.counterparty] : [found.counterparty, found.actor];
  const between = doc.text.slice(sentence.tokens[left.last]!.end, sentence.tokens[right.first]!.start);
  const arrow = between.trim();
  const at = sentence.tokens[left.last]!.end + between.indexOf(arrow);
  return [{
    sentence, trigger: null, roles: null, actor, counterparty,
    action: { text: arrow, lemma: 'deal', type: 'deal', direction: 'forward', span: { start: at, end: at + arrow.length }, rule: 'arrow-pair' },
    negated: false, hedged: isHedged(sentence.tokens), exclusive: false, trend: null, amounts: [], durations: [], quantities: [],
  }];
}

/** "Buyer: Tunira Electric | Target: Rheinkessel | Stake: 51%": the deal a deal sheet's fields tell (see `fields.ts`). */
function fieldsDraft(doc: Doc, found: FieldParties): Draft | null {
  const actor = partyOf(doc.text, found.actor.mention);
  const counterparty = partyOf(doc.text, found.counterparty.mention);
  if (!actor || !counterparty || actor.canonical === counterparty.canonical) return null;
  const { sentence } = found.actor;
  const label = sentence.tokens[found.actor.label]!;
  const word = label.text.replace(/:$/, '');
  const type = found.stake && found.frame === 'acquisition' ? 'invest' : FRAMES[found.frame].type;
  return {
    sentence, trigger: null, roles: null, actor, counterparty,
    action: { text: word, lemma: found.frame, type, direction: 'forward', span: { start: label.start, end: label.start + word.length }, rule: 'fields' },
    negated: false, hedged: false, exclusive: false, trend: null, amounts: [], durations: [], quantities: [],
  };
}

/**
 * "Brisbury sold nine depots to Pertwick for £80m and is to rent the sites back over 15 years": a lease or rent with "back"
 * after it and no other side named takes the goods back from the other side of the sentence's earlier deal with the
 * same firm. It is a deal of its own (the sale's price and the lease's term stay apart), with the giver reversed.
 */
function takeBackDeals(drafts: readonly Draft[], last: Draft | null): void {
  for (const draft of drafts) {
    if (!draft.trigger || !draft.action || !takenBack(draft)) continue;
    // (With no subject of its own, the lease shares the earlier verb's: "sold ... and is to rent them back".)
    const sides = [draft.actor?.canonical, draft.counterparty?.canonical].filter((c): c is string => c !== undefined);
    // (Only what was sold is taken back: "will pay Pertwick $2m annually to rent back two floors" is one lease.)
    const sold = (d: Draft) => d.actor && d.counterparty && (d.roles?.frame === 'sale' || d.roles?.frame === 'acquisition')
      && sides.every((c) => c === d.actor!.canonical || c === d.counterparty!.canonical);
    // ("... sold its Harbour Street offices to Tindrel. Council is to rent back two floors.": the sale may be the sentence before.)
    const earlier = drafts.find((d) => d !== draft && d.trigger && d.trigger.token < draft.trigger!.token && sold(d))
      ?? (last && last.sentence !== draft.sentence && sides.length > 0 && sold(last) ? last : undefined);
    if (!earlier) continue;
    // The earlier deal's giver takes the goods back: it is the lease's taker.
    const giver = earlier.action?.direction === 'reverse' ? earlier.counterparty! : earlier.actor!;
    const taker = giver === earlier.actor ? earlier.counterparty! : earlier.actor!;
    // (A side the draft already names keeps its own words: "The seller will lease space back ...".)
    if (draft.actor?.canonical !== giver.canonical) draft.actor = draft.counterparty?.canonical === giver.canonical ? draft.counterparty : giver;
    if (draft.counterparty?.canonical !== taker.canonical || draft.counterparty === draft.actor) draft.counterparty = taker;
    draft.action = { ...draft.action, direction: 'reverse', rule: `${draft.action.rule}+taken-back` };
    draft.back = true;
  }
}

/** Whether a lease or rent word has "back" within a few words after it: "lease back", "rent them back", "leasing it back". */
function takenBack(draft: Draft): boolean {
  const tokens = draft.sentence.tokens;
  const at = draft.trigger!.token;
  if (draft.roles?.frame !== 'lease') return false;
  return tokens.slice(at + 1, at + 4).some((t) => t.norm === 'back');
}

/**
 * "Siskin becomes sole offtaker of pond two, through a nine-year agreement with Tern": a role no name owns (`role-unowned`)
 * is owned by the other side of the sentence's deal with its holder, which becomes that exclusive grant.
 */
function ownUnownedRoles(drafts: readonly Draft[], useful: readonly Draft[]): void {
  for (const sole of drafts) {
    if (sole.action?.rule !== 'sole-party:role-unowned') continue;
    const holder = sole.actor ?? sole.counterparty;
    const deal = useful.find((d) => d.action && (d.actor?.canonical === holder?.canonical || d.counterparty?.canonical === holder?.canonical));
    if (!holder || !deal) continue;
    const owner = deal.actor?.canonical === holder.canonical ? deal.counterparty : deal.actor;
    deal.actor = sole.actor ?? owner;
    deal.counterparty = sole.counterparty ?? owner;
    deal.action = { ...deal.action!, direction: 'forward' };
    deal.exclusive = true;
    if (sole.soleGiver) deal.soleGiver = true;
  }
}

/** "Brisbury Rovers welcomes Olberth Mutual as its principal sponsor": a deal told by a role (see `role-appointments.ts`). */
function roleDrafts(doc: Doc, sentence: Sentence, mentions: readonly Mention[]): Draft[] {
  return findRoleAppointments(sentence, mentions).flatMap((found): Draft[] => {
    const actor = partyOf(doc.text, found.named);
    const counterparty = partyOf(doc.text, found.owner);
    if (!actor || !counterparty) return [];
    const noun = sentence.tokens[found.noun]!;
    const direction = found.role.type === 'partner' ? 'none' : found.role.named === 'gives' ? 'forward' : 'reverse';
    return [{
      sentence, trigger: null, roles: null, actor, counterparty,
      action: { text: noun.text, lemma: found.role.lemma, type: found.role.type, direction, span: { start: noun.start, end: noun.end }, rule: `role-appointment:${found.role.noun}` },
      negated: isNegated(sentence.tokens, 0, found.noun), hedged: isHedged(sentence.tokens), exclusive: false, trend: null,
      amounts: [], durations: [], quantities: [],
    }];
  });
}

/** "Tarvo walked away from Siskin Mining": a deal of the pair denied, told with no deal word (see `walkaways.ts`). */
function walkawayDrafts(doc: Doc, sentence: Sentence, mentions: readonly Mention[]): Draft[] {
  return findWalkaways(sentence, mentions).flatMap((found): Draft[] => {
    const actor = partyOf(doc.text, found.leaver);
    const counterparty = partyOf(doc.text, found.left);
    if (!actor || !counterparty) return [];
    const verb = sentence.tokens[found.verb]!;
    const end = sentence.tokens[found.last]!.end;
    return [{
      sentence, trigger: null, roles: null, actor, counterparty,
      action: { text: doc.text.slice(verb.start, end), lemma: 'deal', type: 'deal', direction: 'none', span: { start: verb.start, end }, rule: `walkaway:${found.walkaway.name}` },
      negated: !found.denied, hedged: isHedged(sentence.tokens), exclusive: false, trend: null,
      amounts: [], durations: [], quantities: [],
    }];
  });
}

/** "Its only buyer will be Siskin": an exclusive deal told by a party's only counterpart (see `sole-party.ts`). */
function soleDrafts(doc: Doc, sentence: Sentence, mentions: readonly Mention[]): Draft[] {
  return findSoleParties(sentence, mentions).flatMap((found): Draft[] => {
    const actor = found.giver ? partyOf(doc.text, found.giver) : null;
    const counterparty = found.taker ? partyOf(doc.text, found.taker) : null;
    const noun = sentence.tokens[found.noun]!;
    if ((!actor && found.giver) || (!counterparty && found.taker) || (!actor && !counterparty)) return [];
    return [{
      sentence, trigger: null, roles: null, actor, counterparty,
      action: { text: noun.text, lemma: found.role.lemma, type: found.role.type, direction: 'forward', span: { start: noun.start, end: noun.end }, rule: `sole-party:${found.frame}` },
      negated: isNegated(sentence.tokens, 0, found.noun), hedged: isHedged(sentence.tokens), exclusive: true, soleGiver: !found.role.takes, trend: null,
      amounts: [], durations: [], quantities: [],
    }];
  });
}

/**
 * "won a 30-year concession ... with a bid of $410 million", "took the stake with an offer of $2 a share": a deal noun
 * after "with a" and before "of", behind another deal word, says how that deal was paid; it is no deal of its own.
 */
function meansOfOtherDeals(sentence: Sentence, triggers: readonly Trigger[]): Trigger[] {
  const { tokens } = sentence;
  return triggers.filter((t, k) => {
    if (t.pos !== 'noun' || k === 0) return true;
    const means = /^(a|an)$/.test(tokens[t.token - 1]?.norm ?? '') && tokens[t.token - 2]?.norm === 'with' && tokens[t.token + 1]?.norm === 'of';
    return !means || triggers.slice(0, k).every((before) => before.word.lemma === t.word.lemma);
  });
}

/**
 * `denial-continues`: "No contract yet.", "There is no deal.": a denial that names no side denies the deal its text told
 * last ("Q: Is the Tarvo offtake done? A (..., Siskin): No contract yet.").
 */
function deniesLastDeal(drafts: readonly Draft[], mentions: readonly Mention[], last: Draft | null): Draft | null {
  const denial = drafts.find((d) => d.negated && d.action && d.action.type !== 'state' && !d.actor && !d.counterparty);
  if (!denial || !last || drafts.some((d) => d.actor || d.counterparty) || mentions.some((m) => m.kind === 'name')) return null;
  return { ...denial, actor: last.actor, counterparty: last.counterparty, action: { ...denial.action!, rule: `${denial.action!.rule}+denial-continues` } };
}

/** A deal told as what a report says, the report then called untrue, is denied (`report-denials.ts`). */
/**
 * `STATUS_FRAGMENTS`: "Finished. Completely off.": a sentence that is only the deal's end denies the claims near it that name
 * no deal word, and gives them the fragment's word as theirs, so that they take a stance on the deal.
 */
function denyByStatusFragments(doc: Doc, drafts: readonly Draft[]): void {
  for (const sentence of doc.sentences) {
    const rule = statusFragment(doc.text.slice(sentence.span.start, sentence.span.end));
    if (!rule) continue;
    const word = [...sentence.tokens].reverse().find((t) => /\p{L}/u.test(t.text)) ?? sentence.tokens[0]!;
    for (const d of drafts) {
      const gap = d.sentence.index - sentence.index;
      if (d.negated || !(d.actor || d.counterparty) || gap < -FRAGMENT_REACH.before || gap > FRAGMENT_REACH.after || gap === 0) continue;
      // (The deal the talk names just before the fragment keeps its word: "So, the Tarvo-Siskin alliance. Over.")
      if (d.action && gap > 0) continue;
      d.negated = true;
      d.action ??= { text: word.text, lemma: 'deal', type: 'deal', direction: 'none', span: { start: word.start, end: word.end }, rule: `status-fragment:${rule}` };
    }
  }
}

function denyReportsCalledUntrue(doc: Doc, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (d.negated || !d.trigger || !toldAsReport(d.sentence.tokens, d.trigger.token)) continue;
    const rest = d.sentence.tokens.slice(d.trigger.token + 1).map((t) => `${t.text}${t.post}`).join('');
    const next = doc.sentences.slice(d.sentence.index + 1, d.sentence.index + 3).map((s) => doc.text.slice(s.span.start, s.span.end));
    if (reportCalledUntrueLater(rest, next)) d.negated = true;
  }
}

/** Prepositions that open a fragment naming a deal's other side: "To Siskin.", "From Tarvo Yards." */
const SIDE_FRAGMENT_OPENERS: ReadonlySet<string> = new Set(['to', 'with', 'from']);
/** The most sentences back a side fragment reaches for the one-sided deal it completes. */
const SIDE_FRAGMENT_REACH = 2;
/** The most words of a side fragment: its preposition and a name of up to three words. */
const SIDE_FRAGMENT_WORDS = 4;

/**
 * "Tarvo sold the catalogue. She did. To Siskin.": a verbless fragment of a preposition and one name, soon after a deal
 * told with one side, names that deal's other side, as talk adds it.
 */
function sideFragment(doc: Doc, sentence: Sentence, mentions: readonly Mention[], last: Draft | null): Party | null {
  const { tokens } = sentence;
  if (!last || last.counterparty || !last.actor || !last.action || sentence.index - last.sentence.index > SIDE_FRAGMENT_REACH) return null;
  if (tokens.length > SIDE_FRAGMENT_WORDS || !SIDE_FRAGMENT_OPENERS.has(tokens[0]?.norm ?? '') || tokens.some((t) => t.tags.has('Verb'))) return null;
  const names = mentions.filter((m) => m.kind === 'name');
  if (names.length !== 1 || names[0]!.first !== 1 || names[0]!.last !== tokens.length - 1) return null;
  const party = partyOf(doc.text, names[0]!);
  return party && firstWord(party.canonical) !== firstWord(last.actor.canonical) ? { ...party, rule: 'side-fragment' } : null;
}

function sentenceDrafts(doc: Doc, sentence: Sentence, mentions: readonly Mention[], index: ActionIndex, within: (sentence: Sentence) => Quantities, context: Context): Draft[] {
  const side = sideFragment(doc, sentence, mentions, context.lastOneSided);
  if (side) {
    context.lastOneSided!.counterparty = side;
    context.lastEvent = context.lastOneSided;
    context.lastOneSided = null;
    return [];
  }
  const layer = new ClauseLayer(sentence, mentions);
  // Statements keep every figure ("shares fell 4%", "profit rose to $612 million"); a deal only its own.
  const raw = within(sentence);
  const amounts = raw.amounts.map((a) => a.span);
  const triggers = findTriggers(sentence, index);
  const asides = olderDealAsides(doc.text.slice(sentence.span.start, sentence.span.end)).map((a) => ({ start: a.start + sentence.span.start, end: a.end + sentence.span.start }));
  const drafted = meansOfOtherDeals(sentence, triggers).flatMap((t) => withGapped(doc, layer, draftFor(doc, layer, t, context.topic), amounts, context.rated, context.speaker));
  for (const d of drafted) {
    const aside = d.trigger ? asideOf(asides, sentence.tokens[d.trigger.token]!) : undefined;
    if (aside) d.olderAside = aside;
  }
  // ("awarded to two partners: Pertwick (live package, £120m) and Quorrel (highlights, £20m)": a deal word inside a listed
  // item's words describes that item's share; it makes no claim of its own.)
  const items = drafted.flatMap((d) => (d.item ? [d.item] : []));
  const triggered = items.length === 0 ? drafted : drafted.filter((d) => d.item || !d.trigger || !items.some((i) => i.start <= sentence.tokens[d.trigger!.token]!.start && sentence.tokens[d.trigger!.token]!.end <= i.end));
  const fielded = context.fields?.sentence === sentence ? [context.fields] : [];
  const arrowed = arrowDrafts(doc, sentence, mentions, triggered);
  takeBackDeals(triggered, context.lastEvent);
  const drafts = dropEchoes(mergeSamePair([...fielded, ...triggered, ...arrowed, ...soleDrafts(doc, sentence, mentions), ...roleDrafts(doc, sentence, mentions), ...walkawayDrafts(doc, sentence, mentions), ...digestDrafts(doc, sentence, mentions)]));
  const figures = withoutFirmAsides(layer, dealFigures(doc.text, sentence, raw), triggers);
  const useful = newsBesideOlder(drafts.filter((d) => d.actor && d.counterparty), figures, asides);
  const local = withoutAsides(figures, asides);
  if (useful.length > 0) {
    ownUnownedRoles(drafts, useful);
    // ("will raise A$250m from investors to help pay A$410m for a stake in Tarvo": the raise keeps its own sum.)
    giveValues(doc, [...useful, ...drafts.filter((d) => d.crowd && !useful.includes(d))], figures, asides);
    // (An older deal's aside with no figure of its own, "a rise on what it paid under the pact it struck in 2017", adds nothing.)
    const told = useful.filter((d) => !d.olderAside || !isEmpty(d));
    return [...told, ...setAsideDenials(doc, sentence, told)];
  }
  const denial = deniesLastDeal(drafts, mentions, context.lastEvent);
  if (denial) return [denial];
  if (isEmpty(local)) {
    const trends = statementDrafts(doc, sentence, mentions, raw);
    if (trends.length > 0) return trends;
    // ("There will be no sale of Tarvo, none at all.": a denial that names only the deal's other side still denies it.)
    const named = drafts.filter((d) => d.actor || (d.counterparty && d.negated && d.action)).slice(0, 1);
    const announced = named.length === 0 ? headlineDraft(doc, sentence, mentions) : null;
    return announced ? [announced] : named;
  }
  if (context.lastEvent && addsToPrevious(mentions, local) && !datedApart(doc, sentence, context.lastEvent) && !ANOTHER_DEAL.test(doc.text.slice(sentence.span.start, sentence.span.end))) {
    const whole = wholeBesideUpfront(doc, context.lastEvent, sentence, local);
    if (whole) return [whole];
    attach(context.lastEvent, local, answers(doc, context.turns, context.lastEvent, sentence));
    return [];
  }
  // "At $2.8bn a season, the PHA package looks rich": a deal word with one side named keeps the sentence's figures;
  // it joins the one event of that side, if there is one.
  // A one-party statement of the same sentence ("Goldman to pay $5.1 billion to settle") stays beside it.
  const oneSided = drafts.filter((d) => (d.actor || d.counterparty) && d.action && d.action.type !== 'state');
  const statements = statementDrafts(doc, sentence, mentions, raw);
  if (oneSided.length > 0) {
    giveValues(doc, oneSided, local);
    return [...oneSided, ...statements];
  }
  if (statements.length > 0) return statements;
  // ('Rhona Vell, Siskin's chief executive: "Our partner ..."': a person a title makes a firm's officer is no side; the
  // first other name is.)
  const first = mentions.find((m) => (m.kind === 'name' && !m.officerOf) || m.refersTo);
  const pair = figurePair(doc.text, sentence, mentions, context.rated);
  const actor = pair ? pair[0] : first ? partyOf(doc.text, first) : null;
  // ("Tarvo (TRV NO) - Hold, TP NOK 54. Siskin's new ten-year term at NOK 19m a year ...": in a note, the figures
  // of the one other firm a sentence names are that firm's with the rated firm; in a transcript's turn, with the firm
  // its officer's label names.)
  const implied = context.rated ?? context.speaker;
  const impliedSide = !pair && actor && implied && firstWord(actor.canonical) !== firstWord(implied.canonical) ? implied : null;
  const bare: Draft = drafts[0] ?? {
    sentence, trigger: null, roles: null, action: null,
    actor, counterparty: pair ? pair[1] : impliedSide,
    negated: false, hedged: isHedged(sentence.tokens), exclusive: false, trend: null, amounts: [], durations: [], quantities: [],
  };
  // ("QRLX NO | Somerby TCs: 3x LNGC, 5y firm": a field's draft that names one firm takes the note's rated firm too.)
  if (!bare.counterparty && bare.actor && implied && firstWord(bare.actor.canonical) !== firstWord(implied.canonical)) bare.counterparty = implied;
  attach(bare, local);
  return [bare];
}

/**
 * A draft that states a deal or its terms but names neither side: a deal word ("The six-season partnership, worth
 * ...") or a sentence of figures alone ("Four ships, seven years, eighty million dollars a year."). A year in the
 * sentence may date another deal ("follows a 2021 deal in which ..."), and a sentence with a verb but no deal word
 * states something else ("a company doing under a hundred million in sales").
 */
function isUnnamedDeal(draft: Draft): boolean {
  if (draft.actor || draft.counterparty || draft.trend) return false;
  // ("..., Siskin's press office said on Friday": a day of the week dates the report; a year or a month may date
  // another deal.)
  if (datesIn(draft.sentence.tokens).some((date) => !isWeekday(date))) return false;
  if (draft.action) return draft.action.type !== 'state';
  const spans = [...draft.amounts, ...draft.durations, ...draft.quantities].map((v) => v.span);
  // ("Two point four bil, five years.": a word of a figure the tagger took for a verb, "point", is the figure's.)
  const inFigure = (t: Token) => spans.some((span) => span.start <= t.start && t.end <= span.end);
  return spans.length > 0 && !draft.sentence.tokens.some((t) => t.tags.has('Verb') && !t.tags.has('Copula') && !t.tags.has('Auxiliary') && !inFigure(t));
}

/** An action with the words as the source writes them: a headline in capitals is read in sentence case, never shown so. */
function shownAsWritten(doc: Doc, action: Action): Action {
  const written = doc.text.slice(action.span.start, action.span.end);
  return written === action.text ? action : { ...action, text: written };
}

/** Words right after a sum that make it the total: "$216m total", "£200m in all". */
const TOTAL_AFTER = /^\s*(?:in\s+total|total|altogether|in\s+all)\b/i;

/** Verbs that raise a level, in any form: "increases", "raised", "upsized", "extends". */
const RAISING_VERBS = /\b(?:increas|rais|lift|upsiz|expand|boost|grow|grew|rose|risen|rise|climb|jump|extend|stretch|widen|enlarg|upped|bump|hik|doubl|tripl)/i;

/**
 * `level-moved-to`: "lifts the facility from €80m to €110m", "extends the term from 3 to 5 years":
 * a range after "from" and a verb that raises a level is a move, and the deal stands at its new, upper end.
 */
function movedUp(text: string, value: Pick<Amount, 'span' | 'bound'>): boolean {
  if (value.bound !== 'range') return false;
  const before = text.slice(Math.max(0, value.span.start - 80), value.span.start);
  const from = /\bfrom\s+(?:about\s+|around\s+|roughly\s+)?$/i.exec(before);
  return from !== null && RAISING_VERBS.test(before.slice(0, from.index));
}

/** A range read at its upper end. */
function newLevel<T extends { value: number; min: number; max: number | null; bound: Amount['bound'] }>(range: T): T {
  const top = range.max ?? range.value;
  // (A duration's months are its value.)
  return 'months' in range ? { ...range, value: top, min: top, max: top, bound: 'exact', months: top } : { ...range, value: top, min: top, max: top, bound: 'exact' };
}

/**
 * ("the sum agreed with the Harnvik/Lathmere/Quennet consortium", "a consortium of Corrovan, Pelkstone and Siskin"): members of one
 * group (`group-member`) never stand on both sides of a claim; the claim keeps the first side and waits for the other.
 */
function keepGroupsOnOneSide(drafts: Draft[], affiliations: readonly Affiliation[]): void {
  const leadOf = new Map<string, string>();
  for (const a of affiliations) if (a.rule === 'group-member') {
    leadOf.set(a.member, a.parent);
    leadOf.set(a.parent, a.parent);
  }
  if (leadOf.size === 0) return;
  for (const d of drafts) {
    const a = d.actor && leadOf.get(d.actor.canonical);
    if (a !== undefined && d.counterparty && leadOf.get(d.counterparty.canonical) === a) d.counterparty = null;
  }
}

function toClaim(doc: Doc, sourceId: string, n: number, draft: Draft, affiliations: Affiliation[]): Claim {
  // A running total states the deal as it stands; a step ("another $2 billion") only part of it.
  const sentence = doc.text.slice(draft.sentence.span.start, draft.sentence.span.end);
  // "The $27 cash offer, about $2.1bn in all": beside a sum a thousand times larger in its currency, a small sum is a
  // price of one unit the words did not mark.
  const priced = draft.amounts.filter((a) => !a.unitPrice);
  const candidates = priced.filter((a) => !priced.some((b) => b.currency === a.currency && b.value >= a.value * 1000));
  // (A sum a later sentence added is ranked by the words of its own sentence; an upfront there comes last, as comparing
  // reads roles from the claim's sentence and would take it for the whole.)
  const rank = (a: Amount) => {
    const own = doc.sentences.find((s) => s.span.start <= a.span.start && a.span.end <= s.span.end);
    const inside = own === undefined || own === draft.sentence;
    const role = inside ? roleOfAmount(sentence, draft.sentence.span.start, a) : roleOfAmount(doc.text.slice(own.span.start, own.span.end), own.span.start, a);
    return inside || role !== 'upfront' ? { cumulative: 0, upfront: 1, whole: 2, milestones: 3, increment: 4, fee: 5 }[role] : 6;
  };
  // ("£140m upfront plus an earn-out of up to £60m, i.e. up to £200m in all": a total its own words mark comes first.)
  const marked = (a: Amount) => (TOTAL_AFTER.test(sentence.slice(a.span.end - draft.sentence.span.start, a.span.end - draft.sentence.span.start + 16)) ? 0 : 1);
  const ranks = new Map(candidates.map((a) => [a, rank(a)]));
  const ranked = [...candidates].sort((a, b) => ranks.get(a)! - ranks.get(b)! || (ranks.get(a) === 0 ? marked(a) - marked(b) : 0))[0] ?? null;
  const amount = ranked && movedUp(doc.text, ranked) ? newLevel(ranked) : ranked;
  const duration = draft.durations[0] && movedUp(doc.text, draft.durations[0]) ? newLevel(draft.durations[0]) : draft.durations[0] ?? null;
  const claim: Claim = {
    id: `${sourceId}#${n}`,
    sourceId,
    text: doc.text.slice(draft.sentence.span.start, draft.sentence.span.end),
    span: { ...draft.sentence.span },
    actor: draft.actor,
    action: draft.action && shownAsWritten(doc, draft.action),
    counterparty: draft.counterparty,
    amount,
    duration,
    quantities: draft.quantities,
    perYear: null,
    total: null,
    negated: draft.negated,
    hedged: draft.hedged,
    exclusive: draft.exclusive,
    trend: draft.trend,
    when: datesIn(draft.sentence.tokens),
    affiliations,
  };
  if (draft.soleGiver) claim.soleGiver = true;
  const instrument = instrumentOf(draft);
  if (instrument) claim.instrument = instrument;
  const objects = objectsOf(draft);
  if (objects.length > 0) claim.objects = objects;
  return claim;
}

/**
 * "About Hilgate Minerals plc: ...", "About Sugix Power" on a line of its own, "Forward-Looking Statements: ...",
 * "Media contact: ...": a press release's
 * closing sections describe the firm and its lawyers' caveats; they state no deal, so claims end where they begin.
 */
const BOILERPLATE_OPENING = /^(?:About\s+\p{Lu}[^:.]{0,80}:|About\s+\p{Lu}[^\n]{0,80}\n|(?:Cautionary\s+(?:Note|Statement)\s+(?:Regarding|on)\s+)?Forward[- ]Looking\s+Statements|Safe\s+Harbou?r\b|(?:Media|Press|Investor)\s+(?:contacts?|enquiries|inquiries|relations)\s*:|Contacts?\s*:|Notes?\s+to\s+(?:editors|editor)\b)/iu;

/** The index of the sentence where a press release's closing sections begin, or the number of sentences. */
function boilerplateStart(doc: Doc): number {
  const k = doc.sentences.findIndex((s) => BOILERPLATE_OPENING.test(doc.text.slice(s.span.start, s.span.end)));
  return k < 0 ? doc.sentences.length : k;
}

/** "PGLN: Buy, PT $38. Basalt Gulf LNG (NYSE: PGLN) signed ...": a rated ticker the text defines later is that firm. */
function definedName(rated: Party | null, mentions: readonly (readonly Mention[])[]): Party | null {
  if (!rated) return null;
  const definer = mentions.flat().find((m) => m.defines === rated.canonical);
  return definer ? { ...rated, canonical: cleanName(definer.name) } : rated;
}

/** Whether a note names no firm but the one it rates. */
function noOtherFirm(doc: Doc, mentionsBySentence: readonly (readonly Mention[])[], rated: Party): boolean {
  return !doc.sentences.some((s, k) => mentionsBySentence[k]!.some((m) => canBeParty(s, m) && !sameFirm(m.name, rated.canonical) && firstWord(cleanName(m.name)) !== firstWord(rated.canonical)));
}

/**
 * "QXTL (Hold, PT CHF 40): Kessun contract ...": a side read from the note's own header word is the rated firm, so
 * it carries the rated rule; a ticker no firm of the corpus answers to then leaves the side unknown (`canonicalize`).
 */
function markRatedSides(draft: Draft, rated: Party): void {
  const same = (p: Party | null) => p !== null && p.span.start === rated.span.start && p.span.end === rated.span.end && p.rule === 'name';
  if (same(draft.actor)) draft.actor = { ...draft.actor!, rule: rated.rule };
  if (same(draft.counterparty)) draft.counterparty = { ...draft.counterparty!, rule: rated.rule };
}

/**
 * "Ishara took in $40m in a Series B. This round was co-led by Tolvane Capital.": the giver a sentence of
 * `AGENT_SENTENCES` names after "by" is the missing side of the deal told just before it. That sentence's own
 * one-sided draft with no figure ("Tolvane led -") says nothing more and goes.
 */
function completeFromAgents(doc: Doc, drafts: Draft[], mentionsBySentence: readonly (readonly Mention[])[]): void {
  for (const sentence of doc.sentences) {
    const found = agentStart(doc.text.slice(sentence.span.start, sentence.span.end));
    if (!found) continue;
    const mention = mentionsBySentence[sentence.index]!.find((m) => m.kind === 'name' && m.start >= sentence.span.start + found.at);
    const agent = mention ? partyOf(doc.text, mention) : null;
    const told = drafts.filter((d) => d.sentence.index < sentence.index && d.action && d.action.type !== 'state' && (d.actor || d.counterparty)).pop();
    if (!agent || !told || (told.actor && told.counterparty)) continue;
    const side = told.actor ?? told.counterparty!;
    if (side.canonical === agent.canonical) continue;
    const given = { ...agent, rule: found.rule };
    if (told.actor) told.counterparty = given;
    else told.actor = given;
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k]!;
      if (d.sentence === sentence && !(d.actor && d.counterparty) && isEmpty(d)) drafts.splice(k, 1);
    }
  }
}

/** Reads claims from one parsed text: mentions, references, affiliations, actions and their roles, values. */
export function readClaims(doc: Doc, sourceId: string, index: ActionIndex, values: Quantities): Claim[] {
  const known = capitalizedWords(doc.sentences);
  const turns = turnSpeakers(doc.sentences);
  const names = docNames(doc.sentences);
  const mentionsBySentence = doc.sentences.map((s, k) => findMentions(s, known, turns[k], names));
  resolveDescriptions(doc.sentences, mentionsBySentence);
  resolveGroups(doc.sentences, mentionsBySentence);
  resolveReferences(mentionsBySentence.flat());
  // (In a call's transcript, the "we" of a turn no label ties to a firm is the firm that holds the call.)
  const host = callHost(doc.text, doc.sentences, mentionsBySentence);
  if (host) for (const m of mentionsBySentence.flat()) if (m.firstPerson && !m.refersTo) m.refersTo = [host];
  const affiliations = doc.sentences.flatMap((s, k) => findAffiliations(doc.text, s, mentionsBySentence[k]!));
  const rated = doc.sentences[0] ? definedName(ratedFirm(doc.text, doc.sentences[0], mentionsBySentence[0]!) ?? ratedTicker(doc.text, doc.sentences, mentionsBySentence), mentionsBySentence) : null;
  const found = readFields(doc.sentences, mentionsBySentence);
  const context: Context = { topic: rated, rated, speaker: null, turns, lastEvent: null, lastOneSided: null, fields: found ? fieldsDraft(doc, found) : null };
  const speakers = speakerFirms(doc.text, doc.sentences, turns);
  const hostParty = host ? partyOf(doc.text, host) : null;
  if (hostParty) turns.forEach((turn, k) => { if (turn?.person && !speakers[k]) speakers[k] = hostParty; });
  const within = valuesBySentence(values);
  const boilerplate = boilerplateStart(doc);
  const drafts = doc.sentences.flatMap((s, k) => {
    if (k >= boilerplate) return [];
    context.speaker = speakers[k] ?? null;
    const own = sentenceDrafts(doc, s, mentionsBySentence[k]!, index, within, context);
    for (const d of own) {
      if (d.actor) context.topic = d.actor;
      if (d.actor && d.counterparty && d.action && !d.setAside && !d.olderAside) context.lastEvent = d;
      if (d.actor && !d.counterparty && d.action && d.action.type !== 'state') context.lastOneSided = d;
    }
    return own;
  });
  completeFromAgents(doc, drafts, mentionsBySentence);
  const unnamed = drafts.filter(isUnnamedDeal);
  const paired = new Set(drafts.filter((d) => d.actor && d.counterparty).map((d) => d.sentence.index));
  const pair = unnamed.length > 0 ? paragraphPair(doc.text, doc.sentences, mentionsBySentence) : null;
  if (pair) for (const d of unnamed) [d.actor, d.counterparty] = pair;
  else {
    for (const d of unnamed) {
      const speaker = speakers[d.sentence.index];
      const sides = (speaker ? speakerPartner(doc.text, doc.sentences, mentionsBySentence, speaker) : null)
        ?? precedingPair(doc.text, doc.sentences, mentionsBySentence, d.sentence.index, paired)
        // (Not a deal word that opens the sentence, a noun's modifier the tagger took for a verb: "Lease costs will
        // shave NOK 380m off EBITDA" tells a cost of the deal, not its price.)
        ?? (rated && d.trigger?.token !== 0 ? speakerPartner(doc.text, doc.sentences, mentionsBySentence, rated, 'rated-partner') : null);
      if (sides) [d.actor, d.counterparty] = sides;
      // (`rated-alone`: a note's deal word that names no side and no other firm is still the rated firm's deal.)
      else if (rated && d.action && d.trigger?.token !== 0 && noOtherFirm(doc, mentionsBySentence, rated)) d.actor = { ...rated, certainty: 'implied', rule: 'rated-alone' };
    }
  }
  leadsOfRounds(doc, drafts, mentionsBySentence);
  if (rated) for (const d of drafts) markRatedSides(d, rated);
  answerQuestions(doc, turns, drafts);
  splitFigures(doc, drafts);
  denyReportsCalledUntrue(doc, drafts);
  denyByStatusFragments(doc, drafts);
  keepGroupsOnOneSide(drafts, affiliations);
  return drafts.map((d, k) => toClaim(doc, sourceId, k + 1, d, affiliations));
}
