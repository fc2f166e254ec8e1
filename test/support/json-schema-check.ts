/**
 * A small JSON Schema checker for the keywords zod's `toJSONSchema` writes for a report (type, properties,
 * required, items, prefixItems, enum, anyOf, minimum, maximum): enough to show the exported schema describes
 * real reports, without a validator dependency. Returns one message per violation, with the JSON path.
 */
type Schema = Record<string, unknown>;

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

export function jsonSchemaViolations(schema: Schema, value: unknown, path = '$'): string[] {
  if (Array.isArray(schema.anyOf)) {
    const fits = (schema.anyOf as Schema[]).some((option) => jsonSchemaViolations(option, value, path).length === 0);
    return fits ? [] : [`${path}: matches none of anyOf`];
  }
  if (Array.isArray(schema.enum)) {
    return schema.enum.includes(value) ? [] : [`${path}: not one of ${schema.enum.join(', ')}`];
  }
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type as string | string[]);
  const actual = typeOf(value);
  const fits = (type: string) => actual === type || (type === 'number' && actual === 'integer');
  if (types.length && !types.some(fits)) return [`${path}: expected ${types.join(' or ')}`];
  const problems: string[] = [];
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${path}: above ${schema.maximum}`);
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in object)) problems.push(`${path}.${key}: required`);
    for (const [key, child] of Object.entries(object)) {
      if (properties[key]) problems.push(...jsonSchemaViolations(properties[key], child, `${path}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${path}.${key}: not allowed`);
    }
  }
  if (actual === 'array') {
    const items = value as unknown[];
    const prefix = (schema.prefixItems ?? []) as Schema[];
    items.forEach((item, i) => {
      const itemSchema = prefix[i] ?? (typeof schema.items === 'object' ? (schema.items as Schema) : undefined);
      if (itemSchema) problems.push(...jsonSchemaViolations(itemSchema, item, `${path}[${i}]`));
      else if (schema.items === false) problems.push(`${path}[${i}]: not allowed`);
    });
  }
  return problems;
}
