/**
 * Escapes the characters that separate the parts of a finding id (`%`, `~`, `:`) so that no two different
 * pairs of claim ids ever give one finding id: `a#1` with `b#1~c#1` and `a#1~b#1` with `c#1` stay apart.
 * Ids without those characters read as before: `s4#1`.
 * @example idPart('b#1~c#1') // 'b#1%7Ec#1'
 */
export function idPart(id: string): string {
  return id.replace(/[%~:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `c:s4#1~s9#1:amount` for a contradiction, `a:...` for an agreement; injective in its four parts. */
export function findingId(kind: 'agreement' | 'contradiction', a: string, b: string, field: string): string {
  return `${kind === 'contradiction' ? 'c' : 'a'}:${idPart(a)}~${idPart(b)}:${field}`;
}

/** A map key made of several strings, whatever characters they hold. */
export function compositeKey(...parts: readonly string[]): string {
  return JSON.stringify(parts);
}
