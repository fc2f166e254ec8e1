import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { roleOfAmount } from '../src/normalize/values.js';

/** The reason each amount of a text is incidental, or '' when it is a deal figure. */
const amountReasons = (text: string) => extractQuantities(text).amounts.map((a) => `${a.text}:${a.incidental ?? ''}`);
const durationReasons = (text: string) => extractQuantities(text).durations.map((d) => `${d.text}:${d.incidental ?? ''}`);

describe('figures beside a deal that are no term of it', () => {
  it.each([
    ['Tamsford booked the order, sending its shares up 7% to $12.80.', '$12.80:share-price'],
    ['The REIT\'s shares rose 2.1% to $27.40 on the news.', '$27.40:share-price'],
    ['Orvik stock closed at $41.10 after the deal was announced.', '$41.10:share-price'],
    // (A placement's price per share, with no move of the stock, stays.)
    ['Brenmoor will subscribe for new shares at $2.10 apiece.', '$2.10 apiece:'],
  ])('share price: %s', (text, expected) => {
    expect(amountReasons(text)).toContain(expected);
  });

  it.each([
    ['The purchase will be funded with cash and a \u20ac500 million bond.', '\u20ac500 million:financing'],
    ['The trust will use the net proceeds to repay its $200 million term loan due 2026.', '$200 million:financing'],
    ['Kessen will fund the prepayment from a 400 billion won bond sale completed in July.', '400 billion won:financing'],
    // (A loan whose lender is named is a deal of its own.)
    ['Tidemark repaid a $250 million bridge loan from Osterby Kapital in the quarter.', '$250 million:'],
    ['The purchase will be financed by a $900 million credit facility from lenders led by Banco Ruiva.', '$900 million:'],
    // (Without a word of paying for something, a bond is what the text is about.)
    ['Harlow Bank lent Cushock a $300 million loan.', '$300 million:'],
  ])('financing: %s', (text, expected) => {
    expect(amountReasons(text)).toContain(expected);
  });

  it.each([
    ['Marsh-Ebbe cut the price to $160 million, down from the $185 million agreed in March.', ['$160 million:', '$185 million:previous-value']],
    ['The stake, negotiated down from an initial asking price of \u20ac520 million, will cost \u20ac450 million.', ['\u20ac520 million:previous-value', '\u20ac450 million:']],
  ])('previous value: %s', (text, expected) => {
    expect(amountReasons(text)).toEqual(expected);
  });

  it.each([
    ['The board could not otherwise fund $95 million of overdue repairs.', '$95 million:costs'],
    ['The developer faces about $70 million of cost overruns at the mine.', 'about $70 million:costs'],
    ['The regional-jet programme lost \u20ac18 million last year.', '\u20ac18 million:results'],
    ['Tesketh, which manages about $9 billion of annuity reserves, employs 640 people.', 'about $9 billion:company-size'],
    ['The truck maker, which burned $210 million of cash last quarter, gave no price.', '$210 million:costs'],
  ])('costs and losses: %s', (text, expected) => {
    expect(amountReasons(text)).toContain(expected);
  });

  it.each([
    ['Under the agreement, negotiated over five months by the league, Galloway will pay $150 million a year.', 'five months:negotiation'],
    ['After eight months of talks, the two signed a ten-year deal.', 'eight months:negotiation'],
    ['The hospital had lost money for three straight years.', 'three straight years:streak'],
    ['Revenue has fallen for four years running.', 'four years:streak'],
    ['BIG reported $2.6 billion of premiums in the last quarter.', 'the last quarter:past-period'],
    ['Group revenue rose 4.1% to GBP 1.38 billion in the six months.', 'six months:reporting-period'],
    ['Tessary will pay $5 million a year for the next five years.', 'five years:'],
    // (The term itself stays.)
    ['After eight months of talks, the two signed a ten-year deal.', 'ten-year:'],
  ])('spans that are no term: %s', (text, expected) => {
    expect(durationReasons(text)).toContain(expected);
  });

  it('a firm\'s own pipeline or portfolio is its size, while a portfolio a deal sells is the deal\'s', () => {
    expect(extractQuantities("Veldana's Japanese pipeline is now 2.1GW.").quantities[0]?.incidental).toBe('own-holdings');
    expect(extractQuantities('The carve-out would lift its portfolio to more than 9,000 sites.').quantities[0]?.incidental).toBe('own-holdings');
    expect(extractQuantities('Ashine agreed to sell a portfolio of 14 warehouses to Norvel.').quantities[0]?.incidental).toBeUndefined();
    // ("owns 40% of Kestra" is a stake, which a deal may be about.)
    expect(extractQuantities('Merivale now owns 40% of Kestra.').quantities[0]?.incidental).toBeUndefined();
  });
});

describe('claims keep the deal figure when a side figure stands beside it', () => {
  it.each([
    'Corvale Motors booked an order for 350 trucks from Bramfield. Its shares rose 7% to $12.80.',
    'Corvale Motors booked an order for 350 trucks from Bramfield, sending its shares up 7% to $12.80.',
    'Corvale Motors booked an order for 350 trucks from Bramfield; the stock closed at $12.80.',
  ])('no share price becomes the order\'s amount: %s', (text) => {
    const claims = extractClaims(text).filter((c) => c.action && c.action.type !== 'state');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.amount).toBeNull();
  });

  it('"Its shares jumped" names no party, so two firms\' share moves are never one statement', () => {
    const report = analyze([
      { id: 'a', text: 'Hoshiwara Robotics won an order from Kisaki Heavy for 24 robots worth \u00a54.8 billion. Its shares jumped 5.6%.' },
      { id: 'b', text: 'Tessary Freight signed a deal with Ombrel worth $90 million a year. Its shares rose 2.1% in Amsterdam.' },
    ]);
    expect(report.findings).toEqual([]);
  });

  it('"shares ended down 2.3%" is a move of the firm\'s stock, not a claim about its deal', () => {
    const claims = extractClaims('Kanebo Robotics shares ended down 2.3% at \u00a53,150 on Monday.');
    expect(claims.map((c) => c.action?.type ?? null)).toEqual(['state']);
  });
});

describe('steps of a deal', () => {
  const role = (sentence: string, figure: string) => {
    const start = sentence.indexOf(figure);
    return roleOfAmount(sentence, 0, { span: { start, end: start + figure.length } });
  };
  it.each([
    ['Tallow Towers will pay \u20ac95 million for a further 350 rooftop sites.', '\u20ac95 million', 'increment'],
    ['Ondra firmed up orders for eight more V-900 jets worth roughly $2.4 billion.', '$2.4 billion', 'increment'],
    ['The developer agreed a $90m follow-on stream with Pellow.', '$90m', 'increment'],
    ['Tallow Towers will pay \u20ac780 million for 2,400 towers.', '\u20ac780 million', 'whole'],
    ['Merrow Rail ordered thirty-five more carriages worth \u00a3410 million.', '\u00a3410 million', 'increment'],
    ['Merrow Rail will pay \u00a3410 million for 120 more carriages.', '\u00a3410 million', 'increment'],
    ['Merrow Rail will pay \u00a3410 million for many more carriages than planned.', '\u00a3410 million', 'whole'],
    ['Merrow Rail ordered many more carriages worth \u00a3410 million.', '\u00a3410 million', 'whole'],
    // ("a new" tranche is a step; "the new" deal is the deal itself.)
    ['Merrow Rail agreed a new \u00a3410 million tranche with Osgard.', '\u00a3410 million', 'increment'],
    ['Velcor will build 75 trains for Allix under the new \u20ac1.5bn deal.', '\u20ac1.5bn', 'whole'],
    // (A count added to a deal is a step; one added to a fleet by a takeover is what the target brings.)
    ['Koshmoor is adding three LNG carriers to its newbuilding programme at Tunix.', 'three LNG carriers', 'increment'],
    ['Acai agreed to buy Jequitiba, adding about 1,900 trucks to its fleet.', 'about 1,900 trucks', 'whole'],
    ['The Calypso lease adds roughly $25m a year of revenue.', '$25m', 'whole'],
  ])('%s', (sentence, figure, expected) => {
    expect(role(sentence, figure)).toBe(expected);
  });

  it('a later, larger step does not contradict the first deal', () => {
    const report = analyze([
      { id: 'a', text: 'Tallow Towers bought 2,400 towers from Corvana Mobile for \u20ac780 million.' },
      { id: 'b', text: 'Tallow Towers will pay Corvana Mobile \u20ac95 million for a further 350 rooftop sites.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });

  it('"its total outlay ... to" is a running total, not the price of a step', () => {
    const report = analyze([
      { id: 'a', text: 'Brenlock Resources is paying A$210 million for a 19.9% stake in Ilvari Lithium.' },
      { id: 'b', text: 'Brenlock Resources is spending another A$95 million on Ilvari Lithium shares, lifting its holding to 30 per cent and its total outlay on the developer to A$305 million.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });
});

describe('rates past a product code', () => {
  it('"90,000 tonnes of SC6 concentrate per year" is a yearly rate: digits glued to a word are part of one word', () => {
    expect(extractQuantities('Kessel will purchase 90,000 tonnes of SC6 concentrate per year.').quantities.map((q) => q.per)).toEqual(['year']);
    expect(extractQuantities('Kessel will purchase 90,000 tonnes of concentrate in 2026 per the filing.').quantities.map((q) => q.per ?? null)).toEqual([null]);
  });
});

describe('a preposition before adjectives still governs the name', () => {
  it('"buy the output of a planned wind farm in northern Spain" takes no place as the other side', () => {
    const claim = extractClaims('Merrow Foods has agreed to buy the output of 180 megawatts of a planned wind farm in northern Spain for 15 years.')[0];
    expect(claim?.counterparty?.canonical ?? null).not.toBe('Spain');
  });
});

describe('a people\'s adjective alone names no one', () => {
  it.each([
    ['Vubello is going Dutch. The French insurer\'s purchase of Kestel values the broker at 1.2 billion euros.', 'Vubello'],
    ['Korean Air ordered 20 jets from Tarrow Aero.', 'Korean Air'],
  ])('%s', (text, actor) => {
    const claims = extractClaims(text).filter((c) => c.action?.rule !== 'headline');
    expect(claims.map((c) => c.actor?.canonical)).toContain(actor);
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Dutch');
  });
});

describe('a parent named in the appositive of a side is its family', () => {
  it('"Voskrin Traction, a unit of Hidan Werke, said the order ..." takes no parent as the other side', () => {
    const claims = extractClaims('Voskrin Traction GmbH, a unit of the engineering conglomerate Hidan Werke, said the order was for 32 locomotives.');
    expect(claims.map((c) => c.counterparty?.canonical ?? null)).not.toContain('Hidan Werke');
    // (A name in the clause past the appositive is still the other side.)
    expect(extractClaims('Tashric Freight now has 40 Hostsund cranes on order, worth $640 million.')[0]?.counterparty?.canonical).toBe('Hostsund');
  });
});

describe('a role in a deal stands for the side that plays it', () => {
  it.each([
    ["Vubello Assurances' takeover of the Utrecht broker is cheaper than reported. The buyer agreed to pay about \u20ac950 million for Kestel Verzekeringen.", 'Vubello Assurances'],
    ['Cabholm Mobile agreed to sell 2,400 towers to Tarkand Towers. The seller will pay \u20ac20 million to Orvane Partners.', 'Cabholm Mobile'],
    ['Harlow Bank lent Tessen Foods $300 million. The borrower will pay Orvane Partners $5 million in fees.', 'Tessen Foods'],
  ])('%s', (text, actor) => {
    expect(extractClaims(text).map((c) => c.actor?.canonical)).toContain(actor);
  });
  it('with no deal told before, a role noun stands for no one', () => {
    expect(extractClaims('The buyer agreed to pay about \u20ac950 million for Kestel Verzekeringen.')[0]?.actor ?? null).toBeNull();
  });
});

describe('a step beside the whole of another deal of the pair', () => {
  it('does not contradict it: the option for a further 12 drones is a later deal than the 48', () => {
    const report = analyze([
      { id: 'a', text: 'Tannbrook Aerosystems has won a EUR 620 million contract from the Estmark agency for 48 drones.' },
      { id: 'b', text: 'The Estmark agency has exercised the option on its Tannbrook Aerosystems contract for a further 12 drones, worth EUR 150 million.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });
  it('two steps told with different counts still contradict', () => {
    const report = analyze([
      { id: 'a', text: 'Koshmoor Shipping has exercised options for a further two LNG carriers at Tunix Heavy Industries.' },
      { id: 'b', text: 'Koshmoor Shipping is adding three LNG carriers to its newbuilding programme at Tunix Heavy Industries.' },
    ]);
    expect(report.findings.map((f) => f.kind)).toContain('contradiction');
  });
  it('a step denied still contradicts the deal it denies', () => {
    const report = analyze([
      { id: 'a', text: 'Tannbrook Aerosystems has won a EUR 620 million contract from the Estmark agency for 48 drones.' },
      { id: 'b', text: 'The Estmark agency did not order a further 12 drones from Tannbrook Aerosystems for EUR 150 million.' },
    ]);
    expect(report.findings.map((f) => f.kind)).toContain('contradiction');
  });
});
