import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { datelineTime } from '../src/extract/time-places.js';
import { amountRole, differentSteps, stepNumber } from '../src/normalize/values.js';

const findings = (texts: readonly string[]) =>
  analyze(texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text }))).findings.map((f) => `${f.kind} ${f.sources.join('~')}`);

const roleOf = (text: string) => {
  const claim = extractClaims(text).find((c) => c.amount !== null);
  return claim ? amountRole(claim) : null;
};

describe('a clip or archive note dates its text', () => {
  it.each([
    ['[Dockside Radio, ep. 31, aired March 2021 - excerpt]\nHOST: Pellwick ordered six tugs.', 2021],
    ['(Recorded 4 May 2019) GUEST: Pellwick bought a ferry.', 2019],
    ['(Archive, 2018) Pellwick signed a lease with Orvane.', 2018],
  ])('%s', (text, year) => {
    expect(datelineTime(text)?.time.value.year).toBe(year);
  });

  it('a note with no word of when it was made dates nothing (guard)', () => {
    expect(datelineTime('[Dockside Radio, ep. 31, March 2021 guests]\nHOST: Pellwick ordered six tugs.')).toBeUndefined();
  });

  it("a clip recorded in an older year tells that year's deal, not the news", () => {
    const texts = [
      'OSLO, June 2, 2019 - Pellwick Air has ordered 12 jets from Orvane Aero.',
      'SEATTLE, Sept. 9, 2025 - Orvane Aero said Pellwick Air placed an order for 20 aircraft.',
      '[Hangar Talk podcast, recorded June 2019 - transcript]\nHOST: So Pellwick took a dozen jets from Orvane.',
    ];
    expect(findings(texts)).toEqual(['agreement a~c']);
  });
});

describe('exclusive grants keep their partner', () => {
  const kasterSole = [
    "Marnhold Chemicals will take the whole production of Tressa Salt's evaporation ponds, some 52,000 tonnes annually, over a decade.",
    'Marnhold Chemicals becomes sole offtaker of pond two, 52,000 tonnes annually, through a decade-long pact with Tressa Salt.',
    'Tressa sells all its pond two salt (52,000 tonnes annually) to Quenby Glass via a ten-year contract.',
  ];

  it('a lone report that names another sole partner conflicts with the others rather than joining them', () => {
    const report = findings(kasterSole);
    expect(report.filter((f) => f.startsWith('contradiction')).sort()).toEqual(['contradiction a~c', 'contradiction b~c']);
  });

  it('"take the output of" reads a purchase of output, exclusive when whole', () => {
    const [claim] = extractClaims("Marnhold Chemicals is to take the full production of Tressa Salt's second kiln line.");
    expect([claim?.actor?.canonical, claim?.action?.lemma, claim?.counterparty?.canonical, claim?.exclusive]).toEqual(['Marnhold Chemicals', 'take', 'Tressa Salt', true]);
  });

  it('"as sole phase 1 offtaker": a phase\'s label and number describe the role', () => {
    const claims = extractClaims('Marnhold Chemicals as sole Pond 2 offtaker (52ktpa, 10 yrs) de-risks the build.');
    expect(claims.filter((c) => c.exclusive).map((c) => c.counterparty?.canonical)).toEqual(['Marnhold Chemicals']);
  });
});

describe('running totals and tranches', () => {
  it.each([
    ['Kolvik Partners has now put CHF 310 million into Ardent Optics.', 'cumulative'],
    ["Kolvik's cumulative outlay on Ardent stands at CHF 260 million.", 'cumulative'],
    ['Ardent Optics drew CHF 95 million from Kolvik Partners, the initial tranche of a larger facility.', 'increment'],
    ['Ardent Optics lands its Kolvik money: CHF 55m in total, counting a third CHF 20m instalment.', 'cumulative'],
    ['Kolvik is in for CHF 140 million all-in on Ardent Optics.', 'cumulative'],
    ['Kolvik Partners ploughed CHF 140 million into Ardent Optics (guard).', 'whole'],
  ])('%s', (text, role) => {
    expect(roleOf(text)).toBe(role);
  });

  it('two running totals conflict; a first tranche meets neither', () => {
    const texts = [
      'Kolvik Partners wired another CHF 45m to Ardent Optics, lifting its overall commitment to CHF 260m.',
      'Kolvik Partners has now ploughed CHF 310 million into Ardent Optics following a fresh top-up.',
      'Ardent Optics drew CHF 95 million from Kolvik Partners, the initial tranche of a larger facility.',
    ];
    const report = findings(texts);
    expect(report).toContain('contradiction a~b');
    expect(report.filter((f) => f.includes('~c') && f.startsWith('contradiction'))).toEqual([]);
  });

  it('a step and the total it makes, told in one sentence, are two claims', () => {
    const claims = extractClaims('Kolvik Partners wired another CHF 45m to Ardent Optics, lifting its overall commitment to CHF 260m.');
    expect(claims.map((c) => [c.amount?.value, amountRole(c)])).toEqual([[260_000_000, 'cumulative'], [45_000_000, 'increment']]);
  });

  it('a step meets a step and a total a total', () => {
    const report = findings([
      'Kolvik Partners wired another CHF 45m to Ardent Optics, lifting its overall commitment to CHF 260m.',
      'Kolvik Partners lent Ardent Optics a further CHF 50 million, so its running total is CHF 260 million.',
    ]);
    expect(report).toContain('contradiction a~b');
  });

  it('the sum a numbered tranche is drawn under is the whole, not a step', () => {
    const text = 'Ardent Optics signed a CHF 30 million loan with Kolvik Bank, the second tranche under its CHF 90 million credit facility.';
    expect(extractClaims(text).map((c) => [c.amount?.value, amountRole(c)]).sort()).toEqual([[30_000_000, 'increment'], [90_000_000, 'whole']]);
  });

  it.each([
    ['Ardent drew the second tranche, CHF 40m.', 'second'],
    ['Ardent drew its 3rd instalment of CHF 40m.', 'third'],
    ['Kolvik added a further CHF 40m.', 'later'],
    ['Kolvik put CHF 40m into Ardent.', null],
  ])('step number: %s', (text, step) => {
    expect(stepNumber({ text })).toBe(step);
  });

  it('steps numbered apart, or a first beside a later one, are two payments', () => {
    expect([differentSteps('second', 'third'), differentSteps('first', 'later'), differentSteps('later', 'second'), differentSteps(null, 'first')]).toEqual([true, true, false, false]);
  });

  it('a first tranche is not set against a further one (guard)', () => {
    const report = findings([
      'Ardent Optics drew CHF 95 million from Kolvik Partners, the initial tranche of a larger facility.',
      'Kolvik Partners wired a further CHF 60m to Ardent Optics.',
    ]);
    expect(report.filter((f) => f.startsWith('contradiction'))).toEqual([]);
  });

  it('a stake in a named firm raised to a share states that share', () => {
    const [claim] = extractClaims('Kolvik Partners lifted its holding in Ardent Optics ASA to 17.8 percent.');
    expect(claim?.quantities.map((q) => `${q.value}${q.unit}`)).toEqual(['17.8%']);
  });
});

describe('a headline above a dateline line', () => {
  it('the dateline opens its own sentence, so its place is no party', () => {
    const text = 'Ardent Optics closes a third funding tranche with Kolvik Partners AG\nGeneva, 9 May 2023. The CHF 28 million instalment followed a product launch.';
    const names = extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names).not.toContain('Geneva');
    expect(names).toContain('Kolvik Partners');
  });
});

describe('names written short', () => {
  it('a cut word or the initials of the rest name the same firm, under its full name', () => {
    const report = analyze([
      { id: 'a', text: 'Tolvane Infrastructure Finance Limited disbursed Rs 410 crore to Ushant Solar.' },
      { id: 'b', text: 'Tolvane Infra Finance lent Ushant Solar Rs 410 crore.' },
      { id: 'c', text: 'Tolvane IFL disbursed INR 4.1bn to Ushant Solar on Monday.' },
    ]);
    const lenders = new Set(report.claims.map((c) => c.actor?.canonical));
    expect([...lenders]).toEqual(['Tolvane Infrastructure Finance']);
  });

  it('two names that share a first word and nothing else stay two firms (guard)', () => {
    const report = analyze([
      { id: 'a', text: 'Tolvane Biotech licensed a compound to Ushant Pharma for $40 million.' },
      { id: 'b', text: 'Tolvane Bank lent Ushant Pharma $40 million.' },
    ]);
    expect(new Set(report.claims.map((c) => c.actor?.canonical)).size).toBe(2);
  });

  it('a ministry named by two fields is one name', () => {
    const [claim] = extractClaims('The Ministry of Mines and Petroleum awarded Ushant Solar a 15-year power contract.');
    expect(claim?.actor?.canonical).toBe('Ministry of Mines and Petroleum');
  });

  it('a ministry beside a firm in a list stays apart from it (guard)', () => {
    const names = extractClaims('The Ministry of Mines and Ushant Solar struck a 15-year power pact.').flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names).toContain('Ushant Solar');
  });

  it('a city written as its council or as "City of" is one party', () => {
    const report = analyze([
      { id: 'a', text: 'Brellby City Council has chosen Ostrom Buses to deliver 36 hydrogen buses for EUR 21 million.' },
      { id: 'b', text: 'Ostrom Buses landed a EUR 21 million contract with the City of Brellby for 36 hydrogen buses.' },
    ]);
    expect(report.findings.map((f) => f.kind)).toContain('agreement');
    expect(report.findings.map((f) => f.kind)).not.toContain('contradiction');
  });
});

describe('a denial that names one side', () => {
  it('"there will be no takeover of X" denies the deal the corpus tells of X', () => {
    const report = findings([
      'Quorne Holdings has completed its purchase of Pellary Town FC for GBP 60m.',
      'Take it from me: there will be no takeover of Pellary Town FC, none at all.',
    ]);
    expect(report).toEqual(['contradiction a~b']);
  });
});

describe('currencies the money table does not list', () => {
  it.each([
    ['The utility will pay KES 7.4 billion a year.', 'KES', 7.4e9],
    ['a NGN 62 billion facility', 'NGN', 62e9],
    ['worth 3.1 billion Ghanaian cedis', 'GHS', 3.1e9],
    ['HUF 880 million upfront', 'HUF', 880e6],
  ])('%s', (text, currency, value) => {
    expect(extractQuantities(text).amounts.map((a) => [a.currency, a.value])).toEqual([[currency, value]]);
  });

  it('a code that is an English word or a ticker reads no money (guard)', () => {
    expect(extractQuantities('TOP 10 deals of the week').amounts).toEqual([]);
    expect(extractQuantities('AMD 40 million units shipped').amounts).toEqual([]);
  });
});

describe('a body a party acts through', () => {
  it('"the Government of X, acting through the Y Board" puts the board on the government\'s side', () => {
    const [claim] = extractClaims('Ushant Solar closed a 20-year offtake pact with the Government of Norland, acting through the Kelmar Power Board, for 90 MW.');
    expect(claim?.affiliations.map((a) => [a.member, a.parent, a.rule])).toContainEqual(['Kelmar Power Board', 'Government of Norland', 'acts-through']);
  });
});

describe('no firm deals with itself', () => {
  it('a description resolved to the firm the deal\'s other side names is dropped, and the corpus fills that side', () => {
    const report = analyze([
      { id: 'a', text: 'Velloran Capital has agreed to purchase 30% of Quaystone Ports for 540 million euros.' },
      { id: 'b', text: 'The Omani wealth fund will pay EUR 510 million for 25% of Quaystone Ports. Quaystone, which runs two terminals, keeps its listing.' },
    ]);
    const claim = report.claims.find((c) => c.sourceId === 'b' && c.amount?.value === 510_000_000 && c.action?.type !== 'state');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toEqual(['Velloran Capital', 'Quaystone Ports']);
  });
});

describe('a share a sum is paid for', () => {
  it('"will pay €510 million for 25% of X" buys a stake', () => {
    const [claim] = extractClaims('Velloran Capital will pay EUR 510 million for 25% of Quaystone Ports.');
    expect([claim?.action?.type, claim?.quantities.map((q) => `${q.value}${q.unit}`)]).toEqual(['invest', ['25%']]);
  });
});

describe('a level moved from one value to another', () => {
  it('a deal raised "from X to Y" stands at Y, amount and term alike', () => {
    const [claim] = extractClaims('Ostrom Freight widened its credit facility with Pellwick Bank from $300 million to $420 million and stretched it from 3 to 5 years.');
    expect([claim?.amount?.value, claim?.amount?.bound]).toEqual([420_000_000, 'exact']);
    const [lease] = extractClaims('Tarrow Logistics extended its warehouse lease with Kolvik Estates from 5 to 8 years.');
    expect(lease?.duration?.months).toBe(96);
  });

  it('a range with no verb that moves a level stays a range (guard)', () => {
    const [claim] = extractClaims('Ostrom Freight will borrow from $300 million to $420 million from Pellwick Bank.');
    expect(claim?.amount?.bound).toBe('range');
  });

  it('money added to a credit line is a step of it', () => {
    const [claim] = extractClaims('Ostrom Freight has added $120 million to its credit facility with Pellwick Bank.');
    expect(claim ? amountRole(claim) : null).toBe('increment');
  });

  it('a date alone in brackets opening a text dates it', () => {
    expect(datelineTime('(Oct 2020) Ostrom Freight signed a credit line with Pellwick Bank.')?.time.value.year).toBe(2020);
  });
});

describe('a pair written with a hyphen before a deal acronym', () => {
  it('"the X-Y PPA" names both sides', () => {
    const [claim] = extractClaims('Grid notes: the Tolvane-Ushant PPA has grown to 90 MW.');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual(['Tolvane', 'Ushant']);
  });
});

describe('money paid out', () => {
  it('"disbursed ... to" is a loan paid out by its lender', () => {
    const [claim] = extractClaims('Tolvane Bank disbursed $40 million to Ushant Solar.');
    expect([claim?.actor?.canonical, claim?.action?.lemma, claim?.counterparty?.canonical, claim?.action?.type]).toEqual(['Tolvane Bank', 'disburse', 'Ushant Solar', 'invest']);
  });
});
