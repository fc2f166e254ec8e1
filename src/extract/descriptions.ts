import type { Sentence, Token } from '../text/document.js';
import type { Mention } from './mentions.js';
import { ACTION_WORDS, NOMINAL_ACTION_FORMS, verbForms } from '../lexicon/actions.js';
import { PARTY_ROLES } from '../lexicon/party-roles.js';
import { isCompanyNoun } from '../lexicon/words.js';
import { isOrdinaryWord } from '../text/nlp.js';
import { COMMENTATOR_NOUNS, OFFICER_TITLES } from '../lexicon/names.js';
import { canBeParty, firstWord } from './completion.js';

/**
 * A description that stands for a company ("the driller", "the Denver developer", "the authority") resolves to the
 * name it describes in the same paragraph. Each way of telling which name is a record with an example.
 */
export const DESCRIPTION_RULES: readonly { name: string; example: string; refersTo: string; reason: string }[] = [
  {
    name: 'appositive-noun',
    example: 'Ostrom, the Denver developer, signed with Pellham Power. The developer will sell Pellham Power its output for $40 million a year.',
    refersTo: 'Ostrom',
    reason: 'the paragraph itself says what the name is; the same noun later stands for it',
  },
  {
    name: 'name-word-stem',
    example: 'Stonechat Drilling won a A$85m job from Tindal Minerals. The miner will pay the driller A$85m over three years.',
    refersTo: 'Stonechat Drilling',
    reason: 'an agent noun whose stem starts a word of a name ("driller" and "Drilling", "insurer" and "Insurance") describes that name',
  },
  {
    name: 'name-word',
    example: 'Corrib Bank and Alder Foods agreed terms on Monday. The bank will lend Alder Foods $300 million over five years.',
    refersTo: 'Corrib Bank',
    reason: 'an institution noun that is a word of a name ("the bank", "the authority") stands for that name',
  },
  {
    name: 'other-of-two',
    example: 'Siskin Foods has picked Tarvo Lines as its carrier. The Leeds-based haulier will deliver for Siskin Foods under a six-year contract.',
    refersTo: 'Tarvo Lines',
    reason: 'a paragraph that names two firms and describes one of them beside the other ("the Leeds-based haulier" in a sentence that names Siskin) describes the one its sentence does not name',
  },
  {
    name: 'deal-role',
    example: 'Cabholm Mobile agreed to sell 2,400 towers to Tarkand Towers. The seller will lease space back from Tarkand Towers for 15 years.',
    refersTo: 'Cabholm Mobile',
    reason: 'a role in a deal ("the buyer", "the seller", "the lender") stands for the side of the last deal told before it that takes or gives as the role does',
  },
];

/** Nouns of a side's role in a deal, and whether that side takes ("the buyer") or gives ("the seller"). */
const ROLE_TAKES: ReadonlyMap<string, boolean> = new Map([
  ...PARTY_ROLES.map((r) => [r.noun, r.takes] as const),
  ['acquirer', true], ['bidder', true], ['suitor', true], ['borrower', true],
]);

/** Each form of a deal word, and whether the name before it takes: "buys", "takeover" (it takes), "sells", "lends" (it gives). */
const SUBJECT_TAKES: ReadonlyMap<string, boolean> = new Map(
  ACTION_WORDS.filter((w) => w.direction !== 'none').flatMap((w) => [w.lemma, ...(w.forms ?? (w.pos === 'verb' ? verbForms(w.lemma) : []))]
    // (An acquisition's forward actor is its buyer, as a sale's reverse actor is.)
    .map((form) => [form, w.frame === 'acquisition' ? w.direction === 'forward' : w.direction === 'reverse'] as const)),
);

/**
 * The side a role noun stands for: in the last sentence up to it that holds a deal word, the name before the word
 * when that name takes as the role does, else the name after it ("Vubello agreed to acquire Kestel. The buyer ...").
 */
function roleHolder(sentences: readonly Sentence[], mentionsBySentence: readonly Mention[][], index: number, at: number, takes: boolean): Mention | null {
  for (let j = index; j >= 0; j--) {
    const tokens = sentences[j]!.tokens;
    const names = mentionsBySentence[j]!.filter((m) => m.kind === 'name');
    for (let p = (j === index ? at : tokens.length) - 1; p >= 0; p--) {
      const subjectTakes = SUBJECT_TAKES.get(bare(tokens[p]!.norm));
      if (subjectTakes === undefined) continue;
      const before = names.filter((m) => m.last < p).at(-1);
      const after = names.find((m) => m.first > p);
      const holder = subjectTakes === takes ? before : after;
      if (holder) return holder;
    }
  }
  return null;
}

/** Institution nouns that a name may end in and the text then uses alone. */
const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(['bank', 'authority', 'agency', 'ministry', 'council', 'fund', 'trust', 'university', 'league', 'club', 'utility', 'airline', 'insurer']);
/** Nouns ending like agents that name no one: "the power", "the order", "the other". */
export const NOT_AGENTS: ReadonlySet<string> = new Set(['power', 'order', 'offer', 'tower', 'paper', 'number', 'other', 'matter', 'quarter', 'water', 'member', 'letter', 'corner', 'border', 'floor', 'sector', 'factor', 'error', 'manner', 'winner', 'after', 'former', 'latter', 'rather', 'center', 'centre', 'chapter', 'register', 'meter', 'dollar', 'year', 'cover', 'charter', 'transfer']);

const bare = (word: string): string => word.replace(/['\u2019]s?$/, '');
const isHeadNoun = (t: Token): boolean => /^[a-z][a-z-]{2,}$/.test(bare(t.text)) && t.tags.has('Noun') && !t.tags.has('Plural') && !NOMINAL_ACTION_FORMS.has(bare(t.norm));
/** What may stand between the article and the head: "the Denver developer", "the Leeds-based insurer", "the Oslo-listed shipowner". */
const isModifier = (t: Token): boolean => !t.possessive && (t.tags.has('Adjective') || /^[A-Z][a-z]+$/.test(t.text) || /-/.test(t.text) || (t.tags.has('Noun') && /^[a-z]/.test(t.text)));

const THE: ReadonlySet<string> = new Set(['the']);
const ANY_ARTICLE: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** "the Denver developer": the article's index and the head noun's, for a description that starts at `k`. */
function descriptionAt(tokens: readonly Token[], k: number, articles: ReadonlySet<string> = THE): { first: number; head: number } | null {
  if (!articles.has(tokens[k]?.norm ?? '')) return null;
  for (let h = k + 1; h <= Math.min(tokens.length - 1, k + 3); h++) {
    const t = tokens[h]!;
    const next = tokens[h + 1];
    // ("the driller A$85m": a figure after the noun is no part of its phrase.)
    const last = !next || /[,.;:)]/.test(t.post) || !next.tags.has('Noun') || next.tags.has('Verb') || /^[A-Z]{0,3}[$\u20ac\u00a3\u00a5]|^\d/.test(next.text);
    if (isHeadNoun(t) && last && tokens[h + 1]?.norm !== 'of') return { first: k, head: h };
    // ("the Leeds-based insurer": the tagger splits a hyphened modifier; its second half goes on from the first.)
    if (!(isModifier(t) || tokens[h - 1]!.post === '-') || /[,;:]/.test(t.post)) return null;
  }
  return null;
}

/** Stems of an agent noun: "driller" -> drill, drille; "miner" -> min, mine; "insurer" -> insur, insure. */
function stems(noun: string): string[] {
  if (!/(er|or)$/.test(noun) || NOT_AGENTS.has(noun)) return [];
  return [noun.replace(/(er|or)$/, ''), noun.replace(/r$/, '')].filter((s) => s.length >= 4);
}

function nameWords(m: Mention): string[] {
  return m.name.toLowerCase().split(/\s+/).slice(1);
}

/** Which name of the paragraph the noun describes, by the rules above, or null when none or several fit. */
function describedName(noun: string, appositives: ReadonlyMap<string, Mention>, names: readonly Mention[]): Mention | null {
  const stated = appositives.get(noun);
  if (stated) return stated;
  const fits = (m: Mention) => {
    const words = nameWords(m);
    if (INSTITUTION_NOUNS.has(noun) && words.includes(noun)) return true;
    return stems(noun).some((s) => words.some((w) => w !== noun && w.startsWith(s)));
  };
  const found = [...new Set(names.filter(fits).map((m) => m.name))];
  return found.length === 1 ? names.find((m) => m.name === found[0])! : null;
}

/** "Greywater, the Denver developer, ...": the head noun of an appositive right after a name. */
function appositivesOf(sentence: Sentence, mentions: readonly Mention[], into: Map<string, Mention>): void {
  const { tokens } = sentence;
  for (const m of mentions) {
    if (m.kind !== 'name' || m.possessive || !tokens[m.last]!.post.includes(',')) continue;
    const found = descriptionAt(tokens, m.last + 1, ANY_ARTICLE);
    const noun = found ? bare(tokens[found.head]!.norm) : '';
    if (found && !into.has(noun)) into.set(noun, m);
  }
}

/** The firms a paragraph names, one mention of each by its first word: none of people or places. */
function paragraphFirms(sentences: readonly Sentence[], names: readonly Mention[], described: ReadonlySet<Mention>): Mention[] {
  const firms: Mention[] = [];
  for (const m of names) {
    const sentence = sentences[m.sentence];
    // ("Siskin Brewing, the Dutch brewer": a name an appositive calls a firm is one, however it reads.)
    const firm = sentence !== undefined && (canBeParty(sentence, m) || (described.has(m) && canBeParty(sentence, { ...m, personLike: false })));
    if (firm && !firms.some((f) => firstWord(f.name) === firstWord(m.name))) firms.push(m);
  }
  return firms;
}

/**
 * Words a description of a firm may end in: a company noun, or an agent noun of a trade, a verb and "-er" or "-ier"
 * ("brewer", "haulier"), and not a person's title ("the analyst") or a word that only ends so ("the tenor", "the number").
 */
const describesFirm = (noun: string): boolean => isCompanyNoun(noun) || (/[a-z]{3}(?:er|ier)$/.test(noun) && !NOT_AGENTS.has(noun)
  && !OFFICER_TITLES.has(noun) && !COMMENTATOR_NOUNS.has(noun) && !ROLE_TAKES.has(noun)
  && [noun.replace(/i?er$/, ''), noun.replace(/r$/, ''), noun.replace(/ier$/, 'y')].some((stem) => stem.length >= 3 && isOrdinaryWord(stem)));

/**
 * "Siskin Foods has picked Tarvo Lines. The Leeds-based haulier will deliver for Siskin Foods ...": in a paragraph that
 * names two firms, a description in a sentence that names one of them, and no other open description, is the other.
 */
function otherOfTwo(tokens: readonly Token[], sentenceIndex: number, found: { first: number; head: number }, noun: string, firms: readonly Mention[], mentions: readonly Mention[],
  resolved: (noun: string) => boolean): Mention | null {
  if (firms.length !== 2 || !describesFirm(noun)) return null;
  // ("... the Leeds-based insurer will pay ... for the lender's customers": two open descriptions leave it open; one
  // an appositive already names, "Siskin Brewing, the Dutch brewer", does not.)
  const open = tokens.some((_, k) => {
    const other = k === found.first ? null : descriptionAt(tokens, k);
    return other !== null && !resolved(bare(tokens[other.head]!.norm));
  });
  if (open) return null;
  const named = firms.filter((f) => mentions.some((m) => m.kind === 'name' && firstWord(m.name) === firstWord(f.name)));
  const other = named.length === 1 ? firms.find((f) => f !== named[0]) ?? null : null;
  // ("Wren will take the ore from the Chilean producer. Copper was flat, Harlow Research said": "the" description looks
  // back, and a firm the paragraph names first after it is no antecedent; "its parent will buy out the rest. Tarvo
  // already owns 70%" names the firm a relation points to after it.)
  const before = (m: Mention) => m.sentence < sentenceIndex || (m.sentence === sentenceIndex && m.last < found.first);
  const relation = /^(?:its|their)$/.test(tokens[found.first]!.norm);
  return other && (relation || before(other)) ? other : null;
}

/**
 * Adds or resolves the descriptions of a paragraph: "the driller" becomes a reference to Curlew Drilling, "the
 * developer" to the name an appositive called a developer. Runs before pronoun resolution, which leaves resolved
 * references as they are.
 */
export function resolveDescriptions(sentences: readonly Sentence[], mentionsBySentence: Mention[][]): void {
  const appositives = new Map<string, Mention>();
  sentences.forEach((s, k) => appositivesOf(s, mentionsBySentence[k]!, appositives));
  const names = mentionsBySentence.flat().filter((m) => m.kind === 'name');
  const firms = paragraphFirms(sentences, names, new Set(appositives.values()));
  sentences.forEach((sentence, index) => {
    const mentions = mentionsBySentence[index]!;
    const { tokens } = sentence;
    for (let k = 0; k < tokens.length; k++) {
      const found = descriptionAt(tokens, k);
      if (!found) continue;
      const noun = bare(tokens[found.head]!.norm);
      const role = ROLE_TAKES.get(noun);
      const target = describedName(noun, appositives, names) ?? (role === undefined ? null : roleHolder(sentences, mentionsBySentence, index, found.first, role))
        ?? otherOfTwo(tokens, sentence.index, found, noun, firms, mentions, (other) => describedName(other, appositives, names) !== null);
      if (!target) continue;
      const existing = mentions.find((m) => m.first <= found.head && found.head <= m.last);
      if (existing && existing.kind === 'name') continue;
      if (existing) existing.refersTo = [target];
      else {
        const first = tokens[found.first]!;
        const last = tokens[found.head]!;
        const m: Mention = {
          sentence: sentence.index, first: found.first, last: found.head, start: first.start, end: last.end, name: `the ${noun}`,
          kind: 'neuter-pronoun', possessive: last.possessive, personLike: false, refersTo: [target], rule: 'description',
        };
        const at = mentions.findIndex((x) => x.first > found.head);
        mentions.splice(at < 0 ? mentions.length : at, 0, m);
      }
      k = found.head;
    }
  });
}
