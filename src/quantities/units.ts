import { phraseTable, type PhraseTable } from './phrases.js';

/**
 * Units of measure as data, each normalized to one unit per dimension (power → W, energy → Wh,
 * length → m, mass → kg, data → B ...). `symbols` match as written; `names` match lower-case.
 */
export interface MeasureUnit {
  readonly unit: string;
  readonly dimension: string;
  /** Multiply the written number by this to get `unit`. */
  readonly factor: number;
  readonly symbols: readonly string[];
  readonly names: readonly string[];
  readonly example: string;
}

function si(prefixes: readonly [string, string, number][], base: { sym: string; name: string; names?: string[] }, unit: string, dimension: string, exampleOf: (s: string) => string): MeasureUnit[] {
  return prefixes.map(([p, word, f]) => ({
    unit,
    dimension,
    factor: f,
    symbols: [p + base.sym],
    names: [word + base.name, word + base.name + 's', ...(base.names ?? []).map((n) => word + n)],
    example: exampleOf(p + base.sym),
  }));
}

const POWER_PREFIXES: readonly [string, string, number][] = [
  ['', '', 1], ['k', 'kilo', 1e3], ['M', 'mega', 1e6], ['G', 'giga', 1e9], ['T', 'tera', 1e12],
];

export const MEASURE_UNITS: readonly MeasureUnit[] = [
  ...si(POWER_PREFIXES, { sym: 'W', name: 'watt' }, 'W', 'power', (s) => `6 ${s}`),
  ...si(POWER_PREFIXES, { sym: 'Wh', name: 'watt-hour', names: ['watt hour', 'watt hours', 'watthour', 'watthours'] }, 'Wh', 'energy', (s) => `7.3 ${s}`),
  { unit: '%', dimension: 'percent', factor: 1, symbols: ['%'], names: ['percent', 'per cent', 'pct', 'percentage', 'per-cent'], example: '35%' },
  { unit: 'pp', dimension: 'percent', factor: 1, symbols: ['pp'], names: ['percentage points', 'percentage point', 'points'], example: '2 percentage points' },
  { unit: 'bp', dimension: 'percent', factor: 1, symbols: ['bps', 'bp'], names: ['basis points', 'basis point'], example: '25 basis points' },
];

export interface MeasureHit {
  unit: string;
  dimension: string;
  factor: number;
}

function build(): { symbols: Map<string, MeasureHit>; names: Map<string, MeasureHit> } {
  const symbols = new Map<string, MeasureHit>();
  const names = new Map<string, MeasureHit>();
  for (const u of MEASURE_UNITS) {
    const hit = { unit: u.unit, dimension: u.dimension, factor: u.factor };
    for (const s of u.symbols) symbols.set(s, hit);
    for (const n of u.names) names.set(n, hit);
  }
  return { symbols, names };
}

const MAPS = build();
export const UNIT_SYMBOLS: PhraseTable<MeasureHit> = phraseTable(MAPS.symbols, false);
export const UNIT_NAMES: PhraseTable<MeasureHit> = phraseTable(MAPS.names);
