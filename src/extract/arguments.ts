import type { Mention } from './mentions.js';
import { isTitleWord, referent, type ClauseLayer } from './clause-layer.js';
import { startsClause } from './clauses.js';
import { npParty, unitOwnerAt } from './phrases.js';
import { PREPOSITIONS } from '../lexicon/words.js';
import { ACTION_LEMMAS } from '../lexicon/actions.js';

/**
 * The arguments of an action reached through the clause layer: its subject, its direct object, the party a
 * preposition marks, a "between X and Y" pair, a name coordinated with the subject. The role rules
 * (`role-rules.ts`) decide which of these fills which role.
 */
/** "By providing compute to Anthropic, he ...": a clause whose subject comes after it. */
export const LEADING_SUBORDINATORS = new Set(['by', 'after', 'while', 'through', 'before', 'since', 'following', 'when', 'upon', 'in']);

/** Verbs whose object is a clause, so a name after them may still be a subject: "denied that SpaceX ...". */
export const CLAUSE_VERBS = new Set([
  'said', 'says', 'say', 'announced', 'announces', 'confirmed', 'confirms', 'denied', 'denies', 'deny', 'reported',
  'reports', 'noted', 'believes', 'claimed', 'claims', 'told', 'added', 'argued', 'expects', 'revealed', 'disclosed',
  'stated', 'insisted', 'suggested', 'hinted', 'signaled', 'signalled', 'indicated', 'think', 'thinks', 'that',
  'saying', 'denying', 'claiming', 'confirming', 'announcing', 'reporting', 'noting', 'adding', 'arguing', 'insisting',
]);

/** "for Anthropic to use SpaceX's data centers": the name between "for" and "to" does the verb. */
export function forToSubject(layer: ClauseLayer, trigger: number): Mention | null {
  const candidate = layer.owner[trigger - 2];
  const ok = layer.token(trigger - 1)?.norm === 'to' && candidate && layer.usable(candidate) && layer.token(candidate.first - 1)?.norm === 'for';
  return ok ? candidate : null;
}

/** Whether the action opens the sentence after a subordinator: "By leasing its data center to Anthropic, ...". */
export function opensLeadingClause(layer: ClauseLayer, trigger: number): boolean {
  return trigger === 1 && LEADING_SUBORDINATORS.has(layer.token(0)!.norm);
}

/** "By leasing its data center to Anthropic, Elon's xAI generates ...": the subject of the clause after the comma. */
export function leadingClauseSubject(layer: ClauseLayer, trigger: number): Mention | null {
  const { tokens } = layer;
  for (let k = trigger + 1; k < tokens.length; k++) {
    if (!tokens[k - 1]!.post.includes(',') || !startsClause(layer, k)) continue;
    let m = layer.owner[k]!;
    while (m.possessive && layer.owner[m.last + 1]) m = layer.owner[m.last + 1]!;
    return layer.usable(m) ? m : null;
  }
  return null;
}

/** The subject found by `nearestSubject`, the names it passed over on the way, and whether only a possessor stood. */
export interface SubjectSearch {
  mention: Mention | null;
  byPossessor: boolean;
  passed: Mention[];
}

/**
 * The nearest name to the left that is not a prepositional or verbal object, nor a modifier; failing that, a
 * possessor ("Most of Pinterest's infrastructure is being hosted by AWS").
 */
export function nearestSubject(layer: ClauseLayer, trigger: number): SubjectSearch {
  const { tokens } = layer;
  let possessor: Mention | null = null;
  const passed: Mention[] = [];
  for (let k = trigger - 1; k >= 0; k--) {
    const m = layer.owner[k];
    if (!m) continue;
    k = m.first;
    if (layer.token(m.first)!.parenthetical) continue;
    const prev = tokens[m.first - 1];
    if (m.possessive) {
      if (!possessor && layer.usable(m) && !(prev && PREPOSITIONS.has(prev.norm) && prev.norm !== 'of')) possessor = m;
      if (layer.usable(m)) passed.push(m);
      continue;
    }
    // "its Taylor, Texas fab": names inside another noun phrase ("Musk's SpaceX" is the name itself).
    const insideNounPhrase = m.kind === 'name' && prev !== undefined
      && ((prev.possessive && layer.owner[m.first - 1]?.kind !== 'name') || (prev.post.includes(',') && layer.owner[m.first - 1]?.kind === 'name' && !startsClause(layer, m.first)));
    // "a Samsung affiliate", "the Microsoft contract": a name modifying a noun after an article.
    const after = layer.token(m.last + 1);
    const modifier = m.kind === 'name' && prev?.tags.has('Determiner') === true && after !== undefined && /^[a-z]/.test(after.text) && after.tags.has('Noun') && !after.tags.has('Verb');
    // "Tesketh chief executive Odile Fovham told ...", "Vustrin chairman Ilse Brandt": a firm naming whose officer speaks.
    const affiliation = m.kind === 'name' && after !== undefined && /^[a-z]/.test(after.text) && isTitleWord(after.norm);
    const skip = governedByPreposition(layer, m) || objectOfVerb(layer, m) || insideNounPhrase || modifier || affiliation
      || accompanies(layer, m) || joinedToGoverned(layer, m);
    if (skip || !layer.usable(m)) {
      if (layer.usable(m) && !insideNounPhrase && !affiliation) passed.push(m);
      continue;
    }
    return { mention: m, byPossessor: false, passed };
  }
  return { mention: possessor, byPossessor: possessor !== null, passed };
}

/** "of Delacourt", "to Dublin-based lessor Bittern": a name a preposition governs, right before it or past its description. */
function governedByPreposition(layer: ClauseLayer, m: Mention): boolean {
  const prev = layer.token(m.first - 1);
  return (prev !== undefined && PREPOSITIONS.has(prev.norm) && !opensClauseOf(layer, prev, m)) || describedAfterPreposition(layer, m);
}

/** Words that are prepositions before a noun and conjunctions before a clause: "after Siskin" and "after Siskin paid". */
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'till', 'as']);

/** "after Harlow Bio paid $1.2bn": a name right before a verb is the subject of the clause the word opens. */
function opensClauseOf(layer: ClauseLayer, word: { norm: string }, m: Mention): boolean {
  const verb = layer.token(m.last + 1);
  // (A description, "after the magnet maker agreed", is left to the reading it had: which firm it stands for is less sure.)
  return SUBORDINATORS.has(word.norm) && m.kind === 'name' && !m.possessive && verb !== undefined && /^\s+$/.test(layer.token(m.last)!.post)
    && (verb.tags.has('Modal') || (verb.tags.has('Verb') && !verb.tags.has('Gerund') && !verb.tags.has('Noun')));
}

/**
 * "Fieldhaven, the joint venture of broadcaster Delacourt and streaming service Plumeline, has acquired ...": a name
 * joined by "and" to one a preposition governs is governed with it, past its own describing words.
 */
function joinedToGoverned(layer: ClauseLayer, m: Mention): boolean {
  for (let k = m.first - 1; k >= Math.max(1, m.first - 4); k--) {
    const t = layer.token(k)!;
    if (/[,;:]/.test(t.post) || layer.owner[k]) return false;
    if (t.norm === 'and' || t.norm === '&' || t.norm === 'or') {
      const before = layer.owner[k - 1];
      return before !== undefined && before !== m && governedByPreposition(layer, before);
    }
    if (!/^[a-z]/.test(t.text) || !(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Gerund'))) return false;
  }
  return false;
}

/** Words that open an aside naming who comes along: "Bobmere Capital, together with Abthorpe and Tudash, agreed to buy". */
const ACCOMPANYING = [['together', 'with'], ['along', 'with'], ['alongside'], ['joined', 'by'], ['as', 'well', 'as'], ['in', 'partnership', 'with'], ['plus']];

/** "Bobmere Capital, together with Abthorpe Pension Fund and Tudash Infrastructure, agreed ...": a name in such an aside is no subject. */
function accompanies(layer: ClauseLayer, m: Mention): boolean {
  for (let k = m.first - 1; k >= Math.max(1, m.first - 12); k--) {
    if (!/,\s*$/.test(layer.token(k - 1)!.post)) continue;
    return ACCOMPANYING.some((words) => words.every((w, i) => layer.token(k + i)?.norm === w));
  }
  return false;
}

/** "to Dublin-based lessor Bittern", "as budget carrier flyzoya": a name a preposition governs past its description. */
function describedAfterPreposition(layer: ClauseLayer, m: Mention): boolean {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 5); k--) {
    const t = layer.token(k)!;
    if (layer.owner[k] || /[,;:]/.test(t.post)) return false;
    if (PREPOSITIONS.has(t.norm) && layer.token(k - 1)?.post !== '-') return k < m.first - 1;
    const describes = /^[a-z]/.test(t.text) ? t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Determiner') || layer.token(k - 1)?.post === '-' : t.post === '-';
    if (!describes) return false;
  }
  return false;
}

/** "has 150 Boeing aircraft", "is taking 40 more Airbus jets": a name in the object of another verb. */
export function objectOfVerb(layer: ClauseLayer, m: Mention): boolean {
  // "...: network Tele Norte will pay": a name before a modal or auxiliary is a subject, whatever precedes it.
  const next = layer.token(m.last + 1);
  if (next !== undefined && (next.tags.has('Modal') || (next.tags.has('Auxiliary') && !next.tags.has('Copula')))) return false;
  let k = m.first - 1;
  while (k >= 0 && !layer.owner[k] && layer.token(k)!.norm !== 'that' && (layer.token(k)!.tags.has('Value') || layer.token(k)!.tags.has('Determiner') || layer.token(k)!.tags.has('Adjective') || /^(more|less|fewer|another)$/.test(layer.token(k)!.norm))) k--;
  const verb = layer.token(k);
  // "Microsoft-backed OpenAI": a participle hyphened to a name describes, it governs no object.
  if (verb !== undefined && layer.token(k - 1)?.post === '-') return false;
  // "Back in 2021, Hugash sold ...": a comma parts a verb from what follows it, and a preposition compromise
  // read as a phrasal particle ("back in") governs no object.
  // ("... when we spoke: 'We buy from them'": nor does a verb govern across a colon into a quotation.)
  // ("SORROWBY, May 14 - Tarvo Ltd, ...": nor across a dateline's dash, whatever the tagger made of its month.)
  for (let j = k; j < m.first; j++) if (/[,:]|\s[-\u2013\u2014]+\s/.test(layer.token(j)?.post ?? '')) return false;
  if (verb !== undefined && verb.tags.has('Particle') && PREPOSITIONS.has(verb.norm)) return false;
  return verb !== undefined && !layer.owner[k] && verb.tags.has('Verb') && !verb.tags.has('Auxiliary') && !verb.tags.has('Copula') && !CLAUSE_VERBS.has(verb.norm);
}

/** "OpenAI and Broadcom will deploy": the name joined to the subject by "and". */
export function pairedWith(layer: ClauseLayer, subject: Mention): Mention | null {
  const and = layer.token(subject.first - 1);
  const other = layer.owner[subject.first - 2];
  if (and?.norm === 'and' && other && layer.usable(other) && !other.possessive) return other;
  const after = layer.token(subject.last + 1);
  const next = layer.owner[subject.last + 2];
  if (after?.norm === 'and' && next && layer.usable(next) && !next.possessive) return next;
  return headlinePair(layer, subject);
}

/**
 * "Tarvo, Siskin Foods ink $2bn supply pact": a headline may join its two sides with a bare comma. The comma pair
 * opens the sentence and its second name is followed at once by a verb without the "-s" of one subject, so the
 * name after the comma is no appositive ("Tarvo, Siskin's parent, signs" names one firm).
 */
function headlinePair(layer: ClauseLayer, subject: Mention): Mention | null {
  const before = layer.owner[subject.first - 1];
  const [first, second] = before ? [before, subject] : [subject, layer.owner[subject.last + 1]];
  if (!first || !second || first.first !== 0 || second.first !== first.last + 1) return null;
  if ([first, second].some((m) => m.kind !== 'name' || m.possessive)) return null;
  if (layer.token(first.last)!.post.trim() !== ',') return null;
  const verb = layer.token(second.last + 1);
  const plural = verb !== undefined && (verb.tags.has('Verb') || ACTION_LEMMAS.has(verb.norm)) && !verb.tags.has('Gerund') && !verb.tags.has('Auxiliary') && !/s$/.test(verb.norm);
  return plural && /^\s+$/.test(layer.token(second.last)!.post) ? (before ? first : second) : null;
}
/**
 * The other members of a list of names a subject closes: "Saudi Arabia's fund, Ptarmigan Capital and Nuthatch Partners
 * have agreed to buy ..." gives the two before "Nuthatch Partners". Members are names joined by commas and "and".
 */
export function coordinatedBefore(layer: ClauseLayer, subject: Mention): Mention[] {
  const members: Mention[] = [];
  let p = subject.first - 1;
  for (;;) {
    const token = layer.token(p);
    // "... Ptarmigan Capital and Nuthatch Partners", "A, B, and C": an "and"; "A, B and C": a comma after the member.
    const end = token?.norm === 'and' ? p - 1 : token?.post.includes(',') ? p : -1;
    const member = end >= 0 ? layer.owner[end] : undefined;
    if (!member || !layer.usable(member) || member.possessive || member.kind !== 'name' || member.last !== end) break;
    members.unshift(member);
    p = member.first - 1;
  }
  return members;
}

/** The direct object: the first name after the action that no other preposition claims ("pay SpaceX"). */
export function directObject(layer: ClauseLayer, trigger: number, end: number, exclude: Mention | null): Mention | null {
  let passedValue = false;
  for (let k = trigger + 1; k <= end; k++) {
    const m = layer.owner[k];
    const token = layer.token(k)!;
    // "will pay 180 million reais a year, cable group Onnmere Sul 95 million ...": past its figure and a comma the object slot is over.
    if (!m && token.tags.has('Value') && !token.tags.has('Date') && !token.tags.has('Determiner')) passedValue = true;
    if (!m && passedValue && token.post.includes(',')) return null;
    // ("an exclusive licence to develop and commercialise velimab": past an infinitive, a name is that verb's object.)
    if (!m && token.norm === 'to' && layer.token(k + 1)?.tags.has('Verb')) return null;
    if (!m) continue;
    // ("in northern Spain": the preposition governs the name past the adjectives before it.)
    let before = m.first - 1;
    while (before > trigger + 1 && layer.token(before)!.tags.has('Adjective') && !layer.owner[before]) before--;
    const prev = layer.token(before);
    const blocked = prev && PREPOSITIONS.has(prev.norm) && !/^(of|like|including)$/.test(prev.norm) && before > trigger;
    if (!blocked) {
      const party = npParty(layer, m.first, end);
      if (party && (!exclude || referent(party) !== referent(exclude))) return party;
    }
    // ("paying £420 million for Otoll's Famridge stake": the name an owner a preposition governs goes before is in that phrase too.)
    const owned = blocked && m.possessive ? layer.owner[m.last + 1] : undefined;
    k = owned ? owned.last : m.last;
  }
  return null;
}

/**
 * The other side, marked by a preposition ("to Anthropic") or as the direct object; `object` in `markers`
 * says where the direct object ranks ("pay SpaceX ... for access to Colossus": object before "to").
 * Never the actor itself (`exclude`).
 */
export function findOtherSide(layer: ClauseLayer, trigger: number, end: number, markers: readonly string[], withObject = true, exclude: Mention | null = null): { mention: Mention; marker: string } | null {
  const ok = (m: Mention | null): m is Mention => m !== null && (!exclude || referent(m) !== referent(exclude));
  for (const marker of [...markers, ...(markers.includes('object') || !withObject ? [] : ['object'])]) {
    if (marker === 'object') {
      const object = directObject(layer, trigger, end, exclude);
      if (ok(object)) return { mention: object, marker };
      continue;
    }
    // The recipient comes last: "awarded the rights to the World Cup to Fox Sports".
    const places = [];
    for (let k = trigger + 1; k <= end; k++) if (layer.token(k)!.norm === marker && !layer.owner[k]) places.push(k);
    if (marker === 'to') places.reverse();
    for (const k of places) {
      // ("the purchase of Tarvo's power-devices unit": the firm whose part is bought after "of" sells it.)
      const party = npParty(layer, k + 1, end) ?? (marker === 'of' ? unitOwnerAt(layer, k + 1, end) : null);
      if (ok(party)) return { mention: party, marker };
    }
  }
  return null;
}

/** "the agreement between Qatar Airways and Lufthansa Technik". */
export function betweenPair(layer: ClauseLayer, trigger: number, end: number): [Mention, Mention] | null {
  for (let k = trigger + 1; k <= Math.min(end, trigger + 4); k++) {
    if (layer.token(k)!.norm !== 'between') continue;
    const first = layer.owner[k + 1];
    if (!first || !layer.usable(first)) return null;
    const and = layer.token(first.last + 1);
    const second = layer.owner[first.last + 2];
    return and?.norm === 'and' && second && layer.usable(second) ? [first, second] : null;
  }
  return null;
}
