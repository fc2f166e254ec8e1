import { WORDNET_PLACES } from './places.js';

/**
 * The last words that recur among WordNet's names of places ("north sea", "cape york peninsula", "gulf coast"), each
 * at least this often: nouns that head the name of a sea, a coast or a valley.
 */
const LEAST_NAMES = 4;

/**
 * Heads that recur among WordNet's places but also close the names of firms, clubs and streets ("Kelmora Capital",
 * "Tarvo City", "Siskin Line", "Quorrel Park", "Feldane Range"), or that are words of a few places' own names ("saint
 * louis", "east indies", "chang jiang"): no sign that a name is a place. Reviewed by hand from the list `LEAST_NAMES`
 * gives; places that are one word ("congo", "mexico") are left out as well.
 */
const NOT_PLACE_HEADS: ReadonlySet<string> = new Set([
  'state', 'states', 'park', 'capital', 'city', 'republic', 'empire', 'land', 'zone', 'layer', 'line', 'street', 'channel',
  'colony', 'passage', 'springs', 'beach', 'hill', 'hills', 'range', 'falls', 'peak', 'canal', 'south',
  'louis', 'lawrence', 'indies', 'jiang',
]);

let heads: ReadonlySet<string> | null = null;

/** The heads of place names: river, sea, coast, valley, bay, peninsula, islands, ... (lowercase). */
export function placeHeads(): ReadonlySet<string> {
  if (heads) return heads;
  const count = new Map<string, number>();
  const single = new Set<string>();
  for (const name of WORDNET_PLACES.split('|')) {
    const words = name.split(' ');
    if (words.length === 1) single.add(name);
    else count.set(words.at(-1)!, (count.get(words.at(-1)!) ?? 0) + 1);
  }
  // (A head that is itself a place's whole name, "congo", "mexico", names that place, not a kind of place.)
  heads = new Set([...count].filter(([w, n]) => n >= LEAST_NAMES && !NOT_PLACE_HEADS.has(w) && !single.has(w) && /^[a-z]+$/.test(w)).map(([w]) => w));
  return heads;
}

/**
 * Whether a name of capitalized words ends in a place's head: "the Quenlow Coast", "Vantmoor Bay", "the Ondo
 * Valley", "Kelmora Islands". Only a name of two words or more: the head alone is a common noun.
 * @example endsInPlaceHead('Quenlow Coast') // true
 */
export function endsInPlaceHead(name: string): boolean {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  return words.length >= 2 && /^\p{Lu}/u.test(words.at(-1)!) && placeHeads().has(words.at(-1)!.toLowerCase());
}
