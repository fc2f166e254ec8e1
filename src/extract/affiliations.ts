import type { Affiliation } from '../schema/claim.js';
import type { Sentence, Token } from '../text/document.js';
import type { Mention } from './mentions.js';
import { NOMINAL_ACTION_FORMS } from '../lexicon/actions.js';
import { cleanName } from './parties.js';
import { isLexiconPlace } from '../text/nlp.js';
import { MAKER_NOUNS, PUBLIC_BODY_NOUNS, SITE_NOUNS } from '../lexicon/names.js';
import { isCompanyNoun } from '../lexicon/words.js';
import { GROUP_RULES } from './groups.js';
import { PLACE_ADJECTIVES } from '../lexicon/demonyms.js';

/** Nouns that make the name before "of" the other's parent or part: "parent of xAI", "part of SpaceX". */
const PARENT_NOUNS = new Set(['parent', 'owner', 'backer']);
const PART_NOUNS = new Set(['part', 'unit', 'subsidiary', 'division', 'arm', 'affiliate', 'branch', 'spinoff', 'spin-off', 'owner', 'business', 'portfolio', 'platform', 'vehicle']);
/** Last words of a place's own bodies: "Peru's Mining Ministry", "Norway's Oil Fund". */
const STATE_BODY_WORDS: ReadonlySet<string> = new Set([...PUBLIC_BODY_NOUNS, 'fund', 'authority', 'office', 'bureau', 'railways', 'post']);

/**
 * "Tindrel Labs, developer of the Quorrel budgeting app", "Ulvenor, the maker of Pertwick": the product a firm makes
 * and sells under its own name stands on the firm's side, so a source that names only the product ("Quorrel maker
 * bought") meets the firm's deal. The product's name is its capitalized words after "of", named or not.
 */
function productAfter(tokens: readonly Token[], m: Mention): { name: string; end: number } | null {
  if (!tokens[m.last]!.post.includes(',')) return null;
  let k = m.last + 1;
  if (/^(?:the|a)$/.test(tokens[k]?.norm ?? '')) k++;
  if (!MAKER_NOUNS.has(tokens[k]?.norm ?? '') || tokens[k + 1]?.norm !== 'of') return null;
  k += 2;
  if (tokens[k]?.norm === 'the') k++;
  const first = k;
  while (k < tokens.length && k - first < 3 && /^\p{Lu}[\p{L}\d-]*$/u.test(tokens[k]!.text) && (k === first || /^\s+$/.test(tokens[k - 1]!.post))) k++;
  if (k === first) return null;
  const run = tokens.slice(first, k);
  return { name: run.map((t) => t.text).join(' '), end: run.at(-1)!.end };
}
/** Words that make an owner one of several: "jointly owned by", "the startup part-owned by Gonoll". */
const PART_OWNERSHIP: ReadonlySet<string> = new Set(['jointly', 'part', 'partly', 'partially', 'minority', 'co']);
/** Verbs before "as" that name a firm's brand: "flies as", "trading as", "known as", "operates as". */
const TRADES_AS = new Set(['flies', 'fly', 'flying', 'trades', 'trading', 'traded', 'operates', 'operating', 'known', 'branded', 'markets', 'sells', 'does', 'doing']);
const FOLD_VERBS = /^(fold|folds|folded|folding|merge|merges|merged|merging|absorb|absorbs|absorbed|absorbing|integrate|integrates|integrated|integrating)$/;

/** Verbs that buy a firm or a piece of one: "buy", "acquire", "take over", "pick up". */
const BUYING_VERBS = /^(buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing|take|takes|took|taking|pick|picks|picked|picking|snap|snaps|snapped|snapping)$/;

/** A buying verb among the few words before a name ("agreed to buy", "will buy a 51% stake in German boiler maker"). */
function boughtBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 10); k--) {
    const t = tokens[k]!;
    if (BUYING_VERBS.test(t.norm)) return true;
    if (/[.;:]/.test(t.post) || /^(and|but|which|who|that|while|after|before)$/.test(t.norm)) return false;
  }
  return false;
}

/**
 * The words between two names without the lowercase description of the second that ends them: "the trading arm of
 * refiner" reads "the trading arm of", "a unit of German chipmaker" reads "a unit of".
 */
function withoutDescription(between: readonly Token[]): readonly Token[] {
  // ("the Czech arm of German engineering group": a people's adjective and a trade's noun describe it too.)
  const describes = (t: Token) => !t.tags.has('Pronoun') && !t.tags.has('Determiner') && !/^(?:its|their|his|her|our|the|a|an)$/.test(t.norm) && (/^\p{Ll}/u.test(t.text) && (isCompanyNoun(t.norm) || (t.tags.has('Adjective') && !t.tags.has('Verb')) || (/^\s+$/.test(t.post) && (t.tags.has('Gerund') || (t.tags.has('Noun') && !t.tags.has('Verb'))))))
    || t.tags.has('Demonym') || t.tags.has('Place') || PLACE_ADJECTIVES.has(t.norm) || /^(?:[A-Z]\.){2,}$/.test(t.text);
  let end = between.length;
  while (end > 1 && between.length - end < 3 && describes(between[end - 1]!)) end--;
  return between[end - 1]?.norm === 'of' ? between.slice(0, end) : between;
}

function affiliation(text: string, member: Mention, parent: Mention, rule: string): Affiliation {
  const start = Math.min(member.start, parent.start);
  const end = Math.max(member.end, parent.end);
  return { member: cleanName(member.name), parent: cleanName(parent.name), text: text.slice(start, end), span: { start, end }, rule };
}

/**
 * Group nouns (`GROUP_NOUNS` of `groups.ts`) whose members all stand on one side: "a consortium of", "a lender group led
 * by", "the syndicate". A partnership's, a venture's or an alliance's members may be the deal's two sides.
 */
const ONE_SIDE_GROUPS: ReadonlySet<string> = new Set(['consortium', 'syndicate', 'group', 'club']);
/** Words after a group noun that open its members: "of", and the linkers of `GROUP_RULES` ("led by", "comprising", ...). */
const MEMBERS_OPEN: readonly (readonly string[])[] = [['of'], ...GROUP_RULES.map((rule) => rule.linker).filter((linker) => linker.length > 0)];
/** Words that join one member to the next in a group's list: ", ", "and", "together with", "alongside". */
const MEMBERS_JOIN: ReadonlySet<string> = new Set(['and', 'together', 'with', 'alongside', 'as', 'well', 'plus', 'the', 'its']);

/**
 * "a consortium of Harnvik Partners, Lathmere Pension and Norway's Quennet", "a lender group led by Vestrel and
 * Dunmarra", "the Harnvik/Lathmere/Quennet consortium": the members a group noun lists stand on one side of the deal, each in
 * the family of the first.
 */
function groupMembers(tokens: readonly Token[], names: readonly Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  tokens.forEach((t, k) => {
    if (!ONE_SIDE_GROUPS.has(t.norm)) return;
    // ("the Harnvik/Lathmere/Quennet consortium": names a slash joins before the group noun are its members.)
    const slashed = names.filter((m) => m.last < k && m.last >= k - 6 && (tokens[m.last]!.post === '/' || tokens[m.first - 1]?.post === '/'));
    if (slashed.length >= 2 && slashed.at(-1)!.last === k - 1) {
      groups.push(slashed);
      return;
    }
    if (!/^\s+$/.test(t.post)) return;
    let j = k + 1;
    // ("a lender group led by", "a consortium of investors including": up to two lowercase words of who they are.)
    if (tokens[j]?.norm === 'of' && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '')) {
      j += 2;
      if (/^\p{Ll}/u.test(tokens[j]?.text ?? '') && !MEMBERS_OPEN.some((open) => open[0] === tokens[j]!.norm)) j++;
    }
    const open = MEMBERS_OPEN.find((words) => words.every((w, n) => tokens[j + n]?.norm === w));
    if (!open) return;
    j += open.length;
    const members = listedNames(tokens, names, j, MEMBERS_JOIN);
    if (members.length >= 2) groups.push(members);
  });
  return groups;
}

/** "Norway's": a place's possessive, which says where the next member is from. */
const placePossessive = (lower: string): boolean => isLexiconPlace(lower.replace(/['\u2019]s?$/, ''));

/**
 * The names listed from token `from` on, joined by commas and the words `join` allows (and a place's possessive,
 * "and Norway's Quennet"), up to the first other word.
 */
function listedNames(tokens: readonly Token[], names: readonly Mention[], from: number, join: ReadonlySet<string>): Mention[] {
  const members: Mention[] = [];
  let j = from;
  for (const m of names) {
    if (m.first < j || (m.possessive && placePossessive(m.name.toLowerCase()))) continue;
    const gap = tokens.slice(j, m.first);
    if (gap.some((w) => !join.has(w.norm) && !(w.possessive && placePossessive(w.norm)))) break;
    if (members.length > 0 && gap.length === 0 && !/,/.test(tokens[m.first - 1]!.post)) break;
    members.push(m);
    if (!/^(?:,\s+|\s+)$/.test(tokens[m.last]!.post)) break;
    j = m.last + 1;
  }
  return members;
}

/**
 * Names the text itself puts on one side: "Musk's SpaceX", "SpaceX (parent of xAI)",
 * "xAI, now part of SpaceX", "folding xAI into SpaceX".
 */
/** Site nouns that name a place, not an asset a firm owns: "Tarvo's Ondo region". */
const PLACE_SITES: ReadonlySet<string> = new Set(['city', 'region', 'province', 'county', 'district', 'basin', 'wind']);

/** Whether up to three lowercase words from `at` end on a noun of a site a firm owns: "copper project", "mine", "gas field". */
function namesAsset(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!/^[a-z][a-z-]*$/.test(t.text)) return false;
    if (SITE_NOUNS.has(t.norm)) return !PLACE_SITES.has(t.norm);
    if (/[,;:.]/.test(t.post)) return false;
  }
  return false;
}

/**
 * `possessive-asset`: "Feldane Resources' Tolvane nickel project", "Tarvo's Hallam depot": a site a firm's possessive names,
 * which a later "40% of Tolvane" names for its owner. One or two capitalized words, then the site's noun.
 */
function assetAfter(tokens: readonly Token[], m: Mention): { name: string; end: number } | null {
  const last = tokens[m.last]!;
  const possessive = m.possessive || (/s$/.test(last.text) && /^['\u2019]\s+$/.test(last.post));
  if (!possessive || isLexiconPlace(m.name.replace(/['\u2019]s?$/, '').toLowerCase())) return null;
  let k = m.last + 1;
  while (k < m.last + 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]?.text ?? '') && /^\s+$/.test(tokens[k]!.post)) k++;
  if (k === m.last + 1 || !namesAsset(tokens, k)) return null;
  const words = tokens.slice(m.last + 1, k);
  return { name: words.map((t) => t.text).join(' '), end: words.at(-1)!.end };
}

export function findAffiliations(text: string, sentence: Sentence, mentions: readonly Mention[]): Affiliation[] {
  const found: Affiliation[] = [];
  const ofOneName = (m: Mention, member: string, parent: string, rule: string): Affiliation =>
    ({ member, parent, text: text.slice(m.start, m.end), span: { start: m.start, end: m.end }, rule });
  for (const m of mentions) {
    // "Waskris Brothers Media (WBM)", "Handant Foods plc (LSE: HVF)": the acronym or ticker is the firm's other name,
    // in every source of the corpus.
    if (m.kind === 'name' && m.defines) found.push(ofOneName(m, m.defines, cleanName(m.name), 'defined-name'));
    // "Vereda CFO Luana Pastholm", "Ana Duarte, chief executive of Grebe Wind": an officer speaks and signs for the firm.
    if (m.officerOf) found.push(ofOneName(m, cleanName(m.name), cleanName(m.officerOf), 'officer'));
  }
  const names = mentions.filter((m) => m.kind === 'name');
  const tokens = sentence.tokens;
  for (const m of names) {
    const product = productAfter(tokens, m);
    if (product) found.push({ member: product.name, parent: cleanName(m.name), text: text.slice(m.start, product.end), span: { start: m.start, end: product.end }, rule: 'maker-of' });
  }
  for (const m of names) {
    const asset = assetAfter(tokens, m);
    if (asset) found.push({ member: asset.name, parent: cleanName(m.name), text: text.slice(m.start, asset.end), span: { start: m.start, end: asset.end }, rule: 'possessive-asset' });
  }
  for (let n = 0; n < names.length; n++) {
    const m = names[n]!;
    const next = names[n + 1];
    if (!next) continue;
    const between = tokens.slice(m.last + 1, next.first);
    const core = withoutDescription(between);
    const words = core.map((t) => t.norm);
    // ("its Lumenfall unit's purchase of Oshira": a deal word between the names says what the unit did, not whose it is.)
    const dealBetween = between.some((t) => NOMINAL_ACTION_FORMS.has(t.norm));
    // "Musk's SpaceX", "Alphabet's Google"; not "Netflix's FIFA deal", where the second name only modifies a noun.
    const afterNext = tokens[next.last + 1];
    const modifier = afterNext !== undefined && !/[,;:)]/.test(tokens[next.last]!.post) && afterNext.norm !== 'worth'
      && (NOMINAL_ACTION_FORMS.has(afterNext.norm) || (afterNext.tags.has('Noun') && !afterNext.tags.has('Pronoun')));
    // ("Sweden's Cushock Software", "Abu Dhabi's Ptarmigan Capital": a place's possessive says where a firm is from, not who owns
    // it; "Peru's Mining Ministry", "Norway's Oil Fund" are the place's own bodies.)
    // (Only a place compromise's lexicon knows: many firms are named after a town WordNet lists, "Ondholm's Lystra".)
    const origin = isLexiconPlace(m.name.replace(/['\u2019]s$/, '').toLowerCase()) && !STATE_BODY_WORDS.has(next.name.split(/\s+/).at(-1)!.toLowerCase());
    if (m.possessive && between.length === 0 && !modifier && !origin) found.push(affiliation(text, next, m, 'possessive-name'));
    // "SpaceX (parent of xAI)", "SpaceX, the parent of xAI"
    else if (words.at(-1) === 'of' && words.length <= 4 && words.some((w) => PARENT_NOUNS.has(w))) {
      found.push(affiliation(text, next, m, 'parent-of'));
    }
    // "xAI, now part of SpaceX", "AWS, a unit of Amazon"
    // ("Vivock Aviation Leasing, the aircraft-leasing arm of Oglan": a few describing words may come before the part noun.)
    else if (words.at(-1) === 'of' && words.length <= 6 && PART_NOUNS.has(words.at(-2) ?? '') && core.slice(0, -2).every((t, k) => !t.tags.has('Verb') || t.tags.has('Adjective') || t.tags.has('Hyphenated') || t.post === '-' || (t.tags.has('Gerund') && k === core.length - 3))) {
      found.push(affiliation(text, m, next, 'part-of'));
    }
    else if (words.at(-1) === 'of' && words.length <= 4 && words.some((w) => PART_NOUNS.has(w)) && !dealBetween) {
      found.push(affiliation(text, m, next, 'part-of'));
    }
    // ("Tarvo's parent Siskin Holdings said", "Tarvo's parent, Siskin,": the name after a possessive's parent noun owns it.)
    else if (m.possessive && words.length === 1 && PARENT_NOUNS.has(words[0]!) && !origin) {
      found.push(affiliation(text, m, next, 'possessive-parent'));
    }
    // "AWS, Amazon's cloud unit"
    else if (between.length === 0 && next.possessive && tokens[m.last]!.post.includes(',') && tokens.slice(next.last + 1, next.last + 4).some((t) => PART_NOUNS.has(t.norm))) {
      found.push(affiliation(text, m, next, 'apposed-part'));
    }
    // "Aldett Inc. said its French subsidiary, Aldett France, ...": the unit "its" names, set off by a comma.
    // ("sell 100% of its transmission subsidiary Vimoll Grid to ...": the part noun right before the name names it too.)
    // ("agreed to sell a 49% stake in its tower unit, Torrealta": the verb's words may stand before "its".)
    else if (words.length <= 12 && PART_NOUNS.has(words.at(-1) ?? '') && words.slice(-4, -1).includes('its') && (tokens[next.first - 1]!.post.includes(',') || /^\s+$/.test(tokens[next.first - 1]!.post))) {
      found.push(affiliation(text, next, m, 'its-part'));
    }
    // ("the Government of Norland, acting through its Roads Agency", "Siskin, through its unit Tern Rail,": the body or
    // unit the firm acts through stands on its side.)
    else if (words.length <= 5 && ((words[0] === 'acting' && words[1] === 'through') || (words[0] === 'through' && words[1] === 'its'))) found.push(affiliation(text, next, m, 'acts-through'));
    // "Zotrin Aviation, which flies as budget carrier flyzoya", "Tern (trading as Ternly)": a brand of the firm before.
    else if (words.length <= 7 && words.includes('as') && words.some((w) => TRADES_AS.has(w))) found.push(affiliation(text, next, m, 'trades-as'));
    // "xAI, owned by SpaceX", "Google-owned DeepMind"
    // ("Feldspar, the peer-to-peer payments app owned by Linneth": a few describing words may come before "owned by".)
    else if (words.length <= 3 && words.at(-1) === 'by' && words.includes('owned') && !words.some((w) => PART_OWNERSHIP.has(w))) found.push(affiliation(text, m, next, 'owned-by'));
    // (Not a joint venture's owners: "Nothley Wind, the developer jointly owned by Grebe and Astoll".)
    else if (words.length <= 8 && words.at(-1) === 'by' && /^(?:owned|controlled)$/.test(words.at(-2) ?? '') && tokens[m.last]!.post.includes(',')
      && !words.some((w) => PART_OWNERSHIP.has(w)) && !/^(?:and|&)$/.test(tokens[next.last + 1]?.norm ?? '')
      && between.slice(0, -2).every((t) => !t.tags.has('Verb') || t.tags.has('Adjective') || t.tags.has('Hyphenated'))) {
      found.push(affiliation(text, m, next, 'owned-by'));
    }
    else if (words.length === 1 && words[0] === 'owned' && tokens[m.last]?.post === '-') {
      found.push(affiliation(text, next, m, 'x-owned'));
    }
    // "agreed to buy Vimoll Grid from Ondholm Energie", "buy a 51% stake in Rheinkessel from the Arrex family": the
    // seller owns what it sells, so the firm bought stands on the seller's side of the deal.
    // ("from the founding Arrex family's holding company": a few lowercase words may describe the seller.)
    else if (words.length <= 4 && words[0] === 'from' && between.slice(1).every((t) => /^[a-z]+$/.test(t.text) && !t.tags.has('Verb')) && boughtBefore(tokens, m.first)) {
      found.push(affiliation(text, m, next, 'bought-from'));
    }
    // ("a deal with Tarvo (Siskin)": a name in brackets right after another, alone there, is its parent or unit.)
    else if (between.length === 0 && tokens[next.first]!.pre.includes('(') && /^\)/.test(tokens[next.last]!.post) && !m.possessive) {
      found.push(affiliation(text, m, next, 'bracketed-name'));
    }
    // "folding xAI into SpaceX", "merged Slack into Salesforce"
    if (words.length === 1 && words[0] === 'into' && FOLD_VERBS.test(tokens[m.first - 1]?.norm ?? '')) {
      found.push(affiliation(text, m, next, 'folded-into'));
    }
  }
  for (const [lead, ...others] of groupMembers(tokens, names)) for (const m of others) found.push(affiliation(text, m, lead!, 'group-member'));
  // ("Velquor said that Tarvo, its Nordic cloud platform, has ...": an appositive of the firm "its" stands for and a
  // part noun makes the name before it that firm's part.)
  for (const m of names) {
    const its = mentions.find((x) => x.first === m.last + 1 && x.kind !== 'name' && x.possessive && x.refersTo?.length === 1 && x.refersTo[0]!.kind === 'name');
    if (!its || !tokens[m.last]!.post.includes(',')) continue;
    for (let k = its.last + 1; k <= its.last + 4 && k < tokens.length; k++) {
      if (PART_NOUNS.has(tokens[k]!.norm) && /^[,;:)]/.test(tokens[k]!.post.trim() || ' ')) {
        found.push(affiliation(text, m, its.refersTo![0]!, 'its-appositive-part'));
        break;
      }
      if (/[,;:]/.test(tokens[k]!.post)) break;
    }
  }
  return found;
}
