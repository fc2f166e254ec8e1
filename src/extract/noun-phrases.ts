import type { Mention } from './mentions.js';
import type { SentenceView } from './sentence-view.js';
import { NOMINAL_ACTION_FORMS } from '../lexicon/actions.js';
import { COMPANY_NOUNS, PREPOSITIONS, RELATIONAL_NOUNS } from '../lexicon/words.js';

export const NP_SKIPPABLE_TAGS = ['Determiner', 'Adjective', 'Value', 'Adverb'];

/** "Greek developer Terna Energy", "Dutch chipmaker ASML": a descriptive word, a noun, then the name itself. */
export function appositiveName(view: SentenceView, m: Mention, end: number): Mention | null {
  if (m.last !== m.first) return null;
  let k = m.last + 1;
  const words: string[] = [];
  while (k <= end && k <= m.last + 3 && !view.owner[k] && /^[a-z-]+$/.test(view.token(k)!.text) && !/[,;:]/.test(view.token(k - 1)!.post)) words.push(view.token(k++)!.norm);
  const next = view.owner[k];
  // The words between must say what the name is ("developer", "chipmaker", "rival"), or the first word be an adjective.
  const describes = words.some((w) => COMPANY_NOUNS.has(w) || RELATIONAL_NOUNS.has(w)) || view.token(m.first)!.tags.has('Adjective');
  return words.length > 0 && describes && next && next.kind === 'name' ? next : null;
}

/**
 * The party an NP starting at `from` stands for: "rival Anthropic" -> Anthropic,
 * "OpenAI's rival, Anthropic" -> Anthropic, "SpaceX's data centers" -> SpaceX.
 */
export function npParty(view: SentenceView, from: number, end: number): Mention | null {
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

/** The possessor of a nominal action: "Anthropic's three-year, $45 billion deal", "SpaceX's Colossus lease". */
export function possessorOf(view: SentenceView, trigger: number): Mention | null {
  let namedModifier: Mention | null = null;
  for (let k = trigger - 1; k >= Math.max(0, trigger - 9); k--) {
    const token = view.token(k)!;
    const m = view.owner[k];
    if (m) {
      if (m.possessive && view.usable(m)) return m;
      // "the Microsoft contract", "the Samsung-Tesla chip contract": a name with only lowercase words before the action.
      const plain = view.tokens.slice(m.last + 1, trigger).every((t) => /^[a-z-]+$/.test(t.text) && !/[,;:]/.test(t.post));
      if (m.kind === 'name' && !namedModifier && plain) namedModifier = m;
      k = m.first;
      continue;
    }
    const modifier = NP_SKIPPABLE_TAGS.some((tag) => token.tags.has(tag)) || token.tags.has('Noun') || token.text.startsWith('$') || /-/.test(token.text);
    if (!modifier || token.tags.has('Verb') && !token.tags.has('Noun')) break;
    if (token.tags.has('Determiner')) break;
  }
  return namedModifier;
}
