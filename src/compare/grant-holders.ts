import type { Claim } from '../schema/claim.js';
import type { EntityTable } from '../normalize/entities.js';
import type { EventGroup } from './events.js';
import { giverOf, takerOf } from './events.js';

/**
 * Who holds an exclusive grant, that is, whose only partner the other side is. Grants are compared within a holder's
 * block: two grants of one holder to different partners conflict.
 * - "sells its whole output to Brisk": the giver holds ("all of it to Brisk").
 * - "its only supplier is Vustrin" (a sole giver): the taker holds ("only from Vustrin").
 * - "an exclusive licence", "the exclusive Tarvo win": "exclusive" with no role noun does not say whose only partner the
 *   other is, nor, with no direction, who gives; the grant is held by each side, in each role, and those holds it does
 *   not state are `guessed`.
 */
export interface Hold {
  holder: string;
  partner: string;
  /** Held as the taker of a sole giver ("only from ..."). */
  soleGiver: boolean;
  guessed: boolean;
}

/** The rules that fill a side with the firm an analyst note rates: as good as read for whose grant it is. */
const RATED = /^rated-/;

/** Words that say the giver's whole thing goes to the taker: "the entire output", "all of its capacity". */
const GIVERS_WHOLE = /\b(?:entire(?:ty)?|whole|full|all\s+(?:of|its|their|the))\b/i;

/** Words that make a claim exclusive without naming whose only partner the other is. */
const EITHER_WAY = /\b(?:exclusive(?:ly)?|sole(?:ly)?)\b/i;

/** Whether a side was read from the words (or is the rated firm), not filled in from the paragraph. */
const read = (p: Claim['actor']): p is NonNullable<Claim['actor']> => p !== null && (p.certainty === 'stated' || RATED.test(p.rule));

/** Whether an exclusive claim says no more than "exclusive": its grant is held by each side. */
export function heldEitherWay(claim: Claim): boolean {
  // (Only with both sides read from the words: a side filled in from the paragraph may be another deal's firm.)
  return !claim.soleGiver && read(claim.actor) && read(claim.counterparty) && EITHER_WAY.test(claim.text) && !GIVERS_WHOLE.test(claim.text);
}

/** The holds of an exclusive, asserted claim of `group`; none for a claim that names no giver and no two sides. */
export function holdsOf(claim: Claim, group: EventGroup, table: EntityTable): Hold[] {
  if (!claim.exclusive || claim.negated) return [];
  const giver = giverOf(claim, table);
  if (heldEitherWay(claim)) {
    const pair = giver ? [giver, takerOf(claim, table)!] : [table.family(claim.actor!.canonical), table.family(claim.counterparty!.canonical)];
    const orders = giver ? [pair] : [pair, [pair[1]!, pair[0]!]];
    return orders.flatMap(([a, b]) => [
      { holder: a!, partner: b!, soleGiver: false, guessed: !giver },
      { holder: b!, partner: a!, soleGiver: true, guessed: true },
    ]);
  }
  if (!giver) return [];
  // In an event of several takers ("Arleth, Fulmar and eBridge"), the claim's own taker.
  const taker = takerOf(claim, table) ?? (group.families[0] === giver ? group.families[1] : group.families[0]);
  // A sole giver ("its only supplier is Vustrin") holds its taker: grants are blocked by the taker, against other givers.
  return [claim.soleGiver ? { holder: taker, partner: giver, soleGiver: true, guessed: false } : { holder: giver, partner: taker, soleGiver: false, guessed: false }];
}

/** Whether two claims state one figure alike: a sum in one currency, a term, or a measure, within 2%. */
export function shareAFigure(a: Claim, b: Claim): boolean {
  const near = (x: number, y: number) => Math.abs(x - y) <= 0.02 * Math.max(Math.abs(x), Math.abs(y));
  if (a.amount && b.amount && a.amount.currency === b.amount.currency && a.amount.per === b.amount.per && near(a.amount.value, b.amount.value)) return true;
  if (a.duration && b.duration && near(a.duration.months, b.duration.months)) return true;
  return a.quantities.some((q) => b.quantities.some((r) => q.unit === r.unit && near(q.value, r.value)));
}

/**
 * Whether two claims name one thing the deal is about by its name or code ("exclusive rights to TQ-40" beside "an
 * exclusive licence ... for CRV-221"): evidence, as a shared figure is, that two exclusive grants are of one thing.
 */
export function shareANamedThing(a: Claim, b: Claim): boolean {
  const names = new Set((a.objects ?? []).flatMap((o) => o.names));
  return names.size > 0 && (b.objects ?? []).some((o) => o.names.some((n) => names.has(n)));
}
