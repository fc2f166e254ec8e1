import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { DECORATION_RULES, decorate } from '../src/extract/decorations.js';
import { COMPLETION_RULES } from '../src/extract/completion.js';
import { WITHDRAWAL_PHRASES } from '../src/extract/cues.js';
import { DEAL_ENDINGS } from '../src/lexicon/deal-endings.js';
import { NOT_DEAL_MONEY, NOT_TERM_LENGTHS } from '../src/extract/claims.js';
import { NOT_DEAL_MEASURES } from '../src/extract/not-deal-measures.js';
import { DEAL_PERCENT_RULES } from '../src/extract/deal-percents.js';
import { readDocument } from '../src/text/document.js';
import { ROLE_RULES } from '../src/extract/role-rules.js';
import { DESCRIPTION_RULES } from '../src/extract/descriptions.js';
import { GROUP_RULES } from '../src/extract/groups.js';
import { INSTRUMENT_RULES } from '../src/extract/instruments.js';
import { OBJECT_RULES } from '../src/extract/deal-objects.js';
import { FRAMES } from '../src/lexicon/frames.js';
import { ACTION_WORDS } from '../src/lexicon/actions.js';
import { EVENT_RULES } from '../src/compare/events.js';
import { SHARE_RULES, shareOf } from '../src/compare/shares.js';
import { SOLE_PARTY_FRAMES } from '../src/extract/sole-party.js';
import { TIME_RULES, findTimes } from '../src/extract/times.js';
import { TIME_PLACES } from '../src/extract/time-places.js';
import { FIELD_FRAMES } from '../src/extract/fields.js';
import { WALKAWAYS } from '../src/extract/walkaways.js';
import { STATUS_FRAGMENTS } from '../src/extract/status-fragments.js';

/** Every record of the extractor's rule tables is tested by its own example (STYLE.md, principle 12). */
const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '');

describe('decoration rules', () => {
  it.each(DECORATION_RULES.map((r) => [r.name, r] as const))('%s marks its example\'s words', (_name, rule) => {
    const sentence = readDocument(rule.example).sentences[0]!;
    const marked = [...decorate(sentence).skip].map((i) => sentence.tokens[i]!.text.replace(/[(),:]/g, ''));
    for (const word of rule.marks) expect(marked).toContain(word);
  });
});

describe('deal-sheet fields', () => {
  it.each(FIELD_FRAMES.map((r) => [r.frame, r] as const))('%s reads both sides and the figure of its example', (_name, record) => {
    const claims = extractClaims(record.example).filter((c) => c.action?.rule === 'fields');
    expect(claims).toHaveLength(1);
    const claim = claims[0]!;
    expect(claim.action!.type).toBe(FRAMES[record.frame].type);
    const names = [claim.actor?.canonical ?? '', claim.counterparty?.canonical ?? ''];
    expect(names.every((n) => n.length > 0 && record.example.includes(n))).toBe(true);
    expect(claim.amount).not.toBeNull();
  });
  it('a "Stake:" field makes the sheet an investment, and labels are never parties', () => {
    const [claim] = extractClaims('Buyer: Kernane Motors Ltd · Seller: Pirlris Ventures Fund II · Target: Utsund Cells · Stake: 26% · Consideration: INR 11.5 billion');
    expect(claim).toMatchObject({ actor: { canonical: 'Kernane Motors' }, counterparty: { canonical: 'Utsund Cells' }, action: { type: 'invest' } });
    expect(claim!.quantities.map((q) => q.value)).toEqual([26]);
    const parties = extractClaims('Deal card. Acquirer: Tunira | Vendor: Arrex family holding | Price: ¥48bn | Status: signed').flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(parties).not.toContain('Vendor');
    expect(parties).not.toContain('Status');
  });
});

describe('completion rules', () => {
  it.each(COMPLETION_RULES.map((r) => [r.name, r] as const))('%s finds both sides of its example', (_name, rule) => {
    const [a, b] = rule.parties.map(norm);
    const sides = extractClaims(rule.example).map((c) => [norm(c.actor?.canonical), norm(c.counterparty?.canonical)].sort().join('|'));
    expect(sides).toContain([a, b].sort().join('|'));
  });
});

describe('withdrawal phrases', () => {
  it.each(WITHDRAWAL_PHRASES.map((p) => [p.example] as const))('%s denies the deal', (example) => {
    expect(extractClaims(example).some((c) => c.negated)).toBe(true);
  });
});

describe('words that end a deal', () => {
  it.each(DEAL_ENDINGS.map((e) => [e.lemma, e.example] as const))('%s: its example denies the deal', (_lemma, example) => {
    expect(extractClaims(example).some((c) => c.negated)).toBe(true);
  });
});

describe('walkaways', () => {
  it.each(WALKAWAYS.map((w) => [w.name, w.example] as const))('%s: its example denies a deal of the pair it names', (name, example) => {
    expect(extractClaims(example).some((c) => c.negated && c.actor && c.counterparty && c.action?.rule === `walkaway:${name}`)).toBe(true);
  });
});

describe('status fragments', () => {
  it.each(STATUS_FRAGMENTS.map((r) => [r.name, r.example] as const))('%s: its example denies the figures told after it', (name, example) => {
    expect(extractClaims(example).some((c) => c.negated && c.action?.rule === `status-fragment:${name}`)).toBe(true);
  });
});

describe('money that is no price', () => {
  it.each(NOT_DEAL_MONEY.map((r) => [r.example] as const))('%s leaves its amount off every claim', (example) => {
    const values = extractQuantities(example).amounts.map((a) => a.value);
    expect(values.length).toBeGreaterThan(0);
    const claimed = extractClaims(example).map((c) => c.amount?.value);
    for (const v of values) expect(claimed).not.toContain(v);
  });
});

describe('percentages that are a deal\'s figure', () => {
  it.each(DEAL_PERCENT_RULES.map((r) => [r.name, r.example] as const))('%s: %s puts its percentage on a claim', (_name, example) => {
    const shares = extractQuantities(example).quantities.filter((q) => q.unit === '%').map((q) => q.value);
    expect(shares.length).toBeGreaterThan(0);
    const claimed = extractClaims(example).flatMap((c) => c.quantities.filter((q) => q.unit === '%').map((q) => q.value));
    expect(claimed).toContain(shares[0]);
  });

  it.each([
    'Hostsund agreed to buy Tashric Freight for $410 million; Tashric shares rose 14% on the news.',
    'Hostsund agreed to buy Tashric Freight for $410 million, though 20% of Tashric sales come from one customer.',
    'Hostsund agreed to buy Tashric Freight for $410 million after a 41% jump in revenue.',
    'Hostsund agreed to buy Tashric Freight for $410 million; it already holds 30% of the market.',
  ])('%s leaves the percentage off every claim', (example) => {
    const claimed = extractClaims(example).flatMap((c) => c.quantities.filter((q) => q.unit === '%'));
    expect(claimed).toEqual([]);
  });
});

describe('measures that are not what a deal moves', () => {
  it.each(NOT_DEAL_MEASURES.map((r) => [r.name, r] as const))('%s: its example leaves its measure off every claim and keeps the deal\'s', (_name, rule) => {
    const measures = extractQuantities(rule.example).quantities;
    const off = measures.filter((q) => rule.before.test(rule.example.slice(Math.max(0, q.span.start - 70), q.span.start)));
    expect(off.length).toBeGreaterThan(0);
    const claimed = extractClaims(rule.example).flatMap((c) => c.quantities.map((q) => q.value));
    expect(claimed.length).toBeGreaterThan(0);
    for (const q of off) expect(claimed).not.toContain(q.value);
  });
});

describe('lengths that are no term', () => {
  it.each(NOT_TERM_LENGTHS.map((r) => [r.example] as const))('%s leaves its length off every claim', (example) => {
    expect(extractQuantities(example).durations.length).toBeGreaterThan(0);
    // (Beside a deal, so that a claim is there to take the length.)
    const claims = extractClaims(`Hilwell Marine agreed to buy Tashric Freight for $410 million. ${example}`);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.duration)).toEqual(claims.map(() => null));
  });
});

describe('role rules', () => {
  it.each(ROLE_RULES.map((r) => [r.name, r] as const))('%s reads its example and fires', (name, rule) => {
    const claims = extractClaims(rule.example);
    const fired = (c: (typeof claims)[number]) => (c.action?.rule.split(':')[1] ?? '').split('+');
    const own = claims.filter((c) => fired(c).includes(name));
    expect(own, `no claim of "${rule.example}" names ${name} among its rules: ${claims.map((c) => c.action?.rule).join(', ')}`).not.toEqual([]);
    if (rule.expect.parties) {
      const want = rule.expect.parties.map(norm).sort().join('|');
      expect(own.map((c) => [norm(c.actor?.canonical), norm(c.counterparty?.canonical)].sort().join('|'))).toContain(want);
    }
    if (rule.expect.type) expect(own.map((c) => c.action?.type)).toContain(rule.expect.type);
  });

  it('every rule has a unique name and says what it fills', () => {
    expect(new Set(ROLE_RULES.map((r) => r.name)).size).toBe(ROLE_RULES.length);
    for (const r of ROLE_RULES) expect(r.fills.length).toBeGreaterThan(0);
  });
});

describe('frames', () => {
  it('every action word names a frame, and takes its type from it', () => {
    for (const w of ACTION_WORDS) {
      expect(FRAMES[w.frame], `${w.lemma} names frame ${w.frame}`).toBeDefined();
      expect(w.type).toBe(FRAMES[w.frame].type);
    }
  });

  it.each(Object.values(FRAMES).map((f) => [f.name, f] as const))('frame %s has words, and its markers for each direction', (name, frame) => {
    expect(ACTION_WORDS.some((w) => w.frame === name)).toBe(true);
    for (const direction of ['forward', 'reverse', 'none'] as const) expect(frame.markers[direction].length).toBeGreaterThan(0);
  });

});

describe('instrument rules', () => {
  it.each(INSTRUMENT_RULES.map((r) => [r.label, r] as const))('%s: its example\'s deal carries the instrument', (_label, rule) => {
    const labels = extractClaims(rule.example).map((c) => c.instrument);
    expect(labels.some((l) => l !== undefined && l.startsWith(rule.label)), JSON.stringify(labels)).toBe(true);
  });

  it('a sum before "bridge" makes the word the loan, and a plain bridge is none', () => {
    expect(extractClaims('Lindgate lends Tarvo $200m bridge for port purchase').map((c) => c.instrument)).toEqual(['bridge']);
    expect(extractClaims('Tarvo will build a bridge for Lindgate for $200m.').map((c) => c.instrument)).toEqual([undefined]);
  });
});

describe('description rules', () => {
  it.each(DESCRIPTION_RULES.map((r) => [r.name, r] as const))('%s: a description in its example stands for %s', (_name, rule) => {
    const sides = extractClaims(rule.example).flatMap((c) => [c.actor, c.counterparty]);
    const described = sides.filter((p) => p !== null && /^the\s/i.test(p.text) && norm(p.canonical) === norm(rule.refersTo));
    expect(described, JSON.stringify(sides.map((p) => [p?.text, p?.canonical]))).not.toEqual([]);
  });

  it.each(GROUP_RULES.map((r) => [r.name, r] as const))('%s: the group in its example stands for its member', (_name, rule) => {
    const sides = extractClaims(rule.example).flatMap((c) => [c.actor, c.counterparty]);
    const group = sides.filter((p) => p !== null && p.rule === 'resolved-neuter-pronoun' && norm(p.canonical) === norm(rule.refersTo));
    expect(group, JSON.stringify(sides.map((p) => [p?.text, p?.canonical, p?.rule]))).not.toEqual([]);
    expect(group[0]!.text).toMatch(/consortium|group|partnership/);
  });
});

describe('time rules', () => {
  it.each(TIME_RULES.map((r) => [r.name, r] as const))('%s reads its example', (_name, rule) => {
    const [found] = findTimes(rule.example);
    expect(found?.rule).toBe(rule.name);
    expect(found?.value).toEqual(rule.value);
  });
});

describe('time places', () => {
  it.each(TIME_PLACES.map((p) => [p.name, p] as const))('%s dates its example by the words in brackets', (name, place) => {
    const dated = place.example.slice(place.example.indexOf('[') + 1, place.example.indexOf(']'));
    const [claim] = extractClaims(place.example.replace(/[[\]]/g, ''));
    expect(claim?.time?.text).toBe(dated.replace(/^[A-Z]+, /, ''));
    expect(claim?.time?.rule.endsWith(`@${name}`)).toBe(true);
  });
});

describe('object rules', () => {
  it.each(OBJECT_RULES.map((r) => [r.name, r] as const))('%s: its example\'s deal carries the object', (name, rule) => {
    const objects = extractClaims(rule.example).flatMap((c) => c.objects ?? []);
    expect(objects.map((o) => o.rule)).toContain(name);
  });
});

describe('event rules', () => {
  it.each(EVENT_RULES.map((r) => [r.name, r] as const))('%s places its example\'s claims', (name, rule) => {
    const sources = rule.example.map((e, i) => ({ id: `s${i + 1}`, ...(typeof e === 'string' ? { text: e } : e) }));
    const report = analyze(sources);
    const claims = report.claims.filter((c) => c.action?.type !== 'state').map((c) => c.id);
    const events = report.events.filter((e) => e.claims.some((id) => claims.includes(id)));
    expect(new Set(claims.map((c) => c.split('#')[0])).size).toBe(sources.length);
    expect(events.length === 1).toBe(rule.meets);
    if (name === 'pair-and-kind') return;
    const named = events.flatMap((e) => [...e.joins.map((j) => j.rule), ...e.splits.map((s) => s.rule)]);
    expect(named).toContain(name);
  });
});

describe('share rules', () => {
  it.each(SHARE_RULES.map((r) => [r.name, r] as const))('%s reads whose share its example states', (name, rule) => {
    const members = new Map(rule.members.map((m) => [m, [m]]));
    expect(shareOf(rule.example, rule.named, members)).toEqual({ share: rule.share, rule: name });
  });
});

describe('sole-party frames', () => {
  it.each(SOLE_PARTY_FRAMES.map((f) => [f.name, f] as const))('%s reads an exclusive deal from its example', (name, frame) => {
    const claim = extractClaims(frame.example).find((c) => c.action?.rule === `sole-party:${name}`);
    // (A role no name owns leaves that side to the paragraph.)
    const owner = name === 'role-unowned' ? undefined : frame.example.includes('Hostsund') ? 'Hostsund Energy' : 'Tern Solar';
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical].filter(Boolean).sort()).toEqual(['Siskin Metals', owner].filter(Boolean).sort());
    expect(claim?.exclusive).toBe(true);
  });
});
