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
  ['Halvard Marine leased six cranes to Tessaly.', 'leased', { voice: 'active', tense: 'past', negated: false, modal: null }],
  ['Six cranes were leased to Tessaly by Halvard Marine.', 'leased', { voice: 'passive', tense: 'past' }],
  ['Halvard Marine will not lease the cranes to Tessaly.', 'lease', { negated: true, modal: 'will', tense: 'future' }],
  ['Orrin snapped up Pellion for $80 million.', 'snapped', { particle: 'up', tense: 'past' }],
  ['Vellum called off its bid for Corso.', 'called', { particle: 'off' }],
  ['Larchmont is expected to buy Pennant.', 'buy', { modal: 'expected', tense: 'infinitive' }],
  ['Tessaly has never rented cranes from Halvard.', 'rented', { negated: true, voice: 'active' }],
];

const CLAUSES: readonly [string, ClauseRelation, string][] = [
  ['Pennant, which Larchmont agreed to buy, rose 4%.', 'relative', 'which'],
  ['Halvard will lease the cranes to Tessaly, analysts at Pelham Partners said.', 'reporting', 'analysts'],
  ['Mayor Okonjo announced that the city will buy the depot.', 'reporting', 'Mayor'],
  ['The depot will go to Tessaly, according to a filing.', 'attribution', 'according'],
  ['Sky kept the rights, paying £1.2bn a year.', 'participial', 'paying'],
  ['SpaceX (parent of xAI) leases Colossus.', 'parenthetical', '(parent'],
  ['OSLO, June 3 - Halvard Marine sold its depots to Tessaly.', 'dateline', 'OSLO'],
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
    expect(layerOf('Halvard Marine leased six cranes to Tessaly.').clauses.map((c) => c.relation)).toEqual(['main']);
  });
});

describe('clause layer: noun phrase kinds', () => {
  it('names organizations, people and public bodies', () => {
    const layer = layerOf('Mara Voss and the UK government will lend Tessaly Freight £40 million.');
    const kinds = Object.fromEntries(layer.phrases.map((p) => [p.mention.name, p.kind]));
    expect(kinds['Tessaly Freight']).toBe('organization');
    expect(kinds['Mara Voss']).toBe('person');
    expect(Object.values(kinds)).toContain('government');
  });

  it("names the firm a person's title makes the person an officer of", () => {
    const officers = (text: string) => layerOf(text).phrases.filter((p) => p.mention.officerOf).map((p) => [p.mention.name, p.mention.officerOf]);
    expect(officers('Vereda CFO Luana Prates on X: no deal.')).toEqual([['Luana Prates', 'Vereda']]);
    expect(officers("Enerval's chief executive, Rui Alvim, signed it.")).toEqual([['Rui Alvim', 'Enerval']]);
    expect(officers('Ana Duarte, chief executive of Kestrel Wind, signed it.')).toEqual([['Ana Duarte', 'Kestrel Wind']]);
    expect(officers('Ana Duarte met Kestrel Wind.')).toEqual([]);
  });

  it('reads a lowercase word as a brand only when no dictionary knows it', () => {
    // "desk", "certainty" and "outbid" stand where names stand; WordNet knows them, "hearthco" it does not.
    const names = (text: string) => layerOf(text).phrases.map((p) => p.mention.name);
    expect(names('Markets desk: Orbis seals Kelvane for $870M.')).not.toContain('desk');
    expect(names('The board put certainty of exit first.')).not.toContain('certainty');
    expect(names('Santor got outbid.')).not.toContain('outbid');
    expect(names('Marlowe is buying hearthco from Wattle Creek.')).toContain('hearthco');
  });
});
