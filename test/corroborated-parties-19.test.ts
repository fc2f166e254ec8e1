import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { CORROBORATED_PARTNER, OTHER_DEAL_CUES } from '../src/normalize/corroborated-parties.js';

const report = (...texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
/** The sides of each claim of one source, as "actor > counterparty". */
const sides = (r: ReturnType<typeof analyze>, source: string) =>
  r.claims.filter((c) => c.sourceId === source && c.action).map((c) => `${c.actor?.canonical ?? '-'} > ${c.counterparty?.canonical ?? '-'}`);
const findings = (r: ReturnType<typeof analyze>) => {
  const source = new Map(r.claims.map((c) => [c.id, c.sourceId]));
  return [...new Set(r.findings.map((f) => `${f.claims.map((id) => source.get(id)).sort().join('~')}:${f.kind}`))].sort();
};
const pairOf = (line: string) => line.split(' > ').sort().join(' | ');

/** A source that pairs the two firms plainly, beside which each misreading below is read again. */
const PLAIN = 'Brisco Freight has agreed to buy four bulk carriers from Tamberlane Shipping for $160 million.';

describe('a side no other source pairs, beside a firm the corpus pairs with the other side', () => {
  // Each text names both firms but extraction alone gives one side to a word that is no firm: a ship's class before
  // its noun, an owner's fleet by its name, a trade by its region. Another source pairs the firms, so the misread
  // side is the firm the sentence names (written in full or, unambiguously, by its first word).
  it.each([
    ['a ship class before its noun', 'Tamberlane Shipping has sold four Capesize bulk carriers, the Oldby Bay and the Oldby Cove among them, to Busan-based Brisco Freight for $160 million.'],
    ["an owner's fleet by its name", "The buyer of Tamberlane's Oldby quartet is Brisco Freight, which paid $160m, or $40m a ship."],
    ['a trade by its region', 'Brisco Freight has sorted out shipping for its Gulf trade: four carriers from Tamberlane for $160 million.'],
  ])('%s: the claim is of the pair the corpus knows', (_kind, text) => {
    const r = report(PLAIN, text);
    expect(sides(r, 's2').map(pairOf)).toContain('Brisco Freight | Tamberlane Shipping');
    expect(findings(r)).toContain('s1~s2:agreement');
    const found = r.claims.filter((c) => c.sourceId === 's2').flatMap((c) => [c.actor, c.counterparty]).find((p) => p?.rule === CORROBORATED_PARTNER.rule)!;
    expect(found.certainty).toBe('implied');
    expect(text.slice(found.span.start, found.span.end)).toBe(found.text);
  });

  it('reads a side alone as it was read: without another source there is nothing to pair it with', () => {
    const r = report('Brisco Freight has sorted out shipping for its Gulf trade: four carriers from Tamberlane for $160 million.');
    expect(sides(r, 's1').map(pairOf)).not.toContain('Brisco Freight | Tamberlane');
  });

  it('leaves alone a side another source also pairs', () => {
    const r = report(
      'Brisco Freight has agreed to buy four bulk carriers from Tamberlane Shipping for $160 million.',
      'Brisco Freight also leases two tankers from Ormond Marine for $9 million a year.',
      'Ormond Marine has leased two tankers to Brisco Freight, and Tamberlane Shipping is building carriers.',
    );
    expect(sides(r, 's3').map(pairOf)).toContain('Brisco Freight | Ormond Marine');
  });

  it('does nothing when the sentence names two firms the corpus pairs with the known side', () => {
    const r = report(
      PLAIN,
      'Ormond Marine will lease two tankers to Brisco Freight for $9 million a year.',
      'Brisco Freight bought carriers in Panamax class, Tamberlane Shipping and Ormond Marine said.',
    );
    const found = r.claims.filter((c) => c.sourceId === 's3').flatMap((c) => [c.actor, c.counterparty]).filter((p) => p?.rule === CORROBORATED_PARTNER.rule);
    expect(found).toEqual([]);
  });

  it('gives the same claims whatever the order of the sources', () => {
    const texts = [PLAIN, 'Tamberlane Shipping has sold four Panamax bulk carriers to Brisco Freight for $160 million.', 'Brisco Freight paid Tamberlane Shipping $160 million.'];
    const a = analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
    const b = analyze([...texts.map((text, i) => ({ id: `s${i + 1}`, text }))].reverse());
    const key = (r: ReturnType<typeof analyze>) => r.claims.map((c) => `${c.id}:${c.actor?.canonical}>${c.counterparty?.canonical}`).sort();
    expect(key(b)).toEqual(key(a));
  });
});

describe('words that say a sentence tells another deal', () => {
  it.each(OTHER_DEAL_CUES.map((c) => [c.example, c] as const))('match their own example: %s', (example, cue) => {
    expect(cue.pattern.test(example)).toBe(true);
  });

  // The misreading the grid above repairs, told as another deal: the sides stay as read, since another deal of a
  // firm may well be with another counterparty.
  it.each([
    'Brisco Freight has also sorted out shipping for its Gulf trade: four carriers from Tamberlane for $160 million.',
    'Back in 2019, Brisco Freight sorted out shipping for its Gulf trade: four carriers from Tamberlane for $160 million.',
    'Brisco Freight first sorted out shipping for its Gulf trade: four carriers from Tamberlane for $160 million.',
  ])('keep the sides a claim was read with: %s', (text) => {
    const r = report(PLAIN, text);
    const replaced = r.claims.filter((c) => c.sourceId === 's2').flatMap((c) => [c.actor, c.counterparty]).filter((p) => p?.rule === CORROBORATED_PARTNER.rule);
    expect(replaced).toEqual([]);
  });

  it('a statement keeps its one side: "Tamberlane shares rose 3%" gets no counterparty', () => {
    const r = report(PLAIN, 'Brisco Freight said the $160 million deal covers four carriers; Tamberlane shares rose 3%.');
    const statements = r.claims.filter((c) => c.sourceId === 's2' && c.action?.type === 'state');
    expect(statements.every((c) => c.counterparty === null)).toBe(true);
  });
});

describe('figures this session kept off deals', () => {
  it('"Phase 2b" labels a step; it counts no "makes"', () => {
    expect(extractQuantities("whether next year's Phase 2b readout makes this cheap").quantities).toEqual([]);
    expect(extractQuantities('Tarvo will buy 40 Tier 1 jets').quantities.map((q) => q.value)).toEqual([40]);
  });

  it('a length under a day is no deal term: "(48 min)" after a show summary', () => {
    const claims = extractClaims('Hosts unpack Meridal\'s licensing deal for Corlworth Therapeutics\' colitis antibody. (48 min)');
    expect(claims.map((c) => c.duration)).toEqual(claims.map(() => null));
  });

  it('goods joined by "and" carry an amount to its period: "C$30 million of spruce and fir logs a year"', () => {
    const [amount] = extractQuantities('will feed the line with C$30 million of spruce and fir logs a year').amounts;
    expect(amount).toMatchObject({ value: 30e6, currency: 'CAD', per: 'year' });
    expect(extractQuantities('paid $30 million of cash and a year later more').amounts[0]!.per).toBeNull();
  });

  it('a budget for deals in general is no deal\'s price', () => {
    const claims = extractClaims('Harwick Logistics bought the Oldby depot from Kettering Estates; the REIT still plans to spend up to £300 million on acquisitions this year.');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.amount)).toEqual(claims.map(() => null));
  });
});

describe('a deal noun made "with" its other side', () => {
  it.each([
    ['Southmere Bank signed a 15-year loan with Urkash Solar.', 'Urkash Solar'],
    ['Tarvo Logistics signed a lease with Kettering Estates for its depot.', 'Kettering Estates'],
    ['Ravenna Foods has a three-year licence with Oakhollow Brands.', 'Oakhollow Brands'],
  ])('%s names %s', (text, other) => {
    expect(extractClaims(text).map((c) => c.counterparty?.canonical)).toContain(other);
  });
});

describe('a stake named before a passive verb', () => {
  it('"A 19.9 per cent holding in X will be acquired by Y" is an investment, as the active form is', () => {
    const passive = extractClaims('A 19.9 per cent holding in Marlow Shipping will be acquired by Qestra Capital for SEK 3.1bn.');
    const active = extractClaims('Qestra Capital will acquire a 19.9 per cent holding in Marlow Shipping for SEK 3.1bn.');
    expect(passive.map((c) => c.action?.type)).toEqual(active.map((c) => c.action?.type));
    expect(passive[0]!.action!.type).toBe('invest');
    // A whole firm bought in the passive stays a takeover.
    expect(extractClaims('Marlow Shipping will be acquired by Qestra Capital for SEK 3.1bn.')[0]!.action!.type).toBe('acquire');
  });
});

describe('a deal enlarged to a new size', () => {
  it('"expands its deal to $260m" is a revision of the deal, not a contradiction of its first size', () => {
    const r = report('Tarvo Health has signed a 10-year imaging deal with Siskin Medical worth $210 million.', 'Tarvo Health expands its Siskin Medical deal to $260m, adding three sites.');
    expect(findings(r)).not.toContain('s1~s2:contradiction');
  });
});
