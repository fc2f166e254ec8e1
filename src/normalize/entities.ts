import levenshtein from 'fast-levenshtein';
import type { Affiliation, Claim, Party } from '../schema/claim.js';
import type { Entity } from '../schema/report.js';
import type { LexiconOptions } from '../schema/options.js';
import { COMPANY_FORMS, LEGAL_SUFFIXES, ORGANIZATION_WORDS } from '../lexicon/words.js';
import { editLimit, nearNameIndex } from './near-names.js';
import { FULL_NAME_WORDS, ricRoot } from '../lexicon/names.js';
import { isCommonWord } from '../text/nlp.js';
import { UnionFind } from './union-find.js';
import { placeOfPeopleWord, publicBodyKey } from './public-bodies.js';

/** One name per entity and one family per side of a deal, learned from the whole corpus. */
export interface EntityTable {
  canonical(name: string): string;
  family(name: string): string;
  entities: Entity[];
}

interface NameStats {
  surface: string;
  count: number;
  person: boolean;
  /** Some source writes the name with a legal suffix ("Granja Vantmoor Ltda."): a firm, whatever its words read like. */
  firm: boolean;
}

/** Whether a name as written ends in a legal suffix: "Quenlow Agrícola S.A.", "Kelmora Co., Ltd.". */
const endsInLegalSuffix = (written: string | undefined): boolean => {
  const last = written?.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  let bare = last;
  while (bare.endsWith('.') || bare.endsWith(',')) bare = bare.slice(0, -1);
  return LEGAL_SUFFIXES.has(last) || LEGAL_SUFFIXES.has(bare);
};

/**
 * "University of Caskmoor" and "Caskmoor University" are one body: the "X of Y" form keys as "Y X". Public bodies
 * ("Department of Energy", "Energy Department") key in `public-bodies.ts`.
 */
const BODY_OF = /^(university|college|institute|academy) of (?:the )?(.+)$/;
const PLACE_GOVERNMENT = /^(?:(?:the )?(?:government|state|province|republic|kingdom|city|municipality|county|borough) of (?:the )?(.+)|(.+?) (?:government|(?:city |county |town |borough |district |municipal )?council|municipality))$/;
/** "Pishthorpe Infra Holdings" is "Pishthorpe Infra": a company's form (`COMPANY_FORMS`), kept in its written name, is no part of its identity. */
const withoutForm = (plain: string): string => {
  const last = plain.lastIndexOf(' ');
  return last > 0 && COMPANY_FORMS.has(plain.slice(last + 1)) ? plain.slice(0, last) : plain;
};
/** Letters Unicode does not decompose into a base and a mark: "Ørsted", "Łódź", "Straße". */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };
/** "Hôtels" and "Hotels", "Vérenne" and "Verenne": a name written with and without its accents is one name. */
const unaccented = (lower: string): string =>
  /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[øłđßæœıþ]/g, (c) => UNDECOMPOSED[c]!) : lower;
/** "Gistira Residential REIT" and "Gistira Residential Real Estate Investment Trust": a trust's form, short or spelled out. */
const TRUST_FORM = / (?:reit|real estate investment trust)$/;
/** "waskris bros" is "waskris brothers": each short form of a name's word (`NAME_ABBREVIATIONS`) read in full. */
const fullWords = (plain: string): string => {
  if (!plain.includes(' ')) return plain;
  const words = plain.split(' ');
  return words.some((w) => FULL_NAME_WORDS.has(w)) ? words.map((w) => FULL_NAME_WORDS.get(w) ?? w).join(' ') : plain;
};
/** A cooperative's form as written: "co-operative", "co-op", "coop". */
const COOPERATIVE = /\bco-?op(?:erative)?\b/g;
const key = (name: string) => {
  // ("SNDR-B.ST" beside "SNDR": a wire's code names the firm its ticker does.)
  const root = ricRoot(name);
  if (root) return root.toLowerCase();
  // ("Tarvo Dairy Co-operative" is "Tarvo Dairy Cooperative": the form written with a hyphen or cut short is one word.)
  const lower = unaccented(name.toLowerCase()).replace(/['\u2019]s$/, '').replace(/(?<=\p{L})['\u2019](?=\p{L})(?!s\b)/gu, '').replace(COOPERATIVE, 'cooperative');
  const plain = withoutForm(fullWords(lower.replace(/[^\p{L}\p{N}&]+/gu, ' ').trim()).replace(TRUST_FORM, ''));
  // ("the Tovennan Ministry of Finance" is "Tovenna's finance ministry": a public body keys as place, field and noun.)
  const publicBody = publicBodyKey(plain);
  if (publicBody) return publicBody;
  const body = BODY_OF.exec(plain);
  if (body) return `${body[2]} ${body[1]}`;
  // "the Government of Ontario", "the Odisha government": in a deal, a place's government stands for the place.
  const government = PLACE_GOVERNMENT.exec(plain);
  return government ? (government[1] ?? government[2])! : plain;
};

/**
 * Whether `short` is `long` (a key) written short: the same first word, then each later word a cut of the same word of
 * `long` ("infra" of "infrastructure", three letters at least), or one code of their initials ("ifl" of a written
 * "Infrastructure Finance Limited").
 */
function cutShort(short: string, long: string, written: readonly string[]): boolean {
  const [s, l] = [short.split(' '), long.split(' ')];
  if (s.length === l.length && s.some((w, i) => w !== l[i])) return s.every((w, i) => w === l[i] || (i > 0 && w.length >= 3 && l[i]!.startsWith(w)));
  if (s.length !== 2 || s[1]!.length < 2) return false;
  const initials = (words: readonly string[]) => words.filter((w) => w !== 'of' && w !== 'and' && w !== '&').map((w) => w[0]).join('');
  return [long, ...written.map((x) => x.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, ' ').trim())]
    .some((form) => form.startsWith(`${s[0]} `) && initials(form.split(' ').slice(1)) === s[1]);
}

/** Rules that fill a side with the firm an analyst note rates, or the paragraph's topic ("rated-ticker", "rated-firm"). */
const RATED_RULE = /^(?:rated-|paragraph-topic$)/;

/** "KUMR", "VMG": a ticker or acronym written alone. */
const LETTERS_ONLY_CODE = /^[A-Z]{2,6}$/;

/** Whether a written name is a ticker or acronym alone, a wire's code ("SNDR.ST") too. */
const isCode = (surface: string): boolean => LETTERS_ONLY_CODE.test(ricRoot(surface) ?? surface);

/** An "of" that goes on a firm's name: "Liga Askric de Fútbol", "Banco do Sul", "Bank of Lindholm". */
const OF_INSIDE = /^ (?:de|do|da|del|della|di|du|des|dos|das|of) /;

/** Whether a ticker's letters ("srkn") run in order through a name ("sendmere"), starting with its first letter. */
export function lettersInOrder(ticker: string, name: string): boolean {
  if (ticker[0] !== name[0]) return false;
  let at = 1;
  for (const letter of ticker.slice(1)) {
    at = name.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Adds to a map of lists without copying the list. */
function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}


/** Where a name was seen: the sources that wrote it and the names it dealt with. */
interface NameContext {
  sources: Set<string>;
  partners: Set<string>;
  /** The words the name stood for as written, legal suffix and all ("Tarvo Infraprojects Limited"). */
  written: Set<string>;
}

/**
 * Each distinct list of affiliations the claims hold, once, with the source and the number of claims that hold it.
 * A source's claims share one list (every affiliation the source states), so a long source with many claims costs one
 * pass over its affiliations, not one per claim; lists copied apart (across worker threads) are read once each.
 */
function affiliationLists(claims: readonly Claim[]): Map<readonly Affiliation[], { sourceId: string; claims: number }> {
  const lists = new Map<readonly Affiliation[], { sourceId: string; claims: number }>();
  for (const c of claims) {
    if (c.affiliations.length === 0) continue;
    const seen = lists.get(c.affiliations);
    if (seen) seen.claims++;
    else lists.set(c.affiliations, { sourceId: c.sourceId, claims: 1 });
  }
  return lists;
}

/** Every affiliation the claims hold, each list once (see `affiliationLists`). */
const allAffiliations = (claims: readonly Claim[]): Affiliation[] => [...affiliationLists(claims).keys()].flat();

function collect(claims: readonly Claim[]): { byKey: Map<string, NameStats[]>; contexts: Map<string, NameContext> } {
  const byKey = new Map<string, NameStats[]>();
  const contexts = new Map<string, NameContext>();
  const note = (surface: string, person: boolean, sourceId: string, partner: string | null, seen = 1, written?: string) => {
    const k = key(surface);
    if (!k) return;
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    const found = list.find((s) => s.surface === surface);
    const firm = endsInLegalSuffix(written);
    if (found) {
      found.count += seen;
      found.person ||= person;
      found.firm ||= firm;
    } else list.push({ surface, count: seen, person, firm });
    let context = contexts.get(k);
    if (!context) contexts.set(k, (context = { sources: new Set(), partners: new Set(), written: new Set() }));
    context.sources.add(sourceId);
    if (written) context.written.add(written);
    if (partner) context.partners.add(key(partner));
  };
  for (const c of claims) {
    if (c.actor) note(c.actor.canonical, c.actor.kind === 'person', c.sourceId, c.counterparty?.canonical ?? null, 1, c.actor.text);
    if (c.counterparty) note(c.counterparty.canonical, c.counterparty.kind === 'person', c.sourceId, c.actor?.canonical ?? null, 1, c.counterparty.text);
  }
  // (An affiliation counts once for each claim that holds it, as a name the claims write does.)
  for (const [list, { sourceId, claims: holders }] of affiliationLists(claims)) {
    for (const a of list) {
      note(a.member, false, sourceId, a.parent, holders);
      // ("Otoll Insurance Group plc (LSE: ORIN)": the name that defines a ticker is a mention the claims already
      // counted; counted again, a decorated form would outweigh the plain "Otoll Insurance" of other sources.)
      note(a.parent, false, sourceId, a.member, a.rule === 'defined-name' ? 0 : holders);
    }
  }
  return { byKey, contexts };
}

const mostUsed = (list: readonly NameStats[]): NameStats =>
  [...list].sort((a, b) => b.count - a.count || (a.surface < b.surface ? -1 : 1))[0]!;

/**
 * Whether two spellings are one name: the same source writes both, or both deal with the same partner.
 * Two spellings that each stand in several sources of their own are two companies ("Stripe" and "Strike").
 */
function sameNameEvidence(a: NameContext | undefined, b: NameContext | undefined): boolean {
  if (!a || !b) return true;
  if (meet(a.sources, b.sources)) return true;
  if (a.sources.size >= 2 && b.sources.size >= 2) return false;
  return meet(a.partners, b.partners);
}

/** The first words of the partners' keys: "corvant" for "corvant trucks" and "corvant automotive group". */
function partnerHeads(sets: readonly (ReadonlySet<string> | undefined)[]): Set<string> {
  const heads = new Set<string>();
  for (const set of sets) for (const p of set ?? []) heads.add(p.split(' ')[0]!);
  return heads;
}

/** Whether two sets share a member, walking the smaller one. */
function meet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/**
 * Fuzzy twins: "Antropic" and "Anthropic" (edit distance 1 from five letters, 2 from nine, same first letter),
 * with evidence beyond spelling. Candidates meet through a piece index (`nearNameIndex`), so the cost grows
 * with the names, not their pairs.
 */
function fuzzyTwins(keys: readonly string[], counts: ReadonlyMap<string, number>, contexts: ReadonlyMap<string, NameContext>): Map<string, string> {
  const alias = new Map<string, string>();
  const ranked = keys.filter((k) => k.length >= 5 && !/\d/.test(k))
    .sort((a, b) => (counts.get(b)! - counts.get(a)!) || (a < b ? -1 : 1));
  const index = nearNameIndex(ranked);
  for (const a of ranked) {
    if (alias.has(a)) continue;
    for (const b of index.candidates(a)) {
      if (b === a || alias.has(b)) continue;
      if (counts.get(b)! > counts.get(a)! || (counts.get(b) === counts.get(a) && b < a)) continue;
      if (levenshtein.get(a, b) <= editLimit(a, b) && sameNameEvidence(contexts.get(a), contexts.get(b))) alias.set(b, a);
    }
  }
  return alias;
}

/**
 * Builds the corpus's entity table: case variants and misspellings merged, "Musk" and "Elon" folded into
 * "Elon Musk", families from stated affiliations ("Musk's SpaceX") and name prefixes ("Google Cloud" in "Google").
 */
export function buildEntityTable(claims: readonly Claim[], lexicon?: LexiconOptions): EntityTable {
  const { byKey, contexts } = collect(claims);
  // Names some source writes as they stand ("Molwell", not "Molwell Handels" stripped from "Molwell Handels GmbH").
  const plain = (text: string) => text.toLowerCase().replace(/['\u2019]s\b/g, '').replace(/[^\p{L}\p{N}&]+/gu, ' ').trim();
  const writtenAs = new Set<string>();
  for (const c of claims) for (const p of [c.actor, c.counterparty]) if (p && p.text && plain(p.text) === plain(p.canonical)) writtenAs.add(p.canonical);
  for (const name of Object.values(lexicon?.aliases ?? {})) writtenAs.add(name);
  for (const [alias, canonical] of Object.entries(lexicon?.aliases ?? {})) {
    for (const name of [alias, canonical]) if (!byKey.has(key(name))) byKey.set(key(name), [{ surface: name, count: 0, person: false, firm: false }]);
  }
  for (const a of lexicon?.affiliations ?? []) {
    for (const name of [a.member, a.parent]) if (!byKey.has(key(name))) byKey.set(key(name), [{ surface: name, count: 0, person: false, firm: false }]);
  }
  const keys = [...byKey.keys()].sort();
  const counts = new Map(keys.map((k) => [k, byKey.get(k)!.reduce((n, s) => n + s.count, 0)]));
  const person = (k: string) => byKey.get(k)?.some((s) => s.person) ?? false;
  // (A name some source writes with a legal suffix is a firm's, though another writes it bare and it reads like a person's:
  // "Granja Vantmoor Ltda." beside "Granja Vantmoor".)
  const firmWritten = (k: string) => byKey.get(k)?.some((s) => s.firm) ?? false;
  const firmOrUnknown = (k: string) => !person(k) || firmWritten(k);

  const alias = new Map<string, string>();
  for (const [from, to] of Object.entries(lexicon?.aliases ?? {})) alias.set(key(from), key(to));
  // "HVF" -> "Handant Foods" where one source writes "Handant Foods plc (LSE: HVF)": an acronym or ticker a text
  // defines names that firm in every source, unless two firms define it.
  const definedBy = new Map<string, string[]>();
  for (const a of allAffiliations(claims)) if (a.rule === 'defined-name') push(definedBy, key(a.member), key(a.parent));
  for (const [name, parents] of definedBy) {
    // ("Askia (ARKT)" and "Askia Aerospace SE (XPAR: ARKT)": a parent that opens another is that one said short.)
    const distinct = [...new Set(parents)].filter((p, _i, all) => !all.some((other) => other !== p && other.startsWith(`${p} `)));
    if (distinct.length === 1 && !alias.has(name) && distinct[0] !== name) alias.set(name, distinct[0]!);
  }
  // "Musk", "Elon" -> "Elon Musk" when one person name of the corpus has that part.
  const fullNamesByPart = new Map<string, string[]>();
  for (const full of keys.filter((k) => k.includes(' ') && person(k))) {
    const parts = full.split(' ');
    for (const part of new Set([parts[0]!, parts[parts.length - 1]!])) push(fullNamesByPart, part, full);
  }
  for (const k of keys) {
    const owners = fullNamesByPart.get(k) ?? [];
    if (!k.includes(' ') && !alias.has(k) && owners.length === 1) alias.set(k, owners[0]!);
  }
  // "Goldman" -> "Goldman Sachs", "Puffin Point" -> "Puffin Point Ventures": the one longer name a name begins
  // (a chain "Otoll" < "Otoll Infrastructure" < "Otoll Infrastructure Partners" counts as one). A longer name
  // ending in a unit word ("Google Cloud") is another entity of the same family, not another spelling.
  const longerByPrefix = new Map<string, string[]>();
  for (const full of keys) {
    const parts = full.split(' ');
    for (let n = 1; n < parts.length; n++) {
      const prefix = parts.slice(0, n).join(' ');
      if (!longerByPrefix.has(prefix)) longerByPrefix.set(prefix, []);
      longerByPrefix.get(prefix)!.push(full);
    }
  }
  const unit = (full: string) => ORGANIZATION_WORDS.has(full.split(' ').pop()!);
  // ("Aldett" beside "Aldett Microsystems" and its stated subsidiary "Aldett France" is the parent.)
  const statedParent = new Map<string, string>();
  for (const a of allAffiliations(claims)) statedParent.set(key(a.member), key(a.parent));
  const unitsOf = new Map<string, string>();
  for (const k of keys) {
    // (A lone first name, "Abthorpe", that opens a company's name, "Abthorpe Air", is that company's.)
    const owners = longerByPrefix.get(k) ?? [];
    // ("Condick Rovers" beside "Condick Rovers Football Club": a name that reads like a person's but opens a
    // firm's name is that firm's.)
    // ("Liga Askric" beside "Liga Askric de Fútbol": so does one whose longer name goes on with an "of" of a firm's.)
    // ("Brannel Moor" beside "Brannel Moor Creamery", each a party of deals with the same partner: a name read as a
    // person's that opens a longer name and deals with that name's partners is that name said short, however the
    // longer one was read.)
    const own = partnerHeads([contexts.get(k)?.partners]);
    const chainHeads = (o: string) => partnerHeads(owners.filter((x) => x === o || x.startsWith(`${o} `)).map((x) => contexts.get(x)?.partners));
    const sameDeals = (o: string) => own.size > 0 && meet(chainHeads(o), own);
    if (alias.has(k) || (person(k) && k.includes(' ') && !owners.some((o) => (!person(o) && (unit(o) || OF_INSIDE.test(o.slice(k.length)))) || sameDeals(o)))) continue;
    const longest = owners.filter((o) => !owners.some((other) => other !== o && o.startsWith(`${other} `)) && (!person(o) || sameDeals(o)));
    const nearest = longest.filter((o) => !longest.includes(statedParent.get(o) ?? ''));
    // ("Varnwick" beside "Varnwick Motion Robotics" and "Varnwick Bearings": of several longer names, the one whose deals (its own or
    // a longer name's it opens) have a partner of the same first word as the short one's is the one it stands for.)
    const sharing = nearest.length > 1 && own.size > 0 ? nearest.filter((o) => meet(chainHeads(o), own)) : nearest;
    const meant = sharing.length === 1 ? sharing : nearest;
    for (const o of nearest) if (unit(o)) unitsOf.set(o, k);
    if (meant.length === 1 && !unit(meant[0]!)) alias.set(k, meant[0]!);
  }
  // "Rhodanienne" -> "Épicerie Rhodanienne", "Altay" -> "Yıldırım Altay": a lone word that ends exactly one
  // two-word name, begins none and is no common word is that name said short.
  const twoWordByLast = new Map<string, string[]>();
  for (const full of keys) {
    const parts = full.split(' ');
    if (parts.length === 2 && !person(full)) push(twoWordByLast, parts[1]!, full);
  }
  // ("Haldisson" beside "Jonas Haldisson & Co.": a surname alone, read as a person's, may end a firm's name too.)
  for (const k of keys) {
    if (k.includes(' ') || alias.has(k) || longerByPrefix.has(k) || ORGANIZATION_WORDS.has(k) || isCommonWord(k)) continue;
    if (person(k) && fullNamesByPart.has(k)) continue;
    const owners = twoWordByLast.get(k) ?? [];
    if (owners.length === 1) alias.set(k, owners[0]!);
  }
  // ("Basketball League" beside "Wren Basketball League": a name of two or more words that ends exactly one name one
  // word longer, and begins none, is that name with its first word dropped.)
  const byTail = new Map<string, string[]>();
  // ("Vale Tindrel" beside "Cooperativa Vale Tindrel S.A.": a name read as a person's drops a firm's first word too,
  // when that firm is written with a legal suffix.)
  for (const o of keys) if (o.indexOf(' ') > 0 && firmOrUnknown(o)) push(byTail, o.slice(o.indexOf(' ') + 1), o);
  for (const k of keys) {
    if (!k.includes(' ') || alias.has(k) || longerByPrefix.has(k)) continue;
    const owners = byTail.get(k) ?? [];
    if (owners.length === 1 && (!person(k) || firmWritten(owners[0]!))) alias.set(k, owners[0]!);
  }
  // "QIA" -> "Qatar Investment Authority", "AWS" -> "Amazon Web Services": initials of one longer name.
  const byInitials = new Map<string, string[]>();
  // Both "DOE" and "DE" may stand for "Department of Energy"; the key reads it "energy department".
  const initialsOf = (k: string): string[] => {
    const body = /^(.+) (department|ministry|office|bureau)$/.exec(k);
    const spelled = body ? `${body[2]} of ${body[1]}` : k;
    const all = spelled.split(' ').filter((w) => w !== '&');
    const content = all.filter((w) => w !== 'of' && w !== 'the');
    return [...new Set([all, content].filter((ws) => ws.length >= 2).map((ws) => ws.map((w) => w[0]).join('')))];
  };
  // ("VMG" is "Varlash Media Group": the initials of every written form, with the company form a key drops.)
  for (const k of keys) {
    const written = byKey.get(k)!.map((s) => s.surface.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, ' ').trim());
    for (const initials of new Set([k, ...written].flatMap(initialsOf))) {
      if (!byInitials.has(initials)) byInitials.set(initials, []);
      byInitials.get(initials)!.push(k);
    }
  }
  // ("@wrenlabs", read "Wrenlabs", beside "Wren Labs": a name written without the spaces of exactly one other is it.)
  const bySpacedForm = new Map<string, string[]>();
  const compact = (text: string) => unaccented(text.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, '');
  for (const k of keys) {
    if (!k.includes(' ') || person(k)) continue;
    for (const form of new Set([k, ...byKey.get(k)!.map((x) => x.surface)].map(compact))) push(bySpacedForm, form, k);
  }
  for (const k of keys) {
    // (Each name is listed once per form, so one owner is one name.)
    const owners = k.includes(' ') || alias.has(k) ? [] : bySpacedForm.get(compact(k)) ?? [];
    if (owners.length === 1) alias.set(k, owners[0]!);
  }
  for (const k of keys) {
    // ("B&T" beside "Brisco & Tarn": the ampersand of initials stands for the one in the name.)
    const owners = byInitials.get(k) ?? byInitials.get(k.replace(/&/g, '')) ?? [];
    const upper = byKey.get(k)!.some((s) => isCode(s.surface.replace(/(?<=[A-Z])&(?=[A-Z])/g, '')));
    if (upper && !alias.has(k) && owners.length === 1) alias.set(k, owners[0]!);
  }
  // ("$SNDM" is "Sendmere", "HURL" is "Hurlan Therapeutics": a ticker whose letters, from the first, run in order
  // through exactly one firm's name.)
  const firms = keys.filter((k) => !person(k) && /[a-z]/.test(byKey.get(k)!.map((x) => x.surface).join('')) && k.length >= 4);
  // ("TRVH" runs through "Tarvo Holding", "TIPL" through "Tarvo Infraprojects Limited", as written though the key drops
  // the company words: each firm's forms, compacted once.)
  const spelled = new Map(firms.map((f) => [f, [...new Set([f, ...byKey.get(f)!.map((x) => x.surface), ...(contexts.get(f)?.written ?? [])]
    .map((x) => unaccented(x.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, '')))]]));
  for (const k of keys) {
    // (Three capitals are mostly initials, read above: "NBA" runs through "NBCUniversal" too.)
    const upper = byKey.get(k)!.some((x) => /^[A-Z]{4,5}$/.test(ricRoot(x.surface) ?? x.surface));
    if (!upper || alias.has(k)) continue;
    const owners = new Set(firms.filter((f) => f !== k && spelled.get(f)!.some((x) => lettersInOrder(k, x))).map((f) => (alias.get(f) ?? f)));
    // ("Tamberlane" and "Tamberlane Cloud" are one firm's short and long names, not two owners: the short one stands for both.)
    const shortest = [...owners].filter((f) => ![...owners].some((g) => f.startsWith(`${g} `)));
    // ("BRSC" runs through "Brisco" and "Briscombe": the one that deals with the ticker's partner is its firm.)
    const partnersOf = (names: readonly string[]) => new Set(names.flatMap((x) => [...(contexts.get(x)?.partners ?? [])]).map((p) => alias.get(p) ?? p));
    const dealing = shortest.length < 2 ? [] : shortest.filter((f) => meet(partnersOf(keys.filter((x) => (alias.get(x) ?? x) === f)), partnersOf([k])));
    if (shortest.length === 1) alias.set(k, shortest[0]!);
    else if (dealing.length === 1) alias.set(k, dealing[0]!);
  }
  // ("Tolvane Infra Finance", "Tolvane IFL" beside "Tolvane Infrastructure Finance Limited": a name that opens with the
  // same word as exactly one other and goes on with that name's later words cut short, or with their initials, is it.)
  const cutForms = new Set<string>();
  const byFirstWord = new Map<string, string[]>();
  for (const k of keys) if (k.includes(' ') && !person(k)) push(byFirstWord, k.slice(0, k.indexOf(' ')), k);
  for (const k of keys) {
    if (!k.includes(' ') || alias.has(k) || person(k)) continue;
    const owners = (byFirstWord.get(k.slice(0, k.indexOf(' '))) ?? []).filter((o) => o !== k && cutShort(k, o, [...byKey.get(o)!.map((x) => x.surface), ...(contexts.get(o)?.written ?? [])]));
    if (owners.length === 1) {
      alias.set(k, owners[0]!);
      cutForms.add(k);
    }
  }
  // ("the Tovennan finance ministry" beside "Tovenna's finance ministry": a people's word is its place's name.)
  const keySet = new Set(keys);
  for (const k of keys) {
    const place = placeOfPeopleWord(k);
    if (place !== null && place !== k && keySet.has(place) && !alias.has(k)) alias.set(k, place);
  }
  for (const [from, to] of fuzzyTwins(keys.filter((k) => !alias.has(k)), counts, contexts)) alias.set(from, to);
  const resolve = (k: string): string => {
    let current = k;
    for (let hops = 0; alias.has(current) && hops < 5; hops++) current = alias.get(current)!;
    return current;
  };

  const families = new UnionFind();
  const canonicalKeys = [...new Set(keys.map(resolve))];
  for (const a of allAffiliations(claims)) families.union(resolve(key(a.parent)), resolve(key(a.member)));
  for (const a of lexicon?.affiliations ?? []) families.union(resolve(key(a.parent)), resolve(key(a.member)));
  // "Google Cloud" stands with "Google", "Puffin Point Ventures" with "Puffin Point".
  for (const [longer, shorter] of unitsOf) families.union(resolve(shorter), resolve(longer));

  const groups = new Map<string, string[]>();
  for (const x of keys) push(groups, resolve(x), x);
  // The canonical name is the short name sources write alone, when one opens the longer (below), else the longest name
  // of the entity as written; a longer form only its suffix-stripped
  // ("Molwell Handels" of "Molwell Handels GmbH") that the text never writes yields to the most used written one.
  // (A defined acronym or ticker names the entity only where its name is unknown: "Handant Foods", not "HVF".)
  const surfaceOf = (k: string) => {
    const every = groups.get(k)!.flatMap((x) => byKey.get(x)!);
    const named = every.filter((s) => !definedBy.has(key(s.surface)));
    const all = named.length ? named : every;
    const own = all.filter((s) => key(s.surface) === k);
    const top = mostUsed(own.length ? own : all);
    const best = top.surface;
    // ("Kumris Tankers ASA ... Its shares (KUMR)": a ticker or acronym outranks the firm's name only where the text
    // calls the firm by it more often: "NKV wins ...", "NKV's frame" beside one "NKV Kabel ASA".)
    // (A form written short, "Tolvane IFL", names the firm only where no other is written.)
    const written = all.filter((s) => writtenAs.has(s.surface) && (!isCode(s.surface) || s.count > top.count) && !cutForms.has(key(s.surface)));
    const chosen = writtenAs.has(best) || written.length === 0 ? best : mostUsed(written).surface;
    // ("Kellsmoor" of "Kellsmoor Cement Ltd": the short name the sources write alone, opening the long one, names the firm
    // as most of them do.)
    const short = person(k) ? [] : all.filter((s) => writtenAs.has(s.surface) && !isCode(s.surface) && s.surface.length < chosen.length
      && chosen.toLowerCase().startsWith(`${s.surface.toLowerCase()} `));
    return short.length ? [...short].sort((a, b) => a.surface.length - b.surface.length || b.count - a.count)[0]!.surface : chosen;
  };
  const surfaces = new Map(canonicalKeys.map((k) => [k, surfaceOf(k)]));
  const totals = new Map(canonicalKeys.map((k) => [k, groups.get(k)!.reduce((n, x) => n + counts.get(x)!, 0)]));
  const total = (k: string) => totals.get(k)!;
  const members = new Map<string, string[]>();
  for (const k of canonicalKeys) {
    const root = families.find(k);
    push(members, root, k);
  }
  // (An officer stands in the firm's family, never for it: "Ingrid Sethara", Hilwell's chief executive.)
  const officerKeys = new Set(allAffiliations(claims).filter((a) => a.rule === 'officer').map((a) => resolve(key(a.member))));
  const personal = (k: string) => person(k) || officerKeys.has(k);
  const familyName = new Map<string, string>();
  // (A product never names its maker's family: "Tindrel Labs, the maker of Quorrel", whatever Tindrel reads like.)
  const productKeys = new Set(allAffiliations(claims).filter((a) => a.rule === 'maker-of').map((a) => resolve(key(a.member))));
  const product = (k: string) => productKeys.has(k);
  for (const list of members.values()) {
    const head = [...list].sort((a, b) => Number(product(a)) - Number(product(b)) || Number(personal(a)) - Number(personal(b)) || total(b) - total(a) || (a < b ? -1 : 1))[0]!;
    for (const k of list) familyName.set(k, surfaces.get(head)!);
  }

  const entities: Entity[] = canonicalKeys.sort().map((k) => ({
    canonical: surfaces.get(k)!,
    aliases: [...new Set(groups.get(k)!.flatMap((x) => byKey.get(x)!.map((s) => s.surface)))].filter((s) => s !== surfaces.get(k)).sort(),
    kind: firmOrUnknown(k) ? 'organization' : 'person',
    family: familyName.get(k)!,
  }));
  return {
    canonical: (name) => surfaces.get(resolve(key(name))) ?? name,
    family: (name) => familyName.get(resolve(key(name))) ?? name,
    entities,
  };
}

/** The claim with its parties' names replaced by the corpus's canonical ones. */
export function canonicalize(claim: Claim, table: EntityTable): Claim {
  const fix = (p: Party | null): Party | null => {
    if (!p) return null;
    const canonical = table.canonical(p.canonical);
    // (A ticker a side is implied from, as a note's rated firm, that names no firm of the corpus, "TBQ" with no
    // firm its letters run through, leaves the side unknown rather than a name of its own.)
    if (RATED_RULE.test(p.rule) && canonical === p.canonical && isCode(canonical)) return null;
    return { ...p, canonical };
  };
  const actor = fix(claim.actor);
  const counterparty = fix(claim.counterparty);
  // ("Ishara and Tolvane set up a mill, Tolvane holding two fifths of it": a side read twice, once by its
  // short name, is one firm, which makes no deal with itself; the claim keeps the side it names.)
  if (actor && counterparty && actor.canonical === counterparty.canonical) return { ...claim, actor, counterparty: null };
  return { ...claim, actor, counterparty };
}
