import type { Party } from '../schema/claim.js';
import type { Sentence, Token } from '../text/document.js';
import { partyOf } from './parties.js';
import { speakerLabel } from './decorations.js';
import { isOutletOrSpeaker, type Mention } from './mentions.js';
import { COMMENTATOR_NOUNS, OFFICER_TITLES, TITLE_FILLERS } from '../lexicon/names.js';

export { OFFICER_TITLES };

/**
 * Who speaks for which firm: the firm a quotation's "we" stands for, and the firm a person's title makes the person an
 * officer of. Speakers are never parties themselves; these say whose words and whose officer they are.
 */

/** Whether the words are an officer's or a commentator's title: "chief financial officer", "Executive Officer", "analyst". */
export const isOfficerTitle = (words: readonly string[]): boolean => words.length > 0 && words.length <= 5
  && words.some((w) => OFFICER_TITLES.has(w) || COMMENTATOR_NOUNS.has(w) || w === 'officer')
  && words.every((w) => OFFICER_TITLES.has(w) || COMMENTATOR_NOUNS.has(w) || TITLE_FILLERS.has(w));

/**
 * The firm a person's title names: "Vereda CFO Luana Pastholm", "Enerval's chief executive, Rui Alvim", "Ana Duarte,
 * chief executive of Grebe Wind".
 */
export function officerFirm(tokens: readonly Token[], mentions: readonly Mention[], k: number): Mention | undefined {
  const person = mentions[k]!;
  const before = mentions[k - 1];
  const wordsBetween = (from: number, to: number) => tokens.slice(from, to).map((t) => t.norm);
  // (The name before a title is a firm's, whatever it looks like: "Nestine Tankers chief financial officer Siri Bemira".)
  // ("Sindre Arrira, Chief Executive Officer of Haldisson": a title set off by a comma and ending in "of" is the person
  // before it, of the name after it.)
  if (before?.kind === 'name' && !tokens[before.last]!.post.includes(',')) {
    const title = wordsBetween(before.last + 1, person.first);
    if (!/^(?:of|at)$/.test(title.at(-1) ?? '') && isOfficerTitle(title)) return before;
  }
  const after = mentions[k + 1];
  const words = after ? wordsBetween(person.last + 1, after.first) : [];
  if (after?.kind === 'name' && !after.personLike && words.at(-1) === 'of' && isOfficerTitle(words.slice(0, -1)) && tokens[person.last]!.post.includes(',')) return after;
  // ("Rui Camacho is CTO of Banco Alrisém", "Fiona Pigworth, managing partner at Dathia & Pigworth": a title said of the person.)
  const said = /^(?:is|was|as)$/.test(words[0] ?? '') ? words.slice(1) : tokens[person.last]!.post.includes(',') ? words : [];
  const title = said[0] === 'the' || said[0] === 'a' ? said.slice(1, -1) : said.slice(0, -1);
  // (What a person is an officer of is a firm, whatever its name looks like: "CTO of Banco Alrisém".)
  if (after?.kind === 'name' && /^(?:of|at)$/.test(said.at(-1) ?? '') && isOfficerTitle(title)) return after;
  // ("Rhona Vell, Siskin chief executive, said": a title after the firm's name, set off after the person, is theirs.)
  if (after?.kind === 'name' && !after.personLike && words.length === 0 && tokens[person.last]!.post.includes(',')) {
    let end = after.last + 1;
    while (end < tokens.length && end <= after.last + 5 && !tokens[end - 1]!.post.includes(',')) end++;
    if (tokens[end - 1]?.post.includes(',') && isOfficerTitle(wordsBetween(after.last + 1, end))) return after;
  }
  // ("Mara Quell runs Siskin Storage", "Rhona Vell co-founded brindle": a verb of running a firm makes the person its officer.)
  if (after?.kind === 'name' && !after.personLike && words.length === 1 && OFFICER_VERBS.has(words[0]!)) return after;
  return undefined;
}

/** Verbs that make a person a firm's officer: "runs", "heads", "co-founded". */
const OFFICER_VERBS: ReadonlySet<string> = new Set(['runs', 'ran', 'heads', 'headed', 'leads', 'founded', 'co-founded', 'cofounded', 'chairs', 'chaired', 'manages', 'owns']);

/** The turn of a transcript a sentence belongs to: who speaks, and for a label that says so, for which firm. */
export interface Turn {
  /** The person a label names ("INGRID SETHARA:", "CFO Lukas Bogham, Hestmont:"); none for a role ("HOST:"). */
  person?: string;
  /** Whether the label names the speaker's firm ("CEO Annika Valmen, Hestmont Energie AG:"): its "we" is that firm. */
  labelledFirm: boolean;
  /** The firm's name in the label, filled when the label's sentence is read (`findMentions`). */
  firm?: Mention;
}

/**
 * For each sentence of a transcript, the turn it belongs to: a label ("INGRID SETHARA:", "CFO Lukas Bogham,
 * Hestmont:") opens a turn, which runs until the next label; a role's label ("HOST:", "GUEST 2:") names no one.
 * @example turnSpeakers(sentences of 'HOST: Ingrid? INGRID SETHARA: We signed. It runs seven years.').map((t) => t?.person) // [undefined, 'Ingrid Sethara', 'Ingrid Sethara']
 */
export function turnSpeakers(sentences: readonly Sentence[]): (Turn | undefined)[] {
  let current: Turn | undefined;
  return sentences.map((sentence) => {
    const label = speakerLabel(sentence.tokens, 0) ?? (sentence.turnLabel ? { end: 0, person: sentence.tokens[0]!.text } : null);
    if (label) current = label.person || label.firm ? { person: label.person, labelledFirm: label.firm !== undefined } : undefined;
    return current;
  });
}

/**
 * The firm whose words a quotation gives: the last firm named outside the quotation before it ("Enerval's chief
 * executive, Rui Alvim, said: 'We ...'"), else the first after it ("'We ...,' said Grebe's Ana Duarte").
 */
export function speakerFirm(tokens: readonly Token[], mentions: readonly Mention[], firstPerson: Mention): Mention | undefined {
  // (A name right before an officer's title is a firm's: "Nestine Tankers chief financial officer Siri Bemira".)
  const titled = (n: Mention) => /^\s+$/.test(tokens[n.last]!.post) && (OFFICER_TITLES.has(tokens[n.last + 1]?.norm ?? '') || COMMENTATOR_NOUNS.has(tokens[n.last + 1]?.norm ?? ''));
  // ("VCP managing partner Johanna Endholm, on the Kapital podcast: 'We're taking ...'": an outlet is nobody's "we".)
  const firms = mentions.filter((n) => n.kind === 'name' && (!n.personLike || titled(n)) && !n.generic && !tokens[n.first]!.speech && !isOutletOrSpeaker(tokens, n));
  return firms.filter((n) => n.last < firstPerson.first).at(-1) ?? firms.find((n) => n.first > firstPerson.last);
}

/**
 * `speaker-firm`: for each sentence of a transcript, the firm an officer's label names: its own turn's, or for a
 * question the answering turn's ("Q: What is the term of the Siskin contract? A (Rhona Vell, CFO, Brisco): Six years.").
 */
export function speakerFirms(text: string, sentences: readonly Sentence[], turns: readonly (Turn | undefined)[]): (Party | undefined)[] {
  const firmOf = (turn: Turn | undefined) => (turn?.labelledFirm && turn.firm ? partyOf(text, turn.firm) ?? undefined : undefined);
  return sentences.map((sentence, k) => {
    const own = firmOf(turns[k]);
    if (own) return own;
    const next = turns[k + 1];
    const asks = /\?["'\u201d\u2019]?\s*$/.test(text.slice(sentence.span.start, sentence.span.end));
    return asks && next !== turns[k] ? firmOf(next) : undefined;
  });
}

/**
 * A transcript's heading that says whose call it is: "Tarvo Systems Q4 FY2027 results call", "Siskin Rail H1 2025
 * call - prepared remarks", "Hestmont capital markets day call".
 */
const CALL_WORD = /\bcall\b/i;
/** The words before "call" that make it a firm's call to its investors. */
const CALL_KIND = /\b(?:earnings|results|investor|analysts?|capital\s+markets|quarterly|conference|trading\s+update|Q[1-4]|[1-4]Q|H[12]|FY\s?'?\d{2,4}|(?:19|20)\d\d)\b/i;

/**
 * `call-host`: the firm a transcript's heading names as holding the call ("Tarvo Systems Q2 earnings call"), whose
 * officers speak in it: the "we" of a turn no label ties to a firm is that firm's.
 * @example callHost(text, sentences, mentions) of 'Tarvo Systems Q2 earnings call\n\nDana Whitlock, CEO: We signed with Siskin.' // the mention of Tarvo Systems
 */
export function callHost(text: string, sentences: readonly Sentence[], mentionsBySentence: readonly (readonly Mention[])[]): Mention | null {
  const first = sentences[0];
  if (!first) return null;
  const line = text.slice(first.span.start, first.span.end).split('\n')[0]!;
  const call = CALL_WORD.exec(line);
  if (!call || !CALL_KIND.test(line.slice(0, call.index))) return null;
  // (The firm opens the heading: "Tarvo Systems Q2 earnings call".)
  const host = mentionsBySentence[0]?.find((m) => m.kind === 'name' && !m.personLike);
  return host?.first === 0 ? host : null;
}
