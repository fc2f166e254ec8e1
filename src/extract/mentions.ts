import type { Sentence, Token } from '../text/document.js';
import { STATEMENT_VERBS, TREND_WORDS } from '../lexicon/statements.js';
import { isOfficeHolder } from '../lexicon/office-holders.js';
import { FULL_NAME_WORDS, HEARSAY_OPENERS, MAKER_NOUNS, COMMENTATOR_NOUNS, CURRENCY_NAMES, CURRENCY_PHRASES, ISO_CURRENCY_CODES, OFFICER_TITLES, PUBLIC_BODY_NOUNS, RATING_CHANGES, RATING_WORDS, REPORTING_VERBS, SITE_NOUNS, STOCK_EXCHANGES, TICKER_COUNTRY_CODES } from '../lexicon/names.js';
import { PLACE_ADJECTIVES } from '../lexicon/demonyms.js';
import { isWordNetWord } from '../lexicon/english-words.js';
import { endsInPlaceHead } from '../lexicon/place-heads.js';
import { isOfficerTitle, officerFirm, speakerFirm, type Turn } from './speakers.js';
import { GROUP_NOUNS } from './groups.js';
import { NOT_AGENTS } from './descriptions.js';
import { decorate, speakerLabelAt } from './decorations.js';
import { isHeadlineCase } from './actions.js';
import { ACTION_GERUNDS, ACTION_LEMMAS, ACTION_THIRD_PERSON, DEAL_NOUNS, EQUITY_NOUNS, NOMINAL_ACTION_FORMS } from '../lexicon/actions.js';
import { isCommonWord, isLexiconPlace, isOrdinaryWord, isPlaceName, isShoutedWord } from '../text/nlp.js';
import { isNumberWord } from '../quantities/number-words.js';
import {
  ARROW, BACK_ARROW, BRAND_NOUNS, REGION_NOUNS, CARRYING_VERBS, COMPANY_NOUNS, ELEMENT_SYMBOLS, FIRST_PERSON_PRONOUNS, GOODS_ACRONYMS, isCompanyNoun, LEGAL_SUFFIXES, LOCATIVE_PREPOSITIONS, OUTLET_WORDS, PLACE_PREPOSITIONS, NEUTER_PRONOUNS, NOT_A_NAME, ORGANIZATION_WORDS, PERSONAL_PRONOUNS, PLURAL_PRONOUNS, PREPOSITIONS,
} from '../lexicon/words.js';

export type MentionKind = 'name' | 'person-pronoun' | 'neuter-pronoun' | 'plural-pronoun';

/** Words that open a field of a filing or release before a lowercase word: "Total contract value", "Annual rent", "Consideration of". */
const FIELD_OPENERS: ReadonlySet<string> = new Set(['total', 'annual', 'overall', 'aggregate', 'gross', 'net', 'combined', 'estimated', 'yearly', 'monthly', 'quarterly', 'initial', 'maximum', 'minimum', 'approximate', 'cumulative',
  // (A field named by its noun: "Consideration of €75m is payable ...", "Contract value: ...", "Transaction value is ...".)
  'consideration', 'contract', 'transaction', 'deal', 'purchase', 'sale', 'term', 'tenor']);

/** A place in a sentence that names or refers to a party. Token range `[first, last]` is inclusive. */
export interface Mention {
  sentence: number;
  first: number;
  last: number;
  start: number;
  end: number;
  /** The name without a possessive ending ("Musk's" -> "Musk"); for pronouns the pronoun. */
  name: string;
  kind: MentionKind;
  possessive: boolean;
  personLike: boolean;
  /** Filled by pronoun resolution: the name mentions a reference stands for. */
  refersTo?: Mention[];
  /** The rule that found a name other than by its capitals ("public-body"). */
  rule?: string;
  /** A name that does not say which one ("the government"): it joins the event its other party fits. */
  generic?: boolean;
  /** "Waskris Brothers Media (WBM)": the acronym this name defines for the rest of the paragraph. */
  defines?: string;
  /** "we", "our", "us" inside quoted speech: the speaker's firm. */
  firstPerson?: boolean;
  /** For "we" in a transcript's turn, the person the turn's label names ("INGRID SETHARA: We signed ..."). */
  speaker?: string;
  /** A person a title makes a firm's officer: "Vereda CFO Luana Pastholm" is Vereda's. */
  officerOf?: string;
  /** On a firm's name, the people the sentence makes its officers ("Mara Quell runs Siskin Storage"). */
  officers?: string[];
}

export const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const NAME_TAGS = ['ProperNoun', 'Person', 'Organization', 'Place', 'Acronym', ...PERSON_TAGS];
const NOT_SUBJECT_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Gerund', 'Value'];
const POSSESSIVE_END = /['\u2019]s?$/;
/**
 * "Dublin-based Avolon", "Microsoft-backed OpenAI", "Greek-run Astix": the name before these describes the party, it
 * is not one. Any "-ed" participle counts too, but "Google-owned DeepMind" keeps its owner's name for the family link.
 */
const ORIGIN_SUFFIXES = new Set(['based', 'area', 'made', 'built', 'born', 'run', 'held', 'grown', 'bred']);
const isOriginSuffix = (word: string): boolean => ORIGIN_SUFFIXES.has(word) || /[a-z]ed$/.test(word);

const firstWordOf = (name: string): string => name.toLowerCase().split(/\s+/)[0] ?? '';

/** A word without its possessive ending, and a ticker without its cashtag ("$PLW" names the firm listed as PLW). */
const bare = (text: string): string => text.replace(POSSESSIVE_END, '').replace(CASHTAG, '');

/** A social post's handle that spells a name: "@SiskinStorage", "@tarvo_foods", not "@ab" or "@123". */
const HANDLE = /^@[A-Za-z][A-Za-z0-9_]{2,30}$/;
/** Words a handle adds to a firm's name: "@TarvoHQ", "@SiskinVC", "@BrindleOfficial". */
const HANDLE_TAILS: ReadonlySet<string> = new Set(['hq', 'vc', 'official', 'team', 'news', 'global', 'app', 'inc', 'co', 'corp', 'ltd', 'plc']);

/** "@TarvoFoods" -> "Tarvo Foods", "@tarvo_foods" -> "Tarvo Foods", "@SiskinVC" -> "Siskin": a handle's words, each capitalized. */
function handleName(handle: string): string {
  const words = handle.slice(1).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').split(/[_\s]+/).filter(Boolean);
  if (words.length > 1 && HANDLE_TAILS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}
const CASHTAG = /^\$(?=[A-Z]{1,6}(?:\.[A-Z]{1,2})?$)/;
/** Capitalized words a release defines for a party: "the Company", "the Bank", "the Buyer". */
const DEFINED_TERMS: ReadonlySet<string> = new Set(['company', 'bank', 'group', 'fund', 'issuer', 'partnership', 'trust', 'lender', 'borrower', 'buyer', 'seller', 'purchaser', 'offeror', 'licensee', 'licensor']);
/** Prepositions a title-case headline capitalizes between its names: "Orders Carriers From Siskin", "Signs Loan With Tarvo". */
const HEADLINE_PREPOSITIONS: ReadonlySet<string> = new Set(['From', 'With', 'For', 'To', 'In', 'At', 'On', 'By', 'Into', 'Over', 'After', 'Amid']);
/**
 * Heads of an institution's name that its own text uses alone for it: "The University of Caskmoor ... The University is
 * paying ...", "Evenmoor City Council ... Council is to rent back ...". Alone, with or without "the", such a head refers
 * back to the last name of the text that holds it.
 */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['university', 'college', 'council', 'authority', 'club', 'bureau', 'district', 'agency',
  'commission', 'ministry', 'department', 'hospital', 'school', 'academy', 'institute', 'league', 'federation', 'association', 'museum', 'port']);
/** Defined terms a filing or release gives its issuer: "the Company has won an award from ...". */
const ISSUER_TERMS: ReadonlySet<string> = new Set(['company', 'issuer', 'group']);
/** Capitalized organs of a firm: "the Board rejected the proposal". */
const ORGANS: ReadonlySet<string> = new Set(['board', 'directors', 'management', 'committee']);
/** Words that name an organ's kind before its noun: "the Management Board", "the Supervisory Board", "the Audit Committee". */
const ORGAN_KINDS: ReadonlySet<string> = new Set(['management', 'supervisory', 'executive', 'advisory', 'audit', 'nomination', 'remuneration', 'compensation']);
/** A firm's management as the speaker of a clause: "Management said", "Mgmt disclosed". */
const SPEAKING_ORGANS: ReadonlySet<string> = new Set(['management', 'mgmt']);
/** Lowercase words for "of" inside Romance names: "de", "do", "da", "del", "della", "di", "du", "des", "dos", "das". */
const ROMANCE_OF: ReadonlySet<string> = new Set(['de', 'do', 'da', 'del', 'della', 'di', 'du', 'des', 'dos', 'das']);
const hasInnerCapital = (word: string): boolean => /^[a-z0-9]+[A-Z]/.test(word) || /^[A-Z][a-z]*[A-Z]/.test(word);
const isCapitalized = (word: string): boolean => /^[\p{Lu}0-9][\p{L}0-9&.\-]*\p{L}/u.test(word) && /\p{Lu}/u.test(word);

/**
 * Words written capitalized somewhere other than a sentence start, so a capital there is a name's; and
 * lowercase brands ("nuvio agreed to ..."): a sentence that opens in lowercase with a word no lexicon knows.
 */
export function capitalizedWords(sentences: readonly Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const s of sentences) {
    // ("OSLO, May 4 (Wire) - Satellite maker ...": the word after a dateline's dash opens the sentence.)
    // ("Q — Analyst, Oshthorpe Partners: Just on Cashby": so does the first word of a turn after its speaker's label.)
    s.tokens.forEach((t, k) => {
      // ("TP Rs388\nFinancial closure done ...": as does an English word that opens a line the sentence runs on to.)
      const prevPost = s.tokens[k - 1]?.post ?? '';
      const opensLine = prevPost.includes('\n') && (isCommonWord(t.norm) || isWordNetWord(t.norm));
      if (t.i > 0 && /^\p{Lu}/u.test(t.text) && !/\s[-\u2013\u2014]+\s*$/.test(prevPost) && !opensLine && !opensTurnAfterLabel(s.tokens, k) && !(k === 1 && s.turnLabel)) words.add(bare(t.text));
    });
    s.tokens.forEach((t, k) => {
      if (/^\p{Ll}[\p{Ll}0-9]{2,}(['\u2019]s)?$/u.test(t.text) && inPartySlot(s.tokens, k) && isLowercaseBrand(t)) words.add(bare(t.text));
      // ("video app wrenly.tv keeps the games", "tarvo.io will pay": a web address written as a brand names its firm.)
      else if (WEB_BRAND.test(bare(t.text))) words.add(bare(t.text));
    });
  }
  return words;
}

/** A lowercase word shaped as a web address, its top-level domain one brands take: "wrenly.io", "tarvo.tv". */
const WEB_BRAND = /^\p{Ll}[\p{Ll}0-9-]{1,30}\.(?:com|tv|io|ai|co|app|net|org|fm|gg|me|ly|so|cloud|tech|xyz)$/u;

/** What a whole text says of names, read before its sentences' mentions: which are firms', which are vessels'. */
export interface DocNames {
  /** Capitalized words the text shows to be a firm's (`firmWords`). */
  firms: ReadonlySet<string>;
  /** Names the text gives a vessel or rig ("the rig Tarnveld Aurora"): its other mentions name the asset too. */
  vessels: ReadonlySet<string>;
  /** Names the text gives goods ("the Brindle snacks brand", `goodsTitles`): its other mentions name the goods too. */
  goods: ReadonlySet<string>;
  /** Names a filing defines for its deal ('time charters (the "Charters")'): their other mentions name the deal too. */
  dealTerms: ReadonlySet<string>;
}

const NO_NAMES: DocNames = { firms: new Set(), vessels: new Set(), goods: new Set(), dealTerms: new Set() };

/** Last words of a filing's defined name for its deal: '(the "Charters")', '(the "Facility")', '(the "JVA")'. */
const DEFINED_DEAL_HEADS: ReadonlySet<string> = new Set([
  'agreement', 'charter', 'contract', 'facility', 'loan', 'note', 'notes', 'bond', 'bonds', 'lease', 'licence', 'license',
  'transaction', 'offer', 'placement', 'subscription', 'arrangement', 'acquisition', 'merger', 'deal', 'order', 'jva', 'spa',
  'ppa', 'sha', 'mou', 'framework',
]);

/**
 * 'entered into time charters (the "Charters") with ...', 'a loan (the "Facility")': a name in quotation marks that a
 * filing defines in parentheses after "the", whose last word names a deal, with its singular or plural. "Each Charter
 * runs for seven years" then names no firm.
 */
function definedDealTerms(sentences: readonly Sentence[]): Set<string> {
  const terms = new Set<string>();
  for (const { tokens } of sentences) {
    tokens.forEach((t, k) => {
      if (t.norm !== 'the' || !t.pre.includes('(') || !/["\u201c]/.test(tokens[k + 1]?.pre ?? '')) return;
      const run: string[] = [];
      for (let j = k + 1; j < tokens.length && j <= k + 4 && /^\p{Lu}/u.test(tokens[j]!.text); j++) {
        run.push(bare(tokens[j]!.text));
        if (/["\u201d]/.test(tokens[j]!.post)) {
          const head = run[run.length - 1]!.toLowerCase();
          if (!DEFINED_DEAL_HEADS.has(head) && !DEFINED_DEAL_HEADS.has(head.replace(/s$/, ''))) return;
          const term = run.join(' ');
          terms.add(term).add(term.replace(/s$/, '')).add(`${term.replace(/s$/, '')}s`);
          return;
        }
        if (!/^\s+$/.test(tokens[j]!.post)) return;
      }
    });
  }
  return terms;
}

/** The firms' words and the names of vessels and goods of a text (see `DocNames`). */
export function docNames(sentences: readonly Sentence[]): DocNames {
  const vessels = new Set<string>();
  for (const s of sentences) {
    s.tokens.forEach((t, k) => {
      if (!VESSEL_NOUNS.has(t.norm) || !/^[a-z]/.test(t.text) || !/^\s+$/.test(t.post)) return;
      const run: string[] = [];
      for (let j = k + 1; j < s.tokens.length && /^\p{Lu}\p{Ll}/u.test(s.tokens[j]!.text) && run.length < 4; j++) {
        run.push(bare(s.tokens[j]!.text));
        if (!/^\s+$/.test(s.tokens[j]!.post)) break;
      }
      // ("the rig Tarnveld Aurora": two words at least, so "the tanker Norvane" of a one-word firm stays the firm's.)
      if (run.length >= 2) vessels.add(run.join(' '));
    });
  }
  return { firms: firmWords(sentences), vessels, goods: goodsNames(sentences), dealTerms: definedDealTerms(sentences) };
}

/** The names the goods rules marked in a text's sentences (`Decorations.goods`), each run of marked words as one name. */
function goodsNames(sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  for (const s of sentences) {
    const { goods } = decorate(s);
    let run: string[] = [];
    s.tokens.forEach((t, k) => {
      if (goods.has(k) && /^\p{Lu}/u.test(t.text)) run.push(bare(t.text) + (goods.has(k + 1) ? t.post.replace(/\s+/g, ' ') : ''));
      else if (run.length > 0) {
        names.add(run.join('').trim());
        run = [];
      }
    });
    if (run.length > 0) names.add(run.join('').trim());
  }
  return names;
}

/** What a firm has and a person does not: "Sorreno's chairman", "a Sorreno spokeswoman", "Sorreno shares". */
const FIRM_BELONGINGS: ReadonlySet<string> = new Set([...OFFICER_TITLES, 'spokeswoman', 'spokesman', 'spokesperson', 'shares', 'shareholders',
  'board', 'staff', 'employees', 'workforce', 'stock', 'headquarters', 'subsidiary', 'unit', 'plant', 'factory', 'stores']);

/**
 * Capitalized words the text shows to be a firm's, by what it has ("Sorreno's chairman", "a Sorreno spokeswoman"):
 * a two-word name that ends in one ("Cunmont Sorreno") is that firm, not a person.
 */
export function firmWords(sentences: readonly Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const s of sentences) {
    s.tokens.forEach((t, k) => {
      const next = s.tokens[k + 1];
      if (next && /^\p{Lu}\p{Ll}{2,}/u.test(t.text) && /^\s+$/.test(t.post) && /^[a-z]/.test(next.text) && FIRM_BELONGINGS.has(next.norm) && !t.tags.has('Pronoun')) words.add(bare(t.text));
    });
  }
  return words;
}

/** Whether the token at `k` is the first word after a speaker's label ("CFO Lukas Bogham, Hestmont: Fifteen."). */
function opensTurnAfterLabel(tokens: readonly Token[], k: number): boolean {
  if (k === 0 || !/:\s*$/.test(tokens[k - 1]!.post)) return false;
  for (let j = Math.max(0, k - 12); j < k; j++) if (speakerLabelAt(tokens, j) === k - 1) return true;
  return false;
}

/** Forms of "be" before a passive verb: "to be repaid", "was rebooked". */
const BE_FORMS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/** Where a party's name stands: a sentence's (or a dateline's) opening, or after "from", "by", "to", "with", "and" or a verb. */
function inPartySlot(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  // ("Three things to know: 1) nimbrel finally landed ..."): a list item's number opens it as a sentence would.
  if (!prev || /\s[-\u2013\u2014]+\s*$/.test(prev.post) || (/^\d{1,2}$/.test(prev.text) && /^\)\s+$/.test(prev.post))) return true;
  // ("an advance, to be repaid out of deliveries": a past form after "be" is a passive verb, whatever lexicon lacks it.)
  if (tokens[k]!.tags.has('PastTense') && BE_FORMS.has(prev.norm)) return false;
  const next = tokens[k + 1];
  // ("on nimbrel's cold tier", "for bramblecup's roastery": an owner's possessive after a preposition, before its noun.)
  if (tokens[k]!.possessive && PREPOSITIONS.has(prev.norm) && next !== undefined && /^[a-z]/.test(next.text) && (next.tags.has('Noun') || next.tags.has('Adjective'))) return true;
  // ("led brindle's R$180 million Series B": a sum in any currency's symbol ends the name.)
  // ("a kit deal with sportswear brand strydr worth £15m a season": a deal's worth ends the name too.)
  const ends = !next || /[,.;:)\u2013\u2014]/.test(tokens[k]!.post) || next.tags.has('Preposition') || PREPOSITIONS.has(next.norm) || next.tags.has('Verb') || next.tags.has('Value') || /^[A-Z]{0,3}[$\u20ac\u00a3\u00a5\u20b9]/.test(next.text)
    || /^(?:worth|valued)$/.test(next.norm)
    // ("to acquire brindle GmbH": a legal suffix after the brand ends its name.)
    || LEGAL_SUFFIXES.has(bare(next.text).toLowerCase());
  // "is paying nuvio ...": an -ing verb after its auxiliary governs the name as a finite verb does.
  const progressive = /ing$/.test(prev.norm) && /^(is|are|was|were|been|be)$/.test(tokens[k - 2]?.norm ?? '') && tokens[k - 2]!.text !== '';
  // "stonechat buying hearthco": a deal verb's -ing form after its subject governs too; "X's licensing pact" modifies a noun.
  const subjectBefore = tokens[k - 2];
  const gerund = ACTION_GERUNDS.has(prev.norm) && subjectBefore !== undefined && subjectBefore.text !== '' && !subjectBefore.possessive
    && !['Determiner', 'Preposition', 'Adjective', 'Possessive', 'Copula'].some((tag) => subjectBefore.tags.has(tag));
  // ("is paying norvix £2 million": the tagger may read the -ing form after its auxiliary as an adjective.)
  const finiteVerb = (prev.tags.has('Verb') && !prev.tags.has('Copula') && ((!prev.tags.has('Gerund') && !/ing$/.test(prev.norm)) || progressive || gerund))
    || (progressive && (isCommonWord(prev.norm.replace(/ing$/, '')) || isCommonWord(prev.norm.replace(/ing$/, 'e'))));
  // ("Design-software maker trindle has agreed", "cookware label hearthco from ...": a company or brand noun before the brand describes it.)
  // ("for a firm period of 84 months": a company noun read as an adjective describes no brand.)
  // ("paying design firm norvix": after a noun of its trade it is the company noun, however tagged.)
  const tradeBefore = tokens[k - 2] !== undefined && /^[a-z]/.test(tokens[k - 2]!.text) && tokens[k - 2]!.tags.has('Noun') && !tokens[k - 2]!.tags.has('Determiner') && /^\s+$/.test(tokens[k - 2]!.post);
  const described = (COMPANY_NOUNS.has(prev.norm) || BRAND_NOUNS.has(prev.norm)) && /^[a-z]/.test(prev.text) && (!prev.tags.has('Adjective') || tradeBefore) && next !== undefined && (next.tags.has('Verb') || ends);
  // ("plans to derisk": a word tagged a verb after "to" opens an infinitive, not a name.)
  const infinitive = prev.norm === 'to' && tokens[k]!.tags.has('Verb');
  return (/^(from|by|to|with|and|for)$/.test(prev.norm) || finiteVerb || described) && ends && !infinitive;
}

/** English word shapes a made-up brand rarely has: "refinancing", "revenue", "electrolysers". */
const ENGLISH_ENDING = /(tion|sion|ment|ness|ity|ing|ed|ers?|al|ive|ous|ics|ure|ance|ence|ism|ist|ship|age|ly|ue|ies|es|s)$/;

// (Not 'Verb' or 'Adverb': for a word neither compromise's lexicon nor WordNet knows, the tagger guesses them from its
// ending, "quillwise"; a real one is a word they know. After "to" such a guess may be a verb: `inPartySlot`.)
const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord', 'Adjective', 'Value', 'Date'];
/** An opening lowercase word that is no English word compromise knows and not tagged as grammar: "nuvio", "parcelo". */
function isLowercaseBrand(token: Token): boolean {
  const word = bare(token.norm);
  // ("Deals desk:", "put certainty of exit first", "Santor got outbid": WordNet knows them, so they are words.)
  return !isCommonWord(word) && !isWordNetWord(word) && !ENGLISH_ENDING.test(word) && !FUNCTION_TAGS.some((tag) => token.tags.has(tag)) && !NOT_A_NAME.has(word)
    && !ORGANIZATION_WORDS.has(word) && !GROUP_NOUNS.has(word);
}

/** Crowds a firm answers to or deals with, never a firm's name by themselves. */
const CROWD_NOUNS: ReadonlySet<string> = new Set(['shareholders', 'stockholders', 'investors', 'bondholders', 'noteholders', 'holders', 'creditors',
  'lenders', 'owners', 'directors', 'employees', 'workers', 'unions', 'regulators', 'analysts', 'voters', 'members']);

/** "C", "B-2", "1" after "Series": a funding round's letter or number. */
const FUNDING_SERIES = /^(?:[A-K](?:-?\d)?|\d{1,2})\b/;

/** A people's adjective: "German", "Korean", by the tagger or WordNet's demonyms. */
const peoples = (t: Token | undefined): boolean => t !== undefined && (t.tags.has('Demonym') || PLACE_ADJECTIVES.has(bare(t.text).toLowerCase()));

/** Nouns a filing cites a rule or a part of a document by, before its number: "Regulation 30", "Section 5-12", "Item 1.01". */
const LEGAL_REFERENCES: ReadonlySet<string> = new Set(['regulation', 'regulations', 'section', 'sections', 'rule', 'rules', 'article', 'articles', 'clause',
  'item', 'items', 'schedule', 'annexure', 'annex', 'appendix', 'exhibit', 'chapter', 'paragraph', 'form', 'note', 'notes']);

/** Words that open a question with its subject after them: "Can you talk about ...", "Will they extend ...". */
const QUESTION_OPENERS = /^(?:can|could|will|would|should|shall|may|might|did|do|does|is|are|was|were|have|has)$/;
const QUESTION_SUBJECTS = /^(?:you|we|i|they|he|she|it)$/;

/**
 * A capitalized word that a filing's heading, a note's rating or a transcript's question uses, not a name:
 * "Regulation 30" and "Regulations, 2015" (a rule's number or a statute's year), "Intimation under Regulation 30" (the
 * rule it answers), "Reit BUY" (a note's change of rating), "Can you talk about ..." (a question's verb before its
 * subject). (A heading's noun before "of" is read where a heading opens, `headingNoun` in `findMentions`.)
 */
function headingWord(word: string, token: Token, next: Token | undefined, after: Token | undefined): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || next === undefined) return false;
  if (QUESTION_OPENERS.test(lower) && QUESTION_SUBJECTS.test(next.norm)) return true;
  // ("Reit BUY, TP NOK90", "Maintain Overweight": a change of rating before the rating.)
  if (RATING_CHANGES.has(lower) && RATING_WORDS.has(next.norm.replace(/[;,:.]$/, ''))) return true;
  // ("Intimation under Regulation 30": a heading that cites the rule it answers.)
  if ((next.tags.has('Preposition') || PREPOSITIONS.has(next.norm)) && after !== undefined && LEGAL_REFERENCES.has(after.norm)) return true;
  // ("Regulation 30", "Regulations, 2015": a rule or a statute by its number or year.)
  if (LEGAL_REFERENCES.has(lower) && /^\d/.test(next.text) && /^,?\s+$/.test(token.post)) return true;
  return false;
}

/** Whether a word and the one or two after it spell a currency's name: "Aussie dollars", "New Zealand dollars". */
function opensCurrencyPhrase(lower: string, next: Token | undefined, after: Token | undefined): boolean {
  if (next === undefined) return false;
  const two = `${lower} ${next.norm}`;
  return CURRENCY_PHRASES.has(two) || (after !== undefined && CURRENCY_PHRASES.has(`${two} ${after.norm}`));
}

function isNameToken(token: Token, next: Token | undefined, after: Token | undefined, known: ReadonlySet<string>, opens: boolean, opensGroup: boolean): boolean {
  const word = bare(token.text);
  // ("SOLN FP | The tower sale": an article is no name's word, whatever compromise tagged it; a name's leading "The" is dropped anyway.)
  // ("Kai: And the price?": nor is a conjunction a speaker's label leaves capitalized.)
  if (token.quoted || word.length === 0 || ['Determiner', 'Preposition', 'Conjunction'].some((tag) => token.tags.has(tag)) || /^(?:the|a|an|and|but|or|nor)$/.test(token.norm)) return false;
  if (!isCapitalized(word) && !hasInnerCapital(word) && !(known.has(word) && /^\p{Ll}/u.test(word))) return false;
  if (NOT_A_NAME.has(word.toLowerCase()) || CURRENCY_NAMES.has(word.toLowerCase())) return false;
  if (headingWord(word, token, next, after)) return false;
  // ("@desk: Hearing Larkmoor Mining is readying a bid", "Told Quorrel is buying": a verb of hearing or telling that
  // opens a post before a name is the writer's, no word of the name; "Could close before Friday": nor is a modal.)
  if (/^\p{Lu}\p{Ll}+$/u.test(word) && HEARSAY_OPENERS.has(token.norm) && /^\s+$/.test(token.post) && next !== undefined && /^\p{Lu}/u.test(next.text)) return false;
  if (opens && token.tags.has('Modal') && /^\p{Lu}\p{Ll}+$/u.test(word) && next !== undefined && /^\p{Ll}/u.test(next.text)) return false;
  // ("ASX ANNOUNCEMENT | Pellham Minerals", "NYSE: ..."): an exchange's code heading a filing names no party.
  if (STOCK_EXCHANGES.has(word) && (next === undefined || next.text === '|' || /^\s*[|:]/.test(token.post) || NOT_A_NAME.has(next.norm))) return false;
  // ("forty million Aussie dollars", "400 million Swiss francs": a currency's name of two or three words names no firm.)
  if (opensCurrencyPhrase(word.toLowerCase(), next, after)) return false;
  // ("Kellsmoor TowerCo (Pty) Ltd": a legal suffix in brackets is the name's form, no name of its own.)
  if (token.pre.includes('(') && token.post.includes(')') && LEGAL_SUFFIXES.has(word.toLowerCase())) return false;
  // ("OB/TTM at 2.7x", "EV/EBIT": a ratio of shorthand names no one.)
  if (word.includes('/') && word.toLowerCase().split('/').every((part) => NOT_A_NAME.has(part) || GOODS_ACRONYMS.has(part))) return false;
  // ("OSLO, May 4 (Wire) - Shareholders of Tindrel voted ...", "Investors sink the bid": a crowd a firm answers to, before
  // "of" or a lowercase word, names no one.)
  if (CROWD_NOUNS.has(word.toLowerCase()) && next !== undefined && /^\s+$/.test(token.post) && /^\p{Ll}/u.test(next.text)) return false;
  // ("a $300m Series C", "its Series B-2": a funding round's letter; "the Avric Rugby Series" ends a name.)
  if (word === 'Series' && FUNDING_SERIES.test(next?.text ?? '')) return false;
  // ("buy German start-up brindle", "the Swiss insurer": a people's adjective before a lowercase noun describes it.)
  if (peoples(token) && next !== undefined && /^\p{Ll}/u.test(next.text) && /^[\s-]+$/.test(token.post)) return false;
  // ("Vubello is going Dutch.", "the buyer is German": a people's adjective alone names no one; "Korean Air" goes on.)
  if (peoples(token) && (next === undefined || /[.,;:!?)]/.test(token.post) || !/^\p{Lu}/u.test(next.text))) return false;
  // ("the South Korean yard": so is a point of the compass before it.)
  if (/^(?:North|South|East|West|Central)$/.test(word) && peoples(next) && after !== undefined && /^\p{Ll}/u.test(after.text)) return false;
  // ("the Eastern rights to its vaccine", "its Northern assets": a compass adjective before a lowercase noun says where.)
  if (/^(?:Western|Eastern|Northern|Southern)$/.test(word) && next !== undefined && /^[ \t]+$/.test(token.post) && /^\p{Ll}/u.test(next.text)) return false;
  // ("five SOVs", "20,000 GPUs", "the EVs"): an acronym in the plural counts goods, never names a firm.
  if (/^[A-Z]{2,5}s$/.test(word)) return false;
  // "they STILL can't restock": an ordinary word in capitals is emphasis; "GUEST: Right, Quarlen led it": so is a
  // capitalized one set off by a comma where it opens the sentence or a parenthesis ("Sarvatra (Add, TP Rs 1,450)"); "with
  // Ondmoor Sports Network, the broadcaster" ends a name.
  // ("TARVO MOTORS LIMITED - Notice ...", "HARLOW STEEL, S.A.": a filer's name in capitals ends in its legal suffix.)
  const capsSuffix = (t: Token | undefined) => t !== undefined && /^[A-Z][A-Z.]*,?$/.test(t.text) && LEGAL_SUFFIXES.has(t.text.replace(/,$/, '').toLowerCase());
  const legalCaps = /^[A-Z]{2,}$/.test(word) && (capsSuffix(next) || (next !== undefined && /^[A-Z]{2,},?$/.test(next.text) && capsSuffix(after)));
  if ((/^[A-Z]{2,}$/.test(word) || (/^,/.test(token.post) && opensGroup)) && isShoutedWord(word.toLowerCase()) && !legalCaps) return false;
  // "HUF 2.1trn", "TP KES 40": an ISO currency code before a figure.
  if (ISO_CURRENCY_CODES.has(word) && next !== undefined && /^[\d.,]+/.test(next.text)) return false;
  if (/^\d+$/.test(word) || (token.tags.has('Value') && !hasInnerCapital(word))) return false;
  // ("GUEST: Two billion dollars, yeah": a number word is no name, whatever tag its money phrase gave it.)
  if (isNumberWord(word.toLowerCase())) return false;
  // ("charters 6 Nestine LNG vessels": goods written as an acronym before the lowercase noun they describe end no name.)
  if (GOODS_ACRONYMS.has(word.toLowerCase()) && next !== undefined && /^\s+$/.test(token.post) && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Verb')) return false;
  // ("adds to 1H backlog", "in Q3": a half or a quarter of a year names no one.)
  if (/^(?:[12]H|H[12]|[1-4]Q|Q[1-4])$/.test(word)) return false;
  // ("the 8-inch SiC ramp", "GaN chargers", "LiOH prices": a short word of element symbols with a capital inside is a
  // material's formula.)
  if (isChemicalFormula(word)) return false;
  // "A321neo", "787-9", "H100": model codes name products, not parties ("3M" stays).
  if (/\d/.test(word) && !/^(\d[A-Z]|[A-Z]\d)$/.test(word)) return false;
  // "SR-190", "V-90": capitals hyphened to a number are a model code.
  // ("Olmello Space's Olmello-4 satellite": a name hyphened to a number before a noun is a product's.)
  if (token.post === '-' && next !== undefined && /^\d/.test(next.text) && (/^[A-Z]{1,4}$/.test(word) || (after !== undefined && /^[a-z]/.test(after.text) && /^\s+$/.test(next.post)))) return false;
  // Headline case: "Sensex Falls 300 Points", "Goldman to Pay $5 Billion".
  // (A quotation's first word opens a sentence: 'said: "There is no signed deal"'.)
  const opensSpeech = token.speech && /["\u201c\u2018']/.test(token.pre);
  if (opensSpeech && token.tags.has('Pronoun')) return false;
  if (!opens && !opensSpeech) return !token.tags.has('Pronoun') && !(STATEMENT_VERBS.has(token.norm) || TREND_WORDS.has(token.norm));
  // ("Under the agreement, Orsel has ...": a preposition that opens a sentence, whatever compromise tagged it, before a
  // word in lowercase; "Under Armour" goes on in capitals.)
  if (PREPOSITIONS.has(token.norm) && next !== undefined && /^\p{Ll}/u.test(next.text)) return false;
  // ("Total contract value comes to ...", "Consideration of €75m is payable ...": a word that opens a filing's field, before a
  // lowercase word, names no one.)
  if (/^\s+$/.test(token.post) && next !== undefined && /^\p{Ll}/u.test(next.text) && FIELD_OPENERS.has(token.norm)) return false;
  // "Design-software maker trindle", "Warehouse-robot maker Nuvolari": a capital hyphened to a lowercase word opens a description.
  if (token.post === '-' && next !== undefined && /^[a-z]/.test(next.text) && !isOriginSuffix(next.norm)) return false;
  // A capital at the start of a sentence is only a name's with more evidence.
  // ("P&V at £285m", "AT&T": capitals joined by an ampersand are an acronym's shape too.)
  if (hasInnerCapital(word) || /^[A-Z]{2,}$/.test(word) || (AMPERSAND_ACRONYM.test(word) && !AMPERSAND_ABBREVIATIONS.has(word)) || known.has(word)) return true;
  // "Oglan, which leases ...", "Oglan, a Dutch lessor, ...": an opening word set off by an appositive is a name.
  // ("Wait, the regulator ...": a verb or an exclamation set off by a comma is no name.)
  if (/,/.test(token.post) && next !== undefined && /^(which|who|a|an|the|now|once|formerly)$/.test(next.norm) && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag))
    && !(isCommonWord(token.norm) && (token.tags.has('Verb') || token.tags.has('Expression')))) return true;
  // "Anthropic's three-year deal": a capitalized possessive opening a sentence names its owner.
  if (token.possessive && !token.tags.has('Pronoun') && !token.tags.has('Date')) return true;
  // ("Satellite maker Ollthorpe", "Steel group Harwick": an English word before a lowercase company noun says what the firm does.)
  if (next && /^\s+$/.test(token.post) && /^[a-z]/.test(next.text) && COMPANY_NOUNS.has(next.norm) && (isCommonWord(token.norm) || isWordNetWord(token.norm))) return false;
  // ("Steelmaker Borton signs up", "Chipmaker Quellix to buy": so does a company noun that opens the sentence before a name.)
  if (next && /^\s+$/.test(token.post) && /^\p{Lu}/u.test(next.text) && isCompanyNoun(token.norm) && !ORGANIZATION_WORDS.has(token.norm) && !known.has(word)) return false;
  // ("Ceded premium for the year ...", "Contracted IT capacity stands at 300 MW": a participle of an English verb before a
  // lowercase word opens a noun phrase, however the tagger read it.)
  // ("United is taking ...", "Allied agreed to ...": a name that reads as a participle goes on with a verb, not a noun.)
  const plainNoun = (t: Token | undefined) => t !== undefined && /^\p{Ll}/u.test(t.text) && t.tags.has('Noun') && !t.tags.has('Verb');
  const nounAfter = next !== undefined && (plainNoun(next) || ((/^[A-Z]{2,4}$/.test(next.text) || /^\p{Ll}/u.test(next.text)) && !next.tags.has('Copula') && !next.tags.has('Modal') && plainNoun(after)));
  if (nounAfter && /^\s+$/.test(token.post) && participleOfWord(token.norm)) return false;
  // ('prize." Asked about the number, she said': an English past participle before a lowercase preposition opens a
  // clause, whatever the tagger guessed after the quotation.)
  if (/ed$/.test(token.norm) && isCommonWord(token.norm) && next !== undefined && /^\s+$/.test(token.post) && /^\p{Ll}/u.test(next.text) && PREPOSITIONS.has(next.norm)) return false;
  if (NAME_TAGS.some((tag) => token.tags.has(tag)) && !token.tags.has('Pronoun')) return true;
  // ("Tashric Freight agreed": an unknown word tagged an adverb only for its "-ly" ending is no adverb.)
  const guessedAdverb = token.tags.has('Adverb') && !isCommonWord(token.norm);
  // ("Oglan Manufacturing signed": nor is one tagged a plural only for its "-s"; "Solutions Partners" are words.)
  const guessedPlural = token.tags.has('Plural') && !isOrdinaryWord(token.norm);
  const unlikeName = NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag) && !(tag === 'Adverb' && guessedAdverb)) || (token.tags.has('Plural') && !guessedPlural);
  // ("Tarvo, Siskin Foods sign $2bn pact": an unknown opening word set off by a bare comma before another name is a
  // headline's first side; "Meanwhile, Siskin" opens with a word the lexicon knows.)
  if (next && /^,\s+$/.test(token.post) && /^\p{Lu}/u.test(next.text) && !next.tags.has('Date') && !next.tags.has('Place') && !isCommonWord(token.norm) && !isWordNetWord(token.norm) && !unlikeName) return true;
  // ("Tarvo - the insurer - will pay ...", "Tarvo (the lender) agreed ..."): so is one set off by a dash or a
  // parenthesis before a lowercase appositive, as a comma sets it off.)
  if (next && (/^\s+[-\u2013\u2014]{1,2}\s+$/.test(token.post) || next.pre.includes('(')) && /^(?:the|a|an)$/.test(next.text) && !isCommonWord(token.norm) && !isWordNetWord(token.norm) && !unlikeName) return true;
  // "Vustrin (Buy; TP €142): ...": a first word an analyst rates in parentheses.
  if (next && next.pre.includes('(') && RATING_WORDS.has(next.norm.replace(/[;,:)]$/, '')) && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag))) return true;
  // "Lebbrook (LKSB): the Fendar deal ...": a first word followed by its ticker or acronym in parentheses.
  if (next && next.pre.includes('(') && /^\$?[A-Z][A-Z0-9.&]{1,7}\)?$/.test(next.text.replace(/\)[:,]?$/, '')) && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag))) return true;
  // ("Tarvo -> Siskin | wind | 120 MW": so is one a tracker's arrow points from to a name.)
  if (next && after && (ARROW.test(next.text) || BACK_ARROW.test(next.text)) && /^\p{Lu}/u.test(after.text) && !NOT_A_NAME.has(after.norm) && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag))) return true;
  // "Allix–Corrton, the short version": a first word joined by a dash to a name.
  if (next && /^[-\u2013\u2014/]$/.test(token.post) && /^\p{Lu}/u.test(next.text) && !NOT_A_NAME.has(next.norm) && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag))) return true;
  // ("Wirrow / Ylvane: 320MW, 12 yrs": so is one a spaced slash pairs with a name, as digests head an item.)
  if (next && next.text === '/' && /^\s+$/.test(token.post) && /^\s+$/.test(next.post) && after !== undefined && /^\p{Lu}/u.test(after.text) && !NOT_A_NAME.has(after.norm)
    && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag)) && !isCommonWord(token.norm)) return true;
  // "Broadcom and OpenAI will ...": a first word paired with a name.
  const pairedName = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text) && !NOT_A_NAME.has(t.norm.replace(/['\u2019]s$/, ''));
  if (next && (next.norm === 'and' || next.text === '&') && pairedName(after) && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag))) return true;
  // "Scale AI sold ...", "Mistral AI raised ...": a first word followed by a company word.
  const grammatical = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord'].some((tag) => token.tags.has(tag));
  if (next && /^\s+$/.test(token.post) && /^\p{Lu}/u.test(next.text) && ORGANIZATION_WORDS.has(next.norm) && !grammatical) return true;
  // "Elon Musk is ...": a first word that runs into a name ("Remember Derlmark ...": not a common verb).
  const commonVerb = token.tags.has('Imperative') && isCommonWord(token.norm);
  // ("Implies ~EUR15m a turbine": a sum written with its currency code is no name's word.)
  if (next && /^\s+$/.test(token.post) && /^\p{Lu}/u.test(next.text) && !/\d/.test(next.text) && !unlikeName && !commonVerb && !NOT_A_NAME.has(next.norm)) return true;
  // ("Ventos do Minho has inked ...": a first word joined to a name by a Romance "of".)
  if (next && after && ROMANCE_OF.has(next.norm) && /^\s+$/.test(token.post) && /^\p{Lu}/u.test(after.text) && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag)) && !isCommonWord(token.norm)) return true;
  // "Tashric Freight Inc. will ...": a first word of a name with a legal suffix (a "-ly" ending is no adverb here).
  if (next && after && /^\s+$/.test(token.post) && /^\p{Lu}/u.test(next.text) && LEGAL_SUFFIXES.has(after.text.toLowerCase()) && !grammatical) return true;
  // ("Back in 2019, ...": a preposition compromise read as a particle is no verb.)
  // ("Vastrel clinches Sallan Bank IT deal": a deal verb's third-person form is a verb whatever compromise guessed.)
  // ("Tavistock paying £420 million for ...": a deal verb's -ing form the tagger read as an adjective is still a verb.)
  const verbAt = (t: Token | undefined) => t !== undefined && (((t.tags.has('Verb') || t.tags.has('Modal')) && (t.norm === 'to' || !PREPOSITIONS.has(t.norm))) || ACTION_THIRD_PERSON.has(t.norm) || (ACTION_GERUNDS.has(t.norm) && t.tags.has('Adjective')));
  // "Bobmere consortium clinches Vimoll", "Vastrel unit wins ...": a first word before a group or company noun and a verb.
  if (next && after && /^[a-z]/.test(next.text) && (GROUP_NOUNS.has(next.norm) || COMPANY_NOUNS.has(next.norm)) && verbAt(after) && !unlikeName && !grammatical) return true;
  // ("Vereda CFO Luana Pastholm", "Tesketh chief executive Odile Fovham": an unknown word before an officer's title names
  // the officer's firm.)
  if (next && /^\s+$/.test(token.post) && (OFFICER_TITLES.has(next.norm) || COMMENTATOR_NOUNS.has(next.norm)) && !isCommonWord(token.norm) && !isWordNetWord(token.norm) && !unlikeName) return true;
  // ("Veldmark order: 36 turbines", "Brevik deal signed": an unknown word before a deal noun names the deal's party.)
  // ("Exclusive order for Tarvo: ...": an English word WordNet knows is no such name.)
  // ("Tarvo LTSA: ~$400m/yr", "Siskin PPAs signed": so is one before a deal noun written as its initials.)
  if (next && /^\s+$/.test(token.post) && NOMINAL_ACTION_FORMS.has(next.norm) && /^(?:[a-z]|[A-Z]{2,5}s?$)/.test(next.text) && !isCommonWord(token.norm) && !isWordNetWord(token.norm) && !unlikeName) return true;
  // "Comix to swallow Ainsty": a headline's subject before "to" and a verb, when no lexicon knows the word.
  const infinitive = next?.norm === 'to' && after !== undefined && (after.tags.has('Verb') || ACTION_LEMMAS.has(after.norm)) && !isCommonWord(token.norm);
  // ("Worth remembering: ...", "Thing is, ...": a common word before a bare gerund or a copula set off by a comma opens a remark.)
  const remark = isCommonWord(token.norm) && next !== undefined && (next.tags.has('Gerund') || (next.tags.has('Copula') && /[,:]/.test(next.post)));
  if (remark) return false;
  // "Masdar agreed", "Masdar also agreed"
  // ("Tarvo now expects to pay": an adverb of time the tagger read as a conjunction stands there too.)
  const adverb = next !== undefined && (next.tags.has('Adverb') || TIME_ADVERBS.has(next.norm));
  const verbFollows = verbAt(next) || (adverb && verbAt(after)) || infinitive;
  return verbFollows && !unlikeName;
}

/** "ceded" of "cede", "contracted" of "contract", "licensed" of "license": a past participle of a verb the lexicons know. */
function participleOfWord(word: string): boolean {
  if (!/^[a-z]{2,}ed$/.test(word)) return false;
  const stems = [word.slice(0, -1), word.slice(0, -2), word.replace(/ied$/, 'y'), word.replace(/([b-df-hj-np-tv-z])\1ed$/, '$1')];
  return stems.some((stem) => stem !== word && stem.length >= 3 && (isCommonWord(stem) || isWordNetWord(stem)));
}

/**
 * A compound's formula: two to four element symbols with an optional count each ("SiC", "GaAs", "Li2CO3"), one capital
 * inside; not a word the lexicons know in another sense ("MoU" is a memorandum).
 */
function isChemicalFormula(word: string): boolean {
  // ("SiC wafers": a capital inside makes no common word's capitalization, "sic" as it may be.)
  if (NOMINAL_ACTION_FORMS.has(word.toLowerCase()) || (isCommonWord(word.toLowerCase()) && !hasInnerCapital(word))) return false;
  const symbols = word.match(/\p{Lu}\p{Ll}?\d*/gu);
  if (!symbols || symbols.join('') !== word || symbols.length < 2 || symbols.length > 4) return false;
  return symbols.every((s) => ELEMENT_SYMBOLS.has(/^\p{Lu}\p{Ll}?/u.exec(s)![0])) && /\p{Ll}/u.test(word);
}

/** Adverbs of time that may stand between a subject and its verb, whatever the tagger reads them as: "Tarvo now expects". */
const TIME_ADVERBS: ReadonlySet<string> = new Set(['now', 'then', 'today', 'yesterday', 'already', 'still', 'since', 'once']);

/** Shipping and cruise lines: "container line", "shipping line". */
const LINE_KINDS: ReadonlySet<string> = new Set(['container', 'shipping', 'cruise', 'ferry', 'liner']);

/** Capitals joined by an ampersand: "P&V", "AT&T", "M&G". */
const AMPERSAND_ACRONYM = /^[A-Z]{1,3}&[A-Z]{1,3}$/;

/**
 * Ampersand abbreviations of business words, never a firm's name: mergers and acquisitions, research and development,
 * operations and maintenance, exploration and production, commercial and industrial, profit and loss, and the like.
 */
const AMPERSAND_ABBREVIATIONS: ReadonlySet<string> = new Set(['M&A', 'R&D', 'Q&A', 'P&L', 'O&M', 'E&P', 'T&D', 'G&A', 'SG&A', 'C&I', 'P&C', 'P&I', 'F&B', 'D&O', 'H&S', 'L&D', 'I&C', 'B&B', 'D&A', 'A&D', 'E&C', 'T&C', 'T&Cs']);

/** The participles that make a place a firm's seat or listing: "Lyon-based", "Busan-listed", "Oslo-headquartered". */
const SEAT_PARTICIPLES: ReadonlySet<string> = new Set(['based', 'listed', 'headquartered', 'registered', 'incorporated']);

/**
 * A capitalized word that only says where a described firm is: a place or its adjective ("the Eindhoven toolmaker",
 * "the Swedish yoghurt maker"), or a place before a seat's participle ("the Lyon-based insurer", "the Busan-listed
 * shipbuilder"). Not an owner's name before "-owned" or "-backed", which names another firm.
 */
function isWhereModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const word = bare(t.norm);
  if (t.possessive) return false;
  if (t.post === '-' && SEAT_PARTICIPLES.has(tokens[k + 1]?.norm ?? '')) return true;
  return PLACE_ADJECTIVES.has(word) || t.tags.has('Place') || isLexiconPlace(word);
}

/**
 * Where a description of a firm after "the" ends, or -1: up to four modifiers (an adjective, an owner's possessive such
 * as "world's" or "plant's", a hyphened word, a lowercase noun, a place: `isWhereModifier`) and a company noun ("the world's third-largest
 * container line", "the plant's new owner").
 */
function describedCompanyEnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k]!;
    if (!/^(?:\s+|-)$/.test(tokens[k - 1]!.post)) return -1;
    if (/^\p{Lu}/u.test(t.text)) {
      if (!isWhereModifier(tokens, k)) return -1;
      continue;
    }
    const word = bare(t.norm);
    const line = word === 'line' && LINE_KINDS.has(tokens[k - 1]!.norm);
    if (k > from && !t.possessive && (isCompanyNoun(word) || line) && !tokens[k + 1]?.tags.has('Noun')) return k;
    const modifier = t.tags.has('Adjective') || t.possessive || /-/.test(t.text) || tokens[k - 1]!.post === '-' || t.tags.has('Ordinal') || (t.tags.has('Noun') && !t.tags.has('Verb'));
    if (!modifier || t.tags.has('Determiner') || t.tags.has('Pronoun')) return -1;
  }
  return -1;
}

/** Marks that end a sports club's name: "Brenna FC", "Hilwell SC", "Rosvik FK". */
const CLUB_MARKS: ReadonlySet<string> = new Set(['FC', 'AFC', 'CF', 'SC', 'AC', 'CD', 'FK', 'SK', 'BK', 'IF', 'RFC', 'RC', 'SV', 'VfB', 'VfL']);

/** Whether the last of two or three words is a given name and no word before it is known to name people. */
function givenNameLast(tokens: readonly Token[]): boolean {
  const last = tokens.at(-1)!;
  if (tokens.length < 2 || tokens.length > 3 || !last.tags.has('FirstName') || last.tags.has('LastName')) return false;
  return tokens.slice(0, -1).every((t) => !['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'].some((tag) => t.tags.has(tag)));
}

function personLike(tokens: readonly Token[]): boolean {
  // ("Otoll Infrastructure": a first name before a company word names a company.)
  if (tokens.length > 1 && ORGANIZATION_WORDS.has(bare(tokens[tokens.length - 1]!.text).toLowerCase())) return false;
  // ("Abthorpe Airways S.A.": a legal suffix makes a firm.)
  if (tokens.length > 1 && LEGAL_SUFFIXES.has(bare(tokens[tokens.length - 1]!.text).toLowerCase())) return false;
  // ("Brenna FC", "Hilwell SC": a sports club's mark makes a club, no surname.)
  if (tokens.length > 1 && CLUB_MARKS.has(bare(tokens[tokens.length - 1]!.text))) return false;
  // ("Quillsby Liv", "Kelvoran Maja": a given name closing a name whose first word no lexicon knows as a name of people
  // is a firm's word, "Liv" for life insurance; people write the given name first.)
  if (givenNameLast(tokens)) return false;
  if (tokens.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag)))) return true;
  // ("Zandira-Pacific", "Pemberton-Roldard": words joined by a hyphen are one word, no first name and surname.)
  const words = tokens.filter((_t, k) => k === 0 || tokens[k - 1]!.post !== '-').length;
  if (words < 2 || tokens.length > 3) return false;
  return tokens.every((t) => {
    const word = bare(t.text);
    // ("Tashric Freight", "Hilwell United": a common English word is a company's word, not a surname; so is its plural,
    // "Tarvo Batteries".)
    const lower = word.toLowerCase();
    const singular = lower.replace(/ies$/, 'y').replace(/(?<![su])s$/, '');
    return /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(word) && !ORGANIZATION_WORDS.has(lower) && !isCommonWord(lower) && (singular === lower || !isCommonWord(singular))
      && !t.tags.has('Place') && !t.tags.has('Organization') && !t.tags.has('Value');
  });
}

/**
 * "Norwegian developer Nonlan Havkraft", "Italy's Tudash Eolica": a company noun or a country's possessive right before
 * two capitalized words makes them a firm's name, not a person's.
 */
/** Company nouns that also name a person's role: "investor", "buyer", "partner". */
const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set(['investor', 'buyer', 'seller', 'acquirer', 'partner', 'founder', 'backer', 'owner', 'host', 'analyst']);

function describedAsFirm(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before || !/^\s+$/.test(before.post)) return false;
  // ("venture investor Coral Imello", "energy analyst Ananya Ruskton" are people.)
  if (/^[a-z]/.test(before.text) && isCompanyNoun(bare(before.norm)) && !PERSON_ROLE_NOUNS.has(bare(before.norm))) return true;
  return before.possessive && isLexiconPlace(bare(before.text).replace(/['\u2019]s$/, '').toLowerCase());
}

/** A month's name or its short form: "Sep", "Sept.", "March". */
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/** Prefixes an English word takes and stays a word: "Prepayment", "Counterparty", "Subcontract". */
const PREFIX = /^(?:pre|re|co|sub|non|counter|over|under|inter)(?=[a-z]{4})/;

/** Most words between a reporting verb and the pronoun its subject is told by: "said on Thursday it". */
const MOST_WORDS_TO_PRONOUN = 4;

/** Whether the verb from token `k` on is an act ("had signed", "will buy"), not a copula ("was a fair price", "would be"). */
function actsAfter(tokens: readonly Token[], k: number): boolean {
  while (k < tokens.length && (tokens[k]!.tags.has('Auxiliary') || tokens[k]!.tags.has('Modal') || tokens[k]!.tags.has('Adverb')) && !tokens[k]!.tags.has('Copula')) k++;
  const verb = tokens[k];
  return verb !== undefined && verb.tags.has('Verb') && !verb.tags.has('Copula') && !/^(?:be|been|being)$/.test(verb.norm);
}

/**
 * "Vossing Aramaki said it had signed ...", "Pertwick Ondo says it will buy": a name that reports on itself as "it" doing
 * something is a firm's, however much it looks like a person's first name and surname ("it was a fair price" is no such
 * report).
 */
function reportsAsIt(tokens: readonly Token[], last: number): boolean {
  if (!REPORTING_VERBS.has(tokens[last + 1]?.norm ?? '')) return false;
  for (let k = last + 2; k < tokens.length && k <= last + 2 + MOST_WORDS_TO_PRONOUN; k++) {
    const kind = pronounKind(tokens[k]!);
    if (kind !== null) return tokens[k]!.norm === 'it' && actsAfter(tokens, k + 1);
    // ("Varnwick Barges announced on Friday it will ...": a day's name between is no other name.)
    if ((/^\p{Lu}/u.test(tokens[k]!.text) && !tokens[k]!.tags.has('Date')) || /[,;:]/.test(tokens[k]!.post)) return false;
  }
  return false;
}

function pronounKind(token: Token): MentionKind | null {
  if (PERSONAL_PRONOUNS.has(token.norm)) return 'person-pronoun';
  if (NEUTER_PRONOUNS.has(token.norm)) return 'neuter-pronoun';
  if (PLURAL_PRONOUNS.has(token.norm)) return 'plural-pronoun';
  return null;
}

/** Nouns beside the deal nouns that a hyphened pair of names can describe as two parties: "the Oracle-OpenAI talks". */
const PAIR_NOUNS: ReadonlySet<string> = new Set(['group', 'consortium', 'talks', 'negotiations', 'discussions', 'transaction', 'transactions', 'combination', 'tie', 'link-up', 'linkup', 'jv', 'saga', 'battle', 'dispute', 'row']);

/** Agent nouns that name a person's role, never a firm by its trade; `NOT_AGENTS` are those that name no agent at all. */
const PERSON_AGENTS: ReadonlySet<string> = new Set([
  'manager', 'officer', 'director', 'founder', 'partner', 'customer', 'consumer', 'player', 'leader', 'reader', 'viewer', 'user',
  'worker', 'speaker', 'writer', 'author', 'reporter', 'minister', 'chancellor', 'governor', 'mayor', 'senator', 'ambassador',
  'loser', 'answer', 'counter', 'anchor', 'monitor', 'doctor', 'actor', 'teacher', 'lawyer', 'banker', 'insider',
]);

/** "the roaster", "the brewer", "the grower": a word of a trade that ends like an agent ("-er", "-or") on an English stem. */
function isTradeAgent(token: Token): boolean {
  const word = bare(token.norm);
  if (!/^[a-z]/.test(token.text) || token.possessive || !/^[a-z]{4,}(?:er|or)$/.test(word) || NOT_AGENTS.has(word) || PERSON_AGENTS.has(word)) return false;
  // (The word's stem is an English word: "roast", "brew", "grow", "trade", "ship" of "shipper".)
  const stems = [word.slice(0, -2), word.slice(0, -1), /([b-df-hj-np-tv-z])\1(?:er|or)$/.test(word) ? word.slice(0, -3) : ''];
  return stems.some((stem) => stem.length >= 3 && (isCommonWord(stem) || isWordNetWord(stem)));
}

/** A finite verb at `k`, perhaps after an adverb: "signed", "will supply", "also agreed". */
const subjectVerbAt = (tokens: readonly Token[], k: number): boolean => {
  const at = tokens[k]?.tags.has('Adverb') ? tokens[k + 1] : tokens[k];
  return at !== undefined && at.tags.has('Verb') && !at.tags.has('Gerund') && !PREPOSITIONS.has(at.norm);
};

/** Abbreviations that open a name with a period: "St. Arkric", "Mt. Kerrow Mining", "Ft. Wayne". */
const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt']);

/** Head words of institutions named by their remit after "for": "Agency for ...", "Institute for ...", "Bank for ...". */
const REMIT_HEADS: ReadonlySet<string> = new Set([
  'agency', 'bank', 'institute', 'centre', 'center', 'council', 'office', 'fund', 'foundation', 'commission', 'authority',
  'ministry', 'department', 'corporation', 'board', 'society', 'association', 'alliance', 'coalition', 'trust', 'secretariat',
]);

/** An institution's remit in capitals at `k`: "Regional Development", "Advanced Battery Research" (a first word the tagger reads as a verb). */
const remitAt = (tokens: readonly Token[], k: number, isName: (i: number) => boolean): boolean =>
  /^\p{Lu}\p{Ll}/u.test(tokens[k]?.text ?? '') && !tokens[k]!.possessive && (isName(k) || (/^\s+$/.test(tokens[k]!.post) && isName(k + 1)));

/** How far after a hyphened pair `pairHeader` looks for another firm's deal in its clause. */
const CLAUSE_WORDS_READ = 40;

/**
 * "Tarvo-Siskin: four tankers, $310m", "Brisco-Harlow, 90 trams": two names hyphened at the head of a text or of a
 * digest's item, before a colon (or a comma and a figure), are the item's two sides, as a slash between them is.
 * ("Harwick-Velquor: the Norvex order fills ...": a clause that names a deal's other side after a label keeps the
 * hyphened name whole, the name of one firm; "Harwick-Velquor, the lessor, said" goes on as one name too.)
 */
function pairHeader(tokens: readonly Token[], at: number, isName: (i: number) => boolean, dealWord: (t: Token | undefined) => boolean): boolean {
  // ("Tarvo Lines-Siskin Energy:": the second name may run on for words of its own; so may the first, back to the start.)
  let end = at + 1;
  while (/^\s+$/.test(tokens[end]!.post) && end + 1 < tokens.length && isName(end + 1)) end++;
  let start = at;
  while (start > 0 && /^\s+$/.test(tokens[start - 1]!.post) && isName(start - 1)) start--;
  const colon = /^:\s*$/.test(tokens[end]!.post);
  const commaFigure = /^,\s+$/.test(tokens[end]!.post) && /^[\d$€£¥₹]/.test(tokens[end + 1]?.text ?? '');
  if (!colon && !commaFigure) return false;
  if (start > 0 && !/(?:[:;|]|\s[-\u2013\u2014])\s*$/.test(tokens[start - 1]!.post)) return false;
  // (The clause is read to its end, or for a bounded run of words, so a sentence of many such pairs stays linear.)
  for (let k = end + 1; k < Math.min(tokens.length, end + 1 + CLAUSE_WORDS_READ); k++) {
    if (isName(k) && dealWord(tokens[k + 1])) return false;
    if (/[;.]/.test(tokens[k]!.post)) break;
  }
  return true;
}

/** Heads of a public body that its place names: "City of Brellby", "Port of Tessick", "the Republic of Norland" (one name, and its place no location). */
const PLACE_BODIES: ReadonlySet<string> = new Set(['city', 'port', 'county', 'borough', 'municipality', 'province', 'state', 'town', 'district', 'region', 'republic', 'kingdom', 'government']);
/** Heads of a body named by its remit: "Ministry of Water and Sanitation". */
const REMIT_BODIES: ReadonlySet<string> = new Set(['ministry', 'department', 'secretariat', 'office']);

/** Heads of a public body named by its field after "of": "Directorate of Roads", "Ministry of Transport". */
const FIELD_OF_HEADS: ReadonlySet<string> = new Set([...REMIT_BODIES, 'directorate', 'agency', 'authority', 'commission']);

/** Whether the capitalized words that end at `at` open with a body's head and "of": "Directorate of Roads". */
function fieldBodyBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const t = tokens[k]!;
    if (t.norm === 'of') return FIELD_OF_HEADS.has(tokens[k - 1]?.norm ?? '') && /^\p{Lu}/u.test(tokens[k - 1]!.text);
    if (!/^\p{Lu}/u.test(t.text) || !/^\s+$/.test(t.post)) return false;
  }
  return false;
}

/** Whether a possessive's next word is its own legal suffix ("Brisbury's Ltd"); "Group" and "Holdings" may be a unit it owns. */
function possessiveFirmName(token: Token, next: Token | undefined): boolean {
  if (next === undefined || !/^\s+$/.test(token.post) || !/^\p{Lu}/u.test(next.text)) return false;
  const suffix = bare(next.text).toLowerCase().replace(/,$/, '');
  return LEGAL_SUFFIXES.has(suffix) && !/^(?:group|holdings?)$/.test(suffix);
}

/** Whether a token is a legal suffix, as written or with its abbreviation's stop: "AG", "S.A.", "Ltd" of "Ltd.". */
const isLegalSuffix = (token: Token): boolean => LEGAL_SUFFIXES.has(token.text.toLowerCase()) || LEGAL_SUFFIXES.has(`${bare(token.text).toLowerCase()}.`);

/** Words of a firm's name written with a hyphen, its first part capitalized: "Co-operative", "Co-op". */
const HYPHENED_FIRM_WORDS: ReadonlySet<string> = new Set(['co-operative', 'co-op', 'co-operatives']);

/** Joins with the next name token: "Elon Musk", "Google Cloud", "Bank of America", "Lip-Bu Tan". */
function continuesName(tokens: readonly Token[], at: number, isName: (i: number) => boolean): number {
  const token = tokens[at]!;
  // ("Brisbury's Ltd has sold ...", "Olberth's plc": a name in the possessive before its own legal suffix is the firm's
  // whole name, no owner of a "Ltd".)
  if (token.possessive && possessiveFirmName(token, tokens[at + 1])) return 1;
  if (token.possessive || /\d/.test(tokens[at + 1]?.text ?? '') || (/\d/.test(token.text) && at > 0)) return 0;
  // "Pembury Corp (NASDAQ: PMBY)", "Waskris Brothers Media (WBM)": a name never runs into a parenthesis.
  if (tokens[at + 1]?.pre.includes('(') || token.post.includes('(')) return 0;
  const post = token.post;
  // ("07:30 CET\nVestral signs": a line break ends a name; the next line opens its own.)
  if (post.includes('\n')) return 0;
  // ("Buyer: Quenlow Bulk Carriers S.A. Scope: ...": a legal suffix ends the name, unless another suffix follows.)
  if (/^\s+$/.test(post) && isLegalSuffix(token) && !/^(?:group|holdings?|co)$/.test(bare(token.text).toLowerCase())
    && at > 0 && /^\p{Lu}/u.test(tokens[at - 1]!.text) && /^[\s,]+$/.test(tokens[at - 1]!.post) && !LEGAL_SUFFIXES.has(bare(tokens[at + 1]?.text ?? '').toLowerCase()) && !ROMANCE_OF.has(tokens[at + 1]?.text ?? '')) return 0;
  if (/^\s+$/.test(post) && isName(at + 1)) return 1;
  // ("St. Arkric Health System", "Ste. Marie Foods": a saint's abbreviation opens the name it is part of.)
  if (/^\.\s+$/.test(post) && NAME_ABBREVIATIONS.has(token.text) && /^\p{Lu}/u.test(tokens[at + 1]?.text ?? '')) return 1;
  // "Oshvale Therapeutics, Inc.", "Kabham Holdings Co., Ltd.", "Kavard Energy Pte. Ltd.": a legal suffix after a
  // comma or an abbreviation's period ends the same name.
  const suffix = tokens[at + 1];
  const abbreviated = /^\.\s+$/.test(post) && LEGAL_SUFFIXES.has(`${bare(token.text).toLowerCase()}.`);
  if ((/^\.?,\s+$/.test(post) || abbreviated) && suffix && /^\p{Lu}/u.test(suffix.text) && LEGAL_SUFFIXES.has(suffix.text.toLowerCase()) && !/^(group|holdings?)$/i.test(suffix.text)) return 1;
  // ("Tarvo Dairy Co-operative Limited": a hyphened word of a firm's name goes on with the name.)
  if (post === '-' && HYPHENED_FIRM_WORDS.has(`${token.norm}-${tokens[at + 1]?.norm ?? ''}`)) return 1;
  if (post === '-' && isName(at + 1)) {
    // "Oracle-OpenAI agreement" names two parties; "Lip-Bu Tan" one.
    const after = tokens[at + 2];
    // ("Brandt-Kessler's offer": an owner written with a hyphen is one name.)
    if (tokens[at + 1]!.possessive) return 1;
    // ("the Oththorpe-Haldisson tie-up": a hyphened compound after the pair is a noun whatever its tags.)
    // ("the Hilwell-Nimbrel contract": a deal noun the tagger read as a verb is still a noun here.)
    // ("Pemberton-Roldard holding 60%", "Rolls-Royce engines": before any other noun the hyphened words are one name.)
    // ("the Pravic-Hilwell chip contract": one lowercase word may describe the deal noun.)
    const dealWord = (t: Token | undefined) => t !== undefined && (NOMINAL_ACTION_FORMS.has(t.norm) || PAIR_NOUNS.has(t.norm));
    const noun = after !== undefined && (dealWord(after) || (after.post === '-' && /^[a-z]/.test(after.text)) || (/^[a-z]/.test(after.text) && /^\s+$/.test(after.post) && dealWord(tokens[at + 3])));
    if (pairHeader(tokens, at, isName, dealWord)) return 0;
    // ("the Estorn-Ferrill PPA": a deal noun's acronym after the pair is a noun too, in its capitals.)
    const acronymDeal = after !== undefined && /^[A-Z]{2,5}s?$/.test(after.text) && dealWord(after);
    return after && (acronymDeal || (!isName(at + 2) && noun && !/^\p{Lu}/u.test(after.text))) ? 0 : 1;
  }
  const connector = tokens[at + 1];
  // ("the City of Brellby", "Port of Tessick": a public body named by its place is one name.)
  if (/^\s+$/.test(post) && connector?.norm === 'of' && /^\s+$/.test(connector.post) && /^\p{Lu}/u.test(token.text) && PLACE_BODIES.has(token.norm) && isName(at + 2)) return 2;
  // ("Ministry of Water and Sanitation": a ministry's remit may name two fields, each an ordinary word.)
  if (/^\s+$/.test(post) && connector?.norm === 'and' && tokens[at - 1]?.norm === 'of' && REMIT_BODIES.has(tokens[at - 2]?.norm ?? '')
    && /^\p{Lu}\p{Ll}+$/u.test(tokens[at + 2]?.text ?? '') && (isOrdinaryWord(tokens[at + 2]!.norm) || ORGANIZATION_WORDS.has(tokens[at + 2]!.norm)) && !isName(at + 3)) return 2;
  // ("Directorate of Roads of Saint-Aubel": a body named by its field goes on with the place it serves.)
  if (/^\s+$/.test(post) && connector?.norm === 'of' && /^\s+$/.test(connector.post) && isName(at + 2) && fieldBodyBefore(tokens, at)) return 2;
  if (/^\s+$/.test(post) && connector && (connector.norm === 'of' || connector.text === '&') && isName(at + 2)) {
    // ("Gelvik Metals Trading AG of Zug": a legal suffix ends the name; "of" after it says where the firm sits.)
    return (ORGANIZATION_WORDS.has(bare(token.text).toLowerCase()) && !isLegalSuffix(token)) || connector.text === '&' ? 2 : 0;
  }
  // ("the Agency for Advanced Battery Research", "Bank for Regional Development": an institution named by its remit after
  // "for", when its head word opens the name, perhaps after an owner ("Norland's Agency for ..."); "Lantern Bank for
  // Siskin's fleet" is a bank and what it lends for.)
  if (/^\s+$/.test(post) && connector?.norm === 'for' && /^\s+$/.test(connector.post) && REMIT_HEADS.has(bare(token.norm)) && (at === 0 || !isName(at - 1) || tokens[at - 1]!.possessive) && remitAt(tokens, at + 2, isName)) return 2;
  // "Liga Askric de Basquete", "Banco do Sul", "Caisse des Dépôts": a lowercase Romance "of" inside one name.
  if (/^\s+$/.test(post) && connector && ROMANCE_OF.has(connector.text) && /^\s+$/.test(connector.post) && isName(at + 2) && !token.possessive) return 2;
  return 0;
}

/** "Lena Werlholt, Chief Executive Officer of Punnby": an officer's title in capitals names no one. */
const namesTitle = (m: Mention): boolean => m.kind === 'name' && isOfficerTitle(m.name.toLowerCase().split(/\s+/));

/** Every name and referring word in a sentence, in order. */
export function findMentions(sentence: Sentence, known: ReadonlySet<string>, turn?: Turn, names: DocNames = NO_NAMES): Mention[] {
  const { tokens } = sentence;
  const decorations = decorate(sentence);
  // "Its only buyer ...": a pronoun that opens a sentence is still a pronoun, not a capitalized name.
  // ("X, Inc. to Acquire Bulmick Biologics, Inc.": a title-case deal verb after "to" is the verb, not a name's first word.)
  const titleVerb = (t: Token, i: number) => i > 0 && tokens[i - 1]!.norm === 'to' && /^[A-Z][a-z]+$/.test(t.text) && ACTION_LEMMAS.has(t.norm);
  // ("PARIS, Dec 1 (Wire) - Satellite maker Ollthorpe ...": the first word after a dateline opens the sentence.)
  // ("GUEST: Can they pay?", "KEIKO SATO: Which is ...": so does the first word of a turn after its speaker's label.)
  // ("TP Rs388\nFinancial closure done ...": and so does the first word of a line the sentence runs on to.)
  const opens = (i: number) => i === 0 || decorations.turnOpens.has(i) || (decorations.skip.has(i - 1) && /[-\u2013\u2014]\s*$/.test(tokens[i - 1]!.post) && !decorations.skip.has(i))
    || tokens[i - 1]!.post.includes('\n');
  // ("Tarnby Shipping ASA - Award of two charters": an English word or a deal noun that opens the words after a
  // spaced dash, before a lowercase one, is a headline's noun, not a name: "- Acquisition of Quarlby Quarries".)
  // ("Tarvo Steel Co., Ltd. - Conclusion of Sales Contract": so is a rarer English noun before "of"; "TRV US - Quaddle
  // at $1.5bn" names a firm.)
  const afterDash = (t: Token, i: number) => i > 0 && /\s[-\u2013\u2014]{1,2}\s+$/.test(tokens[i - 1]!.post)
    && (isCommonWord(t.norm) || DEAL_NOUNS.has(t.norm) || (isWordNetWord(t.norm) && tokens[i + 1]?.norm === 'of'))
    && !ORGANIZATION_WORDS.has(t.norm) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && !/^\s+$/.test(tokens[i + 1]?.pre ?? '');
  // ("3. Contract amount (KRW): ...", "... / Share of annual revenue (%): 11.3": so is one that opens a numbered item or
  // the words after a slash set off by spaces, as disclosures list their fields.)
  // ("WRFD (Hold, PT $19): Fresh $240mn 4y term loan": and one after a colon, before a sum, opens a note's line.)
  const english = (t: Token) => (isCommonWord(t.norm) || isWordNetWord(t.norm)) && !ORGANIZATION_WORDS.has(t.norm);
  const itemNumber = (p: Token) => /^\d{1,2}$/.test(p.text) && /^[.)]\s+$/.test(p.post);
  const spacedSlash = (p: Token, i: number) => p.text === '/' && /^\s+$/.test(p.post) && /\s$/.test(p.pre + (tokens[i - 2]?.post ?? ''));
  const sumAfterColon = (p: Token, next: Token | undefined) => /:\s+$/.test(p.post) && next !== undefined && (next.tags.has('Money') || /^[$\u20ac\u00a3\u00a5]\d/.test(next.text));
  const afterItemMark = (t: Token, i: number) => {
    const p = tokens[i - 1];
    if (p === undefined || !english(t)) return false;
    const lowerNext = /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '');
    return (lowerNext && (itemNumber(p) || spacedSlash(p, i))) || sumAfterColon(p, tokens[i + 1]);
  };
  // (After a label the tagger reads the opening word as mid-sentence and calls "Just", "Frankly" names: an English
  // word the text capitalizes nowhere else opens the turn.)
  // ("GUEST: Flexibility, mainly.": so is a rarer English word set off by a comma or a stop, an answer's one word.)
  const turnWord = (t: Token, i: number) => decorations.turnOpens.has(i) && !known.has(bare(t.text))
    && (isCommonWord(t.norm.replace(/['\u2019]\w+$/, '')) || (/^[,.]/.test(t.post) && isWordNetWord(t.norm)));
  // ("Tarvo Marine Orders Eight Ships From Siskin", "Harlow Space Books Norvex for ...": in a title-case headline a deal
  // verb's third-person form after a capitalized word is the verb, not a name's next word.)
  // (A headline has one verb: "Orders Six Bulk Carriers" keeps "Carriers" a noun.)
  const headlineCased = isHeadlineCase(tokens);
  const verbLike = (t: Token, i: number) => headlineCased && i > 0 && /^[A-Z][a-z]+$/.test(t.text) && ACTION_THIRD_PERSON.has(t.norm)
    && /^\p{Lu}/u.test(tokens[i - 1]!.text) && /^\s+$/.test(tokens[i - 1]!.post);
  const firstHeadlineVerb = tokens.findIndex(verbLike);
  // ("... Carriers From Siskin in $410 Million Deal": a title-cased preposition joins no name; "Bank of" keeps its "of".)
  const headlineVerb = (t: Token, i: number) => i === firstHeadlineVerb || (headlineCased && i > 0 && HEADLINE_PREPOSITIONS.has(t.text));
  // ("120 MW from @SiskinStorage": a social post names a firm by its handle.)
  // ("7342 JP (Tarvo)": a market's code after a numeric ticker, as terminals write it, names no one.)
  const marketCode = (t: Token, i: number) => TICKER_COUNTRY_CODES.has(t.text) && /^\d{3,6}$/.test(tokens[i - 1]?.text ?? '');
  // ("takes 3x VLGC on 5y charter": capitals a note's "4x" counts are the goods.)
  // (The tagger may leave empty unit words after "4x".)
  const wordBefore = (i: number) => {
    let k = i - 1;
    while (k >= 0 && tokens[k]!.text === '') k--;
    return tokens[k]?.text ?? '';
  };
  const countedGoods = (t: Token, i: number) => /^[A-Z]{2,6}s?$/.test(t.text) && /^\d+x$/i.test(wordBefore(i));
  // ("Object: part-funding of ...", "Sub: Intimation under ...": an English word that opens a line before a colon labels a field.)
  // ("- Grant of term loan", "Item 1.01 Entry into a Supply Contract": an English word that opens a heading, before "of"
  // or "into" and a lowercase word, is the heading's noun; "Ministry of Mines of the Republic" goes on.)
  const opensHeading = (i: number) => opens(i) || /[-\u2013\u2014:|]\s*$/.test(tokens[i - 1]?.post ?? '') || /^\d+(?:\.\d+)*$/.test(tokens[i - 1]?.text ?? '');
  const headingNoun = (t: Token, i: number) => opensHeading(i) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && isOrdinaryWord(t.norm)
    && (tokens[i + 1]?.norm === 'of' || tokens[i + 1]?.norm === 'into') && /^\p{Ll}/u.test(tokens[i + 2]?.text ?? '') && /^\s+$/.test(t.post);
  // ("4. Deposit: the buyer pays ...": so does one after an item's number.)
  const fieldLabel = (t: Token, i: number) => (opens(i) || (i > 0 && itemNumber(tokens[i - 1]!))) && /^:/.test(t.post.trim()) && isOrdinaryWord(t.norm.replace(PREFIX, ''));
  // ("a low-Earth-orbit relay", "a non-EU buyer": a capital joined by a hyphen to an English word in lowercase before
  // it is inside a compound that describes, no name; "Rolls-Royce" and "brixom-Feltham" go on.)
  const inCompound = (i: number) => i > 0 && tokens[i - 1]!.post === '-' && /^\p{Ll}+$/u.test(tokens[i - 1]!.text) && !known.has(tokens[i - 1]!.text)
    && (isCommonWord(tokens[i - 1]!.norm) || isWordNetWord(tokens[i - 1]!.norm));
  // ("week ending 12 Sep:", "on Sept. 3": a month beside a day's or a year's number dates, names no one.)
  const dateMonth = (t: Token, i: number) => MONTH.test(t.text) && (/^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[i - 1]?.text ?? '') || /^\d{1,4}(?:st|nd|rd|th)?$/.test(tokens[i + 1]?.text ?? ''));
  const nameAt = tokens.map((t, i) => !decorations.skip.has(i) && !marketCode(t, i) && !dateMonth(t, i) && !countedGoods(t, i) && !inCompound(i) && (HANDLE.test(t.text) || (pronounKind(t) === null && !titleVerb(t, i) && !headlineVerb(t, i) && !turnWord(t, i) && !afterDash(t, i) && !fieldLabel(t, i) && !headingNoun(t, i) && !afterItemMark(t, i) && isNameToken(t, tokens[i + 1], tokens[i + 2], known, opens(i), opens(i) || /[([]\s*$/.test(t.pre)))));
  // ("Harlow, however, will buy", "Brisco, for its part, signed": an unknown opening word set off by a short aside
  // before a verb is the sentence's subject; "Meanwhile, however, ..." opens with words the lexicon knows.)
  tokens.forEach((t, i) => {
    if (nameAt[i] || !opens(i) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !/^,\s+$/.test(t.post) || isCommonWord(t.norm) || isWordNetWord(t.norm) || decorations.skip.has(i)) return;
    let j = i + 1;
    while (j <= i + 4 && /^\p{Ll}/u.test(tokens[j]?.text ?? '') && !/[,;:]/.test(tokens[j]!.post)) j++;
    const aside = tokens[j];
    const verb = tokens[j + 1];
    if (j > i + 4 || !aside || !/^\p{Ll}/u.test(aside.text) || !/^,\s+$/.test(aside.post) || !verb) return;
    if (verb.tags.has('Modal') || verb.tags.has('Auxiliary') || (verb.tags.has('Verb') && !verb.tags.has('Gerund') && /^\p{Ll}/u.test(verb.text))) nameAt[i] = true;
  });
  // "Scale AI", "Mistral AI": a capitalized company word ends the name before it.
  tokens.forEach((t, i) => {
    if (!nameAt[i] && i > 0 && nameAt[i - 1] && /^\p{Lu}/u.test(t.text) && ORGANIZATION_WORDS.has(t.norm) && !t.quoted && /^\s+$/.test(tokens[i - 1]!.post) && !tokens[i - 1]!.possessive) nameAt[i] = true;
  });
  // ("of Indonesia's Lolland Pay for ¥18 billion": in a sentence written in sentence case, a capitalized "Pay" right after a
  // name's word goes on with the name; only a headline capitalizes its verbs, "Goldman to Pay $5 Billion".)
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (nameAt[i] || headlineCased || !prev || !nameAt[i - 1] || opens(i) || t.quoted || t.pre !== '' || !/^\s+$/.test(prev.post) || prev.possessive) return;
    // ("Tarvo Pay's third instalment": so does its possessive.)
    const word = t.text.replace(/['\u2019]s$/, '');
    const lower = word.toLowerCase();
    if (/^\p{Lu}\p{Ll}+$/u.test(word) && (STATEMENT_VERBS.has(lower) || TREND_WORDS.has(lower)) && !t.tags.has('Pronoun') && !decorations.skip.has(i)) nameAt[i] = true;
  });
  const isName = (i: number) => nameAt[i] === true;
  const mentions: Mention[] = [];
  const make = (first: number, last: number, kind: MentionKind): Mention => {
    const run = tokens.slice(first, last + 1);
    const lastToken = run[run.length - 1]!;
    const name = kind === 'name'
      ? run.map((t, k) => (HANDLE.test(t.text) ? handleName(t.text) : bare(t.text)) + (k < run.length - 1 ? t.post.replace(/\s+/g, ' ') : '')).join('').trim()
      : lastToken.norm;
    const end = kind === 'name' && lastToken.possessive ? lastToken.end - (lastToken.text.length - bare(lastToken.text).length) : lastToken.end;
    return {
      sentence: sentence.index, first, last, start: run[0]!.start, end, name, kind,
      possessive: lastToken.possessive || lastToken.norm === 'his' || lastToken.norm === 'its' || lastToken.norm === 'their' || lastToken.norm === 'her',
      // ("Çelik Liman İşletmeleri A.Ş.": a legal suffix the name did not take in still makes it a firm's.)
      personLike: kind === 'name' ? personLike(run) && !LEGAL_SUFFIXES.has(bare(tokens[last + 1]?.text ?? '').toLowerCase()) && !describedAsFirm(tokens, first)
        && !reportsAsIt(tokens, last)
        && !(run.length > 1 && names.firms.has(bare(lastToken.text))) : kind === 'person-pronoun',
    };
  };
  // ("CFO Lukas Bogham, Hestmont: we sold ..."): the firm an officer's label names is the turn's "we", not a party here.
  if (turn?.labelledFirm && decorations.labelFirm) turn.firm = make(decorations.labelFirm.first, decorations.labelFirm.last, 'name');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "the merged company", "the Chinese drugmaker", "the Spanish utility": a reference, not a name.
    const described = tokens[i + 1];
    if (token.norm === 'the' && described && !described.possessive && /^\s+$/.test(described.post)
      && (described.tags.has('Adjective') || described.tags.has('PastTense') || isName(i + 1) || /^\p{Lu}/u.test(described.text))
      && isCompanyNoun(bare(tokens[i + 2]?.norm ?? '')) && /^[a-z]/.test(tokens[i + 2]!.text)) {
      mentions.push(make(i, i + 2, 'neuter-pronoun'));
      i += 2;
      continue;
    }
    // ("The world's third-largest container line will pay", "the plant's new owner": a longer description of a firm;
    // "the freighter operator": a noun before the company noun too.)
    const head = token.norm === 'the' ? describedCompanyEnd(tokens, i + 1) : -1;
    if (head >= i + 2) {
      mentions.push(make(i, head, 'neuter-pronoun'));
      i = head;
      continue;
    }
    // ("its Board of Directors has approved": an organ after an owner's pronoun is no party either.)
    if ((token.norm === 'its' || token.norm === 'their' || token.norm === 'our') && ORGANS.has(tokens[i + 1]?.norm ?? '') && /^\p{Lu}/u.test(tokens[i + 1]!.text)) {
      i += tokens[i + 2]?.norm === 'of' && ORGANS.has(tokens[i + 3]?.norm ?? '') ? 3 : 1;
      continue;
    }
    // ("The Management Board of Ragham Logistik AG, with the approval of the Supervisory Board, ...": an organ named by
    // its kind is the firm's too.)
    if (token.norm === 'the' && ORGAN_KINDS.has(tokens[i + 1]?.norm ?? '') && /^\p{Lu}/u.test(tokens[i + 1]!.text)
      && ORGANS.has(tokens[i + 2]?.norm ?? '') && /^\p{Lu}/u.test(tokens[i + 2]!.text)) {
      i += 2;
      continue;
    }
    // "the Bank will invest", "the Company has agreed": a capitalized defined term refers back like "the company";
    // "the Board" is an organ of the firm, never a party of its own.
    const term = tokens[i + 1];
    // ("lifting the Company's intake": the term in the possessive refers back too.)
    const termWord = term ? bare(term.text) : '';
    if (token.norm === 'the' && term && /^[A-Z][a-z]+$/.test(termWord) && !isName(i + 2)) {
      // ("the Bank for Regional Development", "the Agency for Advanced Battery Research": a name by its remit after "for".)
      const remit = tokens[i + 2]?.norm === 'for' && REMIT_HEADS.has(term.norm) && remitAt(tokens, i + 3, isName);
      // ("The University is paying ...": an institution's head alone refers back to the name that holds it.)
      if (INSTITUTION_HEADS.has(termWord.toLowerCase()) && tokens[i + 2]?.norm !== 'of' && !remit && /^\s+$/.test(term.post)) {
        const head = make(i, i + 1, 'neuter-pronoun');
        head.rule = 'institution-head';
        mentions.push(head);
        i += 1;
        continue;
      }
      if (DEFINED_TERMS.has(termWord.toLowerCase()) && tokens[i + 2]?.norm !== 'of' && !remit) {
        const defined = make(i, i + 1, 'neuter-pronoun');
        if (ISSUER_TERMS.has(termWord.toLowerCase())) defined.rule = 'defined-issuer';
        mentions.push(defined);
        i += 1;
        continue;
      }
      // ("The Board of Directors of Quillmere Ltd wishes to announce": the whole organ, not "Directors", is skipped.)
      if (ORGANS.has(term.norm)) {
        const end = tokens[i + 2]?.norm === 'of' && ORGANS.has(tokens[i + 3]?.norm ?? '') ? i + 3 : i + 1;
        // ("The Board of Directors approved the allotment ...": an organ no name follows acts for the filer, as "the Company" does.)
        if (tokens[end + 1]?.norm !== 'of' && !isName(end + 1)) {
          const organ = make(i, end, 'neuter-pronoun');
          organ.rule = 'defined-issuer';
          mentions.push(organ);
        }
        i = end;
        continue;
      }
    }
    // ("Management said it has contracted ...", "Mgmt disclosed a supply agreement": a firm's management, speaking alone as a
    // clause's subject, stands for the firm like "the company"; "Grebe Asset Management" is a name.)
    if (SPEAKING_ORGANS.has(token.norm) && !isName(i - 1) && !tokens[i - 1]?.possessive && /^[\s,]*$/.test(token.post)
      && (tokens[i + 1]?.tags.has('Verb') === true || tokens[i + 1]?.norm === 'team')) {
      mentions.push(make(i, i, 'neuter-pronoun'));
      if (tokens[i + 1]?.norm === 'team') i += 1;
      continue;
    }
    const body = publicBodyAt(tokens, i, mentions);
    if (body) {
      if (body.replaces) mentions.pop();
      const m = make(body.first, i, 'name');
      m.rule = 'public-body';
      if (body.generic) {
        m.name = 'government';
        m.generic = true;
      }
      mentions.push(m);
      continue;
    }
    if (isName(i)) {
      let last = i;
      for (let step = continuesName(tokens, last, isName); step > 0; step = continuesName(tokens, last, isName)) last += step;
      // ("Kellsmoor TowerCo (Pty) Ltd": a legal suffix in brackets and the one after it end the name.)
      const bracketed = (t: Token | undefined) => t !== undefined && t.pre.includes('(') && t.post.includes(')') && LEGAL_SUFFIXES.has(bare(t.text).toLowerCase());
      const formEnd = bracketed(tokens[last + 1]) && LEGAL_SUFFIXES.has(bare(tokens[last + 2]?.text ?? '').toLowerCase().replace(/,$/, '')) ? last + 2 : last;
      // ("Norway's second-largest ferry operator said ...": a country's possessive before a firm's description is the
      // description, as "the" is, not the country.)
      // ("Tarvo, Canada's second-largest bread maker, will ...": an appositive's stays the place, the name before it the subject.)
      const head = tokens[last]!.possessive && !/,\s*$/.test(tokens[i - 1]?.post ?? '') && isLexiconPlace(bare(tokens.slice(i, last + 1).map((t) => t.text).join(' ')).toLowerCase()) ? describedCompanyEnd(tokens, last + 1) : -1;
      if (head > last) {
        mentions.push(make(i, head, 'neuter-pronoun'));
        i = head;
        continue;
      }
      const suffix = tokens[last]!.post === '-' ? tokens[last + 1]?.norm ?? '' : '';
      const origin = isOriginSuffix(suffix) && suffix !== 'owned';
      if (!origin) {
        const m = make(i, formEnd, 'name');
        // (The bracketed form is the name's, not words of it: "Kellsmoor TowerCo".)
        if (formEnd > last) m.name = make(i, last, 'name').name;
        // ("Pelmar Corp. (NYSE: PLW)": the ticker's name ends before the legal suffix the mention keeps.)
        const acronym = decorations.acronyms.find((a) => a.nameEnd >= i && a.nameEnd <= last
          && tokens.slice(a.nameEnd + 1, last + 1).every((t) => LEGAL_SUFFIXES.has(bare(t.text).toLowerCase())));
        if (acronym) m.defines = acronym.acronym;
        mentions.push(m);
      }
      i = formEnd;
      continue;
    }
    // ("'We buy from them for twenty years,' said Enerval's Rui Alvim": a speaker's "we" is the speaker's firm.)
    // ("INGRID SETHARA: We signed with them for seven years": in a transcript's turn, the speaker's firm.)
    const inTurn = turn !== undefined && !token.quoted && !token.speech;
    if ((token.speech || inTurn) && FIRST_PERSON_PRONOUNS.has(token.norm.replace(/['\u2019](?:ve|re|d|ll)$/, ''))) {
      const m = make(i, i, 'neuter-pronoun');
      m.firstPerson = true;
      if (inTurn) m.speaker = turn.person;
      if (inTurn && turn.firm) m.refersTo = [turn.firm];
      mentions.push(m);
      continue;
    }
    const pronoun = token.quoted ? null : pronounKind(token);
    if (pronoun) {
      const m = make(i, i, pronoun);
      // ("Mara Quell, who runs Siskin Storage, said her firm would ...": a person's firm, `ownFirm`.)
      if (pronoun === 'person-pronoun' && OWNER_PRONOUNS.has(token.norm) && isCompanyNoun(tokens[i + 1]?.norm ?? '')) m.rule = OWN_FIRM_RULE;
      mentions.push(m);
      continue;
    }
    // "the company", "the two companies", "both companies"
    const next = tokens[i + 1];
    if ((token.norm === 'the' || token.norm === 'both') && next) {
      if (isCompanyNoun(bare(next.norm)) && /^[a-z]/.test(next.text)) mentions.push(make(i, i + 1, 'neuter-pronoun'));
      // ("bramblecup is going direct. The roaster signed ...": a trade's agent noun as a clause's subject.)
      else if (token.norm === 'the' && isTradeAgent(next) && subjectVerbAt(tokens, i + 2)) mentions.push(make(i, i + 1, 'neuter-pronoun'));
      else if (next.tags.has('Adjective') && isCompanyNoun(tokens[i + 2]?.norm ?? '')) {
        mentions.push(make(i, i + 2, 'neuter-pronoun'));
        i += 2;
      }
      else if (next.norm === 'two' && tokens[i + 2] && /^(companies|firms|groups|sides|parties)$/.test(tokens[i + 2]!.norm)) {
        mentions.push(make(i, i + 2, 'plural-pronoun'));
        i += 2;
      } else if (token.norm === 'both' && /^(companies|firms|sides)$/.test(next.norm)) mentions.push(make(i, i + 1, 'plural-pronoun'));
    }
  }
  // ("Burland Energi awards Tarnveld Aurora three-year contract" beside "the semi-submersible Tarnveld Aurora": a vessel's name.)
  const named = mentions.filter((m) => !isSite(tokens, m) && !names.vessels.has(m.name) && !names.goods.has(m.name) && !names.dealTerms.has(m.name) && !isGoods(tokens, m) && !isLabel(tokens, m) && !isOrigin(tokens, m)
    && !isCommonAbbreviation(tokens, m) && !((headlineCased || shoutedHeading(tokens, m)) && onlyCommonWords(tokens, m)) && !isLocation(tokens, m) && !(m.kind === 'name' && inRegion(tokens, m)) && !namesTitle(m) && !dealTitle(tokens, m) && !formLabel(tokens, m));
  named.forEach((m, k) => {
    const firm = m.firstPerson && !m.speaker && !m.refersTo ? speakerFirm(tokens, named, m) : undefined;
    if (firm) m.refersTo = [firm];
    const employer = m.personLike && m.kind === 'name' ? officerFirm(tokens, named, k) : undefined;
    if (employer) {
      m.officerOf = employer.name;
      (employer.officers ??= []).push(m.name);
    }
  });
  // (A speaker and the firm a speaker is introduced by are no parties, but they say whose "we" a quotation's is.)
  const kept = named.filter((m) => !isCommentator(tokens, m) && !isOutletOrSpeaker(tokens, m));
  // ("The Bristol-based insurer will pay £150m for the arena's naming rights, Tarvo said": a description opening the
  // sentence, with no name before it, is the firm that says the sentence, when the sentence names that firm nowhere else.)
  const speaker = named.find((m) => m.kind === 'name' && !m.personLike && REPORTING_VERBS.has(tokens[m.last + 1]?.norm ?? '') && /,\s*$/.test(tokens[m.first - 1]?.post ?? ''));
  const opening = kept[0];
  if (speaker && opening && opening.kind === 'neuter-pronoun' && opening.last > opening.first && !opening.refersTo && opening.first <= 1 && !opening.possessive && !speaker.officerOf
    && !kept.some((m) => m !== speaker && m.kind === 'name' && firstWordOf(m.name) === firstWordOf(speaker.name))) opening.refersTo = [speaker];
  return kept;
}


/**
 * "near Zaragoza", "off Namibia": a name a locative preposition governs is a where. So is a place compromise's
 * lexicon knows after "in", "of", "for" ("rights in Japan, China and South Korea", "Corlworth of the United States").
 * "a deal with Odisha", "licensed to Ontario": with other prepositions a place may still be a party.
 */
function isLocation(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind !== 'name' || m.possessive || m.rule) return false;
  // ("in Japan, China and South Korea": the places of a list share its preposition.)
  let k = m.first - 1;
  while (k >= 0 && (/^(the|and|or)$/.test(tokens[k]!.norm) || (/^\p{Lu}/u.test(tokens[k]!.text) && tokens[k]!.tags.has('Place')))) k--;
  const prep = tokens[k]?.norm ?? '';
  if (LOCATIVE_PREPOSITIONS.has(prep) && tokens[k + 1] !== undefined) return true;
  // ("a contract from the city of Tulsa", "the province of Ontario": the place's government is a party.)
  const governed = prep === 'of' && (PLACE_BODIES.has(tokens[k - 1]?.norm ?? '') || tokens[k - 1]?.norm === 'people');
  // ("in West Texas", "in northern Ontario": a point of the compass before a place keeps it a place.)
  const place = m.name.toLowerCase().replace(/^the\s+/, '');
  if (prep === 'to' && carriedTo(tokens, k) && isPlaceName(place)) return true;
  // ("the Varnwick licence (Canada only, ten years)": a place that opens a parenthesis is where the deal holds.)
  if (/\(\s*$/.test(tokens[m.first]!.pre) && isPlaceName(place)) return true;
  // ("on the Quenlow Coast", "in the Ondo Valley": a name a place's head ends is a place too, after "the", which a
  // place so named takes and a firm so named, "Larkmoor Valley", does not.)
  const headed = tokens[m.first - 1]?.norm === 'the' && endsInPlaceHead(m.name);
  return PLACE_PREPOSITIONS.has(prep) && !governed && (isPlaceName(place) || isPlaceName(place.replace(/^(?:north|south|east|west|central|northern|southern|eastern|western)\s+/, '')) || headed);
}

/** Words a verb of carrying and its "to" may have between them: "ships 400,000 tonnes of ore a year to ...". */
const CARRIED_SPAN = 8;

/** "shipped to India", "exports the crop each year to Japan": the "to" at `to` follows a verb of carrying (`CARRYING_VERBS`) in its clause. */
function carriedTo(tokens: readonly Token[], to: number): boolean {
  for (let k = to - 1; k >= 0 && k >= to - CARRIED_SPAN; k--) {
    const t = tokens[k]!;
    if (CARRYING_VERBS.has(t.norm) && (t.tags.has('Verb') || t.tags.has('Gerund'))) return true;
    if (/[,;:]\s*$/.test(t.post) || t.tags.has('Verb')) return false;
  }
  return false;
}

/** Lowercase nouns of shows and outlets that a name before them titles: "the Bajt podcast", "the Energy Hour programme". */
const SHOW_NOUNS: ReadonlySet<string> = new Set(['podcast', 'show', 'programme', 'program', 'newsletter', 'blog', 'channel', 'column', 'broadcast', 'webcast', 'livestream']);

/** Words for one issue of a show or publication: "this week's episode of Stack Trace". */
const EPISODE_WORDS: ReadonlySet<string> = new Set(['episode', 'edition', 'issue', 'installment', 'instalment']);
/** The people of a show, after its name and a comma: "On Friday's Biotech Brief, hosts discussed ...". */
const SHOW_PEOPLE: ReadonlySet<string> = new Set(['hosts', 'host', 'guests', 'panelists', 'panellists', 'presenters', 'co-hosts', 'listeners', 'viewers']);

/** "AgriInputs Weekly:", "HOST:", "GUEST:": a publication reports and a transcript's speaker label speaks; neither is a party. */
export function isOutletOrSpeaker(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind !== 'name') return false;
  const last = tokens[m.last]!;
  if (OUTLET_WORDS.has(bare(last.norm))) return true;
  // ("on the Kapital podcast", "told the Energy Hour programme", "TOBI (sports desk):": a name before a lowercase
  // outlet noun names the outlet.)
  const after = tokens[m.last + 1];
  if (after && /^[a-z]/.test(after.text) && /^\s+$/.test(last.post) && SHOW_NOUNS.has(bare(after.norm)) && !m.possessive) return true;
  // ("On this week's episode of Stack Trace, hosts ...", "On Tuesday's Market Hour, guests noted ...": a show's name
  // after "episode of", or set off before its hosts or guests.)
  if (EPISODE_WORDS.has(tokens[m.first - 2]?.norm ?? '') && tokens[m.first - 1]?.norm === 'of') return true;
  if (/^,\s+$/.test(last.post) && after && SHOW_PEOPLE.has(after.norm) && !m.possessive) return true;
  // ('Rhona Vell, Siskin's chief executive, on Cargo Talk: "We ..."': a name after ", on" that a colon sets before the
  // words quoted names where they were said.)
  const on = tokens[m.first - 1]?.norm === 'the' ? m.first - 2 : m.first - 1;
  if (tokens[on]?.norm === 'on' && /,\s*$/.test(tokens[on - 1]?.post ?? '') && /^:/.test(last.post)) return true;
  return m.first === m.last && /^[A-Z]{3,}$/.test(last.text) && /^:/.test(last.post) && isCommonWord(last.norm);
}

/**
 * "six LNG carriers", "its TV rights", "CEO pay": an all-caps word compromise's lexicon holds as a common word or
 * abbreviation, not a name, before a lowercase noun names a kind of thing, not a party.
 */
function isCommonAbbreviation(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind !== 'name' || m.first !== m.last || m.possessive || m.rule) return false;
  const word = tokens[m.first]!;
  const next = tokens[m.last + 1];
  if (AMPERSAND_ABBREVIATIONS.has(word.text.replace(/[\u2019']s$/, ''))) return true;
  return /^[A-Z]{2,5}$/.test(word.text) && isCommonWord(word.norm) && next !== undefined && /^[a-z]/.test(next.text)
    && next.tags.has('Noun') && !next.tags.has('Verb') && /^\s+$/.test(word.post);
}

/**
 * "Chilean shipowner Naviera", "its Danish gas assets", "the Japanese company": a place adjective (`PLACE_ADJECTIVES`,
 * from WordNet, or compromise's Demonym) before a lowercase word says where a firm or asset is from; the firm, if
 * named, comes after. "Continental agreed" stays a name: no lowercase noun follows it.
 */
function isOrigin(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind !== 'name' || m.possessive || m.rule) return false;
  const next = tokens[m.last + 1];
  // ("the Asian rights to ...": a plural before a preposition is a noun, whatever its verb tag.)
  const plural = next !== undefined && /s$/.test(next.norm) && PREPOSITIONS.has(tokens[m.last + 2]?.norm ?? '');
  // ("Another Baltic PPA:": an acronym the name stops before is a noun the place describes.)
  const acronym = next !== undefined && /^\p{Lu}{2,5}s?$/u.test(next.text);
  if (next === undefined || !(/^[a-z]/.test(next.text) || acronym) || (next.tags.has('Verb') && !plural && !acronym) || !/^\s+$/.test(tokens[m.last]!.post)) return false;
  const run = tokens.slice(m.first, m.last + 1);
  return run.every((t) => t.tags.has('Demonym')) || PLACE_ADJECTIVES.has(run.map((t) => bare(t.norm)).join(' '));
}

const PUBLIC_QUALIFIERS = /^(uk|us|u\.s\.|u\.k\.|eu|british|american|federal|national|central|state|regional|local|provincial)$/;
/** Public bodies a place names with a word of their field between: "Roskild port authority", "Evenmoor city council". */
const FIELD_BODIES: ReadonlySet<string> = new Set(['council', 'authority', 'commission', 'agency', 'department', 'ministry', 'directorate']);

/**
 * "the government", "the UK government", "the Odisha government", "Japan's industry ministry", "Ministers":
 * a public body as a party. Unqualified, it is generic and joins the event its other party fits.
 * `replaces` when the qualifier was already read as a name ("Odisha").
 */
function publicBodyAt(tokens: readonly Token[], i: number, before: readonly Mention[]): { first: number; generic: boolean; replaces: boolean } | null {
  const token = tokens[i]!;
  if (!PUBLIC_BODY_NOUNS.has(token.norm) || token.quoted || /-$/.test(token.post)) return null;
  const capital = /^\p{Lu}/u.test(token.text);
  const prev = tokens[i - 1];
  // "Ministers have agreed", "ministers will decide": the government, unqualified.
  if (/^ministers$/.test(token.norm) && (!prev || !prev.tags.has('Adjective'))) return { first: i, generic: true, replaces: false };
  if (capital && i > 0) return null;
  const last = before[before.length - 1];
  // "the Odisha government", "Japan's industry ministry": a place's name before it, perhaps with a lowercase field.
  if (last && last.kind === 'name' && !last.personLike) {
    // ("a plant in Vantmoor state", "sites across Ontario province": after a preposition of place, a place's division is
    // where, no body that deals.)
    if (inRegion(tokens, last)) return null;
    const gap = i - last.last - 1;
    const field = gap === 1 && last.possessive && /^[a-z]+$/.test(tokens[i - 1]!.text) && tokens[i - 1]!.tags.has('Noun');
    // ("Roskild port authority signs ...", "the Evenmoor city council": one or two lowercase words of its field or kind
    // between the place and the body's noun.)
    const kind = gap >= 1 && gap <= 2 && !last.possessive && FIELD_BODIES.has(token.norm) && /^\s+$/.test(tokens[last.last]!.post)
      // ("the Tovennan transport ministry": the word right before the body's noun is its field whatever its verb tag,
      // unless its ending marks a verb's tense: "Tovenna wins ministry contract".)
      && tokens.slice(last.last + 1, i).every((t, n, all) => /^[a-z]+$/.test(t.text) && /^\s+$/.test(t.post) && !t.tags.has('Determiner') && !t.tags.has('Preposition')
        && (!t.tags.has('Verb') || (n === all.length - 1 && !/(?:s|ed|ing)$/.test(t.norm))));
    if ((gap === 0 && !last.possessive && /^\s+$/.test(tokens[last.last]!.post)) || field || kind) return { first: last.first, generic: false, replaces: true };
  }
  if (prev && PUBLIC_QUALIFIERS.test(prev.norm) && tokens[i - 2]?.norm === 'the') return { first: i - 1, generic: false, replaces: false };
  if (prev?.norm === 'the' && /^(government|ministry|cabinet|treasury|administration)$/.test(token.norm)) return { first: i, generic: true, replaces: false };
  return null;
}

/**
 * "a plant in Vantmoor state", "sites across Ontario province", "across four Baltic states", "in all Nordic countries": a
 * name with a division's noun after a preposition of place, past a number or a quantifier.
 */
export function inRegion(tokens: readonly Token[], m: Pick<Mention, 'first' | 'last'>): boolean {
  const isRegionNoun = (t: Token) => REGION_NOUNS.has(t.norm) || REGION_NOUNS.has(t.norm.replace(/ies$/, 'y').replace(/s$/, ''));
  // ("in Norland's Upper Valley province", "across Norland's Alpine states": the owner of a division, past its name.)
  const owned = tokens[m.last]!.possessive && reachWithin(tokens, m.last, 1, 3, isRegionNoun) >= 0;
  // ("Upper Valley province": the division's name may run on past the mention, in capitals, before its noun.)
  const named = reachWithin(tokens, m.last, 1, 3, isRegionNoun, (t) => /^\p{Lu}/u.test(t.text)) >= 0;
  if (!owned && !named) return false;
  let k = m.first - 1;
  while (k >= m.first - 2 && k >= 0 && (tokens[k]!.tags.has('Value') || /^(?:the|all|several|many|other|both|most)$/.test(tokens[k]!.norm))) k--;
  // ("in Norland's Upper Valley province": the division's own name, past its owner in the possessive.)
  const owner = owned ? -1 : reachWithin(tokens, m.first, -1, 3, (t) => t.possessive);
  if (owner >= 0) {
    k = owner;
    while (k > 0 && /^\p{Lu}/u.test(tokens[k - 1]!.text) && /^\s+$/.test(tokens[k - 1]!.post)) k--;
    k--;
  }
  const before = tokens[k]?.norm ?? '';
  return before === 'in' || LOCATIVE_PREPOSITIONS.has(before);
}

/**
 * The index of the first word within `span` words of `from`, walking forward (`step` 1) or back (-1), that `is` accepts,
 * each word on the way joined to the next by a space or a hyphen and each word passed accepted by `passes`; -1 if none.
 */
function reachWithin(tokens: readonly Token[], from: number, step: 1 | -1, span: number, is: (t: Token) => boolean, passes: (t: Token) => boolean = () => true): number {
  for (let n = 1; n <= span; n++) {
    const k = from + n * step;
    const word = tokens[k];
    if (!word || !/^[\s-]+$/.test(tokens[step > 0 ? k - 1 : k]!.post)) return -1;
    if (is(word)) return k;
    if (!passes(word)) return -1;
  }
  return -1;
}

/**
 * "Client: Axholm Energia S.A. Region: Chile.": one English word before a colon, after an abbreviation's stop
 * that ended no sentence, is a form's next label, not a name.
 */
function formLabel(tokens: readonly Token[], m: Mention): boolean {
  const word = tokens[m.first]!;
  return m.kind === 'name' && m.first === m.last && m.first > 0 && /^:/.test(word.post) && /\.$/.test(tokens[m.first - 1]!.text)
    && (isCommonWord(word.norm) || isWordNetWord(word.norm));
}

/** Site nouns rarer than the common words that label a numbered berth or plot: "Quay 4", "Berth 7", "Plot 12". */
const SITE_LABELS: ReadonlySet<string> = new Set(['quay', 'berth', 'pier', 'wharf', 'jetty', 'dock', 'plot', 'tract', 'parcel', 'hangar', 'bay']);

/** "Stage 2", "Phase 3", "Tier B", "Quay 4": a common word with a number or letter after it labels a step or a site, not a party. */
function isLabel(tokens: readonly Token[], m: Mention): boolean {
  const after = tokens[m.last + 1];
  return m.kind === 'name' && m.first === m.last && after !== undefined && /^(\d+[a-z]?|[A-Z]|[IVX]+)[,.;:)]?$/.test(after.text)
    && (isCommonWord(tokens[m.first]!.norm) || SITE_LABELS.has(tokens[m.first]!.norm));
}

/** "CHIP NOTES.", "BATTERY BRIEF:": a section's heading in capitals, all of its sentence. */
// ("ENERGY BRIEFS | Tarvo ...", "GRAIN DIGEST: ...", "THE WIRE - ...": or the capitals that open it before a bar, a
// colon or a spaced dash, as feeds head their items.)
function shoutedHeading(tokens: readonly Token[], m: Mention): boolean {
  if (m.first !== 0) return false;
  const capitals = (t: Token) => /^[\p{Lu}&-]+$/u.test(bare(t.text));
  const whole = m.last === tokens.length - 1;
  const setOff = /^\s*[|:\u2013\u2014]|^\s+-\s/.test(tokens[m.last]!.post) || tokens[m.last + 1]?.text === '|';
  return (whole || setOff) && tokens.slice(0, m.last + 1).every(capitals);
}

/** "near Gopalpur port", "its Hokkaido plant", "the Abilene campus": a name before a site noun is a place or asset. */
/**
 * "the Long-Term Supply Agreement", "a Share Purchase Agreement", "Contract amount": capitals of ordinary words that end
 * in a deal noun title a deal, and name no party.
 */
function dealTitle(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind !== 'name' || m.rule) return false;
  const words = tokens.slice(m.first, m.last + 1).flatMap((t) => bare(t.norm).split('-')).filter(Boolean);
  return words.length > 0 && DEAL_TITLE_HEADS.has(words.at(-1)!) && words.every((w) => isOrdinaryWord(w) || /^\d+$/.test(w));
}

/** The nouns a deal's title ends in ("Supply Agreement", "Framework Contract"); "Glenmure Ventures" or "Aspley Partners" name firms. */
const DEAL_TITLE_HEADS: ReadonlySet<string> = new Set(['contract', 'contracts', 'agreement', 'agreements', 'deal', 'pact', 'accord', 'arrangement',
  'lease', 'licence', 'license', 'charter', 'facility', 'memorandum', 'mou']);

/** "Goldman to Pay Up to $5 Billion to Settle Claims": in a headline's capitals, a run of common words is no name. */
function onlyCommonWords(tokens: readonly Token[], m: Mention): boolean {
  // ("TARVO MOTORS LIMITED - Notice": a run of common words that ends in a legal suffix is a firm's name.)
  const suffixed = LEGAL_SUFFIXES.has(tokens[m.last]!.text.replace(/,$/, '').toLowerCase()) || LEGAL_SUFFIXES.has(tokens[m.last + 1]?.text.replace(/,$/, '').toLowerCase() ?? '');
  return m.kind === 'name' && !m.rule && !suffixed && tokens.slice(m.first, m.last + 1).every((t) => isCommonWord(bare(t.norm)));
}

/** Nouns a vessel's or a rig's own name follows: "its newbuild LNG carrier Hoshby Aurora", "the drillship Sisklan Tern". */
const VESSEL_NOUNS: ReadonlySet<string> = new Set(['tanker', 'vessel', 'ship', 'newbuild', 'freighter', 'bulker', 'ferry', 'rig', 'drillship', 'containership', 'yacht', 'barge', 'tug', 'fpso',
  // ("the semi-submersible Tarnveld Aurora", "the jackup Sisklan Tern": rigs by their kind.)
  'submersible', 'semisubmersible', 'semisub', 'jackup', 'dredger', 'boxship']);

/** "20 years of LNG from the Qualdton-led group": goods written as an acronym, alone, are what is sold. */
function isGoods(tokens: readonly Token[], m: Mention): boolean {
  return m.kind === 'name' && m.first === m.last && GOODS_ACRONYMS.has(bare(tokens[m.first]!.norm));
}

/** What a ship called a carrier carries: "LNG carrier", "car carrier", "bulk carrier". */
const CARGO_WORDS: ReadonlySet<string> = new Set(['lng', 'lpg', 'car', 'bulk', 'ore', 'container', 'crude', 'vehicle', 'gas', 'ammonia', 'co2', 'ethane', 'product']);

/** Capitalized last words that make a name a site's: "Ereğlikaya Port", "Harwick Terminal", "Mount Solace Mine". */
const SITE_NAME_ENDINGS: ReadonlySet<string> = new Set([
  'port', 'terminal', 'mine', 'refinery', 'campus', 'plant', 'airport', 'tower', 'smelter', 'factory', 'depot', 'warehouse',
  'mall', 'shipyard', 'quarry', 'complex', 'fab', 'steelworks',
  // "the Wrenfold Wind Farm", "Kellsmoor Power Station", "the Brisco Paper Mill": what produces, not who sells
  'farm', 'station', 'mill', 'oilfield', 'gasfield',
  // "a lease at the Wendacre Plaza", "berths at Quenlow Wharf": buildings and quays let by name
  'plaza', 'wharf', 'quay',
]);

/** Whether the words from `k` go on to a site noun ("solar projects", not "supply contract"), past names joined by "and". */
function ownedAsset(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
    const t = tokens[j]!;
    if (/^\p{Lu}/u.test(t.text) || t.norm === 'and' || t.norm === '&') continue;
    // ("its Wrenfold Ridge and Ostby Flats solar projects": an adjective before the noun.)
    if (/^[a-z]/.test(t.text) && t.tags.has('Adjective') && !t.tags.has('Noun') && /^\s+$/.test(t.post)) continue;
    if (!/^[a-z]/.test(t.text) || !t.tags.has('Noun') || t.tags.has('Verb') || t.tags.has('Pronoun')) return false;
    // ("its Grebe solar projects": a second lowercase word may name the noun's kind.)
    const head = tokens[j + 1] !== undefined && /^[a-z]/.test(tokens[j + 1]!.text) && tokens[j + 1]!.tags.has('Noun') && !tokens[j + 1]!.tags.has('Verb') ? tokens[j + 1]! : t;
    // ("two of its Skerray tankers" are the tankers Skerray owns: only a site the firm names is its own.)
    return [t, head].some((w) => SITE_NOUNS.has(w.norm) || SITE_NOUNS.has(w.norm.replace(/s$/, ''))) && !NOMINAL_ACTION_FORMS.has(head.norm);
  }
  return false;
}

/** "the maker of", "developer of the": a maker noun and "of" right before a name (with an article). */
function madeBy(tokens: readonly Token[], first: number): boolean {
  const k = tokens[first - 1]?.norm === 'the' ? first - 1 : first;
  return tokens[k - 1]?.norm === 'of' && MAKER_NOUNS.has(tokens[k - 2]?.norm ?? '');
}

function isSite(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind !== 'name') return false;
  // ("Bemant Steelworks has won a contract", "an agreement with Bemant Steelworks": a site's name that acts, or
  // that a firm deals with, is the firm's that runs it.)
  const acts = tokens[m.last + 1]?.tags.has('Verb') === true && !tokens[m.last + 1]!.tags.has('Gerund') && /^\s+$/.test(tokens[m.last]!.post);
  if (m.last > m.first && !m.rule && SITE_NAME_ENDINGS.has(bare(tokens[m.last]!.norm)) && /^\p{Lu}/u.test(tokens[m.last]!.text)
    && !acts && !/^(?:with|from|by)$/.test(tokens[m.first - 1]?.norm ?? '')) return true;
  // "chartered its LNG carrier Hoshby Aurora to Vushix": the name of what is let, not of a party.
  const before = tokens[m.first - 1];
  // ("budget carrier flyzoya" is an airline; "LNG carrier Hoshby Aurora" a ship.)
  const shipCarrier = before?.norm === 'carrier' && CARGO_WORDS.has(tokens[m.first - 2]?.norm ?? '');
  if (before && /^[a-z]/.test(before.text) && (VESSEL_NOUNS.has(before.norm) || shipCarrier) && /^\s+$/.test(before.post)) return true;
  // ("from its Wrenfold Ridge and Ostby Flats solar projects", "its Whinchat Draw project": a name an owner's pronoun owns names
  // what the firm owns; "its Amberfield contract" is a deal, and the name the other side of it.)
  let owner = m.first - 1;
  while (owner > m.first - 8 && owner >= 0 && (/^\p{Lu}/u.test(tokens[owner]!.text) || tokens[owner]!.norm === 'and') && /^\s+$/.test(tokens[owner]!.post)) owner--;
  if (owner >= 0 && /^(?:its|their)$/.test(tokens[owner]!.norm) && /^\s+$/.test(tokens[owner]!.post) && !m.possessive && ownedAsset(tokens, m.last + 1)) return true;
  // ("Tindrel Labs, the maker of Quorrel kettle chips": the product a firm makes is no party beside it; `maker-of` in
  // affiliations puts it on the firm's side.)
  if (madeBy(tokens, m.first)) return true;
  // "Mount Yelline", "Mt Yelline's nameplate": a mountain is a place, a mine's, never a party.
  if (m.last > m.first && /^(mount|mt\.?)$/.test(tokens[m.first]!.norm)) return true;
  if (m.possessive) return false;
  // "in Abilene, Texas": a name followed by a comma and a region is a place.
  const next = tokens[m.last + 1];
  if (m.first === m.last && /^,\s*$/.test(tokens[m.last]!.post) && next?.tags.has('Place') && !tokens[m.last + 2]?.tags.has('Verb')) return true;
  // ("for its Kumagaya SiC fab", "the Kalgoorlie LNG terminal": a material's formula or goods' acronym may describe the site too.)
  const material = next !== undefined && (isChemicalFormula(next.text) || GOODS_ACRONYMS.has(next.norm));
  if (next === undefined || (!/^[a-z]/.test(next.text) && !material) || next.tags.has('Verb') || !/^\s+$/.test(tokens[m.last]!.post)) return false;
  // "its Nevada data centers", "the Abilene data center campus": a place that describes a noun is where, not who.
  // (A place compromise's lexicon knows, not one guessed from a "-wick" ending; "Brentwick shares" are a firm's.)
  // ("walks away from Marcato tower deal": a site noun that only describes a deal leaves a name no place a party's.)
  // ("lines up a $900M Estrela facility": a facility a sum is lent under is a loan, and the name its lender.)
  const lent = /^facilit(?:y|ies)$/.test(next.norm) && before !== undefined && (before.tags.has('Money') || /^(?:credit|loan|revolving|bank)$/.test(before.norm));
  const describesDeal = NOMINAL_ACTION_FORMS.has(tokens[m.last + 2]?.norm ?? '') || lent;
  // ("to run the Ereğlikaya container port": one lowercase word may stand between the name and its site noun.)
  const second = tokens[m.last + 2];
  // ("Norvex's 180 MW Quellby solar park": or one adjective.)
  const siteAfterWord = second !== undefined && /^[a-z]/.test(second.text) && /^\s+$/.test(next.post) && (material || ((next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Verb') && !next.tags.has('Pronoun') && !next.tags.has('Possessive')
    && (isCommonWord(next.norm) || isWordNetWord(next.norm))))
    && SITE_NOUNS.has(second.norm) && !NOMINAL_ACTION_FORMS.has(tokens[m.last + 3]?.norm ?? '') && !NOMINAL_ACTION_FORMS.has(next.norm);
  return (SITE_NOUNS.has(next.norm) && !describesDeal) || siteAfterWord || (isPlaceName(m.name.toLowerCase()) && next.tags.has('Noun') && !EQUITY_NOUNS.has(next.norm));
}

/**
 * Whether a name is a person's after an office-holder's title: "independent councillor Ruth Allby", "union organiser
 * Ivo Strand"; up to three capitalized words and none a firm's word or legal suffix. (A capitalized title that opens
 * the name, "Premier Tarvo", may open a firm's.)
 */
function titledPerson(tokens: readonly Token[], m: Mention, before: Token | undefined): boolean {
  if (before === undefined || !isOfficeHolder(before.norm) || !/^\s+$/.test(before.post)) return false;
  const run = tokens.slice(m.first, m.last + 1);
  if (run.length > 3) return false;
  return run.every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(bare(t.text)) && !ORGANIZATION_WORDS.has(t.norm) && !LEGAL_SUFFIXES.has(t.norm) && !t.tags.has('Organization'));
}

/**
 * Speakers and commentators are never parties: "Business Secretary Helen Candworth said", "analysts at Pellan
 * Partners said", "according to Boskine", "Devton analysts expect".
 */
function isCommentator(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind !== 'name') return false;
  const before = tokens[m.first - 1];
  const twoBefore = tokens[m.first - 2];
  if (before && twoBefore && /^(at|from|with)$/.test(before.norm) && COMMENTATOR_NOUNS.has(twoBefore.norm)) return true;
  if (before?.norm === 'to' && twoBefore?.norm === 'according') return true;
  const after = tokens[m.last + 1];
  if (after && /^(analysts?|strategists?|economists?)$/.test(after.norm)) return true;
  // ("a sum independent councillor Ruth Allby called too high", "Trustee Hale voted against": a person named by a public
  // office's title speaks about a deal, never for a side of it, whatever verb follows.)
  if (titledPerson(tokens, m, before)) return true;
  const person = m.personLike || tokens.slice(m.first, m.last + 1).some((t) => COMMENTATOR_NOUNS.has(t.norm) || t.tags.has('Honorific'))
    || (before !== undefined && COMMENTATOR_NOUNS.has(before.norm));
  if (!person) return false;
  // "..., Helen Candworth said on Wednesday", "Governor Maria Elton announced that ...", "said Rob Helmen".
  const next = tokens.slice(m.last + 1, m.last + 3).find((t) => !t.tags.has('Adverb'));
  if (next !== undefined && REPORTING_VERBS.has(next.norm)) {
    // ("Haldisson said on Friday it had walked away": a surname-like name that says "it" of itself is a firm.)
    // ("Candworth said it was a good deal": "it is" says nothing of who speaks.)
    const pronoun = tokens.slice(next.i + 1, next.i + 6).find((t) => t.tags.has('Pronoun'));
    const selfReport = pronoun?.norm === 'it' && !tokens[pronoun.i + 1]?.tags.has('Copula');
    return m.first !== m.last || !m.personLike || !selfReport || tokens.slice(m.first, m.last + 1).some((t) => t.tags.has('Honorific'));
  }
  return before !== undefined && REPORTING_VERBS.has(before.norm);
}

/**
 * The two parties a plural reference stands for: the last two names, when "the two companies" says so or "and"
 * joined them. `latestFirst` runs from the nearest name back.
 */
function pairBefore(latestFirst: Iterable<Mention>, m: Mention): Mention[] | null {
  const distinct: Mention[] = [];
  for (const n of latestFirst) {
    if (distinct.length >= 2) break;
    if (!distinct.some((d) => d.name === n.name)) distinct.unshift(n);
  }
  if (distinct.length < 2) return null;
  const explicit = m.name.includes('two') || m.name.includes('both') || m.last > m.first;
  const joined = distinct[0]!.sentence === distinct[1]!.sentence && distinct[1]!.first === distinct[0]!.last + 2;
  return explicit || joined ? distinct : null;
}

/**
 * What a reference needs to know of the names of the sentences before its own, kept up to date name by name
 * so that resolving a reference never scans the document: the last sentence with names, the last name of
 * each kind, and the last two names that differ.
 */
class EarlierNames {
  lastSentence: Mention[] = [];
  latest: Mention | undefined;
  /** The latest name that differs from `latest`. */
  other: Mention | undefined;
  private lastPerson: Mention | undefined;
  private lastNonPerson: Mention | undefined;

  addSentence(names: readonly Mention[]): void {
    if (names.length === 0) return;
    this.lastSentence = [...names];
    for (const n of names) {
      if (this.latest && this.latest.name !== n.name) this.other = this.latest;
      this.latest = n;
      if (n.personLike) this.lastPerson = n;
      // ("The cable makers from, um, Bavaria? ... So it runs nine years": a place the lexicon knows is no firm "it" stands for.)
      else if (!isLexiconPlace(n.name.toLowerCase())) this.lastNonPerson = n;
    }
  }

  lastOfKind(personLike: boolean): Mention | undefined {
    return personLike ? this.lastPerson : this.lastNonPerson;
  }

  /** The names a backward scan can need after the reference's own sentence: the latest two that differ. */
  *latestFirst(): Generator<Mention> {
    if (this.latest) yield this.latest;
    if (this.other) yield this.other;
  }
}

function* reversed<T>(list: readonly T[]): Generator<T> {
  for (let k = list.length - 1; k >= 0; k--) yield list[k]!;
}

/** The first name of a sentence, or the name it possesses: "Musk's SpaceX" -> SpaceX. */
function sentenceTopic(names: readonly Mention[]): Mention | undefined {
  const first = names[0];
  if (!first?.possessive) return first;
  const next = names[1];
  return next && next.first === first.last + 1 ? next : first;
}

/** A person's possessive pronouns: "her company", "his firm". */
const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);
/** The rule of a person's possessive pronoun before a company noun, resolved by `ownFirm`. */
const OWN_FIRM_RULE = 'own-firm';

/**
 * The firm of the last person named before "her company" or "his firm", when a title or a verb of running it made the
 * person its officer ("Mara Quell, chief executive of Siskin Storage, said her firm would lease ..."): the firm, not
 * the person, deals.
 */
function ownFirm(here: readonly Mention[], earlier: EarlierNames, firmOf: (person: string) => Mention | undefined): Mention | undefined {
  const person = [...here].reverse().find((n) => n.personLike) ?? earlier.lastOfKind(true);
  return person ? firmOf(person.name) : undefined;
}

/** How many sentences on a quotation's "we" still stands for the firm its first "we" did. */
const QUOTATION_SENTENCES = 3;

/**
 * Resolves pronouns and "the company" to earlier names of the paragraph: "he" to the last person,
 * "it" and "the company" to the last organization, "the two companies" to the last two names.
 */
export function resolveReferences(mentions: readonly Mention[]): void {
  const surnames = new Set<string>();
  // A person's firm, by the person's name and surname, from a title or a verb of running it ("Mara Quell runs Siskin").
  const officers = new Map<string, Mention>();
  // (A person is found by the whole name or the surname alone.)
  const officerFirm = (person: string): Mention | undefined => officers.get(person.toLowerCase()) ?? officers.get(person.split(' ').pop()!.toLowerCase());
  const acronyms = new Map<string, string>();
  const earlier = new EarlierNames();
  const unresolved: Mention[] = [];
  let quoted: { firm: Mention[]; sentence: number } | undefined;
  let sentence = -1;
  let current: Mention[] = [];
  for (const m of mentions) {
    if (m.sentence !== sentence) {
      earlier.addSentence(current);
      current = [];
      sentence = m.sentence;
    }
    // ("Evenmoor City Council ... Council is to rent back two floors": a head alone refers back as "the Council" does.)
    if (m.kind === 'name' && !m.rule && INSTITUTION_HEADS.has(m.name.toLowerCase())) {
      const holder = institutionHolder(mentions, m);
      if (holder) {
        m.kind = 'neuter-pronoun';
        m.rule = 'institution-head';
        m.refersTo = [holder];
        continue;
      }
    }
    if (m.kind === 'name') {
      for (const person of m.officers ?? []) for (const key of [person, person.split(' ').pop()!]) officers.set(key.toLowerCase(), m);
      // "Waskris Brothers Media (WBM) ... WBM said": the acronym stands for the name that defined it.
      if (m.defines) acronyms.set(m.defines, m.name);
      else if (acronyms.has(m.name)) m.name = acronyms.get(m.name)!;
      if (m.personLike) surnames.add(m.name.split(' ').pop()!);
      else if (surnames.has(m.name)) m.personLike = true;
      current.push(m);
      continue;
    }
    // "the driller", "the Denver developer": a description already resolved to the name it describes.
    if (m.refersTo) {
      if (m.firstPerson) quoted = { firm: m.refersTo, sentence: m.sentence };
      continue;
    }
    // ("The University of Caskmoor has signed ... The University is paying ...": the last name that holds the head; with
    // none, the head is a name of its own, as it was written.)
    if (m.rule === 'institution-head') {
      const holder = institutionHolder(mentions, m);
      if (holder) m.refersTo = [holder];
      else {
        m.kind = 'name';
        m.name = m.name.charAt(0).toUpperCase() + m.name.slice(1);
      }
      continue;
    }
    // ("TARVO MOTORS LIMITED - Notice under the listing rules ... the Company has received": a filing's "the Company"
    // is its issuer, the first firm it names, however many names its regulations add.)
    if (m.rule === 'defined-issuer') {
      const issuer = mentions.find((n) => n.kind === 'name' && !n.personLike && n.start < m.start);
      if (issuer) {
        m.refersTo = [issuer];
        continue;
      }
    }
    // (A quotation's "we" with no firm outside it is left alone: it is not the last firm named.)
    if (m.firstPerson) {
      const firm = m.speaker === undefined ? undefined : officerFirm(m.speaker);
      if (firm) m.refersTo = [firm];
      // ('Vell, of Siskin, said: "We need ships. We took three."': speech that runs on keeps the firm its first "we" had.)
      else if (m.speaker === undefined && quoted && m.sentence - quoted.sentence <= QUOTATION_SENTENCES) m.refersTo = quoted.firm;
      if (m.refersTo) quoted = { firm: m.refersTo, sentence: m.sentence };
      continue;
    }
    // Names of the reference's own sentence before it, less a possessive right before it ("SpaceX's its").
    const here = current.filter((n) => n.start < m.start && !(n.last >= m.first - 1 && n.possessive));
    if (m.kind === 'plural-pronoun') {
      // "the two companies", or "they" after "X and Y".
      const pair = pairBefore(chain(reversed(here), earlier.latestFirst()), m);
      if (pair) m.refersTo = pair;
      continue;
    }
    const wantPerson = m.kind === 'person-pronoun';
    // ("her company", "his firm": the firm the person the pronoun stands for is an officer of, when the text says so.)
    const firm = m.rule === OWN_FIRM_RULE ? ownFirm(here, earlier, officerFirm) : undefined;
    if (firm) {
      m.refersTo = [firm];
      continue;
    }
    // Subject continuity: "SpaceX, the parent of xAI, concedes that it ...", "OpenAI's program ... its orders".
    const topic = sentenceTopic(here);
    if (topic && topic.personLike === wantPerson) {
      m.refersTo = [topic];
      continue;
    }
    // A new sentence's pronoun continues the last sentence's subject: "SpaceX signed a deal with Anthropic. It ..."
    const lastTopic = sentenceTopic(earlier.lastSentence);
    if (!m.possessive && lastTopic && lastTopic.personLike === wantPerson && m.first <= 1 && (wantPerson || !isLexiconPlace(lastTopic.name.toLowerCase()))) {
      m.refersTo = [lastTopic];
      continue;
    }
    // ("Ithley Verde has now drawn half of its loan": with no firm named anywhere before, "its" takes the subject a
    // person's name in form, which "its" shows is a firm's.)
    const match = [...reversed(here)].find((n) => n.personLike === wantPerson) ?? earlier.lastOfKind(wantPerson) ?? (wantPerson ? (here.at(-1) ?? earlier.latest) : topic);
    if (match) m.refersTo = [match];
    else if (m.rule === undefined && m.last > m.first) unresolved.push(m);
  }
  // ("The Zurich-based lender is paying CHF210m for Payvelt ... Alpenrand's head of retail said": a description that
  // opens a paragraph before any firm is named stands for the first firm a later sentence names that its own does not.)
  for (const m of unresolved) {
    const own = new Set(mentions.filter((n) => n.sentence === m.sentence && n.kind === 'name').map((n) => n.name));
    // ("... said work would start in May, and naval architects Tarvo Marine will draw the plans": a firm a later sentence names in
    // passing is not it; the one there is an owner's possessive or opens its sentence.)
    const later = mentions.find((n) => n.sentence > m.sentence && n.kind === 'name' && !n.personLike && !own.has(n.name)
      && ((n.possessive && !isLexiconPlace(n.name.replace(/['\u2019]s?$/, '').toLowerCase())) || n.first <= 1));
    if (later) m.refersTo = [later];
  }
}

/**
 * The last name of several words before `m` that holds the institution's head `m` names, the head written in full or
 * short ("Caskmoor Uni" holds "university"), or undefined.
 */
function institutionHolder(mentions: readonly Mention[], m: Mention): Mention | undefined {
  const head = m.name.toLowerCase();
  for (let k = mentions.length - 1; k >= 0; k--) {
    const n = mentions[k]!;
    if (n === m || n.kind !== 'name' || n.start >= m.start || !n.name.includes(' ')) continue;
    if (n.name.toLowerCase().split(/\s+/).some((w) => w === head || FULL_NAME_WORDS.get(w) === head)) return n;
  }
  return undefined;
}

function* chain<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part;
}

/** Words that open an appositive after a name: "Voskrin Traction, a unit of Hidan Werke, said". */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'part', 'itself']);

/**
 * Whether a name stands in the appositive set off right after another ("Voskrin Traction GmbH, a unit of the engineering
 * conglomerate Hidan Werke, said the order ..."): the owner's parent or owner is its family, never its other side.
 */
export function inAppositiveOf(tokens: readonly Token[], owner: Pick<Mention, 'last'>, m: Pick<Mention, 'first'>): boolean {
  if (m.first <= owner.last || !tokens[owner.last]!.post.includes(',') || !APPOSITIVE_OPENERS.has(tokens[owner.last + 1]?.norm ?? '')) return false;
  for (let k = owner.last + 1; k < m.first; k++) if (/[,;:\u2013\u2014]/.test(tokens[k]!.post)) return false;
  return true;
}
