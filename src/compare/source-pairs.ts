import type { Finding, FindingField } from '../schema/finding.js';
import type { ClaimReading } from './findings.js';

/** Fields in code-unit order, the order in which the findings of one pair of claims are listed. */
const FIELD_ORDER: Record<FindingField, number> = { amount: 0, counterparty: 1, duration: 2, event: 3, polarity: 4, quantity: 5, trend: 6 };

/**
 * The findings of one event as they come, kept one per source pair, kind and field: two sources may each hold
 * several claims of the event, and each thing is said once, by the most confident finding (ties to the smaller
 * id). An agreement between two sources that also contradict each other on the event says too little and is
 * left out. `list` gives them by their claims in natural order, then field, then kind.
 *
 * Keys are numbers: a pair of source numbers below `sources` squared, claim ranks below `claims` squared, times
 * 16 for the field and kind; exact below 2^53, so for up to some twenty million sources and claims.
 */
export class OnePerSourcePair {
  private kept: Finding[] = [];
  private order: number[] = [];
  private pairs: number[] = [];
  private slots = new Map<number, number>();
  private contradicted = new Set<number>();

  constructor(private readonly sources: number, private readonly claims: number) {}

  readonly add = (finding: Finding, first: ClaimReading, second: ClaimReading): void => {
    const [lo, hi] = first.source < second.source ? [first.source, second.source] : [second.source, first.source];
    const pair = lo * this.sources + hi;
    const code = FIELD_ORDER[finding.field] * 2 + (finding.kind === 'contradiction' ? 1 : 0);
    const order = (first.rank * this.claims + second.rank) * 16 + code;
    const slot = this.slots.get(pair * 16 + code);
    if (slot === undefined) {
      this.slots.set(pair * 16 + code, this.kept.length);
      this.kept.push(finding);
      this.order.push(order);
      this.pairs.push(pair);
    } else {
      const other = this.kept[slot]!;
      if (finding.confidence > other.confidence || (finding.confidence === other.confidence && finding.id < other.id)) {
        this.kept[slot] = finding;
        this.order[slot] = order;
      }
    }
    if (finding.kind === 'contradiction') this.contradicted.add(pair);
  };

  list(): Finding[] {
    const slots: number[] = [];
    for (let i = 0; i < this.kept.length; i++) if (this.kept[i]!.kind === 'contradiction' || !this.contradicted.has(this.pairs[i]!)) slots.push(i);
    return slots.sort((a, b) => this.order[a]! - this.order[b]!).map((i) => this.kept[i]!);
  }
}
