import type { Claim, Party } from '../schema/claim.js';
import type { EntityTable } from './entities.js';
import { isCommonWord, isLexiconWord, isOrdinaryWord } from '../text/nlp.js';

/**
 * Sources about one deal name the same two sides. A claim's side that no other source pairs with the claim's other
 * side is more likely a word misread as a party (a ship's class, a product, a place, a section label) than a firm
 * of its own when its sentence also names a firm other sources do pair that side with: "Tamberlane Shipping has sold
 * four Capesize bulk carriers ... to Busan-based Brisco Freight", read as Tamberlane / Capesize, is Tamberlane / Brisco
 * when another source pairs the two. A side the sentence left empty is filled the same way.
 * The party found keeps its place in the sentence, is `implied`, and names the rule `corroborated-partner`.
 */
export const CORROBORATED_PARTNER = {
  rule: 'corroborated-partner',
  /** Sources besides the claim's own that must pair the two sides. */
  otherSources: 1,
  example: 'Tamberlane Shipping has sold four Capesize bulk carriers to Busan-based Brisco Freight (another source: Brisco Freight buys from Tamberlane Shipping)',
  reason: "a side no other source pairs with the claim's other side, beside a firm the corpus pairs with it in the same sentence, is a misread party",
} as const;

/**
 * Words that say a sentence tells another deal than the one its firms are known for: a claim in it keeps the sides
 * it was read with, since another deal of the same firms may well have another counterparty. Each record: the
 * words, an example and a reason.
 */
export const OTHER_DEAL_CUES: readonly { pattern: RegExp; example: string; reason: string }[] = [
  { pattern: /\b(?:first|second|third|previous(?:ly)?|earlier|older|original)\b|\blast\b(?!\s+(?:week|month|year|quarter|night|season|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i, example: "Brisco Freight's first deal with Tamberlane bought two ferries from the Oldby yard.", reason: 'a deal ranked among the firms\' deals is one of several' },
  { pattern: /\b(?:back in|ago|since|throwback|flashback)\b/i, example: 'Throwback: back in 2019 Brisco Freight bought two ferries from the Oldby yard.', reason: 'a deal of the past is told beside the news' },
  { pattern: /\b(?:also|separate(?:ly)?|another|other|again|not the)\b/i, example: 'The bank also signed a R1.1 billion loan with Kestwick Solar.', reason: 'the text says the deal is another one' },
];

type Side = 'actor' | 'counterparty';

interface Seen {
  /** Names as written: where to look for the firm in a sentence. */
  surfaces: string[];
  /** How often each canonical name of the family stands as a party, and the kinds it was read as. */
  names: Map<string, { count: number; kinds: Set<Party['kind']> }>;
}

const KIND_ORDER: readonly Party['kind'][] = ['organization', 'person', 'place', 'unknown'];

/** The family's party as the corpus names it most (then first in order of code points), whatever the order of the sources. */
function partyOf(entry: Seen): Pick<Party, 'canonical' | 'kind'> {
  const [canonical, { kinds }] = [...entry.names].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0))[0]!;
  return { canonical, kind: KIND_ORDER.find((k) => kinds.has(k)) ?? 'unknown' };
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The names each family goes by and, for each family, the sources that pair it with each partner. */
function survey(claims: readonly Claim[], table: EntityTable): { seen: Map<string, Seen>; partners: Map<string, Map<string, Set<string>>> } {
  const seen = new Map<string, Seen>();
  const pairs = new Map<string, Set<string>>();
  for (const claim of claims) {
    for (const party of [claim.actor, claim.counterparty]) {
      if (!party) continue;
      const family = table.family(party.canonical);
      let entry = seen.get(family);
      if (!entry) seen.set(family, (entry = { surfaces: [], names: new Map() }));
      for (const surface of [party.text, party.canonical]) if (!entry.surfaces.includes(surface)) entry.surfaces.push(surface);
      const name = entry.names.get(party.canonical);
      if (name) {
        name.count++;
        name.kinds.add(party.kind);
      } else entry.names.set(party.canonical, { count: 1, kinds: new Set([party.kind]) });
    }
    if (!claim.actor || !claim.counterparty) continue;
    const key = pairKey(table.family(claim.actor.canonical), table.family(claim.counterparty.canonical));
    let sources = pairs.get(key);
    if (!sources) pairs.set(key, (sources = new Set()));
    sources.add(claim.sourceId);
  }
  const partners = new Map<string, Map<string, Set<string>>>();
  for (const [key, sources] of pairs) {
    const [a, b] = key.split('\u0000') as [string, string];
    if (a === b) continue;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const map = partners.get(x);
      if (map) map.set(y, sources);
      else partners.set(x, new Map([[y, sources]]));
    }
  }
  addShortNames(seen);
  return { seen, partners };
}

/**
 * "Tamberlane" for "Tamberlane Shipping": a name's first word, where it is no common word and no other family's
 * name opens with it, as text writes a firm the second time.
 */
function addShortNames(seen: Map<string, Seen>): void {
  const owners = new Map<string, Set<Seen>>();
  for (const entry of seen.values()) {
    for (const surface of entry.surfaces) {
      const first = surface.split(' ')[0]!;
      const set = owners.get(first);
      if (set) set.add(entry);
      else owners.set(first, new Set([entry]));
    }
  }
  for (const [first, entries] of owners) {
    if (entries.size !== 1 || first.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(first) || isCommonWord(first.toLowerCase())) continue;
    const [entry] = entries;
    if (!entry!.surfaces.includes(first)) entry!.surfaces.push(first);
  }
}

/** The letters a name opens with: the key it is looked up by at each capitalized word of a sentence. */
const LEAD = /^[\p{L}\p{N}]+/u;
const WORD_START = /(?<![\p{L}\p{N}])\p{L}/gu;
/** The shortest name matched in lower case: shorter ones are too often words of other tongues or initials. */
const LOWERCASE_NAME_LENGTH = 5;

/**
 * For each word a name opens with, the families' names that open with it, longest first. A name that opens with no
 * English word is also kept in lower case: "brindlo" in a headline is the brand the corpus writes "Brindlo".
 */
function nameIndex(seen: ReadonlyMap<string, Seen>): Map<string, { family: string; surface: string }[]> {
  const index = new Map<string, { family: string; surface: string }[]>();
  const add = (lead: string, family: string, surface: string) => {
    const list = index.get(lead);
    if (!list) index.set(lead, [{ family, surface }]);
    else if (!list.some((e) => e.family === family && e.surface === surface)) list.push({ family, surface });
  };
  for (const [family, entry] of seen) {
    for (const surface of entry.surfaces) {
      const lead = LEAD.exec(surface)?.[0];
      if (!lead || surface.length < 3 || !/^\p{Lu}/u.test(surface)) continue;
      add(lead, family, surface);
      const lower = lead.toLowerCase();
      if (lower.length >= LOWERCASE_NAME_LENGTH && !isOrdinaryWord(lower) && !isLexiconWord(lower)) add(lower, family, surface.toLowerCase());
    }
  }
  for (const list of index.values()) list.sort((x, y) => y.surface.length - x.surface.length || (x.surface < y.surface ? -1 : x.surface > y.surface ? 1 : 0));
  return index;
}

/**
 * Words before a firm that set it aside: "going to Siskin, not Tarvo,", "rather than Tarvo", "instead of Tarvo",
 * "beating Tarvo": the deal did not go to it, so it corroborates no side.
 */
// ("went to Kourant, not to Ishara", "outbid Quorrel for", "to fend off rival bidder Quorrel": so too.)
const SET_ASIDE_BEFORE = /(?:,\s+not(?:\s+(?:to|from|with|by))?|\brather\s+than|\binstead\s+of|\bbeating|\boutbid(?:s|ding)?|\b(?:see|seeing|fend|fending)\s+off)\s+(?:(?:the|incumbent|rival|its)\s+)?(?:(?:suitor|bidder|contender)s?\s+)?$/i;

/** The families a sentence names as whole words, each with its first place and the name written there. */
function namesIn(sentence: string, index: ReadonlyMap<string, readonly { family: string; surface: string }[]>): Map<string, { surface: string; at: number }> {
  const found = new Map<string, { surface: string; at: number }>();
  for (const m of sentence.matchAll(WORD_START)) {
    const at = m.index!;
    const lead = LEAD.exec(sentence.slice(at, at + 60))?.[0];
    for (const { family, surface } of (lead ? index.get(lead) : undefined) ?? []) {
      if (found.has(family) || !sentence.startsWith(surface, at) || /[\p{L}\p{N}]/u.test(sentence[at + surface.length] ?? ' ')) continue;
      if (SET_ASIDE_BEFORE.test(sentence.slice(Math.max(0, at - 30), at))) continue;
      found.set(family, { surface, at });
    }
  }
  return found;
}

const elsewhere = (sources: ReadonlySet<string>, own: string): number => sources.size - (sources.has(own) ? 1 : 0);

/** `claims` with sides no other source pairs replaced by the one corroborated partner their sentences name. */
export function corroboratedParties(claims: readonly Claim[], table: EntityTable): Claim[] {
  const { seen, partners } = survey(claims, table);
  const index = nameIndex(seen);
  const names = new Map<string, Map<string, { surface: string; at: number }>>();
  // The pairs each sentence already has a claim of: "Arvel Capital, Lunmoor Funds and Sorrel Fund have agreed to buy
  // Fundton" reads three claims; Arvel's is no misreading of Lunmoor's.
  const sentencePair = (c: Claim, a: string, b: string) => `${c.sourceId}\u0000${c.span.start}\u0000${pairKey(a, b)}`;
  const told = new Set<string>();
  for (const c of claims) if (c.actor && c.counterparty) told.add(sentencePair(c, table.family(c.actor.canonical), table.family(c.counterparty.canonical)));
  return claims.map((claim) => {
    // (A statement is one party's figure, "Tamberlane shares rose 3%": it has no other side to misread.)
    if (claim.action?.type === 'state' || OTHER_DEAL_CUES.some((cue) => cue.pattern.test(claim.text))) return claim;
    for (const [side, kept] of [['counterparty', 'actor'], ['actor', 'counterparty']] as [Side, Side][]) {
      const known = claim[kept];
      if (!known) continue;
      const family = table.family(known.canonical);
      const doubtful = claim[side];
      if (doubtful) {
        // (A side read from another sentence than the claim's is no misreading of this one.)
        if (doubtful.span.start < claim.span.start || doubtful.span.end > claim.span.end) continue;
        const other = table.family(doubtful.canonical);
        const paired = partners.get(family)?.get(other);
        if (other === family || (paired !== undefined && elsewhere(paired, claim.sourceId) > 0)) continue;
      }
      const found: Party[] = [];
      let named = names.get(claim.text);
      if (!named) names.set(claim.text, (named = namesIn(claim.text, index)));
      for (const [partner, { surface, at }] of named) {
        const sources = partners.get(family)?.get(partner);
        if (partner === family || !sources || elsewhere(sources, claim.sourceId) < CORROBORATED_PARTNER.otherSources) continue;
        if (doubtful && told.has(sentencePair(claim, family, partner))) continue;
        const start = claim.span.start + at;
        found.push({ ...partyOf(seen.get(partner)!), text: surface, span: { start, end: start + surface.length }, certainty: 'implied', rule: CORROBORATED_PARTNER.rule });
      }
      if (found.length === 1) return { ...claim, [side]: found[0]! };
    }
    return claim;
  });
}
