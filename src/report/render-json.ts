import type { Report } from '../schema/report.js';

/**
 * The report as JSON, element by element: the same text as `JSON.stringify(report, null, 2) + '\n'`, without
 * ever building one string of the whole report (which V8 caps at about 512 MB) or one array of its lines.
 * Arrays and objects are opened down to `depth` levels; deeper values are stringified whole.
 */
export function* jsonChunks(report: Report, depth = 2): Generator<string> {
  yield* value(report, '', depth);
  yield '\n';
}

function* value(item: unknown, indent: string, depth: number): Generator<string> {
  if (depth <= 0 || item === null || typeof item !== 'object' || typeof (item as { toJSON?: unknown }).toJSON === 'function') {
    yield indent ? JSON.stringify(item, null, 2).replace(/\n/g, `\n${indent}`) : JSON.stringify(item, null, 2);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(item)) {
    if (item.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < item.length; i++) {
      yield inner;
      // As JSON.stringify does: holes, undefined and functions in an array are null.
      const element = item[i] === undefined || typeof item[i] === 'function' || typeof item[i] === 'symbol' ? null : item[i];
      yield* value(element, inner, depth - 1);
      yield i < item.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(item).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i]!;
    yield `${inner}${JSON.stringify(key)}: `;
    yield* value(v, inner, depth - 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/** The JSON report as one string, for callers that want one. */
export function renderJson(report: Report): string {
  let out = '';
  for (const chunk of jsonChunks(report)) out += chunk;
  return out;
}
