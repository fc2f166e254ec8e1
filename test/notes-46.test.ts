import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { WALKAWAYS } from '../src/extract/walkaways.js';
import { STATUS_FRAGMENTS, statusFragment } from '../src/extract/status-fragments.js';
import { DEAL_ENDINGS } from '../src/lexicon/deal-endings.js';

const report = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
const kindsBetween = (texts: string[], a: string, b: string) =>
  report(texts).findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);
const denied = (text: string) => extractClaims(text).some((c) => c.negated);

describe('an ending participle before the deal noun ends that deal', () => {
  it.each([
    ['after "the"', 'The abandoned merger of Tarvo and Siskin had put a $2bn value on Siskin.'],
    ['after a possessive', "Tarvo's failed takeover of Siskin valued the miner at $2bn."],
    ['past a name modifying the noun', 'The scrapped Tarvo joint venture with Siskin would have cost €300m.'],
    ['a participle of a word that ends deals by itself', "Tarvo's collapsed takeover of Siskin was worth £900m."],
  ])('%s', (_what, text) => {
    expect(denied(text)).toBe(true);
  });

  it.each([
    ['a plain adjective (guard)', 'The proposed merger of Tarvo and Siskin puts a $2bn value on Siskin.'],
    ['a participle that is a verb, not a modifier (guard)', 'Tarvo signed the merger agreement with Siskin, which the board approved.'],
  ])('not denied: %s', (_what, text) => {
    expect(denied(text)).toBe(false);
  });
});

describe('a noun for leaving a deal, with "from"', () => {
  it.each([
    ['exit', "Tarvo's exit from the $2bn haulage agreement with Siskin hurts its yard."],
    ['pull-out', "Nobody expected Tarvo's sudden pull-out from its Siskin haulage contract."],
    ['withdrawal', "Tarvo's withdrawal from its Siskin offtake came as no surprise."],
  ])('%s', (_what, text) => {
    expect(denied(text)).toBe(true);
  });

  it('"an exit fee under the deal" leaves nothing (guard)', () => {
    expect(denied('Tarvo signed a $2bn freight agreement with Siskin that carries an exit fee.')).toBe(false);
  });
});

describe('negations that deny nothing', () => {
  it.each([
    ['"may not"', 'The two may not reach terms on a sale of Siskin to Tarvo.'],
    ['"might not"', 'Talks might not lead to a merger of Tarvo and Siskin, people said.'],
    ['"not per" (guard)', 'Tarvo has chartered six barges to Siskin: €90,000 a week for the whole fleet, not per barge.'],
  ])('%s', (_what, text) => {
    expect(denied(text)).toBe(false);
  });

  it('"will not" still denies (guard)', () => {
    expect(denied('Tarvo will not merge with Siskin, its chief executive said.')).toBe(true);
  });
});

describe('an ending verb with a pronoun object', () => {
  it('ends the deal noun told before it in the sentence', () => {
    expect(denied("Siskin's board weighed the offer from Tarvo, which put $9 a share on the table, and rejected it.")).toBe(true);
  });

  it('not when that verb is negated (guard)', () => {
    expect(denied('Tarvo made an offer for Siskin, and Siskin did not reject it.')).toBe(false);
  });

  it('not when another deal noun stands between (guard)', () => {
    expect(extractClaims('Tarvo made an offer for Siskin after Wendacre signed a supply deal with it.').every((c) => !c.negated)).toBe(true);
  });
});

describe('more words that end a deal', () => {
  it.each([
    ['sink', "Investors sink Roskild's £400m bid for Hallowfen."],
    ['scupper', 'The regulator scuppered the Caskmoor merger with Evenmoor.'],
    ['derail', 'A pension dispute derailed the Olberth merger with Palindra.'],
    ['thwart', "A rival bidder thwarted Quorrel's takeover of Delmarsh."],
    ['rescind', 'Thessin rescinded its supply contract with Gorlan.'],
  ])('%s', (_lemma, text) => {
    expect(denied(text)).toBe(true);
  });

  it('"shares sank" ends nothing (guard)', () => {
    expect(denied('Roskild stock sank 6% on news of its £400m Hallowfen purchase.')).toBe(false);
  });

  it('each new record is in the table with its WordNet sense or a reason', () => {
    for (const lemma of ['thwart', 'foil', 'scotch', 'frustrate', 'scupper', 'sink', 'torpedo', 'derail', 'annul', 'rescind', 'revoke', 'void']) {
      const record = DEAL_ENDINGS.find((e) => e.lemma === lemma);
      expect(record, lemma).toBeDefined();
      expect(record!.synset !== null || record!.reason !== undefined, lemma).toBe(true);
    }
  });
});

describe('the bare form of an ending word after two names', () => {
  it.each([
    ['joined by "and"', 'Tarvo and Siskin drop their $400m chip venture.'],
    ['in a headline in capitals', 'TARVO, SISKIN DROP $400M CHIP JV'],
  ])('%s', (_what, text) => {
    expect(denied(text)).toBe(true);
  });

  it('"X and Y end year with record sales" ends nothing (guard)', () => {
    expect(denied('Tarvo and Siskin end year with record sales; they signed a $3bn supply deal.')).toBe(false);
  });
});

describe('WALKAWAYS: a firm leaves a deal named by the other firm', () => {
  it.each(WALKAWAYS.map((w) => [w.name, w.example]))('%s', (_name, example) => {
    const claims = extractClaims(example);
    expect(claims.some((c) => c.negated && c.actor && c.counterparty && c.action?.rule.startsWith('walkaway:'))).toBe(true);
  });

  it('the denial meets the takeover the pair agreed, as a conflict', () => {
    expect(kindsBetween(['Tarvo Foods agreed to buy Siskin Dairies for £300m.', 'Tarvo Foods walked away from Siskin Dairies on Friday.'], 's1', 's2')).toContain('contradiction');
  });

  it('"did not walk away from" leaves the deal standing (guard)', () => {
    expect(extractClaims('Tarvo did not walk away from Siskin.').every((c) => !c.negated)).toBe(true);
  });

  it('"walked away from Siskin\'s offer" is read by the offer, once (guard)', () => {
    const claims = extractClaims("Tarvo walked away from Siskin's £300m offer.");
    expect(claims.filter((c) => c.action?.rule.startsWith('walkaway:'))).toHaveLength(0);
  });

  it('"its pursuit of" a firm is a bid; "the pursuit of growth" is none', () => {
    expect(extractClaims('Tarvo ended its pursuit of Siskin Mining.').some((c) => c.action?.lemma === 'bid' && c.negated)).toBe(true);
    expect(extractClaims('The pursuit of growth led Tarvo to sign a deal with Siskin.').some((c) => c.action?.text === 'pursuit')).toBe(false);
  });
});

describe('STATUS_FRAGMENTS: a sentence that is only the deal\'s end', () => {
  it.each(STATUS_FRAGMENTS.map((r) => [r.name, r.example]))('%s', (name, example) => {
    const sentences = example.split(/(?<=[.!?])\s+/);
    expect(sentences.some((s) => statusFragment(s) === name)).toBe(true);
  });

  it.each(['Dead.', 'Totally off.', "It's over!", 'So the deal is officially off.'])('"%s" is one', (text) => {
    expect(statusFragment(text)).not.toBeNull();
  });

  it.each(['Off we go.', 'Dead heat.', 'The deal is off the table for now, but talks go on.'])('"%s" is none (guard)', (text) => {
    expect(statusFragment(text)).toBeNull();
  });

  it('denies the deal named just before it', () => {
    const claims = extractClaims('So, the Ondo-Kourant alliance. Over. Completely off. They had valued it at about $400m.');
    expect(claims.some((c) => c.action?.lemma === 'partnership' && c.negated)).toBe(true);
  });

  it('a deal told after it with its own word keeps its stance (guard)', () => {
    const claims = extractClaims('The old Tarvo plan? Dead. Tarvo then signed a $2bn supply deal with Siskin.');
    expect(claims.some((c) => c.action?.lemma === 'deal' && !c.negated)).toBe(true);
  });

  it('denies the figures told just after it, against a report of the deal', () => {
    const talk = 'HOST: Ondo and Kourant? Finished. Completely off. The price was meant to be around nine hundred million euros for Kourant.';
    expect(kindsBetween([talk, 'Ondo Mining agreed to buy Kourant Metals for €900m.'], 's1', 's2')).toContain('contradiction');
  });
});

describe('two deals of one pair kept apart', () => {
  it('a charter between the firms is another deal than a takeover bid (guard)', () => {
    const kinds = kindsBetween([
      'The Kourant Carriers board rejected a $700 million takeover bid from Ondo Shipping.',
      'Ondo Shipping has chartered three Kourant Carriers barges for four years, a $20m deal signed in 2021.',
    ], 's1', 's2');
    expect(kinds).not.toContain('contradiction');
  });

  it('a digest item\'s "revised offer" makes no revision of the deal in another item (guard)', () => {
    const texts = [
      'Port notes: Ondo Lines is leasing four cranes to Kourant Docks for $9m a year; and a dockers union accepted a revised wage offer.',
      'Ondo Lines is leasing four cranes to Kourant Docks for about $9 million a year.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toContain('agreement');
  });

  it('"five years ago" after a semicolon and a short lead dates the older contract', () => {
    const texts = [
      'Ferry digest: a shipyard cut jobs; and in other news, three years ago, Ondo gave Kourant Ferries a €20 million, four-year refit contract.',
      'Ondo has given Kourant Ferries a six-year refit contract worth €90 million.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });
});

describe('names', () => {
  it('a lowercase brand opening a sentence after a capitalized word starts a new sentence', () => {
    const claims = extractClaims('SELL | QRBX US | PT $12 - Feldane Securities. quorrelbox has licensed the Ondo Records catalogue for 36 months.');
    expect(claims.some((c) => c.actor?.canonical === 'quorrelbox')).toBe(true);
    expect(claims.some((c) => c.actor?.canonical === 'Feldane Securities')).toBe(false);
  });

  it('"Calif. based" and a state abbreviation do not split a sentence (guard)', () => {
    expect(extractClaims('Tarvo of Austin, Tex. signed a $30m deal with Siskin.').length).toBe(1);
  });

  it('"Shareholders" after a dateline names no party', () => {
    const claims = extractClaims('AXHOLM, Mar 3 (Wire) - Shareholders of Tindrel Mutual plc rejected the planned £210 million merger with Kourant Insurance.');
    expect(claims.some((c) => c.actor?.canonical === 'Shareholders' || c.counterparty?.canonical === 'Shareholders')).toBe(false);
  });

  it('a two-word name read as a person\'s, that deals with the longer name\'s partner, is that name said short', () => {
    const texts = [
      'Ondo Foods agreed to buy Brannel Moor Creamery for £85 million.',
      'Brannel Moor backs the £85 million sale to Ondo Foods.',
    ];
    const { claims } = report(texts);
    const names = new Set(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]).filter(Boolean));
    expect(names.has('Brannel Moor')).toBe(false);
  });
});

describe('a count with both sides takes a stance', () => {
  it('"forty planes, signed, done" conflicts with a report that the order fell apart', () => {
    const texts = [
      'The 25-aircraft Kourant Aero order from Ondo Air has collapsed, two people said.',
      'Kourant had no comment. Ondo Air was plain about it: Ondo Air and Kourant Aero, twenty-five aircraft, firm and final.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

describe("a note's header names its target price in many ways", () => {
  it.each([
    ['Kursziel', 'HALTEN | Ondo AG (OND GY) | Kursziel €31 — Varnwick Research. Ondo has won the Kourant tender. Contract value: EUR 90m.'],
    ['bare target (guard)', 'HOLD — Ondo Retail AB (ONDO SS), target SEK 88, Kelmora Equities. Ondo has agreed to acquire Kourant for SEK 2bn.'],
    ['objectif de cours', 'ACHAT — Ondo SA, objectif de cours 19 €. Ondo will buy Kourant for €400m.'],
  ])('%s: the price is no claim\'s figure', (_what, text) => {
    const amounts = extractClaims(text).flatMap((c) => (c.amount ? [c.amount.value] : []));
    expect(amounts.every((v) => v >= 1e6)).toBe(true);
  });
});

describe('a fee paid because a deal ended', () => {
  it('spelled out before its figure in brackets is a fee, and takes no stance against the end', () => {
    const texts = [
      'Ondo Bio has ended its supply agreement with Kourant Labs. Ondo Bio will pay Kourant Labs a termination fee of Four Million Dollars ($4,000,000).',
      'Ondo Bio has ended its supply agreement with Kourant Labs.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('"delivered written notice to" a firm supplies nothing', () => {
    const claims = extractClaims('Ondo delivered a letter to Kourant saying it would end their supply agreement.');
    expect(claims.some((c) => c.action?.lemma === 'deliver')).toBe(false);
  });
});

describe('a takeover denied beside a sale of goods', () => {
  it('a measure of goods makes the sale another deal than the takeover denied', () => {
    const texts = [
      'Ondo Nickel will ship 40,000 tonnes of ore a year to Kourant Metals under a four-year deal.',
      'Ondo Nickel rejected a report that Kourant Metals plans to take over Ondo Nickel.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('a sale of the firm itself still meets the denial (guard)', () => {
    const texts = ['Ondo Nickel agreed to sell itself to Kourant Metals for $300m.', 'Kourant Metals will not take over Ondo Nickel.'];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

describe('figures told after an "if" that names options', () => {
  it('are what the deal would come to, not its price or count', () => {
    const claims = extractClaims('If Tarvo takes up every option, the Siskin programme would reach 12 barges and about $300m.');
    expect(claims.every((c) => c.amount === null && c.quantities.length === 0)).toBe(true);
  });

  it('against the firm order they raise no conflict (guard)', () => {
    const texts = ['Kourant Yards has a firm $300m contract from Ondo Ferries for three ferries, plus options on two.', 'If Ondo Ferries takes up both options, the Kourant Yards programme would come to five ferries and about $500m.'];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('an "if" with no options leaves the price (guard)', () => {
    expect(extractClaims('If approved, Tarvo will pay $300m for Siskin.').some((c) => c.amount?.value === 3e8)).toBe(true);
  });
});

describe('a deal noun that a dated deal noun is "of"', () => {
  it('shares its year, so an older stake stays apart from the news', () => {
    const texts = ['Ulvenor Trading agreed to buy 15% of Pertwick Solar for ¥27 billion.', "Ulvenor Trading's 2019 purchase of a 4% stake in Pertwick Solar for ¥3 billion has since tripled in value."];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('an undated purchase of a stake still meets the news (guard)', () => {
    const texts = ['Ulvenor Trading agreed to buy 15% of Pertwick Solar for ¥27 billion.', "Ulvenor Trading's acquisition of 18% of Pertwick Solar for ¥27 billion was approved."];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

describe('a deal that has run "since" a year is dated by it', () => {
  it.each([
    ['an irregular participle before the deal noun', 'Ondo has run the Kourant water works since 2018 under a maintenance contract worth €5m a year.', 2018],
    ['"since" right after the deal noun', 'Ondo has kept two Kourant cranes on a five-year lease since 2021.', 2021],
  ])('%s', (_what, text, year) => {
    expect(extractClaims(text).some((c) => c.time?.year === year)).toBe(true);
  });

  it('the older deal stays apart from the news', () => {
    const texts = ['Kourant Water awarded Ondo Services a 12-year supply contract worth €30m a year.', 'Ondo Services has run the Kourant Water treatment works since 2018 under a maintenance contract worth €5m a year.'];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('"shares have fallen 20% since 2021" dates no deal (guard)', () => {
    expect(extractClaims('Tarvo agreed to buy Siskin for $2bn; Siskin shares have fallen 20% since 2021.').some((c) => c.time?.year === 2021 && c.action?.lemma === 'buy')).toBe(false);
  });
});

describe('"NAME deal:" in a note', () => {
  it('is the deal with that firm, not a field label', () => {
    const claims = extractClaims('Tindrel (TDRL) - Add, PT $51. Kourant deal: $30M upfront.');
    expect(claims.some((c) => c.action?.lemma === 'deal' && c.actor?.canonical === 'Kourant' && c.amount?.value === 30e6)).toBe(true);
  });

  it('"Deal value:" stays a label (guard)', () => {
    const claims = extractClaims('Deal value: $85M. Buyer: Tarvo. Seller: Siskin.');
    expect(claims.some((c) => c.action?.text === 'value' || c.action?.text === 'Deal')).toBe(false);
  });
});

describe("a deal sheet's plural label before a whole number counts that thing", () => {
  it.each([
    ['Masts: 1,450.', 1450, 'mast'],
    ['Price: EUR 95m. Trams: 22. Term: 6 years.', 22, 'tram'],
  ])('%s', (text, value, unit) => {
    expect(extractQuantities(text).quantities.some((q) => q.value === value && q.unit === unit && q.dimension === 'count')).toBe(true);
  });

  it.each(['Shares: 120,000.', 'Employees: 3,100.', 'Risks: 3 flagged.', 'In Masts: 1,450 it said.'])('"%s" counts nothing (guard)', (text) => {
    expect(extractQuantities(text).quantities.filter((q) => q.rule === 'count.field')).toHaveLength(0);
  });

  it('the count goes with the deal the note tells', () => {
    const claims = extractClaims('Buy - Ondo Mobile (OND PL), PT 7.10. Ondo is selling its rooftop sites to Kourant Infra. Masts: 1,450. Price: EUR 180m.');
    expect(claims.some((c) => c.counterparty?.canonical === 'Kourant Infra' && c.quantities.some((q) => q.value === 1450))).toBe(true);
  });
});

describe('figures told beside a denial in the same text', () => {
  it('take no stance on whether the deal stands', () => {
    const texts = [
      'Ondo Group has abandoned its $800m takeover of Kourant Foods. Ondo will pay Kourant Foods a $30 million break fee.',
      'Ondo calls off Kourant Foods. The regulator wanted too many depots sold, so the deal is dead. Kourant Foods keeps $30m from Ondo as amends.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('a figure-only claim with no denial in its text still takes a stance (guard)', () => {
    const texts = ['Ondo Group has abandoned its $800m takeover of Kourant Foods.', 'Ondo Group x Kourant Foods: $800m, all cash.'];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});
