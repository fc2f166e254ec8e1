import type { Party } from '../schema/claim.js';
import type { Mention } from './mentions.js';
import { COMPANY_FORMS, LEGAL_SUFFIXES, ORGANIZATION_WORDS } from '../lexicon/words.js';
import { PUBLIC_BODY_NOUNS } from '../lexicon/names.js';

/** The rule of a party that does not say which one ("the government"): it takes the name of the event it joins. */
export const GENERIC_PARTY_RULE = 'public-body:generic';

const LEADING_FUNCTION_WORDS = /^(?:the|with|for|as|at|by|from|in|on|of|to|and|but|so|if|while|after|before|under|since|despite)$/i;

/** A legal suffix a written name drops ("Inc.", "plc"); its company form stays ("Group", `COMPANY_FORMS`). */
const legalFormOf = (word: string): boolean => {
  const lower = word.toLowerCase().replace(/,$/, '');
  return LEGAL_SUFFIXES.has(lower) && !COMPANY_FORMS.has(lower);
};

/** "Nvidia Inc." -> "Nvidia", "Avocet Data Holdings, Inc." -> "Avocet Data Holdings", "The Tern Group" -> "Tern Group"; else as written. */
export function cleanName(name: string): string {
  const words = name.split(/\s+/);
  // "The Tern Group", and a capitalized word that opened the sentence: "With Oldby's ...", "For Tern, ...".
  while (words.length > 1 && LEADING_FUNCTION_WORDS.test(words[0]!)) words.shift();
  while (words.length > 1 && legalFormOf(words[words.length - 1]!)) {
    const form = words.pop()!;
    // ("Kildmore Solar Private Limited", "Hilwell Public Company Limited": a word that only makes the form two words.)
    if (words.length > 2 && /^(?:private|public|pvt\.?)$/i.test(words[words.length - 1]!) && /^(?:limited|ltd\.?|company)$/i.test(form)) words.pop();
    // ("Jonas Haldisson & Co.", "Barlow and Company", "Tarvo & Co., Ltd.": the "&" that joined the form goes with it.)
    if (words.length > 1 && /^(?:&|and)$/i.test(words[words.length - 1]!) && /^(?:co\.?|company|cie\.?),?$/i.test(form)) words.pop();
  }
  return words.join(' ').replace(/[,.]$/, '');
}

/** "FC Aldebrück" and "Aldebrück", "Kiskworth" and "Kiskworth Motors": the words of one name all in the other's. */
export function sameFirm(a: string, b: string): boolean {
  const words = (name: string) => cleanName(name).toLowerCase().split(/\s+/);
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w));
}

function kindOf(m: Mention): Party['kind'] {
  if (m.personLike) return 'person';
  const last = m.name.split(/\s+/).pop()!.toLowerCase();
  return ORGANIZATION_WORDS.has(last) || PUBLIC_BODY_NOUNS.has(last) ? 'organization' : 'unknown';
}

/** The party a mention stands for; a pronoun takes its referent's name (`which` picks one of "the two companies"). */
export function partyOf(text: string, mention: Mention, which = 0): Party | null {
  const named = mention.kind === 'name' ? mention : mention.refersTo?.[which];
  if (!named) return null;
  const name = cleanName(named.name);
  return {
    canonical: name,
    text: text.slice(mention.start, mention.end),
    span: { start: mention.start, end: mention.end },
    kind: kindOf(named),
    certainty: mention.kind === 'name' && !named.generic ? 'stated' : 'implied',
    rule: mention.kind === 'name' ? (named.generic ? GENERIC_PARTY_RULE : named.rule ?? 'name') : `resolved-${mention.kind}`,
  };
}
