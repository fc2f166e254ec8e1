import type { Claim } from '../schema/claim.js';
import { namesGoodsBefore } from '../extract/goods-titles.js';
import { isAssetNoun } from '../lexicon/asset-nouns.js';
import { NOMINAL_ACTION_FORMS } from '../lexicon/actions.js';

/**
 * A name some source gives a ship or a machine, after a determiner and a noun of made goods ("the LPG carrier Wendacre
 * Dawn", "its bulk carrier Feldane Crest"), names goods in every source: "Brisbury hired the Wendacre Dawn for two
 * years" leaves Brisbury's partner untold; "Wendacre Dawn" is none. Read from the claims' sentences, so a report rebuilt from
 * claims alone reads the same.
 */
const NAMED_GOODS = /\b(?:the|its|their|an?|our)\s+(?:([A-Za-z0-9-]+)\s+)?([a-z]+)\s+((?:\p{Lu}[\p{L}'-]*)(?:\s\p{Lu}[\p{L}'-]*){1,3})/gu;

/**
 * A name an owner gives a plant, a farm or a site, between the owner and the asset's noun, with the asset's size or
 * kind between ("Tarvo's 80-megawatt Ashdrift farm", "our 90 MW Kessby solar plant", "its Ostby terminal"): the
 * asset's name, which deals with no one.
 */
const NAMED_ASSET = /(?:\b(?:its|their|our)|\p{L}['\u2019]s)\s+(?:(?:[^\s\d]{0,4}\d\S*|[kMG]Wh?|[a-z][a-z-]*)\s+){0,3}((?:\p{Lu}[\p{L}'-]*)(?:\s\p{Lu}[\p{L}'-]*){0,2})\s+(?:([a-z]+)\s+)?([a-z]+)\b/gu;

/** Asset nouns WordNet files that deal talk writes for an agreement: "its Tarvo frame" (a framework agreement). */
const DEAL_SENSES: ReadonlySet<string> = new Set(['frame', 'concession']);
/** An asset's noun that names no deal: "plant", "farm", "campus"; not "facility" or "frame", which finance writes for loans and agreements. */
const namesAsset = (noun: string): boolean => isAssetNoun(noun) && !NOMINAL_ACTION_FORMS.has(noun) && !DEAL_SENSES.has(noun);

/** The names the claims' sentences give goods and owned assets, as written. */
export function goodsNamesOf(claims: readonly Claim[]): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  for (const claim of claims) {
    if (seen.has(claim.text)) continue;
    seen.add(claim.text);
    for (const m of claim.text.matchAll(NAMED_GOODS)) if (namesGoodsBefore(m[2]!, m[1])) names.add(m[3]!);
    for (const m of claim.text.matchAll(NAMED_ASSET)) if (namesAsset(m[3]!) && (m[2] === undefined || !isAssetNoun(m[2]))) names.add(m[1]!);
  }
  return names;
}

/**
 * `named-goods-side`: the claims with a side that is a name the corpus gives goods left empty, for the corroborated
 * partner its sentence names to fill.
 */
export function withoutGoodsSides(claims: readonly Claim[]): readonly Claim[] {
  const goods = goodsNamesOf(claims);
  if (goods.size === 0) return claims;
  const isGoods = (name: string | undefined) => name !== undefined && goods.has(name);
  return claims.map((c) => {
    const actor = isGoods(c.actor?.canonical) || isGoods(c.actor?.text) ? null : c.actor;
    const counterparty = isGoods(c.counterparty?.canonical) || isGoods(c.counterparty?.text) ? null : c.counterparty;
    return actor === c.actor && counterparty === c.counterparty ? c : { ...c, actor, counterparty };
  });
}
