import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

// What a deal covers (`src/extract/deal-objects.ts`) and `object-splits` (`src/compare/events.ts`): two deals of one
// pair told apart by the asset, product or power they trade. Invented names throughout.

const SHAPES = [
  { seller: 'Tarvo Chemicals plc (LSE: TRVC)', short: 'Tarvo Chemicals', buyer: 'Siskin Plastics S.A.' },
  { seller: 'TCL', short: 'TCL', buyer: 'SPX' },
  { seller: 'tarvo', short: 'tarvo', buyer: 'siskin' },
] as const;

const ALTERNATIONS = [
  { name: 'active', text: (s: (typeof SHAPES)[number]) => `${s.seller} will sell its Brindmoor compounding plant to ${s.buyer} for £48 million.` },
  { name: 'dative', text: (s: (typeof SHAPES)[number]) => `${s.seller} will sell ${s.buyer} its Brindmoor compounding plant for £48 million.` },
  { name: 'converse', text: (s: (typeof SHAPES)[number]) => `${s.buyer} will buy the Brindmoor compounding plant from ${s.seller} for £48 million.` },
  { name: 'nominal', text: (s: (typeof SHAPES)[number]) => `${s.seller} signed off on a sale of its Brindmoor compounding plant to ${s.buyer} for £48 million.` },
  { name: 'passive', text: (s: (typeof SHAPES)[number]) => `The Brindmoor compounding plant will be sold to ${s.buyer} by ${s.seller} for £48 million.` },
] as const;

/**
 * Known gaps: in the passive, and after a lowercase brand in the dative, the asset's name is read as the buyer
 * ("sold to Siskin by Tarvo" makes Brindmoor a side), so the claim's words about it are its party's, not its object.
 */
const KNOWN_GAPS = new Set(['passive, Tarvo Chemicals', 'passive, TCL', 'passive, tarvo', 'dative, tarvo']);

describe('the asset a deal trades, in every alternation and name shape', () => {
  for (const shape of SHAPES) {
    for (const alternation of ALTERNATIONS) {
      const cell = `${alternation.name}, ${shape.short}`;
      (KNOWN_GAPS.has(cell) ? it.fails : it)(cell, () => {
        const names = extractClaims(alternation.text(shape)).flatMap((c) => (c.objects ?? []).flatMap((o) => o.names));
        expect(names).toContain('brindmoor');
      });
    }
  }
});

describe('objects read from the words around the deal', () => {
  const objectsOf = (text: string) => extractClaims(text).flatMap((c) => c.objects ?? []);

  it('a place after the asset is another name of it', () => {
    expect(objectsOf('Lindgate Bank lent Harlow Estates CHF 90 million for its Quellby logistics hub in Ostby.')[0]?.names).toEqual(['quellby', 'ostby']);
  });

  it('a model code split at its hyphen is read whole', () => {
    expect(objectsOf('Harlow Bio licensed TQ-40 to Tarnveld Pharma for $60 million upfront.')[0]?.names).toEqual(['tq-40']);
  });

  it('the power source is the class of a named farm', () => {
    expect(objectsOf('Wrenfold Energy agreed a 15-year PPA with Kellsmoor Steel covering all output from its Harrow Ridge wind farm.')).toEqual([
      { names: ['harrow ridge'], class: 'wind', rule: 'named-asset' },
    ]);
  });

  it('a deal to look after goods is a service, though it counts the goods', () => {
    expect(objectsOf('Velquor Power renewed an overhaul deal covering nine compressors at its Ostby plant with Brisco Energy for 12 years.').map((o) => o.class)).toEqual(['service']);
    expect(objectsOf('Kellsmoor Trains ordered 24 electric trains from Velquor Rail for £620 million.').map((o) => o.class)).toEqual(['goods']);
  });

  it('(guard) a headline in title case names no asset', () => {
    expect(objectsOf('Tarvo Signs Offtake And Prepayment Facility With Siskin Minerals For Juniper Plant')).toEqual([]);
  });

  it('(guard) a direction before a demonym names no asset', () => {
    expect(objectsOf('Velquor Shipping ordered six tankers from Norvex Heavy Industries at its South Korean shipyard for $460 million.').filter((o) => o.rule === 'named-asset')).toEqual([]);
  });

  it('(guard) a code with digits before a plant word is no asset name, and a well-known place is no asset name', () => {
    expect(objectsOf("Norvex's AX7 foundry deal with Velquor is worth $1.6 billion.").filter((o) => o.rule === 'named-asset')).toEqual([]);
    expect(objectsOf('Norvex is to build sensors for Velquor in its Dallas, Texas fab, in a contract worth $2.1 billion.')).toEqual([]);
  });
});

describe('object-splits', () => {
  const verdicts = (...texts: string[]) => {
    const report = analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
    return { report, kinds: report.findings.map((f) => `${f.kind}:${f.sources.join('-')}`) };
  };

  it('two deals of one pair by their named assets are apart, with the rule named', () => {
    const { report, kinds } = verdicts(
      'Tarvo Chemicals will sell its Brindmoor compounding plant to Siskin Plastics for £48 million.',
      'Siskin Plastics agreed to buy the Brindmoor plant from Tarvo Chemicals for £48 million.',
      'Tarvo Chemicals will supply Siskin Plastics with propylene from its Harwick cracker under a £90 million contract.',
    );
    expect(kinds).toEqual(['agreement:s1-s2']);
    expect(report.events.flatMap((e) => e.splits.map((s) => s.rule))).toContain('object-splits');
  });

  it('wind and solar deals of one pair are apart', () => {
    const { kinds } = verdicts(
      'Wrenfold Energy signed a 15-year PPA with Kellsmoor Steel for its Harrow Ridge wind farm.',
      'Kellsmoor Steel will purchase the power of a wind project run by Wrenfold Energy for 15 years.',
      'Wrenfold Energy signed a 10-year PPA with Kellsmoor Steel for its Ostby solar park.',
    );
    expect(kinds).toEqual(['agreement:s1-s2']);
  });

  it('an order of goods and a contract to look after them are two deals', () => {
    const { kinds } = verdicts(
      'Kellsmoor Trains ordered 24 electric trains from Velquor Rail for £620 million.',
      'Velquor Rail will build 24 trains for Kellsmoor Trains in a £620 million deal.',
      'Velquor Rail won a £180 million, 15-year maintenance deal from Kellsmoor Trains.',
    );
    expect(kinds).toEqual(['agreement:s1-s2']);
  });

  it('a term two deals share does not make their objects one', () => {
    const { kinds } = verdicts(
      'Tarvo Chemicals will sell its Brindmoor plant to Siskin Plastics for £48 million, payable over ten years.',
      'Siskin Plastics agreed to buy the Brindmoor plant from Tarvo Chemicals for £48 million.',
      'Tarvo Chemicals will supply Siskin Plastics with propylene from its Harwick cracker over ten years, under a £90 million contract.',
    );
    expect(kinds).toEqual(['agreement:s1-s2']);
  });

  it('(guard) a claim naming no asset is of the news the named one tells, and still conflicts with it', () => {
    const { kinds } = verdicts(
      'Lindgate Bank will lend Harlow Estates CHF 240 million for its Quellby office tower.',
      'Harlow Estates is borrowing CHF 260m from Lindgate Bank to put up a new office building.',
    );
    expect(kinds).toEqual(['contradiction:s1-s2']);
  });

  it('an asset named by its town in one text and by its name in another is one deal when a text writes both', () => {
    const { kinds } = verdicts(
      'Lindgate Bank lent Harlow Estates CHF 90 million for five years for its Quellby logistics hub in Ostby.',
      'Lindgate Bank lent Harlow Estates CHF 90 million for the Ostby hub.',
      'Lindgate Bank lent Harlow Estates CHF 240 million for seven years for its Brisco office tower.',
    );
    expect(kinds).toEqual(['agreement:s1-s2']);
  });

  it('(guard) two names that share a figure are one deal named two ways', () => {
    const { kinds } = verdicts(
      'Tarnveld Logistics will lease the Hallam depot from Quellby Estates for £950,000 a month over ten years.',
      'Quellby Estates let a warehouse at the Ashby site to Tarnveld Logistics at £950,000 a month for ten years.',
    );
    expect(kinds).toEqual(['agreement:s1-s2']);
  });
});
