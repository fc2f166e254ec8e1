/**
 * A deterministic generator of realistic "insight" paragraphs for benchmarks.
 *
 * Every paragraph reports one deal (supply, lease, invest, acquire, partner) between two generated companies,
 * in active, passive, nominal, possessive or reversed form, with amounts, rates, durations and measures written
 * in varied surface forms, plus one or two filler sentences. About a third of the events are retold by 2-5
 * sources in other words; some retellings carry a conflicting figure, a few a denial.
 *
 * @example generateCorpus(3, 7) // [{ id: 'g0', text: 'Korvelix Systems will supply ...' }, ...]
 */

/** mulberry32: a small, fast, seeded PRNG. Returns floats in [0, 1). */
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------- names

const SYLLABLES = [
  'ver', 'tal', 'on', 'zen', 'kor', 'mi', 'lux', 'ra', 'qua', 'dex', 'tri', 'no', 'vel', 'sa', 'bri', 'ton', 'cal',
  'ix', 'mar', 'pho', 'ny', 'gen', 'sol', 'ar', 'ka', 'lin', 'thor', 'ae', 'vo', 'ren', 'cy', 'dra', 'fen', 'gal',
  'ho', 'jun', 'kel', 'mo', 'nex', 'or', 'pla', 'quin', 'ro', 'sy', 'tek', 'um', 'vax', 'wyn', 'zo', 'bel',
];
export const COMPANY_SUFFIXES = [
  'Systems', 'Labs', 'Energy', 'Networks', 'Robotics', 'Cloud', 'Semiconductor', 'Therapeutics', 'Biotech',
  'Capital', 'Holdings', 'Power', 'Motors', 'Dynamics', 'Compute', 'AI', 'Data', 'Materials', 'Aerospace',
  'Logistics', 'Group', 'Technologies', 'Pharma', 'Telecom',
];
const FIRST_NAMES = [
  'Dana', 'Marcus', 'Priya', 'Elena', 'Tomas', 'Aisha', 'Kenji', 'Laura', 'Omar', 'Sofia', 'Daniel', 'Ingrid',
  'Rafael', 'Mei', 'Jonas', 'Fatima', 'Lucas', 'Hannah', 'Viktor', 'Chloe', 'Arjun', 'Nadia', 'Peter', 'Yuki',
  'Samuel', 'Leila', 'Andre', 'Grace', 'Mateo', 'Olga', 'Ravi', 'Claire', 'Hugo', 'Amara', 'Felix', 'Rosa',
];
const SURNAME_ENDINGS = ['son', 'ley', 'berg', 'ton', 'ez', 'ski', 'man', 'well', 'ford', 'ini'];
const BANKS = ['Morgan Hale', 'Bernstam', 'Jefferies Brook', 'Redline Research', 'Castell Partners', 'Northway Securities'];

const cap = (s) => s[0].toUpperCase() + s.slice(1);

export function syllableWord(rng, min, max) {
  let w = '';
  const n = rng.int(min, max);
  for (let i = 0; i < n; i++) w += rng.pick(SYLLABLES);
  return cap(w);
}

/**
 * Distinct company names of 2 to `maxSyllables` syllables (3 gives 125,000+ stems, 4 about 6 million), half of them
 * with a suffix ("Korvelix Systems").
 */
export function companyNamer(rng, maxSyllables = 3) {
  const used = new Set();
  return () => {
    for (;;) {
      const stem = syllableWord(rng, 2, maxSyllables);
      const name = rng.chance(0.55) ? `${stem} ${rng.pick(COMPANY_SUFFIXES)}` : stem;
      if (stem.length >= 4 && !used.has(name) && !used.has(stem)) {
        used.add(name);
        used.add(stem);
        return name;
      }
    }
  };
}

function personName(rng) {
  const last = rng.chance(0.5) ? syllableWord(rng, 1, 2) + rng.pick(SURNAME_ENDINGS) : syllableWord(rng, 2, 3);
  return `${rng.pick(FIRST_NAMES)} ${last}`;
}

// ---------------------------------------------------------------- surface forms

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const QUARTERS = ['the first quarter', 'the second quarter', 'the third quarter', 'the fourth quarter', 'the first half of next year', 'the second half of the year'];

/** "4.5", "12", "1,200" - at most two decimals, no trailing zeros. */
function num(v) {
  const r = Math.round(v * 100) / 100;
  return r >= 1000 ? r.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(r);
}

/** A sum of money in one of many forms: "$4.5 billion", "$4.5bn", "4.5 billion dollars", "€2.4 billion", "£500m" ... */
function money(rng, value, currency) {
  const billions = value >= 1e9;
  const n = num(billions ? value / 1e9 : value / 1e6);
  const word = billions ? 'billion' : 'million';
  const short = billions ? rng.pick(['bn', 'B', ' bn']) : rng.pick(['m', 'M', 'mn']);
  if (currency === 'EUR') return rng.pick([`€${n} ${word}`, `€${n}${short.trim()}`, `${n} ${word} euros`, `EUR ${n} ${word}`]);
  if (currency === 'GBP') {
    if (value === 5e8 && rng.chance(0.5)) return 'half a billion pounds';
    return rng.pick([`£${n} ${word}`, `£${n}${short.trim()}`, `${n} ${word} pounds`]);
  }
  const forms = [`$${n} ${word}`, `$${n} ${word}`, `$${n}${short.trim()}`, `${n} ${word} dollars`, `US$${n} ${word}`, `USD ${n}${short.trim()}`];
  if (billions && value % 1e8 === 0 && value < 1e10) forms.push(`$${num(value / 1e6)} million`);
  return rng.pick(forms);
}

/** "a" or "an" before a phrase, by its sound: "an eleven-year", "an 8-year", "an 18-month", "an 80%", "a 180-month", "a $4bn". */
function article(phrase) {
  const vowelSound = /^(?:[aeiou]|8|1[18](?!\d))/i.test(phrase);
  return vowelSound ? 'an' : 'a';
}

/** `a`/`an` + phrase, capitalized when it opens a sentence: "A three-year ...", "an 84-month ...". */
function an(phrase, capital = false) {
  const art = article(phrase);
  return `${capital ? cap(art) : art} ${phrase}`;
}

function hedge(rng, text) {
  return rng.chance(0.2) ? `${rng.pick(['about', 'roughly', 'nearly', 'more than', 'around', 'up to'])} ${text}` : text;
}

/** A rate per period: "$2bn a year", "$166.67 million a month". */
function rate(rng, perYear, currency) {
  const period = rng.pick(['year', 'year', 'year', 'month', 'quarter']);
  const value = period === 'year' ? perYear : period === 'quarter' ? perYear / 4 : perYear / 12;
  const per = period === 'year'
    ? rng.pick(['a year', 'per year', 'annually', 'each year', 'per annum', 'a year'])
    : rng.pick([`a ${period}`, `per ${period}`, `each ${period}`]);
  return `${hedge(rng, money(rng, value, currency))} ${per}`;
}

/** As an adjective: "three-year", "5-year", "36-month", "decade-long". */
function durationAdj(rng, years) {
  if (years === 10 && rng.chance(0.3)) return 'decade-long';
  return rng.pick([`${NUMBER_WORDS[years] ?? years}-year`, `${years}-year`, `${years * 12}-month`, `${NUMBER_WORDS[years] ?? years}-year`]);
}

/** As a noun phrase: "three years", "36 months", "the next five years", "a decade". */
function durationNoun(rng, years) {
  if (years === 10 && rng.chance(0.3)) return 'a decade';
  return rng.pick([`${NUMBER_WORDS[years] ?? years} years`, `${years} years`, `${years * 12} months`, `the next ${NUMBER_WORDS[years] ?? years} years`]);
}

const MEASURES = {
  compute: [
    (rng, v) => `${num(v * 1000)} GPUs`,
    (rng, v) => `${num(v)}k GPUs`,
    (rng, v) => `${num(v * 100)} MW of capacity`,
    (rng, v) => `${num(v / 10)} gigawatts of compute`,
  ],
  energy: [
    (rng, v) => `${num(v * 20)} megawatts`,
    (rng, v) => `${num(v * 20)} MW`,
    (rng, v) => `${num(v / 5)} GW`,
    (rng, v) => `${num(v / 2)} TWh a year`,
  ],
  chips: [
    (rng, v) => `${num(v * 10000)} wafers`,
    (rng, v) => `${num(v)} million chips`,
    (rng, v) => `${num(v * 2)} exaflops`,
  ],
  aviation: [
    (rng, v) => `${num(v)} aircraft`,
    (rng, v) => `${num(v)} jets`,
    (rng, v) => `${NUMBER_WORDS[v] ?? num(v)} planes`,
  ],
  data: [
    (rng, v) => `${num(v * 10)} petabytes of storage`,
    (rng, v) => `${num(v)} TB of data a day`,
  ],
};
const ASSETS = {
  compute: ['data center', 'GPU clusters', 'AI supercomputer', 'cloud capacity', 'compute campus'],
  energy: ['solar farm', 'wind farm', 'battery storage', 'gas turbines', 'nuclear plant'],
  chips: ['foundry capacity', 'custom accelerators', 'memory chips', 'packaging lines'],
  aviation: ['fleet', 'freighters', 'maintenance hangars'],
  data: ['storage network', 'satellite bandwidth', 'fiber network'],
};

function pct(rng, p) {
  return rng.pick([`${p}%`, `${p} percent`, `${p} per cent`, NUMBER_WORDS[p] ? `${NUMBER_WORDS[p]} percent` : `${p}%`]);
}

// ---------------------------------------------------------------- events and templates

const KINDS = ['supply', 'supply', 'lease', 'lease', 'invest', 'acquire', 'partner'];
const DOMAINS = Object.keys(ASSETS);

export function makeEvent(rng, nextCompany) {
  const kind = rng.pick(KINDS);
  const domain = rng.pick(DOMAINS);
  const years = rng.int(2, 12);
  const billions = rng.chance(0.7);
  const perYear = billions ? rng.int(5, 150) * 1e8 : rng.int(2, 90) * 1e7;
  const currency = rng.chance(0.8) ? 'USD' : rng.chance(0.5) ? 'EUR' : 'GBP';
  return {
    kind,
    domain,
    a: nextCompany(),
    b: nextCompany(),
    years,
    perYear,
    total: kind === 'supply' || kind === 'lease' ? perYear * years : perYear,
    currency,
    measure: rng.int(2, 80),
    stake: rng.int(2, 49),
    asset: rng.pick(ASSETS[domain]),
    person: personName(rng),
  };
}

/** A copy of the event with one figure changed: amount, term or measure. */
export function conflicting(rng, e) {
  const c = { ...e };
  const what = rng.int(0, 2);
  if (what === 0) {
    const f = rng.pick([0.5, 0.6, 0.75, 1.5, 2, 3]);
    c.perYear = Math.round(e.perYear * f / 1e7) * 1e7;
    c.total = Math.round(e.total * f / 1e7) * 1e7;
  } else if (what === 1) c.years = e.years + rng.pick([-1, 1, 2, 3]) || e.years + 2;
  else { c.measure = e.measure * 2; c.stake = Math.min(49, e.stake + 5); }
  c.total = e.kind === 'supply' || e.kind === 'lease' ? c.perYear * c.years : c.total;
  return c;
}

const measureOf = (rng, e) => rng.pick(MEASURES[e.domain])(rng, e.measure);
const totalOf = (rng, e) => hedge(rng, money(rng, e.total, e.currency));
/** A total before a noun ("a $4.5 billion deal"): no hedge, no "dollars" after the number. */
const totalAttr = (rng, e) => {
  for (;;) {
    const m = money(rng, e.total, e.currency);
    if (!/ (dollars|euros|pounds)$/.test(m)) return m;
  }
};

const TEMPLATES = {
  supply: [
    (r, e) => `${e.a} will supply ${e.b} with ${measureOf(r, e)} under ${an(durationAdj(r, e.years))}, ${totalAttr(r, e)} agreement.`,
    (r, e) => `${e.a} has agreed to provide ${e.b} with ${measureOf(r, e)} for ${rate(r, e.perYear, e.currency)} over ${durationNoun(r, e.years)}.`,
    (r, e) => `${e.b} will be supplied with ${measureOf(r, e)} by ${e.a} under ${an(totalAttr(r, e))} contract that runs for ${durationNoun(r, e.years)}.`,
    (r, e) => `${an(durationAdj(r, e.years), true)}, ${totalAttr(r, e)} contract for ${e.b} to use ${e.a}'s ${e.asset} was announced on ${r.pick(WEEKDAYS)}.`,
    (r, e) => `${e.b}'s ${totalAttr(r, e)} deal with ${e.a} covers ${measureOf(r, e)} over ${durationNoun(r, e.years)}.`,
    (r, e) => `${e.b} has committed ${totalOf(r, e)} over ${durationNoun(r, e.years)} to run its workloads on ${e.a}'s ${e.asset}.`,
    (r, e) => `${e.b} will pay ${e.a} ${rate(r, e.perYear, e.currency)} for ${measureOf(r, e)}, under ${an(durationAdj(r, e.years))} deal.`,
    (r, e) => `The ${totalAttr(r, e)} supply agreement between ${e.a} and ${e.b} covers ${measureOf(r, e)} through the end of the decade.`,
  ],
  lease: [
    (r, e) => `${e.a} is renting its ${e.asset} to ${e.b} for ${rate(r, e.perYear, e.currency)}.`,
    (r, e) => `${e.a}'s ${e.asset} will be leased to ${e.b} for ${rate(r, e.perYear, e.currency)} over ${durationNoun(r, e.years)}, the companies said.`,
    (r, e) => `${e.b} is leasing ${measureOf(r, e)} from ${e.a} in ${an(durationAdj(r, e.years))} deal worth ${totalOf(r, e)}.`,
    (r, e) => `Capacity at the ${e.asset} is being leased by ${e.b} from ${e.a} for ${rate(r, e.perYear, e.currency)}.`,
    (r, e) => `${e.a}'s ${durationAdj(r, e.years)} lease with ${e.b} is worth ${rate(r, e.perYear, e.currency)}.`,
    (r, e) => `Under the ${durationAdj(r, e.years)} lease, ${e.b} rents ${e.a}'s ${e.asset} for ${totalOf(r, e)} in total.`,
  ],
  invest: [
    (r, e) => `${e.a} will invest ${totalOf(r, e)} in ${e.b}, taking ${an(pct(r, e.stake))} stake.`,
    (r, e) => `${e.b} has raised ${totalOf(r, e)} from ${e.a}, which now holds ${pct(r, e.stake)} of the company.`,
    (r, e) => `${e.a}'s ${totalAttr(r, e)} investment in ${e.b} was confirmed on ${r.pick(WEEKDAYS)}.`,
    (r, e) => `${e.b} secured ${an(totalAttr(r, e))} investment from ${e.a} in exchange for ${an(pct(r, e.stake))} stake.`,
    (r, e) => `${an(pct(r, e.stake), true)} stake in ${e.b} was bought by ${e.a} for ${totalOf(r, e)}.`,
  ],
  acquire: [
    (r, e) => `${e.a} agreed to acquire ${e.b} for ${totalOf(r, e)}.`,
    (r, e) => `${e.b} will be bought by ${e.a} in ${an(totalAttr(r, e))} deal.`,
    (r, e) => `${e.a}'s ${totalAttr(r, e)} takeover of ${e.b} is expected to close in ${r.pick(QUARTERS)}.`,
    (r, e) => `The ${totalAttr(r, e)} acquisition of ${e.b} by ${e.a} was approved by regulators on ${r.pick(WEEKDAYS)}.`,
    (r, e) => `${e.a} is buying ${e.b} for ${totalOf(r, e)} in cash and stock.`,
  ],
  partner: [
    (r, e) => `${e.a} and ${e.b} formed ${an(totalAttr(r, e))} joint venture to build ${measureOf(r, e)}.`,
    (r, e) => `${e.a} has partnered with ${e.b} on ${an(durationAdj(r, e.years))} program worth ${totalOf(r, e)}.`,
    (r, e) => `The partnership between ${e.a} and ${e.b}, valued at ${totalOf(r, e)}, will run for ${durationNoun(r, e.years)}.`,
  ],
};

const DENIALS = [
  (r, e) => `${e.a} denied on ${r.pick(WEEKDAYS)} that it had reached any agreement with ${e.b}, calling the reports premature.`,
  (r, e) => `${e.b} said it has not signed a deal with ${e.a} and is still talking to several suppliers.`,
];

const INTROS = [
  (r) => `According to two people familiar with the matter, `,
  (r) => `In a filing on ${r.pick(WEEKDAYS)}, `,
  (r) => `Analyst note: `,
  (r) => `People briefed on the talks say `,
  () => '',
  () => '',
  () => '',
];

const FILLERS = [
  (r, e) => `Shares of ${e.a} rose ${pct(r, r.int(1, 12))} in early trading.`,
  (r, e) => `${e.person}, ${e.a}'s chief executive, called the agreement "a milestone for the company".`,
  (r, e) => `Analysts at ${r.pick(BANKS)} said the terms looked generous for ${e.b}.`,
  () => `The companies declined to comment on the financial details.`,
  (r) => `The deal is expected to close in ${r.pick(QUARTERS)}, pending regulatory approval.`,
  (r, e) => `${e.a} reported revenue of ${money(r, r.int(2, 90) * 1e8, 'USD')} last quarter, up ${pct(r, r.int(2, 40))} from a year earlier.`,
  () => `Scarce chips and scarce power are producing some odd pairings in the industry.`,
  () => `Neither side disclosed how the payments would be structured.`,
  (r, e) => `${e.person} told reporters on ${r.pick(WEEKDAYS)} that talks had started last spring.`,
  (r, e) => `The arrangement gives ${e.b} capacity it could not build on its own.`,
  (r, e) => `Investors have been waiting for ${e.a} to find outside customers.`,
  (r, e) => `Critics note that ${e.a} still depends on a handful of suppliers.`,
  () => `It is the latest in a string of large infrastructure deals this year.`,
  (r, e) => `${e.b} has more than ${num(r.int(2, 40) * 100)} employees and operates in ${NUMBER_WORDS[r.int(3, 12)]} countries.`,
  () => `Regulators in Brussels and Washington are expected to review the terms.`,
  (r, e) => `For ${e.b}, the move is a bet that demand will keep growing faster than supply.`,
];

function lowerFirst(s) {
  return s[0].toLowerCase() + s.slice(1);
}

/** One paragraph (2-3 sentences, aiming at 250-400 characters) reporting event `e`. */
export function paragraph(rng, e, denial) {
  let best = null;
  for (let attempt = 0; attempt < 12; attempt++) {
    const core = denial ? rng.pick(DENIALS)(rng, e) : rng.pick(TEMPLATES[e.kind])(rng, e);
    const intro = rng.pick(INTROS)(rng);
    // Keep a leading company name capitalized; lower-case only a leading article.
    const head = intro ? intro + (/^(A|An|The|Under) /.test(core) ? lowerFirst(core) : core) : core;
    const sentences = [head];
    const extra = rng.int(1, 2);
    const fillers = new Set();
    while (fillers.size < extra) fillers.add(rng.pick(FILLERS));
    for (const filler of fillers) sentences.push(filler(rng, e));
    if (rng.chance(0.5)) sentences.reverse();
    const text = sentences.join(' ');
    const miss = text.length < 250 ? 250 - text.length : text.length > 400 ? text.length - 400 : 0;
    if (!best || miss < best.miss) best = { text, miss };
    if (miss === 0) break;
  }
  return best.text;
}

/**
 * `n` paragraphs `{ id, text }`, the same for the same `(n, seed)`. Ids are `g0` .. `g{n-1}` in shuffled order,
 * so retellings of one event are spread through the corpus.
 */
export function generateCorpus(n, seed = 1) {
  const rng = makeRng(seed);
  const nextCompany = companyNamer(rng);
  const texts = [];
  while (texts.length < n) {
    const e = makeEvent(rng, nextCompany);
    const retold = rng.chance(0.35) ? rng.int(2, 5) : 1;
    for (let i = 0; i < retold && texts.length < n; i++) {
      const denial = i > 0 && rng.chance(0.05);
      const version = i > 0 && !denial && rng.chance(0.2) ? conflicting(rng, e) : e;
      texts.push(paragraph(rng, version, denial));
    }
  }
  for (let i = texts.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [texts[i], texts[j]] = [texts[j], texts[i]];
  }
  return texts.map((text, i) => ({ id: `g${i}`, text }));
}
