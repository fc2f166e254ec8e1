import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

/** Names that title goods, a project or a rival's bid are never a side of the deal told beside them. */
const sides = (text: string): string[][] =>
  extractClaims(text).map((c) => [c.actor?.canonical ?? '-', c.counterparty?.canonical ?? '-'].sort());
const names = (text: string): string[] => extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]).filter((n): n is string => n !== undefined);

describe('a name before a noun of goods', () => {
  const goods = ['turbines', 'jets', 'GPUs', 'locomotives', 'tankers'];
  it.each(goods)("after a firm's own \"its\", titles the firm's %s", (noun) => {
    const text = `Harlow Industri has won an order worth NOK 6.3 billion to supply 42 of its Velquor T-14 ${noun} for the Diskmoor offshore wind farm, developer Siskin Windpower said on Tuesday.`;
    expect(names(text)).not.toContain('Velquor');
    expect(sides(text)).toContainEqual(['Harlow Industri', 'Siskin Windpower']);
  });
  it.each(goods)('after a count, keeps the maker and drops the model of %s', (noun) => {
    const text = `Diskmoor Power has placed a firm order for 75 Tarvo Wren ${noun}.`;
    expect(names(text)).toContain('Tarvo');
    expect(names(text).some((n) => n.includes('Wren'))).toBe(false);
  });
  it('(guard) leaves a name with a company word whole: "12 Tarvo Aviation jets"', () => {
    expect(names('Diskmoor Air has ordered 12 Tarvo Aviation jets.')).toContain('Tarvo Aviation');
  });
  it('reads a product noun after "the": the brand is sold, its seller is the side', () => {
    const text = 'Brisco Consumer will buy the Ostravel snacks brand from privately held Tamberlane Foods for 24 billion rupees.';
    expect(sides(text)).toContainEqual(['Brisco Consumer', 'Tamberlane Foods']);
    expect(names(text)).not.toContain('Ostravel');
  });
  it('a name the text gives goods is the goods in its other sentences too', () => {
    const text = 'Brisco Consumer will buy the Ostravel snacks brand from Tamberlane Foods. Brisco will pay 24 billion rupees for Ostravel.';
    expect(names(text)).not.toContain('Ostravel');
  });
  it('(guard) a noun after the goods noun makes it a modifier: "the Tarvo engine deal" keeps Tarvo', () => {
    expect(names('Diskmoor Air signed the Tarvo engine deal for $300 million.')).toContain('Tarvo');
  });
});

describe('other names that title what a deal is about', () => {
  it('a product named after its noun: "its migraine drug, Velquor"', () => {
    expect(names("HOST: OK, deal of the week. Diskmoor. One point one five billion dollars for Brisco's migraine drug, Velquor.")).not.toContain('Velquor');
  });
  it("a name with a model number after a firm's possessive: \"Tarvo's Wren 6\"", () => {
    const text = "Diskmoor Rail has picked Tarvo's Wren 6 trains in a CHF 780 million order.";
    expect(names(text)).not.toContain('Wren');
    expect(names(text)).toContain('Tarvo');
  });
  it('a project code name', () => {
    expect(names('Siskin Games will pay £40 million for Project Lantern.')).not.toContain('Project Lantern');
  });
  it("the firm a rival bid came from: \"beating a rival bid from Tamberlane\"", () => {
    const text = 'Harlow Rail won the CHF 780 million order from Diskmoor Bahn, beating a rival bid from Tamberlane Rolling Stock.';
    expect(names(text)).not.toContain('Tamberlane Rolling Stock');
    expect(sides(text)).toContainEqual(['Diskmoor Bahn', 'Harlow Rail']);
  });
});

describe('words of a filing that name no party', () => {
  it('"its manufacturing facility at Sanford, Ohio" is a site, not a deal to manufacture for a place', () => {
    const claims = extractClaims('Brisco Foods will sell the Ostravel brand to Tarvo Consumer, together with its manufacturing facility at Sanford, Ohio, for $290 million.');
    expect(claims.map((c) => c.action?.lemma)).not.toContain('manufacture');
    expect(names('Brisco Foods will sell the Ostravel brand to Tarvo Consumer, together with its manufacturing facility at Sanford, Ohio.')).not.toContain('Ohio');
  });
  it.each(['Business Transfer Agreement', 'Share Purchase Agreement', 'Master Services Agreement'])('a capitalized "%s" is the deal, and its counterparty the firm after "with"', (term) => {
    const claims = extractClaims(`The Board of Directors approved the execution of a ${term} with Tarvo Foods Private Limited for the acquisition of the brand for INR 2,400 crore.`);
    expect(claims.some((c) => c.counterparty?.canonical.startsWith('Tarvo Foods') || c.actor?.canonical.startsWith('Tarvo Foods'))).toBe(true);
    expect(claims.flatMap((c) => [c.actor?.canonical ?? '', c.counterparty?.canonical ?? '']).some((n) => /Agreement|Transfer|Purchase|Services/.test(n))).toBe(false);
  });
});
