import type { Claim } from '../schema/claim.js';
import type { Finding, FindingField } from '../schema/finding.js';
import type { Comparison, CompareSettings } from './comparator.js';
import { VALUE_KINDS, comparable } from './value-kinds.js';
import { findingId } from './ids.js';
import { naturalCompare } from './natural-order.js';

export interface FindingSettings extends CompareSettings {
  hedgePenalty: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

function confidence(a: Claim, b: Claim, base: number, settings: FindingSettings): number {
  let c = base;
  for (const claim of [a, b]) {
    if (claim.hedged) c *= settings.hedgePenalty;
    if (claim.actor?.certainty === 'implied' || claim.counterparty?.certainty === 'implied') c *= 0.9;
  }
  return round(Math.min(1, Math.max(0, c)));
}

function sideText(claim: Claim, field: FindingField): string {
  if (field === 'amount' && claim.amount) return claim.amount.text;
  if (field === 'duration' && claim.duration) return claim.duration.text;
  if (field === 'quantity' && claim.quantities[0]) return claim.quantities.map((q) => q.text).join(', ');
  if (claim.action) return claim.text.slice(claim.action.span.start - claim.span.start, claim.action.span.end - claim.span.start);
  return claim.text;
}

function eventSummary(claim: Claim): string {
  return `${claim.actor?.canonical ?? '?'} ${claim.negated ? 'not ' : ''}${claim.action?.lemma ?? 'deal'} ${claim.counterparty?.canonical ?? '?'}`;
}

function finding(kind: Finding['kind'], a: Claim, b: Claim, event: string, field: FindingField, sides: [string, string], corroborated: FindingField[], rule: string, base: number, settings: FindingSettings): Finding {
  const verdict = kind === 'contradiction' ? `conflict on ${field}` : field === 'event' ? 'same event, nothing conflicts' : `agree on ${corroborated.join(', ')}`;
  return {
    id: findingId(kind, a.id, b.id, field),
    kind,
    claims: [a.id, b.id],
    sources: [a.sourceId, b.sourceId],
    event,
    field,
    corroborated,
    explanation: `${a.sourceId}: ${sides[0]}; ${b.sourceId}: ${sides[1]}: ${verdict}`,
    values: [
      { claim: a.id, source: a.sourceId, text: sideText(a, field), normalized: sides[0] },
      { claim: b.id, source: b.sourceId, text: sideText(b, field), normalized: sides[1] },
    ],
    confidence: confidence(a, b, base, settings),
    rule,
  };
}

/**
 * Compares two claims of one event with every comparator: a contradiction for each conflicting field,
 * else one agreement naming the fields that corroborate (or the event alone). In an event with several parties on
 * one side, `shares` says whose share each claim states, and only comparable kinds of value are compared.
 */
export function comparePair(a: Claim, b: Claim, event: string, settings: FindingSettings, shares?: ReadonlyMap<string, string>): Finding[] {
  const [first, second] = naturalCompare(a.id, b.id) <= 0 ? [a, b] : [b, a];
  // "Sensex fell on Tuesday" and "Sensex rose on Wednesday" are two days, not one fact.
  if (first.action?.type === 'state' && first.when.length > 0 && second.when.length > 0 && !first.when.some((d) => second.when.includes(d))) return [];
  const shareA = shares?.get(first.id) ?? '';
  const shareB = shares?.get(second.id) ?? '';
  const results = VALUE_KINDS.filter((kind) => comparable(kind, shareA, shareB))
    .map((kind) => kind.compare(first, second, settings))
    .filter((r): r is Comparison => r !== null);
  const conflicts = results.filter((r) => r.verdict === 'conflict');
  if (conflicts.length > 0) {
    return conflicts.map((r) => finding('contradiction', first, second, event, r.field, r.sides, [], r.rule, r.field === 'polarity' ? 0.8 : 0.9, settings));
  }
  const agreeing = results.filter((r) => r.verdict === 'agree');
  if (agreeing.length === 0) {
    return [finding('agreement', first, second, event, 'event', [eventSummary(first), eventSummary(second)], ['event'], 'same-event', 0.6, settings)];
  }
  const top = agreeing[0]!;
  return [finding('agreement', first, second, event, top.field, top.sides, agreeing.map((r) => r.field), top.rule, 0.9, settings)];
}

/** Two exclusive grants of one giver's thing to different takers: "the entire capacity to Anthropic" vs "all of it to OpenAI". */
export function compareExclusive(a: Claim, b: Claim, event: string, settings: FindingSettings): Finding {
  const [first, second] = naturalCompare(a.id, b.id) <= 0 ? [a, b] : [b, a];
  const taker = (c: Claim) => (c.action?.direction === 'forward' ? c.counterparty : c.actor)?.canonical ?? '?';
  return finding('contradiction', first, second, event, 'counterparty', [`all of it to ${taker(first)}`, `all of it to ${taker(second)}`], [], 'exclusive-counterparty', 0.8, settings);
}
