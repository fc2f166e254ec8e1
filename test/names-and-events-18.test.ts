import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';

const report = (...texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
const parties = (text: string) => extractClaims(text).filter((c) => c.action).map((c) => `${c.actor?.canonical ?? '-'} > ${c.counterparty?.canonical ?? '-'}`);
/** The source pairs a report finds, as "s1~s2:kind". */
const findings = (r: ReturnType<typeof analyze>) => {
  const source = new Map(r.claims.map((c) => [c.id, c.sourceId]));
  return [...new Set(r.findings.map((f) => `${f.claims.map((id) => source.get(id)).sort().join('~')}:${f.kind}`))].sort();
};
const names = (r: ReturnType<typeof analyze>) => r.claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]).filter((n): n is string => n !== undefined);

describe('a capitalized word set off by a comma', () => {
  it.each([
    ['Ardley Volleyball League signed a five-year, $180 million agreement with Ondmoor Sports Network, the broadcaster said.', 'Ondmoor Sports Network'],
    ['Pellan Foods agreed a $3 million supply deal with Devton Grain Cooperative, the Iowa-based group said.', 'Devton Grain Cooperative'],
  ])('ends a name it closes: %s', (text, name) => {
    expect(extractClaims(text).map((c) => c.counterparty?.canonical)).toContain(name);
  });

  it.each([
    ['GUEST: Right, Quarlen led the round with $40 million.', 'Right'],
    ['Sarvatra (Add, TP Rs 1,450): the Bunnrin win should bring in roughly $50m of revenue per quarter over seven years.', 'Add'],
  ])('names no one where it opens the sentence or a parenthesis: %s', (text, word) => {
    expect(names(report(text))).not.toContain(word);
  });
});

describe('a unit described before "of" and a description of its parent', () => {
  it('"X, the Geneva-based trading arm of refiner Y" puts X in Y\'s family, so both reports meet', () => {
    const r = report(
      'Kumris Tankers has fixed three tankers on three-year charters to Seshex Trading, the Geneva-based trading arm of refiner Seshex Energy.',
      'Kumris chartered out three tankers to a Swiss-based unit of Seshex Energy for three years.',
    );
    expect(findings(r)).toEqual(['s1~s2:agreement']);
    const trading = r.entities.find((e) => e.canonical === 'Seshex Trading');
    expect(trading?.family).toBe(r.entities.find((e) => e.canonical === 'Seshex Energy')?.family);
  });

  it('a gerund that is no modifier of the part noun makes no unit ("the company acquiring a unit of Grosvale")', () => {
    const r = report('Pellam Foods, the company acquiring a unit of Grosvale, said it would pay $3 million.');
    expect(r.entities.find((e) => e.canonical === 'Pellam Foods')?.family).toBe('Pellam Foods');
  });
});

describe('a verb-like word inside a name written in sentence case', () => {
  it('"of Indonesia\'s Lolland Pay for ¥18 billion" names Lolland Pay, not Indonesia', () => {
    expect(parties("Histash will take 15% of Indonesia's Lolland Pay for ¥18 billion.")).toEqual(['Histash > Lolland Pay']);
  });

  it('a headline still capitalizes its verbs: "Tarrant to Pay $5 Billion to Orvane"', () => {
    expect(parties('Tarrant Sachs Pays $5 Billion to Orvane')).toEqual(['Tarrant Sachs > Orvane']);
  });
});

describe('a legal suffix ends a name', () => {
  it('"Gelvik Metals Trading AG of Zug" is Gelvik Metals Trading, from Zug', () => {
    expect(parties('Concombe Ridge Copper will sell its concentrate to Gelvik Metals Trading AG of Zug, Switzerland, for $75 million a year.'))
      .toEqual(['Concombe Ridge Copper > Gelvik Metals Trading']);
  });

  it('"Bank of Kessington" keeps its "of"', () => {
    expect(parties('Orvane borrowed $5m from Bank of Kessington.')).toEqual(['Orvane > Bank of Kessington']);
  });
});

describe("an officer's title in capitals", () => {
  const release = 'Punnby Bio and Haldisson Therapeutics today announced a license agreement. "It is a fine asset," said Lena Werlholt, Chief Executive Officer of Punnby. '
    + '"Partnering with Punnby gives our drug a global reach," said Sindre Arrira, Chief Executive Officer of Haldisson.';

  it('names no party, and the quote that tells the deal is of the two firms', () => {
    const r = report(release);
    expect(names(r).filter((n) => /Executive|Officer/.test(n))).toEqual([]);
    expect(r.entities.map((e) => e.canonical)).not.toContain('Executive Officer');
  });

  it('makes the person before it an officer of the firm after it, never the firm an officer of the person', () => {
    const r = report(release, "Punnby Bio is betting on Haldisson's lead program, licensing global rights in a deal worth as much as $1.16 billion. Punnby will also owe royalties.");
    expect(names(r).filter((n) => /Arrira|Werlholt/.test(n))).toEqual([]);
    expect(r.entities.filter((e) => /Haldisson/.test(e.canonical)).map((e) => e.family)).not.toContain('Sindre Arrira');
  });
});

describe('figures of a firm, not of the deal', () => {
  it.each([
    ['Marisco, which handles about 1.6 million tonnes of grain annually, did not give a price.', '1.6 million tonnes'],
    ['Veldgrain processes more than 900,000 tonnes of wheat a year at its two mills.', '900,000 tonnes'],
  ])('throughput a firm handles: %s', (text, figure) => {
    const q = extractQuantities(text).quantities.find((x) => x.text.includes(figure.split(' ')[0]!));
    expect(q?.incidental).toBe('own-holdings');
  });

  it('a deal that will handle a volume keeps it', () => {
    const claims = extractClaims('Marisco will handle 300,000 tonnes a year for Vomen Milling.');
    expect(claims.flatMap((c) => c.quantities.map((q) => q.value))).toContain(300000);
  });

  it.each([
    ['this award reflects the investments we have made in heat-treatment capacity over the past three years', 'past-period'],
    ['Delvane has been a demanding customer of ours for more than a decade', 'tenure'],
  ])('a span just gone or a relationship\'s length: %s', (text, reason) => {
    expect(extractQuantities(text).durations.map((d) => d.incidental)).toEqual([reason]);
  });

  it('a duration that is the deal\'s term stays', () => {
    expect(extractQuantities('Delvane has signed a contract with Quarrington for more than a decade').durations.map((d) => d.incidental ?? null)).toEqual([null]);
  });
});

describe('a digest label with its date in parentheses dates the text', () => {
  it('"Biotech deal roundup (Sept. 2021):" is the text\'s date', () => {
    const [claim] = extractClaims('Biotech deal roundup (Sept. 2021): Haldisson Therapeutics has signed an $18M research deal with Punnby Bio.');
    expect(claim?.time).toMatchObject({ year: 2021, month: 9, rule: 'month@dateline-of-text' });
  });

  it('so a deal it reports is not the one a release of 2025 tells', () => {
    const r = report(
      'CAMBRIDGE, Mass., June 9, 2025 /PRNewswire/ -- Punnby Bio and Haldisson Therapeutics today announced a license agreement worth up to $1.16 billion.',
      'Biotech deal roundup (Sept. 2021): Haldisson Therapeutics has signed an $18M, three-year research deal with Punnby Bio.',
    );
    expect(findings(r)).toEqual([]);
  });
});

describe('events apart in time', () => {
  it('a claim naming one side takes its own text\'s date when the pair\'s texts are years apart', () => {
    const r = report(
      'AUSTIN, Texas, July 22, 2025 - Rethworth Solar today announced a 15-year power purchase agreement under which Comix Data Centres will buy the output of 400 MW.',
      'Comix Data Centres signs 10-year solar deal with Rethworth. November 8, 2022 - Comix Data Centres has agreed to buy the output of Rethworth Solar\'s 120-megawatt project under a 10-year power purchase agreement. Comix said the deal would cover about a fifth of its Texas electricity use.',
    );
    expect(findings(r)).toEqual([]);
  });

  it("a stated unit's own agreement is not its parent's investment", () => {
    const r = report(
      'Histash Financial Group will invest 18 billion yen for a 15% stake in Lolland Pay.',
      'Histash Financial Group will pay ¥18 billion for 15% of Lolland Pay.',
      'Histash Card, the card-issuing arm of Histash Financial Group, has signed a three-year agreement with Lolland Pay.',
    );
    expect(findings(r)).toEqual(['s1~s2:agreement']);
  });
});

describe('a verb that describes a noun is no statement and denies nothing', () => {
  it('"the 26% of Kalindra it does not already own" neither states a holding nor denies the purchase', () => {
    const claims = extractClaims('Varunesh will spend ₹42 billion on the 26% of Kalindra it does not already own.');
    expect(claims.map((c) => `${c.actor?.canonical} ${c.action?.lemma} ${c.counterparty?.canonical} ${c.negated}`)).toEqual(['Varunesh spend Kalindra false']);
  });

  it('a "not" before a comma, a conjunction and a new subject with its verb is that earlier clause\'s', () => {
    const [claim] = extractClaims('It will spend ₹42 billion on the 26% of Kalindra it does not already own, and chairman Prakash says the savings will pay for a new mill.');
    expect(claim?.negated).toBe(false);
  });

  it('a "not" of the deal itself still denies it', () => {
    expect(extractClaims('Varunesh will not spend ₹42 billion on the 26% of Kalindra.')[0]?.negated).toBe(true);
  });
});

describe('an exchange price band is a share price', () => {
  it('"shares hit the 20% upper circuit at ₹1,512"', () => {
    const amounts = extractQuantities('Kalindra shares hit the 20% upper circuit at ₹1,512.').amounts;
    expect(amounts.map((a) => a.incidental)).toEqual(['share-price']);
  });
});

describe('counts that are no count of the deal', () => {
  it.each([
    ['The Skylark 90 seats up to 78 passengers and burns less fuel.', 'capacity'],
    ['The new jets can carry 180 passengers each.', 'capacity'],
    ['Setthorpe said its backlog stood at 140 ships.', 'own-holdings'],
  ])('%s', (text, reason) => {
    expect(extractQuantities(text).quantities.map((q) => q.incidental)).toEqual([reason]);
  });

  it('"12 Skylark 90s" counts Skylark 90s, not a unit "90"', () => {
    expect(extractQuantities('Basalt Coast took 12 Skylark 90s at A$540m list.').quantities.map((q) => q.unit)).toEqual(['Skylark 90']);
  });
});

describe('corrections, hyphened fractions and a deal ended past its worth', () => {
  it('a correction of a figure told before the deal word takes back the figure, not the deal', () => {
    const [claim] = extractClaims("Correction: Tuesday's newsletter said Merlfield Towers shares rose 14% after its lease agreement with Pillby Mobile. They rose 4%.");
    expect(claim?.negated).toBe(false);
  });

  it('a correction with no figure still takes back the deal it retells', () => {
    expect(extractClaims("Correction: Monday's item said the Hostsund contract went to Stratocirrus, not Orvane.")[0]?.negated).toBe(true);
  });

  it.each([
    ['a roughly quarter-of-a-billion-dollar deal', 250e6],
    ['a half-a-billion-dollar order', 500e6],
    ['a quarter-billion-dollar contract', 250e6],
  ])('"%s" is one exact sum', (text, value) => {
    const [amount] = extractQuantities(text).amounts;
    expect([amount?.value, amount?.min, amount?.max]).toEqual([value, value, value]);
  });

  it('"a billion-dollar deal" stays a span', () => {
    const [amount] = extractQuantities('a billion-dollar deal').amounts;
    expect(amount?.max).toBeGreaterThan(amount!.min);
  });

  it('"bid for X, worth a little over £300m, has been terminated" ends the bid', () => {
    expect(extractClaims("Germore Foods' agreed bid for Candholm Vale Dairies, worth a little over £300m, has been terminated.")[0]?.negated).toBe(true);
  });
});

describe('a year on a deal noun dates the deal a later clause retells', () => {
  it.each([
    ['The hosts revisit the 2023 tie-up between Skarvheim and Otoll Gas Marketing, when Skarvheim put two older carriers on 18-month charters to Otoll.', 18],
    ["The hosts look back at Vuboll Motors' 2022 purchase of 300 painting robots from Telix, a ¥3.4bn order they call a breakthrough.", null],
  ])('%s', (text, months) => {
    const r = report(text);
    const withFigures = r.claims.filter((c) => c.amount !== null || c.duration !== null);
    expect(withFigures.length).toBeGreaterThan(0);
    for (const c of withFigures) expect(c.time?.year).toBe(text.includes('2023') ? 2023 : 2022);
    if (months !== null) expect(withFigures.some((c) => c.duration?.months === months)).toBe(true);
  });

  it('so a podcast recalling an older, smaller deal of the pair does not contradict the new one', () => {
    const r = report(
      'Telix Robotics will supply 1,200 welding robots to Vuboll Motors under an 18 billion yen contract running four years.',
      "The hosts look back at Vuboll Motors' 2022 purchase of 300 painting robots from Telix, a ¥3.4bn order they call a breakthrough.",
    );
    expect(findings(r)).toEqual([]);
  });
});

describe('release headlines and datelines', () => {
  it('"Oslo, 11 March - " is a dateline, not a party', () => {
    expect(parties('Oslo, 11 March - Sornthorpe Shipping ASA has entered into time charter parties with Valman Energy Ltd. for six LNG carriers.'))
      .toEqual(['Sornthorpe Shipping > Valman Energy']);
  });

  it('"X ASA - Award of long-term charters" names no party "Award"', () => {
    const r = report('Sornthorpe Shipping ASA - Award of long-term time charter contracts for six LNG carriers\n\nSkarvholm Shipping ASA has entered into time charter parties with Valman Energy for six LNG carriers.');
    expect(names(r)).not.toContain('Award');
  });

  it('a written-out legal form ends in no canonical name: "Pannern Consumer Berhad" is Pannern Consumer', () => {
    const r = report('Olmore Foods is selling nuvo to Pannern Consumer Berhad for $95m.', 'Pannern Consumer signed a pact with Frescura worth €12m a year.');
    expect(r.entities.map((e) => e.canonical)).toContain('Pannern Consumer');
    expect(r.entities.map((e) => e.canonical)).not.toContain('Pannern Consumer Berhad');
  });

  it('a firm "part-owned by" another stands on no side with it', () => {
    const r = report('sprigwell, the crop-data startup part-owned by Gonoll Genetics, separately signed a two-year pilot with Oldick Agricola.');
    expect(r.entities.find((e) => e.canonical === 'sprigwell')?.family).toBe('sprigwell');
  });
});

describe('a count before four describing words', () => {
  it('"six newbuild liquefied natural gas carriers" counts six carriers', () => {
    expect(extractQuantities('for six newbuild liquefied natural gas carriers').quantities.map((q) => `${q.value} ${q.unit}`)).toEqual(['6 carrier']);
  });
});

describe('a heading, a clause opened by a phrase of time, and a span in the perfect', () => {
  it('"CHIP NOTES." names no party', () => {
    const r = report('CHIP NOTES. Mutond Denki will pay ¥84 billion for 30% of Tadira Semiconductor.');
    expect(names(r)).not.toContain('CHIP NOTES');
  });

  it('"never owned a fab, and for 70 years it has bought" denies only the first clause', () => {
    const claims = extractClaims('Mutond Denki has never owned a fab, and for 70 years it has bought its chips off the shelf.');
    expect(claims.filter((c) => c.action?.lemma === 'buy').map((c) => c.negated)).toEqual([false]);
  });

  it('"for 70 years it has bought" is how long, no term', () => {
    expect(extractQuantities('and for 70 years it has bought its chips off the shelf').durations.map((d) => d.incidental)).toEqual(['tenure-perfect']);
  });
});

describe("a firm's organs named by their kind", () => {
  it('"The Management Board of X, with the approval of the Supervisory Board" names no party', () => {
    const r = report('The Management Board of Ragham Logistik AG, with the approval of the Supervisory Board, has resolved to issue 4.8 million new shares. All new shares have been subscribed by funds advised by Cinnford Capital Partners LP for EUR 210 million.');
    expect(names(r).filter((n) => /Board/.test(n))).toEqual([]);
  });
});
