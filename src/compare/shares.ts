import type { Claim, Party } from '../schema/claim.js';

/**
 * One event with several parties on one side (a league's rights split among three broadcasters, a loan from a
 * syndicate of banks): a claim's figure is for one of them (its share) or for all of them together. Figures are
 * compared only share with share: Arleth's $450m a season with Arleth's, the combined $900m with the combined,
 * never Arleth's with Fulmar's. Each rule is a record with an example and a reason, tried in order.
 */
export interface ShareRule {
  name: string;
  example: string;
  /** The parties of the several side in the example, and the one its claim names (run by test/rule-tables.test.ts). */
  members: readonly string[];
  named: string | null;
  /** Whose share the example states: a member's name, or '' for all of them together. */
  share: string;
  reason: string;
  applies(text: string, named: string | null, listed: number): boolean;
}

/** "Fulmar Sports' share of", "its slice of the package", "their portion": a part, whatever the sentence adds. */
const OWN_PART = /(?:['\u2019]s?|\bits|\btheir)\s(?:own\s)?(?:share|slice|portion|part|piece|cut|allocation|tranche)\b/i;
/** "one of three banks", "among the lenders", "Hilgate-led banks", "a consortium", "for a combined $900m": all together. */
const WHOLE = /\b(?:one\sof\s(?:the\s)?(?:two|three|four|five|six|seven|eight|several|\d+)|among\sthe|consortium|syndicate|club\sdeal|combined|jointly|together|in\stotal|all\stold|between\sthem)\b|-led\b/i;

export const SHARE_RULES: readonly ShareRule[] = [
  {
    name: 'listed-together', example: 'The league sold its rights to Arleth, Fulmar Sports and eBridge for $900 million a season.',
    members: ['Arleth', 'Fulmar Sports', 'eBridge'], named: 'Fulmar Sports', share: '', reason: 'a figure beside several of the parties is theirs together',
    applies: (_text, _named, listed) => listed > 1,
  },
  {
    name: 'no-member', example: "The league's media rights fetched $900 million a season.",
    members: ['Arleth', 'Fulmar Sports', 'eBridge'], named: null, share: '', reason: 'a figure that names none of the parties is the whole deal\'s',
    applies: (_text, named) => named === null,
  },
  {
    name: 'own-share', example: "Fulmar Sports' share of the rights package is $300 million a season, a third of the total.",
    members: ['Arleth', 'Fulmar Sports', 'eBridge'], named: 'Fulmar Sports', share: 'Fulmar Sports', reason: 'the words say the figure is one party\'s part',
    applies: (text) => OWN_PART.test(text),
  },
  {
    name: 'whole-group', example: 'Sedge Bank is one of three banks arranging the €900 million loan.',
    members: ['Hilgate Bank', 'Sedge Bank', 'Banco Oskett'], named: 'Sedge Bank', share: '', reason: 'the party is named as one of a group whose figure the sentence gives',
    applies: (text) => WHOLE.test(text),
  },
  {
    name: 'one-member', example: 'Fulmar Sports will pay the league $300 million a season.',
    members: ['Arleth', 'Fulmar Sports', 'eBridge'], named: 'Fulmar Sports', share: 'Fulmar Sports', reason: 'a figure beside one of the parties is that party\'s',
    applies: () => true,
  },
];

/**
 * Whose share a claim's figures are: `''` for all of the several side together, else the member's family.
 * `members` gives each member family the words the event's claims write for it.
 * @example shareOf('Fulmar Sports will pay the league $300 million a season.', 'Fulmar Sports', members) // { share: 'Fulmar Sports', rule: 'one-member' }
 */
export function shareOf(text: string, named: string | null, members: ReadonlyMap<string, readonly string[]>): { share: string; rule: string } {
  const listed = [...members.values()].filter((words) => words.some((w) => text.includes(w))).length;
  const rule = SHARE_RULES.find((r) => r.applies(text, named, listed))!;
  return { share: rule.share === '' ? '' : named!, rule: rule.name };
}

/** A party the claim's own words name, not one an event rule filled in. */
const ownParty = (p: Party | null): p is Party => p !== null && p.text.length > 0 && !p.rule.startsWith('event:');

/**
 * The share of each claim of an event with several parties on one side (`members`, by family), keyed by claim id;
 * empty for an event of two parties.
 */
export function sharesOf(claims: readonly Claim[], members: readonly string[], family: (name: string) => string): Map<string, string> {
  const shares = new Map<string, string>();
  if (members.length < 2) return shares;
  const words = new Map<string, string[]>(members.map((m) => [m, [m]]));
  for (const c of claims) for (const p of [c.actor, c.counterparty]) if (ownParty(p)) words.get(family(p.canonical))?.push(p.text);
  for (const c of claims) {
    const named = [c.actor, c.counterparty].filter(ownParty).map((p) => family(p.canonical)).find((f) => words.has(f)) ?? null;
    shares.set(c.id, shareOf(c.text, named, words).share);
  }
  return shares;
}
