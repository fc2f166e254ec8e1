import { describe, expect, it } from 'vitest';
import { md, renderMarkdown } from '../src/report/render-markdown.js';
import { countReport, summaryLine } from '../src/report/render-shared.js';
import { renderText } from '../src/report/render-text.js';
import { jsonChunks, renderJson } from '../src/report/render-json.js';
import { Report } from '../src/schema/report.js';

function claim(id: string, sourceId: string, text: string) {
  return {
    id,
    sourceId,
    text,
    span: { start: 0, end: text.length },
    actor: null,
    action: null,
    counterparty: null,
    amount: null,
    duration: null,
    quantities: [],
    perYear: null,
    total: null,
    negated: false,
    hedged: false,
    exclusive: false,
    trend: null,
    when: [],
    affiliations: [],
  };
}

const agreement = {
  id: 'f1',
  kind: 'agreement',
  claims: ['s4#1', 's7#1'],
  sources: ['s4', 's7'],
  event: 'e1',
  field: 'amount',
  corroborated: ['amount', 'duration'],
  explanation: 's4: $15B per year; s7: $45B over 3 years = $15B per year: agree',
  values: [
    { claim: 's4#1', source: 's4', text: '$15 billion annually', normalized: '$15B per year' },
    { claim: 's7#1', source: 's7', text: '$45 billion', normalized: '$45B over 3 years = $15B per year' },
  ],
  confidence: 0.9,
  rule: 'money-rate',
} as const;

const contradiction = {
  id: 'f2',
  kind: 'contradiction',
  claims: ['s4#1', 's9#1'],
  sources: ['s4', 's9'],
  event: 'e1',
  field: 'amount',
  corroborated: [],
  explanation: 's4: $15B per year; s9: $5B per year: differ by 67%',
  values: [
    { claim: 's4#1', source: 's4', text: '$15 billion annually', normalized: '$15B per year' },
    { claim: 's9#1', source: 's9', text: '$5 billion a year', normalized: '$5B per year' },
  ],
  confidence: 0.6299999,
  rule: 'money-rate',
} as const;

const event = {
  id: 'e1',
  label: 'SpaceX > supply > Anthropic',
  type: 'supply',
  parties: ['SpaceX', 'Anthropic'],
  claims: ['s4#1', 's7#1', 's9#1'],
  sources: ['s4', 's7', 's9'],
  consensus: [
    { field: 'amount', value: '$15B per year', support: ['s4', 's7'], against: ['s9'] },
    { field: 'duration', value: '3 years', support: ['s7'], against: [] },
  ],
  fields: [
    {
      field: 'amount',
      aspect: 'amount per year, USD',
      status: 'majority',
      positions: [
        { value: '$15B a year', sources: ['s4', 's7'], claims: ['s4#1', 's7#1'], evidence: { claim: 's4#1', source: 's4', text: 'Musk leases compute to Anthropic for $15 billion annually.' } },
        { value: '$5B a year', sources: ['s9'], claims: ['s9#1'], evidence: { claim: 's9#1', source: 's9', text: 'SpaceX rents capacity to Anthropic for $5 billion a year.' } },
      ],
      support: ['s4', 's7'],
      against: ['s9'],
    },
    {
      field: 'duration',
      aspect: 'duration',
      status: 'agreed',
      positions: [{ value: '3 years', sources: ['s7'], claims: ['s7#1'], evidence: { claim: 's7#1', source: 's7', text: 'A three-year, $45 billion deal.' } }],
      support: ['s7'],
      against: [],
    },
  ],
  pairs: { possible: 3, compared: 3, complete: true },
  agreements: 1,
  contradictions: 1,
};

const quietEvent = {
  id: 'e2',
  label: 'Corlath > invest > Brisvane',
  type: 'invest',
  parties: ['Corlath', 'Brisvane'],
  claims: ['i1#1'],
  sources: ['i1'],
  consensus: [],
  fields: [],
  pairs: { possible: 0, compared: 0, complete: true },
  agreements: 0,
  contradictions: 0,
};

const report = Report.parse({
  claims: [
    claim('s4#1', 's4', 'Musk leases compute to Anthropic for $15 billion annually.'),
    claim('s7#1', 's7', 'A three-year, $45 billion deal.'),
    claim('s9#1', 's9', 'SpaceX rents capacity to Anthropic for $5 billion a year.'),
    claim('i1#1', 'i1', 'Corlath is buying $3 billion\nof Brisvane stock | at $17.40 a share.'),
  ],
  findings: [agreement, contradiction],
  events: [event, quietEvent],
  entities: [],
  uncorroborated: ['i1#1'],
});

const empty = Report.parse({ claims: [], findings: [], events: [], entities: [], uncorroborated: [] });

describe('summaryLine', () => {
  it.each([
    [report, '4 sources, 4 claims, 2 events, 1 agreement, 1 contradiction'],
    [empty, '0 sources, 0 claims, 0 events, 0 agreements, 0 contradictions'],
  ])('counts what the report holds', (input, expected) => {
    expect(summaryLine(countReport(input))).toBe(expected);
  });

  it('takes the number of sources read when told, and counts those that gave no claim apart', () => {
    expect(summaryLine(countReport(report, { sourceCount: 11 }))).toMatch(/^11 sources \(7 without claims\),/);
    expect(summaryLine(countReport(report, { sourceCount: 4 }))).toMatch(/^4 sources, 4 claims/);
  });
});

describe('renderText', () => {
  const text = renderText(report);

  it('lists ranked events with their sources, then each field with its positions, sources and evidence', () => {
    expect(text).toContain('Event 1: SpaceX > supply > Anthropic\n  3 sources: s4, s7, s9\n');
    expect(text).toContain('Event 2: Corlath > invest > Brisvane');
    expect(text.indexOf('Event 1:')).toBeLessThan(text.indexOf('Event 2:'));
    expect(text).toContain(
      '  amount per year, USD: majority, 2 of 3 sources; against: s9\n' +
        '    $15B a year: s4, s7 (2 sources)\n' +
        '      "Musk leases compute to Anthropic for $15 billion annually." (s4)\n' +
        '    $5B a year: s9 (1 source)\n',
    );
    expect(text).toContain('  duration: agreed\n    3 years: s7 (1 source)\n');
  });

  it("puts each finding under its event with explanation, confidence, both sides' values and sentences", () => {
    const event1 = text.slice(text.indexOf('Event 1:'), text.indexOf('Event 2:'));
    expect(event1).toContain('CONTRADICTION s4 vs s9 on amount, confidence 0.63 [money-rate]');
    expect(event1).toContain(contradiction.explanation);
    expect(event1).toContain('s9 (claim s9#1): "$5 billion a year" = $5B per year\n        in "SpaceX rents capacity to Anthropic for $5 billion a year."');
    expect(event1).toContain('agreement s4 and s7 on amount (also duration), confidence 0.90');
    expect(event1).toContain(agreement.explanation);
    expect(event1.indexOf('contradictions (1):')).toBeLessThan(event1.indexOf('agreements on a stated value (1):'));
    expect(text.slice(text.indexOf('Event 2:'))).toMatch(/stated values: none\n {2}findings: none/);
  });

  it('lists uncorroborated claims on one line each, then ends with the summary', () => {
    expect(text).toContain(
      'Uncorroborated claims (1):\n  - i1#1 (i1): Corlath is buying $3 billion of Brisvane stock | at $17.40 a share.',
    );
    expect(text.endsWith('\nSummary: 4 sources, 4 claims, 2 events, 1 agreement, 1 contradiction\n')).toBe(true);
  });

  it('is deterministic and renders an empty report', () => {
    expect(renderText(Report.parse(structuredClone(report)))).toBe(text);
    expect(renderText(empty)).toBe(
      'Crosscheck report\n\nNo events.\n\nUncorroborated claims: none\n\n' +
        'Summary: 0 sources, 0 claims, 0 events, 0 agreements, 0 contradictions\n',
    );
  });

  it('still shows findings whose event is not listed', () => {
    const orphan = Report.parse({ ...report, events: [], findings: [contradiction] });
    expect(renderText(orphan)).toContain('Other findings (1):\n  - CONTRADICTION s4 vs s9 on amount');
  });

  it('counts agreements on the event alone instead of listing them, and says how many findings it did not list', () => {
    const sameEvent = (k: number) => ({ ...agreement, id: `e${k}`, field: 'event', corroborated: ['event'], claims: [`s4#1`, `x${k}#1`], sources: ['s4', `x${k}`] });
    const many = (k: number) => ({ ...contradiction, id: `c${k}`, claims: ['s4#1', `y${k}#1`], sources: ['s4', `y${k}`] });
    const big = Report.parse({ ...report, findings: [...Array.from({ length: 25 }, (_, k) => sameEvent(k)), ...Array.from({ length: 30 }, (_, k) => many(k))] });
    const out = renderText(big, { findingsPerEvent: 5 });
    expect(out).toContain('agreements on the event alone, nothing stated to compare: 25 (counted, not listed)');
    expect(out).toContain('  contradictions (30):\n');
    expect(out.match(/CONTRADICTION/g)).toHaveLength(5);
    expect(out).toContain('    ... and 25 more (every finding is in the JSON report)\n');
    expect(out).not.toContain('x3');
  });

  it('says which giver had too many exclusive grants to compare every pair', () => {
    const partial = Report.parse({ ...report, partialExclusives: [{ giver: 'Veltrona', kind: 'commercial', grants: 2000, pairs: { possible: 1332666, compared: 15992, complete: false } }] });
    expect(renderText(partial)).toContain('Exclusive grants compared only in part:\n  - Veltrona (commercial): 2,000 exclusive grants, 15,992 of 1,332,666 pairs to different takers compared');
    expect(renderMarkdown(partial)).toContain('## Exclusive grants compared only in part\n\n- Veltrona (commercial): 2,000 exclusive grants');
  });

  it('says which rule joined a claim to an event and which kept another event apart', () => {
    const ruled = Report.parse({ ...report, events: [{ ...event, joins: [{ claim: 's9#1', rule: 'one-party-joins' }], splits: [{ event: 'commercial:Anthropic~SpaceX@2024', rule: 'year-splits' }] }] });
    expect(renderText(ruled)).toContain('  joined by rule: s9#1 (one-party-joins)\n  kept apart from: commercial:Anthropic~SpaceX@2024 (year-splits)\n');
    expect(renderMarkdown(ruled)).toContain('- **Joined by rule:** s9#1 (one-party-joins)\n- **Kept apart from:** commercial:Anthropic\\~SpaceX@2024 (year-splits)\n');
  });

  it('says when an event was too large to compare every pair', () => {
    const sampled = Report.parse({ ...report, events: [{ ...event, pairs: { possible: 49995000, compared: 7000, complete: false } }] });
    expect(renderText(sampled)).toContain('  pairs compared: 7,000 of 49,995,000 (more claims than maxPairwiseClaims');
  });
});

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(report);

  it('gives each ranked event a heading, its sources and each field with positions and evidence', () => {
    expect(markdown.startsWith('# Crosscheck report\n')).toBe(true);
    expect(markdown).toContain('## 1. SpaceX > supply > Anthropic'.replace(/>/g, '\\>'));
    expect(markdown).toContain('## 2. Corlath \\> invest \\> Brisvane');
    expect(markdown).toContain('- **Sources (3):** s4, s7, s9');
    expect(markdown).toContain('**amount per year, USD:** majority, 2 of 3 sources; against: s9\n\n- **\\$15B a year:** s4, s7 (2 sources)\n  > Musk leases compute to Anthropic for \\$15 billion annually. (s4)\n');
    expect(markdown).toContain('- **3 years:** s7 (1 source)');
  });

  it('lists contradictions, then agreements, with explanations and confidence', () => {
    expect(markdown).toContain('### Contradictions (1)\n\n- **Contradiction: s4 vs s9** on *amount*, confidence 0.63');
    expect(markdown).toContain('  s4: \\$15B per year; s9: \\$5B per year: differ by 67%');
    expect(markdown).toContain('  - s9 (claim s9#1): “\\$5 billion a year” = \\$5B per year\n    > SpaceX rents capacity');
    expect(markdown).toContain('### Agreements on a stated value (1)\n\n- **Agreement: s4 and s7** on *amount* (also duration), confidence 0.90');
    expect(markdown.indexOf('### Contradictions')).toBeLessThan(markdown.indexOf('### Agreements'));
  });

  it('escapes claim text, lists uncorroborated claims and ends with the summary', () => {
    expect(markdown).toContain(
      '## Uncorroborated claims (1)\n\n- **i1#1** (i1): Corlath is buying \\$3 billion of Brisvane stock \\| at \\$17.40 a share.',
    );
    expect(markdown.endsWith('---\n\n**Summary:** 4 sources, 4 claims, 2 events, 1 agreement, 1 contradiction\n')).toBe(
      true,
    );
  });

  it('is deterministic and renders an empty report', () => {
    expect(renderMarkdown(Report.parse(structuredClone(report)))).toBe(markdown);
    expect(renderMarkdown(empty)).toContain('No events.\n\n## Uncorroborated claims\n\nNone.');
  });
});

describe('renderJson', () => {
  it('streams exactly the text JSON.stringify gives', () => {
    for (const r of [report, empty]) expect(renderJson(r)).toBe(JSON.stringify(r, null, 2) + '\n');
    expect([...jsonChunks(report)].length).toBeGreaterThan(10);
  });
});

describe('md', () => {
  it.each([
    ['$45B | 3 years', '\\$45B \\| 3 years'],
    ['*not* _emphasis_ [link](x) <b>', '\\*not\\* \\_emphasis\\_ \\[link\\](x) \\<b\\>'],
    ['# heading and s4#1', '\\# heading and s4#1'],
    ['AT&T &amp; co', 'AT&T \\&amp; co'],
    ['two\nlines', 'two lines'],
  ])('makes %j literal', (input, expected) => {
    expect(md(input)).toBe(expected);
  });
});

describe('renderers stay in the library core', () => {
  it('import no Node modules and write no console output', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const file of ['render-text.ts', 'render-markdown.ts', 'render-shared.ts', 'render-json.ts']) {
      const source = await readFile(new URL(`../src/report/${file}`, import.meta.url), 'utf8');
      expect(source, file).not.toMatch(/from ['"]node:|console\./);
    }
  });
});
