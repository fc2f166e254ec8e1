import type { Sentence, Token } from '../text/document.js';
import { STATEMENT_VERBS, TREND_WORDS } from '../lexicon/statements.js';
import {
  COMPANY_NOUNS, NEUTER_PRONOUNS, NOT_A_NAME, ORGANIZATION_WORDS, PERSONAL_PRONOUNS, PLURAL_PRONOUNS,
} from '../lexicon/words.js';

export type MentionKind = 'name' | 'person-pronoun' | 'neuter-pronoun' | 'plural-pronoun';

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
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const NAME_TAGS = ['ProperNoun', 'Person', 'Organization', 'Place', 'Acronym', ...PERSON_TAGS];
const NOT_SUBJECT_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Gerund', 'Value'];
const POSSESSIVE_END = /['\u2019]s?$/;
/** "Dublin-based Avolon", "Microsoft-backed OpenAI": the name before these describes the party, it is not one. */
const ORIGIN_SUFFIXES = new Set(['based', 'headquartered', 'born', 'listed', 'area', 'made', 'built', 'registered', 'backed', 'led', 'funded', 'supported', 'controlled']);

const bare = (text: string): string => text.replace(POSSESSIVE_END, '');
const hasInnerCapital = (word: string): boolean => /^[a-z0-9]+[A-Z]/.test(word) || /^[A-Z][a-z]*[A-Z]/.test(word);
const isCapitalized = (word: string): boolean => /^[A-Z0-9][A-Za-z0-9&.\-]*[A-Za-z]/.test(word) && /[A-Z]/.test(word);

/** Words written capitalized somewhere other than a sentence start, so a capital there is a name's. */
export function capitalizedWords(sentences: readonly Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (t.i > 0 && /^[A-Z]/.test(t.text)) words.add(bare(t.text));
  return words;
}

function isNameToken(token: Token, next: Token | undefined, after: Token | undefined, known: ReadonlySet<string>): boolean {
  const word = bare(token.text);
  if (token.quoted || word.length === 0) return false;
  if (!isCapitalized(word) && !hasInnerCapital(word)) return false;
  if (NOT_A_NAME.has(word.toLowerCase())) return false;
  if (/^\d+$/.test(word) || (token.tags.has('Value') && !hasInnerCapital(word))) return false;
  // "A321neo", "787-9", "H100": model codes name products, not parties ("3M" stays).
  if (/\d/.test(word) && !/^(\d[A-Z]|[A-Z]\d)$/.test(word)) return false;
  // Headline case: "Sensex Falls 300 Points", "Goldman to Pay $5 Billion".
  if (token.i > 0) return !token.tags.has('Pronoun') && !(STATEMENT_VERBS.has(token.norm) || TREND_WORDS.has(token.norm));
  // A capital at the start of a sentence is only a name's with more evidence.
  if (hasInnerCapital(word) || /^[A-Z]{2,}$/.test(word) || known.has(word)) return true;
  // "Orbis, which leases ...", "Orbis, a Dutch lessor, ...": an opening word set off by an appositive is a name.
  if (/,/.test(token.post) && next !== undefined && /^(which|who|a|an|the|now|once|formerly)$/.test(next.norm) && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag))) return true;
  // "Anthropic's three-year deal": a capitalized possessive opening a sentence names its owner.
  if (token.possessive && !token.tags.has('Pronoun') && !token.tags.has('Date')) return true;
  if (NAME_TAGS.some((tag) => token.tags.has(tag)) && !token.tags.has('Pronoun')) return true;
  const unlikeName = NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag)) || token.tags.has('Plural');
  // "Broadcom and OpenAI will ...": a first word paired with a name.
  const pairedName = (t: Token | undefined) => t !== undefined && /^[A-Z]/.test(t.text) && !NOT_A_NAME.has(t.norm.replace(/['\u2019]s$/, ''));
  if (next && (next.norm === 'and' || next.text === '&') && pairedName(after) && !NOT_SUBJECT_TAGS.some((tag) => token.tags.has(tag))) return true;
  // "Scale AI sold ...", "Mistral AI raised ...": a first word followed by a company word.
  const grammatical = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord'].some((tag) => token.tags.has(tag));
  if (next && /^\s+$/.test(token.post) && /^[A-Z]/.test(next.text) && ORGANIZATION_WORDS.has(next.norm) && !grammatical) return true;
  // "Elon Musk is ...": a first word that runs into a name.
  if (next && /^\s+$/.test(token.post) && /^[A-Z]/.test(next.text) && !unlikeName && !NOT_A_NAME.has(next.norm)) return true;
  const verbAt = (t: Token | undefined) => t !== undefined && (t.tags.has('Verb') || t.tags.has('Modal'));
  // "Masdar agreed", "Masdar also agreed"
  const verbFollows = verbAt(next) || (next !== undefined && next.tags.has('Adverb') && verbAt(after));
  return verbFollows && !unlikeName;
}

function personLike(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag)))) return true;
  if (tokens.length < 2 || tokens.length > 3) return false;
  return tokens.every((t) => {
    const word = bare(t.text);
    return /^[A-Z][a-z]+(-[A-Z][a-z]+)?$/.test(word) && !ORGANIZATION_WORDS.has(word.toLowerCase())
      && !t.tags.has('Place') && !t.tags.has('Organization') && !t.tags.has('Value');
  });
}

function pronounKind(token: Token): MentionKind | null {
  if (PERSONAL_PRONOUNS.has(token.norm)) return 'person-pronoun';
  if (NEUTER_PRONOUNS.has(token.norm)) return 'neuter-pronoun';
  if (PLURAL_PRONOUNS.has(token.norm)) return 'plural-pronoun';
  return null;
}

/** Joins with the next name token: "Elon Musk", "Google Cloud", "Bank of America", "Lip-Bu Tan". */
function continuesName(tokens: readonly Token[], at: number, isName: (i: number) => boolean): number {
  const token = tokens[at]!;
  if (token.possessive || /\d/.test(tokens[at + 1]?.text ?? '') || (/\d/.test(token.text) && at > 0)) return 0;
  const post = token.post;
  if (/^\s+$/.test(post) && isName(at + 1)) return 1;
  if (post === '-' && isName(at + 1)) {
    // "Oracle-OpenAI agreement" names two parties; "Lip-Bu Tan" one.
    const after = tokens[at + 2];
    return after && !isName(at + 2) && after.tags.has('Noun') && !after.tags.has('ProperNoun') ? 0 : 1;
  }
  const connector = tokens[at + 1];
  if (/^\s+$/.test(post) && connector && (connector.norm === 'of' || connector.text === '&') && isName(at + 2)) {
    return ORGANIZATION_WORDS.has(bare(token.text).toLowerCase()) || connector.text === '&' ? 2 : 0;
  }
  return 0;
}

/** Every name and referring word in a sentence, in order. */
export function findMentions(sentence: Sentence, known: ReadonlySet<string>): Mention[] {
  const { tokens } = sentence;
  const nameAt = tokens.map((t, i) => isNameToken(t, tokens[i + 1], tokens[i + 2], known));
  // "Scale AI", "Mistral AI": a capitalized company word ends the name before it.
  tokens.forEach((t, i) => {
    if (!nameAt[i] && i > 0 && nameAt[i - 1] && /^[A-Z]/.test(t.text) && ORGANIZATION_WORDS.has(t.norm) && !t.quoted && /^\s+$/.test(tokens[i - 1]!.post) && !tokens[i - 1]!.possessive) nameAt[i] = true;
  });
  const isName = (i: number) => nameAt[i] === true;
  const mentions: Mention[] = [];
  const make = (first: number, last: number, kind: MentionKind): Mention => {
    const run = tokens.slice(first, last + 1);
    const lastToken = run[run.length - 1]!;
    const name = kind === 'name'
      ? run.map((t, k) => bare(t.text) + (k < run.length - 1 ? t.post.replace(/\s+/g, ' ') : '')).join('').trim()
      : lastToken.norm;
    const end = kind === 'name' && lastToken.possessive ? lastToken.end - (lastToken.text.length - bare(lastToken.text).length) : lastToken.end;
    return {
      sentence: sentence.index, first, last, start: run[0]!.start, end, name, kind,
      possessive: lastToken.possessive || lastToken.norm === 'his' || lastToken.norm === 'its' || lastToken.norm === 'their' || lastToken.norm === 'her',
      personLike: kind === 'name' ? personLike(run) : kind === 'person-pronoun',
    };
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "the merged company", "the Chinese drugmaker", "the Spanish utility": a reference, not a name.
    const described = tokens[i + 1];
    if (token.norm === 'the' && described && !described.possessive && /^\s+$/.test(described.post)
      && (described.tags.has('Adjective') || described.tags.has('PastTense') || isName(i + 1) || /^[A-Z]/.test(described.text))
      && COMPANY_NOUNS.has(bare(tokens[i + 2]?.norm ?? '')) && /^[a-z]/.test(tokens[i + 2]!.text)) {
      mentions.push(make(i, i + 2, 'neuter-pronoun'));
      i += 2;
      continue;
    }
    if (isName(i)) {
      let last = i;
      for (let step = continuesName(tokens, last, isName); step > 0; step = continuesName(tokens, last, isName)) last += step;
      const origin = tokens[last]!.post === '-' && ORIGIN_SUFFIXES.has(tokens[last + 1]?.norm ?? '');
      if (!origin) mentions.push(make(i, last, 'name'));
      i = last;
      continue;
    }
    const pronoun = token.quoted ? null : pronounKind(token);
    if (pronoun) {
      mentions.push(make(i, i, pronoun));
      continue;
    }
    // "the company", "the two companies", "both companies"
    const next = tokens[i + 1];
    if ((token.norm === 'the' || token.norm === 'both') && next) {
      if (COMPANY_NOUNS.has(bare(next.norm)) && /^[a-z]/.test(next.text)) mentions.push(make(i, i + 1, 'neuter-pronoun'));
      else if (next.tags.has('Adjective') && COMPANY_NOUNS.has(tokens[i + 2]?.norm ?? '')) {
        mentions.push(make(i, i + 2, 'neuter-pronoun'));
        i += 2;
      }
      else if (next.norm === 'two' && tokens[i + 2] && /^(companies|firms|groups|sides|parties)$/.test(tokens[i + 2]!.norm)) {
        mentions.push(make(i, i + 2, 'plural-pronoun'));
        i += 2;
      } else if (token.norm === 'both' && /^(companies|firms|sides)$/.test(next.norm)) mentions.push(make(i, i + 1, 'plural-pronoun'));
    }
  }
  return mentions;
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
      else this.lastNonPerson = n;
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

/**
 * Resolves pronouns and "the company" to earlier names of the paragraph: "he" to the last person,
 * "it" and "the company" to the last organization, "the two companies" to the last two names.
 */
export function resolveReferences(mentions: readonly Mention[]): void {
  const surnames = new Set<string>();
  const earlier = new EarlierNames();
  let sentence = -1;
  let current: Mention[] = [];
  for (const m of mentions) {
    if (m.sentence !== sentence) {
      earlier.addSentence(current);
      current = [];
      sentence = m.sentence;
    }
    if (m.kind === 'name') {
      if (m.personLike) surnames.add(m.name.split(' ').pop()!);
      else if (surnames.has(m.name)) m.personLike = true;
      current.push(m);
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
    // Subject continuity: "SpaceX, the parent of xAI, concedes that it ...", "OpenAI's program ... its orders".
    const topic = sentenceTopic(here);
    if (topic && topic.personLike === wantPerson) {
      m.refersTo = [topic];
      continue;
    }
    // A new sentence's pronoun continues the last sentence's subject: "SpaceX signed a deal with Anthropic. It ..."
    const lastTopic = sentenceTopic(earlier.lastSentence);
    if (!m.possessive && lastTopic && lastTopic.personLike === wantPerson && m.first <= 1) {
      m.refersTo = [lastTopic];
      continue;
    }
    const match = [...reversed(here)].find((n) => n.personLike === wantPerson) ?? earlier.lastOfKind(wantPerson) ?? (wantPerson ? (here.at(-1) ?? earlier.latest) : undefined);
    if (match) m.refersTo = [match];
  }
}

function* chain<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part;
}
