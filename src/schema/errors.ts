import type { z } from 'zod';

/** The one error crosscheck throws: bad input shapes, unknown options, limits passed. `field` names the culprit. */
export class CrosscheckError extends Error {
  override readonly name = 'CrosscheckError';
  constructor(
    message: string,
    /** Dotted path of the offending field: `sources[2].id`, `options.tolerance.money`. */
    readonly field: string,
    readonly issues: readonly { field: string; message: string }[] = [{ field, message }],
  ) {
    super(message);
  }
}

function pathToField(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    root,
  );
}

/** Validates `value` against `schema`, throwing a CrosscheckError naming the first bad field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, root: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const field = pathToField(root, keys.length ? [...issue.path, keys[0]!] : issue.path);
    return { field, message: issue.message };
  });
  const first = issues[0]!;
  throw new CrosscheckError(`${first.field}: ${first.message}`, first.field, issues);
}
