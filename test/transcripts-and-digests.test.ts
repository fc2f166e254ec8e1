import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { splitSentences } from '../src/text/sentences.js';
import { datelineTime } from '../src/extract/time-places.js';

const sides = (text: string) => extractClaims(text).map((c) => `${c.actor?.canonical ?? '-'} > ${c.counterparty?.canonical ?? '-'}`);
const names = (...texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text }))).entities.map((e) => e.canonical);
const durations = (text: string) => extractQuantities(text).durations.filter((d) => !d.incidental).map((d) => d.months);
const reasons = (text: string) => {
  const q = extractQuantities(text);
  return [...q.amounts, ...q.durations, ...q.quantities].map((v) => `${v.text}:${v.incidental ?? ''}`);
};

describe('speaker labels of a transcript name no party', () => {
  it.each([
    ['a description in parentheses', 'OSKAR BELL (host, Freight Talk): Tobhurst Logistics signed with Pellory for three years.'],
    ['a role and a description', 'GUEST (former Pellory procurement lead): Tobhurst Logistics signed with Pellory for three years.'],
    ['a bracketed show name first', '[Dockside Hour, episode 40] MAYA FENN: Tobhurst Logistics signed with Pellory for three years.'],
    ['a long label with a title', 'HOST: So? TOBHURST LOGISTICS CHIEF EXECUTIVE ROSA LIND: We signed with Pellory for three years.'],
  ])('%s', (_shape, text) => {
    const parties = names(text).join(' | ');
    expect(parties).not.toMatch(/Oskar|Maya|Rosa|Freight Talk|Dockside/i);
    expect(parties).toMatch(/Pellory/);
  });

  it('an English word opening a turn after a described label is no name', () => {
    expect(names('GUEST (former Pellory analyst): People forget how small the first Tobhurst deal with Pellory was.')).not.toContain('People');
  });

  it('a shouted label before its colon keeps its capitals while the headline after it is read', () => {
    expect(sides('BREAKING: ORMSBY AGREES TO BUY TELLWOOD FOR $2 BLN').join(' ')).toMatch(/^Ormsby > Tellwood/i);
  });
});

describe("a newsletter section's label names no party", () => {
  it.each([
    'SHIPPING DESK AUDIO BRIEF - Tobhurst Logistics will charter two tankers from Pellory for $40 million.',
    'RAIL & TRACK BRIEFING - Tobhurst Logistics will charter two tankers from Pellory for $40 million.',
  ])('%s', (text) => {
    expect(names(text).join(' | ')).not.toMatch(/Audio|Briefing|Desk|Track/i);
  });
});

describe('a speaker who takes a figure back', () => {
  it('"for four years - no wait, it was five years" keeps the five', () => {
    expect(durations('Tobhurst signed with Pellory. A billion a year for four years - no wait, it was five years.')).toEqual([60]);
  });
});

describe('"the next decade and a half"', () => {
  it('is 180 months', () => {
    expect(durations('We are thrilled to carry the Pellory name for the next decade and a half.')).toEqual([180]);
  });
});

describe("a firm's parent named through the firm", () => {
  it('"Shares of Tellwood\'s parent slipped" is said of Tellwood', () => {
    const said = extractClaims("Shares of Tellwood's parent slipped about two percent in early trading.").map((c) => c.actor?.canonical);
    expect(said).toContain('Tellwood');
    expect(said.join(' ')).not.toMatch(/parent/);
  });
});

describe('a correction quotes what it takes back', () => {
  it('the figure an earlier item wrongly gave is incidental and the corrected one is the claim\'s', () => {
    const text = "Correction: Friday's digest said Ormsby's rugby deal with Tellwood was worth £300m. It is in fact worth £280m over four seasons.";
    expect(reasons(text)).toContain('£300m:retracted');
    const claim = extractClaims(text)[0]!;
    expect(claim.amount?.value).toBe(280_000_000);
    expect(claim.negated).toBeFalsy();
  });

  it.each([
    "Correction: Monday's newsletter said Tellwood had won the Ormsby catering contract. It did not.",
    'Correction: an earlier version of this story incorrectly said Tellwood would supply Ormsby.',
  ])('a deal an earlier item wrongly reported, with no figure, is taken back: %s', (text) => {
    const claims = extractClaims(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.negated)).toBe(true);
  });
});

describe('an older deal dated by the participle after its other side', () => {
  it('"first order with X, placed in 2019" dates the older order', () => {
    const claim = extractClaims("Ormsby's first order with Tellwood, placed in 2019, was for 12 freighters valued at $910m.")[0]!;
    expect(claim.time?.year).toBe(2019);
  });
});

describe("a digest's items on one line", () => {
  it.each([' | ', ' \u00b7 ', ' \u2022 '])('are set apart by "%s"', (mark) => {
    const text = `Deals: Ormsby buys Tellwood for $40m${mark}Quarrel Bank lends $9m to Pinefold${mark}Larch Air cuts 60 jobs`;
    expect(splitSentences(text)).toHaveLength(3);
    expect(sides(text)).not.toContain('Ormsby > Pinefold');
  });

  it('a bar inside a word or without spaces is no item mark', () => {
    expect(splitSentences('Ormsby|Tellwood signed a deal worth $40m.')).toHaveLength(1);
  });
});

describe('an archive clip dated in brackets', () => {
  it('"[Archive audio, March 2021]" dates the clip\'s deal', () => {
    const claims = extractClaims('[Archive audio, March 2021] ANCHOR: Ormsby Studios has signed a licensing agreement with Tellwood worth $90 million.');
    expect(claims[0]?.time?.year).toBe(2021);
  });
});

describe("how long a relationship has run is no term", () => {
  it.each([
    ['We have built for Eastvale for three decades.', 'three decades:tenure'],
    ['Tobhurst has supplied Pellory for more than 20 years.', 'more than 20 years:tenure'],
  ])('%s', (text, reason) => {
    expect(reasons(text)).toContain(reason);
  });

  it.each([
    ['Tobhurst has signed to supply Pellory for ten years.', 'ten years:'],
    ['The league has sold its media rights for four years from 2027 to Pellory.', 'four years:'],
  ])('the perfect of making a deal keeps its term: %s', (text, kept) => {
    expect(reasons(text)).toContain(kept);
  });
});

describe('a yearly flow in one symbol', () => {
  it('"1.5 mtpa" is 1.5 million tonnes a year', () => {
    const [flow] = extractQuantities('Tobhurst will take 1.5 mtpa from the Pellory project.').quantities;
    expect(flow).toMatchObject({ value: 1_500_000, unit: 'tonne', per: 'year' });
  });
});

describe("a firm's size after a deal or its forecast is its own", () => {
  it.each([
    ["The purchase will take Tobhurst's installed capacity to 48.5 million tonnes per annum.", '48.5 million tonnes:own-holdings'],
    ['The contract underpins a third of our FY27 volume forecast of 4.6 Mt.', '4.6 Mt:own-holdings'],
  ])('%s', (text, reason) => {
    expect(reasons(text)).toContain(reason);
  });
});

describe('a statement whose subject is a common noun names no party', () => {
  it('two unrelated releases that each give a "total potential deal value" do not meet', () => {
    const report = analyze([
      { id: 'a', text: 'Ormsby Bio licensed its lead program to Tellwood. Under the terms, Tellwood is eligible for milestone payments, for a total potential deal value of up to $1.16 billion.' },
      { id: 'b', text: 'Quarrel Pharma licensed a kidney drug to Pinefold. Under the terms, Pinefold is eligible for milestone payments, for a total potential deal value of up to $1.16 billion.' },
    ]);
    expect(report.entities.map((e) => e.canonical).join(' | ')).not.toMatch(/deal value|total potential/i);
    expect(report.findings).toHaveLength(0);
  });

  it('its figure still belongs to the statement, not to the firm before it', () => {
    const claims = extractClaims("Pinefold's quarter: revenue up 44% to $1.1 billion, and guidance nudged higher.");
    expect(claims.some((c) => c.actor?.canonical === 'Pinefold' && c.amount?.value === 1_100_000_000)).toBe(false);
  });
});

describe("a release's dateline with its wire service's tag", () => {
  it('"PITTSBURGH, July 15, 2025 /PRNewswire/ --" gives the day of writing', () => {
    expect(datelineTime('PITTSBURGH, July 15, 2025 /PRNewswire/ -- Ormsby Steel today announced a supply agreement with Tellwood.')?.date.toISOString().slice(0, 10)).toBe('2025-07-15');
  });
});

describe('undated rewrites of a dated release', () => {
  const release = 'PITTSBURGH, July 15, 2025 /PRNewswire/ -- Ormsby Steel today announced a four-year agreement to supply plate to Tellwood Marine. The agreement is valued at approximately $120 million.';
  const kinds = (...texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text }))).findings.map((f) => f.kind);

  it('meet the release when they retell its figures', () => {
    expect(kinds(release, 'Tellwood Marine will pay Ormsby Steel about $30 million a year under a four-year plate contract.')).toContain('agreement');
  });

  it('stay apart when a figure differs, since they may recall another deal', () => {
    expect(kinds(release, 'Tellwood Marine will pay Ormsby Steel about $50 million a year under a four-year plate contract.')).toEqual([]);
  });
});

describe('a firm the winner beat to the deal is no side of it', () => {
  it.each([
    ['Bitmont has won the Kelsall resignalling job, beating Arnvale, in an award worth £140m.', 'Arnvale'],
    ['Tobhurst won the rights, outbidding Siskin Media and Grebe TV, for $2bn.', 'Siskin|Grebe'],
    ['Pellory awarded its hosting contract to Tobhurst Systems, edging out incumbent Nimbus Cloud.', 'Nimbus'],
  ])('%s', (text, rival) => {
    expect(sides(text).join(' | ')).not.toMatch(new RegExp(rival));
  });
});

describe("a licence's whole value told after its upfront payment", () => {
  it('is a claim of its own with the same sides', () => {
    const claims = extractClaims('Ormsby Bio agreed to pay Tellwood Therapeutics $95 million upfront for the rights. Including milestones, the deal is valued at up to $1.3 billion.');
    expect(claims.map((c) => [c.actor?.canonical, c.counterparty?.canonical, c.amount?.value])).toEqual([
      ['Ormsby Bio', 'Tellwood Therapeutics', 95_000_000],
      ['Ormsby Bio', 'Tellwood Therapeutics', 1_300_000_000],
    ]);
  });

  it('contradicts another source\'s whole value, not its upfront payment', () => {
    const report = analyze([
      { id: 'a', text: 'Ormsby Bio agreed to pay Tellwood Therapeutics $95 million upfront for the rights. Including milestones, the deal is valued at up to $1.3 billion.' },
      { id: 'b', text: "Tellwood Therapeutics' licensing of the antibody to Ormsby Bio is worth up to $1.1 billion including milestones." },
    ]);
    expect(report.findings.map((f) => f.kind)).toContain('contradiction');
  });
});

describe("a firm's cash is its own", () => {
  it.each([
    ['Tellwood, which had EUR 96 million in cash at the end of September, keeps the U.S. rights.', 'EUR 96 million:cash-position'],
    ['The drugmaker, which ended March with $710 million in cash, will also owe royalties.', '$710 million:cash-position'],
    ['Ormsby will pay $35 million in cash for the rights.', '$35 million:'],
  ])('%s', (text, reason) => {
    expect(reasons(text)).toContain(reason);
  });
});

describe('a shouted headline', () => {
  it('"FIRMS UP" is a phrasal verb, not the name\'s next word', () => {
    expect(names('TOBHURST FIRMS UP 16 PELLORY FREIGHTERS, TAKES OPTIONS ON 4 MORE').join(' | ')).not.toMatch(/Firms/i);
  });

  it('a British spelling is an ordinary word, not part of a name', () => {
    expect(names('TOBHURST WINS 5-YR PELLORY FULFILMENT DEAL; SHARES +3%')).not.toContain('Pellory Fulfilment');
  });

  it('counts its freighters in lowercase', () => {
    const [count] = extractQuantities('TOBHURST FIRMS UP 16 PELLORY FREIGHTERS').quantities;
    expect(count?.unit).toBe('freighter');
  });
});

describe("an officer's label in parentheses", () => {
  const text = 'NORA FELL (chief operating officer, Pellory Electric, speaking on Grid Hour Live): Let me be clear. We have not signed a PPA with Tobhurst.';

  it('holds no verb: "FELL" is no move', () => {
    expect(extractClaims(text).map((c) => c.action?.rule ?? '').join(' ')).not.toMatch(/statement/);
  });

  it('names the firm whose "we" the speaker\'s is', () => {
    expect(extractClaims(text).map((c) => `${c.actor?.canonical} > ${c.counterparty?.canonical} ${c.negated ? 'denied' : ''}`)).toContain('Pellory Electric > Tobhurst denied');
  });
});

describe("an editor's bracketed note opening a text", () => {
  it('names no party: "[Term Sheet Tuesdays]"', () => {
    expect(names('[Term Sheet Tuesdays] ALEX CORMAC: Ormsby Robotics closed a sixty-million-dollar Series B led by Tellwood Ventures.').join(' | ')).not.toMatch(/Term Sheet|Tuesdays/);
  });
});

describe('a sum said without a currency', () => {
  it.each([
    ['Eight hundred fifty million, all cash.', 850_000_000],
    ['Sixty million upfront, the rest in milestones.', 60_000_000],
  ])('is money when "cash" or "upfront" follows it: %s', (text, value) => {
    expect(extractQuantities(text).amounts.map((a) => a.value)).toEqual([value]);
  });

  it('a count stays a count: "1.5 million tonnes, all cash"', () => {
    expect(extractQuantities('They take 1.5 million tonnes, all cash.').amounts).toEqual([]);
  });
});
