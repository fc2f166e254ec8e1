import { PLACE_ADJECTIVES } from '../lexicon/demonyms.js';
import { FAILING_FORMS } from '../lexicon/deal-endings.js';
import { CURRENCY_NAMES, OFFICER_TITLES } from '../lexicon/names.js';
import type { Sentence, Token } from '../text/document.js';
import type { ActionEntry } from '../schema/options.js';
import { ACTION_LEMMAS, ACTION_THIRD_PERSON, ACTION_WORDS, NOMINAL_ACTION_FORMS, verbForms, type ActionWord } from '../lexicon/actions.js';
import { FRAME_OF_TYPE } from '../lexicon/frames.js';
import { isFieldLabel } from './fields.js';
import { seriesLetterAt } from './instruments.js';
import { decorate, definedDealTerm, speakerLabelAt } from './decorations.js';
import { SITE_NOUNS } from '../lexicon/names.js';
import { isCommonWord } from '../text/nlp.js';

/** An action word found in a sentence, with the part of speech it plays there. */
export interface Trigger {
  token: number;
  word: ActionWord;
  pos: 'verb' | 'noun';
  /** "is being rented by", "was acquired by". */
  passive: boolean;
}

export type ActionIndex = ReadonlyMap<string, readonly ActionWord[]>;

/** Builds the form -> words index once per lexicon: "leasing" -> lease (verb). */
export function indexActions(extra: readonly ActionEntry[] = []): ActionIndex {
  const index = new Map<string, ActionWord[]>();
  const add = (form: string, word: ActionWord) => {
    const list = index.get(form) ?? [];
    list.push(word);
    index.set(form, list);
  };
  const words: ActionWord[] = [
    ...ACTION_WORDS,
    ...extra.map((e): ActionWord => ({ ...e, frame: FRAME_OF_TYPE[e.type], pos: 'verb', example: e.example ?? e.lemma })),
  ];
  for (const word of words) {
    const forms = [word.lemma, ...(word.forms ?? (word.pos === 'verb' ? verbForms(word.lemma) : []))];
    for (const form of new Set(forms)) add(form.toLowerCase(), word);
  }
  return index;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'any', 'no', 'each', 'every', 'another', 'such']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * An adjective that modifies what follows. A capitalized word compromise calls an adjective only for its ending
 * ("Pravic", "Ionic") is a name, unless it is a place's ("Chilean").
 */
const isAdjective = (t: Token): boolean => t.tags.has('Adjective') && (!/^\p{Lu}/u.test(t.text) || t.tags.has('Demonym'));

/** Particles of phrasal deal verbs: "snaps up", "locks in", "takes over". */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'in', 'over', 'off', 'out']);

/** Words that open a verb's object: "offloads its masts", "sells the plant", "buys a stake". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'the', 'a', 'an', 'all', 'half', 'part']);

/** Prepositions whose next word, save a gerund, is a noun: never "to", which may open an infinitive. */
const NOUN_AFTER: ReadonlySet<string> = new Set(['from', 'by', 'with', 'for', 'of', 'in', 'on', 'at', 'into', 'under', 'over', 'between', 'among', 'through', 'via', 'without']);

/** True when the word before marks a noun: "a deal", "SpaceX's lease", "three-year deal", "chip deal". */
function readsAsNoun(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  // ("The Siskin letting at Wendacre Yard", "its letting of the depot": a property's letting after a determiner is a noun.)
  const determinedLetting = token.norm === 'letting' && tokens.slice(Math.max(0, at - 4), at).some((t) => DETERMINERS.has(t.norm) || t.possessive);
  if (/(ing|ed)$/.test(token.norm) && !/^(building|offering)$/.test(token.norm) && !determinedLetting) return false;
  // "bought", "sold", "won": an irregular past form is never a noun.
  if (token.tags.has('PastTense') && !token.tags.has('Noun')) return false;
  const prev = tokens[at - 1];
  if (!prev) return token.tags.has('Noun');
  // ("WBM offloads Fundton", "Banby scoops up Tellpay": a deal verb's third person between a name and a name or
  // its particle is the verb, whatever its tags.)
  const next = tokens[at + 1];
  // ("Solenne offloads 4,200 masts to Tollvane", "Solenne offloads its masts": or before a figure or an article.)
  // ("Tovenna partners with Brackmoor": or before "with".)
  if (ACTION_THIRD_PERSON.has(token.norm) && /^\p{Lu}/u.test(prev.text) && /^\s+$/.test(prev.post) && !prev.possessive && next !== undefined
    && (/^\p{Lu}/u.test(next.text) || PARTICLES.has(next.norm) || OBJECT_OPENERS.has(next.norm) || next.norm === 'with' || /^[\d$\u20ac\u00a3]/.test(next.text))) return false;
  // "a six-year cloud computing contract": a determiner ahead, only modifiers between.
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.norm) || t.possessive) return true;
    // ("Caskmoor's barley contract", "its older two-year barley contract": a bare verb form among the modifiers after an
    // owner or a determiner is a noun the tagger misread.)
    const misreadNoun = t.tags.has('Infinitive') && !t.tags.has('Modal') && !t.tags.has('Auxiliary');
    const modifier = isAdjective(t) || t.tags.has('Value') || t.tags.has('Gerund') || (t.tags.has('Noun') && !t.tags.has('Pronoun')) || t.text.startsWith('$') || misreadNoun;
    if (!modifier || /[;:]/.test(t.post)) break;
  }
  if (/[,;:]/.test(prev.post)) return token.tags.has('Noun') && !token.tags.has('Verb');
  // ("from funds managed by Siskin", "with leases of ten years": a word a preposition governs is a noun.)
  if (NOUN_AFTER.has(prev.norm) && /^\s+$/.test(prev.post)) return true;
  if (DETERMINERS.has(prev.norm) || prev.possessive || isAdjective(prev) || prev.tags.has('Value')) return true;
  if (/^\p{Lu}/u.test(prev.text) && prev.i > 0) {
    // "NBA rights cost", "SpaceX's Colossus lease to": a name before a noun; "SpaceX leases Colossus": a subject.
    const next = tokens[at + 1];
    const possessiveBefore = tokens.slice(Math.max(0, at - 4), at).some((t) => t.possessive);
    return possessiveBefore || !next || /[,.;:]/.test(token.post) || next.tags.has('Copula') || next.tags.has('Modal') || (next.tags.has('Verb') && !next.tags.has('Noun'));
  }
  if (prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !/^\p{Lu}/u.test(prev.text)) return true;
  if (/^(to|will|would|can|could|may|might|must|should|shall|did|does|do)$/.test(prev.norm)) return false;
  return token.tags.has('Noun') && !token.tags.has('Verb');
}

function isPassive(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (!/(ed|en|ld|lt|id|ght)$/.test(token.norm)) return false;
  const before = tokens.slice(Math.max(0, at - 2), at);
  if (!before.some((t) => BE.has(t.norm))) return false;
  // ("has been awarded the running of the port by Kellsmoor Authority": the agent may follow the object and a place;
  // "was awarded the contract, worth $40m, by Kellsmoor": or one or two asides set off by commas.)
  // (The clause's own comma and the commas of two asides make three at most.)
  let commas = 0;
  for (let k = at + 1; k < Math.min(tokens.length, at + 19); k++) {
    const t = tokens[k]!;
    if (t.norm === 'by' && !/^\d/.test(tokens[k + 1]?.text ?? '')) return true;
    if (/[;.:]/.test(t.post) || (/,/.test(t.post) && ++commas > 3) || (commas === 0 && k >= at + 13)) return false;
  }
  return false;
}

const FINITE_TAGS = ['PresentTense', 'PastTense', 'Modal', 'Copula', 'Auxiliary', 'Gerund', 'Infinitive', 'Pronoun', 'Determiner', 'Preposition'];

/** Heads of a job's title before "of" and a function: "head of purchasing", "director of sales" (`OFFICER_TITLES` and a few more). */
const TITLE_HEADS: ReadonlySet<string> = new Set([...OFFICER_TITLES, 'vp', 'manager', 'officer', 'executive', 'leader', 'lead']);

/** Nouns for the talks about a deal: "merger talks", "supply negotiations" are talks of that action. */
const TALKS = new Set(['talks', 'negotiations', 'discussions', 'terms']);

/**
 * "a Berlin payments start-up", "its order book", "an investment bank", "a rights issue": a deal noun right before
 * another common noun only describes that noun. ("a supply deal" and "merger talks" keep the deal word.)
 */
function modifiesNoun(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  // ("Brisco's Quellby takeover collapses": a verb a deal ends by, which the tagger may call a plural noun, is no noun.)
  if (!next || !/^\s+$/.test(tokens[at]!.post) || !/^[a-z]/.test(next.text) || NOMINAL_ACTION_FORMS.has(next.norm) || TALKS.has(next.norm) || next.norm === 'worth' || FAILING_FORMS.has(next.norm)) return false;
  // ("a supply agreement covering 220 MW", "a licence including the Asian rights": an -ing form before a figure, an
  // article or a name is a participle that tells what the deal covers, whatever the tagger called it.)
  const after = tokens[at + 2];
  // ("Brisbury's contract covers 38 MW", "the lease runs ten years": so is a third-person verb the tagger took for a plural.)
  if (/(?:ing|[^s]s)$/.test(next.norm) && after !== undefined && (after.tags.has('Value') || after.tags.has('Determiner') || after.possessive || /^[\p{Lu}$\u20ac\u00a3]/u.test(after.text))) return false;
  return next.tags.has('Noun') && !FINITE_TAGS.some((tag) => next.tags.has(tag));
}

/**
 * "the Chilean shipping folks", "its leasing arm", "a wagon-leasing business": an -ing form after an article, an
 * adjective or an owner and before a noun describes that noun; "is leasing servers" and "by leasing its depots" act.
 */
function describesNoun(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  const next = tokens[at + 1];
  if (!prev || !next || !/ing$/.test(tokens[at]!.norm) || next.possessive || next.tags.has('Pronoun') || next.tags.has('Determiner')) return false;
  // ("the wagon-leasing business": the second half of a compound before a noun describes it too.)
  if (prev.post === '-' && modifiesNoun(tokens, at)) return true;
  // ("its manufacturing facility", "their shipping arm": an owner's pronoun opens the noun phrase too.)
  const opens = prev.tags.has('Determiner') || prev.tags.has('Adjective') || prev.tags.has('Demonym') || prev.possessive || prev.tags.has('Possessive');
  // ("its manufacturing facility": a site noun a deal may also name, "a credit facility", is still the noun described.)
  const site = /^\s+$/.test(tokens[at]!.post) && /^[a-z]/.test(next.text) && SITE_NOUNS.has(next.norm);
  return opens && !prev.tags.has('Verb') && /^\s+$/.test(prev.post) && (modifiesNoun(tokens, at) || site);
}

/**
 * "Harlow's owned, leased and committed fleet", "its leased aircraft": a past participle between an owner or a
 * determiner (past a list of other participles) and a noun describes the noun; "Harlow leased aircraft to" is a verb.
 */
function participleModifier(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!/ed$/.test(tokens[at]!.norm) || !/^\s+$/.test(tokens[at]!.post) || next === undefined || !/^\p{Ll}/u.test(next.text) || !next.tags.has('Noun') || next.tags.has('Pronoun')) return false;
  let k = at - 1;
  // (The tagger may read an owner's "'s" as "is" and leave an empty word for it.)
  while (k >= 0 && (/^(?:and|or)$/.test(tokens[k]!.norm) || tokens[k]!.text === '' || ((/ed$/.test(tokens[k]!.norm) || isAdjective(tokens[k]!)) && /^(?:,\s*|\s+)$/.test(tokens[k]!.post)))) k--;
  const opener = tokens[k];
  return opener !== undefined && (DETERMINERS.has(opener.norm) || opener.possessive || opener.tags.has('Possessive'));
}

/** Participles of timing that open a clause describing the noun before their comma: "12 jets, due to deliver in 2027". */
const TIMING_PARTICIPLES: ReadonlySet<string> = new Set(['scheduled', 'due', 'slated', 'set']);

/**
 * "lease agreements for twelve new aircraft, scheduled to deliver between April and March": a verb after a comma and
 * a participle of timing tells what the noun before the comma will do, not a deal of its own.
 */
function inReducedRelative(tokens: readonly Token[], at: number): boolean {
  const participle = tokens[at - 2];
  return tokens[at - 1]?.norm === 'to' && participle !== undefined && TIMING_PARTICIPLES.has(participle.norm) && /,\s*$/.test(tokens[at - 3]?.post ?? '');
}

/** A token that writes a sum of money: "$85m", "EUR", "R$2.4bn", "£120m". */
// ("totalling Rs 750 crore", "for CHF 40 million": a currency's code or letters before a figure mark money too.)
const isMoney = (t: Token): boolean => t.tags.has('Money') || t.tags.has('Currency') || /^[A-Z]{0,3}[$\u20ac\u00a3\u00a5\u20b9]/.test(t.text) || (/^[A-Z]/.test(t.text) && CURRENCY_NAMES.has(t.text.toLowerCase()));

const capitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/** Nouns a round's series letter may stand before: "a Series C round", "its Series B financing". */
const ROUND_NOUNS: ReadonlySet<string> = new Set(['round', 'rounds', 'financing', 'funding', 'raise', 'extension', 'investment']);

/** "Solano Orders 75 Jets From Vustrin": most words capitalized, so a capital marks no name. */
export function isHeadlineCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /^[A-Za-z]{4,}/.test(t.text));
  // ("Arvel Capital, Lunmoor Funds and Sorrel Fund have agreed to buy ...": names crowd a sentence whose verbs stay lowercase.)
  const lowerContent = words.filter((t) => /^[a-z]/.test(t.text) && !['Preposition', 'Conjunction', 'Determiner'].some((tag) => t.tags.has(tag)));
  return words.length >= 3 && lowerContent.length < 2 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length >= words.length * 0.7;
}

/** Every action word of a sentence that reads as the part of speech its entry wants. */
export function findTriggers(sentence: Sentence, index: ActionIndex): Trigger[] {
  const triggers: Trigger[] = [];
  const { tokens } = sentence;
  // (A deal sheet's fields are crowded with names, not a headline: "Buyer: Kernane Motors · Seller: Pirlris Ventures Fund II".)
  const headlineCase = isHeadlineCase(tokens) && !tokens.some((_, k) => isFieldLabel(tokens, k));
  // ("Deals round-up - Tarvo/Siskin (£340m): ...": a newsletter section's label names no deal.)
  const labelEnd = decorate(sentence).sectionLabelEnd ?? -1;
  tokens.forEach((token, at) => {
    if (at <= labelEnd) return;
    // ("Stake: 51% | Consideration: ¥48bn": a deal sheet's label names no action; `fields.ts` reads the sheet.)
    if (token.quoted || isFieldLabel(tokens, at) || speakerLabelAt(tokens, at) >= 0) return;
    // "Loan Programs Office", "Otoll Infrastructure Partners": a capitalized word inside a name is no action.
    // ("Renting Colossus to Anthropic ...": a sentence's opening verb stays one.)
    const opensWithVerb = at === 0 && /(ing|ed)$/.test(token.norm);
    // ("Amazon's PPA with Iberdrola": an owner's acronym is no part of its name.)
    // ("the Odisha MoU": an abbreviation with an inner capital is a word of its own.)
    // ("Hedric Shipping's eight-ship order": the owner's mark is no part of the word.)
    const inName = /^[A-Z][a-z]+(?:['\u2019]s)?$/.test(token.text) && ((capitalized(tokens[at - 1]) && !tokens[at - 1]!.possessive) || capitalized(tokens[at + 1]));
    // ("a Series B": a round's letter after "Series" makes no name of it.)
    // ("a Series C round", "its Series B financing": the noun after the letter is the deal word then.)
    const roundSeries = seriesLetterAt(tokens, at);
    if (roundSeries && ROUND_NOUNS.has(tokens[at + 2]?.norm ?? '')) return;
    if (!headlineCase && !opensWithVerb && inName && !roundSeries && !definedDealTerm(tokens, at)) return;
    // "out-licensing", "re-leasing": the action is the last part.
    // ("a tie-up with Haldisson", "co-develop": the tagger splits a hyphened word; its first half stands for it.)
    const hyphened = token.post === '-' && tokens[at + 1] ? index.get(`${token.norm}-${tokens[at + 1]!.norm}`) : undefined;
    // ("out-licensed", "sub-leased": compromise keeps a prefixed word whole and drops the hyphen from its norm; the
    // text keeps it. Only a prefix that leaves the verb its own: "co-selling" is no sale.)
    const joinedText = token.text.toLowerCase();
    const words = hyphened ?? index.get(token.norm) ?? (token.norm.includes('-') ? index.get(token.norm.slice(token.norm.lastIndexOf('-') + 1))
      : /^(?:out|in|sub|re|pre)-[a-z]+$/.test(joinedText) ? index.get(joinedText.slice(joinedText.lastIndexOf('-') + 1)) : undefined);
    if (!words) return;
    const pos = hyphened ? hyphened[0]!.pos : readsAsNoun(tokens, at) ? 'noun' : 'verb';
    if (pos === 'noun' && modifiesNoun(tokens, hyphened ? at + 1 : at)) return;
    // ("Siskin's head of purchasing, Ana Tell", "its vice president of sales": a job's title names no deal.)
    if (tokens[at - 1]?.norm === 'of' && TITLE_HEADS.has(tokens[at - 2]?.norm ?? '')) return;
    if (pos === 'noun' && rankDenied(tokens, at)) return;
    // ("award-winning", "deal-making": a noun hyphened to a participle makes an adjective or a noun of its own.)
    if (!hyphened && pos === 'noun' && token.post === '-' && /^[a-z]+(?:ing|ed)$/.test(tokens[at + 1]?.text ?? '')) return;
    if (pos === 'verb' && (describesNoun(tokens, at) || participleModifier(tokens, at) || inReducedRelative(tokens, at))) return;
    // ("100% pay-as-produced", "a take-or-pay deal": the last word of a compound of three or more is no action.)
    if (pos === 'verb' && at > 1 && tokens[at - 1]!.post === '-' && tokens[at - 2]!.post === '-') return;
    // ("a 2009-built tanker", "a Korean-built carrier": a participle hyphened after a year or a people's adjective describes
    // the goods; "a Tarvo-led round" names its leader.)
    if (pos === 'verb' && at > 0 && tokens[at - 1]!.post === '-' && (/ed$/.test(token.norm) || token.tags.has('PastTense'))
      && (/^\d{4}$/.test(tokens[at - 1]!.text) || PLACE_ADJECTIVES.has(tokens[at - 1]!.norm))) return;
    if (pos === 'verb' && token.norm === 'used' && tokens[at + 1]?.norm === 'to' && !/^\p{Lu}/u.test(tokens[at + 2]?.text ?? '')) return;
    // ("takes 7% of Pellion" is a stake, "taking Bittern off Strandberg's hands" a purchase: the first entry whose
    // conditions the words meet.)
    // ("Tarvo Orders Six Bulk Carriers From Siskin": a title-case headline has one verb; a later capitalized verb
    // form is a noun of its goods.)
    if (headlineCase && pos === 'verb' && /^\p{Lu}/u.test(token.text) && triggers.some((t) => t.pos === 'verb' && /^\p{Lu}/u.test(tokens[t.token]!.text))) return;
    const word = words.find((w) => w.pos === pos && meetsConditions(w, tokens, at));
    if (word) triggers.push({ token: at, word, pos, passive: pos === 'verb' && isPassive(tokens, at) });
  });
  return triggers;
}

/**
 * "this isn't the first Lumenstream-Harborline tie-up", "not the only Grebe order": a deal noun ranked after "not the"
 * points at other deals of the kind, and tells none of its own.
 */
function rankDenied(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 5); k--) {
    // ("first rodeo — the old coil contract": a rank in another phrase ranks another noun.)
    if (/[,;:\u2013\u2014]|\s-\s/.test(tokens[k]!.post)) return false;
    if (!/^(first|only|second|last|first-ever)$/.test(tokens[k]!.norm)) continue;
    if (tokens[k - 1]?.norm === 'the') return tokens[k - 2]?.norm === 'not';
    // ("this isn't Velmara and Ostrin's first deal": the owners' names may stand where "the" does.)
    for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
      const t = tokens[j]!;
      if (t.norm === 'not' || /n['\u2019]t$/.test(t.norm)) return true;
      if (!/^\p{Lu}/u.test(t.text) && t.norm !== 'and' && t.norm !== '&') return false;
    }
    return false;
  }
  return false;
}

/** Prepositions that join talks to the deal they are about: "talks on the sale", "negotiations about a disposal". */
const TALKS_ABOUT = new Set(['over', 'on', 'about', 'regarding', 'concerning', 'for']);

/**
 * "ended talks on the sale of Harlow's depots", "negotiations with Tarvo about a disposal": a deal noun that talks
 * are about is a deal whoever its buyer is, so it needs no marker of its other side.
 */
function talkedAbout(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  // ("talks with Tarvo over a sale": the tagger may call "over" an adjective.)
  while (k >= 0 && at - k <= 3 && !TALKS_ABOUT.has(tokens[k]!.norm) && (tokens[k]!.tags.has('Determiner') || tokens[k]!.tags.has('Adjective') || tokens[k]!.possessive)) k--;
  if (!TALKS_ABOUT.has(tokens[k]?.norm ?? '')) return false;
  // ("talks with Tarvo over the sale": the other side may stand between the talks and what they are about.)
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    if (TALKS.has(tokens[j]!.norm)) return true;
    if (/[,;:.]/.test(tokens[j]!.post)) return false;
  }
  return false;
}

/** Words that open the thing given after the taker in a dative: "let Siskin its depot", "let Siskin the upper floors". */
const GIVEN_OPENERS: ReadonlySet<string> = new Set(['its', 'the', 'a', 'an', 'their', 'his', 'her', 'two', 'three', 'four', 'five']);

/**
 * "Tarvo let Siskin its Leeds depot": a taker's name of up to three words right after the verb, then the thing given.
 * ("let Siskin know", "let Siskin go": a verb after the name makes it no dative.)
 */
function givenThing(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  // (The taker is a name: capitalized, or a lowercase brand no dictionary knows, "let quorrelmart its shed"; not "letting of the year".)
  if (first === undefined || first.tags.has('Pronoun') || !(/^\p{Lu}/u.test(first.text) || (/^\p{Ll}+$/u.test(first.text) && !isCommonWord(first.norm)))) return false;
  for (let j = from + 1; j <= from + 3 && j < tokens.length; j++) {
    if (GIVEN_OPENERS.has(tokens[j]!.norm)) return /^\s+$/.test(tokens[j - 1]!.post);
    if (!/^\p{Lu}/u.test(tokens[j]!.text) || tokens[j]!.tags.has('Verb')) return false;
  }
  return false;
}

/** Whether the words around an action word meet its entry's conditions: `unless`, `followedBy`, `needs`, `needsMoney`. */
/**
 * The tokens from `from` up to `to` while no comma, semicolon or colon has closed the phrase: none when one stands
 * before `from` past the deal noun.
 */
function untilClauseMark(tokens: readonly Token[], from: number, to: number): readonly Token[] {
  if (tokens.slice(from - 9, from).some((t) => /[,;:.]/.test(t.post))) return [];
  const end = tokens.slice(from, to).findIndex((t) => /[,;:]/.test(t.post));
  return tokens.slice(from, end < 0 ? to : from + end + 1);
}

function meetsConditions(word: ActionWord, tokens: readonly Token[], at: number): boolean {
  const pos = word.pos;
  // ("is going solely to Siskin": an adverb in "-ly" may stand between the verb and the particle it asks for.)
  const gap = word.followedBy && /ly$/.test(tokens[at + 1]?.norm ?? '') && tokens[at + 1]!.tags.has('Adverb') && word.followedBy.includes(tokens[at + 2]?.norm ?? '') ? 1 : 0;
  // "paying down debt": a particle that makes the verb another phrase.
  if (word.unless?.includes(tokens[at + gap + (word.followedBy ? 2 : 1)]?.norm ?? '')) return false;
  if (word.unlessAfter?.includes(tokens[at - 1]?.norm ?? '')) return false;
  // ("is to use that cash on its bonds": what a firm does with its own money is no deal.)
  if (word.unlessObject) {
    const k = /^(?:the|its|their|his|her|our|this|that|those|these|some|any)$/.test(tokens[at + 1]?.norm ?? '') ? at + 2 : at + 1;
    // ("delivering its standalone plan": the object's noun may stand past a modifier or two.)
    for (let j = k; j <= k + 2 && j < tokens.length; j++) {
      if (word.unlessObject.includes(tokens[j]!.norm)) return false;
      if (/[,.;:]/.test(tokens[j]!.post) || !/^\p{Ll}/u.test(tokens[j]!.text)) break;
    }
  }
  if (word.followedBy && !word.followedBy.includes(tokens[at + gap + 1]?.norm ?? '')) return false;
  // (Only when the verb after "to" is a deal's own, which the role rules read: "picked Hostsund to build six cranes"; "picked
  // Lathmere to run its billing in the cloud" is the supply itself.)
  if (word.unlessToDo && tokens.slice(at + 1, at + 8).some((t, j, near) => t.norm === 'to' && near[j + 1]?.tags.has('Infinitive') === true && ACTION_LEMMAS.has(near[j + 1]!.norm))) return false;
  if (word.needs) {
    // ("the disposal of a 35 per cent share in its riverside retail parks portfolio to Tarvo": past a noun's "of" phrase,
    // up to a comma or a semicolon, the marker may stand further on.)
    const window = [...tokens.slice(at + 1, at + 10), ...(pos === 'noun' && tokens[at + 1]?.norm === 'of' ? untilClauseMark(tokens, at + 10, at + 17) : [])];
    // ("takes 7% of Pellion": '%' stands for any percentage.)
    // ("Vantrel's first Brevik purchase": a name right before a deal noun says whom it was with.)
    const namedBefore = pos === 'noun' && at > 1 && capitalized(tokens[at - 1]) && !tokens[at - 1]!.possessive && /^\s+$/.test(tokens[at - 1]!.post);
    // ("WBM offloads Fundton": 'name' asks for a name as the verb's object.)
    // ("the rights went to Ravelby Sport": past the verb's particle, when the entry asks for one.)
    const nameAt = word.followedBy ? at + gap + 2 : at + 1;
    const namedAfter = word.needs.includes('name') && capitalized(tokens[nameAt]) && !tokens[nameAt]!.tags.has('Pronoun');
    const marked = window.some((t) => word.needs!.includes(t.norm) || (word.needs!.includes('%') && t.text.endsWith('%')));
    const dative = word.needs.includes('dative') && givenThing(tokens, at + 1);
    if (!namedBefore && !namedAfter && !marked && !dative && !(pos === 'noun' && talkedAbout(tokens, at))) return false;
  }
  // ("a $12 million seed round", "a $1.2 billion five-year revolving credit facility", "a round of $85 million": a noun's
  // sum stands just before or after it; "round two" counts.)
  // ("the allotment of 2,000,000 new shares, totalling Rs 500 crore": past the count an "of" says the noun is of.)
  const reach = pos === 'noun' && tokens[at + 1]?.norm === 'of' && tokens[at + 2]?.tags.has('Value') === true ? 12 : 4;
  const sum = pos === 'noun' ? [...tokens.slice(Math.max(0, at - 6), at), ...tokens.slice(at + 1, at + reach)] : tokens.slice(at + 1, at + 8);
  if (word.needsMoney && (!sum.some(isMoney) || (pos === 'noun' && tokens[at + 1]?.tags.has('Value')))) return false;
  return true;
}
