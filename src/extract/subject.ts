import type { Mention } from './mentions.js';
import type { SentenceView } from './sentence-view.js';
import { startsClause } from './clauses.js';
import { PREPOSITIONS } from '../lexicon/words.js';

/** "By providing compute to Anthropic, he ...": a clause whose subject comes after it. */
export const LEADING_SUBORDINATORS = new Set(['by', 'after', 'while', 'through', 'before', 'since', 'following', 'when', 'upon', 'in']);

/** Verbs whose object is a clause, so a name after them may still be a subject: "denied that SpaceX ...". */
export const CLAUSE_VERBS = new Set([
  'said', 'says', 'say', 'announced', 'announces', 'confirmed', 'confirms', 'denied', 'denies', 'deny', 'reported',
  'reports', 'noted', 'believes', 'claimed', 'claims', 'told', 'added', 'argued', 'expects', 'revealed', 'disclosed',
  'stated', 'insisted', 'suggested', 'hinted', 'signaled', 'signalled', 'indicated', 'think', 'thinks', 'that',
  'saying', 'denying', 'claiming', 'confirming', 'announcing', 'reporting', 'noting', 'adding', 'arguing', 'insisting',
]);

/** The subject: nearest name to the left that is not a prepositional or verbal object, nor a modifier. */
export function findSubject(view: SentenceView, trigger: number): { mention: Mention; rule: string; passed?: Mention[] } | null {
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
    // "a Samsung affiliate", "the Microsoft contract": a name modifying a noun after an article.
    const after = view.token(m.last + 1);
    const modifier = m.kind === 'name' && prev?.tags.has('Determiner') === true && after !== undefined && /^[a-z]/.test(after.text) && after.tags.has('Noun') && !after.tags.has('Verb');
    const skip = (prev && PREPOSITIONS.has(prev.norm)) || objectOfVerb(view, m) || insideNounPhrase || modifier;
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
export function objectOfVerb(view: SentenceView, m: Mention): boolean {
  let k = m.first - 1;
  while (k >= 0 && !view.owner[k] && view.token(k)!.norm !== 'that' && (view.token(k)!.tags.has('Value') || view.token(k)!.tags.has('Determiner') || view.token(k)!.tags.has('Adjective') || /^(more|less|fewer|another)$/.test(view.token(k)!.norm))) k--;
  const verb = view.token(k);
  // "Microsoft-backed OpenAI": a participle hyphened to a name describes, it governs no object.
  if (verb !== undefined && view.token(k - 1)?.post === '-') return false;
  return verb !== undefined && !view.owner[k] && verb.tags.has('Verb') && !verb.tags.has('Auxiliary') && !verb.tags.has('Copula') && !CLAUSE_VERBS.has(verb.norm);
}

/** "OpenAI and Broadcom will deploy": the name joined to the subject by "and". */
export function pairedWith(view: SentenceView, subject: Mention): Mention | null {
  const and = view.token(subject.first - 1);
  const other = view.owner[subject.first - 2];
  if (and?.norm === 'and' && other && view.usable(other) && !other.possessive) return other;
  const after = view.token(subject.last + 1);
  const next = view.owner[subject.last + 2];
  if (after?.norm === 'and' && next && view.usable(next) && !next.possessive) return next;
  return null;
}
