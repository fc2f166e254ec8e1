import type { Claim } from '../schema/claim.js';
import type { Finding, FindingField, FindingSide } from '../schema/finding.js';
import type { Comparator, Comparison, CompareSettings } from './comparator.js';
import { VALUE_KINDS } from './value-kinds.js';
import { idPart } from './ids.js';

/** Every comparator, in the order their fields rank in an explanation. */
export const COMPARATORS: readonly Comparator[] = VALUE_KINDS.map((kind) => kind.compare);

export interface FindingSettings extends CompareSettings {
  hedgePenalty: number;
}

/**
 * A claim as comparison reads it, once however many pairs it is in: what each comparator reads of it, where its
 * id stands in natural order, its source as a number, and the sides of findings already written about it.
 */
export interface ClaimReading {
  claim: Claim;
  /** Ranks compare as `naturalCompare` of the claim ids: equal ids, equal ranks. */
  rank: number;
  /** The claim's source, numbered; pairs of sources are keyed by these numbers. */
  source: number;
  /** One reading per comparator of `COMPARATORS`, null when the claim states no such value. */
  values: unknown[];
  /** The id as it stands in finding ids. */
  idPart: string;
  summary: string | null;
  /** Sides of findings already written, shared by every finding that quotes the claim the same way. */
  sides: { field: FindingField; side: FindingSide }[];
}

export function readClaim(claim: Claim, rank: number, source: number): ClaimReading {
  return { claim, rank, source, values: COMPARATORS.map((c) => c.read(claim)), idPart: idPart(claim.id), summary: null, sides: [] };
}

/** A finding before one per source pair is kept: enough to choose between findings and to write the one kept. */
export interface Draft {
  kind: Finding['kind'];
  first: ClaimReading;
  second: ClaimReading;
  event: string;
  field: FindingField;
  sides: [string, string];
  corroborated: FindingField[];
  rule: string;
  confidence: number;
  id: string | null;
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

function eventSummary(reading: ClaimReading): string {
  const claim = reading.claim;
  return (reading.summary ??= `${claim.actor?.canonical ?? '?'} ${claim.negated ? 'not ' : ''}${claim.action?.lemma ?? 'deal'} ${claim.counterparty?.canonical ?? '?'}`);
}

function draft(kind: Finding['kind'], a: ClaimReading, b: ClaimReading, event: string, field: FindingField, sides: [string, string], corroborated: FindingField[], rule: string, base: number, settings: FindingSettings): Draft {
  return { kind, first: a, second: b, event, field, sides, corroborated, rule, confidence: confidence(a.claim, b.claim, base, settings), id: null };
}

/**
 * Strings joined into one flat string. A template literal in V8 is a chain of concatenation nodes that
 * point at their parts (an explanation of 80 letters takes about 250 bytes); joined, it takes about 100.
 * Findings number in the millions at 100,000 sources, and each keeps an id and an explanation.
 */
const flat = (...parts: string[]): string => parts.join('');

/** `c:s4#1~s9#1:amount`: see `findingId`. */
export function draftId(d: Draft): string {
  return (d.id ??= flat(d.kind === 'contradiction' ? 'c' : 'a', ':', d.first.idPart, '~', d.second.idPart, ':', d.field));
}

/**
 * Compares two claims of one event with every comparator: a contradiction for each conflicting field,
 * else one agreement naming the fields that corroborate (or the event alone).
 */
export function comparePair(a: ClaimReading, b: ClaimReading, event: string, settings: FindingSettings, out: Draft[]): void {
  const [first, second] = a.rank <= b.rank ? [a, b] : [b, a];
  const [x, y] = [first.claim, second.claim];
  // "Sensex fell on Tuesday" and "Sensex rose on Wednesday" are two days, not one fact.
  if (x.action?.type === 'state' && x.when.length > 0 && y.when.length > 0 && !x.when.some((d) => y.when.includes(d))) return;
  const results: Comparison[] = [];
  let conflicts = 0;
  for (let i = 0; i < COMPARATORS.length; i++) {
    const ra = first.values[i];
    const rb = second.values[i];
    if (ra === null || rb === null) continue;
    const r = COMPARATORS[i]!.compare(ra, rb, settings);
    if (!r) continue;
    results.push(r);
    if (r.verdict === 'conflict') conflicts++;
  }
  if (conflicts > 0) {
    for (const r of results) if (r.verdict === 'conflict') out.push(draft('contradiction', first, second, event, r.field, r.sides, [], r.rule, r.field === 'polarity' ? 0.8 : 0.9, settings));
    return;
  }
  const agreeing = results.filter((r) => r.verdict === 'agree');
  if (agreeing.length === 0) {
    out.push(draft('agreement', first, second, event, 'event', [eventSummary(first), eventSummary(second)], ['event'], 'same-event', 0.6, settings));
    return;
  }
  const top = agreeing[0]!;
  out.push(draft('agreement', first, second, event, top.field, top.sides, agreeing.map((r) => r.field), top.rule, 0.9, settings));
}

/** Two exclusive grants of one giver's thing to different takers: "the entire capacity to Anthropic" vs "all of it to OpenAI". */
export function compareExclusive(a: ClaimReading, b: ClaimReading, event: string, settings: FindingSettings): Draft {
  const [first, second] = a.rank <= b.rank ? [a, b] : [b, a];
  const taker = (c: Claim) => (c.action?.direction === 'forward' ? c.counterparty : c.actor)?.canonical ?? '?';
  return draft('contradiction', first, second, event, 'counterparty', [`all of it to ${taker(first.claim)}`, `all of it to ${taker(second.claim)}`], [], 'exclusive-counterparty', 0.8, settings);
}

/**
 * Writes kept drafts as findings. What many findings hold alike is made once and shared: the list of fields
 * that corroborate with its verdict, and each side ({ claim, source, text, normalized }) of a claim quoted the
 * same way; shared objects are frozen, so a change to one finding cannot show up in another.
 */
export function findingWriter(): (d: Draft) => Finding {
  const verdicts = new Map<string, { corroborated: FindingField[]; verdict: string }>();
  const verdictOf = (d: Draft) => {
    const key = `${d.kind}:${d.field}:${d.corroborated.join(',')}`;
    let known = verdicts.get(key);
    if (!known) {
      const verdict = d.kind === 'contradiction' ? `conflict on ${d.field}` : d.field === 'event' ? 'same event, nothing conflicts' : `agree on ${d.corroborated.join(', ')}`;
      verdicts.set(key, (known = { corroborated: Object.freeze([...d.corroborated]) as FindingField[], verdict }));
    }
    return known;
  };
  const sideOf = (reading: ClaimReading, field: FindingField, normalized: string): FindingSide => {
    for (const s of reading.sides) if (s.field === field && s.side.normalized === normalized) return s.side;
    const claim = reading.claim;
    const side = Object.freeze({ claim: claim.id, source: claim.sourceId, text: sideText(claim, field), normalized });
    reading.sides.push({ field, side });
    return side;
  };
  return (d) => {
    const { corroborated, verdict } = verdictOf(d);
    const [a, b] = [d.first.claim, d.second.claim];
    return {
      id: draftId(d),
      kind: d.kind,
      claims: [a.id, b.id],
      sources: [a.sourceId, b.sourceId],
      event: d.event,
      field: d.field,
      corroborated,
      explanation: flat(a.sourceId, ': ', d.sides[0], '; ', b.sourceId, ': ', d.sides[1], ': ', verdict),
      values: [sideOf(d.first, d.field, d.sides[0]), sideOf(d.second, d.field, d.sides[1])],
      confidence: d.confidence,
      rule: d.rule,
    };
  };
}
