import type { Claim, DealObject } from '../schema/claim.js';
import { UnionFind } from '../normalize/union-find.js';

/**
 * `object-splits`: the claims of one pair that name what their deal covers ("the Lindhall plant", "TQ-40", "a wind
 * PPA") are told apart by it, on the first dimension on which they name two things (`DIMENSIONS`). Names are one
 * object when one text writes one as the place of the other ("the Seldon hub in Ostby", then "the Ostby hub") or one
 * opens the other word by word ("the Seldon hub", "the Seldon East hub"),
 * and objects whose claims state a size the same (an amount, a count; a term alone is shared by many deals) are one deal named two ways. The object that claims naming none
 * retell (else the one most sources name) is the news those claims tell, and stays with them; the others are apart.
 * With no news to go by, the objects split only when one text names two of them: else their names may be one deal's.
 */
export interface ObjectSplitter {
  /** `object:<id>` for a claim of a pair that did deals of several objects, else `''`. */
  apartOf(claim: Claim, pair: string): string;
}

/** A name that is a party's in the pair's claims, or the first words of one ("tarvo" of "Tarvo Towers"), names no object. */
function partyWords(claims: readonly Claim[]): Set<string> {
  const words = new Set<string>();
  for (const c of claims) {
    for (const p of [c.actor, c.counterparty]) {
      if (!p) continue;
      for (const name of [p.canonical, p.text]) {
        const lower = name.toLowerCase();
        const parts = lower.split(/\s+/);
        for (let n = 1; n <= parts.length; n++) words.add(parts.slice(0, n).join(' '));
      }
    }
  }
  return words;
}


/** Whether one source names two of the objects (in claims of the pair), so that they are two things. */
function witnessed(objects: ReadonlyMap<string, readonly Claim[]>): boolean {
  const seen = new Map<string, string>();
  for (const [root, list] of objects) {
    for (const c of list) {
      const other = seen.get(c.sourceId);
      if (other !== undefined && other !== root) return true;
      seen.set(c.sourceId, root);
    }
  }
  return false;
}

/** The objects of a claim with party names dropped; objects left with neither name nor class are dropped too. */
function ownObjects(claim: Claim, parties: ReadonlySet<string>): DealObject[] {
  return (claim.objects ?? [])
    .map((o) => ({ ...o, names: o.names.filter((n) => !parties.has(n)) }))
    .filter((o) => o.names.length > 0 || o.class !== null);
}

/**
 * The ways two objects can differ, in the order they are tried: the asset a deal trades (a plant, a site), the
 * product it covers (a compound's code, a drug's name), its class (the kind of power it sells; goods or their upkeep). A plant and the chip made in it
 * are one deal's two sides, so a pair's claims are told apart on one dimension only.
 */
const DIMENSIONS = ['asset', 'product', 'class'] as const;
type Dimension = (typeof DIMENSIONS)[number];

/** A claim's objects by dimension, asset names folded to their roots. */
function sidesOf(objects: readonly DealObject[], union: UnionFind): Record<Dimension, Set<string>> {
  const sides: Record<Dimension, Set<string>> = { asset: new Set(), product: new Set(), class: new Set() };
  for (const o of objects) {
    if (o.names.length > 0) sides[o.rule === 'named-asset' ? 'asset' : 'product'].add(union.find(o.names[0]!));
    if (o.class) sides.class.add(o.class);
  }
  return sides;
}

/** Asset names one object goes by: a main name written as another's place is that asset ("the Corsley solar park" beside "Marren Flats solar park in Corsley"). */
function namesOfOneObject(objects: readonly DealObject[]): UnionFind {
  const union = new UnionFind();
  const mains = new Set(objects.filter((o) => o.names.length > 0).map((o) => o.names[0]!));
  for (const o of objects) {
    if (o.names.length === 0) continue;
    union.find(o.names[0]!);
    for (const place of o.names.slice(1)) if (mains.has(place)) union.union(o.names[0]!, place);
  }
  // (A name that opens another, word by word, is that name shortened: "the Saint-Morvenna plant" and "the Saint-Morvenna-le-Haut site".)
  const names = [...mains];
  for (const a of names) for (const b of names) if (a !== b && b.startsWith(`${a} `)) union.union(a, b);
  return union;
}

/**
 * Objects whose claims state a size the same are one deal named two ways: "the Hallam depot" and "a warehouse near
 * Ramsby" at £950,000 a month. Two deals of one pair seldom share a size.
 */
function objectsSharingASize(values: ReadonlyMap<string, Claim[]>, shares: (claim: Claim, others: readonly Claim[]) => boolean): UnionFind {
  const same = new UnionFind();
  const keys = [...values.keys()];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const others = values.get(keys[j]!)!;
      if (values.get(keys[i]!)!.some((c) => shares(c, others))) same.union(keys[i]!, keys[j]!);
    }
  }
  return same;
}

export function objectSplitter(
  claims: readonly Claim[],
  pairKey: (claim: Claim) => string | null,
  shares: (claim: Claim, others: readonly Claim[]) => boolean,
): ObjectSplitter {
  const mainOf = new Map<string, string>();
  const claimsOfPair = new Map<string, Claim[]>();
  for (const claim of claims) {
    const pair = pairKey(claim);
    if (!pair) continue;
    if (!claimsOfPair.has(pair)) claimsOfPair.set(pair, []);
    claimsOfPair.get(pair)!.push(claim);
  }
  const byPair = new Map<string, { claim: Claim; objects: DealObject[] }[]>();
  for (const [pair, list] of claimsOfPair) {
    if (!list.some((c) => c.objects)) continue;
    const parties = partyWords(list);
    const entries = list.flatMap((claim) => {
      const objects = ownObjects(claim, parties);
      return objects.length > 0 ? [{ claim, objects }] : [];
    });
    if (entries.length > 0) byPair.set(pair, entries);
  }
  // Per pair: the dimension its claims differ on, and each claim's value there.
  const valueOf = new Map<string, string>();
  const valuesOfPair = new Map<string, Map<string, Claim[]>>();
  for (const [pair, entries] of byPair) {
    const union = namesOfOneObject(entries.flatMap((e) => e.objects));
    const sides = entries.map(({ claim, objects }) => ({ claim, ...sidesOf(objects, union) }));
    const dimension = DIMENSIONS.find((d) => new Set(sides.flatMap((s) => [...s[d]])).size >= 2);
    if (!dimension) continue;
    // (A class alone is of the one asset of that class: "a wind project" beside "the Harrow Ridge wind farm".)
    const classesOfAsset = new Map<string, Set<string>>();
    for (const s of sides) for (const a of s.asset) for (const c of s.class) (classesOfAsset.get(a) ?? classesOfAsset.set(a, new Set()).get(a)!).add(c);
    const inferred = (s: (typeof sides)[number]): string[] => {
      if (dimension === 'asset') {
        const fits = [...classesOfAsset].filter(([, classes]) => [...s.class].some((c) => classes.has(c))).map(([a]) => a);
        return fits.length === 1 ? fits : [];
      }
      if (dimension === 'class') return [...new Set([...s.asset].flatMap((a) => [...(classesOfAsset.get(a) ?? [])]))];
      return [];
    };
    const values = new Map<string, Claim[]>();
    const severalOf = new Map<string, string[]>();
    for (const s of sides) {
      const own = [...s[dimension]];
      const list = own.length > 0 ? own : inferred(s);
      if (list.length === 0) continue;
      const value = list.length === 1 ? `${dimension}:${list[0]}` : 'several';
      valueOf.set(s.claim.id, value);
      if (value === 'several') severalOf.set(s.claim.id, list.map((v) => `${dimension}:${v}`));
      if (value !== 'several') (values.get(value) ?? values.set(value, []).get(value)!).push(s.claim);
    }
    const same = objectsSharingASize(values, shares);
    const merged = new Map<string, Claim[]>();
    for (const [value, list] of values) {
      const root = same.find(value);
      merged.set(root, [...(merged.get(root) ?? []), ...list]);
      if (root !== value) for (const c of list) valueOf.set(c.id, valueOf.get(c.id) === 'several' ? 'several' : root);
    }
    // (The object the claims naming none retell is the pair's news, which those claims tell too: it stays with them.)
    const unnamed = claimsOfPair.get(pair)!.filter((c) => !valueOf.has(c.id));
    const retold = [...merged].filter(([, list]) => unnamed.some((c) => shares(c, list)));
    // (With no figure retold, the object most sources tell is the news: "the Brisco tower" in two texts, a building
    // of another street in one.)
    const bySources = [...merged].map(([root, list]) => ({ root, sources: new Set(list.map((c) => c.sourceId)).size })).sort((a, b) => b.sources - a.sources);
    if (retold.length === 1) mainOf.set(pair, retold[0]![0]);
    else if (retold.length === 0 && bySources.length > 1 && bySources[0]!.sources > bySources[1]!.sources) mainOf.set(pair, bySources[0]!.root);
    // (With no news to tell, two objects are two deals only when one text names both: "CHF 240m for the Tour Brisco and
    // CHF 90m for Quellby"; else the names may be one deal's, and the claims stay together.)
    else if (!witnessed(merged)) continue;
    // (A claim naming the news's object beside another tells the news: "the TQ-40 licence, which follows the TQ-12 one".)
    for (const [id, list] of severalOf) if (list.some((v) => same.find(v) === mainOf.get(pair))) valueOf.delete(id);
    values.clear();
    for (const [root, list] of merged) values.set(root, list);
    valuesOfPair.set(pair, values);
  }

  return {
    apartOf(claim, pair) {
      const values = valuesOfPair.get(pair);
      if (!values || values.size < 2) return '';
      const value = valueOf.get(claim.id);
      return value && value !== mainOf.get(pair) ? `object:${value}` : '';
    },
  };
}
