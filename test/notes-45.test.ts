import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { AGENT_SENTENCES } from '../src/extract/agent-sentences.js';

const report = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
const kindsBetween = (texts: string[], a: string, b: string) =>
  report(texts).findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);

describe('an ending verb the words before it make a noun ends no deal', () => {
  it.each([
    ['closing a name a place preposition opens', 'Kelmora Bees is to place 4,300 colonies among Quenlow Farms blocks in April under a pollination contract.'],
    ['after a possessive name and a modifier', "Kelmora Bees is to place 4,300 colonies among Quenlow Farms' cherry blocks in April under a pollination contract."],
    ['after a determiner', 'Kelmora Bees is to place 4,300 colonies among the blocks of Quenlow Farms under a pollination contract.'],
  ])('%s', (_what, text) => {
    const claims = extractClaims(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => !c.negated)).toBe(true);
  });

  it.each([
    ['a headline verb (guard)', 'Tindrel scraps $40m depot sale to Kourant'],
    ['a verb after a subject a place follows (guard)', "The regulator in Delmarsh blocks Tindrel's $40m sale of the depot to Kourant."],
    ['a verb after a subject a firm follows (guard)', "Regulators in Delmarsh blocked Tindrel's $40m sale of the depot to Kourant."],
    ['a verb after a lowercase subject (guard)', 'The regulator blocks the $40m sale of the Tindrel depot to Kourant.'],
  ])('still denied: %s', (_what, text) => {
    expect(extractClaims(text).some((c) => c.negated)).toBe(true);
  });
});

describe("a field's label and the figures it opens", () => {
  it('"Annual contract value: £4.2m" is a yearly rate', () => {
    const claims = extractClaims('Delmarsh Council gave its grounds upkeep tender to Tindrel Services Ltd. Annual contract value: £4.2m.');
    expect(claims.some((c) => c.amount?.value === 4.2e6 && c.amount.per === 'year')).toBe(true);
  });

  it.each([
    ['Total', 'Pertwick Ltd has chartered the barge Ondo Star from Quorrel Shipping AS. Total contract value comes to roughly USD 52 million.'],
    ['Overall', 'Pertwick Ltd has chartered the barge Ondo Star from Quorrel Shipping AS. Overall contract value comes to USD 52 million.'],
    ['Aggregate (guard)', 'Pertwick Ltd has chartered the barge Ondo Star from Quorrel Shipping AS. Aggregate consideration comes to USD 52 million.'],
  ])('"%s ..." opening a sentence of figures names no party, and the figure goes to the charter', (word, text) => {
    const claims = extractClaims(text);
    expect(claims.map((c) => c.actor?.canonical)).not.toContain(word);
    expect(claims.some((c) => c.action?.lemma === 'charter' && c.amount?.value === 52e6)).toBe(true);
  });
});

describe('lengths that are no term', () => {
  it('"buys it about 30 months of runway" is how long cash lasts', () => {
    const claims = extractClaims('Hallowfen said the $40m round from Quorrel Capital buys it about 30 months of runway.');
    expect(claims.every((c) => c.duration === null)).toBe(true);
  });

  it('a term stated beside it still counts (guard)', () => {
    const claims = extractClaims('Hallowfen took a $40m five-year loan from Quorrel Bank.');
    expect(claims.some((c) => c.duration?.months === 60)).toBe(true);
  });
});

describe('"let" in the past and in the dative', () => {
  it('"In 2019 X let its depot to Y" is dated 2019, and keeps apart from a new lease', () => {
    const texts = [
      'Olberth Estates has agreed a new 14-year lease with Palindra Foods for its Axholm depot at £3.8m a year.',
      'Olberth already knows its tenant; in 2019 Olberth let its Brisbury shed to Palindra for eight years at £1.2m a year.',
    ];
    const older = extractClaims(texts[1]!).find((c) => c.amount?.value === 1.2e6);
    expect(older?.time?.year).toBe(2019);
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('"X let Y its unit" reads Y as the tenant', () => {
    const claims = extractClaims('In 2019 Olberth let Palindra its Brisbury shed for eight years at £1.2m a year.');
    const lease = claims.find((c) => c.action?.lemma === 'let');
    expect([lease?.actor?.canonical, lease?.counterparty?.canonical]).toEqual(['Olberth', 'Palindra']);
  });

  it('"will let Y know" is no lease (guard)', () => {
    expect(extractClaims('The board will let Palindra know by May.').filter((c) => c.action?.lemma === 'let')).toEqual([]);
  });
});

describe('a count hyphened before a deal noun', () => {
  it.each([
    ['a 7,500-hive deal', 7500, 'hive'],
    ['a 48-school contract', 48, 'school'],
  ])('"%s" counts %i of %s', (text, value, unit) => {
    expect(extractQuantities(text).quantities.map((q) => [q.value, q.unit])).toContainEqual([value, unit]);
  });

  it('"a 600-robot order" counts robots as before (guard)', () => {
    expect(extractQuantities('a 600-robot order').quantities.map((q) => [q.value, q.unit])).toContainEqual([600, 'robot']);
  });

  it.each([['a 40-page contract'], ['a 300-megawatt contract'], ['a two-party agreement'], ['a 12-month contract'], ['a nine-hundred-million offer']])('"%s" counts nothing (guard)', (text) => {
    expect(extractQuantities(text).quantities.filter((q) => q.dimension === 'count')).toEqual([]);
  });

  it('two counts of one pollination deal contradict', () => {
    const texts = [
      'Kelmora Bees is to place 11,000 colonies in Quenlow Farms orchards in April under a pollination contract.',
      "Kelmora's 7,500-colony deal with Quenlow Farms tops anything signed in the region.",
    ];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

describe('a bound hyphened onto a count', () => {
  it.each([
    ['an up-to-nine-tug deal', 9, 'atMost'],
    ['an at-least-eight-tug order', 8, 'atLeast'],
  ])('"%s"', (text, value, bound) => {
    expect(extractQuantities(text).quantities.map((q) => [q.value, q.bound])).toContainEqual([value, bound]);
  });

  it('"up-to-nine" agrees with seven firm and two options', () => {
    const texts = [
      'Kourant Towage has ordered seven harbour tugs from Gorlan Yards for about €90 million, with options for two more.',
      'Kourant in up-to-nine-tug deal with Gorlan',
    ];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });
});

describe('a sentence that names only who gave the deal before it', () => {
  it.each(AGENT_SENTENCES.map((r) => [r.name, r.example] as const))('%s', (_name, example) => {
    const giver = /by ([A-Z]\w+ [A-Z]\w+)\.$/.exec(example)![1]!;
    const claims = extractClaims(example);
    expect(claims.some((c) => c.actor && c.counterparty?.canonical === giver)).toBe(true);
  });

  it('a deal that names both sides keeps them (guard)', () => {
    const claims = extractClaims('Ishara Robotics took a $40 million loan from Kelmora Bank. The loan was arranged by Tolvane Capital.');
    expect(claims.some((c) => c.counterparty?.canonical === 'Kelmora Bank')).toBe(true);
    expect(claims.map((c) => c.counterparty?.canonical)).not.toContain('Tolvane Capital');
  });

  it('two tellings of one round agree once the lead investor is read (guard)', () => {
    const texts = [
      'Ishara Robotics has closed a $40 million Series B. This round was co-led by Tolvane Capital.',
      'Tolvane Capital led a $40m Series B round in Ishara Robotics, the robot maker said.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toContain('agreement');
  });
});

describe('a round called by its series', () => {
  it('"a Series B" alone is a round', () => {
    const claims = extractClaims('Ishara Robotics took in $40 million in a Series B. Its round was led by Tolvane Capital.');
    expect(claims.some((c) => c.action?.lemma === 'round' && c.counterparty?.canonical === 'Tolvane Capital')).toBe(true);
  });

  it('"a Series B round" makes one round, not two (guard)', () => {
    const claims = extractClaims('Ishara Robotics unveiled a $40 million Series B round, with Tolvane Capital in the lead and Kelmora Partners joining.');
    expect(claims.filter((c) => c.action?.lemma === 'round')).toHaveLength(1);
  });
});

describe('a supplier chosen by its client', () => {
  it.each([
    ['picked', 'Tindrel Care was picked by Delmarsh Vale Borough Council to supply meals to 25 care homes.'],
    ['hired (guard)', 'Quorrel Marine was hired by Caskmoor Energy to supply two survey vessels for $30 million.'],
  ])('"%s by Y to supply" makes Y the other side', (_verb, text) => {
    const claims = extractClaims(text);
    const supply = claims.find((c) => c.action?.type === 'supply');
    expect(supply?.counterparty?.canonical).toMatch(/Delmarsh Vale|Caskmoor Energy/);
  });
});

describe('how long a streak or an earlier holder lasted is no term', () => {
  it('"ending a nine-year stint for in-house crews"', () => {
    const claims = extractClaims('Siskin Council gave its parks contract to Tarvo Services, ending a nine-year stint for in-house crews; Tarvo will be paid £4m over three years.');
    const months = claims.map((c) => c.duration?.months);
    expect(months).not.toContain(108);
    expect(months).toContain(36);
  });

  it('"across the platform\'s seven-year production run" is still the supply\'s term (guard)', () => {
    const claims = extractClaims('Liddane Cells will supply each battery pack to Tarvo Motors across the platform\'s seven-year production run.');
    expect(claims.some((c) => c.duration?.months === 84)).toBe(true);
  });
});

describe('counts with coordinated modifiers', () => {
  it.each([
    ['serves 37 urban and rural clinics', 37, 'clinic'],
    ['sold 12 new and used trucks', 12, 'truck'],
  ])('"%s"', (text, value, unit) => {
    expect(extractQuantities(text).quantities.map((q) => [q.value, q.unit])).toContainEqual([value, unit]);
  });
});

describe('a short name that opens two longer ones', () => {
  const texts = [
    'Varnwick Motion Robotics will supply 700 painting robots to Palindra Motors over four years.',
    'Palindra Motors booked a 450-robot order with Varnwick, its largest to date.',
    'Varnwick Bearings agreed to sell its Axholm factory to Quenlow Industrial for $40 million.',
  ];
  it('stands for the one that deals with the same partner, so the two tellings meet', () => {
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });

  it('without that evidence it joins neither (guard)', () => {
    const apart = [texts[0]!, 'Varnwick booked a 450-robot order with Tindrel Freight.', texts[2]!];
    expect(kindsBetween(apart, 's1', 's2')).toEqual([]);
  });
});

describe('"its biggest to date" ranks the deal and sums nothing', () => {
  it('a count told beside it is still the deal\'s own', () => {
    const texts = [
      'Kelmora Freight will buy 40 electric trucks from Dravick Motors.',
      'Kelmora Freight has ordered 55 electric trucks from Dravick Motors, its largest order to date.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

describe('a property\'s letting as a noun', () => {
  it('"The Siskin letting at Wendacre Yard" in a note is the rated landlord\'s lease', () => {
    const texts = [
      'Tarvo Logistics REIT plc (LSE: TLR) has leased its new Wendacre Yard shed to Siskin Retail Ltd for 12 years at £5.9 million a year.',
      'TLR - HOLD, TP 176p. The Siskin letting at Wendacre Yard brings in £5.9m a year for 12 years.',
    ];
    expect(extractClaims(texts[1]!).some((c) => c.action?.lemma === 'let' && c.action.text === 'letting')).toBe(true);
    expect(kindsBetween(texts, 's1', 's2')).toContain('agreement');
  });

  it('"is letting its depot" stays a verb (guard)', () => {
    const claims = extractClaims('Tarvo is letting its depot to Siskin for ten years.');
    expect(claims.some((c) => c.action?.lemma === 'let' && c.duration?.months === 120)).toBe(true);
  });
});

describe('a deal noun before a verb the tagger took for a plural', () => {
  it.each([
    ["Brisbury's contract covers 38 MW.", 38e6],
    ["Brisbury's contract spans 38 MW.", 38e6],
  ])('"%s" keeps the deal word', (text, value) => {
    const claims = extractClaims(text);
    expect(claims.some((c) => c.action?.lemma === 'contract' && c.quantities.some((q) => q.value === value))).toBe(true);
  });

  it('"the contract runs ten years" keeps the deal word and its term', () => {
    const claims = extractClaims("Brisbury's contract runs ten years.");
    expect(claims.some((c) => c.action?.lemma === 'contract' && c.duration?.months === 120)).toBe(true);
  });
});

describe('a regional currency word in a story that never says where', () => {
  it('"2.8 billion crowns" is money of no stated currency, not a count of crowns', () => {
    const q = extractQuantities('Quenlow will take over the haircare arm of Feldane for roughly 2.8 billion crowns.');
    expect(q.amounts.map((a) => [a.value, a.currency])).toEqual([[2.8e9, 'XXX']]);
    expect(q.quantities).toEqual([]);
  });

  it('"three crowns" stays a count, and a cue still names the currency (guard)', () => {
    expect(extractQuantities('The jeweller sold three crowns.').amounts).toEqual([]);
    expect(extractQuantities('GOTHENBURG - Kourant will pay 2.6 billion crowns for Dravick.').amounts.map((a) => a.currency)).toEqual(['SEK']);
  });

  it('meets a different price told in a code, and conflicts with it', () => {
    const texts = [
      'Feldane Brands AB will sell its haircare arm to Quenlow Capital for SEK 2.8 billion.',
      'Quenlow is taking over the haircare arm of Feldane for roughly 3.5 billion crowns, the seller said.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

describe('what a firm delivers for itself is no supply', () => {
  it.each([
    ['is concentrating on delivering its own plan (guard)', 'Axholm Partners says it holds no talks with Gorlan Group. Its board is concentrating on delivering its own plan.'],
    ['delivered record results', 'Tarvo Lines said it delivered record results, helped by its Siskin charter.'],
  ])('"%s"', (_what, text) => {
    expect(extractClaims(text).filter((c) => c.action?.lemma === 'deliver')).toEqual([]);
  });

  it('"delivered the first two ferries to Siskin Lines" still supplies (guard)', () => {
    const claims = extractClaims('Tarvo delivered the first two ferries to Siskin Lines in May.');
    expect(claims.some((c) => c.action?.lemma === 'deliver' && c.counterparty?.canonical === 'Siskin Lines')).toBe(true);
  });
});
