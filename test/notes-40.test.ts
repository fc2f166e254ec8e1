import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { isPrincipal } from '../src/normalize/values.js';

const firstClaim = (text: string) => extractClaims(text)[0]!;

describe("a loan's principal over its term is no yearly rate", () => {
  it.each([
    ['Varnwick Bank lent €300 million to Olberth Ports over six years.', true],
    ['Olberth Ports took a €300m six-year term loan from Varnwick Bank.', true],
    ['Varnwick Bank arranged a loan of €300 million for Olberth Ports, repayable over six years.', true],
    ['Varnwick Bank will lease its tower space to Olberth Ports for €300 million over six years.', false],
    ['Varnwick Capital will invest €300 million in Olberth Ports over six years.', false],
  ])('%s -> principal %s', (text, expected) => {
    const claim = extractClaims(text).find((c) => c.amount);
    expect(claim).toBeDefined();
    expect(isPrincipal(claim!)).toBe(expected);
  });

  it('two tenors of one principal conflict on the term alone, and the explanation keeps the sum whole', () => {
    const report = analyze([
      { id: 'six', text: 'Varnwick Bank lent €300 million to Olberth Ports over six years.' },
      { id: 'five', text: 'Varnwick Bank lent Olberth Ports €300 million over five years.' },
    ]);
    expect(report.findings.map((f) => [f.kind, f.rule])).toEqual([['contradiction', 'duration-months']]);
    expect(report.findings[0]!.explanation).not.toMatch(/per year/);
  });

  it('two principals that differ are set against each other as sums', () => {
    const report = analyze([
      { id: 'big', text: 'Varnwick Bank lent €300 million to Olberth Ports over six years.' },
      { id: 'small', text: 'Olberth Ports took a €250 million six-year loan from Varnwick Bank.' },
    ]);
    const money = report.findings.find((f) => f.field === 'amount');
    expect(money?.kind).toBe('contradiction');
    expect(money?.explanation).toMatch(/€300M; .*€250M/);
    expect(money?.explanation).not.toMatch(/per year/);
  });

  it("a lease's sum over its term is still its yearly rate (guard)", () => {
    const claim = firstClaim('Varnwick Estates leases the depot to Olberth Ports for €30 million over three years.');
    const report = analyze([
      { id: 'total', text: claim.text },
      { id: 'rate', text: 'Varnwick Estates is leasing the depot to Olberth Ports for €10 million a year.' },
    ]);
    expect(report.findings.map((f) => f.kind)).toContain('agreement');
  });
});

const sidesOf = (claims: { actor: { canonical: string } | null; counterparty: { canonical: string } | null }[]) =>
  claims.map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

describe("a product named after its maker's name stands on the maker's side", () => {
  it.each([
    'Varnwick Bank has agreed to buy Tindrel Labs, developer of the Quorrel budgeting app, for £85 million.',
    'Varnwick Bank has agreed to buy Tindrel Labs, the maker of Quorrel, for £85 million.',
    'Varnwick Bank has agreed to buy Tindrel Labs, the developer of Quorrel, for £85 million.',
  ])('%s', (text) => {
    const report = analyze([
      { id: 'release', text },
      { id: 'headline', text: 'Quorrel maker bought by Varnwick Bank in £120m deal' },
    ]);
    const money = report.findings.find((f) => f.field === 'amount');
    expect(money?.kind).toBe('contradiction');
    expect(report.entities.find((e) => e.canonical === 'Quorrel')?.family).toBe('Tindrel Labs');
  });

  it('the product after "the maker of" is no side of the deal told around it', () => {
    const sides = sidesOf(extractClaims('Varnwick Foods agreed to acquire Tindrel Snacks, the maker of Quorrel oat bars, for $640 million.'));
    expect(sides).toEqual([['Varnwick Foods', 'Tindrel Snacks']]);
  });

  it('a maker with a name like a person\'s still names the family, not its product (guard)', () => {
    const report = analyze([
      { id: 'a', text: 'Varnwick Foods agreed to acquire Fenwick Snacks, the maker of Quorrel oat bars, for $640 million.' },
      { id: 'b', text: 'Varnwick Foods will pay $640 million for Fenwick Snacks.' },
    ]);
    expect(report.events.map((e) => e.id).join(' ')).not.toMatch(/Quorrel/);
  });
});

describe('chat shorthand that opens a post is no part of a name', () => {
  it.each([['fwiw', ''], ['iirc', ''], ['imo', ' (guard)'], ['tbh', ' (guard)'], ['btw', ' (guard)']])('%s Tindrel ...%s', (word) => {
    const sides = sidesOf(extractClaims(`${word} Tindrel already supplies Quenlow under a five-year contract.`));
    expect(sides.flat()).toContain('Tindrel');
    expect(sides.flat().some((n) => n?.toLowerCase().startsWith(word))).toBe(false);
  });
});

describe('a negation before a deal word that ends on a word of manner denies the manner', () => {
  it.each([
    ['Olberth is not buying blind.', false],
    ["Tindrel won't sell cheap to Quenlow.", false],
    ["Tindrel won't sell to Quenlow. (guard)", true],
    ['Olberth is not buying Quenlow. (guard)', true],
  ])('%s -> negated %s', (title, negated) => {
    const text = title.replace(' (guard)', '');
    const claim = extractClaims(text).find((c) => c.action);
    expect(claim?.negated).toBe(negated);
  });
});

describe('a deal that has run since a year is dated by it', () => {
  const yearOf = (text: string) => extractClaims(text).find((c) => c.action)?.time?.year ?? null;
  it.each([
    ['Tindrel has supplied Quenlow with own-label goods since 2021.', 2021],
    ['Tindrel has leased the depot to Quenlow since 2019.', 2019],
    ['Tindrel has held talks with Quenlow since 2024. (guard)', null],
    ['Tindrel shares have fallen 20% since 2021, before its deal with Quenlow. (guard)', null],
  ])('%s -> %s', (title, year) => {
    expect(yearOf(title.replace(' (guard)', ''))).toBe(year);
  });

  it('the older supply deal and the news of a takeover of the same two firms are two events', () => {
    const report = analyze([
      { id: 'news', text: 'Olberth agreed to buy Quenlow for 280 million euros.' },
      { id: 'post', text: "Olberth knows Quenlow well: they've supplied them own-label goods since 2021, a 5yr contract at ~EUR 18m a yr." },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });
});

describe('reinsurance words and the passive with "get"', () => {
  it('a deal that "got pulled" is called off, as one that "was pulled"', () => {
    for (const aux of ['got', 'was']) {
      const claim = extractClaims(`Tindrel's supply contract with Quenlow ${aux} pulled at the last minute.`).find((c) => c.action);
      expect(claim?.negated).toBe(true);
    }
  });

  it('a reinsurance treaty with a named other side is a deal between the two', () => {
    const sides = sidesOf(extractClaims("Larkmoor Mutual's reinsurance treaty with Quenlow Re runs for three years."));
    expect(sides).toEqual([['Larkmoor Mutual', 'Quenlow Re']]);
  });

  it('"QS", a quota share, names no party', () => {
    const sides = sidesOf(extractClaims('LKMR (Hold): the 40% QS placed with Quenlow Re lifts solvency by 9 points.'));
    expect(sides.flat()).not.toContain('QS');
  });
});

describe('a number with "m" written on it after a word of paying, or before a rate, is millions of money', () => {
  const read = (text: string) => {
    const q = extractQuantities(text);
    return [...q.amounts.map((a) => [a.text, a.value, a.currency, a.per]), ...q.quantities.map((x) => [x.text, x.value, x.unit, null])];
  };
  it.each([
    ['paid 900m for the operator, mad', ['900m', 900e6, 'XXX', null]],
    ['Tindrel will pay Quenlow 10m a season.', ['10m a season', 10e6, 'XXX', 'year']],
    ['they paid 2bn for it', ['2bn', 2e9, 'XXX', null]],
    ['the rig drilled at 300m depth (guard)', ['300m', 300, 'm', null]],
    ['the tower is 300m tall (guard)', ['300m', 300, 'm', null]],
    ['a pipeline with 300m of pipe (guard)', ['300m', 300, 'm', null]],
  ])('%s', (title, expected) => {
    expect(read(title.replace(' (guard)', ''))).toEqual([expected]);
  });
});

describe("notes' and posts' shorthand names no party", () => {
  it.each([
    ['Tindrel TC: 3x Kmax for 4y, ~USD 25m/yr.', 'TC'],
    ['Quenlow MG ¥1.6bn across 5y, plus royalties.', 'MG'],
    ['Tindrel - £275m TLB, 7yr, OID 98.5. Lead: Quenlow Bank.', 'OID'],
  ])('%s', (text, word) => {
    const names = sidesOf(extractClaims(text)).flat().filter((n): n is string => n !== null);
    expect(names.some((n) => n.split(' ').includes(word))).toBe(false);
  });

  it('"not buying the hype" is no denied purchase', () => {
    const claims = extractClaims('re: Tindrel thread\nhonestly not buying the hype here. my source says the Quenlow charter is only 2 ships for 2yrs.');
    expect(claims.some((c) => c.negated)).toBe(false);
  });
});

describe("a note's deal that names no side and no other firm is the rated firm's", () => {
  it('joins the rated firm\'s one deal and is compared with it', () => {
    const report = analyze([
      { id: 'release', text: 'Ulvenor Biotherapeutics, Inc. (Nasdaq: ULVB) today announced a licence agreement with Hallowfen Pharma AG worth up to $1.2 billion.' },
      { id: 'note', text: 'ULVB - Upgrade to Buy. The Danish licensing pact (as much as $1.6bn) backs the platform. PT to $41 from $27.' },
    ]);
    const note = report.claims.find((c) => c.sourceId === 'note' && c.amount);
    expect(note?.actor?.canonical).toBe('Ulvenor Biotherapeutics');
    expect(report.findings.map((f) => [f.kind, f.field])).toContainEqual(['contradiction', 'amount']);
  });

  it('a note that names another firm leaves the deal to the pair rule (guard)', () => {
    const claims = extractClaims('ULVB - Buy. The Hallowfen pact (as much as $1.6bn) backs the platform.');
    expect(claims.every((c) => c.actor?.rule !== 'rated-alone' && c.counterparty?.rule !== 'rated-alone')).toBe(true);
  });
});

describe('a building or quay named with its noun is where a lease is, not its other side', () => {
  it('a headline that names the building meets the lease with its owner', () => {
    const report = analyze([
      { id: 'wire', text: 'Ulvenor Software agreed twelve years of lease terms for 90,000 square feet of Pertwick Estates\' Quenlow Plaza tower.' },
      { id: 'headline', text: 'Ulvenor inks 12-year Quenlow Plaza lease, C$96m in total rent' },
    ]);
    const sides = sidesOf(report.claims.filter((c) => c.sourceId === 'headline'));
    expect(sides.flat()).not.toContain('Quenlow Plaza');
  });

  it('a wharf a buyer buys from is still a party (guard)', () => {
    const sides = sidesOf(extractClaims('Tindrel Shipping bought two harbour cranes from Quenlow Wharf for $12 million.'));
    expect(sides.flat()).toContain('Quenlow Wharf');
  });
});

describe('a participle of an English verb that opens a noun phrase is no name', () => {
  it.each([
    ['Ceded premium for the year comes to about $80 million.', 'Ceded'],
    ['Contracted IT capacity stands at 300 megawatts.', 'Contracted'],
  ])('%s', (text, word) => {
    const names = sidesOf(extractClaims(`Tindrel and Quenlow agreed terms on a reinsurance cover. ${text}`)).flat();
    expect(names).not.toContain(word);
  });

  it('a firm whose name reads as a participle, before a verb, is still a name (guard)', () => {
    const sides = sidesOf(extractClaims('Allied agreed to buy Quenlow for $40 million.'));
    expect(sides.flat()).toContain('Allied');
  });
});
