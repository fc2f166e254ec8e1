import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { NAME_ABBREVIATIONS } from '../src/lexicon/names.js';

const report = (...texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
const parties = (text: string) => extractClaims(text).filter((c) => c.action).map((c) => `${c.actor?.canonical ?? '-'} > ${c.counterparty?.canonical ?? '-'}`);
/** The source pairs a report finds, as "s1~s2:kind". */
const findings = (r: ReturnType<typeof analyze>) => {
  const source = new Map(r.claims.map((c) => [c.id, c.sourceId]));
  return [...new Set(r.findings.map((f) => `${f.claims.map((id) => source.get(id)).sort().join('~')}:${f.kind}`))].sort();
};

describe('short forms of words in company names', () => {
  it.each(NAME_ABBREVIATIONS.map((a) => [a.short, a] as const))('"%s" keys like its full word', (_short, abbreviation) => {
    const [short, full] = abbreviation.example.split(' / ') as [string, string];
    const r = report(`Tavish Mills signed a $40 million supply agreement with ${short}.`, `Tavish Mills signed a $40 million supply agreement with ${full}.`);
    expect(findings(r)).toEqual(['s1~s2:agreement']);
    const plain = (name: string) => name.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const names = (e: { canonical: string; aliases: string[] }) => [e.canonical, ...e.aliases].map(plain);
    const entity = r.entities.find((e) => names(e).includes(plain(short)));
    expect(entity && names(entity)).toContain(plain(full));
  });

  it('a possessive stays a possessive: "Tulstone\'s volumes" is no new spelling of Tulstone', () => {
    const r = report('Tulstone Container Line took four ships from Grauholm on five-year charters.', "Tulstone's volumes rose 9% last year.");
    expect(r.entities.map((e) => e.canonical)).not.toContain('Talveras volumes');
  });
});

describe('a firm\'s organs are not parties', () => {
  it.each([
    ['The Board of Directors of Quillmere Learning Ltd. wishes to announce that it has agreed to acquire Tarrow Schools for S$385.0 million.'],
    ['The Board of Directors of Quillmere Learning Ltd. (the "Company") wishes to announce that the Company has agreed to acquire Tarrow Schools for S$385.0 million.'],
    ['The Board of Quillmere Learning Ltd. said it has agreed to acquire Tarrow Schools for S$385.0 million.'],
  ])('%s', (text) => {
    expect(parties(text)).toEqual(['Quillmere Learning > Tarrow Schools']);
  });
});

describe("a firm's things are not the firm", () => {
  it.each([
    ["Tarrow's schools charge annual fees of up to S$38,000.", 'fees'],
    ["Tulstone's volumes rose 9% last year to 1.4 million TEU.", 'volumes'],
  ])('%s', (text) => {
    const claims = extractClaims(text);
    expect(claims.map((c) => c.actor?.canonical ?? null).filter((name) => name !== null && / /.test(name))).toEqual([]);
  });

  it("a firm's parent still names the firm's family", () => {
    const claims = extractClaims("Shares of Glasswing's parent slipped 2%.");
    expect(claims.some((c) => c.actor?.canonical === 'Glasswing')).toBe(true);
  });
});

describe('renewals and the reports that retell them', () => {
  const original = 'Kelbrook Textiles won a four-year contract from Askand Outfitters to supply fabric, worth £60 million.';
  const renewal = 'Askand Outfitters renewed its fabric contract with Kelbrook Textiles for four years, in a deal worth £72 million.';

  it('a report of the renewal that does not say it renews joins the renewal, not the first contract', () => {
    const r = report(original, renewal, 'Askand Outfitters awarded Kelbrook Textiles a new four-year contract worth £72 million.');
    expect(findings(r)).toEqual(['s2~s3:agreement']);
  });

  it('one that contradicts the renewal is compared with the renewal', () => {
    const r = report(original, renewal, 'Askand Outfitters did not award Kelbrook Textiles the new four-year contract worth £72 million; Peskmoor Fabrics won it.');
    expect(findings(r)).toContain('s2~s3:contradiction');
    expect(findings(r).filter((f) => f.startsWith('s1~'))).toEqual([]);
  });

  it('a report with the first contract\'s figures stays with the first contract', () => {
    const r = report(original, renewal, 'Kelbrook Textiles supplies Askand Outfitters under a four-year contract worth £60 million.');
    expect(findings(r)).toContain('s1~s3:agreement');
    expect(findings(r).filter((f) => f.includes('s2'))).toEqual([]);
  });
});

describe('a name that ends in a site word', () => {
  it.each([
    ['Bemant Steelworks has won a contract to supply heavy plate to Olmeth Shipyards for €310 million.', 'Bemant Steelworks > Olmeth Shipyards'],
    ['Olmeth Shipyards signed a three-year agreement with Bemant Steelworks worth EUR 310 million.', 'Olmeth Shipyards > Bemant Steelworks'],
  ])('acting or dealt with, is a firm: %s', (text, expected) => {
    expect(parties(text)).toContain(expected);
  });

  it('named as what is bought, is a site', () => {
    expect(parties('Otoll Metals bought the Harwick Steelworks from Avocet Group for $90 million.')).toEqual(['Otoll Metals > Avocet Group']);
  });
});

describe('names the text shows to be firms', () => {
  it('a two-word name whose last word has a chairman or shares is a firm, not a person', () => {
    const text = "Cunmont Sorreno said on Tuesday it had not reached any agreement to sell itself to Vellanour. Sorreno's chairman told staff the company would stay independent.";
    const claim = extractClaims(text).find((c) => c.counterparty?.canonical === 'Vellanour');
    expect(claim?.actor?.canonical).toBe('Cunmont Sorreno');
    expect(claim?.negated).toBe(true);
  });

  it.each([
    ['Steelmaker Borton signs a 12-year wind deal with Sugix Power', 'Borton > Sugix Power'],
    ['Chipmaker Quellix to buy Tarrow Labs for $2 billion', 'Quellix > Tarrow Labs'],
  ])('a company noun opening a sentence describes the name after it: %s', (text, expected) => {
    expect(parties(text)).toContain(expected);
  });

  it('goods written as an acronym before the noun they describe end no name', () => {
    expect(parties('Ashgrove charters 6 Nestine LNG vessels, 4-yr term, ~$42M/yr.')).toEqual(['Ashgrove > Nestine']);
    expect(parties('Nestine LNG signed a charter with Ashgrove.')).toEqual(['Nestine LNG > Ashgrove']);
  });
});

describe('a deal said not to be happening', () => {
  it.each([
    ['So the Sorreno sale to Vellanour is… not happening?'],
    ['The Sorreno sale to Vellanour is not going ahead.'],
  ])('%s', (text) => {
    expect(extractClaims(text).filter((c) => c.action).every((c) => c.negated)).toBe(true);
  });
});

describe("a release's headline and its dateline", () => {
  const wind = 'Borton Steel will buy the output of 250 megawatts of wind capacity from Sugix Power under a 12-year contract, the companies said on Thursday.';
  const windRelease = 'Sugix Power Signs 12-Year Wind Agreement with Borton Steel\n\nCALGARY, Oct. 2, 2025 -- Sugix Power Corp. today announced a 12-year power purchase agreement with Borton Steel Inc. for 250 MW of wind capacity.';
  const solarRelease = 'Sugix Power and Borton Steel Sign 10-Year Solar Power Purchase Agreement\n\nTORONTO, Feb. 14, 2023 -- Sugix Power Corp. today announced a 10-year power purchase agreement with Borton Steel Inc. for 120 MW of solar capacity.';

  it('where datelines date a pair\'s deals in different years, a headline is of its own release\'s deal', () => {
    const r = report(wind, windRelease, solarRelease);
    expect(findings(r).filter((f) => f.includes('s3'))).toEqual([]);
    expect(findings(r)).toContain('s1~s2:agreement');
  });
});

describe("what a firm's pronoun owns", () => {
  it('sites a firm names after "its" are its own, not parties', () => {
    expect(parties('Comix Data Centres will buy the output of 400 MW from its Dry Fork and Mesa Borlova solar projects.')).toEqual(['Comix Data Centres > -']);
  });

  it.each([
    ['Aldgrave has extended the charters on two of its Skerray tankers by two years for $41 million.', 'Aldgrave > Skerray'],
    ['Norrick said its Amberfield contract is worth $380 million.', 'Norrick > Amberfield'],
  ])('goods of a maker and a deal with a firm stay the firm\'s: %s', (text, expected) => {
    expect(parties(text)).toContain(expected);
  });

  it("a rig's name names the rig in every mention of its text", () => {
    const text = 'Burland Energi awards Tarnveld Aurora three-year contract worth NOK 3.6 billion. Burland Energi has awarded Tarnveld Offshore a three-year contract for the semi-submersible Tarnveld Aurora.';
    expect(parties(text).filter((p) => p.includes('Aurora'))).toEqual([]);
  });
});

describe('short names a release defines in quotes', () => {
  it('"Aerolíneas Sierra Askric S.A. ("Sierra Askric")" names one firm in every source', () => {
    const r = report(
      'DUBLIN, 5 May 2026 -- Burnwell Aviation Capital DAC ("Burnwell") signed lease agreements with Aerolíneas Sierra Askric S.A. ("Sierra Askric") for six aircraft.',
      'Sierra Askric will pay Burnwell about $2.3 million a month for the six aircraft.',
    );
    const sierra = r.entities.filter((e) => [e.canonical, ...e.aliases].some((n) => n.includes('Sierra Askric')));
    expect(sierra).toHaveLength(1);
    expect(findings(r)).toEqual(['s1~s2:agreement']);
  });
});

describe('a dateline after a headline on the same line', () => {
  const text = 'Nomvik books first LNG carriers at Setthorpe in $1.41bn deal. SEOUL/OSLO, March 14, 2024 (Nordwire) - Norwegian shipping group Nomvik Gas Shipping has signed contracts with Setthorpe Heavy Industries for six LNG carriers worth about $1.41 billion.';

  it('names no party, and dates the deal', () => {
    const claims = extractClaims(text).filter((c) => c.action);
    expect(claims.some((c) => [c.actor?.canonical, c.counterparty?.canonical].includes('SEOUL/OSLO'))).toBe(false);
    expect(claims.some((c) => c.time?.year === 2024)).toBe(true);
  });
});

describe("a share price told past a relative clause", () => {
  it('is the stock\'s, not a deal\'s', () => {
    const amounts = extractQuantities('Vantaro shares, which have lost a third of their value this year, closed 2.3% higher at 18.62 euros.').amounts;
    expect(amounts.map((a) => a.incidental)).toEqual(['share-price']);
  });

  it('a relative clause on a firm leaves its deal\'s price alone', () => {
    const amounts = extractQuantities('Vantaro, which has 40 stores, agreed to pay 18 million euros for Lanternfly.').amounts;
    expect(amounts.map((a) => a.incidental ?? null)).toEqual([null]);
  });
});

describe('a quality denied is no deal denied', () => {
  it.each([
    ["Pethurst Stores - ADD, TP 320p | Devton: sensible bolt-on, not transformational\nPaying £118m for Devton's 62 stores equates to c.8.1x trailing EBITDA.", false],
    ['Peskmoor Fabrics, not incumbent Kelbrook, has won the Askand contract; Askand did not pick Kelbrook.', true],
    ['Grebe did not buy Otoll.', true],
  ])('%s', (text, negated) => {
    expect(extractClaims(text).filter((c) => c.action).some((c) => c.negated)).toBe(negated);
  });
});
