import type { Sentence, Token } from '../text/document.js';
import type { Mention } from './mentions.js';
import type { Trigger } from './actions.js';
import type { Direction } from '../lexicon/actions.js';
import { EQUITY_NOUNS, NOMINAL_ACTION_FORMS } from '../lexicon/actions.js';
import type { ActionType } from '../schema/claim.js';
import { EXCLUSIVE_WORDS, PREPOSITIONS, RELATIONAL_NOUNS } from '../lexicon/words.js';

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

/** "By providing compute to Anthropic, he ...": a clause whose subject comes after it. */
const LEADING_SUBORDINATORS = new Set(['by', 'after', 'while', 'through', 'before', 'since', 'following', 'when', 'upon', 'in']);
/** Verbs whose object is a clause, so a name after them may still be a subject: "denied that SpaceX ...". */
const CLAUSE_VERBS = new Set([
  'said', 'says', 'say', 'announced', 'announces', 'confirmed', 'confirms', 'denied', 'denies', 'deny', 'reported',
  'reports', 'noted', 'believes', 'claimed', 'claims', 'told', 'added', 'argued', 'expects', 'revealed', 'disclosed',
  'stated', 'insisted', 'suggested', 'hinted', 'signaled', 'signalled', 'indicated', 'think', 'thinks', 'that',
  'saying', 'denying', 'claiming', 'confirming', 'announcing', 'reporting', 'noting', 'adding', 'arguing', 'insisting',
]);
const CLAUSE_BREAKERS = new Set(['which', 'who', 'whom', 'whose', 'while', 'whereas', 'but', 'although', 'though', 'because', 'so', 'that', 'where']);
const NP_SKIPPABLE_TAGS = ['Determiner', 'Adjective', 'Value', 'Adverb'];

/** Preferred role-marking prepositions for the other side, by action type and direction. */
function markersFor(type: ActionType, direction: Direction): string[] {
  if (type === 'supply') return direction === 'reverse' ? ['from', 'with', 'on', 'for'] : ['to', 'for'];
  if (type === 'invest') return direction === 'reverse' ? ['from', 'to'] : ['in', 'into'];
  if (type === 'acquire') return direction === 'reverse' ? ['to', 'by'] : ['of'];
  return ['with', 'between', 'to', 'for'];
}

class SentenceView {
  readonly owner: (Mention | undefined)[];
  constructor(readonly sentence: Sentence, readonly mentions: readonly Mention[]) {
    this.owner = sentence.tokens.map(() => undefined);
    for (const m of mentions) for (let i = m.first; i <= m.last; i++) this.owner[i] = m;
  }
  get tokens(): readonly Token[] {
    return this.sentence.tokens;
  }
  token(i: number): Token | undefined {
    return this.sentence.tokens[i];
  }
  /** A mention that stands for a party: a name, or a pronoun that was resolved. */
  usable(m: Mention | undefined): m is Mention {
    return m !== undefined && (m.kind === 'name' || (m.refersTo?.length ?? 0) > 0);
  }
  brokenAfter(i: number): boolean {
    return /[;:\u2014]|\s-\s/.test(this.token(i)?.post ?? '');
  }
}

/** Whether the mention at `k` is followed by its own verb: "..., he is leveraging", "..., Elon's xAI generates". */
function startsClause(view: SentenceView, k: number): boolean {
  let m = view.owner[k];
  if (!m) return false;
  while (m.possessive && view.owner[m.last + 1]) m = view.owner[m.last + 1]!;
  let next = m.last + 1;
  if (view.token(next)?.parenthetical) while (view.token(next)?.parenthetical) next++;
  const token = view.token(next);
  if (!token) return false;
  if (token.tags.has('Gerund') && !view.token(next - 1)?.tags.has('Copula')) return false;
  return token.tags.has('Verb') || token.tags.has('Auxiliary') || token.tags.has('Modal') || token.tags.has('Adverb') && (view.token(next + 1)?.tags.has('Verb') ?? false);
}

/** Last token of the clause that starts right after `from`. */
function clauseEnd(view: SentenceView, from: number): number {
  const { tokens } = view;
  for (let k = from + 1; k < tokens.length; k++) {
    const prev = tokens[k - 1]!;
    const token = tokens[k]!;
    if (view.brokenAfter(k - 1)) return k - 1;
    if (CLAUSE_BREAKERS.has(token.norm) && !(token.norm === 'that' && !prev.post.includes(','))) return k - 1;
    if (prev.post.includes(',')) {
      const listItem = token.tags.has('Noun') && !token.tags.has('Pronoun') && !token.tags.has('Verb');
      const continues = view.owner[k] !== undefined || PREPOSITIONS.has(token.norm) || token.tags.has('Value') || token.text.startsWith('$') || listItem;
      if (!continues || startsClause(view, k)) return k - 1;
    }
    if (token.norm === 'and') {
      const next = tokens[k + 1];
      const after = tokens[k + 2];
      // "and leasing his data center": a second verb phrase; "storage and networking to Meta": a list.
      const verbPhrase = next !== undefined && next.tags.has('Verb') && (!next.tags.has('Gerund') || !after || after.tags.has('Determiner') || after.possessive || view.owner[k + 2] !== undefined);
      if (verbPhrase || (next?.tags.has('Adverb') && after?.tags.has('Verb'))) return k - 1;
    }
  }
  return tokens.length - 1;
}

/** "Greek developer Terna Energy", "Dutch chipmaker ASML": a descriptive word, a noun, then the name itself. */
function appositiveName(view: SentenceView, m: Mention, end: number): Mention | null {
  if (m.last !== m.first || !view.token(m.first)!.tags.has('Adjective')) return null;
  let k = m.last + 1;
  while (k <= end && k <= m.last + 3 && !view.owner[k] && view.token(k)!.tags.has('Noun') && !/[,;:]/.test(view.token(k - 1)!.post)) k++;
  const next = view.owner[k];
  return k > m.last + 1 && next && next.kind === 'name' ? next : null;
}

/**
 * The party an NP starting at `from` stands for: "rival Anthropic" -> Anthropic,
 * "OpenAI's rival, Anthropic" -> Anthropic, "SpaceX's data centers" -> SpaceX.
 */
function npParty(view: SentenceView, from: number, end: number): Mention | null {
  for (let k = from; k <= end; k++) {
    const token = view.token(k)!;
    const m = view.owner[k];
    if (m) {
      if (!view.usable(m)) return null;
      if (!m.possessive) return appositiveName(view, m, end) ?? m;
      const named = view.owner[m.last + 1];
      if (named) {
        // "Alphabet's Google" names Google; "SpaceX's Colossus data centers" names SpaceX's thing.
        const after = view.token(named.last + 1);
        const modifiesNoun = after !== undefined && !/[,;:]/.test(view.token(named.last)!.post) && !view.owner[named.last + 1] && after.norm !== 'worth'
          && (NOMINAL_ACTION_FORMS.has(after.norm) || (after.tags.has('Noun') && !after.tags.has('Pronoun')));
        return modifiesNoun ? m : named;
      }
      let after = m.last + 1;
      while (after <= end && view.token(after) && !view.owner[after] && !view.token(after - 1)!.post.includes(',')) after++;
      const relational = view.tokens.slice(m.last + 1, after).some((t) => RELATIONAL_NOUNS.has(t.norm));
      if (!relational) return m;
      const appositive = view.owner[after];
      return appositive && view.usable(appositive) && !appositive.possessive ? appositive : null;
    }
    if (k > from && /^(like|including)$/.test(token.norm) && view.token(k - 1)!.tags.has('Noun')) continue;
    if (k > from && token.norm === 'such' && view.token(k + 1)?.norm === 'as') {
      k++;
      continue;
    }
    if (k > from && (PREPOSITIONS.has(token.norm) || token.tags.has('Verb'))) return null;
    if (!(NP_SKIPPABLE_TAGS.some((tag) => token.tags.has(tag)) || token.tags.has('Noun'))) return null;
    if (view.token(k)!.post.includes(',') && !view.owner[k + 1]) return null;
  }
  return null;
}

/** The direct object: the first name after the action that no other preposition claims ("pay SpaceX"). */
function directObject(view: SentenceView, trigger: number, end: number, exclude: Mention | null): Mention | null {
  for (let k = trigger + 1; k <= end; k++) {
    const m = view.owner[k];
    if (!m) continue;
    const prev = view.token(m.first - 1);
    const blocked = prev && PREPOSITIONS.has(prev.norm) && !/^(of|like|including)$/.test(prev.norm) && m.first - 1 > trigger;
    if (!blocked) {
      const party = npParty(view, m.first, end);
      if (party && (!exclude || referent(party) !== referent(exclude))) return party;
    }
    k = m.last;
  }
  return null;
}

const referent = (m: Mention): string => (m.kind === 'name' ? m.name : m.refersTo?.[0]?.name ?? m.name);

/**
 * The other side, marked by a preposition ("to Anthropic") or as the direct object; `object` in `markers`
 * says where the direct object ranks ("pay SpaceX ... for access to Colossus": object before "to").
 * Never the actor itself (`exclude`).
 */
function findOtherSide(view: SentenceView, trigger: number, end: number, markers: readonly string[], withObject = true, exclude: Mention | null = null): { mention: Mention; marker: string } | null {
  const ok = (m: Mention | null): m is Mention => m !== null && (!exclude || referent(m) !== referent(exclude));
  for (const marker of [...markers, ...(markers.includes('object') || !withObject ? [] : ['object'])]) {
    if (marker === 'object') {
      const object = directObject(view, trigger, end, exclude);
      if (ok(object)) return { mention: object, marker };
      continue;
    }
    // The recipient comes last: "awarded the rights to the World Cup to Fox Sports".
    const places = [];
    for (let k = trigger + 1; k <= end; k++) if (view.token(k)!.norm === marker && !view.owner[k]) places.push(k);
    if (marker === 'to') places.reverse();
    for (const k of places) {
      const party = npParty(view, k + 1, end);
      if (ok(party)) return { mention: party, marker };
    }
  }
  return null;
}

/** The subject: nearest name to the left that is not a prepositional or verbal object, nor a modifier. */
function findSubject(view: SentenceView, trigger: number): { mention: Mention; rule: string; passed?: Mention[] } | null {
  const { tokens } = view;
  // "for Anthropic to use SpaceX's data centers"
  const to = tokens[trigger - 1];
  const candidate = view.owner[trigger - 2];
  if (to?.norm === 'to' && candidate && view.usable(candidate) && tokens[candidate.first - 1]?.norm === 'for') {
    return { mention: candidate, rule: 'for-x-to-verb' };
  }
  // "By leasing its data center to Anthropic, Elon's xAI generates ..."
  const lead = tokens[trigger - 1];
  if (lead && LEADING_SUBORDINATORS.has(lead.norm) && trigger - 1 === 0) {
    for (let k = trigger + 1; k < tokens.length; k++) {
      if (!tokens[k - 1]!.post.includes(',') || !startsClause(view, k)) continue;
      let m = view.owner[k]!;
      while (m.possessive && view.owner[m.last + 1]) m = view.owner[m.last + 1]!;
      return view.usable(m) ? { mention: m, rule: 'subject-after-leading-clause' } : null;
    }
    return null;
  }
  let possessor: Mention | null = null;
  const passed: Mention[] = [];
  const found = (mention: Mention, rule: string) => ({ mention, rule, passed });
  for (let k = trigger - 1; k >= 0; k--) {
    const m = view.owner[k];
    if (!m) continue;
    k = m.first;
    if (view.token(m.first)!.parenthetical) continue;
    const prev = tokens[m.first - 1];
    if (m.possessive) {
      if (!possessor && view.usable(m) && !(prev && PREPOSITIONS.has(prev.norm) && prev.norm !== 'of')) possessor = m;
      if (view.usable(m)) passed.push(m);
      continue;
    }
    // "its Taylor, Texas fab": names inside another noun phrase ("Musk's SpaceX" is the name itself).
    const insideNounPhrase = m.kind === 'name' && prev !== undefined
      && ((prev.possessive && view.owner[m.first - 1]?.kind !== 'name') || (prev.post.includes(',') && view.owner[m.first - 1]?.kind === 'name' && !startsClause(view, m.first)));
    const skip = (prev && PREPOSITIONS.has(prev.norm)) || objectOfVerb(view, m) || insideNounPhrase;
    if (skip || !view.usable(m)) {
      if (view.usable(m) && !insideNounPhrase) passed.push(m);
      continue;
    }
    return found(m, 'subject');
  }
  // "Most of Pinterest's infrastructure is being hosted by AWS": the possessor stands in.
  return possessor ? found(possessor, 'subject-possessor') : null;
}

/** "has 150 Boeing aircraft", "is taking 40 more Airbus jets": a name in the object of another verb. */
function objectOfVerb(view: SentenceView, m: Mention): boolean {
  let k = m.first - 1;
  while (k >= 0 && !view.owner[k] && view.token(k)!.norm !== 'that' && (view.token(k)!.tags.has('Value') || view.token(k)!.tags.has('Determiner') || view.token(k)!.tags.has('Adjective') || /^(more|less|fewer|another)$/.test(view.token(k)!.norm))) k--;
  const verb = view.token(k);
  return verb !== undefined && !view.owner[k] && verb.tags.has('Verb') && !verb.tags.has('Auxiliary') && !verb.tags.has('Copula') && !CLAUSE_VERBS.has(verb.norm);
}

/** "the agreement between Qatar Airways and Lufthansa Technik". */
function betweenPair(view: SentenceView, trigger: number, end: number): [Mention, Mention] | null {
  for (let k = trigger + 1; k <= Math.min(end, trigger + 4); k++) {
    if (view.token(k)!.norm !== 'between') continue;
    const first = view.owner[k + 1];
    if (!first || !view.usable(first)) return null;
    const and = view.token(first.last + 1);
    const second = view.owner[first.last + 2];
    return and?.norm === 'and' && second && view.usable(second) ? [first, second] : null;
  }
  return null;
}

/** "OpenAI and Broadcom will deploy": the name joined to the subject by "and". */
function pairedWith(view: SentenceView, subject: Mention): Mention | null {
  const and = view.token(subject.first - 1);
  const other = view.owner[subject.first - 2];
  if (and?.norm === 'and' && other && view.usable(other) && !other.possessive) return other;
  const after = view.token(subject.last + 1);
  const next = view.owner[subject.last + 2];
  if (after?.norm === 'and' && next && view.usable(next) && !next.possessive) return next;
  return null;
}

/** The possessor of a nominal action: "Anthropic's three-year, $45 billion deal", "SpaceX's Colossus lease". */
function possessorOf(view: SentenceView, trigger: number): Mention | null {
  let namedModifier: Mention | null = null;
  for (let k = trigger - 1; k >= Math.max(0, trigger - 9); k--) {
    const token = view.token(k)!;
    const m = view.owner[k];
    if (m) {
      if (m.possessive && view.usable(m)) return m;
      if (m.kind === 'name' && !namedModifier && m.last === trigger - 1) namedModifier = m;
      k = m.first;
      continue;
    }
    const modifier = NP_SKIPPABLE_TAGS.some((tag) => token.tags.has(tag)) || token.tags.has('Noun') || token.text.startsWith('$') || /-/.test(token.text);
    if (!modifier || token.tags.has('Verb') && !token.tags.has('Noun')) break;
    if (token.tags.has('Determiner')) break;
  }
  return namedModifier;
}

function objectIsEquity(view: SentenceView, trigger: number, end: number): boolean {
  return view.tokens.slice(trigger + 1, Math.min(end, trigger + 8) + 1).some((t) => EQUITY_NOUNS.has(t.norm));
}

/** "buy Copenhagen-based Ocuvia Therapeutics", "acquire the startup Wiz": the object is a company. */
function objectIsCompany(view: SentenceView, trigger: number): boolean {
  let k = trigger + 1;
  while (k < trigger + 5 && view.token(k) && !view.owner[k] && (view.token(k)!.tags.has('Determiner') || view.token(k)!.tags.has('Adjective') || /-/.test(view.token(k)!.post) || /^(based|headquartered|listed|owned)$/.test(view.token(k)!.norm))) k++;
  const m = view.owner[k];
  return m !== undefined && m.kind === 'name' && !m.possessive && view.token(m.last + 1)?.norm !== 'with';
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
    if (equity && objectIsEquity(view, at, end)) {
      type = 'invest';
      direction = equity;
    } else if (company && objectIsCompany(view, at) && !view.tokens.slice(at + 1, end + 1).some((t) => t.norm === 'from')) {
      type = 'acquire';
      direction = company;
    }
  }
  let actor: Mention | null = null;
  let rule: string = trigger.pos;
  let namedModifier: Mention | null = null;
  if (trigger.pos === 'noun') {
    actor = possessorOf(view, at);
    if (actor) rule = 'possessor';
    const before = view.owner[at - 1];
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

function findClauseStart(view: SentenceView, trigger: number): number {
  for (let k = trigger - 1; k >= 0; k--) {
    if (view.brokenAfter(k)) return k + 1;
    if (CLAUSE_BREAKERS.has(view.token(k)!.norm) && view.token(k - 1)?.post.includes(',')) return k;
  }
  return 0;
}
