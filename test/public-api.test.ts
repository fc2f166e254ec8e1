import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as crosscheck from '../src/index.js';
import { analyze, Report, reportJsonSchema } from '../src/index.js';
import { jsonSchemaViolations } from './support/json-schema-check.js';

/** What `import ... from 'crosscheck'` offers at run time; a change here is a change of the public API. */
const VALUES = [
  'Action', 'ActionEntry', 'ActionType', 'Affiliation', 'Amount', 'AnalyzeOptions', 'Bound', 'Claim', 'ClaimTime', 'CompareOptions', 'DealObject',
  'Consensus', 'CrosscheckError', 'Duration', 'Entity', 'Event', 'ExtractOptions', 'FieldPositions', 'Finding', 'FindingField',
  'FindingSide', 'IndexState', 'LexiconOptions', 'PairCoverage', 'PartialExclusives', 'Party', 'Period', 'Position',
  'Quantities', 'Quantity', 'QuantityOptions', 'Report', 'Source', 'Sources', 'Span', 'Tolerances',
  'analyze', 'compareClaims', 'createIndex', 'extractClaims', 'extractQuantities', 'jsonChunks', 'loadIndex', 'markdownChunks',
  'renderJson', 'renderMarkdown', 'renderText', 'reportJsonSchema', 'reportOfClaims', 'textChunks',
];

/** Names exported only as types. */
const TYPES_ONLY = ['CrosscheckIndex', 'LexiconInput', 'RenderOptions', 'SourceInput'];

describe('the public surface', () => {
  it('exports exactly these values, and no internal helper such as validate', () => {
    expect(Object.keys(crosscheck).sort()).toEqual([...VALUES].sort());
  });

  const dts = fileURLToPath(new URL('../dist/index.d.ts', import.meta.url));
  it.runIf(existsSync(dts))('declares exactly these values and types in dist/index.d.ts', () => {
    const statement = /^export \{([^}]*)\};$/m.exec(readFileSync(dts, 'utf8'))?.[1] ?? '';
    const names = statement.split(',').map((name) => name.trim().replace(/^type /, '')).filter(Boolean);
    expect(names.sort()).toEqual([...VALUES, ...TYPES_ONLY].sort());
  });
});

describe('reportJsonSchema', () => {
  const schema = reportJsonSchema();
  const report = analyze([
    { id: 'pod', text: 'SpaceX is leasing Colossus to Anthropic for $15 billion annually.' },
    { id: 'memo', text: "Anthropic's three-year, $45 billion deal with SpaceX gives it all of Colossus." },
    { id: 'blog', text: 'Musk denied that SpaceX is leasing Colossus to Anthropic, reportedly for $10 billion a year.' },
  ]);

  it('is a draft 2020-12 schema of the report, with descriptions, that survives JSON', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(Object.keys(Report.shape));
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    const claim = (schema.properties as Record<string, { items: { properties: Record<string, { description?: string }> } }>).claims!.items;
    expect(claim.properties.perYear?.description).toMatch(/per year/);
  });

  it('accepts a real report and rejects a damaged one, naming the field', () => {
    expect(report.findings.length).toBeGreaterThan(0);
    const json = JSON.parse(JSON.stringify(report)) as Record<string, unknown[]>;
    expect(jsonSchemaViolations(schema, json)).toEqual([]);
    const damaged = structuredClone(json) as { findings: { confidence: unknown; kind: unknown }[]; claims: Record<string, unknown>[] };
    damaged.findings[0]!.confidence = '0.9';
    damaged.findings[0]!.kind = 'maybe';
    delete damaged.claims[0]!.span;
    expect(jsonSchemaViolations(schema, damaged)).toEqual([
      '$.claims[0].span: required',
      '$.findings[0].kind: not one of agreement, contradiction',
      '$.findings[0].confidence: expected number',
    ]);
  });
});
