import type { Finding, FindingField } from '../schema/finding.js';
import type { ClaimReading } from './findings.js';

/** Fields in code-unit order, the order in which the findings of one pair of claims are listed. */
const FIELD_ORDER: Record<FindingField, number> = { amount: 0, counterparty: 1, duration: 2, event: 3, polarity: 4, quantity: 5, trend: 6 };

/** Fields whose findings set two figures side by side. */
const FIGURE_FIELDS: ReadonlySet<FindingField> = new Set(['amount', 'quantity', 'duration']);

/** The number a finding's normalized words end on, scaled: "about $1.1B" 1.1e9, "$38K per day = $12.8M per year" 1.28e7. */
function figureOf(words: string): number {
  const all = [...words.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*([KMBT])?/g)];
  const last = all.at(-1);
  if (!last) return NaN;
  return Number(last[1]!.replace(/,/g, '')) * ({ K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[last[2] ?? ''] ?? 1);
}

const sameFigure = (a: number, b: number): boolean => Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));

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
  };

  list(): Finding[] {
    // ("the £400m facility" beside "its £70m part of the £400m facility": a figure one source states and the other also states
    // elsewhere, where the two agree on it, is no conflict between them; the other figure tells another part.)
    const agreed = new Map<number, Finding[]>();
    for (let i = 0; i < this.kept.length; i++) {
      if (this.kept[i]!.kind !== 'agreement') continue;
      const list = agreed.get(this.pairs[i]!);
      if (list) list.push(this.kept[i]!);
      else agreed.set(this.pairs[i]!, [this.kept[i]!]);
    }
    const statedByBoth = (i: number): boolean => {
      const c = this.kept[i]!;
      const values = c.values.map((v) => figureOf(v.normalized));
      // (A count or a measure is the same only in the same unit: "40 jet" is not "40%".)
      const unit = (words: string) => (c.field === 'quantity' ? words.replace(/^.*\d\s*/, '') : '');
      const units = c.values.map((v) => unit(v.normalized));
      return (agreed.get(this.pairs[i]!) ?? []).some((a) => a.field === c.field && a.values.some((v) => values.some((x, k) => sameFigure(x, figureOf(v.normalized)) && units[k] === unit(v.normalized))));
    };
    const dropped = new Set<number>();
    for (let i = 0; i < this.kept.length; i++) if (this.kept[i]!.kind === 'contradiction' && FIGURE_FIELDS.has(this.kept[i]!.field) && statedByBoth(i)) dropped.add(i);
    const stillContradicted = new Set<number>();
    for (let i = 0; i < this.kept.length; i++) if (this.kept[i]!.kind === 'contradiction' && !dropped.has(i)) stillContradicted.add(this.pairs[i]!);
    const slots: number[] = [];
    for (let i = 0; i < this.kept.length; i++) {
      if (dropped.has(i)) continue;
      if (this.kept[i]!.kind === 'contradiction' || !stillContradicted.has(this.pairs[i]!)) slots.push(i);
    }
    return slots.sort((a, b) => this.order[a]! - this.order[b]!).map((i) => this.kept[i]!);
  }
}
