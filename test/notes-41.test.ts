import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { isOfficeHolder } from '../src/lexicon/office-holders.js';
import { HEARSAY_OPENERS } from '../src/lexicon/names.js';
import { APPOINTED_ROLES } from '../src/extract/role-appointments.js';

const sidesOf = (claims: { actor: { canonical: string } | null; counterparty: { canonical: string } | null }[]) =>
  claims.map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

const names = (text: string): string[] =>
  extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]).filter((n): n is string => n !== undefined);

describe("a name in the possessive before its own legal suffix is the firm's whole name", () => {
  it.each([
    ["Department-store chain Ulvenor's Ltd has sold 12 of its stores to Pertwick Property plc for £96 million.", 'Ulvenor'],
    ["Olberth's Ltd agreed to buy Tindrel for $40 million.", 'Olberth'],
  ])('%s', (text, firm) => {
    expect(names(text)).toContain(firm);
    expect(names(text)).not.toContain('Ltd');
    expect(names(text)).not.toContain('plc');
  });

  it("a possessive before \"Group\" still owns a unit (guard)", () => {
    const claim = extractClaims("Tindrel agreed to buy Ulvenor's Group for $4 million.")[0]!;
    expect(claim.affiliations.map((a) => a.rule)).toContain('possessive-name');
  });
});

describe('a verb of hearing or telling that opens a post is no word of the name after it', () => {
  it.each([
    ['@deskwatch: Hearing Tallow Resources is lining up a A$2.4bn cash bid for Kelmora Minerals.', 'Tallow Resources'],
    ['@adgossip: Told Halcyon Media is buying brandloft for £60m.', 'Halcyon Media'],
    ['Heard Quorrel Group is buying Tindrel for £60m.', 'Quorrel Group'],
  ])('%s', (text, firm) => {
    const found = names(text);
    expect(found).toContain(firm);
    expect(found.some((n) => /^(?:Hearing|Told|Heard) /.test(n))).toBe(false);
  });

  it('one post that says "Hearing X" and a release that names X meet in one event', () => {
    const report = analyze([
      { id: 'post', text: '@deskwatch: Hearing Tallow Resources is lining up a A$2.4bn cash bid for Kelmora Minerals. Could drop before Friday.' },
      { id: 'wire', text: 'Tallow Resources plc is preparing a A$2.4 billion takeover offer for Kelmora Minerals, a newspaper reported.' },
    ]);
    expect(report.findings.map((f) => f.kind)).toContain('agreement');
    expect(report.claims.map((c) => c.actor?.canonical)).not.toContain('Could');
  });

  it('lists past and -ing forms only', () => {
    expect([...HEARSAY_OPENERS]).toEqual(expect.arrayContaining(['hearing', 'heard', 'told']));
    expect(HEARSAY_OPENERS.has('tell')).toBe(false);
  });
});

describe("a person named after a public office's title is no party, whatever verb follows", () => {
  it('reads office titles from WordNet', () => {
    for (const title of ['councillor', 'alderman', 'trustee', 'senator', 'organiser', 'corporator']) expect(isOfficeHolder(title), title).toBe(true);
    // titles a firm may stand in are left out
    for (const word of ['incumbent', 'licenser', 'candidate', 'partner']) expect(isOfficeHolder(word), word).toBe(false);
  });

  it.each([
    'Wexmoor City Council will pay Tindrel $6.5 million a year to lease back four floors, a figure opposition councillor Dean Mallow called poor.',
    '(guard) Wexmoor City Council will pay Tindrel $6.5 million a year to lease back four floors, a figure regional organiser Carys Pennock called poor.',
  ])('%s', (title) => {
    const found = names(title.replace('(guard) ', ''));
    expect(found.some((n) => /Mallow|Pennock/.test(n))).toBe(false);
    expect(found).toEqual(expect.arrayContaining(['Wexmoor City Council', 'Tindrel']));
  });

  it('an incumbent firm before its name stays a firm (guard)', () => {
    expect(names('Delmarsh Rail ousted incumbent Orrin Systems, signing a $40m signalling contract with Tindrel.')).not.toContain('Dean');
  });
});

describe("a correction that takes back a deal's terms leaves the deal standing", () => {
  const correction = "Correction: A headline published on March 11 misstated the value and length of Tindrel Foods' supply contract with Quorrel Farms. The contract is worth R$620 million over five years, not R$260 million over three years.";

  it('the corrected deal is not denied', () => {
    const claim = extractClaims(correction).find((c) => c.counterparty?.canonical === 'Quorrel Farms');
    expect(claim?.negated).toBe(false);
    expect(claim?.amount?.value).toBe(620e6);
  });

  it('and agrees with a source that gives the same terms', () => {
    const report = analyze([
      { id: 'release', text: 'Quorrel Farms S.A. announces a five-year agreement to supply orange juice to Tindrel Foods plc, with a total contract value of R$620 million.' },
      { id: 'correction', text: correction },
    ]);
    expect(report.findings.map((f) => f.kind)).toEqual(['agreement']);
  });

  it('a correction that takes back the deal itself still denies it (guard)', () => {
    const claim = extractClaims('Correction: an earlier version of this story incorrectly said Tindrel had bought Quorrel.')[0];
    expect(claim?.negated).toBe(true);
  });
});

describe('a deal put off, paused or binned is not in force', () => {
  it.each([
    ['Northmoor Hospitals Trust has put on hold plans to hand cleaning at its hospitals to Quillon Services.', true],
    ['The Pertwick board deferred the award of the cleaning contract to Quenlow.', true],
    ['Hallowfen paused the outsourcing contract with Brisbury.', true],
    ['Merrivane binned the Thessin sale.', true],
    ['The union welcomed the decision by Hallowfen bosses to pause the outsourcing of cleaning to Brisbury.', true],
    ['(guard) Tindrel deferred the closing of its purchase of Quorrel to June.', false],
  ])('%s -> negated %s', (title, negated) => {
    expect(extractClaims(title.replace('(guard) ', '')).some((c) => c.negated)).toBe(negated);
  });
});

describe('a deal noun\'s "with" names its other side before a "for" that says what it is for', () => {
  it.each([
    'Harbourlight has agreed a 15-year lease with Wexmoor City Council for the Old Corn Exchange.',
    '(guard) Harbourlight has agreed a 15-year lease with Wexmoor City Council for the Caskmoor depot.',
  ])('%s', (title) => {
    expect(sidesOf(extractClaims(title.replace('(guard) ', '')))).toEqual([['Harbourlight', 'Wexmoor City Council']]);
  });
});

describe('a concession "to" its holder is granted by its owner', () => {
  it.each([
    ["Hostsund Marine's 30-year concession of the quay to Tashric Freight was signed.", ['Hostsund Marine', 'Tashric Freight']],
    ["The Gorlan Port Authority's 25-year concession of Terminal 4 to Atlantea Terminais was signed on Monday.", ['Gorlan Port Authority', 'Atlantea Terminais']],
  ])('%s', (text, sides) => {
    const claim = extractClaims(text)[0]!;
    expect([claim.actor?.canonical, claim.counterparty?.canonical]).toEqual(sides);
    expect(claim.action?.direction).toBe('forward');
  });

  it('one won "from" the owner keeps its holder as the actor (guard)', () => {
    const claim = extractClaims('Atlantea Terminais won a 30-year concession from the Gorlan Port Authority.')[0]!;
    expect(claim.actor?.canonical).toBe('Atlantea Terminais');
  });
});

describe('a count of "sets" or "pieces" counts the goods of the deal', () => {
  it('30 sets conflict with 24 trainsets of one order', () => {
    const report = analyze([
      { id: 'wire', text: 'Hinode Sharyo has won an order from the Okabe Railway Bureau for 24 four-car trainsets.' },
      { id: 'post', text: 'Correction to my earlier post: the Okabe/Hinode order is 30 sets, not 24.' },
    ]);
    expect(report.findings.map((f) => [f.kind, f.field])).toContainEqual(['contradiction', 'quantity']);
  });

  it.each([
    ['(guard) ordered 18 six-car units', [[18, 'unit']]],
    ['(guard) an order for 24 four-car trainsets', [[24, 'trainset']]],
    ['has an order from Rhonetal AG for 18 six-car FLEXIO 6 double-deck multiple units.', []],
    ['(guard) Follow-on to the 2021 four-ship ultramax order', [[4, 'ship']]],
    ['The supply agreement the pair signed on 14 July sets a floor price of US$850 a tonne', []],
  ])('%s', (title, counts) => {
    expect(extractQuantities(title.replace('(guard) ', '')).quantities.filter((q) => q.dimension === 'count').map((q) => [q.value, q.unit])).toEqual(counts);
  });
});

describe('a sale and the lease back of what was sold are two deals', () => {
  it.each([
    "Ulvenor's Ltd has sold 12 of its stores to Pertwick Property plc for £96 million and will lease them back for 20 years.",
    'Tindrel sold its depot to Quorrel for $40m and agreed to rent it back for ten years.',
  ])('%s', (text) => {
    const claims = extractClaims(text);
    expect(claims).toHaveLength(2);
    const [sale, lease] = claims;
    expect(sale!.amount).not.toBeNull();
    expect(sale!.duration).toBeNull();
    expect(lease!.duration).not.toBeNull();
    expect(lease!.amount).toBeNull();
    expect(lease!.action?.direction).toBe('reverse');
  });
});

describe('a name before a plural division noun after a preposition of place is where, not who', () => {
  it('across six Gulf states', () => {
    const claims = extractClaims("Qasr Retail Group will distribute Tindrel's leather goods across six Gulf states for ten years and has committed to buy at least 250 million euros of stock over the term.");
    expect(claims.map((c) => c.actor?.canonical)).not.toContain('Gulf');
    expect(sidesOf(claims)[0]).toEqual(['Qasr Retail Group', 'Tindrel']);
  });

  it('a state government before its noun is still a party (guard)', () => {
    expect(names('The Kelmora state government will pay Tarvo Water $40 million for the pipeline.')).toContain('Tarvo Water');
  });
});

describe('tenancies, prepayments and distribution are deals', () => {
  it.each([
    ['Ondo Towers bags a 12-year tenancy from Tarvo Telecom for 9,000 towers.', ['Ondo Towers', 'Tarvo Telecom'], 'lease'],
    ['Kelmora Minerals agreed an A$85 million concentrate prepayment with Dongsan Smelting.', ['Kelmora Minerals', 'Dongsan Smelting'], 'prepayment'],
    ["Qasr Retail will distribute Tindrel's leather goods across the Gulf.", ['Qasr Retail', 'Tindrel'], 'distribute'],
  ])('%s', (text, sides, lemma) => {
    const claim = extractClaims(text)[0]!;
    expect([claim.actor?.canonical, claim.counterparty?.canonical]).toEqual(sides);
    expect(claim.action?.lemma === lemma || claim.action?.lemma === 'tenancy').toBe(true);
  });

  it("a tower firm's tenancy ratio is no lease (guard)", () => {
    const claims = extractClaims('Pinecrest lands Lumora\'s towers: 3,200 sites, €1.9bn, and a two-decade anchor tenancy that lifts tenancy ratios.');
    expect(claims.map((c) => c.action?.lemma)).not.toContain('tenancy');
  });
});

describe('a giving verb with its recipient first takes the kind of the deal noun after it, and gives it', () => {
  it('grants X exclusive rights is a licence the grantor gives', () => {
    const claims = extractClaims('Tindrel grants Halberd Biologics exclusive rights to TQ-40 in $1.2bn pact');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.action?.type).toBe('supply');
    expect([claims[0]!.actor?.canonical, claims[0]!.action?.direction, claims[0]!.counterparty?.canonical]).toEqual(['Tindrel', 'forward', 'Halberd Biologics']);
  });

  it('a grant of money stays a grant (guard)', () => {
    expect(extractClaims('The ministry granted Tindrel $40 million.')[0]!.action?.type).toBe('invest');
  });
});

describe('two exclusive grants of one named thing to different partners conflict', () => {
  it('an exclusive licence for a drug code against exclusive rights to it given to another firm', () => {
    const report = analyze([
      { id: 'release', text: 'Tindrel Therapeutics, Inc. (NASDAQ: TNDL) today announced an exclusive worldwide licence agreement with Quorrel Pharma plc for TQ-40.' },
      { id: 'headline', text: 'Tindrel grants Halberd Biologics exclusive rights to TQ-40 in $1.2bn pact' },
    ]);
    expect(report.findings.map((f) => [f.kind, f.field])).toContainEqual(['contradiction', 'counterparty']);
  });

  it('with no figure and no named thing in common they stay apart (guard)', () => {
    const report = analyze([
      { id: 'release', text: 'Tindrel Therapeutics today announced an exclusive worldwide licence agreement with Quorrel Pharma plc.' },
      { id: 'headline', text: 'Tindrel grants Halberd Biologics exclusive rights to its eye drug.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });
});

describe("a public buyer's award notice names its two sides by label", () => {
  it('contracting authority and awarded to', () => {
    const claim = extractClaims('Contract award notice. Contracting authority: Wendacre Transit Board. Title: Supply of buses. Awarded to: Kelmora Coachworks GmbH. Value: EUR 39,000,000. Duration of the contract: 30 months.')[0]!;
    expect([claim.actor?.canonical, claim.counterparty?.canonical]).toEqual(['Kelmora Coachworks', 'Wendacre Transit Board']);
    expect(claim.amount?.value).toBe(39e6);
    expect(claim.duration?.months).toBe(30);
  });

  it('agency and supplier, with the currency in brackets after a figure label', () => {
    const claims = extractClaims('Contract Notice CN-448120. Agency: University of Caskmoor. Supplier: Lumora Pty Ltd. Category: Software. Value (AUD): $4,200,000.00.');
    expect(sidesOf(claims)).toEqual([['Lumora', 'University of Caskmoor']]);
    expect(claims[0]!.amount?.value).toBe(4.2e6);
  });
});

describe('an institution is one entity however its name is turned', () => {
  it('"University of X", "X University" and "X Uni" meet (guard)', () => {
    const report = analyze([
      { id: 'a', text: 'The University of Caskmoor has signed a five-year agreement with Tindrel Systems worth A$4.2 million.' },
      { id: 'b', text: 'Tindrel Systems won a five-year contract from Caskmoor University worth A$4.2 million.' },
      { id: 'c', text: 'CASKMOOR UNI SIGNS TINDREL SYSTEMS FOR A$4.2 MILLION.' },
    ]);
    const canon = new Set(report.claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]).filter((n) => n && /Caskmoor/i.test(n)));
    expect(canon.size).toBe(1);
    expect(report.findings.filter((f) => f.kind === 'agreement').length).toBeGreaterThanOrEqual(2);
  });

  it("an institution's head alone refers back to the name of its text that holds it", () => {
    const claims = extractClaims('CASKMOOR UNI SIGNS NEW STUDENT PORTAL DEAL. The University is paying software firm lumora $6 million for the system.');
    const pay = claims.find((c) => c.action?.lemma === 'pay')!;
    expect(pay.actor?.canonical).toMatch(/Caskmoor/i);
    expect(pay.counterparty?.canonical).toBe('lumora');
  });

  it('with no name of its text that holds it, the head is a name of its own (guard)', () => {
    const claims = extractClaims('Tindrel bought the stake. The University is paying Quorrel $6m.');
    expect(claims.find((c) => c.action?.lemma === 'pay')?.actor?.canonical).toBe('University');
  });
});

describe('a lowercase brand after an -ing verb or a noun of its trade is a party', () => {
  it.each([
    ['Caskmoor is paying lumora $6 million for the system.', ['Caskmoor', 'lumora']],
    ['Caskmoor is paying software firm lumora $6 million for the system.', ['Caskmoor', 'lumora']],
  ])('%s', (text, sides) => {
    expect(sidesOf(extractClaims(text).filter((c) => c.counterparty))).toEqual([sides]);
  });
});

describe('a lease back told in the sentence after the sale is the seller taking back from the buyer', () => {
  it.each([
    'Wexmoor City Council has agreed to sell Civic Tower to Tindrel Super for A$212 million. Council will lease back four floors for its planning teams.',
    'Tindrel sold its depot to Quorrel for $40m. Tindrel will rent it back for ten years.',
  ])('%s', (text) => {
    const claims = extractClaims(text);
    expect(claims).toHaveLength(2);
    expect(claims[1]!.action?.direction).toBe('reverse');
    expect(claims[1]!.counterparty?.canonical).toBe(claims[0]!.counterparty?.canonical);
  });
});

describe("a public body named by its place with a word of its field between", () => {
  it.each([
    ['(guard) Tindrel signed with the Wexmoor city council.', 'Wexmoor city council'],
    ['Quorrel agreed to pay the Kelmora tax authority $40m.', 'Kelmora tax authority'],
  ])('%s', (title, body) => {
    expect(names(title.replace('(guard) ', ''))).toContain(body);
  });
});

describe('a firm named to another firm\'s role, with no "only", makes a deal between them', () => {
  it.each(APPOINTED_ROLES.map((r) => [r.noun, r.example] as const))('%s: %s', (_noun, example) => {
    const claims = extractClaims(example);
    expect(claims.some((c) => c.action?.rule.startsWith('role-appointment:') && c.actor && c.counterparty)).toBe(true);
  });

  it('a welcomed sponsor agrees with a release of the same deal (guard)', () => {
    const report = analyze([
      { id: 'club', text: 'HC Delmarsh is proud to welcome Kessler Insurance AG as our new main sponsor for the next three seasons.' },
      { id: 'wire', text: "Kessler Insurance's jersey deal with HC Delmarsh is worth CHF 3.6 million over three seasons." },
    ]);
    expect(report.findings.map((f) => f.kind)).toContain('agreement');
  });

  it('an only sponsor stays with the exclusive reading (guard)', () => {
    const claims = extractClaims('Tindrel has named Quorrel Systems as its sole supplier.');
    expect(claims.some((c) => c.action?.rule.startsWith('role-appointment:'))).toBe(false);
  });
});
