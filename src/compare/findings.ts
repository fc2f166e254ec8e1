import type { Claim } from '../schema/claim.js';
import type { Finding, FindingField, FindingSide } from '../schema/finding.js';
import type { Comparator, Comparison, CompareSettings } from './comparator.js';
import { VALUE_KINDS, comparable } from './value-kinds.js';
import { idPart } from './ids.js';
import { amountRole, roleOfAmount } from '../normalize/values.js';

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

/**
 * Strings joined into one flat string. A template literal in V8 is a chain of concatenation nodes that
 * point at their parts (an explanation of 80 letters takes about 250 bytes); joined, it takes about 100.
 * Findings number in the millions at 100,000 sources, and each keeps an id and an explanation.
 */
const flat = (...parts: string[]): string => parts.join('');

/** What a comparison found, for `FindingWriter`; `corroborated` lists the agreeing comparators as bits of `COMPARATORS`. */
interface Verdict {
  kind: Finding['kind'];
  field: FindingField;
  sides: [string, string];
  corroborated: number;
  rule: string;
  base: number;
}

/**
 * Writes findings. What many findings hold alike is made once and shared: the list of fields that corroborate
 * with its verdict, and each side ({ claim, source, text, normalized }) of a claim quoted the same way; shared
 * objects are frozen, so a change to one finding cannot show up in another. One writer per comparison run.
 */
export class FindingWriter {
  private verdicts = new Map<string, { corroborated: FindingField[]; verdict: string }>();

  constructor(private settings: FindingSettings) {}

  write(first: ClaimReading, second: ClaimReading, event: string, v: Verdict): Finding {
    const { corroborated, verdict } = this.verdictOf(v);
    const [a, b] = [first.claim, second.claim];
    return {
      id: flat(v.kind === 'contradiction' ? 'c' : 'a', ':', first.idPart, '~', second.idPart, ':', v.field),
      kind: v.kind,
      claims: [a.id, b.id],
      sources: [a.sourceId, b.sourceId],
      event,
      field: v.field,
      corroborated,
      explanation: flat(a.sourceId, ': ', v.sides[0], '; ', b.sourceId, ': ', v.sides[1], ': ', verdict),
      values: [sideOf(first, v.field, v.sides[0]), sideOf(second, v.field, v.sides[1])],
      confidence: confidence(a, b, v.base, this.settings),
      rule: v.rule,
    };
  }

  private verdictOf(v: Verdict) {
    const key = `${v.kind}:${v.field}:${v.corroborated}`;
    let known = this.verdicts.get(key);
    if (!known) {
      const fields = v.kind === 'contradiction' ? [] : v.field === 'event' ? ['event' as const] : COMPARATOR_FIELDS.filter((_, i) => v.corroborated & (1 << i));
      const verdict = v.kind === 'contradiction' ? `conflict on ${v.field}` : v.field === 'event' ? 'same event, nothing conflicts' : `agree on ${fields.join(', ')}`;
      this.verdicts.set(key, (known = { corroborated: Object.freeze(fields) as FindingField[], verdict }));
    }
    return known;
  }
}

const COMPARATOR_FIELDS: readonly FindingField[] = VALUE_KINDS.map((kind) => kind.field);

function sideOf(reading: ClaimReading, field: FindingField, normalized: string): FindingSide {
  for (const s of reading.sides) if (s.field === field && s.side.normalized === normalized) return s.side;
  const claim = reading.claim;
  const side = Object.freeze({ claim: claim.id, source: claim.sourceId, text: sideText(claim, field), normalized });
  reading.sides.push({ field, side });
  return side;
}

/** The role of a claim's figures: a step ("another $90m", "five more launches"), the whole deal, or '' with none. */
function figureRole(claim: Claim): 'step' | 'whole' | '' {
  const roles = [
    ...(claim.amount ? [amountRole(claim)] : []),
    ...claim.quantities.filter((q) => q.dimension === 'count').map((q) => roleOfAmount(claim.text, claim.span.start, q)),
  ];
  if (roles.includes('increment')) return 'step';
  return roles.includes('whole') ? 'whole' : '';
}

/**
 * "Wrenfield has won five more launches from Narnhurst" beside "Narnhurst booked three launches with Wrenfield": a step
 * of a deal beside the whole of another is a later transaction of the pair, so with nothing compared the two do not
 * agree. Investments, which run up in tranches told of one support ("another ¥200bn"), are left out.
 */
function stepBesideWhole(x: Claim, y: Claim): boolean {
  if (x.action?.type === 'invest' || y.action?.type === 'invest') return false;
  // ("a second tranche ... worth £27 million" and "its follow-on order, valued at £27m": the same figure is the same step.)
  if (x.amount && y.amount && x.amount.value === y.amount.value) return false;
  if (x.quantities.some((q) => y.quantities.some((r) => r.unit === q.unit && r.value === q.value))) return false;
  const roles = [figureRole(x), figureRole(y)];
  return roles.includes('step') && roles.includes('whole');
}

/** Receives each finding of an event with the readings of its two claims, first in natural order. */
export type FindingSink = (finding: Finding, first: ClaimReading, second: ClaimReading) => void;

/**
 * Compares two claims of one event with every comparator: a contradiction for each conflicting field,
 * else one agreement naming the fields that corroborate (or the event alone). In an event with several parties on
 * one side, `shares` says whose share each claim states, and only comparable kinds of value are compared.
 */
export function comparePair(a: ClaimReading, b: ClaimReading, event: string, settings: FindingSettings, writer: FindingWriter, sink: FindingSink, shares?: ReadonlyMap<string, string>, oneSided?: ReadonlySet<string>): void {
  const first = a.rank <= b.rank ? a : b;
  const second = first === a ? b : a;
  const x = first.claim;
  const y = second.claim;
  // "Sensex fell on Tuesday" and "Sensex rose on Wednesday" are two days, not one fact.
  if (x.action?.type === 'state' && x.when.length > 0 && y.when.length > 0 && !x.when.some((d) => y.when.includes(d))) return;
  let results: Comparison[] | null = null;
  let conflicts = 0;
  let agreeing = 0;
  const shareA = shares?.get(x.id) ?? '';
  const shareB = shares?.get(y.id) ?? '';
  for (let i = 0; i < COMPARATORS.length; i++) {
    const ra = first.values[i];
    const rb = second.values[i];
    if (ra === null || rb === null || !comparable(VALUE_KINDS[i]!, shareA, shareB)) continue;
    const r = COMPARATORS[i]!.compare(ra, rb, settings);
    if (!r) continue;
    (results ??= []).push(r);
    if (r.verdict === 'conflict') conflicts++;
    else if (r.verdict === 'agree') agreeing |= 1 << i;
  }
  // (Two figures too far apart to be one misread tell two parts or two deals: no finding on them, nor on the pair, unless
  // another field conflicts.)
  if (results?.some((r) => r.verdict === 'apart')) {
    results = results.filter((r) => r.verdict !== 'apart');
    if (!results.some((r) => r.verdict === 'conflict')) return;
  }
  // (A step beside another deal's whole differs from it by being later, not by being misreported.)
  if (conflicts > 0 && !results!.some((r) => r.verdict === 'conflict' && r.field === 'polarity') && stepBesideWhole(x, y)) return;
  // (A claim that names one side joined its event on that side alone: a figure it states otherwise, with none the same,
  // as likely tells another deal of that side. Its denial still conflicts.)
  if (conflicts > 0 && agreeing === 0 && oneSided !== undefined && (oneSided.has(x.id) || oneSided.has(y.id))
    && !results!.some((r) => r.verdict === 'conflict' && r.field === 'polarity')) return;
  if (conflicts > 0) {
    for (const r of results!) {
      if (r.verdict === 'conflict') sink(writer.write(first, second, event, { kind: 'contradiction', field: r.field, sides: r.sides, corroborated: 0, rule: r.rule, base: r.field === 'polarity' ? 0.8 : 0.9 }), first, second);
    }
    return;
  }
  if (agreeing === 0 && stepBesideWhole(x, y)) return;
  if (agreeing === 0) {
    sink(writer.write(first, second, event, { kind: 'agreement', field: 'event', sides: [eventSummary(first), eventSummary(second)], corroborated: 0, rule: 'same-event', base: 0.6 }), first, second);
    return;
  }
  const top = results!.find((r) => r.verdict === 'agree')!;
  sink(writer.write(first, second, event, { kind: 'agreement', field: top.field, sides: top.sides, corroborated: agreeing, rule: top.rule, base: 0.9 }), first, second);
}

/** Two exclusive grants of one giver's thing to different takers: "the entire capacity to Anthropic" vs "all of it to OpenAI". */
export function compareExclusive(a: ClaimReading, b: ClaimReading, event: string, writer: FindingWriter, sink: FindingSink, stated?: (c: Claim) => string | null): void {
  const first = a.rank <= b.rank ? a : b;
  const second = first === a ? b : a;
  const taker = (c: Claim) => (c.action?.direction === 'forward' ? c.counterparty : c.actor)?.canonical ?? '?';
  const giver = (c: Claim) => (c.action?.direction === 'forward' ? c.actor : c.counterparty)?.canonical ?? '?';
  const side = (c: Claim) => stated?.(c) ?? (c.soleGiver ? `only from ${giver(c)}` : `all of it to ${taker(c)}`);
  const sides: [string, string] = [side(first.claim), side(second.claim)];
  sink(writer.write(first, second, event, { kind: 'contradiction', field: 'counterparty', sides, corroborated: 0, rule: 'exclusive-counterparty', base: 0.8 }), first, second);
}
