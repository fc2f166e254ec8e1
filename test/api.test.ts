import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, compareClaims, CrosscheckError, extractClaims, extractQuantities, Quantities, Report, type Claim, type Finding } from '../src/index.js';
import { corpusOf, readStoryFile } from './support/score-stories.js';
import { spanViolations } from './support/spans.js';

/** Lets a test hand the API what its types forbid, as a JavaScript caller could. */
const bad = (value: unknown) => value as never;

/** The CrosscheckError `call` throws; fails the test when it throws nothing or something else. */
function errorOf(call: () => unknown): CrosscheckError {
  try {
    call();
  } catch (error) {
    if (error instanceof CrosscheckError) return error;
    throw error;
  }
  throw new Error('expected a CrosscheckError, but nothing was thrown');
}

const RATE = 'SpaceX is leasing Colossus to Anthropic for $15 billion annually.';
const TOTAL = "Anthropic's three-year, $45 billion deal with SpaceX gives it all of Colossus.";
const LOWER_RATE = "SpaceX's Colossus lease to Anthropic brings in $10 billion a year.";
const ok = (id: string, text = RATE) => ({ id, text });
const computeDeal = () => corpusOf(readStoryFile(fileURLToPath(new URL('../fixtures/corpora/compute-deal.json', import.meta.url)))).sources;

/** Findings as a set of "kind a|b" strings, the source ids sorted, so order and claim numbering do not matter. */
const findingSet = (findings: readonly Finding[]) =>
  [...new Set(findings.map((f) => `${f.kind} ${[...f.sources].sort().join('|')}`))].sort();

describe('the public boundary throws CrosscheckError naming the culprit', () => {
  const claim = extractClaims(RATE)[0];
  const cases: [string, () => unknown, string][] = [
    ['analyze: sources not an array', () => analyze(bad('text')), 'sources'],
    ['analyze: a source without id', () => analyze(bad([ok('a'), { text: TOTAL }])), 'sources[1].id'],
    ['analyze: an empty id', () => analyze([ok('')]), 'sources[0].id'],
    ['analyze: text not a string', () => analyze(bad([ok('a'), ok('b'), { id: 'c', text: 42 }])), 'sources[2].text'],
    ['analyze: a source that is null', () => analyze(bad([null])), 'sources[0]'],
    ['analyze: a duplicate id', () => analyze([ok('a'), ok('b'), ok('a')]), 'sources[2].id'],
    ['analyze: an unknown source key', () => analyze(bad([{ id: 'a', text: RATE, author: 'me' }])), 'sources[0].author'],
    ['analyze: publishedAt not an ISO date', () => analyze([{ id: 'a', text: RATE, publishedAt: 'last Tuesday' }]), 'sources[0].publishedAt'],
    ['analyze: an unknown option', () => analyze([ok('a')], bad({ bogus: true })), 'options.bogus'],
    ['analyze: a tolerance above 1', () => analyze([ok('a')], { tolerance: { money: 2, duration: 0.05, quantity: 0.05 } }), 'options.tolerance.money'],
    ['analyze: a negative tolerance', () => analyze([ok('a')], bad({ tolerance: { duration: -0.1 } })), 'options.tolerance.duration'],
    ['analyze: a tolerance that is not a number', () => analyze([ok('a')], bad({ tolerance: { quantity: '5%' } })), 'options.tolerance.quantity'],
    ['analyze: an unknown tolerance', () => analyze([ok('a')], bad({ tolerance: { speed: 0.1 } })), 'options.tolerance.speed'],
    ['analyze: a text longer than maxTextLength', () => analyze([ok('a', 'short'), ok('b')], { maxTextLength: 10 }), 'sources[1].text'],
    ['analyze: more sources than maxSources', () => analyze([ok('a'), ok('b'), ok('c')], { maxSources: 2 }), 'sources'],
    ['analyze: maxSources not a positive integer', () => analyze([ok('a')], { maxSources: 0 }), 'options.maxSources'],
    ['analyze: a bad lexicon action', () => analyze([ok('a')], bad({ lexicon: { actions: [{ lemma: 'colocate', type: 'borrow', direction: 'forward' }] } })), 'options.lexicon.actions[0].type'],
    ['extractClaims: text not a string', () => extractClaims(bad(undefined)), 'text'],
    ['extractClaims: an unknown option', () => extractClaims(RATE, bad({ source: 'a' })), 'options.source'],
    ['extractClaims: an empty sourceId', () => extractClaims(RATE, { sourceId: '' }), 'options.sourceId'],
    ['extractClaims: a text longer than maxTextLength', () => extractClaims(RATE, { maxTextLength: 10 }), 'text'],
    ['extractClaims: publishedAt not an ISO date', () => extractClaims(RATE, { publishedAt: '2026-13-45' }), 'options.publishedAt'],
    ['compareClaims: claims not an array', () => compareClaims(bad(RATE)), 'claims'],
    ['compareClaims: a claim without id', () => compareClaims(bad([claim, { ...claim, id: undefined }])), 'claims[1].id'],
    ['compareClaims: an amount that is not a number', () => compareClaims(bad([{ ...claim, amount: { ...claim!.amount, value: '15bn' } }])), 'claims[0].amount.value'],
    ['compareClaims: an empty object', () => compareClaims(bad([{}])), 'claims[0].id'],
    ['compareClaims: an unknown option', () => compareClaims([], bad({ bogus: 1 })), 'options.bogus'],
    ['compareClaims: a bad tolerance', () => compareClaims([], { tolerance: { money: -1, duration: 0.05, quantity: 0.05 } }), 'options.tolerance.money'],
    ['extractQuantities: text not a string', () => extractQuantities(bad(45e9)), 'text'],
    ['extractQuantities: an unknown option', () => extractQuantities(RATE, bad({ currency: 'USD' })), 'options.currency'],
    ['extractQuantities: a text longer than maxTextLength', () => extractQuantities(RATE, { maxTextLength: 10 }), 'text'],
  ];

  it.each(cases)('%s', (_name, call, field) => {
    const error = errorOf(call);
    expect(error.name).toBe('CrosscheckError');
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(error.issues[0]?.field).toBe(field);
  });

  it('accepts texts exactly maxTextLength long and exactly maxSources sources', () => {
    expect(() => analyze([ok('a'), ok('b')], { maxTextLength: RATE.length, maxSources: 2 })).not.toThrow();
    expect(() => extractClaims(RATE, { maxTextLength: RATE.length })).not.toThrow();
    expect(() => extractQuantities(RATE, { maxTextLength: RATE.length })).not.toThrow();
  });
});

describe('nothing to find is an empty result, not an error', () => {
  const empty = { claims: [], findings: [], events: [], entities: [], uncorroborated: [], partialExclusives: [] };
  const noQuantities = { amounts: [], durations: [], quantities: [] };

  it.each(['', '   \n\t ', 'The weather was mild and the coffee was good.'])('%j', (text) => {
    expect(analyze([])).toEqual(empty);
    expect(analyze([ok('a', text), ok('b', text)])).toEqual(empty);
    expect(extractClaims(text)).toEqual([]);
    expect(compareClaims(extractClaims(text))).toEqual([]);
  });

  it('an empty text has no quantities', () => {
    expect(extractQuantities('')).toEqual(noQuantities);
    expect(extractQuantities('  \n ')).toEqual(noQuantities);
  });

  it('a single source has no findings', () => {
    expect(analyze([ok('a', `${RATE} ${TOTAL}`)]).findings.filter((f) => f.sources[0] !== f.sources[1])).toEqual([]);
  });
});

describe('odd strings never throw', () => {
  const odd: [string, string][] = [
    ['empty', ''],
    ['NUL', '\u0000'],
    ['NULs inside a claim', 'SpaceX\u0000is leasing\u0000Colossus to Anthropic for $15\u0000billion annually.'],
    ['emoji', '🚀 SpaceX 💸 is leasing 🛰️ Colossus to Anthropic for $15 billion 🤝 a year 👍🏽👨‍👩‍👧'],
    ['dollar signs', '$$$$'],
    ['billion x 500', 'billion '.repeat(500)],
    ['"a " x 50,000', 'a '.repeat(50_000)],
    ['RTL text', 'أعلنت شركة أرامكو عن صفقة بقيمة 5 مليارات دولار مع שלום עולם'],
    ['RTL override around a claim', '\u202eSpaceX is leasing Colossus to Anthropic\u202c for $15 billion a year.'],
    ['a 100,000-character token', 'x'.repeat(100_000)],
    ['100,000 digits', '9'.repeat(100_000)],
    ['lone surrogates', '\ud800 SpaceX paid $5 billion \udfff to Anthropic.'],
    ['many currency symbols', `${'$'.repeat(1000)}${'5'.repeat(400)} billion`],
  ];

  it.each(odd)('%s', (_name, text) => {
    const report = analyze([ok('a', text), ok('b', text), ok('c', RATE)]);
    expect(Report.safeParse(report).success).toBe(true);
    const texts = new Map([['a', text], ['b', text], ['c', RATE]]);
    expect(spanViolations(report.claims, (id) => texts.get(id))).toEqual([]);

    const claims = extractClaims(text);
    expect(spanViolations(claims, () => text)).toEqual([]);
    expect(() => compareClaims(claims)).not.toThrow();

    const quantities = extractQuantities(text);
    expect(Quantities.safeParse(quantities).success).toBe(true);
    for (const q of [...quantities.amounts, ...quantities.durations, ...quantities.quantities]) {
      expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
    }
  });
});

describe('determinism', () => {
  it('gives deep-equal reports for the same input twice', () => {
    const sources = computeDeal();
    expect(analyze(sources)).toEqual(analyze(sources));
    expect(analyze(sources.map((s) => ({ ...s })))).toEqual(analyze(sources));
  });

  it('gives the same claims and quantities for the same text twice', () => {
    expect(extractClaims(TOTAL, { sourceId: 's7' })).toEqual(extractClaims(TOTAL, { sourceId: 's7' }));
    expect(extractQuantities(TOTAL)).toEqual(extractQuantities(TOTAL));
  });

  it('finds the same (source pair, kind) set whatever the order of the sources', () => {
    const sources = computeDeal();
    const expected = findingSet(analyze(sources).findings);
    expect(expected.length).toBeGreaterThan(0);
    /** A fixed permutation (a seeded Fisher-Yates), so a failure can be replayed. */
    const shuffled = (seed: number) => {
      const list = [...sources];
      let state = seed;
      for (let i = list.length - 1; i > 0; i--) {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        const j = state % (i + 1);
        [list[i], list[j]] = [list[j]!, list[i]!];
      }
      return list;
    };
    const orders = [[...sources].reverse(), [...sources.slice(5), ...sources.slice(0, 5)], shuffled(1), shuffled(42), shuffled(2026)];
    for (const order of orders) expect(findingSet(analyze(order).findings)).toEqual(expected);
  });
});

describe('extract per document, compare later', () => {
  const pairs: [string, string, string][] = [
    ['a rate and a total over its term', RATE, TOTAL],
    ['two different rates', RATE, LOWER_RATE],
    ['a total and a lower rate', TOTAL, LOWER_RATE],
    ['a deal and a denial', RATE, 'Elon Musk denied that SpaceX is renting any data center capacity to Anthropic.'],
    ['unrelated texts', RATE, 'Boeing delivered 40 jets in March.'],
  ];

  it.each(pairs)('compareClaims(extractClaims) equals analyze: %s', (_name, a, b) => {
    const claims: Claim[] = [...extractClaims(a, { sourceId: 'a' }), ...extractClaims(b, { sourceId: 'b' })];
    const report = analyze([ok('a', a), ok('b', b)]);
    expect(findingSet(compareClaims(claims))).toEqual(findingSet(report.findings));
  });

  it('finds the agreement and the contradiction of the examples', () => {
    expect(findingSet(analyze([ok('a', RATE), ok('b', TOTAL)]).findings)).toEqual(['agreement a|b']);
    expect(findingSet(analyze([ok('a', RATE), ok('b', LOWER_RATE)]).findings)).toEqual(['contradiction a|b']);
  });

  it('compareClaims over a whole corpus equals analyze', () => {
    const sources = computeDeal();
    const claims = sources.flatMap((s) => extractClaims(s.text, { sourceId: s.id }));
    const report = analyze(sources);
    expect(findingSet(compareClaims(claims))).toEqual(findingSet(report.findings));
  });
});
