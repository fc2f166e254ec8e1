import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

const findings = (texts: readonly string[]) =>
  analyze(texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text }))).findings.map((f) => `${f.kind} ${f.sources.join('~')}`);

const yearOf = (text: string) => extractClaims(text).map((c) => c.time?.year ?? null);

describe('a place and a year in the parenthesis that closes a headline date it', () => {
  it('dates the headline by "(place, year)"', () => {
    expect(yearOf('Gorlan buys 30% of Wendacre Water for £400m (Leeds, 2019)')).toEqual([2019]);
  });

  it('keeps an old headline apart from the new deal between the same firms', () => {
    expect(findings([
      'Gorlan buys 30% of Wendacre Water for £400m (Leeds, 2019)',
      'Gorlan is buying another 21% of Wendacre Water for £310m in a second purchase.',
    ])).toEqual([]);
  });

  it('a year alone in the closing parenthesis still dates it (guard)', () => {
    expect(yearOf('Gorlan buys 30% of Wendacre Water for £400m (2019)')).toEqual([2019]);
  });
});

describe('the date closing a digest heading dates its deal where another source writes that year', () => {
  const digest = 'HARBOUR CAPITAL DIGEST - 9 Mar 2017\nQuenlow Robotics: $30m round led by Dravick Partners, which takes an 18% stake.';
  const news = 'Dravick Partners will buy the rest of Quenlow Robotics for $260 million, adding to the 18% stake it took in 2017.';
  const other = 'Dravick Partners is paying $260 million for the 82% of Quenlow Robotics it does not own.';

  it('keeps the digest apart from the news of the buyout', () => {
    expect(findings([digest, news, other]).filter((f) => f.includes('a~c'))).toEqual([]);
  });

  it('reads the heading date as the claim time', () => {
    expect(yearOf(digest)).toEqual([2017]);
  });

  it('a heading date without another source of that year leaves the deal with the news (guard)', () => {
    expect(findings(['DEALS WEEKLY - 9 Mar 2017\nDravick Partners bought 18% of Quenlow Robotics for $30m.', 'Dravick Partners bought 18% of Quenlow Robotics.'])).toContain('agreement a~b');
  });
});

describe('a heading date beside a dateline of another year', () => {
  it('keeps an old tracker row apart from the news its dateline dates (guard)', () => {
    expect(findings([
      'Santiago, 3 March 2025 - Kelmora Renewables and Varnwick Compute agreed a 15-year supply contract covering 180 MW.',
      'POWER DEALS LOG, Q2 2021\nVarnwick Compute <- Kelmora Renewables | Chile | 75 MW wind | 8 yrs',
    ]).filter((f) => f.startsWith('contradiction'))).toEqual([]);
  });

  it('a bare year after a comma closing a heading names a law, not a date (guard)', () => {
    expect(yearOf('Filing under the Listing Regulations, 2015\nKelmora will supply pumps to Varnwick.')).toEqual([null]);
  });
});

describe('an old deal told in a "when" clause and renamed after a comma', () => {
  it('dates the old deal by the year before "when"', () => {
    expect(yearOf("It's a far cry from 2018, when the two firms agreed on five Supramax bulkers for $140m, a deal that looked dear then.")).toEqual([2018]);
  });

  it('two size classes between one pair are two deals', () => {
    const found = findings([
      'Kelmora Bulk ordered six Panamax bulkers from Varnwick Heavy Industries for $210 million.',
      'Kelmora Bulk ordered two Capesize bulkers from Varnwick Heavy Industries for $140 million.',
      'Kelmora Bulk has ordered six bulkers from Varnwick Heavy Industries for $210 million.',
    ]);
    expect(found.filter((f) => f.startsWith('contradiction'))).toEqual([]);
    expect(found).toContain('agreement a~c');
  });
});
