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
    ['exit', "Tarvo's exit from the $2bn freight agreement with Siskin hurts its yard."],
    ['pull-out', "Tarvo's pull-out from the Siskin supply deal was expected."],
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
    ['"not per"', 'Tarvo has chartered six barges to Siskin: €90,000 a week for the whole fleet, not per barge.'],
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
    expect(denied('Shares of Roskild sank 6% after it agreed to buy Hallowfen for £400m.')).toBe(false);
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
    const claims = extractClaims('So, the Tarvo-Siskin tie-up. Dead. Totally off. They had put about $2bn on Siskin, right?');
    expect(claims.some((c) => c.action?.lemma === 'partnership' && c.negated)).toBe(true);
  });

  it('a deal told after it with its own word keeps its stance (guard)', () => {
    const claims = extractClaims('The old Tarvo plan? Dead. Tarvo then signed a $2bn supply deal with Siskin.');
    expect(claims.some((c) => c.action?.lemma === 'deal' && !c.negated)).toBe(true);
  });

  it('denies the figures told just after it, against a report of the deal', () => {
    const talk = 'HOST: So, Tarvo and Siskin. Dead. Totally off. And the number was something like two billion pounds for Siskin, right?';
    expect(kindsBetween([talk, 'Tarvo Mining agreed to buy Siskin Metals for £2bn.'], 's1', 's2')).toContain('contradiction');
  });
});

describe('two deals of one pair kept apart', () => {
  it('a charter between the firms is another deal than a takeover bid', () => {
    const kinds = kindsBetween([
      'The Siskin Tankers board rejected a $1.1 billion takeover bid from Tarvo Maritime.',
      'Tarvo Maritime has had six Siskin Tankers vessels on a three-year, $90m charter since 2022.',
    ], 's1', 's2');
    expect(kinds).not.toContain('contradiction');
  });

  it('a digest item\'s "revised offer" makes no revision of the deal in another item', () => {
    const texts = [
      'Harbour brief: Tarvo Reefer has chartered six ships to Siskin Fruit for $17m a year; and a union accepted a revised pay offer.',
      'Tarvo Reefer has chartered six ships to Siskin Fruit for about $17 million a year.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toContain('agreement');
  });

  it('"five years ago" after a semicolon and a short lead dates the older contract', () => {
    const texts = [
      'Rail brief: a wagon maker booked orders; and from the archive, five years ago, Tarvo handed Siskin Rail a €45 million, five-year upkeep contract.',
      'Tarvo has handed Siskin Rail an eight-year upkeep contract worth €176 million.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });
});

describe('names', () => {
  it('a lowercase brand opening a sentence after a capitalized word starts a new sentence', () => {
    const claims = extractClaims('HOLD | TDBX US | PT $30 - Quorrel Research. tindrelbox has licensed the Pertwick Pictures catalogue for 48 months.');
    expect(claims.some((c) => c.actor?.canonical === 'tindrelbox')).toBe(true);
    expect(claims.some((c) => c.actor?.canonical === 'Quorrel Research')).toBe(false);
  });

  it('"Calif. based" and a state abbreviation do not split a sentence (guard)', () => {
    expect(extractClaims('Tarvo of Austin, Tex. signed a $30m deal with Siskin.').length).toBe(1);
  });

  it('"Shareholders" after a dateline names no party', () => {
    const claims = extractClaims('DELMARSH, Nov 14 (Wire) - Shareholders of Tindrel Life plc voted down the proposed £640 million sale to Kourant Assurance.');
    expect(claims.some((c) => c.actor?.canonical === 'Shareholders' || c.counterparty?.canonical === 'Shareholders')).toBe(false);
  });

  it('a two-word name read as a person\'s, that deals with the longer name\'s partner, is that name said short', () => {
    const texts = [
      'Tarvo Foods agreed to buy Ardle Vale Dairies for £310 million.',
      'Ardle Vale backs the £310 million sale to Tarvo Foods.',
    ];
    const { claims } = report(texts);
    const names = new Set(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]).filter(Boolean));
    expect(names.has('Ardle Vale')).toBe(false);
  });
});

describe('a count with both sides takes a stance', () => {
  it('"forty planes, signed, done" conflicts with a report that the order fell apart', () => {
    const texts = [
      "Siskin Aero's 40-jet deal with Tarvo Air has fallen apart, two people said.",
      'So Siskin, no comment. But Tarvo Air was on the record: Tarvo Air and Siskin Aero, forty planes, signed, done.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

describe("a note's header names its target price in many ways", () => {
  it.each([
    ['Kursziel', 'ADD | Tarvo AG (TRV GY) | Kursziel €58 — Quorrel Lenz Research. Tarvo has won the Siskin tender. Contract value: EUR 176m.'],
    ['bare target', 'ACCUMULATE — Tarvo Handel AB (TRVB SS), target SEK 164, Ondo & Partners. Tarvo has agreed to acquire Siskin for SEK 2bn.'],
    ['objectif de cours', 'ACHAT — Tarvo SA, objectif de cours 41 €. Tarvo a signé avec Siskin. Tarvo will buy Siskin for €900m.'],
  ])('%s: the price is no claim\'s figure', (_what, text) => {
    const amounts = extractClaims(text).flatMap((c) => (c.amount ? [c.amount.value] : []));
    expect(amounts.every((v) => v >= 1e6)).toBe(true);
  });
});

describe('a fee paid because a deal ended', () => {
  it('spelled out before its figure in brackets is a fee, and takes no stance against the end', () => {
    const texts = [
      'Tarvo Therapeutics has ended its supply agreement with Siskin Biologics. Tarvo Therapeutics will pay Siskin Biologics a termination fee of Nine Million Dollars ($9,000,000).',
      'Tarvo Therapeutics has ended its supply agreement with Siskin Biologics.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('"delivered written notice to" a firm supplies nothing', () => {
    const claims = extractClaims('Tarvo delivered written notice to Siskin of its election to end the supply agreement.');
    expect(claims.some((c) => c.action?.lemma === 'deliver')).toBe(false);
  });
});

describe('a takeover denied beside a sale of goods', () => {
  it('a measure of goods makes the sale another deal than the takeover denied', () => {
    const texts = [
      'Tarvo Lithium will sell 120,000 tonnes of concentrate over five years to Siskin Materials.',
      'Tarvo Lithium denied a report that Siskin Materials wants to take over Tarvo Lithium.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('a sale of the firm itself still meets the denial (guard)', () => {
    const texts = ['Tarvo Lithium agreed to sell itself to Siskin Materials for $900m.', 'Siskin Materials will not take over Tarvo Lithium.'];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

describe('figures told after an "if" that names options', () => {
  it('are what the deal would come to, not its price or count', () => {
    const claims = extractClaims('If Tarvo takes up every option, the Siskin programme would reach 12 barges and about $300m.');
    expect(claims.every((c) => c.amount === null && c.quantities.length === 0)).toBe(true);
  });

  it('against the firm order they raise no conflict', () => {
    const texts = ['Siskin Yards won a $720m order from Tarvo Lines for six barges, with options for four more.', 'If Tarvo Lines exercises every option, the Siskin Yards programme would reach 10 barges and about $1.2bn.'];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('an "if" with no options leaves the price (guard)', () => {
    expect(extractClaims('If approved, Tarvo will pay $300m for Siskin.').some((c) => c.amount?.value === 3e8)).toBe(true);
  });
});

describe('a deal noun that a dated deal noun is "of"', () => {
  it('shares its year, so an older stake stays apart from the news', () => {
    const texts = ['Tarvo Holdings will take a 20% stake in Siskin Wind for ¥38 billion.', "Tarvo Holdings' 2021 purchase of a 5% stake in Siskin Wind for ¥6 billion has more than doubled in value."];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('an undated purchase of a stake still meets the news (guard)', () => {
    const texts = ['Tarvo Holdings will take a 20% stake in Siskin Wind for ¥38 billion.', "Tarvo Holdings' purchase of a 25% stake in Siskin Wind for ¥38 billion was approved."];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

describe('a deal that has run "since" a year is dated by it', () => {
  it.each([
    ['an irregular participle before the deal noun', "Not their first tie-up: Tarvo has run Siskin's biomass plant since 2019 under an operating contract worth €8m a year.", 2019],
    ['"since" right after the deal noun', 'The pair are hardly strangers: Tarvo has had six Siskin tankers on a three-year, $90m time charter since 2022.', 2022],
  ])('%s', (_what, text, year) => {
    expect(extractClaims(text).some((c) => c.time?.year === year)).toBe(true);
  });

  it('the older deal stays apart from the news', () => {
    const texts = ['Siskin Heat awarded Tarvo Energy a 15-year heat supply contract worth €45m a year.', "Tarvo Energy has run Siskin Heat's biomass plant since 2019 under an operating contract worth €8m a year."];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('"shares have fallen 20% since 2021" dates no deal (guard)', () => {
    expect(extractClaims('Tarvo agreed to buy Siskin for $2bn; Siskin shares have fallen 20% since 2021.').some((c) => c.time?.year === 2021 && c.action?.lemma === 'buy')).toBe(false);
  });
});

describe('"NAME deal:" in a note', () => {
  it('is the deal with that firm, not a field label', () => {
    const claims = extractClaims('Tindrel (TDRL) - Buy, PT $24. Kourant deal: $85M upfront.');
    expect(claims.some((c) => c.action?.lemma === 'deal' && c.actor?.canonical === 'Kourant' && c.amount?.value === 85e6)).toBe(true);
  });

  it('"Deal value:" stays a label (guard)', () => {
    const claims = extractClaims('Deal value: $85M. Buyer: Tarvo. Seller: Siskin.');
    expect(claims.some((c) => c.action?.text === 'value' || c.action?.text === 'Deal')).toBe(false);
  });
});

describe("a deal sheet's plural label before a whole number counts that thing", () => {
  it.each([
    ['Towers: 3,200.', 3200, 'tower'],
    ['Price: EUR 610m. Trainsets: 64. Term: 8 years.', 64, 'trainset'],
  ])('%s', (text, value, unit) => {
    expect(extractQuantities(text).quantities.some((q) => q.value === value && q.unit === unit && q.dimension === 'count')).toBe(true);
  });

  it.each(['Shares: 120,000.', 'Employees: 3,100.', 'Risks: 3 flagged.', 'In Towers: 3,200 it said.'])('"%s" counts nothing (guard)', (text) => {
    expect(extractQuantities(text).quantities.filter((q) => q.rule === 'count.field')).toHaveLength(0);
  });

  it('the count goes with the deal the note tells', () => {
    const claims = extractClaims('Overweight - Tarvo Telecom (TRV PL), PT 3.85. Tarvo is selling its tower portfolio to Siskin Partners. Towers: 3,200. Price: EUR 610m.');
    expect(claims.some((c) => c.counterparty?.canonical === 'Siskin Partners' && c.quantities.some((q) => q.value === 3200))).toBe(true);
  });
});

describe('figures told beside a denial in the same text', () => {
  it('take no stance on whether the deal stands', () => {
    const texts = [
      'Tarvo Group has walked away from its €2.3bn takeover of Siskin Packaging. Tarvo will pay a €90 million break fee.',
      'Tarvo calls off Siskin Packaging. Brussels wanted too many plants sold, so the deal is dead. Siskin Packaging pockets €90m from Tarvo for its trouble.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('a figure-only claim with no denial in its text still takes a stance (guard)', () => {
    const texts = ['Tarvo Group has walked away from its €2.3bn takeover of Siskin Packaging.', 'Tarvo Group x Siskin Packaging: €2.3bn, all cash.'];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});
