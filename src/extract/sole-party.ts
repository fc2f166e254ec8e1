import type { Sentence, Token } from '../text/document.js';
import type { Mention } from './mentions.js';
import { PARTY_ROLES, SERVICE_ROLE, type PartyRole } from '../lexicon/party-roles.js';
import { APPOINTING_VERBS, AUXILIARIES, LEGAL_SUFFIXES } from '../lexicon/words.js';

/**
 * A deal told by naming a party's only counterpart: "its only buyer will be Siskin", "Siskin is Tern's sole
 * supplier". Such a party gets all of it, so the claim is exclusive and conflicts with any other exclusive grant
 * of the same giver ("sells its whole output to Brisk"). Each frame is a record with an example and a reason.
 */
export interface SoleParty {
  /** Null where the words name no owner of the role ("the only offtaker of Phase 2"): the paragraph fills it. */
  giver: Mention | null;
  taker: Mention | null;
  /** Token index of the role noun ("buyer"). */
  noun: number;
  role: PartyRole;
  frame: string;
}

export interface SolePartyFrame {
  name: string;
  example: string;
  reason: string;
  /** Reads a noun of the service given ("sole distribution") as its giver's role; other frames read role nouns alone. */
  activities?: boolean;
  /** The owner of the role and the party named in it, for the role noun at `k` whose only-word stands at `only`. */
  find(tokens: readonly Token[], at: MentionsAt, only: number, k: number): { owner: Mention | null; named: Mention } | null;
}

const ROLES = new Map(PARTY_ROLES.map((r) => [r.noun, r]));
/** Agent nouns of a trade that name a service's giver ("processor", "distributor", "acquirer"), when no role names them. */
const SERVICE_AGENT = /^[a-z]{4,}(?:er|or)$/;
/** Agent-shaped words that name no firm's trade. */
const NOT_SERVICE: ReadonlySet<string> = new Set(['order', 'offer', 'power', 'other', 'number', 'member', 'owner', 'holder', 'shareholder', 'investor', 'founder', 'partner', 'sponsor', 'officer', 'director', 'manager', 'employer', 'competitor', 'rival', 'bidder', 'suitor', 'borrower', 'user', 'player', 'winner', 'buyer', 'consumer', 'customer', 'factor', 'sector', 'quarter', 'matter', 'letter', 'chapter', 'center', 'centre', 'year', 'former', 'latter', 'after', 'under', 'over', 'either', 'neither', 'rather', 'whether', 'water']);
const roleOf = (norm: string): PartyRole | undefined => ROLES.get(norm) ?? (SERVICE_AGENT.test(norm) && !NOT_SERVICE.has(norm) ? SERVICE_ROLE : undefined);
const ONLY = new Set(['only', 'sole', 'exclusive', 'single']);
/** Nouns of a service given, read as its giver's role where a frame reads them: "sole distribution of its coffee". */
const ACTIVITY_ROLES: ReadonlyMap<string, PartyRole> = new Map([['distribution', SERVICE_ROLE], ['supply', ROLES.get('supplier')!]]);
/** Verbs that hand a firm a service to give: "has given Siskin sole distribution of its coffee". */
const GIVING_VERBS: ReadonlySet<string> = new Set(['give', 'gives', 'gave', 'given', 'giving', 'grant', 'grants', 'granted', 'granting', 'award', 'awards', 'awarded', 'hand', 'hands', 'handed']);
/** The words after a role noun that name its owner: "the only buyer of Tern", "sole lender to Tern", "on Tern's facility". */
const ROLE_OWNER_MARKERS: ReadonlySet<string> = new Set(['of', 'to', 'on', 'for']);
/** Adverbs that may stand among the copula words without changing who fills the role (the tagger reads "now" as a conjunction). */
const COPULA_ADVERBS: ReadonlySet<string> = new Set(['now', 'already', 'still', 'also', 'effectively', 'currently', 'formally', 'officially', 'again', 'thus', 'therefore', 'in', 'effect', 'de', 'facto']);
/** The auxiliaries of a passive appointing verb: "has been named", "was picked". */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['been', 'was', 'were', 'is', 'are', 'be', 'being']);
const COPULA = new Set(['will', 'would', 'shall', 'is', 'was', 'are', 'be', 'been', 'has', 'have', 'had', 'become', 'becomes', 'became', 'remain', 'remains', 'remained']);

/** The mention that starts, or ends, at a token. */
interface MentionsAt {
  starting(i: number): Mention | undefined;
  ending(i: number): Mention | undefined;
}

/** The first token at or before `i` that is not an auxiliary ("has formally named"). */
export function pastAuxiliaries(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k >= 0 && AUXILIARIES.has(tokens[k]!.norm)) k--;
  return k;
}

/**
 * Past the copula words from `i` on ("will be", "is", "has become"), at most three; -1 when there are none. Going
 * forward, a short phrase may stand first: "its sole supplier for 40 new jets will be Vustrin".
 */
function pastCopula(tokens: readonly Token[], i: number, step: 1 | -1): number {
  if (step === 1 && !COPULA.has(tokens[i]?.norm ?? '')) {
    const phraseEnd = tokens.slice(i, i + 7).findIndex((t) => COPULA.has(t.norm));
    const phrase = tokens.slice(i, i + Math.max(phraseEnd, 0));
    if (phraseEnd > 0 && /^(for|of|at|in|on)$/.test(tokens[i]!.norm) && !phrase.some((t) => /[,;:]/.test(t.post) || (t.tags.has('Verb') && !t.tags.has('Noun')))) i += phraseEnd;
  }
  // ("is now Tern's only buyer", "has effectively become": an adverb may stand among the copula words.)
  const adverb = (t: Token) => COPULA_ADVERBS.has(t.norm) && !/[,;:]/.test(t.post);
  let k = i;
  let copulas = 0;
  while (k >= 0 && k < tokens.length && Math.abs(k - i) < 4 && (COPULA.has(tokens[k]!.norm) || adverb(tokens[k]!))) {
    if (COPULA.has(tokens[k]!.norm)) copulas++;
    k += step;
  }
  return copulas === 0 ? -1 : k;
}

/** The nearest token at or before `i` that has words: compromise reads "Tern's only" as "Tern is only", with an empty "is". */
function wordAt(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k >= 0 && tokens[k]!.text === '') k--;
  return k;
}

/** A possessive legal suffix stands outside the name it ends: "Tern plc's". */
const possessiveSuffix = (t: Token | undefined): boolean => t !== undefined && /['\u2019]s$/.test(t.text) && LEGAL_SUFFIXES.has(t.norm.replace(/['\u2019]s$/, ''));

/** The possessor whose name ends at token `i` ("Tern's", "Tern plc's"), or undefined. */
function possessorAt(tokens: readonly Token[], at: MentionsAt, i: number): Mention | undefined {
  const own = at.ending(i);
  if (own) return own.possessive ? own : undefined;
  const before = possessiveSuffix(tokens[i]) ? at.ending(i - 1) : undefined;
  return before && !before.possessive ? before : undefined;
}

const usable = (m: Mention | undefined): m is Mention => m !== undefined && (m.kind === 'name' || (m.refersTo?.length ?? 0) > 0);

export const SOLE_PARTY_FRAMES: readonly SolePartyFrame[] = [
  {
    name: 'owner-role-is', example: "Tern Solar's only buyer will be Siskin Metals.", reason: 'the possessor owns the role, the name after the copula fills it',
    find: (tokens, at, only, k) => {
      const owner = possessorAt(tokens, at, wordAt(tokens, only - 1));
      const next = pastCopula(tokens, k + 1, 1);
      const named = next < 0 ? undefined : at.starting(next);
      return usable(owner) && usable(named) && !named.possessive ? { owner, named } : null;
    },
  },
  {
    name: 'whose-role-is', example: 'Hostsund Energy, whose only customer is Siskin Metals, is building a second park.', reason: '"whose" stands for the name before it',
    find: (tokens, at, only, k) => {
      if (tokens[only - 1]?.norm !== 'whose') return null;
      const owner = at.ending(wordAt(tokens, only - 2));
      const next = pastCopula(tokens, k + 1, 1);
      const named = next < 0 ? undefined : at.starting(next);
      return usable(owner) && usable(named) && !named.possessive ? { owner, named } : null;
    },
  },
  {
    name: 'is-owner-role', example: "Siskin Metals will be Tern Solar's only buyer.", reason: 'the name before the copula fills the role its possessor owns',
    find: (tokens, at, only, _k) => {
      const owner = possessorAt(tokens, at, wordAt(tokens, only - 1));
      if (!usable(owner)) return null;
      const before = pastCopula(tokens, owner.first - 1, -1);
      const named = before < 0 ? undefined : at.ending(before);
      return usable(named) && !named.possessive ? { owner, named } : null;
    },
  },
  {
    name: 'is-role-of', example: "Siskin Metals will be the only buyer of Tern Solar's output.", reason: '"the only buyer of" (or "sole lender to", "on", "for") names the owner after the role; the article may be left out',
    find: (tokens, at, only, k) => {
      if (!ROLE_OWNER_MARKERS.has(tokens[k + 1]?.norm ?? '')) return null;
      const owner = at.starting(k + 2);
      const before = pastCopula(tokens, tokens[only - 1]?.norm === 'the' ? only - 2 : only - 1, -1);
      const named = before < 0 ? undefined : at.ending(before);
      return usable(owner) && usable(named) && !named.possessive ? { owner, named } : null;
    },
  },
  {
    name: 'acts-as-role-for', example: 'Siskin Metals has come in as sole supplier to Tern Solar.', reason: 'a firm that comes in "as" a role ("came in as", "joins as") fills it for the firm named after "for", "of" or "to"',
    find: (tokens, at, only, k) => {
      if (!ROLE_OWNER_MARKERS.has(tokens[k + 1]?.norm ?? '')) return null;
      const owner = at.starting(k + 2);
      let j = tokens[only - 1]?.norm === 'the' ? only - 2 : only - 1;
      if (tokens[j]?.norm !== 'as') return null;
      j--;
      if (/^(?:on|up|in|aboard)$/.test(tokens[j]?.norm ?? '')) j--;
      if (!tokens[j]?.tags.has('Verb') || COPULA.has(tokens[j]!.norm)) return null;
      const named = at.ending(pastAuxiliaries(tokens, j - 1));
      return usable(owner) && usable(named) && !named.possessive ? { owner, named } : null;
    },
  },
  {
    name: 'named-to-role', example: 'Siskin Metals (SKM.L) was picked as sole supplier to Tern Solar.', reason: 'a firm named, picked or chosen to a role in the passive fills it for the firm named after "to", "for" or "of"',
    find: (tokens, at, only, k) => {
      if (!ROLE_OWNER_MARKERS.has(tokens[k + 1]?.norm ?? '')) return null;
      const owner = at.starting(k + 2);
      let j = tokens[only - 1]?.norm === 'the' ? only - 2 : only - 1;
      if (tokens[j]?.norm === 'as') j--;
      if (!APPOINTING_VERBS.has(tokens[j]?.norm ?? '') || !PASSIVE_AUXILIARIES.has(tokens[j - 1]?.norm ?? '')) return null;
      let subject = pastAuxiliaries(tokens, j - 1);
      // ("Siskin Metals (SKM.L) has been named": past a ticker in parentheses after the name.)
      if (!at.ending(subject) && /\)/.test(tokens[subject]?.post ?? '')) {
        const open = subject;
        while (subject > open - 4 && subject > 0 && !at.ending(subject)) subject--;
      }
      const named = at.ending(subject);
      return usable(owner) && usable(named) && !named.possessive && !owner.possessive ? { owner, named } : null;
    },
  },
  {
    name: 'gives-sole-activity', example: 'Tern Solar has given Siskin Metals sole supply of its panels.', reason: 'a firm given a sole service to perform ("sole distribution", "exclusive supply") is its only giver for the firm that gave it', activities: true,
    find: (tokens, at, only, _k) => {
      const named = at.ending(wordAt(tokens, tokens[only - 1]?.norm === 'the' ? only - 2 : only - 1));
      if (!usable(named) || named.possessive || !GIVING_VERBS.has(tokens[named.first - 1]?.norm ?? '')) return null;
      const owner = at.ending(pastAuxiliaries(tokens, named.first - 2));
      return usable(owner) && !owner.possessive ? { owner, named } : null;
    },
  },
  {
    name: 'names-as-role', example: 'Tern Solar has signed Siskin Metals as exclusive supplier of its panels.', reason: 'a firm signed, named or picked "as" (or straight into) a role fills it for the firm that did so',
    find: (tokens, at, only, _k) => {
      let j = only - 1;
      if (/^(its|their|the|his|her)$/.test(tokens[j]?.norm ?? '')) j--;
      if (tokens[j]?.norm === 'as') j--;
      // ("picked Tarvo Settle to be its sole processor": "to be" stands where "as" does.)
      else if (tokens[j]?.norm === 'be' && tokens[j - 1]?.norm === 'to') j -= 2;
      const named = at.ending(j);
      if (!usable(named) || named.possessive) return null;
      const v = pastAuxiliaries(tokens, named.first - 1);
      if (!APPOINTING_VERBS.has(tokens[v]?.norm ?? '')) return null;
      // ("Siskin Pay, the wallet maker, has chosen ...": past an appositive set off by commas to the name it describes.)
      // ("Tern Solar today named ...": past a time word or an adverb before the verb.)
      let o = pastAuxiliaries(tokens, v - 1);
      for (let n = 0; n < 2 && o >= 0 && !at.ending(o) && (/^(?:today|yesterday|tonight|now|also)$/.test(tokens[o]!.norm) || tokens[o]!.tags.has('Adverb')); n++) o = pastAuxiliaries(tokens, o - 1);
      if (!at.ending(o) && /,/.test(tokens[o]?.post ?? '')) {
        let q = o - 1;
        while (q > o - 10 && q >= 0 && !/,/.test(tokens[q]!.post)) q--;
        if (q >= 0 && /,/.test(tokens[q]!.post)) o = q;
      }
      const owner = at.ending(o);
      return usable(owner) && !owner.possessive ? { owner, named } : null;
    },
  },
  {
    name: 'role-unowned', example: 'Siskin Metals will become sole offtaker of the pilot line, 40,000 tonnes a year.', reason: 'a role no name owns ("the sole offtaker for the first stage", "Siskin as sole offtaker") is held for a firm the paragraph names elsewhere; the name before the copula or "as" fills it',
    find: (tokens, at, only, k) => {
      if (possessorAt(tokens, at, wordAt(tokens, only - 1)) || /^(its|their|his|her)$/.test(tokens[only - 1]?.norm ?? '')) return null;
      if (ROLE_OWNER_MARKERS.has(tokens[k + 1]?.norm ?? '') && usable(at.starting(k + 2))) return null;
      const j = tokens[only - 1]?.norm === 'the' ? only - 2 : only - 1;
      const before = tokens[j]?.norm === 'as' ? j - 1 : pastCopula(tokens, j, -1);
      const named = before < 0 ? undefined : at.ending(before);
      return usable(named) && !named.possessive ? { owner: null, named } : null;
    },
  },
];

/** The most describing words between an only-word and its role: "its sole long-term engine supplier". */
const MOST_DESCRIBING_WORDS = 2;

/**
 * The token of the only-word before the role noun at `k` ("only", "sole", "exclusive"), past up to two describing
 * words, or -1. A word hyphened to the next is one word with it, whatever its parts' tags ("its sole two-factor
 * vendor", "exclusive third-party supplier").
 */
function onlyBefore(tokens: readonly Token[], k: number, describing: (t: Token) => boolean): number {
  let words = 0;
  for (let j = k - 1; j >= 0; j--) {
    const token = tokens[j]!;
    if (ONLY.has(token.norm)) return j;
    const joinedAfter = tokens[j - 1]?.post === '-';
    const hyphenPart = /^[a-z]+$/.test(token.text) && (token.post === '-' || joinedAfter);
    if (!hyphenPart && !describing(token)) return -1;
    // (The parts of a hyphened word count once: only its first part adds a word.)
    if (!joinedAfter && ++words > MOST_DESCRIBING_WORDS) return -1;
  }
  return -1;
}

/** The deals of a sentence told by a party's only buyer, customer, supplier or lender. */
export function findSoleParties(sentence: Sentence, mentions: readonly Mention[]): SoleParty[] {
  const { tokens } = sentence;
  const starting = new Map(mentions.map((m) => [m.first, m]));
  const ending = new Map(mentions.map((m) => [m.last, m]));
  const at: MentionsAt = { starting: (i) => starting.get(i), ending: (i) => ending.get(i) };
  const found: SoleParty[] = [];
  tokens.forEach((token, k) => {
    const activity = ACTIVITY_ROLES.get(token.norm);
    const role = roleOf(token.norm) ?? activity;
    if (!role) return;
    // "its only buyer", "its only long-term buyer", "its sole engine supplier": up to two describing words between.
    // ("sole Phase 2 offtaker": a phase or unit's label and number describe the role as well.)
    const describing = (t: Token) => ((/^[a-z][a-z-]*$/.test(t.text) && (t.tags.has('Adjective') || t.tags.has('Noun'))) || /^(?:[A-Z][a-z]+|\d{1,2}[A-Za-z]?)$/.test(t.text)) && !ROLES.has(t.norm);
    const only = onlyBefore(tokens, k, describing);
    if (only < 0) return;
    for (const frame of SOLE_PARTY_FRAMES) {
      if (activity && !frame.activities) continue;
      const hit = frame.find(tokens, at, only, k);
      if (!hit) continue;
      const [giver, taker] = role.takes ? [hit.owner, hit.named] : [hit.named, hit.owner];
      found.push({ giver, taker, noun: k, role, frame: frame.name });
      return;
    }
  });
  return found;
}
