import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';
import { DEAL_ENDINGS, type DealEnding } from '../src/lexicon/deal-endings.js';

/**
 * Whether a deal happened, told many ways (session 29): the words of `src/lexicon/deal-endings.ts` in every place they
 * stand, the negatives that deny no deal, reports called untrue, and offers refused beside the deal that was made.
 * Names are invented.
 */
const denied = (text: string): boolean => extractClaims(text).some((c) => c.negated && c.actor !== null);
const asserted = (text: string): boolean => extractClaims(text).some((c) => !c.negated && c.actor !== null && c.action !== null);

const past = (e: DealEnding): string => e.forms.find((f) => /ed$/.test(f)) ?? e.forms[1]!;
const participle = (e: DealEnding): string => e.forms[e.forms.length - 1]!;
const third = (e: DealEnding): string => e.forms[0]!;

/** Three name shapes: a legal suffix and a ticker, an acronym, a lowercase brand (the first written, then the short form). */
const SHAPES = [
  { name: 'suffix and ticker', a: 'Tarvo Mining plc (LSE: TRVM)', a2: 'Tarvo Mining', b: 'Siskin Metals Ltd', b2: 'Siskin Metals' },
  { name: 'acronym', a: 'TMX', a2: 'TMX', b: 'SKM', b2: 'SKM' },
  { name: 'lowercase brand', a: 'tarvo', a2: 'tarvo', b: 'siskin', b2: 'siskin' },
] as const;

/**
 * One sentence per alternation a word of each role takes, for each name shape; every cell must deny the deal. (Cells
 * of the words the earlier lists held, "scrapped", "rejected", "vetoed", passed before this table too.)
 */
function cells(e: DealEnding, s: (typeof SHAPES)[number]): [string, string][] {
  if (e.role === 'fails') {
    return [
      ['verb', `${s.a}'s $300 million offer for ${s.b} ${past(e)} on Tuesday.`],
      ['headline', `${s.a2}'s $300m ${s.b2} takeover ${third(e)}`],
    ];
  }
  const subject = e.role === 'refuses' ? s.b : e.role === 'forbids' ? 'The regulator' : s.a;
  const object = e.role === 'refuses' ? `a $300 million offer from ${s.a2}` : e.role === 'ends' ? `its $300 million offer for ${s.b}` : `${s.a2}'s $300 million offer for ${s.b}`;
  return [
    ['active', `${subject} ${past(e)} ${object}.`],
    ['passive', `${s.a}'s $300 million offer for ${s.b} was ${participle(e)} on Friday.`],
    ['headline', e.role === 'forbids' ? `Regulator ${third(e)} ${s.a2}'s $300m ${s.b2} bid` : `${e.role === 'refuses' ? s.b2 : s.a2} ${third(e)} ${e.role === 'refuses' ? s.a2 : s.b2} $300m bid`],
  ];
}

/**
 * Known gaps: a lowercase brand right after these verbs in a headline is not read as a name ("Regulator vetoes
 * tarvo's $300m siskin bid"), so the denial has no side. `it.fails` keeps them listed until they are read.
 */
// ("scuppers" and "torpedoes", added in session 46, are read as plural nouns there too.)
const KNOWN_GAPS = new Set(['halt (forbids), headline, lowercase brand', 'nix (forbids), headline, lowercase brand', 'veto (forbids), headline, lowercase brand',
  'scupper (forbids), headline, lowercase brand', 'torpedo (forbids), headline, lowercase brand']);

describe('words that end a deal, in each alternation and name shape', () => {
  const grid = SHAPES.flatMap((shape) => DEAL_ENDINGS.flatMap((e) => cells(e, shape).map(([alternation, text]) => [`${e.lemma} (${e.role}), ${alternation}, ${shape.name}`, text] as const)));
  it.each(grid.filter(([cell]) => !KNOWN_GAPS.has(cell)))('%s: %s', (_cell, text) => {
    expect(denied(text)).toBe(true);
  });
  it.fails.each(grid.filter(([cell]) => KNOWN_GAPS.has(cell)))('known gap, %s: %s', (_cell, text) => {
    expect(denied(text)).toBe(true);
  });
});

describe('other shapes of an end', () => {
  it.each([
    ['a noun of the end, "of" the deal', 'Shares fell after the collapse of Harlow\'s $900 million bid for Tarnveld.'],
    ['a noun of the end, "of" a plan to do the deal', 'Quellby Air blamed the failure of its plan to rent four freighters from Brisco Leasing on funding.'],
    ['an -ing form with the deal as object', 'Velquor is returning the Norvex asthma drug, ending a licence agreed in 2022 worth up to $410 million.'],
    ['a decision to end it', 'Kellsmoor\'s directors resolved on Monday to withdraw their ¥95 billion tender offer for Wrenfold.'],
    ['a bare form after a plural subject', 'Tarvo ditches $2.2bn Siskin bid as investors spurn offer'],
    ['a headline that drops "is"', "Tarvo's $2bn Siskin bid off after board balks"],
    ['a label before a colon', 'Deal off: Brisco pulls the plug on A$2.7bn Quellby approach.'],
    ['a multi-word particle', 'Last week Brisco pulled the plug on a A$2.7bn offer for Quellby.'],
    ['talk that folds "is" into the deal word', "Tarvo's bid's been pulled, Siskin said."],
    ['a pronoun taking the deal up after "but" (guard)', 'Velquor had planned to buy Norvex for $800 million, but that\'s off now.'],
    ['an adverb between "was" and the participle', "Kellsmoor's $2 billion offer for Tarnveld was formally withdrawn."],
    ['the deal subject of "died" past a list of names', 'The €900m merger between Harlow and Wrenfold died last week.'],
  ])('%s: %s', (_shape, text) => {
    expect(denied(text)).toBe(true);
  });
});

describe('negatives and endings that deny no deal (guards)', () => {
  it.each([
    ['a share move', 'Shares of Tarvo dropped 4% after its $300 million deal with Siskin.'],
    ['silence', 'Asked about the $300 million Siskin deal, Tarvo declined to comment.'],
    ['the end of a year', 'Tarvo ended the year with a $350 million Siskin order in hand.'],
    ['another clause\'s perfect with its own object', "The panel covered Harlow's $640 million agreed deal for Quellby and how Quellby had rebuffed another suitor in 2019."],
    ['a verb of failing in a clause of its own', "Brisco's $2 billion offer for Tarnveld undervalues the group and fails to price in its pipeline, Tarnveld's board said."],
  ])('%s: %s', (_shape, text) => {
    expect(asserted(text)).toBe(true);
    expect(denied(text)).toBe(false);
  });
});

describe('a change of terms denied', () => {
  it('leaves the offer standing', () => {
    const text = 'Tarvo has ruled out a higher price and will not sweeten its $2 billion offer for Siskin.';
    expect(asserted(text)).toBe(true);
    expect(denied(text)).toBe(false);
  });
});

describe('the scope of a refusal', () => {
  it('a verb coordinated after the refusal has a scope of its own', () => {
    const claims = extractClaims("Siskin's directors have rejected the $3.2 billion approach from Tarvo and continued to back Harlow's $2.9 billion offer.");
    expect(claims.some((c) => c.amount?.value === 2.9e9 && !c.negated)).toBe(true);
  });
  it('a coordination set off by commas keeps the denial (guard)', () => {
    expect(denied('Brisco did not sign, and will not sign, any offtake with Norvex Cells.')).toBe(true);
  });
});

describe('reports called untrue', () => {
  it('a story telling the deal, called false in the next sentence, denies it', () => {
    const text = 'Siskin Lithium has seen a press story this morning saying it signed a A$2.6 billion offtake contract with Tarvo Motors. Siskin says the story is false.';
    const told = extractClaims(text).filter((c) => c.amount?.value === 2.6e9 && c.action?.type !== 'state');
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((c) => c.negated)).toBe(true);
  });
  it('speculation regarding the deal, called unfounded in the next sentence, denies it', () => {
    const text = 'Harlow ASA has noted press speculation regarding a purchase of shares in Wrenfold AS. In its view the speculation is unfounded.';
    const told = extractClaims(text).filter((c) => c.action !== null && c.action.type !== 'state');
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((c) => c.negated)).toBe(true);
  });
  it('a report called erroneous before it denies the deal it tells', () => {
    expect(denied('Quellby said an erroneous report of its plan to buy a quarter of Brisco for 900 million crowns had misled investors.')).toBe(true);
  });
  it('a report of the deal called false denies it', () => {
    expect(denied('Quellby Metals slid 7% after the company branded the report of a Siskin offtake pact false.')).toBe(true);
  });
  it('a report that is not called untrue denies nothing (guard)', () => {
    const text = 'Siskin Lithium has seen a press story this morning saying it signed a A$2.6 billion offtake contract with Tarvo Motors. Siskin will update the market in due course.';
    expect(extractClaims(text).some((c) => c.amount?.value === 2.6e9 && c.action?.type !== 'state' && !c.negated)).toBe(true);
  });
});

describe('what a denial is set against', () => {
  it('a question of a noun phrase alone takes no stance', () => {
    const report = analyze([
      { id: 'a', text: 'HOST: What about the Harlow-Wrenfold stake? GUEST: Never happened. There is no deal.' },
      { id: 'b', text: 'Harlow is not taking any stake in Wrenfold, the company said on Monday.' },
    ]);
    expect(report.findings.some((f) => f.kind === 'contradiction' && f.field === 'polarity')).toBe(false);
  });
  it('an offer refused with another figure, beside the deal its text tells, is apart (refused-offer-splits)', () => {
    const report = analyze([
      { id: 'a', text: 'Tarvo Foods is buying Wrenfold Dairies for £1.6 billion. Wrenfold rebuffed a £1.2 billion offer from Tarvo in May.' },
      { id: 'b', text: 'Tarvo Foods agreed to buy Wrenfold Dairies for £1.6 billion.' },
    ]);
    expect(report.findings.some((f) => f.kind === 'contradiction')).toBe(false);
    expect(report.findings.some((f) => f.kind === 'agreement' && f.field === 'amount')).toBe(true);
  });
  it('a break fee is no other offer: a dropped deal still conflicts with its announcement', () => {
    const report = analyze([
      { id: 'a', text: 'Kellsmoor has dropped its €1.4 billion takeover of Norvex Chemicals. Kellsmoor will pay Norvex a €20 million break fee.' },
      { id: 'b', text: 'Kellsmoor has agreed to buy Norvex Chemicals for €1.4 billion.' },
    ]);
    expect(report.findings.some((f) => f.kind === 'contradiction' && f.field === 'polarity')).toBe(true);
  });
  it('a full stop the splitter missed keeps two offers apart (guard)', () => {
    const claims = extractClaims('Tarvo buying Siskin for £1.6bn. odd, Siskin spurned a £1.2bn approach from them in May');
    expect(claims.some((c) => c.amount?.value === 1.6e9 && !c.negated)).toBe(true);
  });
});

describe('figures that are no deal\'s', () => {
  it('money in the bank is the firm\'s own', () => {
    expect(extractClaims('Velquor broke off licensing talks with Norvex. With CHF 75 million in the bank, Velquor needs no partner.').some((c) => c.amount?.value === 7.5e7)).toBe(false);
  });
  it('a job title names no deal', () => {
    expect(extractClaims("Norvex's head of purchasing, Ana Tell, joined the call from Oslo.").some((c) => c.action !== null)).toBe(false);
  });
  it('an approach with a sum is an offer', () => {
    const claims = extractClaims("Tarnveld rebuffs Kellsmoor's €2.2bn approach");
    expect(claims.some((c) => c.action?.lemma === 'approach' && c.negated && c.amount?.value === 2.2e9)).toBe(true);
  });
  it('an approach with no sum is no deal (guard)', () => {
    expect(extractClaims('Tarvo took a new approach to pricing with Siskin.').some((c) => c.action?.lemma === 'approach')).toBe(false);
  });
});
