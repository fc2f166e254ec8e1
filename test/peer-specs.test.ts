/**
 * Conformance: crosscheck's quantity extractor against the English test cases of three peer projects,
 * each run through our `findQuantities` and, in the same run, through Recognizers-Text's JavaScript suite.
 *
 * Test data (read from ../shared/peer-specs, never shipped in the package):
 * - Microsoft Recognizers-Text, MIT licence, Copyright (c) Microsoft Corporation:
 *   Specs/NumberWithUnit/English/{Currency,Dimension}Model.json, Specs/Number/English/{Number,Percent,NumberRange}Model.json,
 *   Specs/DateTime/English/{DurationExtractor,DurationParser,SetExtractor,SetParser}.json
 *   (github.com/microsoft/Recognizers-Text @ 90e968ea).
 * - Facebook Duckling, BSD licence, Copyright (c) Facebook, Inc.: the EN corpora of AmountOfMoney, Duration and Numeral
 *   (github.com/facebook/duckling @ 2c226585), converted to JSON.
 * - quantulum3, MIT licence, Copyright (c) 2016 Marco Lagi, nielstron, sohrabtowfighi, grhawk, Rodrigo Castro:
 *   quantulum3/_lang/en_US/tests/quantities.json (github.com/nielstron/quantulum3 @ 168aef7c).
 * See SOURCE.txt and LICENSE in each folder.
 *
 * Cases we leave out are matched by category rules in fixtures/quantities/peer-exclusions.json, each with a reason,
 * and listed in the report. Every suite is scored twice, over all its cases and over the kept ones, each against a floor
 * in fixtures/quantities/peer-floors.json (the measured rate, rounded down a little); the number-only suites too.
 * Without ../shared/peer-specs the file skips with one line saying so. Run: npx vitest run test/peer-specs.test.ts
 */
import * as RT from '@microsoft/recognizers-text-suite';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findNumbers, findPeriods, findQuantities } from '../src/quantities/index.js';
import {
  excludedBy, hasPeers, load, PEER_DIR, PEER_MONEY, PEER_UNITS, score, timexMonths, UNIT_MONTHS,
  type Case, type Exclusion, type Expected, type Got,
} from './peer-specs-lib.js';

const EN = RT.Culture.English;
const RULES = (JSON.parse(readFileSync(new URL('../fixtures/quantities/peer-exclusions.json', import.meta.url), 'utf8')) as { rules: Exclusion[] }).rules;
const REF = new Date(2016, 10, 7);

type RTResult = { start: number; end: number; text: string; typeName: string; resolution: Record<string, unknown> | null };
const rtGot = (r: RTResult, value: number | null, currency?: string | null): Got => ({ start: r.start, end: r.end + 1, value, currency });

// ---------- units and values -------------------------------------------------------------------------------

const unitFactor = (name: string | undefined): number | null => {
  if (name === undefined) return null;
  const u = PEER_UNITS[name.toLowerCase()];
  return u === undefined ? null : u[1];
};
const moneyOf = (unit: string | undefined, iso: string | undefined): { factor: number; currency: string | null } => {
  const m = unit === undefined ? undefined : PEER_MONEY[unit.toLowerCase()];
  return { factor: m?.[1] ?? 1, currency: iso ?? m?.[0] ?? null };
};

// ---------- what we find, per kind ---------------------------------------------------------------------------

// Peers do not model vague amounts ("multibillion", "billions"): a vague mention of ours is never counted as a false positive.
const vague = (x: { bound: string }): boolean => x.bound === 'vague';
const oursMoney = (s: string): Got[] => findQuantities(s).amounts.map((a) => ({ start: a.span.start, end: a.span.end, value: a.value, min: a.min, max: a.max, currency: a.currency, vague: vague(a) }));
const oursDurations = (s: string): Got[] => findQuantities(s).durations.map((d) => ({ start: d.span.start, end: d.span.end, value: d.months, min: d.min, max: d.max, vague: vague(d) }));
const oursMeasures = (s: string): Got[] => findQuantities(s).quantities.filter((q) => q.dimension !== 'count' && q.dimension !== 'percent')
  .map((q) => ({ start: q.span.start, end: q.span.end, value: q.value }));
const oursPercent = (s: string): Got[] => findQuantities(s).quantities.filter((q) => q.dimension === 'percent').map((q) => ({ start: q.span.start, end: q.span.end, value: q.value }));
const periodMonths = (per: string, every: number): number => (UNIT_MONTHS[per] ?? 0) * every;
const oursPeriods = (s: string): Got[] => findPeriods(s).map((p) => ({ start: p.span.start, end: p.span.end, value: periodMonths(p.per, p.every) }));
const oursAll = (s: string): Got[] => {
  const q = findQuantities(s);
  return [...q.amounts.map((a) => ({ start: a.span.start, end: a.span.end, value: a.value, currency: a.currency, vague: vague(a) })),
    ...q.durations.map((d) => ({ start: d.span.start, end: d.span.end, value: d.months, vague: vague(d) })),
    ...q.quantities.map((x) => ({ start: x.span.start, end: x.span.end, value: x.value, vague: vague(x) }))];
};
const oursNumbers = (s: string): Got[] => findNumbers(s).map((n) => ({ start: n.start, end: n.end, value: n.value }));

// ---------- what Recognizers-Text (JavaScript) finds --------------------------------------------------------

const rtMoney = (s: string): Got[] => (RT.recognizeCurrency(s, EN) as RTResult[]).map((r) => {
  const res = r.resolution ?? {};
  const { factor, currency } = moneyOf(res.unit as string | undefined, res.isoCurrency as string | undefined);
  return rtGot(r, res.value === undefined || res.value === null ? null : Number(res.value) * factor, currency);
});
const rtDurations = (s: string): Got[] => (RT.recognizeDateTime(s, EN, undefined, REF) as RTResult[])
  .filter((r) => r.typeName === 'datetimeV2.duration')
  .map((r) => rtGot(r, timexMonths(String(((r.resolution?.values as { timex?: string }[] | undefined)?.[0])?.timex ?? ''))));
const rtSets = (s: string): Got[] => (RT.recognizeDateTime(s, EN, undefined, REF) as RTResult[])
  .filter((r) => r.typeName === 'datetimeV2.set')
  .map((r) => rtGot(r, timexMonths(String(((r.resolution?.values as { timex?: string }[] | undefined)?.[0])?.timex ?? ''))));
const rtMeasures = (s: string): Got[] => [...(RT.recognizeDimension(s, EN) as RTResult[]), ...(RT.recognizeTemperature(s, EN) as RTResult[])].map((r) => {
  const f = unitFactor(r.resolution?.unit as string | undefined);
  return rtGot(r, f === null ? null : Number(r.resolution?.value) * f);
});
const rtPercent = (s: string): Got[] => (RT.recognizePercentage(s, EN) as RTResult[]).map((r) => rtGot(r, r.resolution?.value == null ? null : parseFloat(String(r.resolution.value))));
const rtAll = (s: string): Got[] => [...rtMoney(s), ...rtDurations(s), ...rtMeasures(s), ...rtPercent(s)];
const rtNumbers = (s: string): Got[] => (RT.recognizeNumber(s, EN) as RTResult[]).map((r) => rtGot(r, Number(r.resolution?.value)));

// ---------- the spec files as cases -------------------------------------------------------------------------

interface RTSpec { Input: string; NotSupported?: string; Results: { Text: string; Start: number; End?: number; Length?: number; TypeName?: string; Resolution?: Record<string, unknown> | null; Value?: { Timex?: string } }[] }
const endOf = (r: RTSpec['Results'][number]): number => r.Length !== undefined ? r.Start + r.Length : (r.End ?? r.Start) + 1;

function rtCases(file: string, value: (r: RTSpec['Results'][number]) => Omit<Expected, 'start' | 'end'>, facts: (s: RTSpec) => Record<string, unknown> = () => ({})): Case[] {
  return load<RTSpec[]>(`recognizers/${file}`).map((s) => ({
    file: `recognizers/${file}`, input: s.Input,
    expected: s.Results.map((r) => ({ start: r.Start, end: endOf(r), ...value(r) })),
    facts: { notSupported: (s.NotSupported ?? '').split(',').map((x) => x.trim()).filter(Boolean), ...facts(s) },
  }));
}

const unitsOf = (s: RTSpec): string[] => s.Results.map((r) => String(r.Resolution?.unit ?? ''));

interface DucklingSpec { text: string; locale?: string; latent?: boolean; negative?: boolean; expected?: { type?: string; value?: number; unit?: string; currency?: string; from?: { value: number }; to?: { value: number }; normalized?: { value: number } } | null }
function ducklingCases(file: string, toExpected: (e: NonNullable<DucklingSpec['expected']>) => Expected): Case[] {
  return load<DucklingSpec[]>(`duckling/${file}`).map((s) => ({
    file: `duckling/${file}`, input: s.text,
    expected: s.negative === true || s.expected == null ? [] : [toExpected(s.expected)],
    facts: { locale: s.locale ?? 'EN', latent: s.latent === true, negative: s.negative === true, currency: s.expected?.currency },
  }));
}

interface QuantulumSpec { req: string; res: { value: number; unit: string; surface: string }[] }
function quantulumCases(): Case[] {
  return load<QuantulumSpec[]>('quantulum3/quantities.json').map((s) => {
    let from = 0;
    const expected = s.res.map((r): Expected => {
      const at = s.req.indexOf(r.surface, from);
      const start = at < 0 ? 0 : at;
      from = start + r.surface.length;
      const end = start + r.surface.length;
      const unit = r.unit.toLowerCase();
      if (unit === 'dimensionless') return { start, end, value: null, skip: 'a number without a unit' };
      const time = UNIT_MONTHS[unit];
      if (time !== undefined) return { start, end, value: r.value * time };
      const money = PEER_MONEY[unit];
      if (money !== undefined) return { start, end, value: r.value * money[1], currency: money[0] };
      const f = unitFactor(unit);
      return { start, end, value: f === null ? null : r.value * f };
    });
    return { file: 'quantulum3/quantities.json', input: s.req, expected, facts: { unit: s.res.map((r) => r.unit) } };
  });
}

interface Suite { name: string; claimed: boolean; cases: () => Case[]; ours: (s: string) => Got[]; theirs: (s: string) => Got[]; tol?: number }

const SUITES: Suite[] = [
  {
    name: 'recognizers/CurrencyModel.json', claimed: true, ours: oursMoney, theirs: rtMoney,
    cases: () => rtCases('CurrencyModel.json', (r) => {
      const res = r.Resolution ?? {};
      const { factor, currency } = moneyOf(res.unit as string | undefined, res.isoCurrency as string | undefined);
      return res.value == null ? { value: null, skip: 'currency named without an amount' } : { value: Number(res.value) * factor, currency };
    }, (s) => ({ unit: unitsOf(s) })),
  },
  {
    name: 'recognizers/DimensionModel.json', claimed: true, ours: oursMeasures, theirs: rtMeasures,
    cases: () => rtCases('DimensionModel.json', (r) => {
      const res = r.Resolution ?? {};
      const f = unitFactor(res.unit as string | undefined);
      if (res.value == null) return { value: null, skip: 'unit named without an amount' };
      return { value: f === null ? NaN : Number(res.value) * f };
    }, (s) => ({ unit: unitsOf(s), subtype: s.Results.map((r) => String(r.Resolution?.subtype ?? '')) })),
  },
  {
    name: 'recognizers/PercentModel.json', claimed: true, ours: oursPercent, theirs: rtPercent,
    cases: () => rtCases('PercentModel.json', (r) => {
      const v = String(r.Resolution?.value ?? 'null');
      return v === 'null' ? { value: null, skip: 'the word percent without a number' } : { value: parseFloat(v) };
    }),
  },
  {
    name: 'recognizers/DurationExtractor.json', claimed: true, ours: oursDurations, theirs: rtDurations,
    cases: () => rtCases('DurationExtractor.json', () => ({ value: null })),
  },
  {
    name: 'recognizers/DurationParser.json', claimed: true, ours: oursDurations, theirs: rtDurations,
    cases: () => rtCases('DurationParser.json', (r) => ({ value: timexMonths(r.Value?.Timex ?? '') })),
  },
  {
    name: 'recognizers/SetExtractor.json', claimed: true, ours: oursPeriods, theirs: rtSets,
    cases: () => rtCases('SetExtractor.json', () => ({ value: null }), (s) => ({ text: s.Results.map((r) => r.Text) })),
  },
  {
    name: 'recognizers/SetParser.json', claimed: true, ours: oursPeriods, theirs: rtSets,
    cases: () => rtCases('SetParser.json', (r) => ({ value: timexMonths(r.Value?.Timex ?? '') }), (s) => ({
      periodic: s.Results.every((r) => /^P\d+[YMWD]$/.test(r.Value?.Timex ?? '')),
    })),
  },
  {
    name: 'duckling/AmountOfMoney_EN.json', claimed: true, ours: oursMoney, theirs: rtMoney,
    cases: () => ducklingCases('AmountOfMoney_EN.json', (e) => {
      const cur = e.currency !== undefined && /^[A-Z]{3}$/.test(e.currency) ? e.currency : e.currency === 'Dollar' ? 'USD' : e.currency === 'Pound' ? 'GBP' : null;
      const f = e.currency === 'Cent' ? 0.01 : 1;
      if (e.type === 'interval') {
        return { start: 0, end: 0, anywhere: true, value: null, min: e.from === undefined ? undefined : e.from.value * f, max: e.to === undefined ? undefined : e.to.value * f, currency: cur };
      }
      return { start: 0, end: 0, anywhere: true, value: (e.value ?? NaN) * f, currency: cur };
    }),
  },
  {
    name: 'duckling/Duration_EN.json', claimed: true, ours: oursDurations, theirs: rtDurations, tol: 0.03,
    cases: () => ducklingCases('Duration_EN.json', (e) => ({ start: 0, end: 0, anywhere: true, value: (e.value ?? NaN) * (UNIT_MONTHS[e.unit ?? ''] ?? NaN) })),
  },
  { name: 'quantulum3/quantities.json', claimed: true, ours: oursAll, theirs: rtAll, cases: quantulumCases },
  {
    name: 'recognizers/NumberModel.json', claimed: false, ours: oursNumbers, theirs: rtNumbers,
    cases: () => rtCases('NumberModel.json', (r) => ({ value: Number(r.Resolution?.value) })),
  },
  {
    name: 'duckling/Numeral_EN.json', claimed: false, ours: oursNumbers, theirs: rtNumbers,
    cases: () => ducklingCases('Numeral_EN.json', (e) => ({ start: 0, end: 0, anywhere: true, value: e.value ?? NaN })),
  },
];

/** Files we do not run at all, with the reason. */
const NOT_RUN: Record<string, string> = {
  'recognizers/NumberRangeModel.json': 'ranges and comparisons of plain numbers ("larger than twenty and less or equal than thirty five"); our bounds and ranges apply to amounts, durations and measures, which the money, duration and dimension specs test. Recognizers-Text JavaScript does not implement this model either.',
};

interface Row {
  file: string;
  claimed: boolean;
  /** Every case of the file. */
  all: number;
  /** Of those, the ones we pass, whether an exclusion rule names them or not. */
  allPass: number;
  /** Cases no exclusion rule names, and how many of them we and Recognizers-Text pass. */
  kept: number;
  keptPass: number;
  theirs: number;
  excluded: number;
  failures: string[];
  exclusions: string[];
}

function run(suite: Suite): Row {
  const row: Row = { file: suite.name, claimed: suite.claimed, all: 0, allPass: 0, kept: 0, keptPass: 0, theirs: 0, excluded: 0, failures: [], exclusions: [] };
  for (const c of suite.cases()) {
    row.all++;
    const got = suite.ours(c.input);
    const pass = score(c, got, suite.tol);
    if (pass) row.allPass++;
    const rule = excludedBy(c, RULES);
    if (rule !== undefined) {
      row.excluded++;
      row.exclusions.push(`[${rule.category}]${pass ? ' (passes anyway)' : ''} ${JSON.stringify(c.input.slice(0, 80))}`);
      continue;
    }
    row.kept++;
    if (pass) row.keptPass++;
    else row.failures.push(`${JSON.stringify(c.input.slice(0, 90))} expected ${JSON.stringify(c.expected.filter((e) => e.skip === undefined).map((e) => [c.input.slice(e.start, e.end), e.value, e.min, e.max]))} got ${JSON.stringify(got.map((g) => [c.input.slice(g.start, g.end), g.value, g.min, g.max]))}`);
    let theirs: Got[] = [];
    try {
      theirs = suite.theirs(c.input);
    } catch {
      theirs = [{ start: -1, end: -1, value: null }];
    }
    if (score(c, theirs, suite.tol)) row.theirs++;
  }
  return row;
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const rate = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** Measured pass rates, rounded down a little: a change that loses cases fails here. */
const FLOORS = (JSON.parse(readFileSync(new URL('../fixtures/quantities/peer-floors.json', import.meta.url), 'utf8')) as {
  floors: Record<string, { all: number; kept: number }>;
}).floors;

if (!hasPeers()) {
  // A clone without ../shared has no peer data: say so once, in one line, and measure nothing.
  describe('peer-spec conformance', () => {
    it.skip(`skipped: ${PEER_DIR} not found (Recognizers-Text, Duckling and quantulum3 specs are not shipped with crosscheck)`, () => {});
  });
  process.stdout.write(`peer-specs: skipped, ${PEER_DIR} not found\n`);
} else {
  describe('peer-spec conformance', () => {
    let rows: Row[] = [];
    beforeAll(() => {
      rows = SUITES.map(run);
    }, 180_000);

    it('prints the pass rate per file over every case and over kept cases, ours beside Recognizers-Text', () => {
      const lines = [
        'Peer-spec conformance. all = every case of the file; kept = cases no exclusion rule names.',
        'RT-js = @microsoft/recognizers-text-suite (JavaScript) on the kept cases. Run: npx vitest run test/peer-specs.test.ts',
        `${'file'.padEnd(38)} ${'claimed'.padEnd(8)} ${'all'.padStart(5)} ${'ours/all'.padStart(9)} ${'kept'.padStart(5)} ${'ours/kept'.padStart(9)} ${'RT-js'.padStart(7)} ${'left out'.padStart(8)}`,
        ...rows.map((r) => `${r.file.padEnd(38)} ${(r.claimed ? 'yes' : 'numbers').padEnd(8)} ${String(r.all).padStart(5)} ${pct(r.allPass, r.all).padStart(9)} ${String(r.kept).padStart(5)} ${pct(r.keptPass, r.kept).padStart(9)} ${pct(r.theirs, r.kept).padStart(7)} ${String(r.excluded).padStart(8)}`),
        ...Object.entries(NOT_RUN).map(([f, why]) => `${f.padEnd(38)} not run: ${why}`),
        '',
        'Left out, by rule (fixtures/quantities/peer-exclusions.json):',
        ...RULES.map((r) => `  ${r.file} [${r.category}] ${r.reason}`),
        '',
        ...rows.flatMap((r) => r.exclusions.length === 0 ? [] : [`${r.file}: ${r.exclusions.length} left out`, ...r.exclusions.map((e) => `    ${e}`)]),
        '',
        ...rows.flatMap((r) => r.failures.length === 0 ? [] : [`${r.file}: ${r.failures.length} kept cases failing${r.claimed ? '' : ' (number-only suite)'}`, ...r.failures.map((f) => `    ${f}`)]),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      expect(rows.length).toBe(SUITES.length);
    });

    it('every suite has a floor, and every floor a suite', () => {
      expect(Object.keys(FLOORS).sort()).toEqual(SUITES.map((s) => s.name).sort());
    });

    it.each(SUITES.map((s) => s.name))('%s stays at or above its floors over every case and over kept cases', (name) => {
      const r = rows.find((x) => x.file === name);
      const floor = FLOORS[name];
      expect(r).toBeDefined();
      expect(floor).toBeDefined();
      if (r === undefined || floor === undefined) return;
      expect(rate(r.allPass, r.all), `all cases: ${r.allPass}/${r.all}`).toBeGreaterThanOrEqual(floor.all);
      expect(rate(r.keptPass, r.kept), `kept cases: ${r.keptPass}/${r.kept}\n${r.failures.join('\n')}`).toBeGreaterThanOrEqual(floor.kept);
    });

    it('no exclusion rule is dead: each names at least one case', () => {
      const used = new Set(rows.flatMap((r) => r.exclusions.map((e) => /^\[([^\]]+)\]/.exec(e)?.[1])));
      expect(RULES.map((r) => r.category).filter((c) => !used.has(c))).toEqual([]);
    });
  });
}
