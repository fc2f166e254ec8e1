import type { Claim } from '../schema/claim.js';
import type { EntityTable } from '../normalize/entities.js';

/** Kinds of event: a supply, lease, partnership or unspecified deal are one commercial relation. */
export function eventKind(type: NonNullable<Claim['action']>['type']): 'commercial' | 'invest' | 'acquire' | 'state' {
  return type === 'invest' || type === 'acquire' || type === 'state' ? type : 'commercial';
}

const SEPARATE = /\bseparate(ly)?\b/i;

/** Who gives in the claim, by family: the actor for a forward action, the counterparty for a reverse one. */
export function giverOf(claim: Claim, table: EntityTable): string | null {
  if (!claim.action || !claim.actor || !claim.counterparty || claim.action.direction === 'none') return null;
  return table.family(claim.action.direction === 'forward' ? claim.actor.canonical : claim.counterparty.canonical);
}

export interface EventGroup {
  id: string;
  kind: ReturnType<typeof eventKind>;
  families: [string, string];
  claims: Claim[];
}

/**
 * The event key of a claim: its kind and its two parties' families, in a stable order, or null when the claim
 * names no action or both sides are one family. "OpenAI pays Oracle" and "OpenAI pays CoreWeave" get two keys.
 */
export function eventKey(claim: Claim, table: EntityTable): { id: string; kind: EventGroup['kind']; families: [string, string] } | null {
  if (claim.action?.type === 'state' && claim.actor) {
    // One party's figure: its subject, what it did, and whether the figure is a level or a change.
    const subject = table.family(claim.actor.canonical);
    const what = `${claim.action.lemma}/${claim.action.rule.replace('statement:', '')}`;
    return { id: `state:${subject.toLowerCase()}~${what}`, kind: 'state', families: [subject, what] };
  }
  if (!claim.action || !claim.actor || !claim.counterparty) return null;
  const a = table.family(claim.actor.canonical);
  const b = table.family(claim.counterparty.canonical);
  if (a === b) return null;
  const families: [string, string] = a < b ? [a, b] : [b, a];
  const kind = eventKind(claim.action.type);
  // "Separately, Meta is negotiating to buy Google's chips": the text itself says this is another deal.
  const separate = SEPARATE.test(claim.text) ? '~separate' : '';
  return { id: `${kind}:${families[0]}~${families[1]}${separate}`, kind, families };
}

/** Groups claims by event key (blocking): claims of different keys are never compared. */
export function groupEvents(claims: readonly Claim[], table: EntityTable): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  for (const claim of claims) {
    const key = eventKey(claim, table);
    if (!key) continue;
    const group = groups.get(key.id) ?? { ...key, claims: [] };
    group.claims.push(claim);
    groups.set(key.id, group);
  }
  return [...groups.values()];
}
