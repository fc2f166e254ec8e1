import type { Sentence, Token } from '../text/document.js';
import { COMMENTATOR_NOUNS, ISO_CURRENCY_CODES, OFFICER_TITLES, RIC, ricRoot, RATING_CHANGES, RATING_WORDS, ROLE_LABELS, STOCK_EXCHANGES, TICKER_COUNTRY_CODES, TITLE_FILLERS } from '../lexicon/names.js';
import { LEGAL_SUFFIXES, ORGANIZATION_WORDS } from '../lexicon/words.js';
import { isCommonWord, isOrdinaryWord, isPlaceName } from '../text/nlp.js';
import { isWordNetWord } from '../lexicon/english-words.js';
import { openingTime } from './time-places.js';
import { isFieldLabel, labelStart } from './fields.js';
import { countedNames, goodsTitles, isCapitalized, namedGoods, ownedModels, ownedUndertakings, productAppositions, projectNames } from './goods-titles.js';

/**
 * Words around a text that name no party: a dateline ("OSLO, May 4 -"), a location prefix ("Brazil:"),
 * a ticker ("(NYSE: SEP)") or an acronym the text defines for the name before it ("(WBM)").
 * Each rule is a record: what it marks, an example and why; `decorate` runs them in order.
 */
export interface Decorations {
  /** Token indexes of a sentence that are never (part of) a party's name. */
  skip: Set<number>;
  /** "Waskris Brothers Media (WBM)": the acronym, and the token index where the name it stands for ends. */
  acronyms: { acronym: string; nameEnd: number }[];
  /** The first word of a turn after a speaker label, which opens its sentence ("GUEST: Can they pay?"). */
  turnOpens: Set<number>;
  /** "CEO Annika Valmen, Hestmont Energie AG:": the firm an officer's label names, whose "we" the turn's is. */
  labelFirm?: { first: number; last: number };
  /** Of `skip`, the words of a name the text gives goods ("the Brindle brand", `goods-titles.ts`). */
  goods: Set<number>;
  /** Of `skip`, names set aside after ", not" ("going to Siskin, not Tarvo,"): the token the set-aside name follows, and the name's own tokens. */
  setAside?: { after: number; first: number; last: number }[];
  /** Of `skip`, the last word of a newsletter section's label ("Deals round-up -"), whose words name no deal either. */
  sectionLabelEnd?: number;
}

export interface DecorationRule {
  name: string;
  example: string;
  /** The words of `example` this rule marks. */
  marks: string[];
  reason: string;
  apply(sentence: Sentence, decorations: Decorations): void;
}

/** Capitals of any script: "OSLO", "SÃO", "ZÜRICH". */
const ALL_CAPS = /^\p{Lu}[\p{Lu}.&'/-]*[\p{Lu}.]$/u;
/** " - ", " -- ", "—", ") - " after "(Wire)": a dash that separates, not the hyphen of "four-year". */
const isSeparatingDash = (post: string): boolean => /[\u2013\u2014\u2015]/.test(post) || /^[)\]/]?\s+-+\s*$|^[)\]/]?\s*-+\s+$/.test(post);

/** Where a parenthesis opened at `open` closes, or -1. */
function closing(tokens: readonly Token[], open: number): number {
  for (let k = open; k < Math.min(tokens.length, open + 8); k++) if (tokens[k]!.post.includes(')')) return k;
  return -1;
}

const isExchange = (token: Token): boolean => STOCK_EXCHANGES.has(token.text.replace(/[:;,]$/, '').toUpperCase());

/**
 * "SAN JOSE, Calif., Nov 21 -", "OSLO (Wire) -": capitals at a paragraph's start, up to the dash. (A press release's
 * dateline opens the line under its headline: "... Orders Eight Vessels\n\nPIRAEUS, Greece, January 28, 2025 -- ...".)
 */
/** Month names and their short forms as a dateline writes them: "11 March", "Sept 18", "Feb. 3". */
const DATELINE_MONTHS = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$/;

/** "Osaka, ", "Madrid / Dublin, ": places in title case, a slash between two, then the comma of a dateline. */
function titlePlaces(tokens: readonly Token[]): boolean {
  for (let k = 0; k < Math.min(tokens.length, 3); k++) {
    const t = tokens[k]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
    if (/^,\s/.test(t.post)) return true;
    if (!/^\s*\/\s*$/.test(t.post)) return false;
  }
  return false;
}

/** The most words a dateline with no date takes before its dash: "SAN JOSE, Calif. -", "RIO DE JANEIRO -". */
const MOST_UNDATED_DATELINE_WORDS = 5;

function dateline(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  // ("Nomvik books six carriers. SEOUL/OSLO, March 14, 2024 (Nordwire) - ...": after a headline on the same line, a
  // dateline needs its capitals and its date.)
  const afterHeadline = sentence.index === 1 && !sentence.opensLine;
  if ((sentence.index !== 0 && !sentence.opensLine && !afterHeadline) || tokens.length < 3) return;
  // ("Osaka, March 5, 2026 - Huthmere ...": a place in title case opens a dateline when a date comes before the dash.)
  const capitals = ALL_CAPS.test(tokens[0]!.text.replace(/,$/, ''));
  if (!capitals && (afterHeadline || !titlePlaces(tokens))) return;
  for (let k = 0; k < Math.min(tokens.length - 1, 10); k++) {
    // ("HOST: Tarvo is buying Siskin — ...": a colon before the dash ends a speaker's or a section's label, not a dateline.)
    if (tokens[k]!.post.includes(':')) return;
    // ("SAN JOSE, Calif. – Tarvo ...": the tagger may hang the dash on the next word.)
    if (isSeparatingDash(tokens[k]!.post) || /^[-\u2010-\u2015\u2212]+$/.test(tokens[k + 1]?.text ?? 'x') || /^[\u2013\u2014\u2015]\s*$|^-+\s+$/.test(tokens[k + 1]?.pre ?? '')) {
      // ("Oslo, 11 March - ": a month beside a day is a date whatever the tagger made of it.)
      const dated = tokens.slice(1, k + 1).some((t, i, all) => /^(?:19|20)\d\d$/.test(t.text) || t.tags.has('Date')
        || (DATELINE_MONTHS.test(t.text) && [all[i - 1], all[i + 1]].some((n) => n !== undefined && /^\d{1,2}(?:st|nd|rd|th)?,?$/.test(n.text))));
      if ((!capitals || afterHeadline) && !dated) return;
      // ("TARVO MOTORS LIMITED - Notice ...": capitals that end in a legal suffix are the filer's name, no place.)
      if (!dated && LEGAL_SUFFIXES.has(tokens[k]!.text.replace(/,$/, '').toLowerCase())) return;
      // ("QUORREL TO BUY TARVO UNIT FOR $2 BLN - SOURCES": capitals with no date are a place or a paper only when short
      // and with no verb or figure outside parentheses, "OSLO (translated) -"; a flash headline runs on to its source.)
      const sayMore = (t: Token) => !t.parenthetical && (t.tags.has('Verb') || t.tags.has('Value'));
      if (!dated && (k >= MOST_UNDATED_DATELINE_WORDS || tokens.slice(0, k + 1).some(sayMore))) return;
      for (let j = 0; j <= k; j++) d.skip.add(j);
      return;
    }
  }
}

/** "United Kingdom: The government will ...", "Brazil: ...": a place that opens a paragraph and ends in a colon. */
function locationPrefix(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  if (sentence.index !== 0) return;
  for (let k = 0; k < Math.min(tokens.length - 1, 3); k++) {
    const words = tokens.slice(0, k + 1);
    const place = words.some((t) => t.tags.has('Place')) || isPlaceName(words.map((t) => t.norm.replace(/:$/, '')).join(' '));
    if (!/^\p{Lu}/u.test(tokens[k]!.text) || !place) continue;
    if (tokens[k]!.post.trim().startsWith(':')) {
      for (let j = 0; j <= k; j++) d.skip.add(j);
      return;
    }
  }
}

/** Whether a word opens an analyst's rating: "Buy", "Overweight", "Upgrade (to Buy)". */
const opensRating = (token: Token | undefined): boolean => {
  const word = token?.norm.replace(/[;,:.]/g, '') ?? '';
  return RATING_WORDS.has(word) || RATING_CHANGES.has(word);
};

/** Newsletter shorthand that labels an item: "ICYMI —", "FYI:". */
const ITEM_LABELS: ReadonlySet<string> = new Set(['icymi', 'fyi', 'tldr', 'tl;dr', 'psa', 'breaking', 'exclusive', 'update', 'updated', 'correction', 'scoop']);
/** Nouns that end a section's label: "Deal Sheet:", "SIGNAL & TRACK BRIEFING -", "Morning wrap:". */
const LABEL_NOUNS: ReadonlySet<string> = new Set(['brief', 'briefs', 'briefing', 'sheet', 'digest', 'roundup', 'round-up', 'wrap', 'wrapup', 'wrap-up', 'update',
  'desk', 'notes', 'bulletin', 'alert', 'watch', 'dispatch', 'recap', 'rundown', 'newsletter', 'memo', 'tracker', 'ticker', 'headlines', 'hits']);

/** The most letters of an acronym that may stand in a masthead: "EV MARKETS ASIA". */
const MASTHEAD_ACRONYM_LETTERS = 3;
/** A word of a masthead in capitals: an English word, a place, or a short acronym ("EV"). */
const isShoutedLabelWord = (t: Token, word: string, english: boolean): boolean =>
  !/\p{Ll}/u.test(t.text) && (english || word === '&' || t.tags.has('Place') || isPlaceName(word) || (/^\p{Lu}+$/u.test(t.text) && t.text.length <= MASTHEAD_ACRONYM_LETTERS));
/** Whether the words after a label, within a few, are written in sentence case: the label alone is shouted. */
const writtenBelowInLowercase = (tokens: readonly Token[], last: number): boolean =>
  tokens.slice(last + 1, last + 6).some((t) => /\p{Ll}/u.test(t.text));

/**
 * "The Rundown: Mahlberg/Vireon ...", "Deal Sheet: Korvane agrees ...", "ICYMI — Korvane and ...": a section's label
 * that opens a newsletter item, up to three English words in title case before a colon or a dash.
 */
function sectionLabel(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  if (sentence.index !== 0 || tokens.length < 3) return;
  let unknown = false;
  let shouted = true;
  for (let k = 0; k < 4 && k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    const word = t.norm.replace(/[:\u2013\u2014-]{1,3}$/, '');
    // ("SIGNAL & TRACK BRIEFING -": an ampersand joins the words of a label.)
    const english = (k === 0 && word === 'the') || (k > 0 && word === '&') || ITEM_LABELS.has(word) || (isOrdinaryWord(word) && !t.tags.has('Place'));
    // ("Shipping briefs:", "Quick hits:": words after the first may be lowercase.)
    if ((k === 0 && !/^\p{Lu}/u.test(t.text)) || t.possessive) return;
    // ("SPORTS DESK AUDIO BRIEF -": a word no word list holds may stand in a label a label's noun ends.)
    unknown ||= !english;
    shouted &&= isShoutedLabelWord(t, word, english);
    // ("PHARMA BRIEF | Tarvo ...", "FREIGHT ROUNDUP \u2022 ...": a bar or a bullet, a word of its own, ends a label too.)
    const bar = /^[|\u2022]$/.test(tokens[k + 1]?.text ?? '');
    const ends = /^\s*:\s/.test(t.post) || /^\s+[\u2013\u2014-]\s+$/.test(t.post) || bar;
    if (!ends) {
      // ("Deals round-up - ...": a hyphen joins the parts of one of its words.)
      if (!/^\s+$/.test(t.post) && t.post !== '-') return;
      continue;
    }
    // ("FREIGHT WATCHER - Tarvo has a buyer ...": a masthead in capitals over words in sentence case, of English
    // words, places and a short acronym, that no word of firms closes, is a label whatever noun ends it.)
    const masthead = shouted && k > 0 && !ORGANIZATION_WORDS.has(word) && !LEGAL_SUFFIXES.has(word) && writtenBelowInLowercase(tokens, k)
      // ("HVK-T | ...": a ticker's parts joined by a hyphen are no words of a masthead.)
      && tokens.slice(0, k).every((w) => /^\s+$/.test(w.post)) && tokens.slice(0, k + 1).some((w) => w.text.length > MASTHEAD_ACRONYM_LETTERS && isOrdinaryWord(w.norm));
    if (unknown && !LABEL_NOUNS.has(word) && !masthead) return;
    // (One word is a label only if newsletters use it so ("Update:"); "Apple:" and "Nuthatch Partners:" may be firms.)
    const words = tokens.slice(0, k + 1).map((w) => w.norm.replace(/[:\u2013\u2014-]{1,3}$/, ''));
    // ("Shipping briefs:": a lowercase word makes no firm's name, whatever the words before it.)
    const titled = tokens.slice(0, k + 1).every((w) => /^\p{Lu}/u.test(w.text));
    // ("PHARMA BRIEF |": a label's noun at the end makes it a label whatever words of firms stand before it.)
    if ((titled && words.some((w) => ORGANIZATION_WORDS.has(w)) && !LABEL_NOUNS.has(word) && !masthead) || (words.length === 1 && !ITEM_LABELS.has(words[0]!))) return;
    // ("Vustrin: Overweight, PT €142": a firm before its rating is the note's subject.)
    if (opensRating(tokens[k + 1])) return;
    const last = bar ? k + 1 : k;
    for (let j = 0; j <= last; j++) d.skip.add(j);
    d.turnOpens.add(last + 1);
    d.sectionLabelEnd = last;
    return;
  }
}

/** Words a flash headline closes on after a dash to say where it comes from: "-- STATEMENT", "- SOURCES". */
const FLASH_SOURCES: ReadonlySet<string> = new Set(['statement', 'sources', 'source', 'report', 'reports', 'filing', 'document', 'media', 'exchange', 'company', 'spokesperson', 'ceo', 'cfo']);

/** "TARNVELD TANKERS ORDERS FOUR CARRIERS FOR $215 MLN -- STATEMENT": the source a flash headline names after a dash. */
function flashSource(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  const k = tokens.length - 1;
  if (k < 2 || !isSeparatingDash(tokens[k - 1]!.post) || !FLASH_SOURCES.has(tokens[k]!.norm.replace(/[.:]$/, ''))) return;
  d.skip.add(k);
}

/** The last word of the name before a parenthesis at `k`, past its legal suffix ("Handant Foods plc (LSE: HVF)"). */
function nameEndBefore(tokens: readonly Token[], k: number): number {
  let end = k - 1;
  while (end > 0 && LEGAL_SUFFIXES.has(tokens[end]!.text.toLowerCase().replace(/,$/, ''))) end--;
  return end;
}

/** "(NYSE: SEP)", "(NASDAQ:PMBY)", "(LSE: ARD)", "(HURL.O)": an exchange and a ticker in parentheses. */
function tickers(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (!t.pre.includes('(')) return;
    const end = closing(tokens, k);
    if (end < 0) return;
    const inside = tokens.slice(k, end + 1);
    // ("Santiago: QUELEN", "B3: ZOLT3", "TSE: 4619": any place or exchange, a colon, then a code.)
    const coded = inside.some((x, i) => /:\s*$/.test(x.post) && /^[A-Z0-9][A-Z0-9.-]{0,9}\)?$/.test(inside[i + 1]?.text ?? ''));
    // ("OSMD NA", "7099 JP", "KLG AU": a code and a two-letter market, as terminals write them.)
    const terminal = /^[A-Z0-9][A-Z0-9.]{0,7}$/.test(inside[0]!.text.replace(/^\(/, '')) && /^[A-Z]{2}[;,:)]*$/.test(inside[1]?.text ?? '') && /^\s+$/.test(inside[0]!.post);
    // ("Hurlan Therapeutics (HURL.O)", "Tunoll Fab Works Bhd (TFW.KL)": a code and its market's suffix, as wires write them.)
    const ric = inside.length === 1 && RIC.test(t.text.replace(/^\(|\)[,;:.]?$/g, ''));
    if (!(inside.some(isExchange) || coded || terminal || ric || /^[A-Z]+:[A-Z.]+$/.test(t.text.replace(/\)$/, '')))) return;
    for (let j = k; j <= end; j++) d.skip.add(j);
    if (ric) {
      if (k > 0) d.acronyms.push({ acronym: ricRoot(t.text.replace(/^\(|\)[,;:.]?$/g, ''))!, nameEnd: nameEndBefore(tokens, k) });
      return;
    }
    // ("Handant Foods plc (LSE: HVF)": the ticker is another name of the firm before it, as a defined acronym is;
    // a numeric code, "TSE: 4597", names no one.)
    const code = (terminal ? inside[0]! : inside.find((_x, i) => i > 0 && /:\s*$/.test(inside[i - 1]!.post)) ?? inside.at(-1)!).text.replace(/^\(/, '').replace(/^[A-Z]+:/, '');
    const bareCode = code.slice(0, code.length - (/[)\]:;,.]{0,4}$/.exec(code)?.[0].length ?? 0));
    if (k > 0 && /^[A-Z][A-Z0-9.]{1,7}$/.test(bareCode)) d.acronyms.push({ acronym: bareCode, nameEnd: nameEndBefore(tokens, k) });
  });
}

/** "Waskris Brothers Media (WBM)", "Vellum (VLM)": one capitals-only word in parentheses right after a name. */
function definedAcronyms(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (k === 0 || !t.pre.includes('(') || !t.post.includes(')') || d.skip.has(k)) return;
    // ("Bittern Heavy ($HLC)": a cashtag in parentheses is the ticker the name before it trades as.)
    const word = t.text.replace(/[()]/g, '').replace(/^\$(?=[A-Z])/, '');
    if (!/^[A-Z][A-Z0-9&]{1,7}$/.test(word) || !/^\p{Lu}/u.test(tokens[k - 1]!.text)) return;
    d.skip.add(k);
    // ("Value (AUD): $4,200,000", "Rent (GBP):": a currency's code after a label says what the figure is in, and names no one.)
    if (ISO_CURRENCY_CODES.has(word) && /:/.test(t.post)) return;
    // ("is listed on AIM (KVLR)": after a market, the code is the listed firm's ticker, no other name of the market.)
    if (isExchange(tokens[k - 1]!)) return;
    d.acronyms.push({ acronym: word, nameEnd: nameEndBefore(tokens, k) });
  });
}

/**
 * 'Burnwell Aviation Capital DAC ("Burnwell")', 'Aerolíneas Sierra Askric S.A. ("Sierra Askric")': a short name a
 * release defines in quotes, in parentheses, after the full one; read as the acronyms are.
 */
function definedShortNames(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (k === 0 || !/\(\s*["\u201c]$/.test(t.pre) || d.skip.has(k) || !/^\p{Lu}/u.test(tokens[k - 1]!.text)) return;
    let end = k;
    while (end < k + 3 && !/["\u201d]\s*\)/.test(tokens[end]!.post) && /^\s+$/.test(tokens[end]!.post)) end++;
    if (!/["\u201d]\s*\)/.test(tokens[end]!.post)) return;
    const run = tokens.slice(k, end + 1);
    if (!run.every((w) => /^\p{Lu}/u.test(w.text))) return;
    for (let i = k; i <= end; i++) d.skip.add(i);
    d.acronyms.push({ acronym: run.map((w) => w.text).join(' '), nameEnd: nameEndBefore(tokens, k) });
  });
}

/** "Back in 2019, Anneth agreed ...", "Last year, Tern bought ...": the words of a time that opens the sentence. */
function openingTimeWords(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  const first = tokens.findIndex((_, k) => !d.skip.has(k));
  if (first < 0) return;
  // The opening words with their offsets kept, so the time's span maps back onto tokens.
  const base = tokens[first]!.start;
  let text = '';
  for (const t of tokens.slice(first, first + 8)) text += ' '.repeat(Math.max(0, t.start - base - text.length)) + t.text;
  const time = openingTime(text);
  if (!time) return;
  tokens.forEach((t, k) => {
    if (k >= first && t.start - base < time.end) d.skip.add(k);
  });
}

/** "Buyer:", "Consideration:", "Expected closing:": the labels of a deal sheet's fields. */
function fieldLabels(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  tokens.forEach((_, k) => {
    if (!isFieldLabel(tokens, k)) return;
    for (let j = labelStart(tokens, k); j <= k; j++) d.skip.add(j);
  });
}

/** A word of a speaker label in capitals: "HOST", "TESKETH", "O'BRIEN", "NWOSU-BELL". */
const LABEL_WORD = /^\p{Lu}[\p{Lu}'\u2019-]+$/u;

/** What a speaker label says: where it ends, the person it names and the firm it names the person's. */
export interface SpeakerLabel {
  /** The index of the label's last token (the one before its colon). */
  end: number;
  person?: string;
  /** "CEO Annika Valmen, Hestmont Energie AG:": the tokens of the firm an officer's label names. */
  firm?: { first: number; last: number };
}

const titleCase = (words: readonly string[]): string => words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
/**
 * A label may open a sentence or follow a mark that ends a turn: "... half a billion? HOST 1: Forty-two", "[Archive
 * audio, 2021] ANCHOR: ...".
 */
const opensTurn = (tokens: readonly Token[], k: number): boolean => k === 0 || /[.?!:;\]\u2013\u2014-]\s*$/.test(tokens[k - 1]!.post);

/** How many capitalized words a speaker label may run when a title stands among them: "HOLLIS AND VANE CO-FOUNDER PETRA VANE:". */
const LONG_LABEL_WORDS = 8;

/** How many words a speaker's description in parentheses may run: "(guest, Rights & Wrongs podcast)". */
const SPEAKER_ASIDE_REACH = 16;

/**
 * The index of the last word of a parenthesis right after a speaker's name at `end` that closes before the label's colon
 * ("MARA QUILLEN (guest, Rights & Wrongs podcast):"), or -1. A lone word is a label only with a role ("GUEST (former
 * programming executive):"); "PMBY (up 4%):" is no speaker.
 */
function describedSpeaker(tokens: readonly Token[], end: number, k: number): number {
  const open = tokens[end + 1];
  if (!open || !open.pre.includes('(') || (end === k && !ROLE_LABELS.has(tokens[k]!.text.toLowerCase()))) return -1;
  for (let c = end + 1; c < tokens.length && c <= end + SPEAKER_ASIDE_REACH; c++) {
    if (/^\):/.test(tokens[c]!.post)) return c;
    if (tokens[c]!.post.includes(')')) return -1;
  }
  return -1;
}

/**
 * "MARCUS FELL (chief operating officer, Tenhurst Electric, speaking on ...):": the firm an officer's title in a
 * speaker's parentheses is of, set off by commas after the title; its "we" is the speaker's.
 */
function officerFirm(tokens: readonly Token[], first: number, last: number): { first: number; last: number } | undefined {
  let titled = false;
  for (let i = first; i <= last; i++) {
    if (isOfficerWord(tokens[i]!)) titled = true;
    if (!titled || !/^,\s+$/.test(tokens[i]!.post) || !isLabelNameWord(tokens[i + 1] ?? tokens[i]!) || i + 1 > last) continue;
    let end = i + 1;
    while (end < last && isLabelNameWord(tokens[end + 1]!) && /^\s+$|^-$/.test(tokens[end]!.post)) end++;
    if (/^,\s+$|^\):/.test(tokens[end]!.post)) return { first: i + 1, last: end };
    return undefined;
  }
  return undefined;
}

/**
 * "HOST:", "HOST 2:", "GUEST:", "TESKETH OBI:": a transcript's speaker label of one to three all-capital words (or one
 * and its number) before a colon.
 */
function capitalsLabel(tokens: readonly Token[], k: number): SpeakerLabel | null {
  const t = tokens[k]!;
  // ("A (Rhona Vell, CFO, Brisco):", "Q (Tam Osei, Harlow Securities):": a question's or an answer's letter before who asks or answers.)
  const markedTurn = /^[QA]$/.test(t.text) && tokens[k + 1]?.pre.includes('(') === true;
  if (!LABEL_WORD.test(t.text) && !markedTurn) return null;
  const person = (end: number): SpeakerLabel => {
    const words = tokens.slice(k, end + 1).map((w) => w.text);
    return words.length >= 2 && !words.some((w) => ROLE_LABELS.has(w.toLowerCase()) || /^\d+$/.test(w)) ? { end, person: titleCase(words) } : { end };
  };
  for (let end = k; end < k + LONG_LABEL_WORDS && (LABEL_WORD.test(tokens[end]?.text ?? '') || (end === k && markedTurn)); end++) {
    // ("HOLLIS AND VANE CO-FOUNDER PETRA VANE:": past three words a label needs a title or a role among them.)
    const titled = end < k + 3 || tokens.slice(k, end + 1).some((w) => OFFICER_TITLES.has(w.norm.replace(/:$/, '')) || ROLE_LABELS.has(w.norm.replace(/:$/, '')));
    if (/^:/.test(tokens[end]!.post) && titled) return person(end);
    // ("DANA WHITLOCK (host):", "GUEST (former Brookvane programming executive):": who the speaker is, in parentheses
    // between the name and the colon.)
    const aside = describedSpeaker(tokens, end, k);
    if (aside !== -1) {
      const firm = officerFirm(tokens, end + 1, aside);
      return firm ? { ...person(aside), firm } : person(aside);
    }
    // ("CO-HOST:", "ABARA-COLE": the words of a hyphened label.)
    if (!/^\s+$|^-$/.test(tokens[end]!.post)) break;
  }
  const number = tokens[k + 1];
  return number && /^\d{1,2}$/.test(number.text) && /^:/.test(number.post) ? { end: k + 1 } : null;
}

/** A capitalized word of a label's name or firm: "Lukas", "Hestmont", "AG", "plc", "&". */
const isLabelNameWord = (t: Token): boolean => (/^[\p{Lu}&]/u.test(t.text) || LEGAL_SUFFIXES.has(t.text.toLowerCase())) && !t.quoted;

const labelWord = (t: Token): string => t.norm.replace(/[,:]$/, '');
const isRoleWord = (t: Token): boolean => ROLE_LABELS.has(labelWord(t)) || COMMENTATOR_NOUNS.has(labelWord(t));
const isOfficerWord = (t: Token): boolean => OFFICER_TITLES.has(labelWord(t));
/** A label ends at its colon, after an abbreviation's period too: "Sendmere Semiconductor Co.:". */
const endsLabel = (t: Token): boolean => /^\.?:/.test(t.post);

/**
 * Where a label's firm ends: at its colon, or at the colon after its ticker ("Banby Kinetics Inc. (NASDAQ:
 * BWKX):"). Returns the firm's last token and the label's, or null when the firm runs on.
 */
function firmEnd(tokens: readonly Token[], j: number): { last: number; end: number } | null {
  if (endsLabel(tokens[j]!)) return { last: j, end: j };
  const open = tokens[j + 1];
  if (!open || !open.pre.includes('(') || !/^\.?\s+\(?$/.test(tokens[j]!.post)) return null;
  for (let c = j + 1; c < Math.min(tokens.length, j + 5); c++) if (/^\):/.test(tokens[c]!.post)) return { last: j, end: c };
  return null;
}

/**
 * The part of a label after the person's comma: ", Hestmont Energie AG:", ", CTO of Midmont Oberau GmbH:",
 * ", aviation analyst:". Returns the label's end, the firm it names and whether a title in it makes the person an officer.
 */
function afterComma(tokens: readonly Token[], from: number): { end: number; firm?: { first: number; last: number }; officer: boolean } | null {
  let j = from;
  let officer = false;
  // Title or role words, then "of" or "at" before the firm: "CTO of", "managing partner at", "aviation analyst".
  while (j < from + 4 && tokens[j] && (/^[a-z]/.test(tokens[j]!.text) || isOfficerWord(tokens[j]!) || TITLE_FILLERS.has(labelWord(tokens[j]!)) || isRoleWord(tokens[j]!))) {
    if (isOfficerWord(tokens[j]!)) officer = true;
    // ("Dana Whitlock, CEO:", "BEA LENDHOLM, aviation analyst:": a title or a role that ends the label, no firm named.)
    if (endsLabel(tokens[j]!)) return tokens.slice(from, j + 1).some((w) => isRoleWord(w) || isOfficerWord(w)) ? { end: j, officer: false } : null;
    // ("JUNE ABARA-COLE, CEO, Parnric Optics plc:": a comma may set the title off from the firm.)
    if (/^,\s+$/.test(tokens[j]!.post) && (isOfficerWord(tokens[j]!) || isRoleWord(tokens[j]!))) { j++; break; }
    if (!/^\s+$/.test(tokens[j]!.post)) return null;
    j++;
  }
  const described = j > from;
  if (described && !/^(?:of|at)$/.test(tokens[j - 1]!.norm) && !/^,\s+$/.test(tokens[j - 1]!.post)) return null;
  for (let first = j; j <= first + 5 && tokens[j] && isLabelNameWord(tokens[j]!); j++) {
    const end = firmEnd(tokens, j);
    if (end) return { end: end.end, firm: { first, last: end.last }, officer: officer || !described };
    // ("CEO Oskari Vegira, Aalto-Vegira Turbines Oy:": a hyphened firm name.)
    if (!/^\s+$|^-$/.test(tokens[j]!.post)) return null;
  }
  return null;
}

/**
 * "CFO Lukas Bogham, Hestmont:", "CEO Annika Valmen, Hestmont Energie AG:", "Q — Analyst, Oshthorpe Partners:", "Host:",
 * "Panelist Dieter Koshvik, CTO of Midmont Oberau GmbH:", "BEA LENDHOLM, aviation analyst:": a label that opens
 * with a role or an officer's title, or names a person whose title follows a comma; then the firm, before a colon. An
 * officer's label names the firm its "we" is.
 */
function titledLabel(tokens: readonly Token[], k: number): SpeakerLabel | null {
  let i = k;
  // ("Q — Analyst, Brackwell:", "A - CFO Tobias Rastine:": a question's or an answer's mark before the title.)
  if (/^[QA]$/.test(tokens[i]!.text) && /^\s*[-\u2013\u2014]\s*$/.test(tokens[i]!.post)) i++;
  const titleStart = i;
  while (i < titleStart + 4 && tokens[i] && /^\p{Lu}/u.test(tokens[i]!.text) && [OFFICER_TITLES, TITLE_FILLERS, ROLE_LABELS].some((set) => set.has(labelWord(tokens[i]!)))) {
    if (!/^\s+$/.test(tokens[i]!.post)) { i++; break; }
    i++;
  }
  const titled = i > titleStart;
  const officerTitle = tokens.slice(titleStart, i).some((t) => !ROLE_LABELS.has(labelWord(t)));
  if (titled && endsLabel(tokens[i - 1]!)) return { end: i - 1 };
  // The person's name: up to three capitalized words after the title (or opening the label).
  let personEnd = i - 1;
  if (!titled || /^\s+$/.test(tokens[i - 1]!.post)) {
    // ("EVP Park Ji-hoon:": a given name's lowercase half after its hyphen is of the name too.)
    const nameWord = (j: number) => tokens[j] !== undefined && (isLabelNameWord(tokens[j]!) || (tokens[j - 1]?.post === '-' && /^\p{Ll}+$/u.test(tokens[j]!.text)));
    let j = i;
    while (j < i + 4 && nameWord(j) && /^\s+$|^-$/.test(tokens[j]!.post)) j++;
    if (!nameWord(j)) return null;
    personEnd = j;
    if (titled && endsLabel(tokens[j]!)) return { end: j, person: titleCase(tokens.slice(i, j + 1).map((t) => t.text)) };
  }
  if (!/^,\s+$/.test(tokens[personEnd]!.post)) return null;
  const person = personEnd >= i ? titleCase(tokens.slice(i, personEnd + 1).map((t) => t.text)) : undefined;
  const rest = afterComma(tokens, personEnd + 1);
  if (!rest) return null;
  // (An untitled label needs its title after the comma: "Dieter Koshvik, CTO of ...", "BEA LENDHOLM, aviation analyst:".)
  const saysTitle = titled || rest.firm === undefined || rest.officer && personEnd + 1 < rest.firm.first;
  if (!saysTitle) return null;
  const officer = rest.firm !== undefined && (officerTitle || (rest.officer && personEnd + 1 < rest.firm.first));
  return officer ? { end: rest.end, person, firm: rest.firm } : { end: rest.end, person };
}

/**
 * A transcript's speaker label at token `k` ("HOST:", "TESKETH OBI:", "CFO Lukas Bogham, Hestmont:"), or null.
 */
export function speakerLabel(tokens: readonly Token[], k: number): SpeakerLabel | null {
  const t = tokens[k];
  if (!t || t.pre.includes('(') || !opensTurn(tokens, k)) return null;
  const label = capitalsLabel(tokens, k) ?? titledLabel(tokens, k);
  // ("PBM: Upgrade to Buy, PT A$1.90": a ticker before a rating is the firm a note rates, not a speaker.)
  if (label && label.end === k && !ROLE_LABELS.has(t.norm.replace(/:$/, '')) && opensRating(tokens[k + 1])) return null;
  return label;
}

/** The index of the last word of a speaker label at token `k`, or -1. */
export function speakerLabelAt(tokens: readonly Token[], k: number): number {
  return speakerLabel(tokens, k)?.end ?? -1;
}

function speakerLabels(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  // ("Kai: Half, more or less, of the depot": a dialogue's first name before its colon, `turnLabel`.)
  if (sentence.turnLabel) {
    d.skip.add(0);
    d.turnOpens.add(1);
  }
  tokens.forEach((_, k) => {
    const label = speakerLabel(tokens, k);
    if (!label) return;
    for (let j = k; j <= label.end; j++) d.skip.add(j);
    d.turnOpens.add(label.end + 1);
    if (label.firm) d.labelFirm = label.firm;
  });
}

/** "$TDWL: Tidewell lines up ...": a cashtag before a colon opening the text labels the story, as a ticker does. */
function tickerLabel(sentence: Sentence, d: Decorations): void {
  const first = sentence.tokens[0];
  // ("@AvGeekDaily: Skyreach just signed ...": a handle that opens a post with a colon is its author.)
  if (first && (/^\$[A-Z]{1,6}$/.test(first.text) || /^@\w+$/.test(first.text)) && /^:/.test(first.post)) d.skip.add(0);
}

function tickerCountryLabel(sentence: Sentence, d: Decorations): void {
  const [first, second] = sentence.tokens;
  // ("SOLN FP | The tower sale ...", "GRM LN (-0.4%): Varnholt ...": an analyst note's ticker and country code label the
  // stock it covers; the word after the label opens the note.)
  if (first && second && /^[A-Z][A-Z0-9.]{1,5}$/.test(first.text) && /^\s+$/.test(first.post) && TICKER_COUNTRY_CODES.has(second.text.replace(/[:|]$/, ''))
    && /^\s*[|:(\u2013\u2014-]/.test(`${second.post}${sentence.tokens[2]?.pre ?? ''}${sentence.tokens[2]?.text ?? ''}`)) {
    d.skip.add(0);
    d.skip.add(1);
    let next = 2;
    while (next < sentence.tokens.length && (sentence.tokens[next]!.parenthetical || /^[|:\u2013\u2014-]+$/.test(sentence.tokens[next]!.text))) d.skip.add(next++);
    if (next < sentence.tokens.length) d.turnOpens.add(next);
  }
}

/** Words before a firm that lost the deal to the one that won it: "beating Andoll", "edging out rival Tudash". */
const RIVAL_CUES: ReadonlySet<string> = new Set(['beating', 'beat', 'outbidding', 'outbid', 'outbids', 'outpacing', 'edging', 'fending', 'seeing', 'see', 'fend']);
/** Cues whose object is a rival wherever they stand: "ishara outbid kourant for the tolvane stake". */
const RIVAL_ALWAYS: ReadonlySet<string> = new Set(['outbid', 'outbids', 'outbidding']);
/** Cues a rival follows after "to", with the particle they need: "raised its offer to see off rival Quorrel", "to fend off Tarvo". */
const RIVAL_AFTER_TO: ReadonlyMap<string, string | null> = new Map([['see', 'off'], ['fend', 'off'], ['beat', null]]);
/** Words that may stand between the cue and the rival's name: "edging out incumbent", "beating rival bidder". */
const RIVAL_FILLERS: ReadonlySet<string> = new Set(['out', 'off', 'rival', 'rivals', 'incumbent', 'bidder', 'bidders', 'competitor', 'competitors',
  'fellow', 'shortlisted', 'local', 'larger', 'bigger', 'the', 'its', 'a', 'two', 'three', 'both', 'and', 'suitor', 'suitors', 'contender', 'contenders',
  // ("beating a rival bid from Castor Rail": the bid, and the firm it came from.)
  'bid', 'bids', 'offer', 'offers', 'from', 'by']);

/**
 * "Brightlock has won Ketterby's resignalling job, beating Andoll": the firm a winner beat to the deal is no side of it.
 * Only a present participle after a comma or "by" reads so ("Tern beat Siskin's offer" may be a side's own words).
 */
function rivals(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (!RIVAL_CUES.has(t.norm) || k === 0) return;
    const before = tokens[k - 1]!;
    const afterTo = before.norm === 'to' && RIVAL_AFTER_TO.has(t.norm);
    if (!/,\s*$/.test(before.post) && before.norm !== 'by' && !/ing$/.test(t.norm) && !RIVAL_ALWAYS.has(t.norm) && !afterTo) return;
    if (!afterTo && (t.norm === 'see' || t.norm === 'fend')) return;
    if ((t.norm === 'seeing' || (afterTo && RIVAL_AFTER_TO.get(t.norm))) && tokens[k + 1]?.norm !== 'off') return;
    let j = k + 1;
    while (j < tokens.length && j <= k + 4 && RIVAL_FILLERS.has(tokens[j]!.norm) && /^\s+$/.test(tokens[j - 1]!.post)) j++;
    if (j > k + 1 && !/^\s+$/.test(tokens[j - 1]!.post)) return;
    // ("outbidding Siskin Media and Grebe TV", "beating Andoll, Tarrant and Kessel": rivals listed together.)
    markNamesFrom(tokens, j, d, true);
  });
}

/** Verbs of choosing, whose "over" names the firm not chosen: "picked Tarvo's bid over Siskin". */
const CHOOSING_VERBS: ReadonlySet<string> = new Set(['pick', 'picks', 'picked', 'picking', 'choose', 'chooses', 'chose', 'chosen', 'choosing',
  'select', 'selects', 'selected', 'selecting', 'prefer', 'prefers', 'preferred', 'preferring', 'favour', 'favours', 'favoured', 'favor', 'favors', 'favored']);

/** "Calmora chose Tarvo's offshore arm over Ashdrift Wind": the firm a choice passed over is no side of the deal. */
function passedOver(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (t.norm !== 'over' || !/^\s+$/.test(t.post)) return;
    // (The verb of choosing stands a few words before, its object between: "chose Tarvo's offshore arm over".)
    const from = Math.max(0, k - 6);
    const choice = tokens.slice(from, k).findIndex((w) => CHOOSING_VERBS.has(w.norm));
    if (choice < 0 || tokens.slice(from + choice, k).some((w) => /[,;:.]/.test(w.post))) return;
    let j = k + 1;
    while (j < tokens.length && j <= k + 3 && RIVAL_FILLERS.has(tokens[j]!.norm) && /^\s+$/.test(tokens[j - 1]!.post)) j++;
    markNamesFrom(tokens, j, d, true);
  });
}

/** How many words an editor's bracketed note may run: "[Transcript - The Full Court Ledger, episode 212]". */
const NOTE_REACH = 12;

/** "[Term Sheet Tuesdays] ALEX CORMAC: ...", "[Archive audio, March 2021] ANCHOR: ...": a bracketed note that opens a text names where it comes from. */
function editorNote(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  if (sentence.index !== 0 || !tokens[0]?.pre.includes('[')) return;
  for (let k = 0; k < tokens.length && k < NOTE_REACH; k++) {
    if (!tokens[k]!.post.includes(']')) continue;
    for (let j = 0; j <= k; j++) d.skip.add(j);
    if (k + 1 < tokens.length) d.turnOpens.add(k + 1);
    return;
  }
}

/** Deal nouns a filing capitalizes as a defined term: "a Business Transfer Agreement", "the Share Purchase Agreement". */
const DEFINED_DEAL_NOUNS: ReadonlySet<string> = new Set(['agreement', 'contract', 'deed', 'lease', 'licence', 'license']);

/**
 * "entered into a Business Transfer Agreement with Tarvo Foods": a capitalized deal noun after capitalized English
 * words, opened by an article, is a filing's defined term for the deal, not a word of a firm's name.
 */
export function definedDealTerm(tokens: readonly Token[], at: number): boolean {
  if (!DEFINED_DEAL_NOUNS.has(tokens[at]!.norm) || isCapitalized(tokens[at + 1])) return false;
  let k = at - 1;
  while (k >= 0 && at - k <= 4 && isCapitalized(tokens[k]) && (isCommonWord(tokens[k]!.norm) || isWordNetWord(tokens[k]!.norm)) && /^\s+$/.test(tokens[k]!.post)) k--;
  if (k === at - 1) return false;
  // ("a twenty-year Tolling Agreement", "an exclusive License Agreement", "a 15-year Lease Agreement": up to two
  // lowercase words describing the deal may stand between the article and the term.)
  // (The tagger splits "long-term" at its hyphen: a word's parts count as one.)
  for (let words = 0; words < 3; k--) {
    const t = tokens[k];
    if (t === undefined || !/^(?:\s+|-)$/.test(t.post)) return false;
    if (/^(?:a|an|the|this|its)$/.test(t.norm)) return t.post !== '-';
    if (words === 2 || !/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(t.text) || t.tags.has('Verb') || t.tags.has('Preposition')) return false;
    if (tokens[k - 1]?.post !== '-') words++;
  }
  return false;
}

/** "a Business Transfer Agreement with Tarvo Foods": the defined term's capitalized words name no party. */
function definedDealTerms(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  tokens.forEach((_, k) => {
    if (!definedDealTerm(tokens, k)) return;
    for (let j = k; j >= 0 && isCapitalized(tokens[j]); j--) d.skip.add(j);
  });
}

export const DECORATION_RULES: readonly DecorationRule[] = [
  { name: 'speaker-label', example: 'DARA NWOSU: So Veldmark is taking 42 turbines from Grebe.', marks: ['DARA', 'NWOSU'], reason: 'a transcript\'s speaker label says who talks, never who deals', apply: speakerLabels },
  { name: 'dateline', example: 'SÃO PAULO, May 4 (Wire) - Hostsund agreed to buy Tern.', marks: ['SÃO', 'PAULO', 'May', '4', 'Wire'], reason: 'a wire dateline names where and when, never a party', apply: dateline },
  { name: 'ticker-label', example: '$TDWL: Tidewell lines up a $900M Estrela facility.', marks: ['$TDWL'], reason: 'a cashtag that labels a post names the stock the post is about, never a side of its deal', apply: tickerLabel },
  { name: 'ticker-country-label', example: 'SOLN FP | The tower sale to Tollvane lands at 21x EBITDA.', marks: ['SOLN', 'FP'], reason: "an analyst note's ticker and country code name the stock it covers, never a side of its deal", apply: tickerCountryLabel },
  { name: 'flash-source', example: 'TARNVELD TANKERS ORDERS FOUR CARRIERS AT QUELLBY FOR $215 MLN -- STATEMENT', marks: ['statement'], reason: 'a flash headline names where it comes from after its dash, never who deals', apply: flashSource },
  { name: 'section-label', example: 'The Rundown: Mahlberg/Vireon, $1.1bn headline.', marks: ['The', 'Rundown'], reason: "a newsletter's section label says where an item sits, never who deals", apply: sectionLabel },
  { name: 'location-prefix', example: 'Brazil: Petrona will supply Tern.', marks: ['Brazil'], reason: 'a place set before a colon labels the story', apply: locationPrefix },
  { name: 'ticker', example: 'Shrike Energy (NYSE: SEP) will buy Tern.', marks: ['NYSE', 'SEP'], reason: 'an exchange and ticker decorate the name before them', apply: tickers },
  { name: 'opening-time', example: 'Back in 2019, Anneth Rail agreed to buy 25 trains from Koshford.', marks: ['Back', 'in', '2019'], reason: 'a time that opens the sentence says when, never who', apply: openingTimeWords },
  { name: 'field-label', example: 'Buyer: Tunira Electric | Target: Rheinkessel | Consideration: ¥48bn', marks: ['Buyer', 'Target', 'Consideration'], reason: 'a deal sheet\'s labels say what the next words are, never who', apply: fieldLabels },
  { name: 'editor-note', example: '[Term Sheet Tuesdays] Buvand Robotics closed a $60 million round.', marks: ['Term', 'Sheet', 'Tuesdays'], reason: "an editor's bracketed note that opens a text names the show or clip it comes from, never who deals", apply: editorNote },
  { name: 'goods-title', example: 'Harlow will ship 42 of its Velquor T-14 turbines and 12 Siskin Wren jets to Diskmoor.', marks: ['Velquor', 'T-14', 'Wren'], reason: "a name before a noun of goods titles the goods: all of it after a firm's own \"its\", all but the maker's first word after a count", apply: goodsTitles },
  { name: 'product-apposition', example: "Diskmoor will pay $1bn for Brisco's migraine drug, Velquor.", marks: ['Velquor'], reason: 'a name a noun of products stands before names the product, not a side', apply: productAppositions },
  { name: 'named-goods', example: 'Olberth Shipping has hired out its bulk carrier Feldane Crest to Siskin for a year.', marks: ['Feldane', 'Crest'], reason: 'a name after a determiner and a noun of made goods names the ship or the machine, not a side', apply: namedGoods },
  { name: 'counted-name', example: 'Diskmoor has cut its Harlow order to six Wrens from eight.', marks: ['Wrens'], reason: "a name in the plural right after a count counts goods called by their model's or maker's name", apply: countedNames },
  { name: 'owned-model', example: "Diskmoor has picked Tarvo's Wren 6 for its fleet.", marks: ['Wren', '6'], reason: "a name with a model's number after a firm's possessive names the firm's product", apply: ownedModels },
  { name: 'owned-undertaking', example: 'Brisco hired Siskin to supply 40 hatches for its Morvenna patrol boat programme.', marks: ['Morvenna'], reason: "a name a firm's own programme or project goes by is what the deal is for, never a side of it", apply: ownedUndertakings },
  { name: 'project-name', example: 'Brisco will fund Project Lantern with Siskin.', marks: ['Project', 'Lantern'], reason: "a project's code name is what a deal is for, never a side of it", apply: projectNames },
  { name: 'defined-deal-term', example: 'Brisco Foods has entered into a Business Transfer Agreement with Tarvo Consumer.', marks: ['Business', 'Transfer'], reason: "a filing's capitalized name for the deal is no firm's name", apply: definedDealTerms },
  { name: 'rival', example: 'Brightlock has won the Ketterby resignalling job, beating Andoll Systems.', marks: ['Andoll', 'Systems'], reason: 'a firm the winner beat to the deal is no side of it; so is one a bidder outbid, or raised its offer to see off', apply: rivals },
  { name: 'passed-over', example: 'Calmora picked Tarvo\'s offshore unit over Ashdrift Wind for its coastal array.', marks: ['Ashdrift', 'Wind'], reason: 'the firm a choice passed over is one the deal did not go to', apply: passedOver },
  { name: 'predecessor', example: 'Grebe FC signed a shirt deal with Vamello Air, doubling the sum paid by outgoing sponsor Bitmont Betting.', marks: ['Bitmont', 'Betting'], reason: 'the firm a deal replaces, named with its old role, is no side of the new deal', apply: predecessors },
  { name: 'contrasted', example: 'Harlow Mills is going to Siskin Foods, not Tarvo, for £310m.', marks: ['Tarvo'], reason: 'a firm set aside after ", not" is one the deal did not go to', apply: contrasted },
  { name: 'compared', example: "That's £90m all in, more than Bitmont ever paid us.", marks: ['Bitmont'], reason: 'a firm named after "than" is one the deal is set against, not a side of it', apply: compared },
  { name: 'commentator', example: 'Host Semello Rønningen and analyst Jonas Arrara talk through why Burland took two more years.', marks: ['Host', 'Semello', 'Rønningen', 'Jonas', 'Arrara'], reason: 'a host, guest or analyst named by the label before the name talks about a deal, never a side of it', apply: commentators },
  { name: 'defined-acronym', example: 'Waskris Brothers Media (WBM) will sell Fundton.', marks: ['WBM'], reason: 'the acronym is another name for the party before it', apply: definedAcronyms },
  { name: 'defined-short-name', example: 'Aerolíneas Sierra Askric S.A. ("Sierra Askric") will lease six jets.', marks: ['Sierra', 'Askric'], reason: 'a short name a release defines in quotes, in parentheses, is another name for the party before it (read with the acronyms)', apply: definedShortNames },
];

/**
 * Marks the capitalized run that starts at `j`, and any run listed with it by "and" ("Siskin Media and Grebe TV"),
 * or by commas too when `commas` is set ("Andoll, Tarrant and Kessel").
 */
function markNamesFrom(tokens: readonly Token[], j: number, d: Decorations, commas = false): void {
  const capitalized = (i: number) => /^\p{Lu}/u.test(tokens[i]?.text ?? '');
  for (let names = 0; names < 4 && capitalized(j); names++) {
    let last = j;
    while (capitalized(last + 1) && /^\s+$|^-$/.test(tokens[last]!.post)) last++;
    for (let i = j; i <= last; i++) d.skip.add(i);
    const after = last + 1;
    if (tokens[after]?.norm === 'and' && /^\s+$/.test(tokens[last]!.post)) j = after + 1;
    else if (commas && /^,\s+$/.test(tokens[last]!.post) && capitalized(after)) j = after;
    else break;
  }
}

/**
 * Words that may stand between "not" and the firm it sets aside: "not incumbent Kelwick", "not the rival Tarvo"; the
 * preposition the deal's side took repeated ("went to Kourant, not to Ishara", "buys from Tarvo, not from Siskin").
 */
const CONTRAST_FILLERS: ReadonlySet<string> = new Set(['the', 'incumbent', 'rival', 'its', 'their', 'longtime', 'long-time', 'to', 'from', 'with', 'by']);

/** "Harlow Mills is going to Siskin Foods, not Tarvo, for £310m": a firm set aside after ", not" is no side of the deal. */
function contrasted(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (t.norm !== 'not' || k === 0 || !/,\s*$/.test(tokens[k - 1]!.post) || !/^\s+$/.test(t.post)) return;
    let j = k + 1;
    while (j < k + 3 && CONTRAST_FILLERS.has(tokens[j]?.norm ?? '') && /^\s+$/.test(tokens[j]!.post)) j++;
    if (!/^\p{Lu}/u.test(tokens[j]?.text ?? '')) return;
    let last = j;
    while (/^\p{Lu}/u.test(tokens[last + 1]?.text ?? '') && /^\s+$|^-$/.test(tokens[last]!.post)) last++;
    markNamesFrom(tokens, j, d);
    (d.setAside ??= []).push({ after: k - 1, first: j, last });
  });
}

/** Words for the one a deal replaces: "outgoing sponsor Bitmont", "the previous rights holder Kinoflux". */
const PREDECESSOR_WORDS: ReadonlySet<string> = new Set(['outgoing', 'previous', 'departing']);
/** What a replaced party was to the deal: the role a new party now takes. */
const REPLACED_ROLES: ReadonlySet<string> = new Set([
  'sponsor', 'partner', 'supplier', 'provider', 'broadcaster', 'operator', 'tenant', 'licensee', 'licensor', 'holder', 'rights-holder',
  'contractor', 'carrier', 'vendor', 'manager', 'caterer', 'concessionaire', 'backer', 'lender', 'customer', 'client', 'distributor',
]);

/**
 * "more than doubling the sum paid by outgoing sponsor Bitmont Betting": the firm a deal replaces, named with its old
 * role, is no side of the new deal.
 */
function predecessors(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (!PREDECESSOR_WORDS.has(t.norm)) return;
    let j = k + 1;
    if (!/^\s+$/.test(t.post)) return;
    // ("outgoing shirt sponsor Bitmont", "the previous rights holder Kinoflux": up to two words before the role.)
    const isRole = (i: number) => REPLACED_ROLES.has((tokens[i]?.norm ?? '').replace(/s$/, ''));
    while (j < k + 3 && !isRole(j) && /^[a-z-]+$/.test(tokens[j]?.text ?? '') && /^\s+$/.test(tokens[j]!.post)) j++;
    if (!isRole(j) || !/^\s+$/.test(tokens[j]!.post)) return;
    markNamesFrom(tokens, j + 1, d);
  });
}

/** "more than Bitmont ever paid us", "rather than Kelbrook": a firm named after "than" is one the deal is set against. */
function compared(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (t.norm !== 'than' || !/^\s+$/.test(t.post)) return;
    let j = k + 1;
    if (/^(?:the|what)$/.test(tokens[j]?.norm ?? '') && /^\s+$/.test(tokens[j]!.post)) j++;
    markNamesFrom(tokens, j, d);
  });
}

/** What a person who talks about deals is called before the name: "Host Semello Rønningen", "analyst Jonas Arrara". */
const COMMENTATOR_LABELS: ReadonlySet<string> = new Set(['host', 'co-host', 'cohost', 'guest', 'analyst', 'reporter', 'moderator', 'interviewer',
  'anchor', 'presenter', 'panelist', 'panellist', 'columnist', 'correspondent', 'commentator', 'editor', 'strategist', 'economist']);

/** "Host Semello Rønningen and analyst Jonas Arrara talk through day rates": who talks about a deal is no side of it. */
function commentators(sentence: Sentence, d: Decorations): void {
  const { tokens } = sentence;
  tokens.forEach((t, k) => {
    if (!COMMENTATOR_LABELS.has(t.norm) || !/^\s+$/.test(t.post) || (/^\p{Lu}/u.test(t.text) && k > 0)) return;
    // (Two capitalized words at most, a person's: "analyst Pellan Partners said" stays for the firm rules to read.)
    const first = k + 1;
    if (!/^\p{Lu}\p{Ll}/u.test(tokens[first]?.text ?? '') || !/^\s+$/.test(tokens[first]!.post) || !/^\p{Lu}\p{Ll}/u.test(tokens[first + 1]?.text ?? '')) return;
    if (/^\p{Lu}/u.test(tokens[first + 2]?.text ?? '') && /^\s+$/.test(tokens[first + 1]!.post)) return;
    if (/^\p{Lu}/u.test(t.text)) d.skip.add(k);
    d.skip.add(first);
    d.skip.add(first + 1);
  });
}

/** Runs every decoration rule over a sentence. */
export function decorate(sentence: Sentence): Decorations {
  const known = DECORATED.get(sentence);
  if (known) return known;
  const decorations: Decorations = { skip: new Set(), acronyms: [], turnOpens: new Set(), goods: new Set() };
  for (const rule of DECORATION_RULES) rule.apply(sentence, decorations);
  DECORATED.set(sentence, decorations);
  return decorations;
}

/** Each sentence's decorations, read once: mentions and statements both ask. */
const DECORATED = new WeakMap<Sentence, Decorations>();
