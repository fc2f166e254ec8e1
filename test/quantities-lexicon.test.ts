import { describe, expect, it } from 'vitest';
import { findQuantities, findPeriods } from '../src/quantities/index.js';
import { BOUNDS_AFTER, BOUNDS_BEFORE } from '../src/quantities/bounds.js';
import { CURRENCIES, PRESS_SIGNS, REGIONAL_CURRENCY_WORDS } from '../src/quantities/currencies.js';
import { PERIOD_WORDS } from '../src/quantities/periods.js';
import { ADJECTIVE_COUNT_NOUNS, INVARIANT_PLURALS, PLURAL_ENDINGS } from '../src/quantities/count-nouns.js';
import { RATE_LINKERS, RATES, SEASON_RATES, UNIT_NOUNS } from '../src/quantities/rates.js';
import { foldUnicode, UNICODE_FOLDS } from '../src/quantities/unicode.js';
import { SPOKEN_FORMS } from '../src/quantities/spoken.js';
import { EUROPEAN_SCALES } from '../src/quantities/european.js';
import { INCIDENTAL_RULES } from '../src/quantities/incidental.js';
import { PRICE_TIMES_COUNT } from '../src/quantities/derived-totals.js';
import { STACKED_SCALES } from '../src/quantities/number-words.js';
import { TIME_UNITS, VAGUE_COMPOUNDS, VAGUE_COUNTS } from '../src/quantities/time-units.js';
import { MEASURE_UNITS } from '../src/quantities/units.js';
import { VAGUE_AMOUNTS } from '../src/quantities/vague.js';

const all = (text: string) => {
  const r = findQuantities(text);
  return [...r.amounts, ...r.durations, ...r.quantities];
};

describe('every lexicon entry finds its own example', () => {
  it.each(CURRENCIES.map((c) => [c.code, c.example] as const))('currency %s: %s', (code, example) => {
    expect(findQuantities(example).amounts.map((a) => a.currency)).toContain(code);
  });
  it.each(PRESS_SIGNS.map((c) => [c.code, c.example] as const))('press sign of %s: %s', (code, example) => {
    expect(findQuantities(example).amounts.map((a) => a.currency)).toEqual([code]);
  });
  it('a press sign made of letters counts only with a scale of a million or more', () => {
    for (const text of ['SR 2 per litre', 'in W2 of the plant', 'P 3', 'KD 40', 'TL 12']) expect(findQuantities(text).amounts).toEqual([]);
  });
  it.each(REGIONAL_CURRENCY_WORDS.map((c) => [c.words[0], c.code, c.example] as const))('regional currency "%s" (%s): %s', (_w, code, example) => {
    expect(findQuantities(example).amounts.map((a) => a.currency)).toEqual([code]);
  });
  // (Since session 45 a sum of millions in such a word is money of no stated currency, ISO 4217's XXX, which a comparison
  // lets meet the deal's own currency; before, it was no money at all.)
  it('a regional currency word with no place to tell it, or two, names no currency', () => {
    expect(findQuantities('Varnhold paid 4.2 billion crowns.').amounts.map((a) => a.currency)).toEqual(['XXX']);
    expect(findQuantities('An Oslo firm and a Stockholm one paid 4.2 billion crowns.').amounts.map((a) => a.currency)).toEqual(['XXX']);
    expect(findQuantities('Oslo-listed Hostsund paid 300 million crowns; the Copenhagen-based seller kept its 40 crowns of cash.').amounts.map((a) => a.currency)).toEqual(['XXX']);
    expect(findQuantities('The Norwegian group paid 2.1 billion Norwegian crowns.').amounts.map((a) => a.currency)).toEqual(['NOK']);
    expect(findQuantities('Tarvo paid 40 million riyals.').amounts.map((a) => a.currency)).toEqual(['XXX']);
    expect(findQuantities('DOHA - Harlow will pay 300 million riyals.').amounts.map((a) => a.currency)).toEqual(['QAR']);
  });
  it.each(BOUNDS_BEFORE.map((b) => [b.words, b.rule.bound, b.example] as const))('bound before "%s" (%s): %s', (_w, bound, example) => {
    expect(all(example).map((q) => q.bound)).toContain(bound);
  });
  it.each(BOUNDS_AFTER.map((b) => [b.words, b.rule.bound, b.example] as const))('bound after "%s" (%s): %s', (_w, bound, example) => {
    expect(all(example).map((q) => q.bound)).toContain(bound);
  });
  it.each(RATES.map((r) => [r.words, r.per, r.example] as const))('rate "%s" (%s): %s', (_w, per, example) => {
    expect(findQuantities(example).amounts[0]?.per).toBe(per);
  });
  it.each(RATE_LINKERS.map((r) => [r.words, r.example] as const))('rate linker "%s": %s', (_w, example) => {
    expect(findQuantities(example).amounts[0]?.per).not.toBeNull();
    expect(findQuantities(example).durations).toEqual([]);
  });
  it.each(SEASON_RATES.map((r) => [r.words, r.per, r.example] as const))('season rate "%s" (%s): %s', (_w, per, example) => {
    expect(findQuantities(example).amounts[0]).toMatchObject({ per, unitPrice: false, text: example });
  });
  it.each(UNICODE_FOLDS.map((f) => [f.name, f.example] as const))('unicode %s reads as its ASCII form: %s', (_n, example) => {
    const folded = findQuantities(foldUnicode(example));
    const found = findQuantities(example);
    expect(found.amounts.length + found.durations.length).toBeGreaterThan(0);
    const strip = (q: typeof found) => [...q.amounts, ...q.durations].map((x) => [x.value, x.span.start, x.span.end]);
    expect(strip(found)).toEqual(strip(folded));
    for (const x of [...found.amounts, ...found.durations]) expect(example.slice(x.span.start, x.span.end)).toBe(x.text);
  });
  it.each(SPOKEN_FORMS.map((f) => [f.rule, f.example, f.value] as const))('spoken form %s: %s', (_r, example, value) => {
    expect(findQuantities(example).amounts[0]).toMatchObject({ value, text: example });
  });
  it.each(STACKED_SCALES.map((s) => [s.words, s.example, s.value] as const))('stacked scale "%s": %s', (_w, example, value) => {
    expect(findQuantities(example).amounts[0]?.value).toBeCloseTo(value, 0);
  });
  it.each(EUROPEAN_SCALES.map((e) => [e.words, e.example, e.value] as const))('European scale "%s": %s', (_w, example, value) => {
    const a = findQuantities(example).amounts[0];
    const [, mark, number] = /^(€|R\$|Rp|NOK |SEK |DKK )\s*(\S+)/u.exec(example)!;
    expect(a?.currency).toBe({ '€': 'EUR', R$: 'BRL', Rp: 'IDR', 'NOK ': 'NOK', 'SEK ': 'SEK', 'DKK ': 'DKK' }[mark!]);
    expect(a?.value).toBeCloseTo(Number(number!.replace(',', '.')) * value, 0);
  });
  it.each(PLURAL_ENDINGS.map((p) => [p.plural, p.singular, p.example] as const))('plural ending "%s" → "%s": %s', (_p, one, example) => {
    expect(findQuantities(example).quantities.map((q) => q.unit)).toContain(one);
  });
  it.each(INCIDENTAL_RULES.map((r) => [r.reason, r.example] as const))('incidental "%s": %s', (reason, example) => {
    expect(all(example).map((q) => q.incidental)).toContain(reason);
  });
  it.each(PRICE_TIMES_COUNT.map((r) => [r.rule, r.example, r.value] as const))('derived total %s: %s', (rule, example, value) => {
    const derived = findQuantities(example).amounts.filter((a) => a.derived === true);
    expect(derived).toHaveLength(1);
    expect(derived[0]).toMatchObject({ rule, unitPrice: false });
    expect(derived[0]?.value).toBeCloseTo(value, 0);
  });
  it.each(ADJECTIVE_COUNT_NOUNS.map((a) => [a.noun, a.example] as const))('adjective count "%s": %s', (noun, example) => {
    expect(findQuantities(example).quantities.map((q) => q.unit)).toContain(noun);
  });
  it.each(INVARIANT_PLURALS.map((p) => [p.noun, p.example] as const))('invariant plural "%s": %s', (noun, example) => {
    expect(findQuantities(example).quantities.map((q) => q.unit)).toContain(noun);
  });
  it.each([
    ['five gas turbines', 'turbine'], ['ten liquefied natural gas carriers', 'carrier'], ['two atlas rockets', 'rocket'],
  ])('a singular in -as modifies the counted noun: %s', (text, unit) => {
    expect(findQuantities(`They ordered ${text}.`).quantities.map((q) => q.unit)).toEqual([unit]);
  });
  it.each(UNIT_NOUNS.map((u) => [u.noun, u.example] as const))('unit price "%s": %s', (_n, example) => {
    expect(findQuantities(example).amounts[0]?.unitPrice).toBe(true);
  });
  it.each(TIME_UNITS.map((u) => [u.names[0], u.example] as const))('time unit %s: %s', (_n, example) => {
    expect(findQuantities(example).durations).toHaveLength(1);
  });
  it.each([...VAGUE_COUNTS, ...VAGUE_COMPOUNDS].map((v) => [v.words, v.example] as const))('vague duration "%s": %s', (_w, example) => {
    expect(findQuantities(example).durations[0]?.bound).toBe('vague');
  });
  it.each(VAGUE_AMOUNTS.map((v) => [v.words, v.example] as const))('vague amount "%s": %s', (_w, example) => {
    expect(findQuantities(example).amounts[0]?.bound).toBe('vague');
  });
  it.each(MEASURE_UNITS.map((u) => [u.symbols[0] ?? u.names[0], u.unit, u.example] as const))('unit %s (%s): %s', (_s, unit, example) => {
    expect(findQuantities(example).quantities.map((q) => q.unit)).toContain(unit);
  });
  it.each(PERIOD_WORDS.map((p) => [p.words, p.per, p.example] as const))('period "%s" (%s): %s', (_w, per, example) => {
    expect(findPeriods(example)[0]?.per).toBe(per);
  });
});
