import type { Claim } from '../schema/claim.js';
import type { FieldPositions, Consensus } from '../schema/report.js';
import type { CompareSettings } from './comparator.js';
import type { PositionValue } from './position-reader.js';
import { DIGITS } from './describe.js';
import { naturalCompare, naturally } from './natural-order.js';
import { VALUE_KINDS, aspectFor, type ValueKind } from './value-kinds.js';

interface PositionDraft {
  value: PositionValue;
  /** The first claim in natural order: the one compared, quoted and paired for the position. */
  representative: Claim;
  claims: string[];
  sources: Set<string>;
}

/** One aspect of an event with its positions, ranked: most sources first, then the lower value. */
export interface AspectDraft {
  kind: ValueKind;
  aspect: string;
  positions: PositionDraft[];
}

/**
 * Groups an event's claims (in natural order) by aspect and normalized value. Linear in the claims: each
 * claim is read once by each kind of value. An aspect where every claim holds only the implicit position
 * ("asserted") says nothing and is left out.
 */
export function aspectsOf(claims: readonly Claim[], shares?: ReadonlyMap<string, string>): AspectDraft[] {
  const aspects = new Map<string, { kind: ValueKind; byKey: Map<string, PositionDraft> }>();
  for (const claim of claims) {
    const share = shares?.get(claim.id) ?? '';
    for (const kind of VALUE_KINDS) {
      for (const value of kind.positions(claim)) {
        const name = aspectFor(kind, value.aspect, share);
        let aspect = aspects.get(name);
        if (!aspect) aspects.set(name, (aspect = { kind, byKey: new Map() }));
        let position = aspect.byKey.get(value.key);
        if (!position) aspect.byKey.set(value.key, (position = { value, representative: claim, claims: [], sources: new Set() }));
        position.claims.push(claim.id);
        position.sources.add(claim.sourceId);
      }
    }
  }
  const out: AspectDraft[] = [];
  for (const [aspect, { kind, byKey }] of aspects) {
    const positions = [...byKey.values()];
    if (positions.every((p) => p.value.implicit)) continue;
    positions.sort((a, b) => b.sources.size - a.sources.size || a.value.order - b.value.order || naturalCompare(a.value.key, b.value.key));
    out.push({ kind, aspect, positions });
  }
  return out.sort((a, b) => naturalCompare(a.aspect, b.aspect));
}

/** The fewest digits (three at least) that print every position of an aspect differently. */
function labels(positions: readonly PositionDraft[]): string[] {
  let best = positions.map((p) => p.value.describe(DIGITS));
  for (let digits = DIGITS + 1; digits <= 15 && new Set(best).size < best.length; digits++) {
    best = positions.map((p) => p.value.describe(digits));
  }
  return best;
}

/**
 * An aspect's positions with who supports and who departs from the leading one. The leading position's
 * support counts every position that does not conflict with it within the tolerance; it has a consensus only
 * with more than half of the sources that state a value, so one against one is disputed.
 */
export function fieldPositions(draft: AspectDraft, settings: CompareSettings): FieldPositions {
  const [top, ...rest] = draft.positions;
  const support = new Set(top!.sources);
  const against = new Set<string>();
  const comparator = draft.kind.compare;
  const leading = comparator.read(top!.representative);
  for (const position of rest) {
    const other = leading === null ? null : comparator.read(position.representative);
    const verdict = other === null ? undefined : comparator.compare(leading, other, settings)?.verdict;
    if (verdict === 'conflict') for (const s of position.sources) against.add(s);
    else if (verdict) for (const s of position.sources) support.add(s);
  }
  for (const s of support) against.delete(s);
  const stating = support.size + against.size;
  const status = against.size === 0 ? 'agreed' : support.size * 2 > stating ? 'majority' : 'disputed';
  const values = labels(draft.positions);
  return {
    field: draft.kind.field,
    aspect: draft.aspect,
    status,
    positions: draft.positions.map((p, i) => ({
      value: values[i]!,
      sources: naturally(p.sources),
      claims: p.claims,
      evidence: { claim: p.representative.id, source: p.representative.sourceId, text: p.representative.text },
    })),
    support: naturally(support),
    against: naturally(against),
  };
}

/** Disputed aspects first, then by majority, then agreed; in each, the aspects in natural order. */
const STATUS_RANK: Record<FieldPositions['status'], number> = { disputed: 0, majority: 1, agreed: 2 };
export function rankFields(fields: FieldPositions[]): FieldPositions[] {
  return fields.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || naturalCompare(a.aspect, b.aspect));
}

/** The value an aspect's sources hold by consensus, for fields that have one. */
export function consensusOf(fields: readonly FieldPositions[]): Consensus[] {
  return fields
    .filter((f) => f.status !== 'disputed')
    .map((f) => ({ field: f.field, value: f.positions[0]!.value, support: f.support, against: f.against }));
}
