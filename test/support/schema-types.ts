/**
 * Writes TypeScript interfaces from the zod schemas, each field with its `.describe()` text as a doc comment,
 * so editors and `npm run docs:api` show named types and their documentation: the schemas stay the one place
 * where a field is documented. test/schema-types.test.ts checks that src/schema/types.ts is current.
 */
import type { z } from 'zod';

export type Mode = 'input' | 'output';

/** One type to declare: its name, its schema, and whether it is what callers pass (`input`) or get (`output`). */
export interface NamedSchema {
  name: string;
  schema: z.ZodType;
  mode: Mode;
}

interface Def {
  type: string;
  [key: string]: unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const bag = (schema: z.ZodType): { optin?: string; optout?: string } => (schema as unknown as { _zod: { optin?: string; optout?: string } })._zod;

/** A schema's `.describe()` text, or that of the schema it wraps (`.optional()`, `.default()`, `.nullable()`). */
export function descriptionOf(schema: z.ZodType): string | undefined {
  const def = defOf(schema);
  if (schema.description) return schema.description;
  return def.innerType ? descriptionOf(def.innerType as z.ZodType) : undefined;
}

function docComment(text: string | undefined, indent: string): string {
  if (!text) return '';
  return `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n`;
}

/**
 * `${Name}Fields` interfaces for every named object schema, in the order given; fields refer to the other named
 * types by their public names (imported from `importFrom`), so the public `interface Party extends PartyFields`
 * links to `Span`, not to a copy. Enums need no declaration: their `z.infer` union reads well as it is.
 */
export function schemaTypes(named: readonly NamedSchema[], importFrom: string): string {
  const referenced = new Set<string>();
  const walker = (self: NamedSchema) => {
    const refName = (schema: z.ZodType, mode: Mode): string | null => {
      const def = defOf(schema);
      const matches = named.filter((n) => n !== self && defOf(n.schema) === def);
      // A schema whose input and output differ (defaults) is named only in the mode it is declared in.
      const match =
        matches.find((n) => n.mode === mode) ??
        matches.find((n) => walk(n.schema, 'input', '', true) === walk(n.schema, 'output', '', true));
      if (match) referenced.add(match.name);
      return match?.name ?? null;
    };

    const walk = (schema: z.ZodType, mode: Mode, indent: string, top = false): string => {
      if (!top) {
        const name = refName(schema, mode);
        if (name) return name;
      }
      const def = defOf(schema);
      const inner = (key: string) => def[key] as z.ZodType;
      switch (def.type) {
        case 'string':
        case 'number':
        case 'boolean':
        case 'null':
        case 'unknown':
          return def.type;
        case 'literal':
          return (def.values as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
        case 'enum':
          return Object.values(def.entries as Record<string, string>).map((v) => `'${v}'`).join(' | ');
        case 'nullable':
          return `${walk(inner('innerType'), mode, indent)} | null`;
        case 'optional':
        case 'default':
        case 'prefault':
          return walk(inner('innerType'), mode, indent);
        case 'pipe':
          return walk(inner(mode === 'input' ? 'in' : 'out'), mode, indent);
        case 'array': {
          const element = walk(inner('element'), mode, indent);
          return /[ |]/.test(element) && !element.startsWith('{') ? `(${element})[]` : `${element}[]`;
        }
        case 'tuple':
          return `[${(def.items as z.ZodType[]).map((item) => walk(item, mode, indent)).join(', ')}]`;
        case 'record':
          return `Record<${walk(inner('keyType'), mode, indent)}, ${walk(inner('valueType'), mode, indent)}>`;
        case 'union':
          return (def.options as z.ZodType[]).map((option) => walk(option, mode, indent)).join(' | ');
        case 'object': {
          const shape = def.shape as Record<string, z.ZodType>;
          const fieldIndent = `${indent}  `;
          const fields = Object.entries(shape).map(([key, field]) => {
            // `.optional()` is optional both ways; `.default()` only for what callers pass.
            const optional = mode === 'input' ? bag(field).optin !== undefined : bag(field).optout === 'optional';
            return `${docComment(descriptionOf(field), fieldIndent)}${fieldIndent}${key}${optional ? '?' : ''}: ${walk(field, mode, fieldIndent)};\n`;
          });
          return `{\n${fields.join('')}${indent}}`;
        }
        default:
          throw new Error(`schema-types: no TypeScript for zod type "${def.type}" in ${self.name}`);
      }
    };
    return walk;
  };

  const declarations = named
    .filter((n) => defOf(n.schema).type === 'object')
    .map((n) => `${docComment(descriptionOf(n.schema), '')}export interface ${n.name}Fields ${walker(n)(n.schema, n.mode, '', true)}\n`);
  const imports = `import type { ${[...referenced].sort().join(', ')} } from '${importFrom}';\n`;
  return [imports, ...declarations].join('\n');
}
