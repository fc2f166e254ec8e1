import type { Mention } from './mentions.js';
import type { ClauseLayer } from './clause-layer.js';
import { EQUITY_NOUNS, NOMINAL_ACTION_FORMS } from '../lexicon/actions.js';
import { BRAND_NOUNS, COMPANY_NOUNS, ofOutput, PREPOSITIONS, RELATIONAL_NOUNS } from '../lexicon/words.js';
import { ASSET_NOUNS } from '../lexicon/names.js';
import type { Token } from '../text/document.js';

export const NP_SKIPPABLE_TAGS = ['Determiner', 'Adjective', 'Value', 'Adverb'];

/** "Greek developer Terna Energy", "Dutch chipmaker ASML": a descriptive word, a noun, then the name itself. */
export function appositiveName(layer: ClauseLayer, m: Mention, end: number): Mention | null {
  if (m.last !== m.first) return null;
  let k = m.last + 1;
  const words: string[] = [];
  while (k <= end && k <= m.last + 3 && !layer.owner[k] && /^[a-z-]+$/.test(layer.token(k)!.text) && !/[,;:]/.test(layer.token(k - 1)!.post)) words.push(layer.token(k++)!.norm);
  const next = layer.owner[k];
  // The words between must say what the name is ("developer", "chipmaker", "rival"), or the first word be an adjective.
  const describes = words.some((w) => COMPANY_NOUNS.has(w) || RELATIONAL_NOUNS.has(w)) || layer.token(m.first)!.tags.has('Adjective');
  return words.length > 0 && describes && next && next.kind === 'name' ? next : null;
}

/** "Hilwell-owned Cashby": the owner's name only describes the party named after the compound. */
function ownerCompound(layer: ClauseLayer, m: Mention, end: number): Mention | null {
  const participle = layer.token(m.last + 1);
  if (layer.token(m.last)!.post !== '-' || !participle || !/^[a-z]+ed$/.test(participle.text) || m.last + 2 > end) return null;
  const named = layer.owner[m.last + 2];
  return named && named.kind === 'name' ? named : null;
}

/**
 * The party an NP starting at `from` stands for: "rival Anthropic" -> Anthropic,
 * "OpenAI's rival, Anthropic" -> Anthropic, "SpaceX's data centers" -> SpaceX.
 */
export function npParty(layer: ClauseLayer, from: number, end: number): Mention | null {
  let counted = false;
  for (let k = from; k <= end; k++) {
    const token = layer.token(k)!;
    const m = layer.owner[k];
    if (m) {
      // ("for twelve new Wren W220 aircraft": a name after a count titles the goods counted, whoever makes them.)
      if (!layer.usable(m) || counted) return null;
      if (!m.possessive) return ownerCompound(layer, m, end) ?? appositiveName(layer, m, end) ?? m;
      const named = layer.owner[m.last + 1];
      if (named) {
        // "Alphabet's Google" names Google; "SpaceX's Colossus data centers" names SpaceX's thing.
        const after = layer.token(named.last + 1);
        const modifiesNoun = after !== undefined && !/[,;:]/.test(layer.token(named.last)!.post) && !layer.owner[named.last + 1] && after.norm !== 'worth'
          && (NOMINAL_ACTION_FORMS.has(after.norm) || (after.tags.has('Noun') && !after.tags.has('Pronoun')));
        return modifiesNoun ? m : named;
      }
      let after = m.last + 1;
      while (after <= end && layer.token(after) && !layer.owner[after] && !layer.token(after - 1)!.post.includes(',')) after++;
      const relational = layer.tokens.slice(m.last + 1, after).some((t) => RELATIONAL_NOUNS.has(t.norm));
      if (!relational) return m;
      const appositive = layer.owner[after];
      return appositive && layer.usable(appositive) && !appositive.possessive ? appositive : null;
    }
    if (k > from && /^(like|including)$/.test(token.norm) && layer.token(k - 1)!.tags.has('Noun')) continue;
    if (k > from && token.norm === 'such' && layer.token(k + 1)?.norm === 'as') {
      k++;
      continue;
    }
    // ("to Dublin-based lessor Bittern": the second half of a compound modifier is no verb.)
    const compound = layer.token(k - 1)?.post === '-' && k > from;
    if (k > from && !compound && (PREPOSITIONS.has(token.norm) || token.tags.has('Verb'))) return null;
    if (!compound && !(NP_SKIPPABLE_TAGS.some((tag) => token.tags.has(tag)) || token.tags.has('Noun'))) return null;
    if (layer.token(k)!.post.includes(',') && !layer.owner[k + 1]) return null;
    if (token.tags.has('Value') && !token.tags.has('Money') && !/[$\u20ac\u00a3\u00a5\u20b9]/.test(token.text)) counted = true;
  }
  return null;
}

/** The possessor of a nominal action: "Anthropic's three-year, $45 billion deal", "SpaceX's Colossus lease". */
export function possessorOf(layer: ClauseLayer, trigger: number): Mention | null {
  let namedModifier: Mention | null = null;
  for (let k = trigger - 1; k >= Math.max(0, trigger - 9); k--) {
    const token = layer.token(k)!;
    const m = layer.owner[k];
    if (m) {
      if (m.possessive && layer.usable(m)) return m;
      // "the Microsoft contract", "the Samsung-Tesla chip contract": a name with only lowercase words before the action.
      const plain = layer.tokens.slice(m.last + 1, trigger).every((t) => /^[a-z-]+$/.test(t.text) && !/[,;:]/.test(t.post));
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

/** "a $5bn stake", "$3 billion of Brisvane stock", "49% of itself": what changes hands is equity. */
const FRACTIONS: ReadonlySet<string> = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'majority', 'minority', 'tenth']);

/** Prepositions that bring in the other side of a deal: "to Mirkrin", "from Hellvik", "with Tern", "by Otoll". */
const PARTY_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'from', 'with', 'by']);

export function objectIsEquity(layer: ClauseLayer, trigger: number, end: number): boolean {
  const window = layer.tokens.slice(trigger + 1, Math.min(end, trigger + 8) + 1);
  // "sell 49% of", "disposal of 80% of", "an 80% interest in", "49 per cent of": a share within the first words.
  const shareAt = (t: Token, k: number) => (/%$/.test(t.text) || /^(percent|%)$/.test(window[k + 1]?.norm ?? '') || (window[k + 1]?.norm === 'per' && window[k + 2]?.norm === 'cent')) && !ofOutput(window, k);
  // ("will pay EUR 510 million for 25% of Quaystone": what a sum is paid for follows it.)
  const paidFor = window.findIndex((t, k) => k <= 5 && t.norm === 'for');
  const share = window.slice(0, 4).some(shareAt) || (paidFor > 0 && window.slice(paidFor + 1, paidFor + 4).some((t, k) => shareAt(t, paidFor + 1 + k)))
    // "picking up just over half of Rheinkessel", "a third of", "a majority of": a fraction of the firm.
    || window.slice(0, 5).some((t, k) => FRACTIONS.has(t.norm) && window[k + 1]?.norm === 'of');
  // ("sell six shopping centres to private equity firm Mirkrin": the words after the other party's preposition describe
  // that party, not what is sold; "paid $200m for its Monumental holding" reads on past "for".)
  const object = window.findIndex((t, k) => k > 0 && PARTY_PREPOSITIONS.has(t.norm));
  return share || window.slice(0, object < 0 ? window.length : object).some((t) => EQUITY_NOUNS.has(t.norm));
}

/**
 * "A 19.9 per cent holding in Marlow Shipping will be acquired by Qestra": in the passive, what is bought stands
 * before the verb; a share or an equity noun there is a stake.
 */
export function passiveSubjectIsEquity(layer: ClauseLayer, trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(0, trigger - 10); k--) {
    const t = layer.token(k)!;
    if (/[,;:]/.test(t.post) && k < trigger - 1) return false;
    if (EQUITY_NOUNS.has(t.norm) || /%$/.test(t.text) || (t.norm === 'cent' && layer.token(k - 1)?.norm === 'per') || t.norm === 'percent') return true;
  }
  return false;
}

/**
 * "acquire four operating solar projects", "snap up Avocet's Abilene campus", "the acquisition of the Abilene data
 * center campus from Avocet", "The Lubbock plant, which was purchased by Otoll": what is bought is an asset. The object
 * runs from the deal word to the first preposition but "of" (before it, in the passive).
 */
export function objectIsAsset(layer: ClauseLayer, trigger: number, end: number, passive: boolean): boolean {
  if (passive) {
    for (let k = trigger - 1; k >= Math.max(0, trigger - 6); k--) if (ASSET_NOUNS.has(layer.token(k)!.norm)) return true;
    return false;
  }
  for (let k = trigger + 1; k <= Math.min(end, trigger + 9); k++) {
    const t = layer.token(k)!;
    if (ASSET_NOUNS.has(t.norm) && /^[a-z]/.test(t.text)) return true;
    if (k > trigger + 1 && PREPOSITIONS.has(t.norm) && t.norm !== 'of') return false;
  }
  return false;
}

/**
 * "purchase all shares of Lumham it does not already own", "buy the remaining 85%", "the rest of the stock": shares
 * that make up the whole firm, or all the buyer lacks of it, are a takeover, not a stake.
 */
export function objectIsWholeCompany(layer: ClauseLayer, trigger: number, end: number): boolean {
  const window = layer.tokens.slice(trigger + 1, Math.min(end, trigger + 14) + 1);
  const shares = window.some((t, k) => EQUITY_NOUNS.has(t.norm) || (/%$/.test(t.text) && !ofOutput(window, k)));
  if (!shares) return false;
  // ("acquire 100% of the shares in Ostrali", "the acquisition of 100 per cent of the equity": every share is the firm.)
  const whole = window.slice(0, 4).some((t, k) => /^(all|remaining|rest|outstanding|entire|full)$/.test(t.norm) || t.text === '100%' || (t.text === '100' && /^(%|percent|per)$/.test(window[k + 1]?.norm ?? '')));
  const lacking = window.some((t, k) => t.norm === 'not' && window[k + 1]?.norm === 'already' && /^(own|owns|hold|holds|control|controls)$/.test(window[k + 2]?.norm ?? ''));
  return whole || lacking;
}

/** Words of buying, whose actor takes what follows: "purchase", "acquisition", "buys". */
const BUYING_WORDS = /^(?:purchas|acquisition|acquir|takeover|buyout|buy|bought)/;

/** Nouns for a part of a firm that is itself bought and sold as a company. */
const UNIT_NOUNS: ReadonlySet<string> = new Set(['business', 'unit', 'arm', 'division', 'subsidiary', 'operations', 'operator', 'franchise']);

/**
 * "Tarvo's power-devices unit" at `at` (past an article): the firm whose unit it is, when a unit noun follows its
 * possessive name within four words and before `end`; null otherwise.
 */
export function unitOwnerAt(layer: ClauseLayer, at: number, end: number): Mention | null {
  const k = layer.token(at)?.norm === 'the' ? at + 1 : at;
  const owner = layer.owner[k];
  if (!owner || !owner.possessive || owner.kind !== 'name') return null;
  for (let j = owner.last + 1; j <= Math.min(end, owner.last + 4) && layer.token(j) && !layer.owner[j]; j++) {
    if (UNIT_NOUNS.has(layer.token(j)!.norm)) return owner;
  }
  return null;
}

/** "buy Copenhagen-based Ocuvia Therapeutics", "acquire the startup Wiz": the object is a company. */
export function objectIsCompany(layer: ClauseLayer, trigger: number): boolean {
  // "Haldisson's purchase of Sestex": a nominal action's object follows "of".
  let k = layer.token(trigger + 1)?.norm === 'of' && layer.token(trigger)!.tags.has('Noun') ? trigger + 2 : trigger + 1;
  // ("picked up Ternvale Bakeries", "snapped up Pellion": a verb's particle stands before its object.)
  if (/^(up|out|over)$/.test(layer.token(k)?.norm ?? '') && layer.token(trigger)!.tags.has('Verb')) k++;
  // ("Oshira has sold itself to Lumenfall": a firm that sells itself sells the company.)
  if (/^(itself|themselves)$/.test(layer.token(k)?.norm ?? '')) return true;
  // ("is keen to buy the entire group", "agreed to buy the firm": a company noun, bare or whole, is a company bought.)
  let noun = k;
  if (/^(the|its|their|this|that)$/.test(layer.token(noun)?.norm ?? '')) noun++;
  if (/^(whole|entire)$/.test(layer.token(noun)?.norm ?? '')) noun++;
  if (noun > k && /^(company|firm|group|business|startup)$/.test(layer.token(noun)?.norm ?? '') && layer.token(noun + 1)?.norm !== 'of') return true;
  // "buy frozen-meals maker Corrton Foods": a lowercase description of the company may stand before its name.
  // "buy cookware label hearthco": a brand noun, and a lowercase noun before a company or brand noun, describe it too.
  const kindNoun = (t: Token | undefined) => t !== undefined && /^[a-z]/.test(t.text) && (COMPANY_NOUNS.has(t.norm) || BRAND_NOUNS.has(t.norm));
  const describes = (t: Token, at: number) => t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Demonym') || /-/.test(t.post) || /^(based|headquartered|listed|owned)$/.test(t.norm)
    || kindNoun(t) || (/^[a-z]/.test(t.text) && t.tags.has('Noun') && (kindNoun(layer.token(at + 1)) || kindNoun(layer.token(at + 2))));
  while (k < trigger + 6 && layer.token(k) && !layer.owner[k] && describes(layer.token(k)!, k)) k++;
  // "buy the wagon-leasing business of Tarkby Baldacci": a firm's unit is a company too.
  for (let j = trigger + 1; j < trigger + 7 && layer.token(j) && !layer.owner[j]; j++) {
    if (UNIT_NOUNS.has(layer.token(j)!.norm) && layer.token(j + 1)?.norm === 'of' && layer.owner[j + 2]?.kind === 'name') return true;
  }
  // ("the purchase of Tarvo's power-devices unit": so is a firm's unit after its owner's name, bought; "the sale of
  // Tarvo's unit" keeps its seller's reading.)
  if (BUYING_WORDS.test(layer.token(trigger)!.norm) && unitOwnerAt(layer, k, trigger + 12)) return true;
  const m = layer.owner[k];
  if (m === undefined || m.kind !== 'name' || m.possessive) return false;
  // "buy Nvidia chips": the name only says whose chips.
  const after = layer.token(m.last + 1);
  // "sell Corlath the whole of its power", "sell Tern the plant": the name receives; what is sold comes after it.
  if (after && !layer.token(m.last)!.post.includes(',') && (after.tags.has('Determiner') || after.tags.has('Value') || /^(its|their|his|her)$/.test(after.norm))) return false;
  const grammatical = after !== undefined && (PREPOSITIONS.has(after.norm) || ['Determiner', 'Conjunction', 'Adverb', 'Preposition'].some((tag) => after.tags.has(tag)));
  const modifies = after !== undefined && /^[a-z]/.test(after.text) && !grammatical && !layer.token(m.last)!.post.trim();
  return !modifies && after?.norm !== 'with';
}
