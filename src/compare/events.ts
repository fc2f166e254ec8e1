import type { Claim, Party } from '../schema/claim.js';
import type { EntityTable } from '../normalize/entities.js';
import { GENERIC_PARTY_RULE } from '../extract/parties.js';

export type EventKind = 'commercial' | 'invest' | 'state';

/**
 * Kinds of event: a supply, lease, order, sale or takeover is one commercial relation (one source's "buys the
 * campus" is another's "acquisition of the campus", and whether the thing bought is a company is often unsaid);
 * a stake or a loan is its own, beside it.
 */
export function eventKind(type: NonNullable<Claim['action']>['type']): EventKind {
  return type === 'invest' || type === 'state' ? type : 'commercial';
}

/**
 * How claims become events, each rule a record with an example and a reason. The id of the rule that placed
 * a claim is kept on the event (`placedBy`), so a report can say why two claims met or stayed apart.
 */
export interface EventRule {
  name: string;
  example: string;
  reason: string;
}

export const EVENT_RULES: readonly EventRule[] = [
  { name: 'pair-and-kind', example: '"Tern sells Osprey its output" and "Osprey buys Tern\'s output" meet', reason: 'the same two families in one kind of deal are one event, whichever side speaks' },
  { name: 'generic-joins-specific', example: '"the Tern-Osprey agreement" joins "Tern will supply Osprey"', reason: 'a deal, contract or agreement names no kind; it is the one specific deal of its pair' },
  { name: 'one-party-joins', example: '"Osprey lands a $2bn contract" joins the one Tern-Osprey event', reason: 'a claim naming one side fits the only event of that side and kind' },
  { name: 'generic-party-joins', example: '"the government will give Aldergate £500m" joins the UK government-Aldergate event', reason: 'a public body named without its country is the one its other party deals with' },
  { name: 'coordinated-parties', example: '"Arcwave, Talon and eBridge will share the league\'s rights": one event of the league with three', reason: 'parties the text lists together on one side share one deal with the other side' },
  { name: 'year-splits', example: '"a 2016 order for 40 jets" and "this week\'s 75-jet order" stay apart', reason: 'a year written on the deal dates it; deals of different years are different events' },
  { name: 'separate-splits', example: '"Meta rents Google servers. Separately, Meta is negotiating to buy Google chips": two events', reason: 'the text says the deal is another one than the one it told before' },
];

const SEPARATE = /\bseparate(ly)?\b/i;
/** "Solano's 2016 order", "a 2023 investment", "MADRID, Nov 2, 2016 -": a year written on the deal. */
const YEAR_BEFORE_ACTION = /\b((?:19|20)\d\d)(?:['\u2019]s)?\s+(?:[a-z-]+\s+){0,2}$/;
const DATELINE_YEAR = /^[A-Z][A-Z .,'-]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+((?:19|20)\d\d)\b/;
/** "... in 2023", "... back in 2019": a past year right after a past-tense deal. */
const YEAR_AFTER_ACTION = /^[^.;,]{0,60}?\b(?:in|back in|during)\s+((?:19|20)\d\d)\b/;

const YEAR_RIGHT_AFTER = /^\s+(?:in|of|from)\s+((?:19|20)\d\d)\b/;
const PAST_TENSE = /^(\w+ed|sold|bought|paid|took|won|led|lent|struck|spent|put|made|sent|gave|signed)$/i;

/** The year a claim's deal is dated by its own words, or ''. */
export function yearOf(claim: Claim): string {
  const dateline = DATELINE_YEAR.exec(claim.text);
  if (dateline) return dateline[1]!;
  if (!claim.action) return '';
  const at = claim.action.span.start - claim.span.start;
  const before = YEAR_BEFORE_ACTION.exec(claim.text.slice(Math.max(0, at - 30), at));
  if (before) return before[1]!;
  const rest = claim.text.slice(claim.action.span.end - claim.span.start);
  // "its £150m investment in 2023": a noun dated right after it; "bought ... in 2019": a past verb's date.
  const nominal = claim.action.rule.startsWith('noun');
  const after = (nominal ? YEAR_RIGHT_AFTER : YEAR_AFTER_ACTION).exec(rest);
  return after && (nominal || PAST_TENSE.test(claim.action.text)) ? after[1]! : '';
}

/** Who gives in the claim, by family: the actor for a forward action, the counterparty for a reverse one. */
export function giverOf(claim: Claim, table: EntityTable): string | null {
  if (!claim.action || !claim.actor || !claim.counterparty || claim.action.direction === 'none') return null;
  return table.family(claim.action.direction === 'forward' ? claim.actor.canonical : claim.counterparty.canonical);
}

export interface EventGroup {
  id: string;
  kind: EventKind;
  families: [string, string];
  claims: Claim[];
  /** For each claim id, the rule that placed it here. */
  placedBy: Map<string, string>;
}

const isGeneric = (p: Party | null): boolean => p !== null && p.rule === GENERIC_PARTY_RULE;
const hasFigures = (c: Claim): boolean => c.amount !== null || c.duration !== null || c.quantities.length > 0;
const concrete = (p: Party | null): p is Party => p !== null && !isGeneric(p);

/** The specific kind a claim names, or null for a deal, contract, agreement or partnership that names none. */
function specificKind(claim: Claim): EventKind | null {
  if (!claim.action || claim.action.type === 'deal' || claim.action.type === 'partner') return null;
  return eventKind(claim.action.type);
}

function stateKey(claim: Claim, table: EntityTable): { id: string; families: [string, string] } {
  // One party's figure: its subject, what it did, and whether the figure is a level or a change.
  const subject = table.family(claim.actor!.canonical);
  const what = `${claim.action!.lemma}/${claim.action!.rule.replace('statement:', '')}`;
  return { id: `state:${subject.toLowerCase()}~${what}`, families: [subject, what] };
}

/** A party that stands for a family the claim did not name: no words of its own, or the generic words it had. */
function filledParty(claim: Claim, was: Party | null, canonical: string, rule: string): Party {
  if (was) return { ...was, canonical, certainty: 'implied', rule: `event:${rule}` };
  return { canonical, text: '', span: { start: claim.span.start, end: claim.span.start }, kind: 'organization', certainty: 'implied', rule: `event:${rule}` };
}

/** "Arcwave, Talon Sports and eBridge", "Rovena Bank and Tavira": two names in one list of a sentence. */
function listedTogether(text: string, a: string, b: string): boolean {
  const at = text.indexOf(a);
  const bt = text.indexOf(b);
  if (at < 0 || bt < 0) return false;
  const [first, second] = at < bt ? [a, b] : [b, a];
  const between = text.slice(Math.min(at, bt) + first.length, Math.max(at, bt));
  // Only separators and other names between them: "Arcwave, Talon Sports and eBridge", not "the plant and sell".
  const words = between.replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
  const separator = (w: string) => w === ',' || w === 'and' || w === '&';
  return between.length <= 60 && words.some(separator) && words.every((w) => separator(w) || /^[A-Z0-9][\w.&'-]*$/.test(w)) && second.length > 0;
}

/** The event a group id stands for now: a group merged into another stands for that one. */
function liveGroup(groups: ReadonlyMap<string, EventGroup>, id: string): EventGroup {
  let group = groups.get(id)!;
  while (groups.get(group.id) !== group) group = groups.get(group.id)!;
  return group;
}

/** The words a group's claims write for its side other than `family`: "Talon Sports", "eBridge". */
function otherSideWords(group: EventGroup, family: string, table: EntityTable): string[] {
  const other = group.families[0] === family ? group.families[1] : group.families[0];
  const words = new Set<string>();
  for (const c of group.claims) {
    for (const p of [c.actor, c.counterparty]) if (p && p.text.length > 1 && table.family(p.canonical) === other) words.add(p.text);
  }
  return [...words];
}

/**
 * Coordinated parties share one deal: the events of one family with several others of one kind merge when a
 * sentence lists those others together ("Arcwave, Talon and eBridge will share the PHA's rights"). Each sentence
 * is checked against the groups it names, so the cost grows with sentences and the groups they name.
 */
function mergeCoordinated(groups: Map<string, EventGroup>, byFamily: Map<string, EventGroup[]>, table: EntityTable): void {
  for (const [family, list] of byFamily) {
    const live = list.filter((g) => groups.get(g.id) === g && g.kind !== 'state');
    if (live.length < 2) continue;
    const words = new Map(live.map((g) => [g, otherSideWords(g, family, table)]));
    const texts = new Set(live.flatMap((g) => g.claims.map((c) => c.text)));
    for (const text of texts) {
      const named = live.filter((g) => words.get(g)!.some((w) => text.includes(w)));
      for (let i = 0; i < named.length; i++) {
        for (let j = i + 1; j < named.length; j++) {
          const a = liveGroup(groups, named[i]!.id);
          const b = liveGroup(groups, named[j]!.id);
          if (a === b || a.kind !== b.kind || a.id.includes('@') !== b.id.includes('@')) continue;
          if (!words.get(named[i]!)!.some((x) => words.get(named[j]!)!.some((y) => listedTogether(text, x, y)))) continue;
          // b's claims join a; a now stands for the family and both others.
          for (const claim of b.claims) {
            a.claims.push(claim);
            a.placedBy.set(claim.id, 'coordinated-parties');
          }
          groups.set(b.id, a);
          for (const f of b.families) if (f !== family && !(byFamily.get(f) ?? []).includes(a)) byFamily.get(f)?.push(a);
        }
      }
    }
  }
}

/**
 * Groups claims into events (blocking: claims of different events are never compared) by the rules of
 * `EVENT_RULES`, and returns the claims with the sides that joining filled in.
 */
export function groupEvents(input: readonly Claim[], table: EntityTable): { groups: EventGroup[]; claims: Claim[] } {
  const claims = [...input];
  const groups = new Map<string, EventGroup>();
  const byPair = new Map<string, EventGroup[]>();
  const byFamily = new Map<string, EventGroup[]>();
  const place = (claim: Claim, id: string, kind: EventKind, families: [string, string], rule: string) => {
    let group = groups.get(id);
    if (!group) {
      group = { id, kind, families, claims: [], placedBy: new Map() };
      groups.set(id, group);
      if (kind !== 'state') {
        const pair = `${families[0]}~${families[1]}`;
        if (!byPair.has(pair)) byPair.set(pair, []);
        byPair.get(pair)!.push(group);
        for (const f of families) {
          if (!byFamily.has(f)) byFamily.set(f, []);
          byFamily.get(f)!.push(group);
        }
      }
    }
    group.claims.push(claim);
    group.placedBy.set(claim.id, rule);
  };
  // "Separately, Meta will buy Google chips": another deal than the one the reader knows of that pair, unless
  // its own source told a deal of another kind before ("a stake ... Separately, a chip order": kinds keep them apart).
  const toldKinds = new Map<string, Set<string>>();
  const separate = new Set<string>();
  for (const claim of input) {
    const sides = [claim.actor, claim.counterparty].filter(concrete).map((p) => table.family(p.canonical)).sort().join('~');
    const key = `${claim.sourceId}|${sides}`;
    const kind = claim.action ? eventKind(claim.action.type) : '';
    const told = toldKinds.get(key);
    if (SEPARATE.test(claim.text) && (!told || told.has(kind))) separate.add(claim.id);
    if (!told) toldKinds.set(key, new Set([kind]));
    else told.add(kind);
  }
  const suffixOf = (claim: Claim) => {
    const year = yearOf(claim);
    return `${year ? `@${year}` : ''}${separate.has(claim.id) ? '~separate' : ''}`;
  };

  const generic: { index: number; families: [string, string] }[] = [];
  const oneSided: { index: number; family: string }[] = [];
  claims.forEach((claim, index) => {
    if (claim.action?.type === 'state') {
      if (!claim.actor) return;
      const key = stateKey(claim, table);
      place(claim, key.id, 'state', key.families, 'pair-and-kind');
      return;
    }
    const sides = [claim.actor, claim.counterparty].filter(concrete).map((p) => table.family(p.canonical));
    if (sides.length === 2 && sides[0] !== sides[1]) {
      const families: [string, string] = sides[0]! < sides[1]! ? [sides[0]!, sides[1]!] : [sides[1]!, sides[0]!];
      const kind = specificKind(claim);
      if (kind) place(claim, `${kind}:${families[0]}~${families[1]}${suffixOf(claim)}`, kind, families, 'pair-and-kind');
      else generic.push({ index, families });
      return;
    }
    // A one-sided claim joins only through its action: a bare figure beside one name may be anything of that firm's.
    if (sides.length >= 1 && (claim.action || hasFigures(claim))) oneSided.push({ index, family: sides[0]! });
  });

  // A deal, contract or agreement joins the one specific event of its pair (and year), else stands as commercial.
  for (const { index, families } of generic) {
    const claim = claims[index]!;
    const suffix = suffixOf(claim);
    const fits = (byPair.get(`${families[0]}~${families[1]}`) ?? []).filter((g) => g.id.endsWith(`${families[1]}${suffix}`));
    // Of several specific deals, an unnamed one is the commercial one ("a stake and a supply deal": the deal is the supply).
    const target = fits.length === 1 ? fits[0] : fits.find((g) => g.kind === 'commercial');
    if (target) place(claim, target.id, target.kind, target.families, 'generic-joins-specific');
    else place(claim, `commercial:${families[0]}~${families[1]}${suffix}${fits.length > 1 ? '~unspecified' : ''}`, 'commercial', families, 'pair-and-kind');
  }

  mergeCoordinated(groups, byFamily, table);

  // A claim naming one side (or a public body without its country) joins the only event of that side and kind.
  for (const { index, family } of oneSided) {
    const claim = claims[index]!;
    const kind = specificKind(claim);
    const year = yearOf(claim);
    const live = [...new Set((byFamily.get(family) ?? []).map((g) => liveGroup(groups, g.id)))];
    const fits = live.filter((g) => (!kind || g.kind === kind) && (!year || g.id.includes(`@${year}`)) && !g.id.endsWith('~unspecified'));
    if (fits.length !== 1) continue;
    const group = fits[0]!;
    const other = group.families[0] === family ? group.families[1] : group.families[0];
    const genericSide = isGeneric(claim.actor) || isGeneric(claim.counterparty);
    const rule = genericSide ? 'generic-party-joins' : 'one-party-joins';
    const filled: Claim = concrete(claim.actor) && table.family(claim.actor.canonical) === family
      ? { ...claim, counterparty: filledParty(claim, claim.counterparty, other, rule) }
      : { ...claim, actor: filledParty(claim, claim.actor, other, rule) };
    claims[index] = filled;
    place(filled, group.id, group.kind, group.families, rule);
  }
  return { groups: [...new Set([...groups.keys()].map((id) => liveGroup(groups, id)))], claims };
}
