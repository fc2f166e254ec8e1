import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/text/document.js';
import { capitalizedWords, findMentions } from '../src/extract/mentions.js';
import { ClauseLayer } from '../src/extract/clause-layer.js';
import type { VerbGroup } from '../src/extract/verb-groups.js';
import type { ClauseRelation } from '../src/extract/clauses.js';

/** The clause layer (issue 9): what it reads from one compromise pass, case by case. */
function layerOf(text: string): ClauseLayer {
  const doc = readDocument(text);
  const sentence = doc.sentences[0]!;
  return new ClauseLayer(sentence, findMentions(sentence, capitalizedWords(doc.sentences)));
}

const VERB_GROUPS: readonly [string, string, Partial<VerbGroup>][] = [
  ['Hostsund Marine leased six cranes to Tashric.', 'leased', { voice: 'active', tense: 'past', negated: false, modal: null }],
  ['Six cranes were leased to Tashric by Hostsund Marine.', 'leased', { voice: 'passive', tense: 'past' }],
  ['Hostsund Marine will not lease the cranes to Tashric.', 'lease', { negated: true, modal: 'will', tense: 'future' }],
  ['Otoll snapped up Pellion for $80 million.', 'snapped', { particle: 'up', tense: 'past' }],
  ['Vellum called off its bid for Ceshby.', 'called', { particle: 'off' }],
  ['Linneth is expected to buy Feldspar.', 'buy', { modal: 'expected', tense: 'infinitive' }],
  ['Tashric has never rented cranes from Hostsund.', 'rented', { negated: true, voice: 'active' }],
];

const CLAUSES: readonly [string, ClauseRelation, string][] = [
  ['Feldspar, which Linneth agreed to buy, rose 4%.', 'relative', 'which'],
  ['Hostsund will lease the cranes to Tashric, analysts at Pellan Partners said.', 'reporting', 'analysts'],
  ['Mayor Okonjo announced that the city will buy the depot.', 'reporting', 'Mayor'],
  ['The depot will go to Tashric, according to a filing.', 'attribution', 'according'],
  ['Sky kept the rights, paying £1.2bn a year.', 'participial', 'paying'],
  ['SpaceX (parent of xAI) leases Colossus.', 'parenthetical', '(parent'],
  ['OSLO, June 3 - Hostsund Marine sold its depots to Tashric.', 'dateline', 'OSLO'],
];

describe('clause layer: verb groups', () => {
  it.each(VERB_GROUPS)('%s: "%s"', (text, head, expected) => {
    const layer = layerOf(text);
    const group = layer.verbGroups.find((g) => layer.token(g.head)!.text === head);
    expect(group, `groups: ${JSON.stringify(layer.verbGroups)}`).toBeDefined();
    expect(group).toMatchObject(expected);
  });
});

describe('clause layer: clause relations', () => {
  it.each(CLAUSES)('%s: %s from "%s"', (text, relation, firstWord) => {
    const layer = layerOf(text);
    const clause = layer.clauses.find((c) => c.relation === relation);
    expect(clause, `clauses: ${JSON.stringify(layer.clauses)}`).toBeDefined();
    expect(`${layer.token(clause!.first)!.pre.trim()}${layer.token(clause!.first)!.text}`).toBe(firstWord);
  });

  it('a plain sentence is one main clause', () => {
    expect(layerOf('Hostsund Marine leased six cranes to Tashric.').clauses.map((c) => c.relation)).toEqual(['main']);
  });
});

describe('clause layer: noun phrase kinds', () => {
  it('names organizations, people and public bodies', () => {
    const layer = layerOf('Mara Vannant and the UK government will lend Tashric Freight £40 million.');
    const kinds = Object.fromEntries(layer.phrases.map((p) => [p.mention.name, p.kind]));
    expect(kinds['Tashric Freight']).toBe('organization');
    expect(kinds['Mara Vannant']).toBe('person');
    expect(Object.values(kinds)).toContain('government');
  });

  it("names the firm a person's title makes the person an officer of", () => {
    const officers = (text: string) => layerOf(text).phrases.filter((p) => p.mention.officerOf).map((p) => [p.mention.name, p.mention.officerOf]);
    expect(officers('Vereda CFO Luana Pastholm on X: no deal.')).toEqual([['Luana Pastholm', 'Vereda']]);
    expect(officers("Enerval's chief executive, Rui Alvim, signed it.")).toEqual([['Rui Alvim', 'Enerval']]);
    expect(officers('Ana Duarte, chief executive of Grebe Wind, signed it.')).toEqual([['Ana Duarte', 'Grebe Wind']]);
    expect(officers('Ana Duarte met Grebe Wind.')).toEqual([]);
  });

  it('reads a lowercase word as a brand only when no dictionary knows it', () => {
    // "desk", "certainty" and "outbid" stand where names stand; WordNet knows them, "hearthco" it does not.
    const names = (text: string) => layerOf(text).phrases.map((p) => p.mention.name);
    expect(names('Markets desk: Oglan seals Kelvane for $870M.')).not.toContain('desk');
    expect(names('The board put certainty of exit first.')).not.toContain('certainty');
    expect(names('Santor got outbid.')).not.toContain('outbid');
    expect(names('Stonechat is buying hearthco from Hornbeam Creek.')).toContain('hearthco');
  });
});
