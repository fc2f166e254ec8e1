import type { Sentence } from '../text/document.js';
import type { ActionType } from '../schema/claim.js';
import type { Direction } from '../lexicon/actions.js';
import { FRAMES, type FrameName } from '../lexicon/frames.js';
import type { Mention } from './mentions.js';
import type { Trigger } from './actions.js';
import { ClauseLayer, referent } from './clause-layer.js';
import { inAppositiveOf, inRegion } from './mentions.js';
import { clauseEnd, clauseStart } from './clauses.js';
import { npParty, objectIsAsset, objectIsCompany, objectIsEquity, objectIsWholeCompany, passiveSubjectIsEquity, possessorOf } from './phrases.js';
import { isLexiconPlace } from '../text/nlp.js';
import {
  betweenPair, directObject, findOtherSide, forToSubject, leadingClauseSubject, nearestSubject, opensLeadingClause, pairedWith, type SubjectSearch,
} from './arguments.js';
import { isExclusive } from './cues.js';
import { pastAuxiliaries } from './sole-party.js';
import { sameFirm } from './parties.js';
import { APPOINTING_VERBS, CONVERSE_VERBS, PREPOSITIONS, YIELDING_VERBS } from '../lexicon/words.js';
import { DEAL_NOUNS, type ActionWord } from '../lexicon/actions.js';
import type { Token } from '../text/document.js';

/** Who does what to whom, as read from one trigger's sentence. */
export interface Roles {
  actor: Mention | null;
  counterparty: Mention | null;
  frame: FrameName;
  type: ActionType;
  direction: Direction;
  exclusive: boolean;
  /** Token range of the trigger's clause, for values, negation and hedges. */
  clause: { first: number; last: number };
  /** The role rules that filled something, in order. */
  fired: string[];
  /** Token of the deal noun a verb governs and took its kind from ("lands Famridge Trail licence"). */
  dealNounAt?: number;
}

/** What the rules read and fill for one trigger. A rule fills only what it names in `fills`. */
export interface RoleState {
  layer: ClauseLayer;
  trigger: Trigger;
  /** Last token of the trigger's clause. */
  end: number;
  frame: FrameName;
  direction: Direction;
  /** The deal noun a verb that names no kind governs ("provided a facility"), whose kind the claim took. */
  dealNoun?: ActionWord;
  dealNounAt?: number;
  /** A stake bought from its holder ("the acquisition of 51% of Sepet from Kuzey"): the seller is the other side. */
  stakeBought?: boolean;
  actor: Mention | null;
  counterparty: Mention | null;
  /** A name right before a nominal action ("the Microsoft contract"): its other side when nothing else is. */
  namedModifier: Mention | null;
  /** Names the subject search passed over ("United now has 150 Boeing aircraft on order"). */
  passedOver: Mention[] | undefined;
  /** The subject search, made once for the two subject rules. */
  subjectSearch?: SubjectSearch;
}

export type Alternation = 'kind' | 'active' | 'passive' | 'nominal' | 'dative' | 'converse' | 'relative' | 'coordination' | 'participial';

/**
 * One way a sentence gives an action its roles, in the manner of Odin's event rules: a name, the alternation it
 * reads, what it fills, an example with the roles it yields, a reason, and a pattern over the clause layer that
 * fills the state and says whether it matched. `ROLE_RULES` runs them in order; a later rule fills only what is
 * still empty unless its reason says it overrides.
 */
export interface RoleRule {
  name: string;
  alternation: Alternation;
  fills: readonly ('actor' | 'counterparty' | 'frame' | 'direction')[];
  example: string;
  /** What some claim of the example holds: the two sides (either order), or the type. */
  expect: { parties?: [string, string]; type?: ActionType };
  reason: string;
  apply(state: RoleState): boolean;
}

/** The prepositions that mark the other side: the word's own, while its frame stands, else its frame's. */
function markersOf(s: RoleState): readonly string[] {
  const word = s.trigger.word;
  if (s.stakeBought) return ['from', ...FRAMES[s.frame].markers[s.direction]];
  // ("granted a term loan ... to Vibstone": the verb's own markers, then its deal noun's.)
  if (s.dealNoun) return [...new Set([...(word.markers ?? []), ...(s.dealNoun.markers ?? FRAMES[s.frame].markers[s.direction])])];
  return s.frame === word.frame && word.markers ? word.markers : FRAMES[s.frame].markers[s.direction];
}

/** The name right before a nominal action, past up to two lowercase modifiers ("the Samsung-Tesla chip contract"). */
function nameBefore(layer: ClauseLayer, at: number): Mention | undefined {
  let k = at - 1;
  while (k >= 0 && !layer.owner[k] && /^[a-z-]+$/.test(layer.token(k)!.text) && at - k <= 3) k--;
  return layer.owner[k];
}

/** A name before a nominal action with only lowercase nouns between: "Marcato tower deal", "Sallan Bank IT deal". */
function nameJustBefore(layer: ClauseLayer, at: number): Mention | undefined {
  let k = at - 1;
  while (k >= 0 && at - k <= 2 && !layer.owner[k]) {
    const t = layer.token(k)!;
    const grammar = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Copula', 'Modal', 'Auxiliary', 'PastTense'].some((tag) => t.tags.has(tag));
    if (!/^[a-zA-Z-]+$/.test(t.text) || grammar || t.possessive) return undefined;
    k--;
  }
  return layer.owner[k];
}

const isNoun = (s: RoleState) => s.trigger.pos === 'noun';

const differs = (a: Mention, b: Mention | null) => b === null || referent(a) !== referent(b);

/** Verbs of gaining a deal another firm owns: "won Hostsund's contract", "lands its order", "takes its concession". */
const GAINING_VERBS: ReadonlySet<string> = new Set([
  'win', 'wins', 'won', 'winning', 'land', 'lands', 'landed', 'landing', 'secure', 'secures', 'secured', 'securing',
  'take', 'takes', 'took', 'taken', 'taking', 'clinch', 'clinches', 'clinched', 'clinching', 'bag', 'bags', 'bagged', 'bagging',
  'scoop', 'scoops', 'scooped', 'snag', 'snags', 'snagged', 'capture', 'captures', 'captured', 'receive', 'receives', 'received',
]);

/** The most tokens an aside set off by commas takes ("worth $40 million", "Mexico") before a passive's "by" phrase. */
const MOST_ASIDE_TOKENS = 8;

/**
 * "was awarded the contract, worth $40m, by Kellsmoor", "the concession at Port Quell, Norvex, by Kellsmoor": a
 * passive's "by" phrase right after the clause's comma or after one or two asides set off by commas, past the
 * clause's end.
 */
function agentAfterAside(layer: ClauseLayer, end: number): Mention | null {
  let k = end;
  for (let hop = 0; hop < 3; hop++) {
    if (!/^,\s*$/.test(layer.token(k)?.post ?? '')) return null;
    if (layer.token(k + 1)?.norm === 'by') {
      let last = k + 2;
      while (layer.token(last + 1) && !/[,;:.!?()]/.test(layer.token(last)!.post)) last++;
      return npParty(layer, k + 2, last);
    }
    let j = k + 1;
    while (j < k + MOST_ASIDE_TOKENS && layer.token(j) && !/[,;:.!?()]/.test(layer.token(j)!.post)) j++;
    k = j;
  }
  return null;
}

/** The deal noun of a passive verb's subject: "The five-year facility of $650 million was provided by ...". */
function passiveSubjectNoun(layer: ClauseLayer, last: number): Token | undefined {
  for (let k = last; k >= Math.max(0, last - 6); k--) {
    const t = layer.token(k)!;
    if (layer.owner[k] || (t.tags.has('Verb') && !t.tags.has('Gerund'))) return undefined;
    if (DEAL_NOUNS.has(t.norm)) return t;
  }
  return undefined;
}

/** The head noun of a verb's object: past a determiner, figures and lowercase modifiers ("a $600 million five-year revolving credit facility"). */
function governedNoun(layer: ClauseLayer, verb: number, end: number, dative = false): Token | undefined {
  let recipient = false;
  for (let k = verb + 1; k <= Math.min(end, verb + 9); k++) {
    const t = layer.token(k)!;
    // ("Hilgate lands Famridge Trail licence from Ostlund": a name that only modifies the noun is passed over.)
    const owner = layer.owner[k];
    const after = owner ? layer.token(owner.last + 1) : undefined;
    if (owner && !owner.possessive && after && DEAL_NOUNS.has(after.norm) && /^\s+$/.test(layer.token(owner.last)!.post)) return after;
    // ("Corvanta grants Palindra sole rights to its eye drug": a giving verb's first object may be its recipient, before the deal noun.)
    if (owner && dative && !recipient && !owner.possessive && /^\s+$/.test(layer.token(owner.last)!.post)) {
      recipient = true;
      k = owner.last;
      continue;
    }
    if (owner || PREPOSITIONS.has(t.norm)) return undefined;
    if (DEAL_NOUNS.has(t.norm)) return t;
  }
  return undefined;
}

/** Participles of choosing a supplier: "selected by Y to supply", "hired by Y to run". */
const CHOOSING_PARTICIPLES: ReadonlySet<string> = new Set(['selected', 'chosen', 'picked', 'appointed', 'hired', 'engaged', 'contracted', 'commissioned', 'retained', 'tapped', 'mandated', 'awarded', 'named']);

/**
 * Words before a name that set it beside the deal's giver, not across from it: "with participation from Brodwick",
 * "alongside Siskin", "joined by Tarvo". A round's or a loan's co-investors and co-lenders are the lead's side.
 */
const CO_PARTY_CUES: readonly (readonly string[])[] = [['participation', 'from'], ['participation', 'of'], ['alongside'], ['joined', 'by'], ['together', 'with'], ['along', 'with']];

/** Whether a co-party cue (`CO_PARTY_CUES`) ends right before token `first`, past "existing" or "new" and a word of investors. */
function coPartyBefore(layer: ClauseLayer, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && /^(?:existing|new|fellow|other|investors?|backers?|lenders?|banks?|funds?|and|the)$/.test(layer.token(k)!.norm) && k > first - 4) k--;
  return CO_PARTY_CUES.some((cue) => cue.every((word, n) => layer.token(k - cue.length + 1 + n)?.norm === word));
}

/** Words before a sale or purchase noun that make it one of part of a firm: "a minority sale", "the stake purchase". */
const EQUITY_MODIFIERS: ReadonlySet<string> = new Set(['minority', 'majority', 'stake', 'shareholding']);

export const ROLE_RULES: readonly RoleRule[] = [
  {
    name: 'object-decides-kind', alternation: 'kind', fills: ['frame', 'direction'],
    example: 'Tashric Freight agreed to buy Hostsund Marine for $640 million.', expect: { parties: ['Tashric Freight', 'Hostsund Marine'], type: 'acquire' },
    reason: 'buy, sell and acquire name a takeover when a company is bought, an investment when a stake is, a sale when an asset is ("acquire four solar projects")',
    apply(s) {
      const { byObject } = s.trigger.word;
      const { layer, trigger } = s;
      const asset = objectIsAsset(layer, trigger.token, s.end, trigger.passive);
      if (asset && s.frame === 'acquisition') {
        s.frame = 'sale';
        s.direction = s.direction === 'forward' ? 'reverse' : 'forward';
        return true;
      }
      // ("The polarhaus minority sale to NPPF", "a stake sale": a sale or purchase of part of a firm is an investment.)
      if (trigger.pos === 'noun' && (s.frame === 'sale' || s.frame === 'acquisition') && EQUITY_MODIFIERS.has(layer.token(trigger.token - 1)?.norm ?? '')) {
        const turned = s.direction === 'forward' ? 'reverse' : 'forward';
        s.direction = s.frame === 'sale' ? turned : s.direction;
        s.frame = 'investment';
        return true;
      }
      if (!byObject) return false;
      // ("A 19.9 per cent holding in Marlow will be acquired by Qestra": a stake before a passive verb.)
      const passiveStake = trigger.passive && byObject.equity !== undefined && passiveSubjectIsEquity(layer, trigger.token);
      if (passiveStake) {
        s.frame = 'investment';
        s.direction = byObject.equity!;
        return true;
      }
      const boughtCompany = byObject.company && !asset && (trigger.passive || objectIsCompany(layer, trigger.token) || objectIsWholeCompany(layer, trigger.token, s.end));
      if (boughtCompany) {
        s.frame = 'acquisition';
        s.direction = byObject.company!;
        return true;
      }
      // ("the acquisition of 100% of the equity of Kirock": all of a firm's shares are the firm, no stake.)
      if (byObject.equity && objectIsEquity(layer, trigger.token, s.end) && !(s.frame === 'acquisition' && objectIsWholeCompany(layer, trigger.token, s.end))) {
        s.stakeBought = s.frame !== 'investment' && byObject.equity === 'forward';
        s.frame = 'investment';
        s.direction = byObject.equity;
        return true;
      }
      return false;
    },
  },
  {
    name: 'noun-decides-kind', alternation: 'kind', fills: ['frame', 'direction'],
    example: 'Hostsund Bank provided a five-year credit facility to Tashric Freight, which totals $650 million.', expect: { parties: ['Hostsund Bank', 'Tashric Freight'], type: 'invest' },
    reason: 'a verb that names no kind of deal ("provide", "secure", "win") takes the kind of the deal noun it governs: "provided a facility" is a loan, "won an order from Y" an order Y placed (a winning verb turns the noun round)',
    apply(s) {
      const { layer, trigger } = s;
      if (trigger.pos !== 'verb' || !(s.frame === 'deal' || YIELDING_VERBS.has(trigger.word.lemma))) return false;
      const noun = trigger.passive ? passiveSubjectNoun(layer, pastAuxiliaries(layer.tokens, trigger.token - 1)) : governedNoun(layer, trigger.token, s.end, YIELDING_VERBS.has(trigger.word.lemma));
      const word = noun && DEAL_NOUNS.get(noun.norm);
      if (!word) return false;
      s.frame = word.frame;
      s.dealNoun = word;
      s.dealNounAt = noun.i;
      const turned = word.direction === 'forward' ? 'reverse' : word.direction === 'reverse' ? 'forward' : 'none';
      // ("Merrivane grants Palindra sole rights": a giving verb's subject gives the deal, whichever end the noun names.)
      s.direction = CONVERSE_VERBS.has(trigger.word.lemma) ? turned : YIELDING_VERBS.has(trigger.word.lemma) ? 'forward' : word.direction;
      return true;
    },
  },
  {
    name: 'taken-over-modifier', alternation: 'nominal', fills: ['counterparty'],
    example: 'Vustrin has walked away from the Lumis takeover.', expect: { parties: ['Vustrin', 'Lumis'] },
    reason: 'a plain name before a takeover noun ("the Lumis takeover") is the firm taken over; the buyer is found as a subject is',
    apply(s) {
      if (!isNoun(s) || s.frame !== 'acquisition') return false;
      const m = possessorOf(s.layer, s.trigger.token);
      if (!m || m.possessive) return false;
      s.counterparty = m;
      return true;
    },
  },
  {
    name: 'possessor', alternation: 'nominal', fills: ['actor'],
    example: "Hostsund Marine's sale of its depot network to Tashric Freight closed.", expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: 'the owner of a nominal action does it; a plain name just before the action is kept as its other side',
    apply(s) {
      if (!isNoun(s)) return false;
      const owner = possessorOf(s.layer, s.trigger.token);
      if (owner && owner === s.counterparty) return false;
      s.actor = owner;
      const before = nameBefore(s.layer, s.trigger.token);
      if (s.actor && before && before !== s.actor && before.kind === 'name' && !before.possessive) s.namedModifier = before;
      return s.actor !== null;
    },
  },
  {
    name: 'hyphen-pair', alternation: 'nominal', fills: ['actor'],
    example: 'The Hostsund-Tashric supply pact is worth $640 million.', expect: { parties: ['Hostsund', 'Tashric'] },
    reason: 'two names joined by a hyphen or a slash ("the Hostsund/Tashric pact") before a nominal action are its two sides',
    apply(s) {
      if (!isNoun(s)) return false;
      const before = nameBefore(s.layer, s.trigger.token);
      const joined = before ? s.layer.owner[before.first - 1] : undefined;
      if (!before || !joined || joined.kind !== 'name' || !/^[-/]$/.test(s.layer.token(joined.last)!.post) || s.actor !== before) return false;
      s.actor = joined;
      s.namedModifier = before;
      return true;
    },
  },
  {
    name: 'nominal-agent', alternation: 'nominal', fills: ['actor'],
    example: 'The $640 million investment by Hostsund Marine will be paid into Tashric Freight.', expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: 'a "by" phrase right after a nominal action names who does it ("the purchase by X", "an order by X")',
    apply(s) {
      if (s.actor || !isNoun(s)) return false;
      const at = s.trigger.token;
      for (let k = at + 1; k <= Math.min(s.end, at + 2); k++) {
        if (s.layer.token(k)!.norm !== 'by') continue;
        s.actor = npParty(s.layer, k + 1, s.end);
        return s.actor !== null;
      }
      return false;
    },
  },
  {
    name: 'chosen-to-do', alternation: 'active', fills: ['actor', 'counterparty'],
    example: 'Tashric Freight has picked Hostsund Marine to build six cranes for $640 million.', expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: 'in "X picked (named, hired) Y to build ...", Y does the verb and X gets what it does',
    apply(s) {
      if (s.actor || s.layer.token(s.trigger.token - 1)?.norm !== 'to') return false;
      // ("picked Vunnsund Mobility AG (SIX: VANT) to build": a ticker in parentheses stands between.)
      let c = s.trigger.token - 2;
      while (c > 0 && s.layer.token(c)!.parenthetical && !s.layer.owner[c]) c--;
      const chosen = s.layer.owner[c];
      if (!s.layer.usable(chosen) || chosen.possessive) return false;
      let v = chosen.first - 1;
      // ("chose Norway's Ashdrift to supply": a country's possessive before the chosen firm says where it is from.)
      const where = s.layer.token(v);
      if (where?.possessive && isLexiconPlace(where.norm.replace(/['\u2019]s?$/, ''))) v--;
      if (!APPOINTING_VERBS.has(s.layer.token(v)?.norm ?? '')) return false;
      const chooser = s.layer.owner[pastAuxiliaries(s.layer.tokens, v - 1)];
      if (!s.layer.usable(chooser) || chooser.possessive) return false;
      s.actor = chosen;
      s.counterparty = chooser;
      return true;
    },
  },
  {
    name: 'for-x-to-verb', alternation: 'active', fills: ['actor'],
    example: "Tashric Freight signed a deal for Parcelo to use Tashric's depots for $640 million.", expect: { parties: ['Parcelo', 'Tashric'] },
    reason: 'in "for X to use", X does the verb',
    apply(s) {
      if (s.actor) return false;
      s.actor = forToSubject(s.layer, s.trigger.token);
      return s.actor !== null;
    },
  },
  {
    name: 'subject-after-leading-clause', alternation: 'active', fills: ['actor'],
    example: 'By leasing six cranes to Tashric Freight for $640 million, Hostsund Marine doubled its income.', expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: 'a sentence that opens with "By leasing ..." has its subject after the comma',
    apply(s) {
      if (s.actor || !opensLeadingClause(s.layer, s.trigger.token)) return false;
      s.actor = leadingClauseSubject(s.layer, s.trigger.token);
      return s.actor !== null;
    },
  },
  {
    name: 'relative-subject', alternation: 'relative', fills: ['actor'],
    example: 'Shares of Hostsund Marine rose after Tashric Freight, which will buy its depot network for $640 million, confirmed the terms.', expect: { parties: ['Tashric Freight', 'Hostsund Marine'] },
    reason: 'in ", which will buy ...," the relative pronoun is the subject: the name the clause hangs on does the action',
    apply(s) {
      if (s.actor) return false;
      const clause = s.layer.clauseAt(s.trigger.token);
      if (clause?.relation !== 'relative' || clause.pronoun === undefined || !/^(which|who)$/.test(s.layer.token(clause.pronoun)!.norm)) return false;
      if (s.layer.owner[clause.pronoun + 1]) return false;
      const head = s.layer.owner[clause.pronoun - 1];
      if (!s.layer.usable(head) || head.possessive) return false;
      s.actor = head;
      return true;
    },
  },
  {
    name: 'subject', alternation: 'active', fills: ['actor'],
    example: 'Hostsund Marine will lease six cranes to Tashric Freight for $640 million.', expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: 'the nearest name before the verb that no preposition or other verb governs is its subject',
    apply(s) {
      if (s.actor) return false;
      const found = (s.subjectSearch ??= nearestSubject(s.layer, s.trigger.token));
      if (!found.mention || found.byPossessor) return false;
      s.actor = found.mention;
      s.passedOver = found.passed;
      // ("Skyreach walks away from Marcato tower deal": a name just before a nominal action names its other side.)
      const before = isNoun(s) ? nameJustBefore(s.layer, s.trigger.token) : undefined;
      if (before && before.kind === 'name' && !before.possessive && differs(before, s.actor)) s.namedModifier = before;
      return true;
    },
  },
  {
    name: 'subject-possessor', alternation: 'active', fills: ['actor'],
    example: "Most of Tashric Freight's depots are being leased by Hostsund Marine for $640 million.", expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: 'with no bare name before the verb, the owner of its subject stands in',
    apply(s) {
      if (s.actor) return false;
      const found = (s.subjectSearch ??= nearestSubject(s.layer, s.trigger.token));
      if (!found.mention) return false;
      s.actor = found.mention;
      s.passedOver = found.passed;
      return true;
    },
  },
  {
    name: 'subject-of-led-deal', alternation: 'nominal', fills: ['counterparty'],
    example: 'Tashric Freight closed a $640 million growth round led by Hostsund Marine, with participation from Orrel Capital.', expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: 'a deal noun whose giver a "by" after it names ("a round led by X") is the deal of the subject that announced, closed or took it',
    apply(s) {
      if (s.counterparty || !s.actor || !isNoun(s) || s.actor.first < s.trigger.token) return false;
      // (A participle between: "a round led by X", "a loan provided by X"; not "taken on charter by X", a passive's agent.)
      const participle = s.layer.token(s.actor.first - 2);
      if (s.layer.token(s.actor.first - 1)?.norm !== 'by' || s.actor.first - 2 <= s.trigger.token || !participle?.tags.has('PastTense')) return false;
      const found = (s.subjectSearch ??= nearestSubject(s.layer, s.trigger.token));
      if (!found.mention || found.byPossessor || !differs(found.mention, s.actor)) return false;
      s.counterparty = found.mention;
      return true;
    },
  },
  {
    name: 'from-reverses', alternation: 'converse', fills: ['counterparty', 'direction'],
    example: 'Tashric Freight will rent six cranes from Hostsund Marine for $640 million.', expect: { parties: ['Tashric Freight', 'Hostsund Marine'] },
    reason: 'rent, lease or license "from" X: X gives and the subject receives',
    apply(s) {
      if (!s.trigger.word.fromReverses) return false;
      const from = findOtherSide(s.layer, s.trigger.token, s.end, ['from']);
      if (!from || from.marker !== 'from') return false;
      s.counterparty = from.mention;
      s.direction = 'reverse';
      return true;
    },
  },
  {
    name: 'passive', alternation: 'passive', fills: ['actor', 'counterparty', 'direction'],
    example: 'Six cranes are being leased to Tashric Freight by Hostsund Marine for $640 million.', expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: 'in the passive the "by" phrase does the action and the subject receives it; overrides the subject rules. "rented by X" makes X the renter unless a "to" phrase names the recipient',
    apply(s) {
      if (!s.trigger.passive) return false;
      const agent = findOtherSide(s.layer, s.trigger.token, s.end, ['by']);
      const mention = agent?.marker === 'by' ? agent.mention : agentAfterAside(s.layer, s.end);
      if (!mention) return false;
      s.counterparty = s.actor;
      s.actor = mention;
      // "rented by X" makes X the renter; "leased to Y by X" keeps X the lessor.
      const recipient = s.layer.tokens.slice(s.trigger.token + 1, s.end + 1).some((t) => t.norm === 'to');
      if (s.trigger.word.fromReverses && !recipient) s.direction = 'reverse';
      return true;
    },
  },
  {
    name: 'between', alternation: 'nominal', fills: ['actor', 'counterparty'],
    example: 'The supply agreement between Hostsund Marine and Tashric Freight is worth $640 million.', expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: '"between X and Y" after a nominal action names both sides; overrides a possessor',
    apply(s) {
      if (s.counterparty || !isNoun(s)) return false;
      const pair = betweenPair(s.layer, s.trigger.token, s.end);
      if (!pair) return false;
      [s.actor, s.counterparty] = pair;
      return true;
    },
  },
  {
    name: 'marked', alternation: 'active', fills: ['counterparty'],
    example: 'Hostsund Marine will lease six cranes to Tashric Freight for $640 million.', expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: "the other side is the party its frame's preposition marks (lease to, invest in, rent from), in the frame's order",
    apply(s) {
      if (s.counterparty) return false;
      const markers = markersOf(s);
      const marked = findOtherSide(s.layer, s.trigger.token, s.end, markers, markers.includes('object'), s.actor);
      // ("took a lease of twelve years with Evenmoor Council for the Old Wool Hall": a deal noun's "with" that comes first
      // names the other side; the "for" after it says what the deal is for. `with-nominal` reads it.)
      const withSide = isNoun(s) && marked && marked.marker !== 'with' ? findOtherSide(s.layer, s.trigger.token, s.end, ['with'], false, s.actor) : null;
      if (withSide && marked && withSide.mention.first < marked.mention.first) return false;
      // ("a round led by Harnvik, with participation from Brodwick": a co-investor stands on the lead's side.)
      if (marked && s.actor && coPartyBefore(s.layer, marked.mention.first)) return false;
      s.counterparty = marked?.mention ?? null;
      return s.counterparty !== null;
    },
  },
  {
    name: 'with-nominal', alternation: 'nominal', fills: ['counterparty', 'direction'],
    example: 'Hostsund Marine signed a 15-year loan with Tashric Freight.', expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: 'a deal noun of any kind is made "with" its other side; the words do not say which side gives',
    apply(s) {
      if (s.counterparty || !isNoun(s)) return false;
      s.counterparty = findOtherSide(s.layer, s.trigger.token, s.end, ['with'], false, s.actor)?.mention ?? null;
      if (s.counterparty) s.direction = 'none';
      return s.counterparty !== null;
    },
  },
  {
    name: 'granted-to', alternation: 'nominal', fills: ['counterparty', 'direction'],
    example: "Hostsund Marine's 30-year concession of the quay to Tashric Freight was signed.", expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: 'a deal noun its holder names ("a concession from X") is granted by its owner when a "to" phrase names the holder',
    apply(s) {
      if (s.counterparty || !isNoun(s) || s.direction !== 'reverse') return false;
      s.counterparty = findOtherSide(s.layer, s.trigger.token, s.end, ['to'], false, s.actor)?.mention ?? null;
      if (s.counterparty) s.direction = 'forward';
      return s.counterparty !== null;
    },
  },
  {
    name: 'named-modifier', alternation: 'nominal', fills: ['counterparty'],
    example: "Hostsund Marine's Tashric supply contract is worth $640 million.", expect: { parties: ['Hostsund Marine', 'Tashric'] },
    reason: 'a name between the owner and a nominal action says whom the deal is with',
    apply(s) {
      if (s.counterparty || !s.namedModifier) return false;
      s.counterparty = s.namedModifier;
      return true;
    },
  },
  {
    name: 'gainer-of-possessed', alternation: 'nominal', fills: ['counterparty'],
    example: "Tashric Freight won Hostsund Marine's $640 million crane contract.", expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: 'a firm that wins, lands, secures or takes a deal another firm owns ("won Hostsund\'s contract") is its other side',
    apply(s) {
      if (s.counterparty || !isNoun(s) || !s.actor?.possessive) return false;
      const verb = s.actor.first - 1;
      if (!GAINING_VERBS.has(s.layer.token(verb)?.norm ?? '')) return false;
      const subject = s.layer.owner[pastAuxiliaries(s.layer.tokens, verb - 1)];
      if (!subject || !s.layer.usable(subject) || subject.possessive || !differs(subject, s.actor)) return false;
      s.counterparty = subject;
      return true;
    },
  },
  {
    name: 'owner-of-sold', alternation: 'nominal', fills: ['actor', 'counterparty'],
    example: "Hostsund Marine and Tashric Freight ended talks on the sale of Tashric Freight's depots.", expect: { parties: ['Tashric Freight', 'Hostsund Marine'] },
    reason: 'in "the sale of X\'s depots" X owns what is sold, so X sells and the other named side buys',
    apply(s) {
      const at = s.trigger.token;
      if (s.counterparty || !s.actor || !isNoun(s) || s.frame !== 'sale' || s.direction !== 'forward' || s.layer.token(at + 1)?.norm !== 'of') return false;
      const owner = s.layer.owner[at + 2];
      if (!owner || !owner.possessive || owner.kind !== 'name' || !s.layer.usable(owner)) return false;
      // ("Hostsund and Tashric Freight ended talks on the sale of Tashric's depots": when the owner is a subject,
      // short name or long, the subject's partner buys.)
      const partner = pairedWith(s.layer, s.actor);
      const owns = (m: Mention) => !differs(owner, m) || sameFirm(owner.name, m.name);
      if (owns(s.actor) || (partner && owns(partner))) {
        if (!partner) return false;
        [s.actor, s.counterparty] = owns(s.actor) ? [s.actor, partner] : [partner, s.actor];
        return true;
      }
      [s.actor, s.counterparty] = [owner, s.actor];
      return true;
    },
  },
  {
    name: 'direct-object', alternation: 'dative', fills: ['counterparty'],
    example: 'Hostsund Marine will sell Tashric Freight all of its output for $640 million.', expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: 'the first name after the verb that no other preposition claims is its object ("pay X", "sell X all of its output")',
    apply(s) {
      if (s.counterparty) return false;
      const object = directObject(s.layer, s.trigger.token, s.end, s.actor);
      if (!object || !differs(object, s.actor) || (s.actor && coPartyBefore(s.layer, object.first))) return false;
      // ("Tarvo sold the Tarvo Star to Siskin": a thing named after its owner is what the owner
      // deals in; the name "to" marks after it is the other side.)
      const ownNamed = s.actor !== null && object.name.split(' ')[0] === s.actor.name.split(' ')[0] && object.name !== s.actor.name;
      // (Past an aside that describes the thing: "the Tarvo Star, an old bulker, to Siskin".)
      const reach = /,\s*$/.test(s.layer.token(object.last)!.post) ? s.layer.tokens.length - 1 : s.end;
      const marked = ownNamed ? findOtherSide(s.layer, object.last, reach, ['to'], false, s.actor) : null;
      s.counterparty = marked?.marker === 'to' ? marked.mention : object;
      return true;
    },
  },
  {
    name: 'relative-object', alternation: 'relative', fills: ['counterparty'],
    example: 'Pellion, which Hostsund Marine agreed to buy for $640 million, rose 9%.', expect: { parties: ['Hostsund Marine', 'Pellion'] },
    reason: 'in ", which X agreed to buy," the name the relative clause hangs on is the object',
    apply(s) {
      if (s.counterparty || !s.actor) return false;
      const clause = s.layer.clauseAt(s.trigger.token);
      if (clause?.relation !== 'relative' || clause.pronoun === undefined || s.layer.owner[clause.pronoun + 1] !== s.actor) return false;
      const head = s.layer.owner[clause.pronoun - 1];
      if (!s.layer.usable(head) || !differs(head, s.actor)) return false;
      s.counterparty = head;
      return true;
    },
  },
  {
    name: 'chosen-by', alternation: 'passive', fills: ['counterparty'],
    example: 'Tashric Freight was picked by Hostsund Marine to supply 40 cranes for $640 million.', expect: { parties: ['Tashric Freight', 'Hostsund Marine'] },
    reason: 'in "X was selected by Y to supply ...", the one who chose X is the other side of what X is chosen to do',
    apply(s) {
      if (s.counterparty || !s.actor || s.layer.token(s.trigger.token - 1)?.norm !== 'to') return false;
      const chooser = s.layer.owner[s.trigger.token - 2];
      if (!chooser || !s.layer.usable(chooser) || !differs(chooser, s.actor)) return false;
      if (s.layer.token(chooser.first - 1)?.norm !== 'by' || !CHOOSING_PARTICIPLES.has(s.layer.token(chooser.first - 2)?.norm ?? '')) return false;
      s.counterparty = chooser;
      return true;
    },
  },
  {
    name: 'clause-object', alternation: 'nominal', fills: ['counterparty'],
    example: 'Tashric Freight now has 40 Hostsund cranes on order, worth $640 million.', expect: { parties: ['Tashric Freight', 'Hostsund'] },
    reason: "a nominal action with no marked other side takes the other name of its clause that the subject search passed",
    apply(s) {
      if (s.counterparty || !isNoun(s) || !s.actor) return false;
      const start = clauseStart(s.layer, s.trigger.token);
      const other = (s.passedOver ?? []).find((m) => m !== s.actor && differs(m, s.actor) && m.first >= start && !inAppositiveOf(s.layer.tokens, s.actor!, m) && !inRegion(s.layer.tokens, m));
      if (!other) return false;
      s.counterparty = other;
      return true;
    },
  },
  {
    name: 'pair-subject', alternation: 'coordination', fills: ['actor', 'counterparty'],
    example: 'Hostsund Marine and Tashric Freight signed a $640 million agreement.', expect: { parties: ['Hostsund Marine', 'Tashric Freight'] },
    reason: 'two names joined by "and" as the subject are the two sides, in the order written',
    apply(s) {
      if (s.counterparty || !s.actor) return false;
      const pair = pairedWith(s.layer, s.actor);
      if (!pair) return false;
      const actorFirst = s.actor.first < pair.first;
      [s.actor, s.counterparty] = actorFirst ? [s.actor, pair] : [pair, s.actor];
      return true;
    },
  },
  {
    name: 'main-clause-object', alternation: 'participial', fills: ['counterparty'],
    example: "Tashric Freight held on to Hostsund Marine's cranes, paying $640 million.", expect: { parties: ['Tashric Freight', 'Hostsund Marine'] },
    reason: 'a trailing participle takes as its other side the name its main clause was about',
    apply(s) {
      const { layer, trigger } = s;
      const at = trigger.token;
      const participle = trigger.pos === 'verb' && /ing$/.test(layer.token(at)!.norm) && layer.token(at - 1)?.post.includes(',');
      if (s.counterparty || !s.actor || !participle) return false;
      for (let k = at - 1; k >= 0; k--) {
        const m = layer.owner[k];
        if (m && layer.usable(m) && differs(m, s.actor)) {
          s.counterparty = m;
          return true;
        }
      }
      return false;
    },
  },
];

/** Reads actor, counterparty, frame and direction for one trigger by running `ROLE_RULES` in order. */
export function readRoles(sentence: Sentence, mentions: readonly Mention[], trigger: Trigger, layer = new ClauseLayer(sentence, mentions)): Roles {
  const at = trigger.token;
  const end = clauseEnd(layer, at);
  const state: RoleState = {
    layer, trigger, end, frame: trigger.word.frame, direction: trigger.word.direction,
    actor: null, counterparty: null, namedModifier: null, passedOver: undefined,
  };
  const fired: string[] = [];
  for (const rule of ROLE_RULES) {
    if (rule.apply(state)) fired.push(rule.name);
    if (state.actor && state.counterparty === state.actor) state.counterparty = null;
  }
  if (state.actor?.kind === 'plural-pronoun' && !state.counterparty) fired.push('plural-subject');
  const roles: Roles = {
    actor: state.actor,
    counterparty: state.counterparty,
    frame: state.frame,
    type: FRAMES[state.frame].type,
    direction: state.direction,
    exclusive: isExclusive(layer.tokens, at, end),
    clause: { first: clauseStart(layer, at), last: end },
    fired,
  };
  if (state.dealNounAt !== undefined) roles.dealNounAt = state.dealNounAt;
  return roles;
}
