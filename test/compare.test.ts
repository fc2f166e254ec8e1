import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** The kinds of the findings between two sources. */
const kindsBetween = (findings: readonly { sources: readonly string[]; kind: string }[], a: string, b: string) =>
  findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);

describe('comparison', () => {
  it('compares every pair of an event up to the limit, and each claim with the leading positions past it', () => {
    const n = 200;
    const sources = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, text: 'Qualley is leasing its depot to Marrowind for $2 billion a year.' }));
    expect(analyze(sources).findings).toHaveLength((n * (n - 1)) / 2);
    const sampled = analyze(sources, { maxPairwiseClaims: 50 });
    // One position: each claim meets the event's first claim, which is also the position's first.
    expect(sampled.findings).toHaveLength(n - 1);
    expect(sampled.findings.every((f) => f.kind === 'agreement')).toBe(true);
    expect(sampled.events[0]!.pairs).toEqual({ possible: (n * (n - 1)) / 2, compared: n - 1, complete: false });
  });

  it('sets the share a firm ends up holding apart from the stake a deal moves', () => {
    const { findings } = analyze([
      { id: 'a', text: 'Hostsund Seeds will buy a further 45% of Tashric Agro for $145 million, lifting its holding to 60%.' },
      { id: 'b', text: 'Hostsund Seeds is buying 45% more of Tashric Agro for $145 million and will own 60% once the deal closes.' },
      { id: 'c', text: 'Hostsund Seeds will buy a further 35% of Tashric Agro for $145 million.' },
    ]);
    expect(kindsBetween(findings, 'a', 'b')).toEqual(['agreement']);
    expect(kindsBetween(findings, 'a', 'c')).toContain('contradiction');
  });

  it('sets no step of a count ("options for up to 20 more trains") against the count of the order', () => {
    const { findings } = analyze([
      { id: 'a', text: 'Vellbahn has ordered 30 trains from Lundgren Rail for €840 million, with options for up to 20 more trains.' },
      { id: 'b', text: 'Lundgren Rail has received an order from Vellbahn for thirty trains, valued at EUR 840 million.' },
    ]);
    expect(kindsBetween(findings, 'a', 'b')).toEqual(['agreement']);
  });

  it('sets a yearly quantity against a total over the term, and never against a total with no term', () => {
    const { findings } = analyze([
      { id: 'a', text: 'Kerrow Minerals will supply 500,000 tonnes of potash a year to Tavi Farm under a three-year agreement.' },
      { id: 'b', text: 'Tavi Farm has locked in 1.5 million tonnes of potash from Kerrow Minerals over three years.' },
      { id: 'c', text: 'Tavi Farm has locked in 2.4 million tonnes of potash from Kerrow Minerals over three years.' },
      { id: 'd', text: 'Tavi Farm will take 900,000 tonnes of potash a year from Kerrow Minerals.' },
    ]);
    expect(kindsBetween(findings, 'a', 'b')).toEqual(['agreement']);
    expect(kindsBetween(findings, 'a', 'c')).toContain('contradiction');
    expect(kindsBetween(findings, 'a', 'd')).toContain('contradiction');
    expect(findings.find((f) => f.sources.includes('a') && f.sources.includes('d'))?.explanation).toContain('a year');
  });

  it('sets two different ceilings of one deal against each other, and a ceiling beside a figure under it agrees', () => {
    const { findings } = analyze([
      { id: 'a', text: 'Ondholm Pharma agreed to pay Ferrand Bio up to €1.1 billion for worldwide rights to FB-212.' },
      { id: 'b', text: 'Ondholm Pharma will pay Ferrand Bio up to €1.4 billion for worldwide rights to FB-212, two people said.' },
      { id: 'c', text: 'Ondholm Pharma will pay Ferrand Bio €1.05 billion for worldwide rights to FB-212.' },
    ]);
    expect(kindsBetween(findings, 'a', 'b')).toContain('contradiction');
    expect(kindsBetween(findings, 'a', 'c')).not.toContain('contradiction');
  });

  it('keeps a deal of a decade ago apart from this week\'s', () => {
    const { findings } = analyze([
      { id: 'a', text: 'St. Arkric Health signed a seven-year, $84 million records contract with Mashvik Systems a decade ago.' },
      { id: 'b', text: 'St. Arkric Health signed a five-year, $120 million records contract with Mashvik Systems this week.' },
    ]);
    expect(findings).toEqual([]);
  });

  it('keeps "the old contract from 2019" apart from the new one', () => {
    const { findings } = analyze([
      { id: 'a', text: 'Velmara Stahl will supply Ostrin Motor with steel under a five-year contract valued at about €640 million.' },
      { id: 'b', text: 'Worth remembering this isn\'t Velmara and Ostrin\'s first rodeo — the old coil contract from 2019 was €90 million over three years.' },
    ]);
    expect(findings).toEqual([]);
  });

  it('reads a league written short and in full, with its "de", as one party', () => {
    const { findings } = analyze([
      { id: 'a', text: 'Canal Bandvik has secured the broadcast rights to the Liga Askric de Fútbol for six years in a deal worth $1.2 billion.' },
      { id: 'b', text: 'Liga Askric TV rights go to Canal Bandvik for $1.2bn.' },
    ]);
    expect(kindsBetween(findings, 'a', 'b')).toEqual(['agreement']);
  });

  it('says nothing about a common noun that states no figure', () => {
    const text = 'The companies declined to comment on the financial details.';
    expect(analyze([{ id: 'a', text }, { id: 'b', text }]).findings).toEqual([]);
  });

  it('keeps a deal the text calls separate apart from the main one', () => {
    const { findings } = analyze([
      { id: 'a', text: 'Qualley signed a $12 billion cloud contract with Marrowind.' },
      { id: 'b', text: 'Separately, Qualley is negotiating to buy $2 billion of chips from Marrowind.' },
    ]);
    expect(findings).toEqual([]);
  });

  it('reads "re-upped" as a renewal, a later deal than the one it renews', () => {
    const { findings } = analyze([
      { id: 'old', text: 'Pendvik Foods signed a five-year trucking contract with Annmore Freight at $75 million a year.' },
      { id: 'renewal', text: 'Pendvik Foods renewed its trucking contract with Annmore Freight for three years at $90 million a year.' },
      { id: 'reup', text: 'Pendvik re-upped with Annmore Freight for two more years.' },
    ]);
    expect(kindsBetween(findings, 'renewal', 'reup')).toContain('contradiction');
    expect(kindsBetween(findings, 'old', 'reup')).toEqual([]);
  });

  it('sets a sum said with no currency against the deal\'s stated one', () => {
    const { findings } = analyze([
      { id: 'wire', text: 'Vubane Broadcasting won the Godwit Football League rights for five years in a deal worth $4.5 billion.' },
      { id: 'podcast', text: 'So Vubane Broadcasting got the Godwit Football League package for three-point-two bil, five years.' },
      { id: 'host', text: 'Vubane Broadcasting is paying the Godwit Football League about four and a half billion over five years.' },
    ]);
    expect(kindsBetween(findings, 'wire', 'podcast')).toContain('contradiction');
    expect(kindsBetween(findings, 'wire', 'host')).toContain('agreement');
    expect(findings.find((f) => f.kind === 'contradiction')?.explanation).toContain('no currency stated');
  });

  it('adds no tolerance on top of "about": its words already allow a tenth either way', () => {
    const kinds = (a: string, b: string) => analyze([{ id: 'a', text: a }, { id: 'b', text: b }]).findings.map((f) => f.kind);
    expect(kinds('Pendvik renewed its contract with Annmore at about $90 million a year.', 'Pendvik renewed its contract with Annmore at $80 million a year.')).toContain('contradiction');
    expect(kinds('Pendvik renewed its contract with Annmore at about $90 million a year.', 'Pendvik renewed its contract with Annmore at $83 million a year.')).not.toContain('contradiction');
    // Two approximate figures may be a tenth apart, not a tenth each.
    expect(kinds('Pendvik renewed its contract with Annmore at about $25 million a year.', 'Pendvik renewed its contract with Annmore at around $30 million a year.')).toContain('contradiction');
    expect(kinds('Pendvik renewed its contract with Annmore at about $28 million a year.', 'Pendvik renewed its contract with Annmore at around $30 million a year.')).not.toContain('contradiction');
  });

  it('counts jets and turboprops as aircraft, and ships, tankers and carriers as vessels', () => {
    const verdict = (a: string, b: string) => analyze([{ id: 'a', text: a }, { id: 'b', text: b }]).findings.map((f) => f.kind);
    expect(verdict('Kernmark Airways ordered 12 turboprops from Ledvik Aero.', 'Ledvik Aero won an order for 12 aircraft from Kernmark Airways.')).toEqual(['agreement']);
    expect(verdict('Nirrwell Tankers ordered six LNG carriers from Quarnholt Shipbuilding.', 'Quarnholt Shipbuilding won an order for six ships from Nirrwell Tankers.')).toEqual(['agreement']);
    expect(verdict('Nirrwell Tankers ordered four tankers from Quarnholt Shipbuilding.', 'Quarnholt Shipbuilding won an order for five vessels from Nirrwell Tankers.')).toEqual(['contradiction']);
  });

  it('counts goods by their WordNet kind, and a model code or an acronym as the deal\'s goods', () => {
    const verdict = (a: string, b: string) => analyze([{ id: 'a', text: a }, { id: 'b', text: b }]).findings.map((f) => f.kind);
    expect(verdict('Peldane Freight will buy 1,200 tractors from Bubant Trucks.', 'Bubant Trucks will deliver 1,200 trucks to Peldane Freight.')).toEqual(['agreement']);
    expect(verdict('Cashby Airways ordered 40 jets from Talbridge.', 'Cashby Airways ordered 50 M220s from Talbridge.')).toEqual(['contradiction']);
    expect(verdict('Grebe Offshore ordered four vessels from Bemant Yards.', 'Grebe Offshore ordered four SOVs from Bemant Yards.')).toEqual(['agreement']);
    expect(verdict('Cashby Airways ordered 40 jets from Talbridge.', "Cashby Airways ordered jets from Talbridge; Talbridge's backlog stands at 1,912 units.")).not.toContain('contradiction');
  });

  it('keeps a renewal apart from the deal it renews, but not a deal with extension options or a denied renewal', () => {
    const kinds = (a: string, b: string) => analyze([{ id: 'a', text: a }, { id: 'b', text: b }]).findings.map((f) => f.kind);
    const original = 'Bunnan Petroleum hired the Tern rig from Sisklan Offshore for three years at $285,000 a day.';
    expect(kinds(original, 'Bunnan Petroleum renewed its contract for the Tern rig with Sisklan Offshore for two years at $340,000 a day.')).toEqual([]);
    expect(kinds(original, 'Sisklan Offshore won a two-year extension from Bunnan Petroleum for the Tern rig at $340,000 a day.')).toEqual([]);
    expect(kinds(original, 'Bunnan Petroleum hired the Tern rig from Sisklan Offshore for two years at $285,000 a day, with two one-year extension options.')).toEqual(['contradiction']);
    expect(kinds('Sky will pay the Premier League £1.2bn a year for four years.', 'Sky did not renew its Premier League rights, an analyst said.')).toEqual(['contradiction']);
  });

  it('joins a two-word name that reads like a person\'s to the firm whose name it opens', () => {
    const { findings } = analyze([
      { id: 'a', text: 'Tarrow Rovers agreed a ten-year naming rights deal with Kelmsley Mutual worth £4.5 million a season.' },
      { id: 'b', text: 'Kelmsley Mutual announced a partnership with Tarrow Rovers Football Club worth £45m over ten seasons.' },
    ]);
    expect(findings.map((f) => f.kind)).toEqual(['agreement']);
  });

  it('puts the members of a listed subject on one side of the deal', () => {
    // (A sentence crowded with names is no headline: "Funds" stays part of a name, not a verb.)
    const report = analyze([
      { id: 'a', text: 'Arvel Capital, Lunmoor Funds and Sorrel Fund have agreed to buy Fundton Games for $8.5 billion.' },
      { id: 'b', text: 'Lunmoor Funds is buying Fundton Games for $8.5 billion with two partners.' },
    ]);
    const own = report.claims.filter((c) => c.sourceId === 'a');
    expect(own.map((c) => [c.actor?.canonical, c.counterparty?.canonical, c.amount?.value]).sort()).toEqual([
      ['Arvel Capital', 'Fundton Games', 8.5e9], ['Lunmoor Funds', 'Fundton Games', 8.5e9], ['Sorrel Fund', 'Fundton Games', 8.5e9],
    ]);
    expect(report.findings.map((f) => f.kind)).toEqual(['agreement']);
  });

  it('reads "Separately" after a deal of another pair as setting the new deal apart from that one only', () => {
    const kinds = (a: string, b: string) => analyze([{ id: 'a', text: a }, { id: 'b', text: b }]).findings.map((f) => f.kind);
    expect(kinds('Olmore is selling nuvo to Pannern for $95m. Separately, Pannern signed a three-year pact with Frescura worth €12m a year.',
      'Frescura signed a five-year pact with Pannern worth €12m a year.')).toEqual(['contradiction']);
  });

  it('reads a fleet or stake carried "to" a level as a running total, not the deal\'s own count', () => {
    const kinds = (a: string, b: string) => analyze([{ id: 'a', text: a }, { id: 'b', text: b }]).findings.map((f) => f.kind);
    expect(kinds('Nonlan Tankers ordered six LNG carriers from Hannara Heavy.', "Hannara Heavy's six-carrier order for Nonlan Tankers takes the fleet to 14 vessels.")).toEqual(['agreement']);
  });

  it('never compares two different events between overlapping parties', () => {
    const { findings } = analyze([
      { id: 'a', text: 'Qualley will pay Marrowind $2 billion for cloud capacity.' },
      { id: 'b', text: 'Qualley will pay Tessaract $5 billion for cloud capacity.' },
      { id: 'c', text: 'Qualley took a $5 billion stake in Marrowind.' },
    ]);
    expect(findings).toEqual([]);
  });
});

describe('event rules say why claims met', () => {
  it('joins a share stated with no deal word to the stake, not to a bid between the same firms', () => {
    const report = analyze([
      { id: 's1', text: 'Tavelli Group built a 9.9% stake in Morrin Foods in March.' },
      { id: 's2', text: 'Morrin Foods rejected a €1.6 billion takeover bid from Tavelli Group.' },
      { id: 's3', text: 'Tavelli quietly hoovered up 9.9% of Morrin for €140 million on the open market.' },
    ]);
    expect(report.findings.map((f) => `${f.kind}:${f.sources.join('~')}`)).toEqual(['agreement:s1~s3']);
  });

  it('lists the claims that joined by a rule other than naming both parties, with the rule', () => {
    const { events, findings } = analyze([
      { id: 'a', text: 'Hostsund Marine agreed to sell four tankers to Tashric Freight for $640 million.' },
      { id: 'b', text: 'The Hostsund-Tashric agreement is worth $640 million, a filing showed.' },
      { id: 'c', text: 'Tashric Freight lands a $640 million tanker deal.' },
    ]);
    const event = events.find((e) => e.sources.length === 3);
    expect(event?.joins.map((j) => [j.claim.split('#')[0], j.rule])).toEqual([['b', 'generic-joins-specific'], ['c', 'one-party-joins']]);
    expect(findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });

  it('makes a sale and a purchase of the same thing one event, whichever side speaks', () => {
    const { events, findings } = analyze([
      { id: 'a', text: 'Hostsund Marine sold its Tashric depot to Marrow Freight for $300 million.' },
      { id: 'b', text: 'Marrow Freight bought the Tashric depot from Hostsund Marine for $300 million.' },
      { id: 'c', text: "Marrow Freight's acquisition of the depot from Hostsund Marine cost $300 million." },
    ]);
    expect(events.filter((e) => e.type !== 'state').map((e) => e.sources)).toEqual([['a', 'b', 'c']]);
    expect(findings.map((f) => [f.sources.join('~'), f.kind, f.field])).toEqual([['a~b', 'agreement', 'amount'], ['a~c', 'agreement', 'amount'], ['b~c', 'agreement', 'amount']]);
  });

  it('says which rule split two claims of one pair and kind', () => {
    const { events } = analyze([
      { id: 'a', text: "Solvay Air's 2016 order with Tarrant Aero covered 40 jets." },
      { id: 'b', text: 'Solvay Air ordered 75 jets from Tarrant Aero this week.' },
      { id: 'c', text: 'Separately, Solvay Air is negotiating to lease engines from Tarrant Aero.' },
    ]);
    const of = (source: string) => events.find((e) => e.sources.includes(source))!;
    expect(of('a').splits).toEqual(expect.arrayContaining([{ event: of('b').id, rule: 'year-splits' }]));
    expect(of('b').splits).toEqual(expect.arrayContaining([{ event: of('a').id, rule: 'year-splits' }, { event: of('c').id, rule: 'separate-splits' }]));
  });

  it('keeps deals of different years apart', () => {
    const { findings } = analyze([
      { id: 'a', text: "Solvay Air's 2016 order with Tarrant Aero covered 40 jets." },
      { id: 'b', text: 'Solvay Air ordered 75 jets from Tarrant Aero this week.' },
    ]);
    expect(findings).toEqual([]);
  });
});

describe('several parties on one side', () => {
  const between = (findings: readonly { sources: string[]; kind: string; field: string }[], a: string, b: string) =>
    findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => [f.kind, f.field]);

  it("compares a broadcaster's figure only with other figures for that broadcaster, and the combined one with the combined", () => {
    const report = analyze([
      { id: 'all', text: 'The Coastal Netball League sold its rights to Arleth, Fulmar Sports and eBridge for a combined $720 million a season.' },
      { id: 'fulmar', text: 'Fulmar Sports will pay the Coastal Netball League $240 million a season.' },
      { id: 'arc1', text: 'Arleth will pay the Coastal Netball League $360 million a season.' },
      { id: 'arc2', text: 'Arleth is paying the Coastal Netball League $320 million a season.' },
      { id: 'all2', text: 'The Coastal Netball League will get $1.1 billion a season from Arleth, Fulmar Sports and eBridge.' },
    ]);
    expect(report.events.filter((e) => e.type !== 'state')).toHaveLength(1);
    const { findings } = report;
    expect(between(findings, 'arc1', 'arc2')).toEqual([['contradiction', 'amount']]);
    expect(between(findings, 'all', 'all2')).toEqual([['contradiction', 'amount']]);
    expect(between(findings, 'fulmar', 'arc1')).toEqual([['agreement', 'event']]);
    expect(between(findings, 'all', 'fulmar')).toEqual([['agreement', 'event']]);
    const aspects = report.events[0]!.fields.map((f) => f.aspect);
    expect(aspects).toEqual(expect.arrayContaining(['amount per year, USD', 'amount per year, USD (Arleth)', 'amount per year, USD (Fulmar Sports)']));
  });

  it("keeps a syndicate's one term: a bank's seven years conflicts with the loan's five", () => {
    const { findings } = analyze([
      { id: 'loan', text: 'Marlin Rail signed a €900 million five-year loan with Hilgate Bank, Sedge Bank and Oskett Bank.' },
      { id: 'sedge', text: 'Sedge Bank will lend Marlin Rail €300 million.' },
      { id: 'oskett', text: 'Oskett Bank will lend Marlin Rail €250 million over seven years.' },
    ]);
    expect(between(findings, 'loan', 'oskett')).toEqual([['contradiction', 'duration']]);
    expect(between(findings, 'sedge', 'oskett')).toEqual([['agreement', 'event']]);
    expect(between(findings, 'loan', 'sedge')).toEqual([['agreement', 'event']]);
  });
});
