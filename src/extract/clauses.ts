import { PREPOSITIONS } from '../lexicon/words.js';
import { REPORTING_VERBS } from '../lexicon/names.js';
import type { ClauseLayer } from './clause-layer.js';

/** Words that open another clause, where a role search stops. */
export const CLAUSE_BREAKERS = new Set(['which', 'who', 'whom', 'whose', 'while', 'whereas', 'but', 'although', 'though', 'because', 'so', 'that', 'where']);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose', 'that']);

/**
 * How a clause stands to its sentence. `main`: the sentence's own statement; `reporting`: who said it ("analysts at
 * Pellan Partners said"); `attribution`: "according to a filing"; `relative`: ", which Linneth agreed to buy";
 * `participial`: ", paying £1.2bn a year"; `parenthetical`: "(parent of xAI)"; `dateline`: "OSLO, June 3 -".
 */
export type ClauseRelation = 'main' | 'reporting' | 'attribution' | 'relative' | 'participial' | 'parenthetical' | 'dateline';

export interface Clause {
  first: number;
  last: number;
  relation: ClauseRelation;
  /** For a relative clause: the token its pronoun stands at. */
  pronoun?: number;
  /** For a relative clause with no comma before it, after a common noun: "a grower that has never exported a crate". */
  restrictive?: boolean;
}

/** Words that may open a restrictive relative clause's verb group: "that has", "which never", "who did". */
const RELATIVE_VERB_TAGS = ['Verb', 'Auxiliary', 'Modal'];

/** Whether the mention at `k` is followed by its own verb: "..., he is leveraging", "..., Elon's xAI generates". */
export function startsClause(layer: ClauseLayer, k: number): boolean {
  let m = layer.owner[k];
  if (!m) return false;
  while (m.possessive && layer.owner[m.last + 1]) m = layer.owner[m.last + 1]!;
  let next = m.last + 1;
  if (layer.token(next)?.parenthetical) while (layer.token(next)?.parenthetical) next++;
  const token = layer.token(next);
  if (!token) return false;
  if (token.tags.has('Gerund') && !layer.token(next - 1)?.tags.has('Copula')) return false;
  return token.tags.has('Verb') || token.tags.has('Auxiliary') || token.tags.has('Modal') || token.tags.has('Adverb') && (layer.token(next + 1)?.tags.has('Verb') ?? false);
}

/** Last token of the clause that starts right after `from`. */
export function clauseEnd(layer: ClauseLayer, from: number): number {
  const { tokens } = layer;
  for (let k = from + 1; k < tokens.length; k++) {
    const prev = tokens[k - 1]!;
    const token = tokens[k]!;
    if (layer.brokenAfter(k - 1)) return k - 1;
    if (CLAUSE_BREAKERS.has(token.norm) && !(token.norm === 'that' && !prev.post.includes(','))) return k - 1;
    if (prev.post.includes(',')) {
      const listItem = token.tags.has('Noun') && !token.tags.has('Pronoun') && !token.tags.has('Verb');
      const continues = layer.owner[k] !== undefined || PREPOSITIONS.has(token.norm) || token.tags.has('Value') || token.text.startsWith('$') || listItem;
      if (!continues || startsClause(layer, k)) return k - 1;
    }
    if (token.norm === 'and') {
      const next = tokens[k + 1];
      const after = tokens[k + 2];
      // "and leasing his data center": a second verb phrase; "storage and networking to Meta": a list.
      const verbPhrase = next !== undefined && next.tags.has('Verb') && (!next.tags.has('Gerund') || !after || after.tags.has('Determiner') || after.possessive || layer.owner[k + 2] !== undefined);
      // ("a concession to build and operate a toll road to X": two verbs of one infinitive are one phrase.)
      const infinitive = tokens[k - 2]?.norm === 'to' && prev.tags.has('Verb') && !prev.post.includes(',');
      if ((verbPhrase && !infinitive) || (next?.tags.has('Adverb') && after?.tags.has('Verb'))) return k - 1;
      // ("Pertwick takes the radio rights and challenger Quorrel Media wins a late-night package": a named subject with its own verb,
      // a lowercase word or two describing it, opens a clause of its own.)
      let subject = k + 1;
      while (subject < k + 3 && /^[a-z][a-z-]*$/.test(tokens[subject]?.text ?? '') && tokens[subject]!.tags.has('Noun') && !tokens[subject]!.tags.has('Verb') && layer.owner[subject] === undefined) subject++;
      if (subject > k + 1 && layer.owner[subject] !== undefined && layer.owner[subject]!.first === subject && startsClause(layer, subject)) return k - 1;
    }
  }
  return tokens.length - 1;
}

/** First token of the clause that holds `at`. */
export function clauseStart(layer: ClauseLayer, at: number): number {
  for (let k = at - 1; k >= 0; k--) {
    if (layer.brokenAfter(k)) return k + 1;
    if (CLAUSE_BREAKERS.has(layer.token(k)!.norm) && layer.token(k - 1)?.post.includes(',')) return k;
  }
  return 0;
}

/**
 * Whether the relative pronoun at `k` opens a clause about the common noun before it: "a grower that has never
 * exported a crate", "a yard which never delivered". The noun names no party, and a verb or its auxiliary follows the pronoun
 * ("reports that it would buy" and "said that" are no such clause).
 */
function describesCommonNoun(layer: ClauseLayer, k: number): boolean {
  const head = layer.token(k - 1);
  const next = layer.token(k + 1);
  if (head === undefined || next === undefined || layer.owner[k - 1] !== undefined || layer.owner[k + 1] !== undefined) return false;
  const commonNoun = head.tags.has('Noun') && !head.tags.has('Pronoun') && !head.tags.has('ProperNoun') && /^\p{Ll}/u.test(head.text);
  const verbal = RELATIVE_VERB_TAGS.some((tag) => next.tags.has(tag)) || next.norm === 'never' || next.norm === 'not';
  return commonNoun && verbal && !REPORTING_VERBS.has(head.norm);
}

/** The end of a comma-bounded stretch that starts at `from`: the token before the next comma, or the last. */
function toComma(layer: ClauseLayer, from: number): number {
  for (let k = from; k < layer.tokens.length; k++) if (/[,;:)]/.test(layer.token(k)!.post)) return k;
  return layer.tokens.length - 1;
}

/**
 * The clauses of a sentence beside its main clause, each a record of how it is marked. A sentence without any of
 * them is one main clause.
 */
export function readClauses(layer: ClauseLayer): Clause[] {
  const { tokens } = layer;
  const clauses: Clause[] = [{ first: 0, last: tokens.length - 1, relation: 'main' }];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const afterComma = k > 0 && /[,\u2014]|\s-\s/.test(tokens[k - 1]!.post);
    if (t.pre.includes('(')) {
      let last = k;
      while (last < tokens.length - 1 && !tokens[last]!.post.includes(')')) last++;
      clauses.push({ first: k, last, relation: 'parenthetical' });
    } else if (afterComma && RELATIVE_PRONOUNS.has(t.norm) && t.norm !== 'that') {
      clauses.push({ first: k, last: toComma(layer, k), relation: 'relative', pronoun: k });
    } else if (!afterComma && RELATIVE_PRONOUNS.has(t.norm) && describesCommonNoun(layer, k)) {
      clauses.push({ first: k, last: toComma(layer, k), relation: 'relative', pronoun: k, restrictive: true });
    } else if (t.norm === 'according' && tokens[k + 1]?.norm === 'to') {
      clauses.push({ first: k, last: toComma(layer, k), relation: 'attribution' });
    } else if (afterComma && /^[a-z]+ing$/.test(t.text) && !/^(including|according|excluding)$/.test(t.norm) && !layer.owner[k]) {
      clauses.push({ first: k, last: toComma(layer, k), relation: 'participial' });
    } else if (REPORTING_VERBS.has(t.norm)) {
      // "..., analysts at Pellan Partners said." at the end, or "Mayor Okonjo announced that ..." at the start.
      const commaBefore = tokens.slice(0, k).map((x, i) => (/[,\u2014]/.test(x.post) ? i : -1)).filter((i) => i >= 0).pop();
      const tail = commaBefore !== undefined && k >= tokens.length - 3;
      if (tail) clauses.push({ first: commaBefore + 1, last: tokens.length - 1, relation: 'reporting' });
      else if (tokens[k + 1]?.norm === 'that' || (k < tokens.length / 2 && !tail)) clauses.push({ first: 0, last: tokens[k + 1]?.norm === 'that' ? k + 1 : k, relation: 'reporting' });
    }
  }
  const opening = tokens.findIndex((x, i) => i < 8 && /\s[-\u2013\u2014]+\s*$/.test(x.post));
  if (opening >= 0 && tokens.slice(0, opening + 1).some((x) => /^[A-Z]{3,}/.test(x.text) && x.text === x.text.toUpperCase())) clauses.push({ first: 0, last: opening, relation: 'dateline' });
  return clauses;
}
