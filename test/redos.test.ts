import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');

/**
 * recheck's own binary when npm installed it for this platform (about a second for all patterns),
 * else its pure JavaScript build (no JVM, no binary; slower). `RECHECK_BACKEND` overrides.
 */
const require = createRequire(import.meta.url);
const hasBinary = (() => {
  try {
    require.resolve(`recheck-${process.platform === 'darwin' ? 'macos' : process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}/package.json`);
    return true;
  } catch {
    return false;
  }
})();
process.env.RECHECK_BACKEND ??= hasBinary ? 'native' : 'pure';

/** How many patterns are checked at once. */
const CHECKS_AT_ONCE = 4;

/** No wall-clock limits, a fixed seed: the verdict depends on the pattern, not on how busy the machine is. */
const PARAMS = { timeout: null, attackTimeout: null, incubationTimeout: null, randomSeed: 42 } as const;

/**
 * Patterns recheck flags that were reviewed and kept, keyed `file /source/flags`, each with the reason its input
 * stays short. The test fails when an entry no longer matches a flagged pattern: delete it once the pattern is fixed.
 */
/** Patterns reviewed and accepted though flagged, with the reason: none today. */
const ACCEPTED: Record<string, string> = {};

interface Pattern {
  where: string;
  file: string;
  source: string;
  flags: string;
}

const isRegExpName = (node: ts.Expression) => ts.isIdentifier(node) && node.text === 'RegExp';
const literalText = (node: ts.Node | undefined) =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

/**
 * Every regular expression in one file: `/literals/`, `new RegExp('...')` and `RegExp('...')`, and strings handed to
 * `match`, `matchAll` or `search` (which compile them). A RegExp built from anything but literals lands in `dynamic`.
 */
function patternsOf(file: string): { patterns: Pattern[]; dynamic: string[] } {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const name = relative(ROOT, file).split('\\').join('/');
  const patterns: Pattern[] = [];
  const dynamic: string[] = [];
  const where = (node: ts.Node) => `${name}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text;
      const slash = literal.lastIndexOf('/');
      patterns.push({ where: where(node), file: name, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpName(node.expression)) {
      const [first, second] = node.arguments ?? [];
      const pattern = literalText(first);
      const flags = second === undefined ? '' : literalText(second);
      if (pattern === undefined || flags === undefined) dynamic.push(`${where(node)} ${node.getText(source).slice(0, 120)}`);
      else patterns.push({ where: where(node), file: name, source: pattern, flags });
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const pattern = literalText(node.arguments[0]);
      if (['match', 'matchAll', 'search'].includes(method) && pattern !== undefined) {
        patterns.push({ where: where(node), file: name, source: pattern, flags: method === 'matchAll' ? 'g' : '' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { patterns, dynamic };
}

const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(SRC, f))
  .sort();
const found = files.map(patternsOf);
const patterns = found.flatMap((f) => f.patterns);
const dynamic = found.flatMap((f) => f.dynamic);

const keyOf = (p: Pattern) => `${p.file} /${p.source}/${p.flags}`;
const describeFlag = (p: Pattern, d: Diagnostics) =>
  d.status === 'vulnerable'
    ? `${p.where} /${p.source}/${p.flags}: ${d.complexity.summary}, attack ${d.attack.pattern}`
    : `${p.where} /${p.source}/${p.flags}: ${d.status}${d.status === 'unknown' ? ` (${d.error.kind})` : ''}`;

describe('every regular expression in src is safe from ReDoS', () => {
  const verdicts = new Map<Pattern, Diagnostics>();

  it('finds the patterns, and builds none at run time from non-literals', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(patterns.length).toBeGreaterThan(50);
    expect(dynamic, 'a RegExp built from a variable cannot be checked: build it from literals').toEqual([]);
  });

  // (About five to seven minutes for some 2,000 patterns on a quiet machine; two test runs side by side took it past
  // twenty, and the verdicts do not depend on it.)
  it('recheck finds no pattern vulnerable, except those reviewed in ACCEPTED', { timeout: 2_400_000 }, async () => {
    // (Checked a few at a time: each check is its own process under the native backend, and the verdicts do not
    // depend on the order or the clock.)
    let next = 0;
    const worker = async () => {
      while (next < patterns.length) {
        const p = patterns[next++]!;
        verdicts.set(p, await check(p.source, p.flags, PARAMS));
      }
    };
    await Promise.all(Array.from({ length: CHECKS_AT_ONCE }, worker));
    const flagged = patterns.filter((p) => verdicts.get(p)!.status !== 'safe');
    const unexpected = flagged.filter((p) => !(keyOf(p) in ACCEPTED)).map((p) => describeFlag(p, verdicts.get(p)!));
    expect(unexpected).toEqual([]);
    const stale = Object.keys(ACCEPTED).filter((key) => !flagged.some((p) => keyOf(p) === key));
    expect(stale, 'ACCEPTED names a pattern that is gone or now safe: remove it').toEqual([]);
  });
});
