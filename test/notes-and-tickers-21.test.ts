import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

const between = (report: ReturnType<typeof analyze>, a: string, b: string) =>
  report.findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);
const sides = (text: string) => extractClaims(text).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

describe('a note that opens with the ticker it covers', () => {
  it.each([
    ['a bare ticker and a colon', 'HDMF: the Tarvo haulage contract is 5-yr, $250m TCV. Upside to FY guide.'],
    ['a cashtag', '$HDMF: the Tarvo haulage contract is $250m over five years, a solid base.'],
    ['a ticker with its exchange code', 'HDMF US: the Tarvo haulage contract is 5 yrs, ~$250m total; reit Buy.'],
    ['a ticker with its rating in parentheses', 'HDMF US (Buy, PT $41): the Tarvo haulage contract adds $250m over five years.'],
  ])('puts the covered firm on the other side of the deal, after %s', (_shape, text) => {
    expect(sides(text)).toContainEqual(['Tarvo', 'HDMF']);
  });

  it('joins the note to the news once the corpus says whose ticker it is', () => {
    const report = analyze([
      { id: 'press', text: 'Harlow Diskmoor Freight Inc. (NASDAQ: HDMF) said Tarvo Lines has signed a five-year, $250 million haulage contract with it.' },
      { id: 'note', text: 'HDMF: the Tarvo haulage contract is 5-yr, $250m TCV.' },
    ]);
    expect(between(report, 'press', 'note')).toEqual(['agreement']);
  });

  it('names the firm by a name of the note that its letters run through', () => {
    expect(sides('DSKM LN - Diskmoor Foods: in line. The Brisco Dairies deal (£310m) is off.')).toContainEqual(['Brisco Dairies', 'Diskmoor Foods']);
  });

  it('leaves the side unknown when the ticker names no firm of the corpus', () => {
    const report = analyze([{ id: 'note', text: 'TBQ AU: the Siskin Yard purchase for A$310m is accretive.' }]);
    expect(report.claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('TBQ');
  });

  it('takes no speaker of a transcript, and no shouted word, for a ticker', () => {
    expect(sides('MIRA: the Tarvo contract is about $40m a year.').flat()).not.toContain('MIRA');
    expect(sides('HOST: So the Tarvo contract is $40m a year? GUEST: About that.').flat()).not.toContain('HOST');
    expect(sides('UPDATE: the Tarvo contract is $40m a year.').flat()).not.toContain('UPDATE');
  });
});

describe('a ticker written across the corpus', () => {
  const aliasesOf = (report: ReturnType<typeof analyze>, name: string) => report.entities.find((e) => e.canonical === name)?.aliases ?? [];

  it('joins a firm written both short and long', () => {
    const report = analyze([
      { id: 'long', text: 'Harlow Bank signed a three-year, $90 million cloud deal with Tamberlane Cloud.' },
      { id: 'short', text: 'Tamberlane signed a $5 million support deal with Siskin.' },
      { id: 'note', text: 'TMBL: the Harlow cloud deal is 3-yr, $90m TCV.' },
    ]);
    const owner = report.entities.find((e) => e.aliases.includes('TMBL'));
    expect(owner?.family).toBe(report.entities.find((e) => e.canonical === 'Tamberlane Cloud')?.family);
  });

  it('takes, of two firms its letters run through, the one that deals with its partner', () => {
    const report = analyze([
      { id: 'deal', text: 'Brisco Freight agreed to acquire Diskmoor Haulage for $1.15 billion.' },
      { id: 'other', text: 'Briscombe Ventures led a $40 million round in Siskin.' },
      { id: 'note', text: 'BRSC: the Diskmoor deal adds scale at $1.15bn.' },
    ]);
    expect(aliasesOf(report, 'Brisco Freight')).toContain('BRSC');
  });
});

describe('figures a note sets aside', () => {
  it('drops a figure the text rejects after ", not"', () => {
    const [claim] = extractClaims('Harlow sized the Diskmoor PPA at 300MW, not the 400MW first announced.');
    expect(claim?.quantities.map((q) => q.value)).toEqual([300_000_000]);
  });

  it('dates an older deal told after a lead set off by a colon', () => {
    const [claim] = extractClaims("Some history first: back in 2022 Tarvo's tooling arm signed a CHF 22m, four-year parts supply deal with Siskin.");
    expect(claim?.time).toMatchObject({ text: '2022' });
    expect(extractClaims('Show notes: This week the panel asks why Tarvo paid Siskin $40m.')[0]?.time ?? null).toBeNull();
  });
});

describe('a description beside one of the two firms of its paragraph', () => {
  it('reads a hyphened place before the noun ("the Leeds-based haulier") and stands for the firm its sentence does not name', () => {
    expect(sides('Siskin Foods has picked Tarvo Lines as its carrier. The Leeds-based haulier will deliver for Siskin Foods under a six-year contract.'))
      .toContainEqual(['Tarvo Lines', 'Siskin Foods']);
  });

  it('fills the other side of a deal from a speaker the paragraph describes', () => {
    expect(sides('Tarvo Lines has landed a big new customer. The six-year contract with Siskin Brewing, the Dutch brewer, is worth about NOK 1.8 billion, the Bergen-listed haulier said.'))
      .toContainEqual(['Tarvo Lines', 'Siskin Brewing']);
  });

  it('leaves a word that only ends like an agent, or a sentence of two open descriptions, alone', () => {
    const sidesOf = (text: string, word: string) => extractClaims(text).filter((c) => c.text.includes(word)).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(sidesOf('Reiterate Buy on Harlow Diskmoor. The Tarvo PPA is worth roughly EUR 1.4bn over the tenor by our math.', 'tenor')).not.toContain('Reiterate');
    expect(sidesOf("Siskin Bank has picked Tarvo Assurance as its partner. The Leeds-based insurer will pay £64 million for access to the lender's customers.", 'insurer'))
      .not.toContain('Siskin Bank');
  });
});

describe('a deal a relative clause denies', () => {
  it('reads "which the airline has denied" after the deal word as a denial, and "which it has not denied" as none', () => {
    const [denied] = extractClaims('Even without the rumoured Tarvo order, which the airline has denied, we see deliveries of about 740 aircraft.');
    expect(denied).toMatchObject({ negated: true });
    expect(extractClaims('Siskin said the Tarvo order, which it has not denied, is worth $2bn.').some((c) => c.negated)).toBe(false);
  });
});

describe('a figure set off by dashes', () => {
  it('belongs to the deal word before it, not to the next deal noun past the closing dash', () => {
    const claims = extractClaims("Tarvo's naming-rights pact with Diskmoor — £4m annually — sits alongside its shirt sponsorship of Siskin Athletic.");
    expect(claims.map((c) => [c.action?.lemma, c.amount?.value ?? null])).toEqual([['pact', 4_000_000], ['sponsorship', null]]);
  });
});

describe('a count of bare units', () => {
  it('is set against a count of the goods it stands for', () => {
    const report = analyze([
      { id: 'release', text: 'Tarvo Robotics has signed a robots-as-a-service agreement with Diskmoor Retail covering five hundred P7 units.' },
      { id: 'note', text: "Diskmoor Retail's 750-robot rollout with Tarvo Robotics runs at $18m a year." },
    ]);
    expect(report.findings.filter((f) => f.sources.includes('release') && f.sources.includes('note')).map((f) => [f.kind, f.field])).toContainEqual(['contradiction', 'quantity']);
  });
});
