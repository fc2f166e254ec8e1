import type { Sentence } from '../text/document.js';
import type { Mention } from './mentions.js';
import type { Trigger } from './actions.js';
import type { Direction } from '../lexicon/actions.js';
import { EQUITY_NOUNS } from '../lexicon/actions.js';
import type { ActionType } from '../schema/claim.js';
import { COMPANY_NOUNS, EXCLUSIVE_WORDS, PREPOSITIONS } from '../lexicon/words.js';
import type { Token } from '../text/document.js';
import { referent, SentenceView } from './sentence-view.js';
import { clauseEnd, findClauseStart } from './clauses.js';
import { possessorOf } from './noun-phrases.js';
import { betweenPair, findOtherSide, markersFor } from './other-side.js';
import { findSubject, pairedWith } from './subject.js';

/** Who does what to whom, as read from one trigger's sentence. */
export interface Roles {
  actor: Mention | null;
  counterparty: Mention | null;
  type: ActionType;
  direction: Direction;
  exclusive: boolean;
  /** Token range of the trigger's clause, for values, negation and hedges. */
  clause: { first: number; last: number };
  rule: string;
}

/** "a $5bn stake", "$5 billion of Intel stock", "49% of itself": what changes hands is equity. */
function objectIsEquity(view: SentenceView, trigger: number, end: number): boolean {
  const window = view.tokens.slice(trigger + 1, Math.min(end, trigger + 8) + 1);
  const share = window[0] !== undefined && (/%$/.test(window[0].text) || window[1]?.norm === 'percent' || window[1]?.norm === '%');
  return share || window.some((t) => EQUITY_NOUNS.has(t.norm));
}

/** "buy Copenhagen-based Ocuvia Therapeutics", "acquire the startup Wiz": the object is a company. */
function objectIsCompany(view: SentenceView, trigger: number): boolean {
  let k = trigger + 1;
  // "buy frozen-meals maker Coldwater Foods": a lowercase description of the company may stand before its name.
  const describes = (t: Token) => t.tags.has('Determiner') || t.tags.has('Adjective') || /-/.test(t.post) || /^(based|headquartered|listed|owned)$/.test(t.norm)
    || (COMPANY_NOUNS.has(t.norm) && /^[a-z]/.test(t.text));
  while (k < trigger + 6 && view.token(k) && !view.owner[k] && describes(view.token(k)!)) k++;
  const m = view.owner[k];
  if (m === undefined || m.kind !== 'name' || m.possessive) return false;
  // "buy Nvidia chips": the name only says whose chips.
  const after = view.token(m.last + 1);
  // "sell Microsoft all of its output", "sell Tern the plant": the name receives; what is sold comes after it.
  if (after && !view.token(m.last)!.post.includes(',') && (after.tags.has('Determiner') || after.tags.has('Value') || /^(its|their|his|her)$/.test(after.norm))) return false;
  const grammatical = after !== undefined && (PREPOSITIONS.has(after.norm) || ['Determiner', 'Conjunction', 'Adverb', 'Preposition'].some((tag) => after.tags.has(tag)));
  const modifies = after !== undefined && /^[a-z]/.test(after.text) && !grammatical && !view.token(m.last)!.post.trim();
  return !modifies && after?.norm !== 'with';
}

function isExclusive(view: SentenceView, trigger: number, end: number): boolean {
  const window = view.tokens.slice(Math.max(0, trigger - 3), end + 1);
  return window.some((t, k) => {
    if (t.norm === 'all') return /^(of|its|their|the)$/.test(window[k + 1]?.norm ?? '');
    return EXCLUSIVE_WORDS.has(t.norm);
  });
}

/** Reads actor, counterparty and direction for one trigger. */
export function readRoles(sentence: Sentence, mentions: readonly Mention[], trigger: Trigger): Roles {
  const view = new SentenceView(sentence, mentions);
  const at = trigger.token;
  const end = clauseEnd(view, at);
  let type = trigger.word.type;
  let direction = trigger.word.direction;
  if (trigger.word.byObject) {
    const { equity, company } = trigger.word.byObject;
    // The thing bought decides: a company ("acquire Core Scientific in an all-stock deal"), else a stake.
    const boughtCompany = company && (trigger.passive || objectIsCompany(view, at)) && !view.tokens.slice(at + 1, end + 1).some((t) => t.norm === 'from');
    if (boughtCompany) {
      type = 'acquire';
      direction = company;
    } else if (equity && objectIsEquity(view, at, end)) {
      type = 'invest';
      direction = equity;
    }
  }
  let actor: Mention | null = null;
  let rule: string = trigger.pos;
  let namedModifier: Mention | null = null;
  if (trigger.pos === 'noun') {
    actor = possessorOf(view, at);
    if (actor) rule = 'possessor';
    // The name right before the action, or before its lowercase modifiers ("the Samsung-Tesla chip contract").
    let k = at - 1;
    while (k >= 0 && !view.owner[k] && /^[a-z-]+$/.test(view.token(k)!.text) && at - k <= 3) k--;
    const before = view.owner[k];
    if (actor && before && before !== actor && before.kind === 'name' && !before.possessive) namedModifier = before;
    // "the Oracle-OpenAI agreement": two names joined by a hyphen before a nominal action.
    const joined = before ? view.owner[before.first - 1] : undefined;
    if (before && joined && joined.kind === 'name' && view.token(joined.last)!.post === '-' && actor === before) {
      actor = joined;
      namedModifier = before;
    }
  }
  let passedOver: Mention[] | undefined;
  if (!actor) {
    const subject = findSubject(view, at);
    actor = subject?.mention ?? null;
    passedOver = subject?.passed;
    if (subject) rule = subject.rule;
  }
  let counterparty: Mention | null = null;
  if (trigger.word.fromReverses) {
    const from = findOtherSide(view, at, end, ['from']);
    if (from && from.marker === 'from') {
      counterparty = from.mention;
      direction = 'reverse';
    }
  }
  if (trigger.passive) {
    const agent = findOtherSide(view, at, end, ['by']);
    if (agent?.marker === 'by') {
      counterparty = actor;
      actor = agent.mention;
      if (trigger.word.fromReverses) direction = 'reverse';
      rule = 'passive';
    }
  }
  if (!counterparty && trigger.pos === 'noun') {
    const between = betweenPair(view, at, end);
    if (between) {
      actor = between[0];
      counterparty = between[1];
      rule = 'between';
    }
  }
  const markers = type === trigger.word.type && trigger.word.markers ? trigger.word.markers : markersFor(type, direction);
  if (!counterparty) counterparty = findOtherSide(view, at, end, markers, markers.includes('object'), actor)?.mention ?? null;
  // "Netflix's FIFA deal": the name before a nominal action is its other side.
  if (!counterparty && namedModifier) counterparty = namedModifier;
  if (!counterparty) counterparty = findOtherSide(view, at, end, markers, true, actor)?.mention ?? null;
  // "United now has 150 Boeing aircraft on order", "... the components of Qatar Airways' fleet under a contract":
  // a nominal action takes the other name of its clause.
  if (!counterparty && trigger.pos === 'noun' && actor) {
    const other = (passedOver ?? []).find((m) => m !== actor && referent(m) !== referent(actor!) && m.first >= findClauseStart(view, at));
    if (other) {
      counterparty = other;
      rule = `${rule}+clause-object`;
    }
  }
  if (actor && counterparty === actor) counterparty = null;
  if (actor && !counterparty) {
    const pair = pairedWith(view, actor);
    if (pair) {
      counterparty = actor.first < pair.first ? pair : actor;
      actor = actor.first < pair.first ? actor : pair;
      rule = 'pair-subject';
    }
  }
  // "Sky held on to the Premier League's matches, paying £1.2bn a year": a trailing participle's other side
  // is the name its main clause was about.
  const participle = trigger.pos === 'verb' && /ing$/.test(view.token(at)!.norm) && view.token(at - 1)?.post.includes(',');
  if (actor && !counterparty && participle) {
    for (let k = at - 1; k >= 0 && !counterparty; k--) {
      const m = view.owner[k];
      if (m && view.usable(m) && referent(m) !== referent(actor)) counterparty = m;
    }
    if (counterparty) rule = `${rule}+main-clause-object`;
  }
  if (actor?.kind === 'plural-pronoun' && !counterparty) rule = 'plural-subject';
  return { actor, counterparty, type, direction, exclusive: isExclusive(view, at, end), clause: { first: findClauseStart(view, at), last: end }, rule };
}
