import { PREPOSITIONS } from '../lexicon/words.js';
import type { SentenceView } from './sentence-view.js';

/** Words that open another clause, where a role search stops. */
export const CLAUSE_BREAKERS = new Set(['which', 'who', 'whom', 'whose', 'while', 'whereas', 'but', 'although', 'though', 'because', 'so', 'that', 'where']);

/** Whether the mention at `k` is followed by its own verb: "..., he is leveraging", "..., Elon's xAI generates". */
export function startsClause(view: SentenceView, k: number): boolean {
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
export function clauseEnd(view: SentenceView, from: number): number {
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

export function findClauseStart(view: SentenceView, trigger: number): number {
  for (let k = trigger - 1; k >= 0; k--) {
    if (view.brokenAfter(k)) return k + 1;
    if (CLAUSE_BREAKERS.has(view.token(k)!.norm) && view.token(k - 1)?.post.includes(',')) return k;
  }
  return 0;
}
