import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Report } from '../src/index.js';

/**
 * Names as real text writes them (issue 10): a party's decorations (ticker, legal suffix, a leading "The", an
 * acronym the text defines) change no finding, and two close spellings that each keep to their own sources
 * never merge. Names are invented from syllables so no fixture or known firm is special.
 */
const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 25);
const params = { numRuns: RUNS, seed: 20261201 };

const SYLLABLES = ['bar', 'cor', 'dal', 'fen', 'gar', 'hol', 'kel', 'lor', 'mir', 'nor', 'pel', 'quin', 'ros', 'sar', 'tel', 'ven', 'wyn', 'zan'];
const word = fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom(...SYLLABLES), fc.constantFrom('a', 'o', 'is', 'ex', 'on'))
  .map(([a, b, c]) => `${a[0]!.toUpperCase()}${a.slice(1)}${b}${c}`);
/** Two different invented names of one or two words. */
const pair = fc.tuple(word, word, fc.constantFrom('', ' Marine', ' Energy', ' Foods')).filter(([a, b]) => a !== b)
  .map(([a, b, tail]) => [a, `${b}${tail}`] as const);

type Decorate = (name: string) => string;
const DECORATIONS: Record<string, Decorate> = {
  ticker: (n) => `${n} Inc. (NASDAQ: ${n.slice(0, 4).toUpperCase()})`,
  suffix: (n) => `${n} Holdings plc`,
  the: (n) => `The ${n} Group`,
  exchangeColon: (n) => `${n} Corp (NYSE:${n.slice(0, 3).toUpperCase()})`,
  irishForm: (n) => `${n} DAC`,
  czechForm: (n) => `${n} s.r.o.`,
  club: (n) => `${n} Football Club`,
  // ("Tarvo & Co., Ltd.": a Japanese trading house's form, the "&" and the comma inside it.)
  andCompanyLimited: (n) => `${n} & Co., Ltd.`,
  // ("Hôtels" and "Hotels": a name written with and without its accents.)
  accent: (n) => n.replace(/[aeo]/, (c) => ({ a: '\u00e1', e: '\u00e9', o: '\u00f6' })[c]!),
};

/** Three tellings of one deal, the first naming the seller as `seller` writes it. */
function story(seller: string, plainSeller: string, buyer: string): { id: string; text: string }[] {
  return [
    { id: 's1', text: `${seller} agreed to sell its tanker fleet to ${buyer} for $640 million, the companies said on Monday.` },
    { id: 's2', text: `${buyer} will pay ${plainSeller} $640 million for the fleet, according to a filing.` },
    { id: 's3', text: `${buyer} is buying the ${plainSeller} fleet for $910 million, a person familiar with the deal said.` },
  ];
}

const verdicts = (report: Report): string[] => {
  const source = new Map(report.claims.map((c) => [c.id, c.sourceId]));
  return [...new Set(report.findings.map((f) => `${f.kind}:${f.claims.map((id) => source.get(id)).sort().join('~')}`))].sort();
};

describe('names as real text writes them', () => {
  it.each(Object.keys(DECORATIONS))('a %s on one mention changes no finding', (name) => {
    fc.assert(fc.property(pair, ([seller, buyer]) => {
      const plain = verdicts(analyze(story(seller, seller, buyer)));
      const decorated = verdicts(analyze(story(DECORATIONS[name]!(seller), seller, buyer)));
      expect(decorated).toEqual(plain);
      expect(plain).toContain('contradiction:s1~s3');
    }), params);
  });

  it('an acronym the text defines stands for its name', () => {
    fc.assert(fc.property(word, word, word, (a, b, buyer) => {
      fc.pre(new Set([a, b, buyer]).size === 3);
      const full = `${a} ${b} Logistics`;
      const acronym = `${a[0]}${b[0]}L`;
      const report = analyze([
        { id: 's1', text: `${full} (${acronym}) agreed to sell its depot to ${buyer} for $310 million.` },
        { id: 's2', text: `${acronym} sold the depot to ${buyer} for $310 million, a filing showed.` },
      ]);
      expect(verdicts(report)).toContain('agreement:s1~s2');
    }), params);
  });

  it('a ticker one text defines names the firm in another text', () => {
    fc.assert(fc.property(word, word, (name, lender) => {
      fc.pre(name !== lender);
      const ticker = `${name.slice(0, 2)}${lender.slice(0, 1)}X`.toUpperCase();
      const report = analyze([
        { id: 's1', text: `${name} Foods plc (LSE: ${ticker}) has entered into a £250m term loan with ${lender} Bank plc.` },
        { id: 's2', text: `${lender} Bank has lent the snack group ${ticker} £275m over five years, a filing showed.` },
      ]);
      expect(verdicts(report)).toContain('contradiction:s1~s2');
      expect(report.entities.map((e) => e.canonical)).not.toContain(ticker);
    }), params);
  });

  it.each([
    ['a legal suffix before the ticker', (n: string, t: string) => `${n} Corp. (NYSE: ${t})`],
    ['an "& Co." form', (n: string, t: string) => `${n} & Co. (LSE: ${t})`],
    ['a suffix of two words', (n: string, t: string) => `${n} Group plc (LSE: ${t})`],
  ] as const)('a ticker defined after %s names the firm in another text, written bare or as a cashtag', (_shape, write) => {
    fc.assert(fc.property(word, word, fc.boolean(), (name, target, cashtag) => {
      fc.pre(name !== target);
      const ticker = `${name.slice(0, 3)}${target.slice(0, 1)}`.toUpperCase();
      const report = analyze([
        { id: 's1', text: `${write(name, ticker)} agreed to buy ${target} Logistics for $1.2 billion in cash.` },
        { id: 's2', text: `${cashtag ? '$' : ''}${ticker} buying ${target} Logistics for $1.2 billion, the stock fell 3%.` },
      ]);
      expect(verdicts(report)).toContain('agreement:s1~s2');
      expect(report.entities.map((e) => e.canonical)).not.toContain(ticker);
    }), params);
  });

  it('a surname alone is the firm named after a person ("Jonas Haldisson & Co." and "Haldisson")', () => {
    fc.assert(fc.property(fc.constantFrom('Jonas', 'Marta', 'Henrik', 'Ingrid'), word, word, (first, surname, target) => {
      fc.pre(surname !== target);
      const report = analyze([
        { id: 's1', text: `${first} ${surname} & Co., the family investment firm, has bought a 15% stake in ${target} Mills plc for £63 million.` },
        { id: 's2', text: `Norwegian investor ${surname} takes 15% of ${target} Mills for £63 million.` },
      ]);
      expect(verdicts(report)).toContain('agreement:s1~s2');
    }), params);
  });

  it('a lone word that ends one two-word name is that name said short', () => {
    fc.assert(fc.property(fc.constantFrom('Banco', 'Grupo', 'Épicerie', 'Constructora', 'Yildiz'), word, word, (head, name, buyer) => {
      fc.pre(name !== buyer);
      const report = analyze([
        { id: 's1', text: `${buyer} agreed to buy ${head} ${name} SA for €420 million.` },
        { id: 's2', text: `${buyer} is paying €420 million for ${name}, a person close to the deal said.` },
      ]);
      expect(verdicts(report)).toContain('agreement:s1~s2');
    }), params);
  });

  it('two close spellings that each keep to their own sources stay two companies', () => {
    fc.assert(fc.property(word, word, word, (name, left, right) => {
      fc.pre(new Set([name, left, right]).size === 3 && name.length >= 6);
      const twin = `${name.slice(0, 3)}${name[3] === 'x' ? 'y' : 'x'}${name.slice(4)}`;
      const report = analyze([
        { id: 'a1', text: `${name} will supply ${left} with 40 turbines for $300 million.` },
        { id: 'a2', text: `${left} ordered 40 turbines from ${name} for $300 million.` },
        { id: 'b1', text: `${twin} will supply ${right} with 40 turbines for $500 million.` },
        { id: 'b2', text: `${right} ordered 40 turbines from ${twin} for $500 million.` },
      ]);
      const canonical = new Set(report.entities.map((e) => e.canonical));
      expect(canonical.has(name) && canonical.has(twin)).toBe(true);
      expect(verdicts(report).filter((v) => /a\d~b\d/.test(v))).toEqual([]);
    }), params);
  });
});
