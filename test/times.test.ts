import { describe, expect, it } from 'vitest';
import { analyze, compareClaims, extractClaims, type Claim, type Report } from '../src/index.js';
import { datelineTime } from '../src/extract/time-places.js';

/** The time on the first claim of a text. */
const timeOf = (text: string, publishedAt?: string) => extractClaims(text, publishedAt ? { publishedAt } : {})[0]?.time ?? null;

/** The events that hold a claim of each of the given sources. */
const eventsOf = (report: Report, ...sources: string[]) =>
  report.events.filter((e) => e.type !== 'state' && sources.some((s) => e.sources.includes(s)));

const between = (report: Report, a: string, b: string) => report.findings.filter((f) => f.sources.includes(a) && f.sources.includes(b));

describe('times on claims', () => {
  it('counts relative words from publishedAt, to a year or a year and a month', () => {
    expect(timeOf('Brisk Air bought 40 jets from Siskin Aero last year.', '2025-03-10')).toMatchObject({ text: 'last year', year: 2024, month: null, offset: -1, certainty: 'implied' });
    expect(timeOf('Brisk Air ordered 12 jets from Siskin Aero last month.', '2025-01-15')).toMatchObject({ text: 'last month', year: 2024, month: 12, offset: -1 });
    expect(timeOf('Earlier this year, Brisk Air ordered 12 jets from Siskin Aero.', '2025-06-01')).toMatchObject({ text: 'Earlier this year', year: 2025, offset: 0 });
    expect(timeOf('Brisk Air ordered 12 jets from Siskin Aero in the first quarter.', '2025-06-01')).toMatchObject({ year: 2025, month: 1 });
    expect(timeOf("Siskin Aero said this week's order from Brisk Air covers 12 jets.", '2025-06-01')).toMatchObject({ text: 'this week', year: 2025, month: 6, offset: 0 });
  });

  it('reads a bare month as the last one up to the publication, or the next one for a deal to come', () => {
    expect(timeOf('Brisk Air ordered 12 jets from Siskin Aero in March.', '2025-05-02')).toMatchObject({ year: 2025, month: 3, offset: 0 });
    expect(timeOf('Brisk Air ordered 12 jets from Siskin Aero in March.', '2025-02-01')).toMatchObject({ year: 2024, month: 3, offset: -1 });
  });

  it('keeps a written year as stated, and relative words as an offset when no date anchors them', () => {
    expect(timeOf('Brisk Air bought 12 jets from Siskin Aero in 2019.', '2025-03-10')).toMatchObject({ year: 2019, certainty: 'stated', offset: null });
    expect(timeOf('Brisk Air bought 40 jets from Siskin Aero last year.')).toMatchObject({ year: null, offset: -1 });
    expect(timeOf('Brisk Air ordered 12 jets from Siskin Aero this week.')).toMatchObject({ year: null, offset: 0 });
    expect(timeOf('Brisk Air ordered 12 jets from Siskin Aero in March.')).toMatchObject({ year: null, month: 3, offset: null });
  });

  it('gives the span of the words as written', () => {
    const text = 'Brisk Air bought 40 jets from Siskin Aero last year.';
    const time = timeOf(text)!;
    expect(text.slice(time.span.start, time.span.end)).toBe('last year');
  });

  it('dates only the deal: not a time of another fact in the sentence, nor a start or a bound', () => {
    expect(timeOf('Brisk Air bought 12 jets from Siskin Aero, whose shares have risen 20% this year.')).toBeNull();
    expect(timeOf('Brisk Air bought 12 jets from Siskin Aero, its largest order since 2021.')).toBeNull();
    // (A deal that has run since a year, told in the perfect, is dated by that year: an older one than the news.)
    expect(timeOf('Brisk Air has bought jets from Siskin Aero since 2021.')).toMatchObject({ year: 2021 });
    expect(timeOf('Brisk Air will buy 12 jets from Siskin Aero for delivery by 2028.')).toBeNull();
    // A deal still to come is announced now: its later date is not the deal's.
    expect(timeOf('Brisk Air will buy 12 jets from Siskin Aero next year.')).toBeNull();
    // A plant's start or a delivery year is no date of the deal either, whatever the tense.
    expect(timeOf('The 400 MW plant was bought by Solenne from Kurobe and is due to start operating in 2028.')).toBeNull();
    expect(timeOf('Brisk Air bought 12 jets from Siskin Aero, with deliveries in 2027.')).toBeNull();
    expect(timeOf('Brisk Air bought 12 jets from Siskin Aero in 2019.')).toMatchObject({ year: 2019 });
  });

  it('dates a present-tense deal by the contract "signed in" a year', () => {
    expect(timeOf('Hilwell already ships to Norrvik under a two-year pilot contract signed in 2021, worth about $12 million.')).toMatchObject({ year: 2021 });
  });

  it('dates a deal noun by an aside after a dash told in the past ("— two ro-ros back in 2022")', () => {
    expect(timeOf('Reminder that Abthorpe cancelled its last Darrholm order — two ro-ros back in 2022 — so hold the champagne.')).toMatchObject({ year: 2022 });
  });

  it('lets "its" take a subject whose name reads like a person\'s when no firm was named before', () => {
    const [claim] = extractClaims('Ithley Verde has now drawn half of its €1bn BMF loan.');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual(['BMF', 'Ithley Verde']);
  });

  it('dates a deal told in a "when" clause after "goes back to" a year', () => {
    expect(timeOf('That relationship goes back to 2018, when Brisk Air ordered fifteen jets from Siskin Aero.')).toMatchObject({ year: 2018 });
    expect(timeOf('Brisk Air will lease jets from Siskin Aero from 2026 to 2030.')).toBeNull();
    expect(timeOf('Brisk Air will pay Siskin Aero $300m a year, 2026 through 2030.')).toBeNull();
    // A year that ends a name ("FC Rothmoor 1911") is no date; one after "In" or a month is.
    expect(timeOf('Kaskholm Energie will pay FC Rothmoor 1911 €6m a year for naming rights.')).toBeNull();
    expect(timeOf('In 2019 Brisk Air bought 12 jets from Siskin Aero.')).toMatchObject({ year: 2019 });
  });

  it('dates a deal noun by a participle set off by commas, and a sentence by a time after one word of lead-in', () => {
    expect(timeOf("Siskin Aero's first Brisk Air contract, signed in 2022, covered 18 jets.")).toMatchObject({ year: 2022, certainty: 'stated' });
    expect(timeOf('Flashback, June 2021: Brisk Air paid $90m for 12 jets from Siskin Aero.')).toMatchObject({ year: 2021, month: 6 });
    expect(timeOf('Meanwhile, in 2019, Brisk Air bought 12 jets from Siskin Aero.')).toMatchObject({ year: 2019 });
    expect(timeOf("Brisk Air's first Siskin Aero order, signed at the Paris show in 2019, was for 50 jets.")).toMatchObject({ year: 2019 });
  });

  it('dates a deal by a time at the end of its long clause, but not across a dash', () => {
    expect(timeOf('Brisk Air picked up Ternvale Bakeries from Siskin Aero for about a hundred and twenty million quid back in 2019.')).toMatchObject({ year: 2019 });
    expect(timeOf("Brisk Air's £620m purchase of Siskin Aero \u2014 its first deal since it swallowed Puthris Bakeries in 2021 \u2014 lifts revenue.")).toBeNull();
  });

  it('never takes the words of an opening time for a party', () => {
    const [claim] = extractClaims('Back in 2019, Brisk Air agreed to buy 25 jets from Siskin Aero.');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).not.toContain('Back');
    expect(claim?.time?.year).toBe(2019);
  });
});

describe('times split and join events', () => {
  it('keeps deals of different resolved years apart, and says which rule did', () => {
    const report = analyze([
      { id: 'a', text: 'Brisk Air bought 40 jets from Siskin Aero last year.', publishedAt: '2025-03-10' },
      { id: 'b', text: 'Brisk Air bought 55 jets from Siskin Aero in 2023.', publishedAt: '2025-04-01' },
    ]);
    expect(between(report, 'a', 'b')).toEqual([]);
    const [a] = eventsOf(report, 'a');
    expect(a?.id.endsWith('@2024')).toBe(true);
    expect(a?.splits.map((s) => s.rule)).toEqual(['relative-time-splits']);
  });

  it('dates a past sentence of figures with no deal word, so an older deal stays apart; a term\'s start dates nothing', () => {
    const report = analyze([
      { id: 'a', text: 'Trenvia ordered 30 electric trains from Cutholl Rail for R$3.2 billion.' },
      { id: 'b', text: "Cutholl has history with Trenvia: in 2018 it refurbished 12 of the operator's older trains for R$240 million." },
    ]);
    expect(between(report, 'a', 'b')).toEqual([]);
    const [lease] = extractClaims('Olmris Home has taken the old store at Wharfside from Stenmark on terms beginning in 2024, at £2.4m per annum.');
    expect(lease?.time).toBeNull();
  });

  it('lets a relative time meet the calendar year it names', () => {
    const report = analyze([
      { id: 'a', text: 'Brisk Air bought 40 jets from Siskin Aero last year.', publishedAt: '2025-03-10' },
      { id: 'b', text: 'Siskin Aero sold 55 jets to Brisk Air in 2024.' },
    ]);
    expect(between(report, 'a', 'b').map((f) => [f.kind, f.field])).toEqual([['contradiction', 'quantity']]);
  });

  it('reads "last year" and "this week" as different deals without any publication date', () => {
    const report = analyze([
      { id: 'a', text: 'Brisk Air bought 40 jets from Siskin Aero last year.' },
      { id: 'b', text: 'Brisk Air ordered 75 jets from Siskin Aero this week.' },
    ]);
    expect(between(report, 'a', 'b')).toEqual([]);
    expect(eventsOf(report, 'a', 'b')).toHaveLength(2);
    expect(eventsOf(report, 'b')[0]?.splits).toEqual([{ event: eventsOf(report, 'a')[0]!.id, rule: 'relative-time-splits' }]);
  });

  it('does not split where relative words may name the same year ("last month" and "this year")', () => {
    const report = analyze([
      { id: 'a', text: 'Brisk Air ordered 40 jets from Siskin Aero last month.' },
      { id: 'b', text: 'Brisk Air ordered 75 jets from Siskin Aero earlier this year.' },
    ]);
    expect(between(report, 'a', 'b').map((f) => f.kind)).toEqual(['contradiction']);
  });

  it('lets a claim with no time join the one event dated by relative words', () => {
    const report = analyze([
      { id: 'a', text: 'Brisk Air bought 40 jets from Siskin Aero last year.' },
      { id: 'b', text: 'Brisk Air bought 40 jets from Siskin Aero.' },
      { id: 'c', text: 'Brisk Air has not bought any jets from Siskin Aero.' },
    ]);
    expect(between(report, 'a', 'b').map((f) => f.kind)).toEqual(['agreement']);
    expect(between(report, 'a', 'c').map((f) => [f.kind, f.field])).toEqual([['contradiction', 'polarity']]);
    expect(eventsOf(report, 'a')[0]?.joins.map((j) => j.rule)).toEqual(['untimed-joins', 'untimed-joins']);
  });

  it.each([
    ['Selvik and Porrin first teamed up in 2021 on a $35m research collaboration.', '2021', 'past-clause-before-noun'],
    ["Dawlish first tried Merrow's scheduling tool back in 2018 under a two-year, $9 million pilot contract.", '2018', 'past-clause-before-noun'],
    ['Under the original 2019 agreement, Kelso committed to take 40,000 tonnes a year from Brantwood for six years.', '2019', 'opening-under-dated-deal'],
    ["Ferrow's previous Tulsa contract, signed 2020, paid €18m a year over four years.", '2020', 'subject-signed'],
    ['Arnholt owned 15% of Quillby until 2017, when it sold that holding for €80 million.', '2017', 'when-clause'],
    ['Lyncroft first worked with Oresund in 2020, when the lessor placed six jets with the carrier under a $300 million, eight-year arrangement.', '2020', 'when-clause'],
    ['More than a decade ago, Pendry beat three rivals to the Hawthorn street-lighting job, a twelve-year award valued at £210m.', 'a decade ago', 'opening'],
  ])('dates an older deal told in passing: %s', (text, time, place) => {
    expect(timeOf(text)).toMatchObject({ text: time, rule: expect.stringContaining(`@${place}`) });
  });

  it('keeps a claim with no time apart from the one dated event when it states that event\'s figures otherwise', () => {
    const report = analyze([
      { id: 'a', text: 'Brisk Air bought 40 jets from Siskin Aero last year.' },
      { id: 'b', text: 'Brisk Air ordered 75 jets from Siskin Aero.' },
      { id: 'c', text: 'Siskin Aero will deliver 75 jets to Brisk Air.' },
    ]);
    expect(between(report, 'a', 'b')).toEqual([]);
    expect(between(report, 'a', 'c')).toEqual([]);
    expect(between(report, 'b', 'c').map((f) => f.kind)).toEqual(['agreement']);
    expect(eventsOf(report, 'a')[0]?.splits.map((s) => s.rule)).toEqual(['relative-time-splits']);
  });

  it('puts a claim with no time with the present when the present and an older deal are both told', () => {
    const report = analyze([
      { id: 'a', text: 'Brisk Air bought 40 jets from Siskin Aero last year.' },
      { id: 'b', text: 'Brisk Air ordered 75 jets from Siskin Aero this week.' },
      { id: 'c', text: 'Brisk Air ordered 75 jets from Siskin Aero.' },
    ]);
    expect(between(report, 'b', 'c').map((f) => f.kind)).toEqual(['agreement']);
    expect(between(report, 'a', 'c')).toEqual([]);
  });

  it('reads a wire dateline as the day of writing: its sentences date to its present, and relative words count from it', () => {
    expect(datelineTime('LISBON, May 2, 2025 - Tern ordered 65 turbines.')?.date.toISOString().slice(0, 10)).toBe('2025-05-02');
    expect(datelineTime('Press release — Busan, 12 June 2025. Tern signs a contract.')?.date.toISOString().slice(0, 10)).toBe('2025-06-12');
    expect(datelineTime('Press release, 20 January 2025: Tern extends its partnership.')?.time.text).toBe('January 2025');
    expect(datelineTime('SEOUL, Feb 4 (Putash News) - Tern won an order.')).toBeUndefined();
    expect(datelineTime('Tern bought 40 jets from Siskin in May 2025.')).toBeUndefined();
    const [, second] = extractClaims('OSLO, March 3, 2025 - Brisk Air ordered 12 jets from Siskin Aero. Siskin Aero also sold 4 jets to Brisk Air last year.');
    expect(second?.time).toMatchObject({ text: 'last year', year: 2024, offset: -1 });
    const [undated] = extractClaims('Press release — Busan, 12 June 2025. Brisk Air orders six jets from Siskin Aero.');
    expect(undated?.time).toMatchObject({ text: 'June 2025', year: 2025, offset: 0, rule: 'month@dateline-of-text' });
  });

  it('puts a claim with no time with the newest of deals its pair dates by datelines, and apart from one old dateline', () => {
    const history = analyze([
      { id: 'a', text: 'MADRID, July 1, 2025 - Ondaro Media will pay Liga Norte €180 million a year for four years of rights.' },
      { id: 'b', text: 'MADRID, June 28, 2021 - Ondaro Media will pay Liga Norte €150 million a year for four years of rights.' },
      { id: 'c', text: 'Ondaro Media will pay Liga Norte €720 million over four years for the rights.' },
    ]);
    expect(between(history, 'a', 'c').map((f) => f.kind)).toEqual(['agreement']);
    expect(between(history, 'b', 'c')).toEqual([]);
    expect(between(history, 'a', 'b')).toEqual([]);
    expect(eventsOf(history, 'c')[0]?.joins.map((j) => j.rule)).toContain('untimed-joins-newest');
    const recalled = analyze([
      { id: 'a', text: 'SEOUL, June 9, 2021 - Taeyang Heavy won an order from Sethova Shipping for four carriers worth $390 million.' },
      { id: 'b', text: 'Taeyang Heavy won an order from Sethova Shipping for eight carriers worth $2.1 billion.' },
    ]);
    expect(between(recalled, 'a', 'b')).toEqual([]);
  });

  it('puts a claim naming no round with the round of its time when two rounds of a pair tie', () => {
    const report = analyze([
      { id: 'a', text: 'Stackwise has raised $120 million in a Series C round led by Fundford Ventures.' },
      { id: 'b', text: 'Fundford led a $120 million investment in Stackwise, a partner said.' },
      { id: 'c', text: "Fundford also led Stackwise's $18 million Series A in 2021." },
    ]);
    expect(between(report, 'a', 'b').map((f) => f.kind)).toEqual(['agreement']);
    expect(between(report, 'b', 'c')).toEqual([]);
  });

  it('reads "extended ... with Nurren Inc. (NASDAQ: NMBR) by three years" and "for a further four years" as extensions', () => {
    const report = analyze([
      { id: 'a', text: 'FRANKFURT, February 26, 2025 - Fugric Analytics has extended its cloud contract with Nurren Inc. (NASDAQ: NMBR) by three years in a deal worth $1.2 billion.' },
      { id: 'b', text: 'FRANKFURT, September 17, 2019 - Fugric Analytics signed a five-year, $2 billion cloud agreement with Nurren.' },
      { id: 'c', text: 'Nurren and Fugric Analytics extend their cloud contract for a further three years, worth $1.2 billion.' },
    ]);
    expect(between(report, 'a', 'c').map((f) => f.kind)).toEqual(['agreement']);
    expect(between(report, 'b', 'c')).toEqual([]);
  });

  it('keeps the time of a stored claim that predates claim times, read from its text', () => {
    const stored = (text: string, sourceId: string): Claim[] => extractClaims(text, { sourceId }).map(({ time: _time, ...claim }) => claim);
    const findings = compareClaims([
      ...stored("Solvay Air's 2016 order with Tarrant Aero covered 40 jets.", 'a'),
      ...stored('Solvay Air ordered 75 jets from Tarrant Aero this week.', 'b'),
    ]);
    expect(findings).toEqual([]);
  });
});
