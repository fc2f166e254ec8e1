import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, Claim, extractClaims, extractQuantities, Quantities, Report, type Finding } from '../src/index.js';
import { spanViolations } from './support/spans.js';

/**
 * Runs per property: `FUZZ_RUNS=5000 npx vitest run test/properties.test.ts` fuzzes harder.
 * The seed is fixed so CI is reproducible; `FUZZ_SEED=<n>` explores other inputs.
 */
const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 200);
const SEED = Number.isInteger(Number(process.env.FUZZ_SEED)) && process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261126;
/** 100,000-character inputs take up to a second each: a fortieth of the runs. */
const LONG_RUNS = Math.max(3, Math.ceil(RUNS / 40));
const params = (numRuns: number) => ({ numRuns, seed: SEED });
/** vitest's limit, stretched for large `FUZZ_RUNS`. */
const timeout = Math.max(60_000, RUNS * 1_000);

const letters = (chars: string) => fc.constantFrom(...chars);
const glue = fc.constantFrom(' ', '', '\n', '\n\n', '. ', ', ', '\t');

const EMOJI = ['💰', '🚀', '👨‍👩‍👧‍👦', '🇺🇸', '🇸🇦', '👍🏽', '🧑‍💻', '1️⃣', '#️⃣', '❤️', '🏳️‍🌈', '\u{1F9EA}', '©', '™'];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\v', '\f', '\r', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b',
  '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ud800', '\udfff'];
const RTL = ['שלום', 'מיליארד', 'דולר', 'עסקה', 'مليار', 'دولار', 'صفقة', 'أنثروبيك', 'سبيس إكس', '٤٥', '١٥٠٠', '٣ مليار دولار',
  'ש"ח 45', 'ریال', '\u202e$45 billion\u202c', '\u200f15\u200f'];
const CURRENCY = ['$', '€', '£', '¥', '₹', '₩', '₽', '฿', '₿', '¢', '₪', '₺', '﷼', 'US$', 'C$', 'A$', 'HK$', 'R$', 'USD', 'EUR', 'bn', 'B', 'm'];
const SCALE = ['billion', 'million', 'trillion', 'thousand', 'hundred', 'bn', 'mn', 'B', 'M', 'k', 'crore', 'lakh', 'dozen', 'billions', 'a', 'and'];

/** Text no reader would write: any code point, graphemes, controls, emoji, right-to-left runs, digits or symbols only. */
const garbage = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...CONTROL), maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...EMOJI), maxLength: 60 }),
  fc.array(fc.constantFrom(...RTL), { maxLength: 20 }).map((w) => w.join(' ')),
  fc.string({ unit: letters('0123456789'), minLength: 1, maxLength: 400 }),
  fc.string({ unit: letters('0123456789.,-/ '), maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...CURRENCY), minLength: 1, maxLength: 100 }),
  fc.array(fc.constantFrom(...SCALE), { maxLength: 60 }).map((w) => w.join(' ')),
  fc.tuple(fc.constantFrom('$', '€', ''), fc.nat(), fc.array(fc.constantFrom(...SCALE), { minLength: 1, maxLength: 30 }))
    .map(([sign, n, w]) => `${sign}${n} ${w.join(' ')}`),
);

const PARTIES = ['SpaceX', 'Anthropic', 'xAI', 'Microsoft', 'Nebius', 'OpenAI', 'Oracle', 'Musk', "Musk's SpaceX", 'the company', 'it'];
const VERBS = ['is leasing Colossus to', 'rents capacity to', 'signed a deal with', 'invested in', 'agreed to acquire', 'is partnering with',
  'will supply GPUs to', 'denied that it is renting Colossus to', 'reportedly leases compute to', 'uses the data centers of', 'pays'];
const AMOUNTS = ['$15 billion annually', '$45 billion', '$10 billion a year', 'about $15bn a year', 'up to $45B', 'between $40 and $50 billion',
  '€2.5bn', 'forty-five billion dollars', 'US$45,000,000,000', '$23.28 a share', 'billions', '$1.5 trillion per quarter', '¥3 trillion', ''];
const TERMS = ['over three years', 'for 36 months', 'for a decade', 'through 2029', 'in a multi-year deal', 'for five years', 'for 500 megawatts',
  'for 100,000 GPUs', 'for up to 6 gigawatts', '', ''];
const OPENERS = ['', '', 'According to three people close to the talks, ', 'Analyst note: ', 'On Tuesday ', 'It is unclear whether ', 'Not: '];

/** Sentences shaped like the insight paragraphs crosscheck reads, drawn from few parties so events repeat. */
const dealSentence = fc
  .tuple(fc.constantFrom(...OPENERS), fc.constantFrom(...PARTIES), fc.constantFrom(...VERBS), fc.constantFrom(...PARTIES),
    fc.constantFrom(...AMOUNTS), fc.constantFrom(...TERMS))
  .map(([open, a, verb, b, amount, term]) => `${open}${a} ${verb} ${b}${amount ? ` for ${amount}` : ''}${term ? ` ${term}` : ''}.`);

/** Realistic sentences, garbage, and the two spliced together. */
const text = fc.oneof(
  { arbitrary: garbage, weight: 3 },
  { arbitrary: fc.array(dealSentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')), weight: 3 },
  { arbitrary: fc.array(fc.tuple(fc.oneof(dealSentence, garbage), glue), { maxLength: 6 }).map((p) => p.flat().join('')), weight: 4 },
);

/** A text meant to find something: mostly deal sentences with some garbage mixed in. */
const dealText = fc.oneof(
  { arbitrary: fc.array(dealSentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')), weight: 3 },
  { arbitrary: fc.tuple(garbage, dealSentence, glue).map(([g, s, j]) => `${s}${j}${g}`), weight: 1 },
  { arbitrary: text, weight: 1 },
);

/** One 100,000-character token (or a run of one short unit), alone or inside a deal sentence. */
const LONG = 100_000;
const longText = fc
  .tuple(
    fc.oneof(
      fc.constantFrom('a', '9', '$', '€', '0', '.', ',', '-', 'x', ' ', '\u0000', '\u200f', '\ud800', '٣', 'ש'),
      fc.constantFrom('billion ', 'billion', '$1', '1,000,', '$45 billion ', '👨‍👩‍👧‍👦', '🇺🇸', 'one ', 'multi-year-', 'up to '),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
    ),
    fc.constantFrom('', 'SpaceX leases Colossus to Anthropic for ', 'Anthropic pays SpaceX $'),
    fc.constantFrom('', ' billion a year.', '. Anthropic pays SpaceX $15 billion a year.'),
  )
  .map(([unit, before, after]) => `${before}${unit.repeat(Math.ceil(LONG / unit.length)).slice(0, LONG)}${after}`);

const sourcesOf = (texts: readonly string[]) => texts.map((t, i) => ({ id: `s${i}`, text: t }));
const textOf = (sources: readonly { id: string; text: string }[]) => (id: string) => sources.find((s) => s.id === id)?.text;

/** Runs the whole public API on one text, checking every result against its schema and every span against the text. */
function checkAll(input: string): void {
  const quantities = extractQuantities(input);
  Quantities.parse(quantities);
  const claims = extractClaims(input);
  Claim.array().parse(claims);
  expect(spanViolations(claims, () => input)).toEqual([]);
  const sources = sourcesOf([input]);
  const report = analyze(sources);
  Report.parse(report);
  expect(spanViolations(report.claims, textOf(sources))).toEqual([]);
}

/** Which pairs of sources agree or conflict, and on what: "contradiction s0|s1 amount". */
const pairFields = (findings: readonly Finding[]) =>
  [...new Set(findings.map((f) => `${f.kind} ${[...f.sources].sort().join('|')} ${f.field}`))].sort();
const pairs = (findings: readonly Finding[]) => [...new Set(findings.map((f) => `${f.kind} ${[...f.sources].sort().join('|')}`))].sort();

describe('the public API on arbitrary text', () => {
  it('never throws; every result validates against its schema and every span covers its words', { timeout }, () => {
    fc.assert(fc.property(text, (input) => checkAll(input)), params(RUNS));
  });

  it('never throws on 100,000-character tokens', { timeout }, () => {
    fc.assert(fc.property(longText, (input) => checkAll(input)), params(LONG_RUNS));
  });

});

describe('findings do not depend on order or on the run', () => {
  it('are symmetric: swapping two sources gives the same kinds, pairs and fields', { timeout }, () => {
    fc.assert(
      fc.property(dealText, dealText, (a, b) => {
        const forward = analyze([{ id: 'a', text: a }, { id: 'b', text: b }]);
        const backward = analyze([{ id: 'b', text: b }, { id: 'a', text: a }]);
        expect(pairFields(backward.findings)).toEqual(pairFields(forward.findings));
      }),
      params(RUNS),
    );
  });

  it('are deterministic: two runs deep-equal', { timeout }, () => {
    fc.assert(
      fc.property(fc.array(dealText, { minLength: 1, maxLength: 3 }), (texts) => {
        const sources = sourcesOf(texts);
        expect(analyze(sources)).toStrictEqual(analyze(sources));
        expect(extractQuantities(texts[0]!)).toStrictEqual(extractQuantities(texts[0]!));
      }),
      params(RUNS),
    );
  });

  it('do not depend on the order of sources: shuffled, the same pairs agree and conflict (and the report validates)', { timeout }, () => {
    const shuffled = fc
      .array(dealText, { minLength: 3, maxLength: 5 })
      .map(sourcesOf)
      .chain((sources) => fc.tuple(fc.constant(sources), fc.shuffledSubarray(sources, { minLength: sources.length })));
    fc.assert(
      fc.property(shuffled, ([sources, reordered]) => {
        const report = Report.parse(analyze(sources));
        expect(pairs(analyze(reordered).findings)).toEqual(pairs(report.findings));
      }),
      params(RUNS),
    );
  });
});
