import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';
import { splitSentences } from '../src/text/sentences.js';

const findings = (texts: readonly string[]) =>
  analyze(texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text }))).findings.map((f) => `${f.kind} ${f.sources.join('~')}`);

const parties = (text: string) => extractClaims(text).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('a lease and an investment come from the firm "from" names', () => {
  it('a note names the lessor of its own fleet by "from"', () => {
    expect(parties('PRTW FP | Fleet plan - six A-series jets on operating lease from Ulvenor, 9-yr terms.').some(([, counterparty]) => counterparty === 'Ulvenor')).toBe(true);
  });

  it('an investment from a firm has that firm on its other side (guard)', () => {
    expect(parties('Pertwick took a $40 million investment from Ulvenor Capital.')).toEqual([['Pertwick', 'Ulvenor Capital']]);
  });

  it('a stake "from" a firm is still the stake it sold (guard)', () => {
    expect(parties('Pertwick bought a 10% stake from Ulvenor Capital.')).toEqual([['Pertwick', 'Ulvenor Capital']]);
  });
});

describe("a tracker's row of short cells is one record", () => {
  it('keeps the cells of a row together and ends the heading before it', () => {
    const text = 'PPA TRACKER: ES | Quorrel -> Delmarsh | PV | 300 MW | 15 yrs | EUR 900m';
    expect(sentencesOf(text)).toEqual(['PPA TRACKER: ES', 'Quorrel -> Delmarsh | PV | 300 MW | 15 yrs | EUR 900m']);
  });

  it('still splits a digest of whole items (guard)', () => {
    expect(sentencesOf('Quorrel raises €9m from Tindrel | Delmarsh cuts 60 jobs | Caskmoor wins an award')).toHaveLength(3);
  });

  it("reads the row's arrow as the deal's sides, the first giving", () => {
    const [claim] = extractClaims('Quorrel -> Delmarsh | PV | 300 MW | 15 yrs | EUR 900m');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical, claim?.duration?.months, claim?.amount?.value]).toEqual(['Quorrel', 'Delmarsh', 180, 900_000_000]);
  });

  it('a row and a wire about one deal meet', () => {
    const texts = [
      'Quorrel Energia will sell Delmarsh Data what its new 300 MW array makes, over 15 years.',
      'ES | Quorrel -> Delmarsh | PV | 300 MW | 15 yrs | EUR 900m',
    ];
    expect(findings(texts)).toContain('agreement a~b');
  });

  it("a pair a row's first cell names takes the figures of the cells after it", () => {
    const [claim] = extractClaims('Evenmoor takes 3 x 82k cbm (Roskild, dual-fuel) | 6 yrs | ~$90m/yr total | from 2Q27');
    expect([claim?.counterparty?.canonical, claim?.duration?.months, claim?.amount?.value]).toEqual(['Roskild', 72, 90_000_000]);
  });
});

describe('sentence ends that abbreviations and item numbers hid', () => {
  it('"est." before a capital ends the sentence', () => {
    expect(sentencesOf('Sale at EUR1.1bn, above our EUR950m est. Net debt falls to 2.6x.')).toHaveLength(2);
  });

  it('"est." before a figure does not (guard)', () => {
    expect(sentencesOf('The est. $5m fee is small.')).toHaveLength(1);
  });

  it("an item's number opens its item", () => {
    expect(sentencesOf('1. Counterparty: Ulvenor AG. 2. Total contract amount: US$3.2 billion.')).toEqual(['1. Counterparty: Ulvenor AG.', '2. Total contract amount: US$3.2 billion.']);
  });

  it("a form's numbered amount is the deal's", () => {
    const text = 'Notice -- Pertwick Semiconductor Corp. (TWSE: 5102). 1. Counterparty: Ulvenor Motors AG. 2. Total contract amount: about US$2.6 billion. 3. Deposit: the buyer pays US$300 million first.';
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.actor?.canonical, c.counterparty?.canonical, c.amount?.value])).toEqual([['Pertwick Semiconductor Corp', 'Ulvenor Motors', 2_600_000_000]]);
  });
});

describe('names: legal forms, deal acronyms, formulas, dates', () => {
  it('"S.à r.l." and "S.A.U." are legal forms', () => {
    expect(parties('Olberth Towers Holdings S.à r.l. will acquire 3,800 sites from Palindra Móvil, S.A.U., for EUR 1,100 million.')).toEqual([['Olberth Towers Holdings', 'Palindra Móvil']]);
  });

  it('an unknown word before a deal noun in capitals names a side', () => {
    expect(parties('6871 TT | Outperform. Merrivane LTSA: ~US$400m/yr over 8 yrs.')[0]?.[0]).toBe('Merrivane');
  });

  it.each(['the 8-inch SiC ramp (guard)', 'GaN chargers (guard)', 'LiOH supply'])('a formula names no firm: %s', (phrase) => {
    expect(extractClaims(`Hallowfen signed a $40m deal with Brisbury for ${phrase.replace(' (guard)', '')}.`).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).toEqual(['Hallowfen', 'Brisbury']);
  });

  it('a month beside a day is a date, no side', () => {
    expect(parties('Vantmoor signed a $40m supply deal on 12 Sep.').flat()).not.toContain('Sep');
  });

  it('a person-shaped name that reports on itself as "it" is a firm', () => {
    expect(parties('Harada Yakuhin said it had licensed the drug from Wendacre.')).toEqual([['Harada Yakuhin', 'Wendacre']]);
  });

  it('a person who says "it was" a fair price stays a person (guard)', () => {
    expect(parties('Dana Whitcomb said it was a fair price for Wendacre to pay Axholm.').flat()).not.toContain('Dana Whitcomb');
  });
});

describe('a site named by its material', () => {
  it('"for its Kumagaya SiC fab" names no side (guard)', () => {
    const texts = [
      'Liddane Semiconductor will receive up to ¥48.5 billion in subsidies from the Feldane Agency for a chip plant.',
      'Liddane gets ¥48.5bn of state aid for Kumagaya SiC fab',
    ];
    expect(findings(texts)).toContain('agreement a~b');
  });
});

describe('goods on contract, and whole output', () => {
  it('"contracted to" and "contracted from" are supply', () => {
    expect(parties("The whole output of Axholm's park is contracted to Cravenholt Power.")).toEqual([['Axholm', 'Cravenholt Power']]);
    expect(extractClaims('Cravenholt Power has contracted 90 MW of wind power from Axholm Wind.')[0]?.action?.direction).toBe('reverse');
  });

  it('"the contracted share of output" is no deal (guard)', () => {
    expect(extractClaims('The Liddane PPA lifts the contracted share of 2028 output to 78%.').some((c) => c.action?.lemma === 'contract')).toBe(false);
  });

  it('the whole output sold to one buyer conflicts with all of it sold to another', () => {
    const texts = [
      'Axholm Wind sells 100% of its output to Cravenholt Power.',
      'The whole output of Axholm is contracted to Liddane Metals.',
    ];
    expect(findings(texts)).toContain('contradiction a~b');
  });

  it('"100% of the shares" is a takeover, not an exclusive grant (guard)', () => {
    expect(extractClaims('Axholm plans to take 100% of Liddane shares.')[0]?.exclusive).toBe(false);
  });

  it('a share "of its output" is no stake (guard)', () => {
    expect(analyze([{ id: 'a', text: 'Axholm Wind sells 100% of its output to Cravenholt Power.' }]).events[0]?.type).not.toBe('invest');
  });
});

describe('figures that describe goods, not the deal', () => {
  it('sizes of parts are no measures of the deal', () => {
    const texts = ['Hallowfen will supply Brisbury with 8-inch wafers for $40m.', 'Hallowfen will supply Brisbury with 5nm chips for $40m.'];
    expect(findings(texts).filter((f) => f.startsWith('contradiction'))).toEqual([]);
  });

  it('what each of the goods is made of is no count of the deal', () => {
    const [claim] = extractClaims('Hallowfen will buy 24 trainsets from Brisbury for $500m. The eight-car trains enter service in 2027.');
    expect(claim?.quantities.map((q) => q.unit)).toEqual(['trainset']);
  });

  it('a count of an order hyphened before a deal noun stays (guard)', () => {
    expect(extractClaims('Hallowfen placed a 68-turbine order with Brisbury.')[0]?.quantities.map((q) => q.value)).toEqual([68]);
  });
});

describe('participles inside compounds', () => {
  it('"a 2009-built tanker" is no action, and its buyer is the side "to" marks', () => {
    expect(extractClaims('Roskild Tankers is selling the Roskild Vega, a 2011-built bulker, to Evenmoor Trading for $21 million.').map((c) => [c.action?.lemma, c.counterparty?.canonical])).toEqual([['sell', 'Evenmoor Trading']]);
  });

  it('"pay-as-produced" is no action', () => {
    expect(extractClaims('RSKD NO - offtake done: 12y, 180MW Feldane (NO3), priced pay-as-produced.').some((c) => c.action?.lemma === 'produce')).toBe(false);
  });

  it('"a Tarvo-led round" still names its leader (guard)', () => {
    expect(extractClaims('Evenmoor bags $48m in Roskild-led Series B')[0]?.action?.lemma).toBe('lead');
  });
});

describe('digest lines with a heading', () => {
  it("a slashed pair after a heading's words heads the line's figures", () => {
    const [claim] = extractClaims('TELECOM M&A BRIEF: Caskmoor/Tindrel -- masts, GH + CI | c.1.7k masts | $410m ($300m at close) | ~8x');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical, claim?.amount?.value]).toEqual(['Caskmoor', 'Tindrel', 410_000_000]);
  });

  it('"c." glued to a figure is circa, not a code', () => {
    expect(extractClaims('Caskmoor/Tindrel: c.1.7k masts, $410m')[0]?.quantities.map((q) => q.value)).toEqual([1700]);
  });
});

describe('how old the records a deal moves are', () => {
  it('"forty years of patient records" is no term of the deal', () => {
    expect(extractClaims('Caskmoor Health will move forty years of patient records onto Tindrel Cloud for $9 million a year.')[0]?.duration).toBeNull();
  });

  it('"ten years of output" is the deal\'s term (guard)', () => {
    expect(extractClaims('Caskmoor Power will buy ten years of output from Tindrel Wind.')[0]?.duration?.months).toBe(120);
  });
});
