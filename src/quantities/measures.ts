import type { Quantity } from '../schema/quantity.js';
import { spanOf, free, take, type Context } from './context.js';
import { ORDINALS } from './number-words.js';
import { phraseAt } from './phrases.js';
import { shapedAt, type Family } from './shape.js';
import { UNIT_NAMES, UNIT_SYMBOLS, type MeasureHit } from './units.js';

/** A unit after the number, optionally joined by a hyphen: "6 GW", "500-megawatt", "35%", "5 per cent". */
export function measureUnitAt(ctx: Context, j: number): { unit: MeasureHit; end: number } | null {
  const t = ctx.tokens;
  let k = j;
  if (t[k]?.text === '-' && t[k - 1]?.end === t[k]?.start && t[k]?.end === t[k + 1]?.start) k++;
  const sym = phraseAt(t, k, UNIT_SYMBOLS);
  const name = phraseAt(t, k, UNIT_NAMES);
  const best = sym === null ? name : name === null ? sym : name.end >= sym.end ? name : sym;
  if (best === null) return null;
  // a symbol must end at a word boundary: "5 GWh" is energy, not "5 GW" + "h"
  const next = t[best.end];
  const last = t[best.end - 1];
  if (next !== undefined && last !== undefined && next.start === last.end && next.kind !== 'sym') return null;
  return { unit: best.value, end: best.end };
}

/** Power, energy, percentages and other measures: "6 gigawatts", "500-megawatt", "35%". */
export const MEASURE: Family<MeasureHit> = {
  numberOptions: {},
  after(ctx, j) {
    const u = measureUnitAt(ctx, j);
    return u === null ? null : { unit: u.unit, end: u.end, factor: u.unit.factor };
  },
};

/** "a gigawatt", "a first gigawatt": one of a unit named in words. */
function articleAt(ctx: Context, i: number): { value: number; start: number; end: number; unit: MeasureHit; rule: string } | null {
  const t = ctx.tokens[i];
  if (t === undefined) return null;
  let k = i;
  let rule = 'measure.article';
  if (t.lower === 'a' || t.lower === 'an') k++;
  else if (ORDINALS[t.lower] !== 1) return null;
  if (ORDINALS[ctx.tokens[k]?.lower ?? ''] === 1) {
    k++;
    rule = 'measure.ordinal';
  }
  const name = phraseAt(ctx.tokens, k, UNIT_NAMES);
  if (name === null || name.value.dimension === 'percent') return null;
  const start = rule === 'measure.ordinal' && k - 1 > i ? i + 1 : i;
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
