import type { Party } from '../schema/claim.js';
import type { Sentence } from '../text/document.js';
import { inAppositiveOf, inRegion, type Mention } from './mentions.js';
import { cleanName, GENERIC_PARTY_RULE, partyOf, sameFirm } from './parties.js';
import { RATING_CHANGES, RATING_WORDS, ROLE_LABELS, TICKER_COUNTRY_CODES } from '../lexicon/names.js';
import { ARROW, BACK_ARROW, ORGANIZATION_WORDS } from '../lexicon/words.js';
import { isLexiconWord, isOrdinaryWord } from '../text/nlp.js';
import { speakerLabel } from './decorations.js';
import { lettersInOrder } from '../normalize/entities.js';

/**
 * When the role rules leave one side of a deal empty, the sentence usually names it anyway: "Otoll snaps up
 * Avocet's Abilene campus", "Kinnern lands Darrholm", "the DOE loan to Coshard". Each rule is a record with an
 * example and a reason; `completeParties` tries them in order and fills only what is missing.
 */
export interface CompletionRule {
  name: string;
  example: string;
  /** The two names the example should end up with. */
  parties: [string, string];
  reason: string;
}

export const COMPLETION_RULES: readonly CompletionRule[] = [
  {
    name: 'rated-firm',
    example: 'Vustrin (Buy; TP €142): the 75-jet Abthorpe order lifts its backlog.',
    parties: ['Abthorpe', 'Vustrin'],
    reason: 'an analyst note opens with the firm it rates; a deal in the note with one side named has that firm on the other',
  },
  {
    name: 'rated-firm-after-colon',
    example: "Vustrin: Overweight, PT €142. The 75-jet Abthorpe order lifts Vustrin's backlog.",
    parties: ['Abthorpe', 'Vustrin'],
    reason: 'a note may name the firm it rates (or its ticker) before a colon or dash, with the rating and price target after it',
  },
  {
    name: 'rated-ticker',
    example: 'KVLR: the Tarvo renewal is 4-yr, $96m TCV; backlog now $1.1bn.',
    parties: ['Tarvo', 'KVLR'],
    reason: 'a note may open with the ticker it covers alone before a colon, a bar or a dash, with no rating; the deal its note tells with one side named has that firm on the other',
  },
  {
    name: 'rated-firm-gerund',
    example: 'Terravo (TRVO) — Outperform, PT $74. Paying $230m for Quillrow looks rich, but the data layer plugs a gap.',
    parties: ['Terravo', 'Quillrow'],
    reason: 'a note\'s sentence that opens with a deal verb\'s gerund tells what the rated firm does; its other side is the name after it',
  },
  {
    name: 'rated-partner',
    example: 'Kelmora — Buy, TP NOK 92. 6x LNGC fixed to Tarvo. 7yr firm + opts, ~$90m p.a. across the six hulls.',
    parties: ['Kelmora', 'Tarvo'],
    reason: "a note's sentence of figures that names no side tells the deal of the firm the note rates with the one other firm the note names",
  },
  {
    name: 'rated-alone',
    example: 'Ulvenor (Buy, PT $41). The new Danish licensing pact, at up to $1.6bn, backs the platform.',
    parties: ['Ulvenor', ''],
    reason: "a note's deal that names no side, in a note that names no firm but the one it rates, is that firm's; the other side is left to the corpus (`one-party-joins`)",
  },
  {
    name: 'speaker-firm',
    example: 'Q: What is the term of the Siskin contract? A (Rhona Vell, CFO, Brisco Foods): Six years, at $40 million a year.',
    parties: ['Siskin', 'Brisco Foods'],
    reason: 'in a transcript, the firm whose officer the label names speaks in its turn; a deal its turn, or the question it answers, names with one side has that firm on the other, when the sentence names no other',
  },
  {
    name: 'other-name-after',
    example: 'Otoll snaps up the Abilene campus of Avocet Data for $650 million.',
    parties: ['Otoll', 'Avocet Data'],
    reason: 'a deal word with one side named leaves the nearest other organization after it as the other side',
  },
  {
    name: 'other-name-before',
    example: 'For Grebe Systems, the 12-launch contract signed by Oglan is its largest.',
    parties: ['Oglan', 'Grebe Systems'],
    reason: 'with no name after the deal word, the nearest organization before it is the other side',
  },
  {
    name: 'headline',
    example: 'Kinnern lands Darrholm. A$140m a year, for eight years.',
    parties: ['Kinnern', 'Darrholm'],
    reason: 'a short sentence of a name, a verb and a name is a headline announcing a deal; the figures after it are its terms',
  },
  {
    name: 'paragraph-pair',
    example: 'Grebe is delighted to welcome Oglan as a partner. The six-year partnership is worth $40 million a year.',
    parties: ['Grebe', 'Oglan'],
    reason: 'a deal sentence that names no side belongs to the only two organizations its paragraph names',
  },
  {
    name: 'figure-pair',
    example: 'Coshard and Hostsund Energy: $1 billion over twelve years.',
    parties: ['Coshard', 'Hostsund Energy'],
    reason: 'a sentence of figures that names two organizations states a deal between them',
  },
];

/** Prepositions of place ("at" also aims: "a second go at Siskin"): "in Kellsmoor", "near Tarvo". */
const LOCATIVE: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'inside']);

/** Last words of a place's name that make it a public body's: "Tovenna Valley Metro", "Brackmoor Transit". */
const PLACE_BODY_ENDS: ReadonlySet<string> = new Set(['metro', 'transit', 'railways', 'tramways', 'waterworks', 'utilities']);

/** A name that can stand on one side of a deal: an organization-like name, not a person or a place alone (`personShaped`: a name shaped like a person's counts, where only firms stand). */
export function canBeParty(sentence: Sentence, m: Mention, personShaped = false): boolean {
  if (m.kind !== 'name' || (m.personLike && !personShaped)) return false;
  const run = sentence.tokens.slice(m.first, m.last + 1);
  // ("a contract from Tovenna Valley Metro": a place's name that ends in a body's or a firm's word names that body.)
  const placeOnly = run.every((t) => t.tags.has('Place')) && !m.rule && !PLACE_BODY_ENDS.has(run[run.length - 1]!.norm) && !ORGANIZATION_WORDS.has(run[run.length - 1]!.norm);
  return !placeOnly && !inRegion(sentence.tokens, m);
}

/** A name a paragraph pairs with another: a party-like name, not a region a preposition of place puts a thing in ("in the Nordics"). */
function pairable(sentence: Sentence, m: Mention): boolean {
  return canBeParty(sentence, m) && !(sentence.tokens[m.first - 1]?.norm === 'the' && LOCATIVE.has(sentence.tokens[m.first - 2]?.norm ?? ''));
}

/** "Fendar Financial ... Fendar": a shorter or longer form of the known side is that side again. */
export const firstWord = (name: string): string => name.toLowerCase().split(/\s+/)[0] ?? '';

/**
 * The other side for a claim that names one: the firm an analyst note rates (`rated`, see `ratedFirm`), else the
 * nearest party-like name after the deal word, else before it. `at` is the token of the deal word.
 */
export function otherSide(text: string, sentence: Sentence, mentions: readonly Mention[], known: Party, at: number, rated: Party | null = null): Party | null {
  // ("Oglan — Outperform, TP €27. Vivock's 30-aircraft Skyrren commitment": an owner named before the deal word is its side, not the rated parent.)
  const owner = mentions.find((m) => m.possessive && m.last < at && at - m.last <= 4 && canBeParty(sentence, m) && firstWord(cleanName(m.name)) !== firstWord(known.canonical));
  if (rated && !owner && firstWord(rated.canonical) !== firstWord(known.canonical)) return rated;
  // ("Binnby has acquired six packages for £1.1bn; Cuskgate has secured two": a name that opens the clause
  // after a semicolon is the subject of another deal; "...; we lift our Kinnern target" still names the other side.)
  // ("...; Banco Quilmby's Veiga called the collapse 'not a shock'": a clause after a semicolon that opens with a name
  // is another statement.)
  const tokens = sentence.tokens;
  const semicolon = (m: Mention) => {
    for (let k = Math.min(at, m.first); k < Math.max(at, m.first); k++) {
      if (tokens[k]!.post.includes(';') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && !tokens[k + 1]!.tags.has('Pronoun')) return true;
    }
    return false;
  };
  const sameClause = (m: Mention) => !tokens[m.first - 1]?.post.includes(';') && !semicolon(m);
  // ("Voskrin Traction, a unit of Hidan Werke, said the order ...": the known side's parent in its appositive is its family.)
  const knownMention = mentions.find((m) => m.start === known.span.start);
  // ("The contract with Siskin Brewing ..., the Bergen-listed haulier said": a description the paragraph resolves stands for its firm.)
  const described = (m: Mention) => m.rule === 'description' && m.refersTo?.length === 1;
  const nameOf = (m: Mention) => (described(m) ? m.refersTo![0]!.name : m.name);
  // ("welcomed by farmers at a meeting in Kellsmoor": a name after a preposition of place says where, when no deal word's
  // preposition marked it.)
  const located = (m: Mention) => LOCATIVE.has(tokens[m.first - 1]?.norm ?? '');
  const candidates = mentions.filter((m) => (canBeParty(sentence, m) || described(m)) && firstWord(cleanName(nameOf(m))) !== firstWord(known.canonical) && sameClause(m)
    && !(knownMention && inAppositiveOf(tokens, knownMention, m)) && !located(m));
  const after = candidates.filter((m) => m.first > at);
  const before = candidates.filter((m) => m.last < at).reverse();
  const pick = after[0] ?? before[0];
  if (!pick) return null;
  const party = partyOf(text, pick);
  if (!party) return null;
  if (party.rule === GENERIC_PARTY_RULE) return party;
  return { ...party, certainty: 'implied', rule: after[0] ? 'other-name-after' : 'other-name-before' };
}

/**
 * The two organizations a paragraph names, in the order it first names them, when it names exactly two; null
 * otherwise. Speakers, people and places are no organizations (`canBeParty`).
 */
export function paragraphPair(text: string, sentences: readonly Sentence[], mentions: readonly (readonly Mention[])[]): [Party, Party] | null {
  const firms: Mention[] = [];
  for (const [k, sentence] of sentences.entries()) {
    for (const m of mentions[k]!) {
      if (!pairable(sentence, m)) continue;
      const same = firms.findIndex((f) => sameFirm(f.name, m.name));
      if (same < 0) firms.push(m);
      // (The longer form names the firm better: "Kiskworth" then "Kiskworth Motors".)
      else if (m.name.length > firms[same]!.name.length) firms[same] = m;
      if (firms.length > 2) return null;
    }
  }
  if (firms.length !== 2) return null;
  const [a, b] = firms.map((m) => partyOf(text, m));
  if (!a || !b) return null;
  return [{ ...a, certainty: 'implied', rule: 'paragraph-pair' }, { ...b, certainty: 'implied', rule: 'paragraph-pair' }];
}

/** How many sentences back a deal sentence that names no side looks for the two firms it is about. */
const PAIR_LOOKBACK = 2;

/**
 * `preceding-pair` for a deal sentence that names no side when its paragraph names more than two firms: the two firms
 * of the nearest sentence before it that names any ("HOST: So Tarvo went big at Siskin this week. GUEST: Thirty jets,
 * about $3.6 billion at list."), if that sentence names exactly two and made no deal of its own with both sides.
 */
export function precedingPair(text: string, sentences: readonly Sentence[], mentions: readonly (readonly Mention[])[], at: number, paired: ReadonlySet<number>): [Party, Party] | null {
  for (let k = at - 1; k >= Math.max(0, at - PAIR_LOOKBACK); k--) {
    // (A sentence whose own deal names its two sides tells that deal, not the one the figures after it belong to.)
    if (paired.has(k)) return null;
    const firms: Mention[] = [];
    for (const m of mentions[k]!) if (pairable(sentences[k]!, m) && !firms.some((f) => sameFirm(f.name, m.name))) firms.push(m);
    if (firms.length === 0) continue;
    if (firms.length !== 2) return null;
    const [a, b] = firms.map((m) => partyOf(text, m));
    return a && b ? [{ ...a, certainty: 'implied', rule: 'preceding-pair' }, { ...b, certainty: 'implied', rule: 'preceding-pair' }] : null;
  }
  return null;
}

/**
 * `speaker-firm` for a deal sentence that names no side: the officer's firm that speaks it, and the one other firm its
 * paragraph names ("MARA VELL, CEO, Brisco: On Osprey — yes, we closed it. Twelve jets, twelve-year leases.").
 * `rated-partner` reads a note the same way, with the firm it rates for the speaker's.
 */
export function speakerPartner(text: string, sentences: readonly Sentence[], mentions: readonly (readonly Mention[])[], speaker: Party, rule = 'speaker-firm'): [Party, Party] | null {
  const others: Mention[] = [];
  for (const [k, sentence] of sentences.entries()) {
    for (const m of mentions[k]!) {
      if (!pairable(sentence, m) || sameFirm(m.name, speaker.canonical) || firstWord(cleanName(m.name)) === firstWord(speaker.canonical)) continue;
      if (!others.some((o) => sameFirm(o.name, m.name))) others.push(m);
      if (others.length > 1) return null;
    }
  }
  const partner = others[0] ? partyOf(text, others[0]) : null;
  return partner ? [{ ...speaker, certainty: 'implied', rule }, { ...partner, certainty: 'implied', rule }] : null;
}

/** Nouns that tie two names as parent and part: "Quillby's parent, Tarvo", "Siskin, a unit of Tarvo". */
const TIE_NOUNS: ReadonlySet<string> = new Set(['parent', 'owner', 'backer', 'unit', 'subsidiary', 'arm', 'division', 'affiliate']);

/** Prepositions that mark a deal's other side before a name: "960MW for Nonlan", "an order from Nonlan". */
const OTHER_SIDE_MARKERS: ReadonlySet<string> = new Set(['for', 'from', 'with', 'to']);

/**
 * "Coshard and Hostsund Energy: $1 billion over twelve years": the first two distinct party-like names. In a note
 * that rates a firm named by neither, a name marked as the other side ("960MW for Nonlan") pairs with the rated firm.
 */
export function figurePair(text: string, sentence: Sentence, mentions: readonly Mention[], rated: Party | null = null): [Party, Party] | null {
  const names: Mention[] = [];
  for (const m of mentions) {
    if (!canBeParty(sentence, m)) continue;
    if (names.some((n) => cleanName(n.name).toLowerCase() === cleanName(m.name).toLowerCase())) continue;
    names.push(m);
    if (names.length === 2) break;
  }
  if (names.length < 2) return null;
  // ("Quillby's parent, Tarvo Holdings, reported ...", "Siskin, a unit of Tarvo: ..."): two names the sentence ties as
  // parent and part stand on one side, no deal between them.
  // ("Tarvo's drinks unit goes to Brisco": a verb or another preposition between makes a deal of them again.)
  const between = sentence.tokens.slice(names[0]!.last + 1, names[1]!.first);
  const tied = between.length <= 4 && between.some((t) => TIE_NOUNS.has(t.norm))
    && between.every((t) => TIE_NOUNS.has(t.norm) || /^(?:a|an|the|of|its)$/.test(t.norm) || (!t.tags.has('Verb') && !t.tags.has('Preposition')));
  if (tied) return null;
  const [a, b] = names.map((m) => partyOf(text, m));
  if (!a || !b) return null;
  const marked = names.find((m) => OTHER_SIDE_MARKERS.has(sentence.tokens[m.first - 1]?.norm ?? ''));
  if (rated && marked && names.every((m) => firstWord(cleanName(m.name)) !== firstWord(rated.canonical))) {
    const other = partyOf(text, marked);
    if (other) return [rated, { ...other, certainty: 'implied', rule: 'figure-pair' }];
  }
  return [a, b.rule === GENERIC_PARTY_RULE ? b : { ...b, certainty: 'implied', rule: 'figure-pair' }];
}

/** The most words of a verbless line that a slashed pair heads past its heading's words. */
const MOST_SLASHED_LINE_WORDS = 16;

/**
 * "Kinnern lands Darrholm.", "Hawthorn inks Nimbus.", "Otoll snaps up Avocet": a name, one to three verb words and a
 * name, and nothing else; or a verbless "Lendholm/QIA.". Returns the two names and the verb's first token, if any.
 */
export function headline(sentence: Sentence, mentions: readonly Mention[]): { actor: Mention; verb: number | null; counterparty: Mention } | null {
  const names = mentions.filter((m) => canBeParty(sentence, m));
  if (names.length < 2) return null;
  // ("TELECOM M&A BRIEF: Tarvo/Siskin -- towers, GH + CI": a slashed pair after a heading's words, in a verbless line.)
  const slashedAt = names.findIndex((m, k) => k > 0 && names[k + 1]?.first === m.last + 1 && sentence.tokens[m.last]!.post === '/');
  if (slashedAt > 0 && sentence.tokens.length <= MOST_SLASHED_LINE_WORDS && !sentence.tokens.some((t) => t.tags.has('Verb'))) {
    return { actor: names[slashedAt]!, verb: null, counterparty: names[slashedAt + 1]! };
  }
  if (sentence.tokens.length > 9) return null;
  const [actor, counterparty] = names as [Mention, Mention];
  if (cleanName(actor.name) === cleanName(counterparty.name)) return null;
  // "Lendholm/QIA.", "Deal sheet - Linneth/Feldspar.": a slashed pair with no verb heads the figures that follow.
  const slashed = sentence.tokens[actor.last]!.post === '/' && counterparty.first === actor.last + 1;
  if (slashed && !sentence.tokens.some((t) => t.tags.has('Verb'))) return { actor, verb: null, counterparty };
  if (actor.first > 0) return null;
  const between = sentence.tokens.slice(actor.last + 1, counterparty.first);
  const verbLike = (t: Sentence['tokens'][number]) => t.tags.has('Verb') || t.tags.has('Particle') || t.tags.has('Adverb') || t.tags.has('PhrasalVerb');
  if (between.length === 0 || between.length > 3 || !between.every(verbLike) || !between.some((t) => t.tags.has('Verb'))) return null;
  return { actor, verb: actor.last + 1, counterparty };
}

/** What joins a digest item's two names: "Tarvo/Siskin", "Tarvo-Siskin", "Tarvo–Siskin". */
const PAIR_JOINS = /^[-/\u2013]$/;

/** The items of a digest's line: its tokens between semicolons, as `[first, last]` token ranges. */
function semicolonItems(tokens: Sentence['tokens']): [number, number][] {
  const items: [number, number][] = [];
  let first = 0;
  tokens.forEach((t, k) => {
    if (!t.post.includes(';') && k < tokens.length - 1) return;
    items.push([first, k]);
    first = k + 1;
  });
  return items;
}

/**
 * "Deal sheet - Tarvo/Siskin: €260m EV; Brisco buys 15% of Harlow; ...": in a digest's line of items
 * set apart by semicolons, an item that opens (after its label) with two names joined by a slash or a hyphen, then a
 * colon or a comma, and has no verb, is a deal of those two whose figures are the item's. Returns each such pair with
 * the tokens of its item. Lines without semicolons are read by `headline`.
 */
export function digestPairs(sentence: Sentence, mentions: readonly Mention[]): { actor: Mention; counterparty: Mention; first: number; last: number }[] {
  const { tokens } = sentence;
  const items = semicolonItems(tokens);
  if (items.length < 2) return [];
  const found: { actor: Mention; counterparty: Mention; first: number; last: number }[] = [];
  for (const [first, last] of items) {
    const names = mentions.filter((m) => m.first >= first && m.last <= last && canBeParty(sentence, m));
    const actor = names.find((m, k) => names[k + 1]?.first === m.last + 1 && PAIR_JOINS.test(tokens[m.last]!.post));
    const counterparty = actor && names[names.indexOf(actor) + 1];
    if (!actor || !counterparty || cleanName(actor.name) === cleanName(counterparty.name)) continue;
    // (The pair opens the item, or follows its label: "Deal sheet - Tarvo/Siskin: ...".)
    const opens = actor.first === first || /(?::|\s[-\u2013\u2014])\s*$/.test(tokens[actor.first - 1]!.post);
    if (!opens || !/^[:,]/.test(tokens[counterparty.last]!.post)) continue;
    if (tokens.slice(counterparty.last + 1, last + 1).some((t) => t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun'))) continue;
    found.push({ actor, counterparty, first, last });
  }
  return found;
}

/**
 * "DE | Tarvo -> Siskin | wind | 120 MW": two names with an arrow between them are a deal's sides, the first giving
 * (it sells, supplies, lends) and the second receiving. Returns the first such pair of the sentence, or null.
 */
export function arrowPair(text: string, sentence: Sentence, mentions: readonly Mention[]): { actor: Mention; counterparty: Mention } | null {
  // (A tracker's arrow joins firms: a name shaped like a person's, "Delmarsh Compute", is a firm's there.)
  const names = mentions.filter((m) => canBeParty(sentence, m, true));
  for (let k = 0; k + 1 < names.length; k++) {
    const actor = names[k]!, counterparty = names[k + 1]!;
    const between = text.slice(sentence.tokens[actor.last]!.end, sentence.tokens[counterparty.first]!.start).trim();
    if (cleanName(actor.name) === cleanName(counterparty.name)) continue;
    if (ARROW.test(between)) return { actor, counterparty };
    // ("Delmarsh <- Quorrel | wind | 75 MW": the arrow points from the giver.)
    if (BACK_ARROW.test(between)) return { actor: counterparty, counterparty: actor };
  }
  return null;
}

/** A price target's label: "TP 640p", "PT $41", "target price". */
const TARGET_WORDS: ReadonlySet<string> = new Set(['tp', 'pt', 'target']);

/**
 * "HLVR: Overweight, PT $41", "Zirlvik - Hold, TP 640p": a name, a colon or dash, a rating and a price target
 * within a few words.
 */
function ratedAfterColon(tokens: Sentence['tokens'], last: number): boolean {
  if (!/^\s*(?::|[-\u2013\u2014])\s+$/.test(tokens[last]!.post)) return false;
  const word = (k: number) => tokens[k]?.norm.replace(/[;,:.]/g, '') ?? '';
  // ("PBM: Upgrade to Buy, PT A$1.90", "KLVR: Reiterate Overweight": a change of rating before the rating.)
  let at = last + 1;
  if (RATING_CHANGES.has(word(at))) at += /^(?:to|at)$/.test(word(at + 1)) ? 2 : 1;
  if (!RATING_WORDS.has(word(at))) return false;
  return tokens.slice(at + 1, at + 5).some((t) => TARGET_WORDS.has(t.norm.replace(/[;,:.]/g, '')));
}

/** What ends a ticker's label: a colon, a bar or a dash set off by spaces. */
const TICKER_LABEL_END = /^(?::|\s*\||\s+[-\u2013\u2014])/;

/** The index of the closing word of a rating in parentheses right after token `k` ("(Buy, TP NOK 92)"), or null. */
function ratingInParentheses(tokens: Sentence['tokens'], k: number): number | null {
  if (!tokens[k]!.post.includes('(') && !tokens[k + 1]?.pre.includes('(')) return null;
  let close = k + 1;
  while (close < tokens.length - 1 && close < k + 14 && !tokens[close]!.post.includes(')')) close++;
  const rating = tokens.slice(k + 1, close + 1).some((t) => RATING_WORDS.has(t.norm.replace(/[;,:)(]/g, '')));
  return rating && tokens[close]!.post.includes(')') ? close : null;
}

/**
 * "KVLR: the Tarvo renewal ...", "$KVLR: ...", "KVLR NO | ...", "KVLR NO (Buy, TP NOK 92): ...": the ticker a note opens
 * with, alone or with its rating, before a colon, a bar or a dash. Null for a transcript's speaker ("HOST:", "MIRA:", or
 * any label where later turns open with labels too), a role, or a word the lexicon knows ("UPDATE:", "FLEET:") that no
 * exchange code, cashtag or rating marks as a ticker.
 */
export function ratedTicker(text: string, sentences: readonly Sentence[], mentions: readonly (readonly Mention[])[]): Party | null {
  const tokens = sentences[0]?.tokens;
  const first = tokens?.[0];
  if (!tokens || !first) return null;
  const cashtag = /^\$[A-Z][A-Z0-9]{0,5}$/.test(first.text);
  // ("CIR.UN — Outperform": a ticker may carry its listing's class after a dot.)
  if (!cashtag && !/^[A-Z]{2,6}(?:\.[A-Z]{1,2})?$/.test(first.text)) return null;
  // ("KLMS US -- OUTPERFORM": a line in capitals is read in sentence case, so the code is looked up as written.)
  const second = tokens[1];
  const coded = /^\s+$/.test(first.post) && second !== undefined && TICKER_COUNTRY_CODES.has(text.slice(second.start, second.end));
  const label = coded ? 1 : 0;
  // ("KVLR NO (Buy, TP NOK 92): ...": a rating in parentheses may stand between the ticker and the colon.)
  const rated = ratingInParentheses(tokens, label);
  const end = rated ?? label;
  // ("QRLX NO | Somerby TCs: ...": a bar set off by spaces is a token of its own.)
  const barAfter = tokens[label + 1]?.text === '|';
  if (!(rated !== null || barAfter || TICKER_LABEL_END.test(tokens[label]!.post)) || end >= tokens.length - 1) return null;
  const word = first.text.replace(/^\$/, '').toLowerCase();
  if (ROLE_LABELS.has(word) || (!cashtag && !coded && rated === null && (isOrdinaryWord(word) || isLexiconWord(word)))) return null;
  if (sentences.slice(1).some((s) => speakerLabel(s.tokens, 0) !== null)) return null;
  const code = first.text.replace(/^\$/, '').replace(/\.[A-Z]{1,2}$/, '');
  const start = first.start + (cashtag ? 1 : 0);
  // ("DSKM LN - Diskmoor Foods: ...": a name of the note that the ticker's letters run through is its firm.)
  const named = mentions.flat().find((m) => m.kind === 'name' && !m.personLike && lettersInOrder(code.toLowerCase(), cleanName(m.name).toLowerCase().replace(/[^\p{L}]/gu, '')));
  const canonical = named ? cleanName(named.name) : code;
  return { canonical, text: text.slice(start, first.end), span: { start, end: first.end }, kind: 'organization', certainty: 'implied', rule: 'rated-ticker' };
}

/** The most words a note's rated name takes before its colon or dash. */
const MOST_LABEL_WORDS = 3;

/**
 * "Brindle — Hold, TP 412p. ...": capitalized words that open a note before a colon or dash and a rating with its
 * price target name the rated firm even when the note names it nowhere else, so no mention was found for them.
 */
function labelBeforeRating(text: string, tokens: Sentence['tokens']): Party | null {
  for (let last = 0; last < Math.min(MOST_LABEL_WORDS, tokens.length - 1); last++) {
    // (A label in capitals is a ticker's, read by `ratedTicker`: "DSKM LN - Buy, TP 480p".)
    if (!/^\p{Lu}\p{Ll}/u.test(tokens[last]!.text)) return null;
    if (last > 0 && !/^\s+$/.test(tokens[last - 1]!.post)) return null;
    if (!ratedAfterColon(tokens, last)) continue;
    if (last === 0 && ROLE_LABELS.has(tokens[0]!.norm)) return null;
    const start = tokens[0]!.start, end = tokens[last]!.end;
    const name = cleanName(text.slice(start, end));
    return { canonical: name, text: text.slice(start, end), span: { start, end }, kind: 'organization', certainty: 'implied', rule: 'rated-firm-after-colon' };
  }
  return null;
}

/**
 * "Seshand (Buy, TP KRW 164,000): ...", "HLVR: Overweight, PT $41.", "Milard (7099 JP; Buy; TP ¥2,850).": the firm an analyst note rates, named
 * first in its first sentence with a rating in parentheses right after it, or with its ticker alone in them before a
 * dash or colon; words before a rating that no mention was found for are read by `labelBeforeRating`. Null when the
 * text opens otherwise.
 */
export function ratedFirm(text: string, sentence: Sentence, mentions: readonly Mention[]): Party | null {
  const first = mentions.find((m) => m.kind === 'name');
  const { tokens } = sentence;
  // (A rated name is a firm's, even one shaped like a surname: "Haldisson (HALV NO, Buy)".)
  if (!first || first.first !== 0) return labelBeforeRating(text, tokens);
  if (ratedAfterColon(tokens, first.last)) {
    const party = partyOf(text, first);
    return party && { ...party, kind: 'organization', certainty: 'implied', rule: 'rated-firm-after-colon' };
  }
  if (!tokens[first.last]!.post.includes('(') && !tokens[first.last + 1]?.pre.includes('(')) return null;
  let end = first.last + 1;
  while (end < tokens.length - 1 && end < first.last + 14 && !tokens[end]!.post.includes(')')) end++;
  // ("Kallang (KLG AU): Overweight, PT A$4.10", "Harlow (HRLW IM) - Buy": the rating may follow the parentheses.)
  // ("Tarvo (TRV IN) | ADD | TP Rs388": a bar after the parentheses may end the sentence, so the rating is read from the text.)
  const after = text.slice(tokens[end]!.end, tokens[end]!.end + 40);
  const barredRating = /^\)\s*\|\s*([\p{L}-]+)/u.exec(after)?.[1];
  const rated = tokens.slice(first.last + 1, end + 3).some((t) => RATING_WORDS.has(t.norm.replace(/[;,:)(]/g, '')))
    || (barredRating !== undefined && RATING_WORDS.has(barredRating.toLowerCase()));
  // ("Tarvo Renewables (TRVO) - Siskin offtake de-risks the build.": a ticker alone in the parentheses, then a dash or
  // a colon, heads a note on the firm even without a rating.)
  const ticker = tokens.slice(first.last + 1, end + 1).every((t) => /^[A-Z0-9.]{1,6}\)?$/.test(t.text)) && /\)\s*(?::|\s[-\u2013\u2014])\s+$/.test(tokens[end]!.post);
  if (!rated && !ticker) return null;
  const party = partyOf(text, first);
  return party && { ...party, kind: 'organization', certainty: 'implied', rule: 'rated-firm' };
}

/** Crowds a deal word may name its other side by: "raise $250 million from investors", "a loan from a group of banks". */
const UNNAMED_SIDES: ReadonlySet<string> = new Set(['investors', 'shareholders', 'banks', 'lenders', 'institutions', 'backers', 'bondholders',
  'noteholders', 'buyers', 'bidders', 'customers', 'clients', 'partners', 'suppliers']);
/** Words between the marker and the crowd: "from a group of banks", "from existing shareholders". */
const CROWD_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'group', 'of', 'syndicate', 'existing', 'new', 'institutional',
  'private', 'outside', 'other', 'several', 'various', 'some', 'local', 'global', 'international', 'strategic', 'financial']);

/**
 * "will raise A$250 million from investors to help pay for a stake in Tarvo's project": a deal word whose marker names its
 * other side by a crowd has that side, nobody in particular; no other name of the sentence fills it.
 */
export function unnamedOtherSide(sentence: Sentence, trigger: number): boolean {
  const tokens = sentence.tokens;
  // ("tapping shareholders for A$250m": the crowd as the verb's object.)
  if (UNNAMED_SIDES.has(tokens[trigger + 1]?.norm ?? '')) return true;
  for (let k = trigger + 1; k < Math.min(tokens.length, trigger + 8); k++) {
    const t = tokens[k]!;
    if (/^\p{Lu}/u.test(t.text) && !/\d/.test(t.text) && !t.tags.has('Value')) return false;
    if (/^(?:from|by|with|to)$/.test(t.norm)) {
      let j = k + 1;
      while (j < k + 5 && CROWD_FILLERS.has(tokens[j]?.norm ?? '')) j++;
      // ("a loan from banks led by Osprey", "with funds managed by Brisco": a crowd a name leads or runs is that name's.)
      return UNNAMED_SIDES.has(tokens[j]?.norm ?? '') && !/^(?:led|managed|advised|run|arranged|including|such|of|by|at|in)$/.test(tokens[j + 1]?.norm ?? '');
    }
    if (/[,;.:]/.test(t.post)) return false;
  }
  return false;
}

/** `speaker-firm`: the firm whose officer speaks in a transcript's turn is the other side of a deal its turn names with one side. */
export function speakerSide(known: Party, speaker: Party | null): Party | null {
  if (!speaker || firstWord(speaker.canonical) === firstWord(known.canonical)) return null;
  return { ...speaker, certainty: 'implied', rule: 'speaker-firm' };
}
