import type { Sentence, Token } from '../text/document.js';
import { PERSON_TAGS, type Mention } from './mentions.js';
import { readVerbGroups, type VerbGroup } from './verb-groups.js';
import { readClauses, type Clause } from './clauses.js';
import { COMMENTATOR_NOUNS, REPORTING_VERBS } from '../lexicon/names.js';

/** Titles before a person's name: "chief executive Mara Vannant", "Mayor Okonjo". */
const TITLE_WORDS: ReadonlySet<string> = new Set(['ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'chief', 'executive', 'mayor', 'minister', 'senator', 'governor', 'mr', 'ms', 'mrs', 'dr']);

/** A word for a person's office: a title ("chief", "founder") or a commentator's noun ("chairman", "analyst"). */
export const isTitleWord = (norm: string): boolean => TITLE_WORDS.has(norm) || COMMENTATOR_NOUNS.has(norm);

/** What a noun phrase names: the kinds the role rules and the party filters ask about. */
export type PhraseKind = 'organization' | 'person' | 'government' | 'place' | 'pronoun';

/** A noun phrase that names or refers to someone, with its kind. Token range `[first, last]` is inclusive. */
export interface NounPhrase {
  first: number;
  last: number;
  kind: PhraseKind;
  mention: Mention;
  possessive: boolean;
}

/** A person needs more than the shape of two capitalized words ("Tashric Freight"): a person's tag, a title before, or a reporting verb after. */
function isPerson(sentence: Sentence, m: Mention): boolean {
  if (!m.personLike) return false;
  const { tokens } = sentence;
  const tagged = tokens.slice(m.first, m.last + 1).some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag)));
  const before = tokens[m.first - 1];
  const titled = before !== undefined && isTitleWord(before.norm);
  const speaks = tokens[m.last + 1] !== undefined && REPORTING_VERBS.has(tokens[m.last + 1]!.norm);
  return tagged || titled || speaks;
}

function kindOf(sentence: Sentence, m: Mention): PhraseKind {
  if (m.kind !== 'name') return 'pronoun';
  if (m.rule === 'public-body' || m.generic) return 'government';
  if (isPerson(sentence, m)) return 'person';
  const run = sentence.tokens.slice(m.first, m.last + 1);
  return run.every((t) => t.tags.has('Place')) && !m.rule ? 'place' : 'organization';
}

/**
 * The shallow structure every role rule reads, built from the one compromise pass of a sentence: noun phrases with
 * a kind, verb groups (voice, negation, modality, particle), prepositional phrases and clauses with their
 * relation (main, reporting, relative, appositive, participial, parenthetical, ...). The parts are built on first use.
 */
export class ClauseLayer {
  /** The mention each token belongs to. */
  readonly owner: (Mention | undefined)[];
  private verbGroupList: VerbGroup[] | undefined;
  private clauseList: Clause[] | undefined;
  private phraseList: NounPhrase[] | undefined;

  constructor(readonly sentence: Sentence, readonly mentions: readonly Mention[]) {
    this.owner = sentence.tokens.map(() => undefined);
    for (const m of mentions) for (let i = m.first; i <= m.last; i++) this.owner[i] = m;
  }

  get tokens(): readonly Token[] {
    return this.sentence.tokens;
  }

  token(i: number): Token | undefined {
    return this.sentence.tokens[i];
  }

  /** Noun phrases that name or refer to someone, in order. */
  get phrases(): readonly NounPhrase[] {
    this.phraseList ??= this.mentions.map((m) => ({ first: m.first, last: m.last, kind: kindOf(this.sentence, m), mention: m, possessive: m.possessive }));
    return this.phraseList;
  }

  get verbGroups(): readonly VerbGroup[] {
    this.verbGroupList ??= readVerbGroups(this.sentence.tokens);
    return this.verbGroupList;
  }

  get clauses(): readonly Clause[] {
    this.clauseList ??= readClauses(this);
    return this.clauseList;
  }

  /** The innermost clause around token `i`. */
  clauseAt(i: number): Clause | undefined {
    let best: Clause | undefined;
    for (const c of this.clauses) if (c.first <= i && i <= c.last && (!best || c.last - c.first < best.last - best.first)) best = c;
    return best;
  }

  /** Whether token `k` sits in a relative or parenthetical clause that does not hold token `from`. */
  isAside(k: number, from: number): boolean {
    return this.clauses.some((c) => (c.relation === 'relative' || c.relation === 'parenthetical') && c.first <= k && k <= c.last && !(c.first <= from && from <= c.last));
  }

  /** Whether token `k` sits in a relative clause about a common noun ("a grower that has never exported a crate"). */
  describesNoun(k: number): boolean {
    return this.clauses.some((c) => c.restrictive === true && c.first <= k && k <= c.last);
  }

  /** A mention that stands for a party: a name, or a pronoun that was resolved. */
  usable(m: Mention | undefined): m is Mention {
    return m !== undefined && (m.kind === 'name' || (m.refersTo?.length ?? 0) > 0);
  }

  /** A semicolon, colon, dash or spaced hyphen after token `i` ends its clause. */
  brokenAfter(i: number): boolean {
    const token = this.token(i);
    // ("Tashric Freight (NYSE: TSF) was led by ...": an exchange's colon inside a ticker's parentheses breaks nothing.)
    if (token?.parenthetical && /^:\s*$/.test(token.post)) return false;
    return /[;:\u2014]|\s-\s/.test(token?.post ?? '');
  }
}

/** The name a mention stands for: its own, or the first name a pronoun was resolved to. */
export const referent = (m: Mention): string => (m.kind === 'name' ? m.name : m.refersTo?.[0]?.name ?? m.name);
