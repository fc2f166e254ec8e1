import type { Span } from '../schema/span.js';
import { splitSentences } from './sentences.js';
import { tagTerms, type Term } from './nlp.js';

/** A tagged word of a sentence, with where it stands. */
export interface Token extends Term {
  /** Position in its sentence. */
  i: number;
  /** Inside short quotation marks: "Nemwell", 'Compute as a Service'. */
  quoted: boolean;
  /** Inside a quotation long enough to be someone's words: '"We buy from them for twenty years," said ...'. */
  speech: boolean;
  /** Inside parentheses: "(parent of xAI)". */
  parenthetical: boolean;
  possessive: boolean;
}

export interface Sentence {
  index: number;
  span: Span;
  tokens: Token[];
  /** The first sentence of a paragraph or a line after the first: a press release's dateline stands under its headline. */
  opensLine?: boolean;
  /** Opens with a speaker's first name before a colon, as the turns of a dialogue do ("Kai: So it runs nine years."). */
  turnLabel?: boolean;
}

/** A text read once: its sentences and their tagged tokens. Every later stage reads this. */
export interface Doc {
  text: string;
  sentences: Sentence[];
}

/** Quote marks around a word stand in compromise's `pre` and `post`; an apostrophe inside a word does not. */
const QUOTE = /["'\u201c\u201d\u2018\u2019]/;
const POSSESSIVE = /['\u2019]s?$/;
/** A plural's possessive apostrophe the tagger leaves after the word: "Foods' bid". */
const PLURAL_POSSESSIVE_AFTER = /^['\u2019](?:\s|$)/;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** A quotation this long is speech to read ("Proud to have signed our seven-year PPA with Varnholm"), not a name or a term. */
const SPEECH_WORDS = 5;

/** The longest run of speech read past its opening sentence, in words: a few sentences of a quotation. */
const MOST_SPEECH_TERMS = 150;

/**
 * For each term of a text, whether it stands inside a short quotation ('quoted') or inside quoted speech ('speech').
 * Speech may run on over sentences to its closing mark ('... "We signed. It runs five years." ...'); a mark that no
 * later mark closes opens speech to the end of its own sentence only. `sentenceEnds[i]` is the last term of term i's sentence.
 */
function quotations(terms: readonly Term[], sentenceEnds: readonly number[]): ('quoted' | 'speech' | null)[] {
  const inside: ('quoted' | 'speech' | null)[] = terms.map(() => null);
  for (let open = 0; open < terms.length; open++) {
    if (!QUOTE.test(terms[open]!.pre)) continue;
    // (The search stops at the longest speech read, so a text of unclosed marks stays linear.)
    const last = Math.min(terms.length - 1, Math.max(open + MOST_SPEECH_TERMS, sentenceEnds[open]!));
    let close = open;
    while (close < last && !QUOTE.test(terms[close]!.post)) close++;
    if (!QUOTE.test(terms[close]!.post) || close - open > MOST_SPEECH_TERMS) close = Math.min(close, sentenceEnds[open]!);
    inside.fill(close - open < SPEECH_WORDS ? 'quoted' : 'speech', open, close + 1);
    open = close;
  }
  return inside;
}

const PLURAL_NOUN_TAGS: ReadonlySet<string> = new Set(['Noun', 'Plural']);

/**
 * "is in talks with Tarvo": compromise may read a plural noun ending in "-s" as a verb; right after a preposition
 * ("to" aside, which opens an infinitive) it is the preposition's noun. After a plus sign, as notes join nouns ("7yr firm
 * + opts"), it is a noun too.
 */
function pluralAfterPreposition(terms: readonly Term[], i: number): boolean {
  const term = terms[i]!;
  const prev = terms[i - 1];
  return term.tags.has('PresentTense') && !term.tags.has('Noun') && /[a-z]s$/.test(term.text) && prev !== undefined
    && ((prev.tags.has('Preposition') && prev.norm !== 'to') || prev.text === '+') && /^\s+$/.test(prev.post);
}

function annotate(terms: readonly Term[], quotedAt: readonly ('quoted' | 'speech' | null)[]): Token[] {
  let parenthetical = false;
  return terms.map((term, i) => {
    // ("(688917 CH)": compromise leaves the bracket before a number in its text; it opens the parentheses.)
    const bracket = term.text.length > 1 && term.text.charCodeAt(0) === 40;
    const pre = bracket ? `${term.pre}(` : term.pre;
    if (pre.includes('(')) parenthetical = true;
    // A plain literal: spreading `term` into a new object costs microseconds per token, a quarter of a run.
    const token: Token = {
      text: bracket ? term.text.slice(1) : term.text,
      norm: bracket ? term.norm.replace(/^\(/, '') : term.norm,
      start: bracket ? term.start + 1 : term.start,
      end: term.end,
      pre,
      post: term.post,
      tags: pluralAfterPreposition(terms, i) ? PLURAL_NOUN_TAGS : term.tags,
      i,
      quoted: quotedAt[i] === 'quoted',
      speech: quotedAt[i] === 'speech',
      parenthetical,
      // compromise tags every word of "Premier League's" possessive; only the word with the "'s" is.
      possessive: (POSSESSIVE.test(term.text) && term.text.length > 2) || POSSESSIVE_PRONOUNS.has(term.norm)
        // ("Brisco Foods' bid": the tagger leaves a plural's lone apostrophe after the word, outside a quotation; before a
        // capitalized word it is inside a name, "Harlow Teachers' Pension Plan".)
        || (PLURAL_POSSESSIVE_AFTER.test(term.post) && /^\p{Lu}\p{L}*\p{Ll}s$/u.test(term.text) && quotedAt[i] !== 'quoted' && !/^\p{Lu}/u.test(terms[i + 1]?.text ?? '')),
    };
    if (term.post.includes(')')) parenthetical = false;
    return token;
  });
}

const CONTRACTION_NEXT_TAGS = ['Determiner', 'Gerund', 'Adverb', 'Preposition', 'PastTense', 'Participle', 'Negative'];

/**
 * compromise reads "SpaceX's Colossus" as "SpaceX is Colossus". A name's "'s" before a noun or name is a
 * possessive: drop the invented "is". Pronouns ("it's", "he's") keep their contraction.
 */
function undoFalseContractions(terms: readonly Term[]): Term[] {
  const out: Term[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const implied = terms[i + 1];
    const after = terms[i + 2];
    const falseIs = implied && implied.text === '' && implied.norm === 'is' && POSSESSIVE.test(term.text)
      && !term.tags.has('Pronoun') && after && !CONTRACTION_NEXT_TAGS.some((tag) => after.tags.has(tag));
    if (falseIs) {
      out.push({ ...term, norm: term.norm.replace(/['\u2019]s$/, ''), post: implied.post || term.post, tags: new Set([...term.tags, 'Possessive']) });
      i++;
    } else out.push(term);
  }
  return out;
}

/**
 * "Terravale/Quollmoor", "Lendholm/QIA", "Harnvik/Lathmere/Quennet": two to four names joined by slashes, at least one in
 * mixed case ("MILAN/OSLO" is a dateline).
 */
const SLASHED_NAMES = /^\p{Lu}[\p{L}\p{N}&.]+(?:\/\p{Lu}[\p{L}\p{N}&.]+){1,3}$/u;

/** The tags of each name of a pair joined in shorthand ("Terravale/Quollmoor", "Brisca x Tollan"). */
const JOINED_NAME_TAGS: ReadonlySet<string> = new Set(['ProperNoun', 'Noun']);

/**
 * Names joined in shorthand: compromise keeps "Terravale/Quollmoor" as one term, and each name becomes a term of its own,
 * joined by a "/" as "-" joins "Oththorpe-Haldisson"; a social post's "Brisca x Tollan" is joined the same way; a note's
 * "w/" reads "with".
 */
function splitJoinedNames(terms: Term[]): Term[] {
  if (!terms.some((t) => t.text.includes('/') || t.text === 'x' || t.text === 'w')) return terms;
  const out: Term[] = [];
  let joinedNext = false;
  for (const [k, term] of terms.entries()) {
    // ("a 7-yr offtake w/ Redpoll": notes and posts write "with" as "w/".)
    if (/^w$/i.test(term.text) && /^\/\s/.test(term.post)) {
      out.push({ ...term, norm: 'with', tags: new Set(['Preposition']) });
      continue;
    }
    // ("Brisca x Tollan is done": a lowercase "x" between two capitalized names pairs them as a slash does.)
    const prev = out[out.length - 1];
    if (term.text === 'x' && prev && /^\s+$/.test(prev.post) && /^\s+$/.test(term.post) && /^\p{Lu}\p{Ll}/u.test(prev.text) && /^\p{Lu}\p{Ll}/u.test(terms[k + 1]?.text ?? '')) {
      // ("Brodwick x Quennet": each side is a name, as each side of a slash is, whatever a suffix made the tagger guess.)
      out[out.length - 1] = { ...prev, post: '/', tags: JOINED_NAME_TAGS };
      joinedNext = true;
      continue;
    }
    if (joinedNext) {
      joinedNext = false;
      out.push({ ...term, tags: JOINED_NAME_TAGS });
      continue;
    }
    const slashed = SLASHED_NAMES.test(term.text);
    // ("QRL/TVM merger at A$1.1bn", "BRKM/TOVN: cathode supply": names in capitals before a lowercase word, or a
    // heading's colon, pair firms as well; a dateline's places stand before a comma.)
    const capitals = slashed && /^[A-Z]{2,8}(?:\/[A-Z]{2,8})+$/.test(term.text)
      && ((/^\s+$/.test(term.post) && /^\p{Ll}/u.test(terms[k + 1]?.text ?? '')) || /^:\s/.test(term.post));
    if (!slashed || (!/\p{Ll}/u.test(term.text) && !capitals)) {
      out.push(term);
      continue;
    }
    const parts = term.text.split('/');
    const tags = JOINED_NAME_TAGS;
    let start = term.start;
    parts.forEach((part, n) => {
      const last = n === parts.length - 1;
      out.push({ text: part, norm: part.toLowerCase(), start, end: start + part.length, pre: n === 0 ? term.pre : '', post: last ? term.post : '/', tags });
      start += part.length + 1;
    });
  }
  return out;
}

/** A word in title case before a colon: what a dialogue's turn opens with ("Kai:", "Oda:"). */
const LABEL_SHAPE = /^\p{Lu}\p{Ll}+$/u;

/**
 * The first names that open a dialogue's turns: words in title case before a colon opening a sentence, where at least
 * two such words open three turns or more and one of them opens two ("Kai: ... Oda: ... Kai: ..."). A heading's one
 * firm before its colon ("Tarvo: signs supply deal"), or a digest's run of firms, each once, opens no dialogue.
 */
function dialogueLabels(owned: readonly (readonly Term[])[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const own of owned) {
    const first = own[0];
    if (first && LABEL_SHAPE.test(first.text) && /^:\s/.test(first.post)) counts.set(first.text, (counts.get(first.text) ?? 0) + 1);
  }
  const turns = [...counts.values()].reduce((a, b) => a + b, 0);
  return counts.size >= 2 && turns >= 3 && [...counts.values()].some((n) => n >= 2) ? new Set(counts.keys()) : new Set();
}

/** Reads a text once: sentence spans, then one bounded compromise parse, tokens assigned to sentences. */
export function readDocument(text: string): Doc {
  const spans = splitSentences(text);
  const terms = splitJoinedNames(undoFalseContractions(tagTerms(text, spans)));
  const sentences: Sentence[] = [];
  const owned: Term[][] = spans.map(() => []);
  let t = 0;
  spans.forEach((span, index) => {
    while (t < terms.length && terms[t]!.start < span.end) {
      if (terms[t]!.start >= span.start) owned[index]!.push(terms[t]!);
      t++;
    }
  });
  const inOrder = owned.flat();
  // (Each term's sentence's last term, by its place in the whole text.)
  const sentenceEnds: number[] = [];
  for (const own of owned) {
    const lastOfSentence = sentenceEnds.length + own.length - 1;
    for (let k = 0; k < own.length; k++) sentenceEnds.push(lastOfSentence);
  }
  const quotedAt = quotations(inOrder, sentenceEnds);
  const labels = dialogueLabels(owned);
  let offset = 0;
  spans.forEach((span, index) => {
    const own = owned[index]!;
    const opensLine = index > 0 && text.slice(spans[index - 1]!.end, span.start).includes('\n');
    const turnLabel = labels.size > 0 && own[0] !== undefined && labels.has(own[0].text) && /^:/.test(own[0].post);
    sentences.push({ index, span, tokens: annotate(own, quotedAt.slice(offset, offset + own.length)), opensLine, turnLabel });
    offset += own.length;
  });
  return { text, sentences };
}
