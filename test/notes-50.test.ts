import { describe, expect, it } from 'vitest';
import { analyze, extractQuantities } from '../src/index.js';

const report = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
const kindsBetween = (texts: string[], a: string, b: string) =>
  report(texts).findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);
const amountsOf = (text: string) => extractQuantities(text).amounts.map((a) => [a.value, a.currency]);
const sidesOf = (text: string) => report([text]).claims.map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

describe('signs a country\'s own press writes for its currency', () => {
  it.each([
    ['Brackmoor Contracting bags SR2.3bn plant job from Tovenna Chemicals', 2.3e9, 'SAR'],
    ['Selloway Ports signed a Dh4bn berth deal with Harnvik Lines.', 4e9, 'AED'],
    ['Kelvoran Zement erhält 1,2 mld Kč od Lathmere.', 1.2e9, 'CZK'],
    ['Dunmarra Foods pays 450 mln zł for Vestrel Mleko.', 4.5e8, 'PLN'],
    ['Quennet Holding sold its plant for 3.4 billion TL.', 3.4e9, 'TRY'],
  ])('%s', (text, value, currency) => {
    expect(amountsOf(text)).toContainEqual([value, currency]);
  });

  it('letters that are also words count only before a sum of millions (guard)', () => {
    expect(amountsOf('Grade P 3 steel and section W2 of the yard.')).toEqual([]);
  });
});

describe('a conjunction a speaker\'s label leaves capitalized names no one', () => {
  it('"Kai: And who bought it?" gives no party "And"', () => {
    const text = 'Oda: So Quillsby sold the depot. Kai: And who bought it? Oda: They\'re saying Brodwick, for 300 million.';
    expect(sidesOf(text).flat()).not.toContain('And');
  });
});

describe('a dialogue\'s first names before their colons are its turns', () => {
  const talk = 'Siskin: So Tovenna finally sold the depot. Kai: To Brackmoor? Siskin: To Brackmoor, yeah. Kai: All of it? Siskin: Half, fine, some 45% of the site, to Brackmoor.';
  it('the hosts\' names are no parties, and the word after a label opens its turn', () => {
    const sides = sidesOf(talk).flat();
    for (const word of ['Kai', 'Siskin', 'Half']) expect(sides).not.toContain(word);
  });
  it('a heading\'s one firm before its colon still names a side (guard)', () => {
    expect(sidesOf('Brackmoor: agrees to buy the Tovenna depot for $40 million.').flat()).toContain('Brackmoor');
  });
});

describe('"it" in talk never stands for a place the lexicon knows', () => {
  it('a place named in passing between the firm and "it" is skipped', () => {
    const text = 'Oda: Tovenna finally found its buyer, Brackmoor. Kai: The cable makers from Bavaria? Oda: Right. So it takes 17,500 tonnes yearly.';
    const tonnes = report([text]).claims.find((c) => c.quantities.some((q) => q.value === 17500));
    expect(tonnes?.actor?.canonical).toBe('Brackmoor');
  });
});

describe('a verb of choosing with "for" is a supply seen from the buyer', () => {
  it.each([
    ['The RTA picked Brodwick for its next tram fleet.', 'RTA', 'Brodwick'],
    ['Tovenna Transit chose Brackmoor Rail for its tram order.', 'Tovenna Transit', 'Brackmoor Rail'],
    ['Harnvik Water has selected Lathmere Pumps for the plant upgrade.', 'Harnvik Water', 'Lathmere Pumps'],
  ])('%s', (text, actor, counterparty) => {
    expect(sidesOf(text)).toContainEqual([actor, counterparty]);
  });
  it('the firm "over" passes by is no side', () => {
    const sides = sidesOf('Calmora picked Tarvo Energy over Ashdrift Wind for its coastal array.');
    expect(sides).toContainEqual(['Calmora', 'Tarvo Energy']);
    expect(sides.flat()).not.toContain('Ashdrift Wind');
  });
  it('"picked up" stays a purchase (guard)', () => {
    expect(report(['Birlwood picked up Quennet Bakeries for £120 million.']).claims[0]?.action?.lemma).toBe('pick');
  });
});

describe('the members a group noun lists stand on one side', () => {
  const affiliationsOf = (text: string) => report([text]).claims[0]?.affiliations.map((a) => [a.member, a.parent, a.rule]) ?? [];
  it.each([
    ['Tovenna Telecom sold its mast unit to a consortium of Harnvik Partners, Lathmere Pension and Norway\'s Quennet Capital for €2.1bn.', [['Lathmere Pension', 'Harnvik Partners'], ['Quennet Capital', 'Harnvik Partners']]],
    ['Brackmoor Grain raised a $900 million revolving facility from a lender group led by Vestrel Bank and Dunmarra Trust.', [['Dunmarra Trust', 'Vestrel Bank']]],
    ['Selloway is selling the plant to a buyer consortium led by Corrovan Capital together with Pelkstone Partners for $300m.', [['Pelkstone Partners', 'Corrovan Capital']]],
  ])('%s', (text, pairs) => {
    for (const [member, parent] of pairs) expect(affiliationsOf(text)).toContainEqual([member, parent, 'group-member']);
  });

  it('sources naming different members meet the one deal', () => {
    const texts = [
      'Tovenna Telecom sold its mast unit to a consortium of Harnvik Partners, Lathmere Pension and Quennet Capital for €2.1bn.',
      'Lathmere Pension will pay Tovenna Telecom €2.4bn for the mast unit with two partners.',
      'Quennet Capital is paying Tovenna Telecom €2.1bn for the mast unit.',
    ];
    expect(kindsBetween(texts, 's2', 's3')).toEqual(['contradiction']);
    expect(kindsBetween(texts, 's1', 's2')).toEqual(['contradiction']);
  });

  it('two firms that sign with each other are no group (guard)', () => {
    expect(affiliationsOf('Tovenna and Brackmoor signed a $40 million supply deal.')).toEqual([]);
  });
});

describe('a name a firm\'s own programme goes by is no side', () => {
  it('"for its X patrol boat programme"', () => {
    const text = 'Kelvoran Defence has picked Norway\'s Ashdrift Systems to supply 40 turrets for its Morvenna patrol boat programme, under a £300 million contract.';
    expect(sidesOf(text)).toContainEqual(['Ashdrift Systems', 'Kelvoran Defence']);
  });
});

describe('the market press\'s words for a bid', () => {
  it.each([
    ["Quillsby Chemie's swoop on Vestrel Pigments is off.", 'Quillsby Chemie', 'Vestrel Pigments'],
    ['Brodwick eyes a tilt at Morvenna Foods.', 'Brodwick', 'Morvenna Foods'],
  ])('%s', (text, actor, counterparty) => {
    expect(sidesOf(text)).toContainEqual([actor, counterparty]);
  });
  it('a swoop the text sizes by a running total reads no deal of its own (guard)', () => {
    expect(report(["Tarvo's second Selloway swoop lifts its store count to 40."]).claims.map((c) => c.action?.lemma)).not.toContain('bid');
  });
});

describe('a firm chosen "to" do what is no deal verb of its own supplies it', () => {
  it('"picked X to run its billing in the cloud"', () => {
    const text = 'Harnvik Health, which runs 12 clinics, has picked Lathmere Software to run its billing in the cloud.';
    expect(sidesOf(text)).toContainEqual(['Harnvik Health', 'Lathmere Software']);
  });
  it('"picked X to build" stays for the role rules, X the builder (guard)', () => {
    expect(sidesOf('Tovenna Freight has picked Brackmoor Marine to build six cranes for $640 million.')).toContainEqual(['Brackmoor Marine', 'Tovenna Freight']);
  });
});

describe('names joined by slashes', () => {
  it('"A/B/C consortium" makes three members of one group, none the other side', () => {
    const text = 'The €2.6bn that the Harnvik/Lathmere/Quennet consortium offered for Tovenna Masts looks full.';
    const claims = report([text]).claims;
    expect(claims[0]?.affiliations.map((a) => [a.member, a.parent])).toEqual([['Lathmere', 'Harnvik'], ['Quennet', 'Harnvik']]);
    expect(claims.map((c) => c.counterparty?.canonical)).not.toContain('Lathmere');
  });
  it('two tickers in capitals before a heading\'s colon are two firms', () => {
    expect(sidesOf('BRKM/TOVN: cathode supply, 5 yrs, ~$70M/yr').flat()).toEqual(expect.arrayContaining(['BRKM', 'TOVN']));
  });
  it('a dateline\'s places in capitals stay one place (guard)', () => {
    expect(sidesOf('MILAN/OSLO, June 3 - Tovenna signed a supply pact with Brackmoor.').flat()).not.toContain('MILAN');
  });
});

describe('a material\'s formula whose letters spell a common word', () => {
  it('"SiC substrate pact" names no side', () => {
    expect(sidesOf('Vestrel Micro, Brodwick ink 5-yr SiC substrate pact worth $310M').flat()).not.toContain('SiC');
  });
});

describe('talk\'s "-ish" makes a sum approximate', () => {
  it('"three hundred million-ish" is about 300 million and meets €320 million', () => {
    expect(extractQuantities('paying three hundred million-ish').amounts.map((a) => [a.value, a.bound])).toEqual([[3e8, 'approximate']]);
    const a = 'Brodwick agreed to take a 30% holding in Morvenna Life for 320 million euros.';
    const b = 'So Brodwick is taking 30% of Morvenna Life for, like, three hundred million-ish, right?';
    expect(kindsBetween([a, b], 's1', 's2')).toEqual(['agreement']);
  });
  it('"stylish" is no bound (guard)', () => {
    expect(extractQuantities('a stylish $45 billion deal').amounts.map((a) => a.bound)).toEqual(['exact']);
  });
});

describe('partnerships told with a phrasal or a third-person verb', () => {
  it.each([
    ['Quillsby Life has tied up with Brodwick Bank.', 'Quillsby Life', 'Brodwick Bank'],
    ['Tovenna teams up with Brackmoor on batteries.', 'Tovenna', 'Brackmoor'],
    ['Tovenna partners with Brackmoor on batteries.', 'Tovenna', 'Brackmoor'],
  ])('%s', (text, actor, counterparty) => {
    expect(sidesOf(text)).toContainEqual([actor, counterparty]);
  });
  it('"ties up capital" is no partnership (guard)', () => {
    expect(report(['The deal ties up capital for years.']).claims.map((c) => c.action?.lemma)).not.toContain('tie');
  });
});

describe('a project\'s milestone abbreviation names no one', () => {
  it('"SOP 2028" is no side of the venture', () => {
    expect(sidesOf('TOVN / BRKM: 50/50 JV, $1.8B cathode plant, SOP 2029').flat()).not.toContain('SOP');
  });
});
