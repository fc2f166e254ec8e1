import type { Quantity } from '../schema/quantity.js';
import { spanOf, free, take, type Context } from './context.js';
import { ORDINALS } from './number-words.js';
import { phraseAt } from './phrases.js';
import { shapedAt, type Family } from './shape.js';
import { UNIT_NAMES, UNIT_SYMBOLS, type MeasureHit } from './units.js';
import { millionsNotMetres } from './unstated-money.js';
import { attached } from './tokens.js';

/** A unit after the number, optionally joined by a hyphen: "6 GW", "500-megawatt", "35%", "5 per cent". */
const OPEN_CLOSE: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '<': '>' };

export function measureUnitAt(ctx: Context, j: number): { unit: MeasureHit; end: number; symbol: boolean } | null {
  const t = ctx.tokens;
  let k = j;
  if (t[k]?.text === '-' && t[k - 1]?.end === t[k]?.start && t[k]?.end === t[k + 1]?.start) k++;
  // "20 (kg)", "20 [kg]"
  const close = OPEN_CLOSE[t[k]?.text ?? ''];
  if (close !== undefined) {
    const inner = measureUnitAt(ctx, k + 1);
    if (inner === null || t[inner.end]?.text !== close) return null;
    return { ...inner, end: inner.end + 1 };
  }
  const sym = phraseAt(t, k, UNIT_SYMBOLS);
  const name = phraseAt(t, k, UNIT_NAMES);
  const best = sym === null ? name : name === null ? sym : name.end >= sym.end ? name : sym;
  if (best === null) return null;
  // a symbol must end at a word boundary: "5 GWh" is energy, not "5 GW" + "h"
  const next = t[best.end];
  const last = t[best.end - 1];
  if (next !== undefined && last !== undefined && next.start === last.end && next.kind !== 'sym') return null;
  // "Three Mile Island": a capitalized unit name before a capitalized word is a name
  const firstOfUnit = t[k];
  if (best === name && firstOfUnit !== undefined && /^\p{Lu}\p{Ll}/u.test(firstOfUnit.text) && next !== undefined && /^\p{Lu}/u.test(next.text) && next.kind === 'word') return null;
  // "24703 L-202" is a code
  const after = t[best.end + 1];
  if (next?.text === '-' && next.start === last?.end && after !== undefined && after.start === next.end && after.kind === 'num') return null;
  return { unit: best.value, end: best.end, symbol: best === sym };
}

/** Power, energy, percentages and other measures: "6 gigawatts", "500-megawatt", "35%". */
export const MEASURE: Family<MeasureHit> = {
  numberOptions: { article: true, abbreviations: new Set(['k', 'bn', 'bln', 'mn', 'mln', 'tn', 'trn']) },
  sameUnit: (a, b) => a.dimension === b.dimension && a.unit === b.unit,
  after(ctx, j, num) {
    // ("4m tonnes", "0.9M TEU", "a 2.5m-TEU port": an "m" glued to the digits before a unit is millions of that unit.)
    const scale = ctx.tokens[j];
    if ((scale?.text === 'm' || scale?.text === 'M') && attached(ctx.tokens, j)) {
      const counted = measureUnitAt(ctx, j + 1);
      if (counted !== null && counted.unit.dimension !== 'percent') return { unit: counted.unit, end: counted.end, factor: counted.unit.factor * 1e6 };
    }
    const u = measureUnitAt(ctx, j);
    if (u === null) return null;
    // ("paid 900m for the operator": millions of money, read as a sum with no currency.)
    if (millionsNotMetres(ctx, num.start, j, u.end)) return null;
    const w = ctx.tokens[num.start]?.lower;
    // "a gigawatt", "a gallon", but not "a m" or "a percent"
    if (num.end === num.start + 1 && (w === 'a' || w === 'an') && (u.symbol || u.unit.dimension === 'percent')) return null;
    // ("buys a ton of milk powder", "tons of capacity": "a ton of" says a lot, not one tonne.)
    if (num.end === num.start + 1 && (w === 'a' || w === 'an') && /^tons?$/.test(ctx.tokens[j]?.lower ?? '') && ctx.tokens[u.end]?.lower === 'of') return null;
    // ("they have known each other a bit", "a bit more": "a bit" says a little, never one binary digit.)
    if (num.end === num.start + 1 && (w === 'a' || w === 'an') && ctx.tokens[j]?.lower === 'bit') return null;
    return { unit: u.unit, end: u.end, factor: u.unit.factor };
  },
};

/** "a first gigawatt": the first one of a unit named in words. */
function articleAt(ctx: Context, i: number): { value: number; start: number; end: number; unit: MeasureHit; rule: string } | null {
  const t = ctx.tokens[i];
  if (t === undefined) return null;
  let k = i;
  const rule = 'measure.ordinal';
  if (t.lower === 'a' || t.lower === 'an') k++;
  if (ORDINALS[ctx.tokens[k]?.lower ?? ''] !== 1) return null;
  k++;
  const name = phraseAt(ctx.tokens, k, UNIT_NAMES);
  if (name === null || name.value.dimension === 'percent') return null;
  const start = k - 1 > i ? i + 1 : i;
  if (!free(ctx, start, name.end)) return null;
  return { value: name.value.factor, start, end: name.end, unit: name.value, rule };
}

/** Every measure in text order; marks its tokens taken. */
export function findMeasures(ctx: Context): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const s = shapedAt(ctx, MEASURE, i);
    if (s !== null) {
      out.push({
        value: s.value, min: s.min, max: s.max, bound: s.bound,
        ...spanOf(ctx, s.start, s.end),
        rule: s.range ? `${s.unit.dimension}.range` : s.unit.dimension,
        unit: s.unit.unit, dimension: s.unit.dimension,
        ...(s.unit.per === undefined ? {} : { per: s.unit.per }),
      });
      take(ctx, s.start, s.end);
      i = s.end - 1;
      continue;
    }
    const a = articleAt(ctx, i);
    if (a !== null) {
      out.push({
        value: a.value, min: a.value, max: a.value, bound: 'exact',
        ...spanOf(ctx, a.start, a.end), rule: a.rule, unit: a.unit.unit, dimension: a.unit.dimension,
      });
      take(ctx, a.start, a.end);
      i = a.end - 1;
    }
  }
  return out;
}
