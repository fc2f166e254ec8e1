import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as schemas from '../src/schema/index.js';
import { descriptionOf, schemaTypes, type NamedSchema } from './support/schema-types.js';

const typesFile = fileURLToPath(new URL('../src/schema/types.ts', import.meta.url));

/** Every schema with a type of the same name; options are what callers pass (input), the rest what they get. */
const NAMED: NamedSchema[] = [
  ['Span', schemas.Span],
  ['Bound', schemas.Bound],
  ['Period', schemas.Period],
  ['Amount', schemas.Amount],
  ['Duration', schemas.Duration],
  ['Quantity', schemas.Quantity],
  ['Quantities', schemas.Quantities],
  ['Party', schemas.Party],
  ['ActionType', schemas.ActionType],
  ['Action', schemas.Action],
  ['Affiliation', schemas.Affiliation],
  ['ClaimTime', schemas.ClaimTime],
  ['DealObject', schemas.DealObject],
  ['Claim', schemas.Claim],
  ['FindingField', schemas.FindingField],
  ['FindingSide', schemas.FindingSide],
  ['Finding', schemas.Finding],
  ['Consensus', schemas.Consensus],
  ['Position', schemas.Position],
  ['FieldPositions', schemas.FieldPositions],
  ['PairCoverage', schemas.PairCoverage],
  ['Event', schemas.Event],
  ['Entity', schemas.Entity],
  ['PartialExclusives', schemas.PartialExclusives],
  ['Report', schemas.Report],
  ['Source', schemas.Source],
  ['ActionEntry', schemas.ActionEntry],
  ['LexiconOptions', schemas.LexiconOptions],
].map(([name, schema]) => ({ name, schema, mode: 'output' }) as NamedSchema).concat(
  [
    { name: 'LexiconInput', schema: schemas.LexiconOptions, mode: 'input' },
    ...(['ExtractOptions', 'CompareOptions', 'AnalyzeOptions', 'QuantityOptions'] as const).map((name) => ({ name, schema: schemas[name], mode: 'input' }) as const),
  ],
);

const HEADER = `// Generated from the zod schemas and their .describe() texts by test/schema-types.test.ts:
// run \`npm run types:schema\` after changing a schema. Do not edit by hand.

`;

describe('src/schema/types.ts', () => {
  it('is generated from the current schemas (npm run types:schema rewrites it)', () => {
    const expected = HEADER + schemaTypes(NAMED, './index.js');
    if (process.env.UPDATE_SCHEMA_TYPES) writeFileSync(typesFile, expected);
    expect(readFileSync(typesFile, 'utf8')).toBe(expected);
  });

  it('documents every field of every schema and every schema itself', () => {
    const undocumented: string[] = [];
    const visit = (schema: z.ZodType, path: string) => {
      const def = (schema as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType } } })._zod.def;
      if (def.type === 'object') for (const [key, field] of Object.entries(def.shape!)) {
        if (!descriptionOf(field)) undocumented.push(`${path}.${key}`);
        visit(field, `${path}.${key}`);
      } else if (def.innerType) visit(def.innerType, path);
      else if (def.element) visit(def.element, `${path}[]`);
    };
    for (const { name, schema } of NAMED) {
      if (!descriptionOf(schema)) undocumented.push(name);
      visit(schema, name);
    }
    expect(undocumented).toEqual([]);
  });
});

/** True when A and B are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// The declared interfaces are exactly what the schemas parse to (or, for options, accept): tsc checks this.
const sameAsSchemas: [
  Same<schemas.Claim, z.output<typeof schemas.Claim>>,
  Same<schemas.Party, z.output<typeof schemas.Party>>,
  Same<schemas.Finding, z.output<typeof schemas.Finding>>,
  Same<schemas.Report, z.output<typeof schemas.Report>>,
  Same<schemas.Quantities, z.output<typeof schemas.Quantities>>,
  Same<schemas.Source, z.output<typeof schemas.Source>>,
  Same<schemas.LexiconOptions, z.output<typeof schemas.LexiconOptions>>,
  Same<schemas.ActionEntry, z.output<typeof schemas.ActionEntry>>,
  Same<schemas.LexiconInput, z.input<typeof schemas.LexiconOptions>>,
  Same<schemas.AnalyzeOptions, z.input<typeof schemas.AnalyzeOptions>>,
  Same<schemas.CompareOptions, z.input<typeof schemas.CompareOptions>>,
  Same<schemas.ExtractOptions, z.input<typeof schemas.ExtractOptions>>,
  Same<schemas.QuantityOptions, z.input<typeof schemas.QuantityOptions>>,
  Same<schemas.Bound, z.output<typeof schemas.Bound>>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void sameAsSchemas;
