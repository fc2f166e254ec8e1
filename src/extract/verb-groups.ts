import type { Token } from '../text/document.js';

/** A verb with its auxiliaries, negation and particle: "will not be leased", "has snapped up", "called off". */
export interface VerbGroup {
  first: number;
  last: number;
  /** The main verb's token. */
  head: number;
  /** The main verb as written, lower-case, with a regular inflection taken off: "leasing" -> "leas", so compare by prefix. */
  stem: string;
  voice: 'active' | 'passive';
  tense: 'past' | 'present' | 'future' | 'infinitive' | 'gerund';
  negated: boolean;
  /** "will", "may", "could", or "is expected to", "plans to": the verb is not yet a fact. */
  modal: string | null;
  /** "snap up", "call off", "walk away", "pull out". */
  particle: string | null;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am']);
const AUXILIARIES = new Set([...BE, 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'get', 'got', 'gets']);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
const NEGATIONS = new Set(['not', 'never', "n't", 'no longer']);
/** Verbs that hold another verb as a plan or a likelihood: "is expected to buy", "plans to lease". */
const PLAN_VERBS = new Set(['expected', 'set', 'poised', 'likely', 'due', 'plans', 'planned', 'planning', 'aims', 'intends', 'seeks', 'agreed', 'agrees', 'wants']);
export const PARTICLES = new Set(['up', 'off', 'away', 'out', 'down', 'over', 'back', 'into']);
const PARTICIPLE_END = /(ed|en|ld|lt|id|ght|wn|ne|un)$/;

const isVerb = (t: Token): boolean => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Copula');
const stemOf = (word: string): string => word.replace(/(ing|ed|es|s)$/, '');

/**
 * Reads the verb groups of a sentence, left to right: auxiliaries, modals, negation and adverbs gather in front of
 * the main verb; a particle may follow it.
 */
export function readVerbGroups(tokens: readonly Token[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let k = 0;
  while (k < tokens.length) {
    const first = k;
    let negated = false;
    let modal: string | null = null;
    let passiveAux = false;
    let pastAux = false;
    while (k < tokens.length && (AUXILIARIES.has(tokens[k]!.norm) || MODALS.has(tokens[k]!.norm) || NEGATIONS.has(tokens[k]!.norm)
      || (tokens[k]!.tags.has('Adverb') && k > first) || PLAN_VERBS.has(tokens[k]!.norm) && tokens[k + 1]?.norm === 'to' || (tokens[k]!.norm === 'to' && k > first))) {
      const norm = tokens[k]!.norm;
      if (NEGATIONS.has(norm)) negated = true;
      if (MODALS.has(norm) || PLAN_VERBS.has(norm)) modal ??= norm;
      if (BE.has(norm)) passiveAux = true;
      if (/^(was|were|had|did)$/.test(norm)) pastAux = true;
      if (/^(has|have|had)$/.test(norm)) passiveAux = false;
      if (norm === 'been' || norm === 'being') passiveAux = true;
      k++;
    }
    const head = tokens[k];
    if (!head || !isVerb(head)) {
      k = k === first ? k + 1 : k;
      continue;
    }
    let last = k;
    const next = tokens[k + 1];
    const particle = next && PARTICLES.has(next.norm) && !/[,.;:]/.test(head.post) ? next.norm : null;
    if (particle) last = k + 1;
    const passive = passiveAux && PARTICIPLE_END.test(head.norm);
    const infinitive = tokens[k - 1]?.norm === 'to';
    const tense: VerbGroup['tense'] = modal === 'will' || modal === 'shall' ? 'future'
      : infinitive ? 'infinitive'
        : /ing$/.test(head.norm) && k === first ? 'gerund'
          : pastAux || head.tags.has('PastTense') ? 'past' : 'present';
    groups.push({ first, last, head: k, stem: stemOf(head.norm), voice: passive ? 'passive' : 'active', tense, negated, modal, particle });
    k = last + 1;
  }
  return groups;
}
