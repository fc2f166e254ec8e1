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
    ["Homeware retailer Ulvenor's Ltd is selling nine of its shops to Pertwick Estates plc for £70 million.", 'Ulvenor'],
    ["Olberth's Ltd agreed to acquire Tindrel for $40 million.", 'Olberth'],
  ])('%s', (text, firm) => {
    expect(names(text)).toContain(firm);
    expect(names(text)).not.toContain('Ltd');
    expect(names(text)).not.toContain('plc');
  });

  it("a possessive before \"Group\" still owns a unit (guard)", () => {
    const claim = extractClaims("Tindrel agreed to acquire Ulvenor's Group for $4 million.")[0]!;
    expect(claim.affiliations.map((a) => a.rule)).toContain('possessive-name');
  });
});

describe('a verb of hearing or telling that opens a post is no word of the name after it', () => {
  it.each([
    ['@deskwatch: Hearing Larkmoor Mining is readying an A$1.8bn cash bid for Kelmora Minerals.', 'Larkmoor Mining'],
    ['@adwatch: Told Sorrowby Media is buying pixelnook for £45m.', 'Sorrowby Media'],
    ['Heard Quorrel Group is snapping up Tindrel for £45m.', 'Quorrel Group'],
  ])('%s', (text, firm) => {
    const found = names(text);
    expect(found).toContain(firm);
    expect(found.some((n) => /^(?:Hearing|Told|Heard) /.test(n))).toBe(false);
  });

  it('one post that says "Hearing X" and a release that names X meet in one event', () => {
    const report = analyze([
      { id: 'post', text: '@deskwatch: Hearing Larkmoor Mining is readying an A$1.8bn cash bid for Kelmora Minerals. Could land by Monday.' },
      { id: 'wire', text: 'Larkmoor Mining plc is working on an A$1.8 billion offer for Kelmora Minerals, a paper said on Tuesday.' },
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
    'Evenmoor City Council will pay Tindrel £2.1 million annually to rent back two floors, a sum independent councillor Dean Orrick called too high.',
    '(guard) Evenmoor City Council will pay Tindrel £2.1 million annually to rent back two floors, a sum union organiser Ivo Strand called too high.',
  ])('%s', (title) => {
    const found = names(title.replace('(guard) ', ''));
    expect(found.some((n) => /Orrick|Strand/.test(n))).toBe(false);
    expect(found).toEqual(expect.arrayContaining(['Evenmoor City Council', 'Tindrel']));
  });

  it('an incumbent firm before its name stays a firm (guard)', () => {
    expect(names('Delmarsh Rail replaced incumbent Feldane Systems, signing a $40m signalling contract with Tindrel.')).not.toContain('Dean');
  });
});

describe("a correction that takes back a deal's terms leaves the deal standing", () => {
  const correction = "Clarification: Monday's item misreported the price and the term of Tindrel Foods' cocoa supply contract with Quorrel Farms. The contract is worth R$480 million over six years, not R$210 million over two years.";

  it('the corrected deal is not denied', () => {
    const claim = extractClaims(correction).find((c) => c.counterparty?.canonical === 'Quorrel Farms');
    expect(claim?.negated).toBe(false);
    expect(claim?.amount?.value).toBe(480e6);
  });

  it('and agrees with a source that gives the same terms', () => {
    const report = analyze([
      { id: 'release', text: 'Quorrel Farms S.A. will supply cocoa to Tindrel Foods plc for six years; the contract is worth R$480 million.' },
      { id: 'correction', text: correction },
    ]);
    expect(report.findings.map((f) => f.kind)).toEqual(['agreement']);
  });

  it('a correction that takes back the deal itself still denies it (guard)', () => {
    const claim = extractClaims('Clarification: a previous version of this item wrongly said Tindrel had bought Quorrel.')[0];
    expect(claim?.negated).toBe(true);
  });
});

describe('a deal put off, paused or binned is not in force', () => {
  it.each([
    ['Hallowfen Health has now put on hold its plan to hand catering to Quenlow Services.', true],
    ['The Pertwick board deferred the award of the cleaning contract to Quenlow.', true],
    ['Hallowfen paused the outsourcing contract with Brisbury.', true],
    ['Merrivane binned the Thessin sale.', true],
    ['Staff cheered the decision by Hallowfen managers to pause its catering outsourcing to Brisbury.', true],
    ['(guard) Tindrel deferred the closing of its purchase of Quorrel to June.', false],
  ])('%s -> negated %s', (title, negated) => {
    expect(extractClaims(title.replace('(guard) ', '')).some((c) => c.negated)).toBe(negated);
  });
});

describe('a deal noun\'s "with" names its other side before a "for" that says what it is for', () => {
  it.each([
    'Thessin Arts took a lease of twelve years with Evenmoor Borough Council for the Old Wool Hall.',
    '(guard) Thessin Arts took a lease of twelve years with Evenmoor Borough Council for the Caskmoor depot.',
  ])('%s', (title) => {
    expect(sidesOf(extractClaims(title.replace('(guard) ', '')))).toEqual([['Thessin Arts', 'Evenmoor Borough Council']]);
  });
});

describe('a concession "to" its holder is granted by its owner', () => {
  it.each([
    ["Hostsund Marine's 30-year concession of the quay to Tashric Freight was signed.", ['Hostsund Marine', 'Tashric Freight']],
    ["The Gorlan Port Authority's 20-year concession of Berth 9 to Axholm Terminals was signed on Monday.", ['Gorlan Port Authority', 'Axholm Terminals']],
  ])('%s', (text, sides) => {
    const claim = extractClaims(text)[0]!;
    expect([claim.actor?.canonical, claim.counterparty?.canonical]).toEqual(sides);
    expect(claim.action?.direction).toBe('forward');
  });

  it('one won "from" the owner keeps its holder as the actor (guard)', () => {
    const claim = extractClaims('Axholm Terminals secured a 20-year concession from the Gorlan Port Authority.')[0]!;
    expect(claim.actor?.canonical).toBe('Axholm Terminals');
  });
});

describe('a count of "sets" or "pieces" counts the goods of the deal', () => {
  it('30 sets conflict with 24 trainsets of one order', () => {
    const report = analyze([
      { id: 'wire', text: 'Tolvane Rail has landed an order from the Ishara Transit Bureau for 12 three-car trainsets.' },
      { id: 'post', text: 'Fixing my post from this morning: the Ishara/Tolvane order is 14 sets, not 12.' },
    ]);
    expect(report.findings.map((f) => [f.kind, f.field])).toContainEqual(['contradiction', 'quantity']);
  });

  it.each([
    ['(guard) ordered 16 five-car units', [[16, 'unit']]],
    ['(guard) a deal for 12 three-car trainsets', [[12, 'trainset']]],
    ['booked an order from Kourant AG for 16 five-car Vela 4 low-floor multiple units.', []],
    ['(guard) It repeats the 2020 three-ship feeder order', [[3, 'ship']]],
    ['The offtake the pair agreed on 9 June sets a price cap of US$610 a tonne', []],
  ])('%s', (title, counts) => {
    expect(extractQuantities(title.replace('(guard) ', '')).quantities.filter((q) => q.dimension === 'count').map((q) => [q.value, q.unit])).toEqual(counts);
  });
});

describe('a sale and the lease back of what was sold are two deals', () => {
  it.each([
    "Ulvenor's Ltd is selling nine of its shops to Pertwick Estates plc for £70 million and is to rent the sites back over 15 years.",
    'Tindrel sold its yard to Quorrel for $40m and agreed to lease it back for eight years.',
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
  it('across four Alpine states', () => {
    const claims = extractClaims("Sorrowby Trading will distribute Tindrel's homeware across four Alpine states for seven years and has also committed to buying no less than 90 million euros of goods in that time.");
    expect(claims.map((c) => c.actor?.canonical)).not.toContain('Alpine');
    expect(sidesOf(claims)[0]).toEqual(['Sorrowby Trading', 'Tindrel']);
  });

  it('a state government before its noun is still a party (guard)', () => {
    expect(names('The Kelmora state government will pay Tarvo Water $40 million for the pipeline.')).toContain('Tarvo Water');
  });
});

describe('tenancies, prepayments and distribution are deals', () => {
  it.each([
    ['Ondo Towers gets an 11-year tenancy from Tarvo Telecom for 4,000 masts.', ['Ondo Towers', 'Tarvo Telecom'], 'lease'],
    ['Kelmora Minerals agreed an A$55 million ore prepayment with Varnwick Smelting.', ['Kelmora Minerals', 'Varnwick Smelting'], 'prepayment'],
    ["Sorrowby Trading will distribute Tindrel's homeware across the Baltics.", ['Sorrowby Trading', 'Tindrel'], 'distribute'],
  ])('%s', (text, sides, lemma) => {
    const claim = extractClaims(text)[0]!;
    expect([claim.actor?.canonical, claim.counterparty?.canonical]).toEqual(sides);
    expect(claim.action?.lemma === lemma || claim.action?.lemma === 'tenancy').toBe(true);
  });

  it("a tower firm's tenancy ratio is no lease (guard)", () => {
    const claims = extractClaims('Dravick buys Liddane\'s masts: 1,400 sites, €700m, and a 15-year anchor tenancy that lifts tenancy ratios.');
    expect(claims.map((c) => c.action?.lemma)).not.toContain('tenancy');
  });
});

describe('a giving verb with its recipient first takes the kind of the deal noun after it, and gives it', () => {
  it('grants X exclusive rights is a licence the grantor gives', () => {
    const claims = extractClaims('Tindrel grants Palindra Bio sole rights to TQ-40 in $900m pact');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.action?.type).toBe('supply');
    expect([claims[0]!.actor?.canonical, claims[0]!.action?.direction, claims[0]!.counterparty?.canonical]).toEqual(['Tindrel', 'forward', 'Palindra Bio']);
  });

  it('a grant of money stays a grant (guard)', () => {
    expect(extractClaims('The ministry granted Tindrel $40 million.')[0]!.action?.type).toBe('invest');
  });
});

describe('two exclusive grants of one named thing to different partners conflict', () => {
  it('an exclusive licence for a drug code against exclusive rights to it given to another firm', () => {
    const report = analyze([
      { id: 'release', text: 'Tindrel Therapeutics, Inc. (NASDAQ: TNDL) has entered an exclusive global licence deal with Quorrel Pharma plc for TQ-40.' },
      { id: 'headline', text: 'Tindrel grants Palindra Bio exclusive rights to TQ-40 in $900m pact' },
    ]);
    expect(report.findings.map((f) => [f.kind, f.field])).toContainEqual(['contradiction', 'counterparty']);
  });

  it('with no figure and no named thing in common they stay apart (guard)', () => {
    const report = analyze([
      { id: 'release', text: 'Tindrel Therapeutics has entered an exclusive global licence deal with Quorrel Pharma plc.' },
      { id: 'headline', text: 'Tindrel grants Palindra Bio exclusive rights to its eye drug.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });
});

describe("a public buyer's award notice names its two sides by label", () => {
  it('contracting authority and awarded to', () => {
    const claim = extractClaims('Award notice - Contracting authority: Wendacre Transit Board. Subject: low-floor trams. Awarded to: Kelmora Coachworks GmbH. Value: EUR 12,500,000. Duration of the contract: 18 months.')[0]!;
    expect([claim.actor?.canonical, claim.counterparty?.canonical]).toEqual(['Kelmora Coachworks', 'Wendacre Transit Board']);
    expect(claim.amount?.value).toBe(12.5e6);
    expect(claim.duration?.months).toBe(18);
  });

  it('agency and supplier, with the currency in brackets after a figure label', () => {
    const claims = extractClaims('Tender result TR-2291. Agency: University of Caskmoor. Supplier: Norvix Pty Ltd. Category: Catering. Value (AUD): $1,750,000.00.');
    expect(sidesOf(claims)).toEqual([['Norvix', 'University of Caskmoor']]);
    expect(claims[0]!.amount?.value).toBe(1.75e6);
  });
});

describe('an institution is one entity however its name is turned', () => {
  it('"University of X", "X University" and "X Uni" meet (guard)', () => {
    const report = analyze([
      { id: 'a', text: 'The University of Caskmoor struck a four-year deal with Tindrel Systems worth A$2.6 million.' },
      { id: 'b', text: 'Tindrel Systems landed a deal of four years from Caskmoor University worth A$2.6 million.' },
      { id: 'c', text: 'CASKMOOR UNI SIGNS TINDREL SYSTEMS FOR A$2.6 MILLION.' },
    ]);
    const canon = new Set(report.claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]).filter((n) => n && /Caskmoor/i.test(n)));
    expect(canon.size).toBe(1);
    expect(report.findings.filter((f) => f.kind === 'agreement').length).toBeGreaterThanOrEqual(2);
  });

  it("an institution's head alone refers back to the name of its text that holds it", () => {
    const claims = extractClaims('CASKMOOR UNI SIGNS NEW LIBRARY DEAL. The University is paying design firm norvix £2 million for the fit-out.');
    const pay = claims.find((c) => c.action?.lemma === 'pay')!;
    expect(pay.actor?.canonical).toMatch(/Caskmoor/i);
    expect(pay.counterparty?.canonical).toBe('norvix');
  });

  it('with no name of its text that holds it, the head is a name of its own (guard)', () => {
    const claims = extractClaims('Tindrel bought the stake. The University is paying Quorrel $6m.');
    expect(claims.find((c) => c.action?.lemma === 'pay')?.actor?.canonical).toBe('University');
  });
});

describe('a lowercase brand after an -ing verb or a noun of its trade is a party', () => {
  it.each([
    ['Caskmoor is paying norvix £2 million for the fit-out.', ['Caskmoor', 'norvix']],
    ['Caskmoor is paying design firm norvix £2 million for the fit-out.', ['Caskmoor', 'norvix']],
  ])('%s', (text, sides) => {
    expect(sidesOf(extractClaims(text).filter((c) => c.counterparty))).toEqual([sides]);
  });
});

describe('a lease back told in the sentence after the sale is the seller taking back from the buyer', () => {
  it.each([
    'Evenmoor City Council is selling its Harbour Street offices to Tindrel Pensions for A$90 million. Council is to rent back two floors of the building.',
    'Tindrel sold its yard to Quorrel for $40m. Tindrel will lease it back for eight years.',
  ])('%s', (text) => {
    const claims = extractClaims(text);
    expect(claims).toHaveLength(2);
    expect(claims[1]!.action?.direction).toBe('reverse');
    expect(claims[1]!.counterparty?.canonical).toBe(claims[0]!.counterparty?.canonical);
  });
});

describe("a public body named by its place with a word of its field between", () => {
  it.each([
    ['(guard) Tindrel signed with the Evenmoor city council.', 'Evenmoor city council'],
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
      { id: 'club', text: 'Delmarsh Rovers is delighted to welcome Olberth Mutual AG as our new principal sponsor for four seasons.' },
      { id: 'wire', text: "Olberth Mutual's shirt sponsorship of Delmarsh Rovers is worth CHF 2 million over four seasons." },
    ]);
    expect(report.findings.map((f) => f.kind)).toContain('agreement');
  });

  it('an only sponsor stays with the exclusive reading (guard)', () => {
    const claims = extractClaims('Tindrel has named Quorrel Systems as its sole supplier.');
    expect(claims.some((c) => c.action?.rule.startsWith('role-appointment:'))).toBe(false);
  });
});

describe('"no less than" bounds a figure and denies nothing', () => {
  it.each([
    'Tindrel will buy no fewer than 40 jets from Quorrel.',
    'Quorrel agreed to supply no less than €90m of steel to Tindrel.',
  ])('%s', (text) => {
    expect(extractClaims(text).some((c) => c.negated)).toBe(false);
  });

  it('"not" still denies (guard)', () => {
    expect(extractClaims('Tindrel will not buy jets from Quorrel.')[0]!.negated).toBe(true);
  });
});
