/**
 * Shared helpers for the peer-spec conformance run (test/peer-specs.test.ts): loading the spec files,
 * normalizing peers' units to ours, and scoring found mentions against expected ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PEER_DIR = fileURLToPath(new URL('../../shared/peer-specs/', import.meta.url));
export const hasPeers = (): boolean => existsSync(PEER_DIR);
export const load = <T>(rel: string): T => JSON.parse(readFileSync(PEER_DIR + rel, 'utf8')) as T;

/** What a mention says, whoever found or expects it. */
interface Mentioned {
  start: number;
  end: number;
  value: number | null;
  min?: number | null;
  max?: number | null;
  currency?: string | null;
}

/** A mention a spec expects. `value: null` checks the span only; `anywhere` skips the span check. */
export interface Expected extends Mentioned {
  /** Not scored (unit-only mention, dimensionless number...) but our mentions over it are no false positives. */
  skip?: string;
  anywhere?: boolean;
}

/** A mention found by us or by Recognizers-Text, normalized to our units. */
export interface Got extends Mentioned {
  /** A vague mention ("billions", "several years"): it may match a span-only expectation but is never a false positive. */
  vague?: boolean;
}

export interface Case {
  file: string;
  input: string;
  expected: Expected[];
  /** Facts the exclusion rules look at. */
  facts: Record<string, unknown>;
}

const close = (a: number | null | undefined, b: number | null | undefined, tol: number): boolean => {
  if (a === null || a === undefined || b === null || b === undefined) return a === b || a === undefined || b === undefined;
  if (a === b) return true;
  return Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));
};

/** Passes when every scored mention is found (covering span, same value) and nothing else is found. */
export function score(c: Case, got: readonly Got[], tol = 1e-6): boolean {
  const overlaps = (g: Got, e: Expected): boolean => e.anywhere === true || g.start < e.end && e.start < g.end;
  for (const e of c.expected) {
    if (e.skip !== undefined) continue;
    // quotes, brackets and apostrophes at the edges of a peer's span are not part of the value: "six weeks'", "($99.99)"
    let s = e.start;
    let t = e.end;
    while (s < t && /[^\p{L}\p{N}$€£¥%°"]/u.test(c.input[s] ?? '')) s++;
    while (t > s && /[^\p{L}\p{N}$€£¥%°"]/u.test(c.input[t - 1] ?? '')) t--;
    const hit = got.find((g) => {
      const spanOk = e.anywhere === true || g.start <= s && g.end >= t;
      if (!spanOk) return false;
      if (e.value !== null && !close(g.value, e.value, tol)) return false;
      if (e.min !== undefined && e.min !== null && !close(g.min, e.min, tol)) return false;
      if (e.max !== undefined && !close(g.max ?? null, e.max, tol) && !(e.max === null && g.max === null)) return false;
      if (e.currency !== undefined && e.currency !== null && g.currency !== undefined && g.currency !== null && g.currency !== e.currency) return false;
      return true;
    });
    if (hit === undefined) return false;
  }
  return got.every((g) => g.vague === true || c.expected.some((e) => overlaps(g, e)));
}

/** Units peers name, in ours: [our unit, factor]. Both Recognizers' ("Kilometer") and quantulum's ("kilometre") names. */
export const PEER_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  meter: ['m', 1], metre: ['m', 1], kilometer: ['m', 1e3], kilometre: ['m', 1e3], decimeter: ['m', 0.1], centimeter: ['m', 0.01],
  millimeter: ['m', 1e-3], nanometre: ['m', 1e-9], nanometer: ['m', 1e-9], mile: ['m', 1609.344], foot: ['m', 0.3048], inch: ['m', 0.0254],
  yard: ['m', 0.9144],
  kilogram: ['tonne', 1e-3], gram: ['tonne', 1e-6], milligram: ['tonne', 1e-9], microgram: ['tonne', 1e-12], ton: ['tonne', 1], tonne: ['tonne', 1],
  'metric ton': ['tonne', 1], pound: ['tonne', 0.45359237e-3], 'pound-mass': ['tonne', 0.45359237e-3], ounce: ['tonne', 0.028349523125e-3],
  'cubic meter': ['m3', 1], 'cubic kilometre': ['m3', 1e9], liter: ['m3', 1e-3], litre: ['m3', 1e-3], milliliter: ['m3', 1e-6],
  centilitre: ['m3', 1e-5], 'cubic centimetre': ['m3', 1e-6], gallon: ['m3', 3.785411784e-3], barrel: ['m3', 0.158987294928],
  'cubic foot': ['m3', 0.028316846592], tablespoon: ['m3', 1.478676478125e-5], teaspoon: ['m3', 4.92892159375e-6], cup: ['m3', 2.365882365e-4],
  'square meter': ['m2', 1], 'square kilometer': ['m2', 1e6], 'square kilometre': ['m2', 1e6], 'square mile': ['m2', 2589988.110336],
  acre: ['m2', 4046.8564224], hectare: ['m2', 1e4],
  bit: ['B', 0.125], byte: ['B', 1], megabit: ['B', 1.25e5], megabyte: ['B', 1e6], kibibyte: ['B', 1024], exabyte: ['B', 1e18], gigabyte: ['B', 1e9],
  'mile per hour': ['m/s', 0.44704], 'kilometer per hour': ['m/s', 1 / 3.6], 'kilometre per hour': ['m/s', 1 / 3.6],
  'degree celsius': ['°C', 1], c: ['°C', 1], 'degree fahrenheit': ['°F', 1], f: ['°F', 1],
  gigahertz: ['Hz', 1e9], 'watt hour': ['Wh', 1], 'megawatt hour': ['Wh', 1e6], percentage: ['%', 1],
};

/** Money units peers name, as [ISO code or null when several countries share the name, factor]. */
export const PEER_MONEY: Readonly<Record<string, readonly [string | null, number]>> = {
  dollar: ['USD', 1], cent: [null, 0.01], pence: ['GBP', 0.01], penny: [null, 0.01], pound: ['GBP', 1], 'pound sterling': ['GBP', 1],
  euro: ['EUR', 1], franc: [null, 1], dime: [null, 0.1], 'british pound': ['GBP', 1],
};

/** Months in a time unit (ours: a year is 12, a week 12/52, a day 12/365). */
export const UNIT_MONTHS: Readonly<Record<string, number>> = {
  year: 12, quarter: 3, month: 1, week: 12 / 52, day: 12 / 365, hour: 12 / 365 / 24, minute: 12 / 365 / 1440, second: 12 / 365 / 86400,
};

/** Months in an ISO-8601 duration ("P3M", "PT1.5H", "P1Y1M21D"); null for anything else. */
export function timexMonths(timex: string): number | null {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)B?D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(timex);
  if (m === null || timex === 'P' || timex === 'PT') return null;
  const n = (i: number): number => Number(m[i] ?? 0);
  return n(1) * 12 + n(2) + n(3) * (12 / 52) + n(4) * (12 / 365) + n(5) * UNIT_MONTHS.hour! + n(6) * UNIT_MONTHS.minute! + n(7) * UNIT_MONTHS.second!;
}

/** An exclusion rule from fixtures/quantities/peer-exclusions.json. */
export interface Exclusion {
  file: string;
  category: string;
  reason: string;
  /** Regular expression on the input. */
  input?: string;
  /** Excluded when any of these facts has one of the values: `{ "unit": ["Radian", "Turn"] }`. */
  facts?: Record<string, readonly unknown[]>;
}

export function excludedBy(c: Case, rules: readonly Exclusion[]): Exclusion | undefined {
  return rules.find((r) => {
    if (r.file !== c.file && r.file !== '*') return false;
    if (r.input !== undefined && !new RegExp(r.input, 'iu').test(c.input)) return false;
    if (r.facts !== undefined) {
      return Object.entries(r.facts).some(([k, vs]) => {
        const f = c.facts[k];
        return Array.isArray(f) ? f.some((x) => vs.includes(x)) : vs.includes(f);
      });
    }
    return true;
  });
}
