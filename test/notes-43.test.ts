import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';

const findingsOf = (texts: string[]) =>
  analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text }))).findings.map((f) => `${f.kind}:${f.field}`);

describe('a figure in a relative clause about a firm, before its deal, is the firm\'s', () => {
  it.each([
    ['Delmarsh Mills, which grinds around 9,000 tonnes a day, signed a five-year deal to buy 2 million tonnes of wheat from Caskmoor Grain.', 2_000_000, 9000],
    ['Pertwick Motors, which makes 40,000 cars a year, ordered 300 robots from Quorrel Automation.', 300, 40_000],
    ['Axholm Cement, which turns out 4 million tonnes a year, ordered six kilns from Liddane Works.', 6, 4_000_000],
  ])('%s', (text, kept, dropped) => {
    const values = extractClaims(text).flatMap((c) => c.quantities.map((q) => q.value));
    expect(values).toContain(kept);
    expect(values).not.toContain(dropped);
  });

  it('such a clause after the deal goes on with it (guard)', () => {
    const [claim] = extractClaims('Quarrel Lithium enlarged its supply deal with Vantmoor Cells, which will now take 40,000 tonnes a year of concentrate.');
    expect(claim!.quantities.map((q) => q.value)).toContain(40_000);
  });

  it('such a clause with a deal word keeps its figure (guard)', () => {
    const claims = extractClaims('Kelmora, which agreed to buy 12 barges from Axholm Yards in May, ordered four tugs from Liddane Marine.');
    expect(claims.flatMap((c) => c.quantities.map((q) => q.value))).toContain(12);
  });

  it('a firm\'s daily throughput no longer meets the deal\'s total', () => {
    expect(findingsOf([
      'Caskmoor Grain will supply 2 million tonnes of wheat to Delmarsh Mills over five years for $110 million a year.',
      'Delmarsh Mills, which grinds around 9,000 tonnes a day, signed its five-year wheat deal with Caskmoor Grain, worth roughly $550 million.',
    ])).not.toContain('contradiction:quantity');
  });
});

describe('two events of one pair are no list of partners', () => {
  it('an earlier dated contract of the pair stays apart from the news', () => {
    const found = findingsOf([
      'Caskmoor Grain will supply 2 million tonnes of wheat to Delmarsh Mills over five years for $110 million a year.',
      "Market notes: Caskmoor Grain's earlier one-year maize contract with Delmarsh Mills, signed in 2023 and worth $38 million, lapsed in December.",
    ]);
    expect(found.filter((f) => f.startsWith('contradiction'))).toEqual([]);
  });

  it('firms listed together still share one deal (guard)', () => {
    const report = analyze([
      { id: 's1', text: 'Wendacre League sold its rights to Brisbury TV and Gorlan Media for £900 million.' },
      { id: 's2', text: 'Brisbury TV and Gorlan Media will share the Wendacre League rights, worth £900 million.' },
    ]);
    expect(report.findings.some((f) => f.kind === 'agreement')).toBe(true);
  });
});

describe('a bare verb form among the modifiers of a deal noun is a noun', () => {
  it.each([
    "Caskmoor Grain's maize contract with Delmarsh Mills lapsed in December.",
    "Caskmoor Grain's earlier one-year maize contract with Delmarsh Mills lapsed in December.",
  ])('%s', (text) => {
    const [claim] = extractClaims(text);
    expect(claim!.action!.rule.startsWith('noun')).toBe(true);
  });

  it('a verb after a subject stays a verb (guard)', () => {
    const [claim] = extractClaims('Caskmoor Grain contracted with Delmarsh Mills to ship maize.');
    expect(claim!.action!.rule.startsWith('verb')).toBe(true);
  });
});

describe('money as the world writes it: rupiah, naira and the CLDR narrow symbols', () => {
  const money = (text: string) => extractQuantities(text).amounts.map((a) => `${a.value} ${a.currency}`);
  it.each([
    ['Rp 14.5 trillion', '14500000000000 IDR'],
    ['Rp14.5tn', '14500000000000 IDR'],
    ['a N45bn term loan', '45000000000 NGN'],
    ['forty-five billion naira', '45000000000 NGN'],
    ['₦54 billion', '54000000000 NGN'],
    ['₱12 billion', '12000000000 PHP'],
    ['฿3.2 billion', '3200000000 THB'],
    ['GH₵400m', '400000000 GHS'],
    ['40 billion baht', '40000000000 THB'],
    ['2 trillion dong', '2000000000000 VND'],
  ])('%s', (text, expected) => {
    expect(money(text)).toEqual([expected]);
  });

  it.each(['N95 masks', 'the N2 road', '12 N of force', 'a 4 dong bell'])('%s is no money (guard)', (text) => {
    expect(money(text)).toEqual([]);
  });
});

describe('a rate after the parentheses that convert a sum is the rate of both sums', () => {
  const money = (text: string) => extractQuantities(text).amounts.map((a) => `${a.value} ${a.currency}${a.per ? `/${a.per}` : ''}`);
  it.each([
    ['paying R$38 million ($7.6 million) a year', ['38000000 BRL/year', '7600000 USD/year']],
    ['$7.6 million (R$38 million) a year for ten years', ['7600000 USD/year', '38000000 BRL/year']],
    ['R$38 million (about $7.6 million) annually', ['38000000 BRL/year', '7600000 USD/year']],
  ])('%s', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });

  it.each([
    ['a deal worth R$380 million ($76 million) over ten years', ['380000000 BRL', '76000000 USD']],
    ['paying R$38 million ($7.6 million), a year after', ['38000000 BRL', '7600000 USD']],
  ])('%s stays a total (guard)', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });
});

describe('terms as filings and farm leases write them', () => {
  const months = (text: string) => extractQuantities(text).durations.map((d) => d.months);
  it.each([
    ['a term of 10 (ten) years', 120],
    ['a term of 10 (ten) harvest years', 120],
    ['for five fiscal years', 60],
    ['seven crop years', 84],
    ['3 calendar months', 3],
  ])('%s', (text, expected) => {
    expect(months(text)).toEqual([expected]);
  });

  it('words that restate another number are kept apart (guard)', () => {
    expect(months('10 (eleven) years')).not.toContain(120);
  });

  it('a restated count reads on to its noun', () => {
    expect(extractQuantities('4 (four) carriers').quantities.map((q) => `${q.value} ${q.unit}`)).toEqual(['4 carrier']);
  });
});

describe('"of cash upfront" marks an upfront payment', () => {
  it('an upfront told with "of cash" is not set against the whole deal', () => {
    expect(findingsOf([
      'Norvix Bio has licensed its antibody NX-4 to Palindra Pharma in a deal worth up to SEK 2.4bn including milestones.',
      'Norvix (NRVX SS): The Palindra deal validates NX-4 and, with SEK 240m of cash upfront, extends runway into 2027.',
    ])).not.toContain('contradiction:amount');
  });
});

describe('an "m" glued to the digits before a unit counts millions of it', () => {
  const measures = (text: string) => extractQuantities(text).quantities.map((q) => `${q.value} ${q.unit}`);
  it.each([
    ['a terminal for 1.2m TEU', '1200000 TEU'],
    ['3m tonnes of ore', '3000000 tonne'],
    ['1.2M TEU', '1200000 TEU'],
    ['a 1.2m-TEU terminal', '1200000 TEU'],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual([expected]);
  });

  it('an "m" before anything else is still metres (guard)', () => {
    expect(measures('a 3m wall')).toEqual(['3 m']);
  });
});

describe('a level a condition waits for is no figure of the deal', () => {
  it('a quantity after "once volumes pass"', () => {
    const [claim] = extractClaims('Grupo Vantmoor won the Roskild terminal concession for 1.2m TEU; phase 2 only starts once volumes pass 700k TEU.');
    expect(claim!.quantities.map((q) => q.value)).not.toContain(700_000);
  });

  it('a sum after "once revenue tops"', () => {
    const [claim] = extractClaims('Tarvo will pay Siskin up to $50m more once revenue tops $1bn.');
    expect(claim!.amount?.value).toBe(50_000_000);
  });
});

describe("a plant's capacity told with and without its period agrees", () => {
  it('"capacity for 1.2 million TEU a year" beside "1.2m TEU"', () => {
    expect(findingsOf([
      'Grupo Vantmoor won a 30-year concession from the Roskild port authority to run a terminal with capacity for 1.2 million TEU a year.',
      'Grupo Vantmoor gets the terminal concession from the Roskild port authority: 30 years, an installed capacity of 1.2 million TEU.',
    ])).not.toContain('contradiction:quantity');
  });

  it('a yearly rate and a different total still conflict (guard)', () => {
    expect(findingsOf([
      'Caskmoor Grain will supply Delmarsh Mills with 400,000 tonnes of wheat a year for five years.',
      'Caskmoor Grain will supply Delmarsh Mills with 3 million tonnes of wheat over five years.',
    ])).toContain('contradiction:quantity');
  });
});

describe('a term bounded by two months with their years', () => {
  const months = (text: string) => extractQuantities(text).durations.map((d) => d.months);
  it.each([
    ['a lease that runs from January 2026 through December 2035', 120],
    ['between March 2025 and February 2030', 60],
    ['from Jan 2026 to Dec 2035', 120],
    ['from Jan. 2026 to Jan. 2036', 120],
    ['running January 2026 to December 2035', 120],
  ])('%s', (text, expected) => {
    expect(months(text)).toEqual([expected]);
  });

  it('a month span that runs backwards is none (guard)', () => {
    expect(months('from May 2024 to March 2024')).toEqual([]);
  });

  it('a delivery window bounded by months is no term of the lease', () => {
    const [claim] = extractClaims('Ulvenor Aviation Capital signed lease agreements with Quenlow Air for twelve new jets, scheduled to deliver between April 2026 and March 2027.');
    expect(claim!.duration).toBeNull();
  });

  it('a lease dated by its months meets a lease of another length', () => {
    expect(findingsOf([
      'Evenmoor Data has signed a 15-year pre-let agreement with Kourant Cloud for the 48 MW first phase of its Tindrel campus.',
      'Kourant Cloud has agreed to lease 48 megawatts at the Evenmoor Data Tindrel campus under a lease that runs from January 2026 through December 2035.',
    ])).toContain('contradiction:duration');
  });
});

describe('"deal gone" ends a deal, as "deal off" does', () => {
  it('a post that says the deal is gone denies it', () => {
    expect(extractClaims('so the Quorrel x Tindrel thing is just... dead?? $24M deal gone before the split even started.').some((c) => c.negated)).toBe(true);
  });

  it('a deal gone through stands (guard)', () => {
    expect(extractClaims('The Quorrel deal with Tindrel has gone through, Tindrel said.').some((c) => c.negated)).toBe(false);
  });
});

describe('a title with an ampersand after a noun of products is the product\'s', () => {
  it('"its animated series Fern & Thistle" is no side of the licence', () => {
    const claims = extractClaims('Tindrel Studio K.K. (TSE: 4391) has granted Pertwick Toys Ltd a three-year global master toy licence for its animated series Fern & Thistle, with the first products due on shelves in autumn 2026.');
    expect(claims.flatMap((c) => [c.actor?.canonical ?? '', c.counterparty?.canonical ?? '']).filter((name) => /Fern|Thistle/.test(name))).toEqual([]);
  });
});

describe('a legal suffix ends a name, and a form\'s next label is no name', () => {
  const sides = (text: string) => extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]).filter(Boolean);
  it('"Counterparty: Quenlow Gas Shipping S.A. Details: ..." names the firm without the label', () => {
    expect(sides('Pertwick Heavy Industries Co., Ltd. - Single sales contract. Counterparty: Quenlow Gas Shipping S.A. Details: construction of 4 LNG carriers.')).not.toContain('Quenlow Gas Shipping S.A. Details');
  });

  it('"Customer: Axholm Energia S.A. Location: Norland." takes no label as a side', () => {
    expect(sides('Customer: Axholm Energia S.A. Location: Norland. Term: 18 months.').filter((name) => /Location/.test(name!))).toEqual([]);
  });

  it.each([
    ['Grupo Vantmoor S.A.B. de C.V. won the concession from the Roskild port authority.', 'Grupo Vantmoor S.A.B. de C.V'],
    ['Tarvo AG Holdings agreed to buy Siskin Ltd.', 'Tarvo AG Holdings'],
  ])('a suffix before another suffix or "de" goes on (guard): %s', (text, name) => {
    expect(sides(text)).toContain(name);
  });
});

describe('a rough figure stated to a finer digit than the tolerance keeps the rest of it', () => {
  it('"roughly £13.7m a year" agrees with "£13.5m a year"', () => {
    expect(findingsOf([
      'Palindra Data licensed its platform to Merrivane Insurance for seven years at roughly £13.7m a year.',
      'Merrivane Insurance signed with Palindra Data, and it is £13.5m a year, for seven years.',
    ])).not.toContain('contradiction:amount');
  });

  it('"about $90 million a year" still conflicts with "$80 million a year" (guard)', () => {
    expect(findingsOf([
      'Palindra Data licensed its platform to Merrivane Insurance for about $90 million a year.',
      'Merrivane Insurance pays Palindra Data $80 million a year for its platform.',
    ])).toContain('contradiction:amount');
  });
});

describe('a sum with no period or term that states the other\'s yearly figure is that rate told bare', () => {
  it('"£42m a year over ten years" beside "a £42m concession"', () => {
    const report = analyze([
      { id: 's1', text: 'Evenmoor Airports awarded Liddane Retail a ten-year duty-free concession worth £42m a year.' },
      { id: 's2', text: 'Liddane Retail wins the £42m Evenmoor Airports duty-free concession.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
    expect(report.findings.some((f) => f.kind === 'agreement' && f.field === 'amount')).toBe(true);
  });

  it('a sum with its own term is still a total (guard)', () => {
    expect(findingsOf([
      'Evenmoor Airports awarded Liddane Retail a ten-year duty-free concession worth £42m a year.',
      'Liddane Retail wins a ten-year £42m Evenmoor Airports duty-free concession.',
    ])).toContain('contradiction:amount');
  });
});

describe('an answer in a role-labelled turn replaces the figure a question asked', () => {
  it('"HOST: ... for six years? GUEST: It\'s five years." reads five years', () => {
    const [claim] = extractClaims("HOST: Ondo locked up lithium from Tarvo Minerals for six years? GUEST: It's five years.");
    expect(claim!.duration?.months).toBe(60);
  });

  it('"lock up" supply from a firm is a deal of the pair', () => {
    const [claim] = extractClaims('Ondo Motors locked up lithium from Tarvo Minerals for five years.');
    expect([claim!.actor?.canonical, claim!.counterparty?.canonical]).toEqual(['Ondo Motors', 'Tarvo Minerals']);
  });
});

describe('two tickers joined by a slash before a lowercase word pair two firms', () => {
  it('"QRL/TVM merger" beside the firms named in full', () => {
    const report = analyze([
      { id: 's1', text: 'Quorrel Resources Ltd (ASX: QRL) and Tolvane Minerals Ltd (ASX: TVM) agreed to merge in an all-share deal worth A$2.3 billion.' },
      { id: 's2', text: 'QRL/TVM merger at A$2.3bn. Finally.' },
    ]);
    expect(report.findings.some((f) => f.kind === 'agreement')).toBe(true);
  });

  it('a dateline of two cities in capitals stays a dateline (guard)', () => {
    const [claim] = extractClaims('MILAN/OSLO, June 3 - Tarvo bought Siskin.');
    expect([claim!.actor?.canonical, claim!.counterparty?.canonical]).toEqual(['Tarvo', 'Siskin']);
  });
});

describe('a benchmark the price is set against is no price of the deal', () => {
  it('"the newbuild benchmark of about $260 million"', () => {
    const [claim] = extractClaims("Tarvo Shipping's four-ship order from Siskin, at roughly $255 million apiece, sits just under the newbuild benchmark of about $260 million.");
    expect(claim!.amount?.value).not.toBe(260_000_000);
  });
});
