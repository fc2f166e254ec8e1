import { describe, expect, it } from 'vitest';
import { extractClaims, extractQuantities } from '../src/index.js';
import { capitalizedWords, findMentions } from '../src/extract/mentions.js';
import { readDocument } from '../src/text/document.js';

// Disclosures list their fields: a label that names the sum's currency in parentheses ("Contract amount (KRW):") gives
// the bare number after it that currency (`labelledMoney` in src/quantities/money.ts), and an English word that opens
// a numbered item or the words after a spaced slash is a label's, not a firm's name (src/extract/mentions.ts).
// Invented names and figures.

describe("a sum whose label names its currency", () => {
  it.each([
    ['3. Contract amount (KRW): 985,200,000,000', 985.2e9, 'KRW'],
    ['Transaction value (EUR): 42,500,000', 42.5e6, 'EUR'],
    ['Consideration (INR): 3,100 crore', 31e9, 'INR'],
  ] as const)('%s', (text, value, currency) => {
    expect(extractQuantities(text).amounts.map((a) => [a.value, a.currency])).toEqual([[value, currency]]);
  });

  it("a label of the firm's own figures gives no deal's sum (guard)", () => {
    expect(extractQuantities('Net sales (KRW): 7,420,000,000,000').amounts.filter((a) => a.currency === 'KRW')).toEqual([]);
  });
});

describe('the words that open a numbered item or follow a spaced slash', () => {
  it('name no firm', () => {
    const doc = readDocument('Kessun Heavy Co., Ltd. - Single Sales Contract 3. Contract amount (KRW): 985,200,000,000 / Share of annual revenue (%): 11.3 4. Counterparty: Wrenfold Tankers AS');
    const known = capitalizedWords(doc.sentences);
    const names = doc.sentences.flatMap((s) => findMentions(s, known).filter((m) => m.kind === 'name').map((m) => m.name));
    expect(names).not.toContain('Share');
    expect(names).toContain('Wrenfold Tankers');
  });
});

describe("a US bank's legal suffix and a note line's opening word", () => {
  it('"N.A." after a bank\'s name is its legal suffix, no firm of its own', () => {
    const claims = extractClaims('Tarvo Corp signed the loan papers with several banks and First Kessun Bank, N.A., as agent, providing for $220 million over four years.');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]).sort()).toEqual(['First Kessun Bank', 'Tarvo Corp']);
  });

  it('an English word after a colon and before a sum opens the line, no firm', () => {
    const doc = readDocument('WRFD (Hold, PT $19): Fresh $240mn 4y term loan from a Kessun-arranged club refinances the old notes.');
    const names = doc.sentences.flatMap((s) => findMentions(s, capitalizedWords(doc.sentences)).filter((m) => m.kind === 'name').map((m) => m.name));
    expect(names).not.toContain('Fresh');
  });

  it('a name after a field label and before a sum is still a name (guard)', () => {
    const claims = extractClaims('Buyer: Tarvo $2bn takeover of Siskin approved.');
    expect(claims[0]?.actor?.canonical).toBe('Tarvo');
  });
});

describe('scale words and units written with a capital', () => {
  it('a sum spelled out in capitals names no firm', () => {
    const doc = readDocument('Size of the order: INR 312 crore (Rupees Three Hundred Twelve Crore only) Time period: 14 months.');
    const names = doc.sentences.flatMap((s) => findMentions(s, capitalizedWords(doc.sentences)).filter((m) => m.kind === 'name').map((m) => m.name));
    expect(names.filter((n) => /Hundred|Crore|Rupees/.test(n))).toEqual([]);
  });

  it('a unit of power written with a capital names no firm', () => {
    const doc = readDocument('Kessun Cables will supply cable for a 220 kV link and two 60 MVA transformers to Tarvo Grid.');
    const names = doc.sentences.flatMap((s) => findMentions(s, capitalizedWords(doc.sentences)).filter((m) => m.kind === 'name').map((m) => m.name));
    expect(names).toEqual(['Kessun Cables', 'Tarvo Grid']);
  });
});
