import type { Amount, Quantity } from '../schema/quantity.js';
import { free, spanOf, take, type Context } from './context.js';
import { countNounAt } from './count-nouns.js';
import { CURRENCY_AFTER, CURRENCY_BEFORE, CURRENCY_BEFORE_FOLDED } from './currencies.js';
import { phraseAt, phraseBefore, phraseTable, type PhraseTable } from './phrases.js';

/** An interval a vague amount allows, with a central guess. */
export interface VagueEntry {
  readonly words: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly example: string;
}

const SCALE_NAMES: readonly [string, number][] = [['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]];

/** "billions", "tens of billions", "hundreds of millions", "several billion", "a multibillion-dollar deal". */
export const VAGUE_AMOUNTS: readonly VagueEntry[] = SCALE_NAMES.flatMap(([name, s]) => [
  { words: `${name}s`, value: 3 * s, min: s, max: 100 * s, example: `${name}s of dollars` },
  { words: `tens of ${name}s`, value: 30 * s, min: 10 * s, max: 100 * s, example: `tens of ${name}s of dollars` },
  { words: `hundreds of ${name}s`, value: 300 * s, min: 100 * s, max: 1000 * s, example: `hundreds of ${name}s of dollars` },
  { words: `several ${name}`, value: 5 * s, min: 2 * s, max: 10 * s, example: `several ${name} dollars` },
  { words: `a few ${name}`, value: 3 * s, min: 2 * s, max: 5 * s, example: `a few ${name} dollars` },
  { words: `a couple ${name}`, value: 2 * s, min: 2 * s, max: 3 * s, example: `a couple ${name} dollars` },
  { words: `multi${name}`, value: 3 * s, min: s, max: 100 * s, example: `a multi${name}-dollar deal` },
  { words: `multi-${name}`, value: 3 * s, min: s, max: 100 * s, example: `a multi-${name} dollar deal` },
  { words: `${name}-dollar`, value: s, min: s, max: 10 * s, example: `a ${name}-dollar deal` },
  // ("a quarter-of-a-billion-dollar deal", "a half-billion-dollar order": a fraction hyphened into the compound is exact.)
  ...[['quarter-of-a', 0.25], ['quarter', 0.25], ['half-a', 0.5], ['half', 0.5]].map(([fraction, f]) =>
    ({ words: `${fraction}-${name}-dollar`, value: Number(f) * s, min: Number(f) * s, max: Number(f) * s, example: `a ${fraction}-${name}-dollar deal` })),
]);

const VAGUE_MAP = phraseTable(VAGUE_AMOUNTS.map((v) => [v.words, v] as const));

/** Nouns after "in" that make a vague amount money: "billions in revenue". */
export const MONEY_NOUNS: ReadonlySet<string> = new Set([
  'revenue', 'revenues', 'sales', 'funding', 'investment', 'investments', 'capital', 'spending', 'capex', 'financing', 'debt', 'profit',
  'profits', 'losses', 'cash', 'fees', 'contracts', 'deals', 'value', 'valuation', 'orders', 'bookings', 'savings', 'costs', 'damages',
  'payments', 'subsidies', 'loans', 'grants', 'income', 'earnings', 'commitments', 'purchases', 'bonds', 'equity', 'stock', 'annual',
  'new', 'additional', 'fresh', 'venture', 'cloud', 'compute', 'spend', 'fines', 'assets', 'market', 'tax', 'taxes', 'incentives', 'aid',
]);

/** Verbs before a bare vague amount that make it money: "invest billions". */
export const MONEY_VERBS: PhraseTable<true> = phraseTable(
  ['invest', 'invests', 'invested', 'investing', 'spend', 'spends', 'spent', 'spending', 'pay', 'pays', 'paid', 'paying', 'raise', 'raises',
    'raised', 'raising', 'worth', 'cost', 'costs', 'costing', 'lose', 'loses', 'lost', 'losing', 'pour', 'pours', 'poured', 'pouring',
    'commit', 'commits', 'committed', 'earn', 'earns', 'earned', 'generate', 'generates', 'generated', 'generating', 'owe', 'owes', 'owed',
    'borrow', 'borrowed', 'funnel', 'funneled', 'plow', 'plowed', 'sink', 'sank', 'valued at', 'priced at', 'fund', 'funded', 'burn',
    'burned', 'burning', 'make', 'makes', 'made', 'bring in', 'brings in', 'brought in', 'rake in', 'raked in', 'save', 'saved',
  ].map((w) => [w, true] as const),
);


function defaultCurrency(amounts: readonly Amount[], at: number): string {
  let code = 'USD';
  for (const a of amounts) if (a.span.start < at) code = a.currency;
  return code;
}

/**
 * Vague amounts ("billions in revenue") and vague counts ("millions of users"), after the exact ones.
 * Money without a written currency takes the one of the amount before it, or USD.
 */
export function findVague(ctx: Context, amounts: readonly Amount[]): { amounts: Amount[]; quantities: Quantity[] } {
  const out: Amount[] = [];
  const counts: Quantity[] = [];
  const t = ctx.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!free(ctx, i, i + 1)) continue;
    const sym = phraseAt(t, i, CURRENCY_BEFORE) ?? phraseAt(t, i, CURRENCY_BEFORE_FOLDED);
    const k = sym === null ? i : sym.end;
    const v = phraseAt(t, k, VAGUE_MAP);
    if (v === null || !free(ctx, i, v.end)) continue;
    let end = v.end;
    let currency: string | null = sym === null ? null : sym.value.code;
    const e = v.value;
    if (e.words.endsWith('-dollar')) currency = 'USD';
    // "multibillion-dollar", "multi-billion dollar"
    const joined = t[end]?.text === '-' && t[end]?.start === t[end - 1]?.end ? end + 1 : end;
    const cur = phraseAt(t, joined, CURRENCY_AFTER);
    if (cur !== null && currency === null && !(e.words.endsWith('s') && joined === end)) {
      currency = cur.value.code;
      end = cur.end;
    }
    if (currency === null && t[end]?.lower === 'of') {
      const cur2 = phraseAt(t, end + 1, CURRENCY_AFTER);
      if (cur2 !== null) {
        currency = cur2.value.code;
        end = cur2.end;
      } else if (e.words.endsWith('s')) {
        const noun = countNounAt(ctx, end + 1);
        if (noun !== null && free(ctx, i, noun.end)) {
          counts.push({
            value: e.value, min: e.min, max: e.max, bound: 'vague', ...spanOf(ctx, i, noun.end),
            rule: 'count.vague', unit: noun.unit, dimension: 'count',
          });
          take(ctx, i, noun.end);
          i = noun.end - 1;
          continue;
        }
      }
    }
    const moneyContext = currency !== null
      || t[end]?.lower === 'in' && MONEY_NOUNS.has(t[end + 1]?.lower ?? '')
      || phraseBefore(t, i, MONEY_VERBS) !== null
      || e.words.startsWith('multi');
    if (!moneyContext) continue;
    const at = t[i]?.start ?? 0;
    out.push({
      value: e.value, min: e.min, max: e.max, bound: 'vague', ...spanOf(ctx, i, end), rule: 'money.vague',
      currency: currency ?? defaultCurrency(amounts, at), per: null, unitPrice: false,
    });
    take(ctx, i, end);
    i = end - 1;
  }
  return { amounts: out, quantities: counts };
}
