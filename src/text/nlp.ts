/**
 * The one module that talks to compromise. Nothing else imports it, and nothing here changes
 * compromise's shared world (no plugin, no addWords), so other importers see it untouched.
 */
import { isWordNetWord } from '../lexicon/english-words.js';
import nlp from 'compromise/two';
import type { Span } from '../schema/span.js';
import { isWordNetPlace } from '../lexicon/places.js';
import { ACTION_THIRD_PERSON, DEAL_NOUNS } from '../lexicon/actions.js';
import { ORGANIZATION_WORDS } from '../lexicon/words.js';

/** One compromise term, with absolute offsets into the text it came from. */
export interface Term {
  text: string;
  /** Lower-case form; for contractions the expanded word ("isn't" gives "is", then "not"). */
  norm: string;
  start: number;
  end: number;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  implicit?: string;
  machine?: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/** Most characters parsed in one call: sentences are grouped up to this size. */
const MAX_SEGMENT_CHARS = 2400;

/**
 * compromise's tagging without its post-tagger pass: the pre-tagger (lexicon, suffixes, capitals, neighbours)
 * gives the word classes the claim rules read, at about a quarter of a full parse.
 */
const STEPS = ['contractions', 'alias', 'machine', 'index', 'lexicon', 'preTagger', 'contractionTwo'];
const parse = (text: string) => nlp.tokenize(text).compute(STEPS);

/** Groups sentence spans into segments of bounded size, each parsed once. */
function segmentsOf(sentences: readonly Span[]): Span[] {
  const segments: Span[] = [];
  let current: Span | null = null;
  for (const s of sentences) {
    if (current && s.end - current.start <= MAX_SEGMENT_CHARS) current.end = s.end;
    else {
      current = { start: s.start, end: s.end };
      segments.push(current);
    }
  }
  return segments;
}

/**
 * Press-release datelines glue the place, the wire and the name into one word: "CINCINNATI--(NEWSWIRE)--Vustrin",
 * "TOKYO--Halberd". Rewritten with the same length ("CINCINNATI  (NEWSWIRE)- Vustrin"), so every offset compromise
 * gives stays an offset of the original text.
 */
function readable(text: string): string {
  return unshouted(untitled(text)).replace(/--\(([^()\n]{1,40})\)--/g, (_m, inner: string) => `  (${inner})- `).replace(/([A-Za-z.)])--(?=[A-Z(])/g, '$1- ');
}

/** Short words of a headline the lexicon may also hold as names ("IN" is Indiana's code): always words here. */
const HEADLINE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'to', 'of', 'for', 'by', 'as', 'is', 'and', 'or', 'the', 'a', 'an', 'with', 'from', 'its', 'it', 'be', 'up', 'out', 'over', 'into', 'amid', 'after', 'says', 'said', 'deal', 'bid', 'buy', 'sell', 'wins', 'win']);

/** British spellings and the American ones the word lists hold: "fulfilment" is "fulfillment", "colour" "color". */
const BRITISH_SPELLINGS: readonly [RegExp, string][] = [[/lment$/, 'llment'], [/our$/, 'or'], [/tre$/, 'ter'], [/ence$/, 'ense'], [/yse$/, 'yze'], [/ogue$/, 'og'], [/mme$/, 'm']];

/** Whether an ordinary English word is written so, in either spelling. */
const isEnglishWord = (lower: string): boolean => isCommonWord(lower) || isWordNetWord(lower)
  || BRITISH_SPELLINGS.some(([ending, american]) => ending.test(lower) && isWordNetWord(lower.replace(ending, american)));

/** Whether a lowercase word is an ordinary English word: the lexicon or WordNet holds it, in either spelling, or its plural's singular. */
export const isOrdinaryWord = (lower: string): boolean => isEnglishWord(lower) || (lower.endsWith('s') && isEnglishWord(lower.slice(0, -1)))
  || (lower.endsWith('ies') && isEnglishWord(`${lower.slice(0, -3)}y`)) || (lower.endsWith('es') && isEnglishWord(lower.slice(0, -2)));

/** Whether a word of a headline is an ordinary word (`isOrdinaryWord`) or one of its function words. */
// ("SIGNS OFFTAKE WITH": the action lexicon's deal nouns are words too, where no general lexicon holds them.)
const isHeadlineWord = (lower: string): boolean => HEADLINE_FUNCTION_WORDS.has(lower) || isOrdinaryWord(lower) || DEAL_NOUNS.has(lower);

/** Particles of a phrasal verb: "FIRMS UP", "SNAPS UP", "CALLS OFF", "WALKS AWAY". */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'off', 'away', 'down', 'back', 'over', 'in', 'on']);

/** A run of four or more words in capitals and no lowercase letter: a wire's flash headline. */
const SHOUTED_RUN = /[^\p{Ll}\n]{16,}/gu;
const CAPITAL_WORD = /\p{Lu}[\p{Lu}'\u2019&.-]*\p{Lu}/gu;

/**
 * "TARNVELD TANKERS ORDERS FOUR CARRIERS AT QUELLBY FOR $215 MLN": a headline in capitals reads in sentence case, the
 * words the lexicon holds in lowercase and the rest capitalized ("Tarnveld tankers orders four carriers at Quellby for
 * $215 MLN"), so its names and verbs are told apart. A short word no lexicon holds stays in capitals ("MLN", "OCN");
 * the length of every word is kept, so every offset stays the original text's.
 */
function unshouted(text: string): string {
  return text.replace(SHOUTED_RUN, (run) => {
    const words = run.match(CAPITAL_WORD) ?? [];
    if (words.length < 4) return run;
    // (The first word opens the headline; a word right after an opening name goes on with it: "Tarnveld Tankers orders".)
    let k = 0;
    let openedByName = false;
    // ("HOLLIS AND VANE CO-FOUNDER PETRA VANE: We'll be in ...": words before a colon are a speaker's label, kept as written.)
    const labelEnd = run.lastIndexOf(':');
    return run.replace(CAPITAL_WORD, (word, offset: number) => {
      const at = k++;
      if (offset < labelEnd) {
        if (at === 0) openedByName = !isHeadlineWord(word.toLowerCase());
        return word;
      }
      const lower = word.toLowerCase();
      if (lower.length !== word.length) return word;
      const common = isHeadlineWord(lower);
      if (at === 0) openedByName = !common;
      if (!common && word.length <= 4) return word;
      // ("PARDOE FIRMS UP 16 FREIGHTERS": a word a particle follows is a phrasal verb, not the name's next word.)
      // ("VESTRAL SIGNS OFFTAKE": a deal verb's third person is the headline's verb, unless a firm's word: "PARTNERS".)
      const dealVerb = ACTION_THIRD_PERSON.has(lower) && !ORGANIZATION_WORDS.has(lower);
      const goesOnWithName = at === 1 && openedByName && !dealVerb && !HEADLINE_FUNCTION_WORDS.has(lower) && !PARTICLES.has(words[at + 1]?.toLowerCase() ?? '');
      return common && at > 0 && !goesOnWithName ? lower : word.charAt(0) + lower.slice(1);
    });
  });
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A word without the marks around it: "(Orders," -> "Orders". */
function bareWord(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !LETTER_OR_DIGIT.test(word[start]!)) start++;
  while (end > start && !LETTER_OR_DIGIT.test(word[end - 1]!)) end--;
  return word.slice(start, end);
}
/** A word that opens in a capital: "Signs", "Multi-Year", "Oshello". */
const TITLE_WORD = /\p{Lu}[\p{L}\p{N}'\u2019&.-]*/gu;
/** Words a title-case headline leaves in lowercase: "Signs Deal with Oshello", "Sale of Its Depot to Tern". */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'with', 'to', 'for', 'in', 'on', 'at', 'and', 'or', 'as', 'by', 'from', 'vs', 'vs.', 'into', 'over', 'after', 'amid', 'via', 'per', 'its', 'up']);

/** Whether a line is a headline in title case: four words or more, every word capitalized but a few small ones, some of them ordinary words. */
function isTitleCase(line: string): boolean {
  const words = line.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4 || !/\p{Ll}/u.test(line)) return false;
  let capitalized = 0;
  let ordinary = 0;
  for (const word of words) {
    const bare = bareWord(word);
    if (!bare) continue;
    if (/^\p{Lu}/u.test(bare)) {
      capitalized++;
      if (isHeadlineWord(bare.toLowerCase())) ordinary++;
    } else if (!TITLE_SMALL_WORDS.has(bare.toLowerCase()) && !/^\p{N}/u.test(bare)) return false;
  }
  return capitalized >= 3 && ordinary >= 2;
}

/**
 * "Valman Semiconductor Signs Multi-Year Wafer Supply Agreement with Oshello Microdevices": a press release's
 * headline in title case reads in sentence case, as a shouted one does (`unshouted`): the words the lexicon holds in
 * lowercase, the rest capitalized, the first word and one right after an opening name kept ("Valman Semiconductor
 * signs multi-year wafer supply agreement with Oshello Microdevices"). A hyphened word goes by its last part. Only a
 * line of its own is read so; every word keeps its length.
 */
function untitled(text: string): string {
  if (!text.includes('\n')) return text;
  // (Only a line a break ends: the text's last line runs on as prose.)
  const lines = text.split('\n');
  return lines.map((line, n) => (n < lines.length - 1 && isTitleCase(line) ? sentenceCased(line) : line)).join('\n');
}

function sentenceCased(line: string): string {
  let k = 0;
  let openedByName = false;
  return line.replace(TITLE_WORD, (word) => {
    const at = k++;
    const lower = word.toLowerCase();
    const bare = bareWord(lower);
    const common = isHeadlineWord(bare.slice(bare.lastIndexOf('-') + 1));
    if (at === 0) openedByName = !common;
    const goesOnWithName = at === 1 && openedByName && !HEADLINE_FUNCTION_WORDS.has(bare);
    return common && at > 0 && !goesOnWithName && lower.length === word.length ? lower : word;
  });
}

/**
 * Tags the text with one compromise parse per bounded segment (one for any ordinary paragraph),
 * returning every term in text order with offsets into `text`.
 */
export function tagTerms(text: string, sentences: readonly Span[]): Term[] {
  const terms: Term[] = [];
  for (const segment of segmentsOf(sentences)) {
    const doc = parse(readable(text.slice(segment.start, segment.end)));
    doc.compute('offset');
    for (const sentence of doc.document as CompromiseTerm[][]) {
      for (const t of sentence) {
        const start = segment.start + t.offset.start;
        terms.push({
          text: t.text,
          norm: (t.implicit ?? t.machine ?? t.normal ?? t.text).toLowerCase(),
          start,
          end: start + t.offset.length,
          pre: t.pre,
          post: t.post,
          tags: t.tags,
        });
      }
    }
  }
  return terms;
}

const NAME_TAGS = new Set(['ProperNoun', 'Organization', 'Person', 'Place', 'Region', 'Country', 'City', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Place', 'Country', 'Region', 'City', 'Address']);
let lexicon: Record<string, string | string[]> | null = null;

/** The tags compromise's lexicon gives a lower-case word or phrase, or null when it does not know it. Reads only. */
function lexiconTags(lower: string): string[] | null {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = lexicon[lower];
  return tags === undefined ? null : Array.isArray(tags) ? tags : [tags];
}

/** Whether compromise's lexicon knows a lower-case word at all, as a common word, a person's name or a place: "fleet", "dan". */
export function isLexiconWord(lower: string): boolean {
  return lexiconTags(lower) !== null;
}

/** Whether the lexicon holds a word as a common word, not a name: "stage" and "phase" are, "boeing" and "nevada" are not. */
export function isCommonWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags !== null && !tags.some((t) => NAME_TAGS.has(t));
}

// ("the regulator BLOCKED Casteluz": a verb in capitals is shouted too.)
// ("TEN years, not eight", "FEWER slots": so are a number word and a comparison.)
const EMPHASIS_TAGS = new Set(['Adverb', 'Negative', 'Conjunction', 'Preposition', 'Determiner', 'Expression', 'Adjective', 'Copula', 'Modal', 'Verb', 'PastTense', 'Infinitive', 'PresentTense', 'Gerund', 'Participle',
  'Comparative', 'Superlative', 'TextValue', 'Cardinal', 'Ordinal']);
/** Words of amount the lexicon files as nouns, shouted as readily as adverbs: "it pays LESS than before", "NOTHING is signed". */
const SHOUTED_AMOUNT_WORDS: ReadonlySet<string> = new Set(['less', 'nothing', 'everything', 'none']);
/** Whether a word in capitals is an ordinary word shouted, not an acronym: "STILL", "NOT", "ONLY" are; "IBM" and "ARM" are not. */
export function isShoutedWord(lower: string): boolean {
  return SHOUTED_AMOUNT_WORDS.has(lower) || (lexiconTags(lower)?.every((t) => EMPHASIS_TAGS.has(t)) ?? false);
}

/** Whether compromise's own lexicon holds a word or phrase as a place: "sweden", "abu dhabi", "texas" (not WordNet's "ondholm"). */
export function isLexiconPlace(lower: string): boolean {
  return lexiconTags(lower)?.some((t) => PLACE_TAGS.has(t)) ?? false;
}

/** Whether compromise's lexicon or WordNet holds a word or phrase as a place: "brazil", "united kingdom", "texas", "luzon", "north sea". */
export function isPlaceName(lower: string): boolean {
  return isLexiconPlace(lower) || isWordNetPlace(lower);
}
