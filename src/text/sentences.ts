import type { Span } from '../schema/span.js';
import { LEGAL_SUFFIXES, PREPOSITIONS } from '../lexicon/words.js';
import { isWordNetWord } from '../lexicon/english-words.js';

/** Abbreviations whose period does not end a sentence: "Inc.", "U.S.", "Mr.", and every legal suffix written with a period ("S.A.", "Nyrt."). */
const ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st',
  'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'no', 'approx', 'est', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gov', 'gen', 'rep', 'sen', 'mt', 'ft',
  ...[...LEGAL_SUFFIXES].filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1)),
]);

/** Abbreviations that end a sentence before a capital: "above our €950m est. Net debt falls", "pumps, valves etc. The group". */
const CLOSING_ABBREVIATIONS = new Set(['est', 'etc']);

/** Words that open a sentence, never a name's next word: "... Vibstone Greenhouses B.V. The transaction brings ...". */
const SENTENCE_OPENERS = new Set(['The', 'It', 'Its', 'This', 'These', 'They', 'Their', 'He', 'She', 'We', 'Our', 'Shares', 'However', 'Meanwhile', 'Separately']);

/** ("... Oshello Microdevices Ltd. Under the agreement, ...": a capitalized preposition opens a sentence too; no name goes on with one.) */
function opensSentence(text: string, at: number): boolean {
  const word = /^[A-Za-z]+/.exec(text.slice(at, at + 12))?.[0];
  return word !== undefined && (SENTENCE_OPENERS.has(word) || (/^[A-Z][a-z]+$/.test(word) && PREPOSITIONS.has(word.toLowerCase())));
}

/** A line that opens with a dateline in title case: "Berlin, 3 July 2024", "Osaka, Japan, March 5". */
const DATELINE_LINE = /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2},\s(?:\p{Lu}[\p{L}.]*,\s)?(?:\d{1,2}\s\p{Lu}\p{Ll}{2}|\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}\b)/u;

/** A line that opens with a list's bullet: "- ", "• ", "* ", "– ". */
const BULLET_LINE = /^[ \t]{0,2}[-\u2022*\u2013\u00b7\u25aa]\s/;

/** Marks that set a digest's items apart on one line, with a space either side: " | ", " · ", " • ". */
const ITEM_SEPARATORS: ReadonlySet<string> = new Set(['|', '\u00b7', '\u2022']);

/** Fewest spaced bars on a line that make it a table's row rather than a digest's items. */
const ROW_BARS = 3;

/** Most words of a short cell: a digest's items are whole headlines, most of a row's cells a word or two. */
const SHORT_CELL_WORDS = 2;

/**
 * "DE | Tarvo -> Siskin | wind | 120 MW | 10 yrs": a line of short cells set apart by spaced bars is one record of a
 * tracker's table, whose cells all tell one deal; "Siskin raises €9m | Quaglan cuts 60 jobs" is a digest of items. The
 * row's first bar may end a heading before it, as an item's would.
 */
function isTableRow(line: string): boolean {
  const cells = line.split(' | ');
  if (cells.length <= ROW_BARS) return false;
  const short = cells.filter((cell) => cell.trim().split(/\s+/).length <= SHORT_CELL_WORDS).length;
  return short * 2 >= cells.length;
}

/** The most characters an item's number takes with the spaces before it: " (12". */
const MOST_ITEM_NUMBER_CHARS = 8;

/** What ends a heading within a line: a colon, or a dash set off by spaces. */
const HEADING_MARK = /:\s|\s[-\u2013\u2014]{1,2}\s/;

/** A field's label opening the words after a mark: "Target: ", "Expected closing: ". */
const FIELD_AFTER = /^(?:\p{L}+ ){0,2}\p{L}+:\s/u;

/** Shorthand a note writes with a stop and goes on in lowercase: "~$150m p.a. charter rev", "21x est. earnings", "3 yrs. then". */
const SHORTHAND_BEFORE_LOWERCASE = new Set(['incl', 'excl', 'approx', 'prem', 'disc', 'adj', 'avg', 'min', 'max', 'cons', 'calc', 'vol',
  'yrs', 'mths', 'mos', 'ests', 'cap', 'rev', 'div', 'ann', 'cf', 'ca', 'pct', 'bps', 'bbl', 'yoy', 'qoq']);

/**
 * "not done yet. the order still needs a vote": in hurried text a sentence may open in lowercase; a stop after a
 * plain lowercase word of three letters or more ends one, as a stop after shorthand, an initial or a capitalized
 * abbreviation ("Austin, Tex. and Oslo") does not.
 */
function wordStopBeforeLowercase(text: string, dot: number, next: number): boolean {
  const word = /(?:^|[^\p{L}.])(\p{Ll}{3,})$/u.exec(text.slice(Math.max(0, dot - 24), dot))?.[1];
  if (word === undefined || !/^\p{Ll}{2}/u.test(text.slice(next, next + 2))) return false;
  const lower = word.toLowerCase();
  return !ABBREVIATIONS.has(lower) && !SHORTHAND_BEFORE_LOWERCASE.has(lower);
}

/** A verb that goes on from a sentence's subject: "has", "will", "signed", "licenses". */
const SUBJECT_VERB_AFTER = /^\s+(?:has|have|had|is|was|are|were|will|would|said|says|\p{Ll}{3,}ed|\p{Ll}{3,}s)\b/u;

/**
 * "PT $12 - Feldane Securities. quorrelbox has signed ...": a stop after a capitalized word ends the sentence when a
 * lowercase brand (a word no dictionary knows) opens the next with its verb. A state's abbreviation ("Tex. and Oslo")
 * or a word a dictionary knows ("Calif. based") goes on.
 */
function nameStopBeforeBrand(text: string, dot: number, next: number): boolean {
  const word = /(?:^|[^\p{L}.])(\p{Lu}\p{Ll}{3,})$/u.exec(text.slice(Math.max(0, dot - 24), dot))?.[1];
  if (word === undefined || ABBREVIATIONS.has(word.toLowerCase())) return false;
  const brand = /^\p{Ll}[\p{Ll}\d]{2,}/u.exec(text.slice(next, next + 30))?.[0];
  return brand !== undefined && !isWordNetWord(brand) && SUBJECT_VERB_AFTER.test(text.slice(next + brand.length, next + brand.length + 20));
}

/** Longest sentence handed on as one piece; longer runs are cut at a space. Bounds parser cost. */
export const MAX_SENTENCE_CHARS = 600;

function endsWithAbbreviation(text: string, dot: number, next: number): boolean {
  let start = dot;
  while (start > 0 && /[A-Za-z.]/.test(text[start - 1]!)) start--;
  const word = text.slice(start, dot).toLowerCase();
  if (CLOSING_ABBREVIATIONS.has(word) && /\p{Lu}/u.test(text[next] ?? '')) return false;
  // A letter glued to a figure is its unit ("€420m.", "$45B."), not an initial.
  const afterFigure = start > 0 && /\d/.test(text[start - 1]!);
  // ("led the $55m Series B. Sales doubled": a round's, a class's or a phase's letter is no initial.)
  const lettered = /\b(?:series|class|phase|tranche|round|plan|stage)\s$/i.test(text.slice(Math.max(0, start - 8), start));
  return ABBREVIATIONS.has(word) || (/^[a-z]$/.test(word) && !afterFigure && !lettered);
}

/** Cuts a span longer than `max` at the last space before the limit (or hard, in a space-less run). */
function cutLong(text: string, span: Span, max: number): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > max) {
    const limit = start + max;
    // Look back for a space only as far as half a piece, so a space-less run stays linear.
    let cut = limit;
    for (let k = limit; k > start + max / 2; k--) {
      if (text[k] === ' ') {
        cut = k;
        break;
      }
    }
    pieces.push({ start, end: cut });
    start = cut;
    while (start < span.end && /\s/.test(text[start]!)) start++;
  }
  if (start < span.end) pieces.push({ start, end: span.end });
  return pieces;
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * Splits text into sentence spans: at `.`, `!`, `?` followed by space and a capital, digit or quote,
 * at blank lines and before a bulleted line or a dateline's line. "SpaceX is leasing Colossus. Anthropic pays." -> two spans.
 * Runs longer than MAX_SENTENCE_CHARS are cut so no stage sees an unbounded sentence.
 */
export function splitSentences(text: string, max = MAX_SENTENCE_CHARS): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // (Whether the line being read is a table's row, read once per line.)
  let lineEnd = -1;
  let row = false;
  let rowHeaded = false;
  const push = (end: number) => {
    const span = trimmed(text, start, end);
    if (span) spans.push(...cutLong(text, span, max));
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // (A blank line ends a sentence; so does a line break before a list's bullet: "... per year.\n- Spare-engine lease rates".)
    // (And a line that opens with a dateline: a release's headline above it has no stop of its own.)
    if (ch === '\n' && (text[i + 1] === '\n' || BULLET_LINE.test(text.slice(i + 1, i + 5)) || DATELINE_LINE.test(text.slice(i + 1, i + 60)))) {
      push(i);
      continue;
    }
    // ("Fintech bits: Saltmarsh–Corvid stake deal (€40m) · Pebblerun raises €9m | Quaglan Pay cuts 60 jobs": a digest's
    // items, set apart by a spaced bar, dot or bullet, are sentences of their own.)
    // (Not a deal sheet's fields, "Buyer: Tunira | Target: Rheinkessel", nor a note's ticker label, "SOLN FP | The sale".)
    if (i > lineEnd) {
      const next = text.indexOf('\n', i);
      const lineStart = text.lastIndexOf('\n', i) + 1;
      lineEnd = next < 0 ? text.length : next;
      const line = text.slice(lineStart, lineEnd);
      row = ch !== '\n' && isTableRow(line);
      // (Only a first cell a colon or a spaced dash heads is a heading: "Tarvo fixes 4 x LNGC (Siskin)" is the row's deal.)
      const bar = line.indexOf(' | ');
      rowHeaded = !HEADING_MARK.test(bar < 0 ? line : line.slice(0, bar));
    }
    // (A row's first bar may still end the heading that opens its line: "FREIGHT WRAP -- Spot | Tarvo -> Siskin | ...".)
    if (ITEM_SEPARATORS.has(ch) && !(row && rowHeaded) && text[i - 1] === ' ' && text[i + 1] === ' ' && !FIELD_AFTER.test(text.slice(i + 2, i + 40)) && text.slice(start, i).trim().split(/\s+/).length >= 3) {
      push(i);
      start = i + 1;
      rowHeaded = true;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // ("6. Total contract amount: US$3.2 billion": an item's number opens its item, no sentence of its own.)
    if (ch === '.' && i - start <= MOST_ITEM_NUMBER_CHARS && /^\(?\d{1,2}$/.test(text.slice(start, i).trim())) continue;
    let end = i + 1;
    while (end < text.length && /["'\u201d\u2019)\]]/.test(text[end]!)) end++;
    if (end < text.length && !/\s/.test(text[end]!)) continue;
    let next = end;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (next < text.length && !/[\p{Lu}0-9"'\u201c\u2018($\u20ac\u00a3]/u.test(text[next]!) && !(ch === '.' && (wordStopBeforeLowercase(text, i, next) || nameStopBeforeBrand(text, i, next)))) continue;
    if (ch === '.' && endsWithAbbreviation(text, i, next) && next < text.length && !/\n/.test(text.slice(end, next)) && !opensSentence(text, next)) continue;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return spans;
}
