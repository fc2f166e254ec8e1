import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';
import { amountRole } from '../src/normalize/values.js';

const findings = (texts: readonly string[]) =>
  analyze(texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text }))).findings.map((f) => `${f.kind} ${f.sources.join('~')}`);

const parties = (text: string) => extractClaims(text).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

describe('what a deal leaves out of its scope is no denial', () => {
  it.each([
    'Separately, Pennard and Coldbrook have set up a 50-50 venture in Leith to service the cranes. So this venture is extra, not part of the crane order, and nobody has priced it yet.',
    'Pennard and Coldbrook also set up a jointly owned servicing company for the cranes, which is not included in the crane order.',
  ])('%s', (text) => {
    expect(extractClaims(text).some((c) => c.negated)).toBe(false);
  });

  it('a venture set beside an order contradicts no source (guard)', () => {
    const texts = [
      'Coldbrook Ports has ordered 14 quay cranes from Pennard Lifting for EUR 220 million.',
      'Pennard Lifting will deliver 14 cranes to Coldbrook Ports under a EUR 220m order.',
      'Pennard and Coldbrook also set up a jointly owned servicing company for the cranes. The servicing company is not part of the crane order.',
    ];
    expect(findings(texts).filter((f) => f.startsWith('contradiction'))).toEqual([]);
  });

  it('a plain denial still denies (guard)', () => {
    expect(extractClaims('Coldbrook Ports has not ordered any cranes from Pennard Lifting.').some((c) => c.negated)).toBe(true);
  });
});

describe("analysts' shorthand for the parts of a licence", () => {
  const roleOf = (text: string, figure: string) => {
    const claim = extractClaims(text).find((c) => c.amount?.text.includes(figure));
    return claim ? amountRole(claim) : null;
  };

  it('"u/f" is the upfront part', () => {
    expect(roleOf('Tuvanne in-licenses TMW-88 from Aspley. Terms: USD25m u/f, then royalties.', '25')).toBe('upfront');
  });

  it('"dev/reg m/s" are the milestones', () => {
    expect(roleOf('Tuvanne in-licenses TMW-88 from Aspley for up to USD180m reg/dev m/s.', '180')).toBe('milestones');
  });

  it('an upfront written short does not contradict the headline total of another source', () => {
    const texts = [
      'Aspley Bio gets $25 million on signing and as much as $205 million overall from Tuvanne Pharma for TMW-88 rights.',
      'Tuvanne Pharma in-licenses TMW-88 from Aspley Bio. Terms: USD25m u/f, up to USD180m reg/dev m/s (USD205m headline).',
    ];
    expect(findings(texts).filter((f) => f.startsWith('contradiction'))).toEqual([]);
  });
});

describe('a relative clause that tells the signing dates the deal', () => {
  it.each([
    ['Norbeck already takes gas from Penholt under a supply contract, which was signed in 2019.', 2019],
    ['Norbeck already buys power from Penholt, a deal that was struck back in 2017.', 2017],
  ])('%s', (text, year) => {
    expect(extractClaims(text)[0]?.time?.year).toBe(year);
  });

  it('an older contract of the pair then stays apart from the news', () => {
    const texts = [
      'Penholt Wind will sell the power of its 300 MW Tuvanne farm to Norbeck Utilities for 15 years.',
      'Norbeck Utilities agreed to take 300 MW from Penholt Wind over a 15-year term.',
      'Norbeck already buys from Penholt, a 12-year contract for 90 MW that was signed in 2019.',
    ];
    expect(findings(texts)).toEqual(['agreement a~b']);
  });
});

describe('a capital inside a compound that describes is no name', () => {
  it('"low-Earth-orbit" names no counterparty; the maker chosen is the other side', () => {
    const text = 'Calvetto announced the choice of Tellmar Space to make 12 satellites that will replace the ageing low-Earth-orbit relay network it runs, in an order worth EUR 300 million.';
    expect(parties(text).flat()).not.toContain('Earth');
    expect(parties(text)).toContainEqual(['Calvetto', 'Tellmar Space']);
  });

  it('"a non-EU buyer" names no party (guard)', () => {
    expect(parties('Ravelin sold the depot to a non-EU buyer, Quantock Holdings, for $80 million.').flat()).not.toContain('EU');
  });

  it('two firms joined by a hyphen stay two names (guard)', () => {
    expect(parties('The Tellmar-Calvetto satellite order is worth EUR 300 million.').flat()).toEqual(expect.arrayContaining(['Tellmar', 'Calvetto']));
  });
});

describe('a talk answer that is only a year dates the sentence after it', () => {
  it('the figures after "That was 2016." are of 2016', () => {
    const text = 'HOST: Have Kelpwick and Ostrey worked together before? GUEST: That was 2016. Nine used tankers, sold and leased back.';
    expect(extractClaims(text).find((c) => c.quantities.length > 0)?.time?.year).toBe(2016);
  });

  it('a year inside a longer sentence before is not such an answer (guard)', () => {
    const text = 'Kelpwick has grown fast since 2016 and now runs 40 ships. Nine used tankers went to Ostrey, sold and leased back.';
    expect(extractClaims(text).find((c) => c.quantities.length > 0)?.time ?? null).toBeNull();
  });

  it('an older deal told in an answer stays apart from the news', () => {
    const texts = [
      'Ostrey Marine will pay $620 million for 14 tankers from Kelpwick Shipping.',
      'Kelpwick Shipping is selling 14 tankers to Ostrey Marine for $620m.',
      'HOST: Have Kelpwick and Ostrey dealt before? GUEST: Way back in 2015. Nine used tankers, sold and leased back to raise cash.',
    ];
    expect(findings(texts)).toEqual(['agreement a~b']);
  });
});

describe('a holding a deal is to bring is the stake it buys', () => {
  it.each([
    ['Marrisk Cells will hold 14.9% of Quarrel Lithium on completion of the placement.', ['Marrisk Cells', 'Quarrel Lithium'], 14.9],
    ["After closing, Strathmoy is set to hold roughly 6.2% of Brannagh's common shares.", ['Strathmoy', 'Brannagh'], 6.2],
  ])('%s', (text, sides, share) => {
    const claim = extractClaims(text).find((c) => c.action?.rule === 'statement:stake-after-deal');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toEqual(sides);
    expect(claim?.action?.type).toBe('invest');
    expect(claim?.quantities.map((q) => q.value)).toEqual([share]);
  });

  it('two holdings the deal is to bring disagree on the share', () => {
    const texts = [
      'Marrisk Cells will buy new shares in Quarrel Lithium for A$120 million and will hold 14.9% of Quarrel Lithium on completion.',
      'Marrisk Cells will hold 19.9% of Quarrel Lithium on completion of the placement.',
    ];
    expect(findings(texts)).toContain('contradiction a~b');
  });

  it('a stake bought and the holding it leads to are not set against each other (guard)', () => {
    const texts = [
      'Marrisk Cells will buy a 14.9% stake in Quarrel Lithium for A$120 million.',
      'Marrisk Cells will hold 19.9% of Quarrel Lithium on completion of the placement.',
    ];
    expect(findings(texts).filter((f) => f.startsWith('contradiction'))).toEqual([]);
  });

  it.each([
    'Marrisk Cells holds 14.9% of Quarrel Lithium.',
    'Upon completion, Quarrel shareholders will hold about 40% of the combined group.',
  ])('a holding as it stands, or a merger split, stays a statement (guard): %s', (text) => {
    expect(extractClaims(text).some((c) => c.action?.rule === 'statement:stake-after-deal')).toBe(false);
  });
});

describe('a defined term in the possessive refers back to the issuer', () => {
  it("\"the Company's backlog\" is the issuer's, no firm called Company", () => {
    const text = 'Graylick Shipping ASA (with its units, "the Company") today signed long-term charters with Velder Gas SA covering three LNG carriers. '
      + "Once the ships arrive, these charters should lift the Company's book of orders by around USD 410 million.";
    expect(parties(text).flat()).not.toContain('Company');
  });
});

describe('what a feed heads an item with names no party', () => {
  it.each([
    ['ENERGY BRIEFS | Sarnet Nord says it, not Kolbeck, holds the Sarn hydro output under a NOK 1.2bn agreement.', 'ENERGY BRIEFS'],
  ])('%s', (text, heading) => {
    expect(parties(text).flat()).not.toContain(heading);
  });

  it('a heading before a colon (guard)', () => {
    expect(parties("METALS DIGEST: Ivelle Trading says it bought the Veyo cooperative's cocoa for $90m.").flat()).not.toContain('METALS DIGEST');
  });

  it('a shouted number word or "LESS" is emphasis, no name', () => {
    const text = "a source inside says the Tarvo pact runs TEN seasons, not eight, and they pay LESS than today";
    expect(parties(text).flat().filter((n) => n !== null && /^[A-Z]{3,}$/.test(n))).toEqual([]);
  });

  it('a filer\'s name in capitals with its suffix still names the seller (guard)', () => {
    expect(parties('TARVO MOTORS LIMITED - Notice of sale of its depot to Quarn Freight for $40m.').flat()).toContain('Quarn Freight');
  });
});

describe('a digest pairs two firms with a spaced slash', () => {
  it('"Wirrow / Rindle: 320MW, 12 yrs" names both sides', () => {
    expect(parties('Wirrow / Rindle: 320MW, 12 yrs, Pellet Creek solar.')).toContainEqual(['Wirrow', 'Rindle']);
  });
});

describe('a river or a view beside a site is no party', () => {
  it('"beside the Pontreve" places the office', () => {
    expect(parties('Larkhill Insurance will move 1,800 staff into a 150,000 sq ft office beside the Pontreve, leased from Norbury Estates.').flat()).not.toContain('Pontreve');
  });
});

describe("a filing's boilerplate denies nothing", () => {
  it('a summary that "does not purport" to list every term', () => {
    const text = 'On May 2, Mavrick Inc. entered into a supply agreement with Wendrath Foundry. The summary above does not purport to set out every term of the supply agreement.';
    expect(extractClaims(text).some((c) => c.negated)).toBe(false);
  });
});

describe('a sum a later sentence adds to a claim', () => {
  it('takes no role from words it does not stand in', () => {
    // (The claim's words are its own sentence; the sum stands in the next one, which says it is a running total.)
    const text = 'Orlan Solar drew a second instalment of Rs 200 crore from Kestel Finance.';
    const claim = { text, span: { start: 0, end: text.length }, action: null, amount: { value: 7e9, currency: 'INR', per: null, text: 'Rs 700 crore', span: { start: 120, end: 132 } } };
    expect(amountRole(claim as unknown as Parameters<typeof amountRole>[0])).toBe('whole');
  });
});

describe("a call's transcript speaks for the firm that holds the call", () => {
  const call = 'Fenmoor Systems third-quarter results call (transcript)\n\n'
    + 'Rhea Castell, CEO: ...We also locked in wafer capacity with Wendrath Foundry: a four-year commitment of KRW 900 billion.';

  it('a turn labelled "Name, CEO:" is a turn, and its "we" is the host', () => {
    expect(parties(call)).toContainEqual(['Fenmoor Systems', 'Wendrath Foundry']);
    expect(parties(call).flat()).not.toContain('Rhea Castell');
  });

  it('the host meets the release of the same deal', () => {
    const texts = [
      'SEOUL, Oct 2 - Wendrath Foundry will supply wafers to Fenmoor Systems under a four-year, 900 billion won contract.',
      call,
    ];
    expect(findings(texts)).toContain('agreement a~b');
  });

  it('a heading that names no call leaves "we" to the labels (guard)', () => {
    const text = 'Fenmoor Systems newsletter\n\nRhea Castell, CEO: We also locked in wafer capacity with Wendrath Foundry.';
    expect(parties(text).flat()).not.toContain('Fenmoor Systems');
  });
});

describe('shorthand an analyst note writes is no party', () => {
  it.each([
    ['Ravelle Cloud CFO: the Feltham commitment, about $900 million over ten years, goes into RPO now, and RPO rose 30% to $4 billion.', 'RPO'],
    ['QTX AU - SPEC BUY, PT A$0.44\nOfftake with Sunmoor Cells: 200kt over 4 yrs.', 'SPEC'],
  ])('%s', (text, word) => {
    expect(parties(text).flat()).not.toContain(word);
  });
});

describe("a licence's potential value is its whole, not a running total", () => {
  it('milestones taking the potential value to as much as $280 million', () => {
    const text = 'Harlen Bio licensed HB-12 to Brixom for $30 million upfront plus milestones, taking the deal\'s potential value to as much as $280 million.';
    const claim = extractClaims(text).find((c) => c.amount?.value === 280e6);
    expect(claim && amountRole(claim)).toBe('whole');
  });

  it('a sum carried to a running total stays one (guard)', () => {
    const claim = extractClaims('Tarvo wired another $2bn to Siskin, bringing its total to $8bn.').find((c) => c.amount?.value === 8e9);
    expect(claim && amountRole(claim)).toBe('cumulative');
  });
});

describe('a disclosure form of numbered fields names its filer in the heading', () => {
  const form = 'Tarvo Steel Co., Ltd. (KRX: 004410) - Disclosure: single sales contract\n'
    + '1. Contract: supply of hot-rolled coil\n2. Counterparty: Ivelle Vehiculos S.A. (Mexico)\n3. Contract amount: KRW 90 billion\n';

  it('the filer and the "Counterparty:" field are the two sides', () => {
    expect(parties(form)).toContainEqual(['Tarvo Steel', 'Ivelle Vehiculos']);
  });

  it('the form meets a wire report of the same contract (guard)', () => {
    const texts = [form, 'SEOUL, May 2 - Tarvo Steel will supply hot-rolled coil to Ivelle Vehiculos of Mexico under a 90 billion won contract.'];
    expect(findings(texts)).toContain('agreement a~b');
  });

  it('a "Counterparty:" line that numbers nothing pairs no filer (guard)', () => {
    const note = 'Tarvo Steel weekly note. Counterparty: Siskin Motors, per our channel checks.';
    expect(extractClaims(note).some((c) => c.action?.rule === 'fields')).toBe(false);
  });
});

describe("a deal's title is no party", () => {
  it('a filing heading\'s "Conclusion of" names no party', () => {
    expect(parties('Kelpwick Steel Co., Ltd. - Conclusion of Supply Contract with Duvenor Motors').flat()).not.toContain('Conclusion');
  });

  it('a form heading\'s "Supply Contract" names no party, and the form\'s figure goes to its two sides', () => {
    const form = '[KRX disclosure] Kelpwick Microdevices Co., Ltd. - Conclusion of Sales/Supply Contract\n1. Type of contract: wafer supply\n'
      + '2. Counterparty: Ivelle Systems Inc.\n3. Contract amount (KRW): 800,000,000,000';
    expect(parties(form).flat()).not.toContain('Supply Contract');
    expect(extractClaims(form).find((c) => c.amount?.value === 8e11)?.counterparty?.canonical).toBe('Ivelle Systems');
  });

  it('a capitalized agreement title names no party (guard)', () => {
    expect(parties('Dellawan Motors signed a Master Purchase Agreement with Glenmure Chips.').flat()).not.toContain('Master Purchase Agreement');
  });

  it('a firm whose last word is a plural of a deal word keeps its name (guard)', () => {
    expect(parties('Duvenor Robotics raised $40 million in a round that Glenmure Ventures led.').flat()).toContain('Glenmure Ventures');
  });
});
