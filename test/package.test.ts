import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

const SOURCES = [
  { id: 'pod', text: 'SpaceX is leasing Colossus to Anthropic for $15 billion annually.' },
  { id: 'memo', text: "Anthropic's three-year, $45 billion deal with SpaceX gives it all of Colossus." },
];

/** What a consumer would print: where the package resolved, its exports, and the findings of analyze. */
const probe = (load: string) => `${load}
const report = c.analyze(${JSON.stringify(SOURCES)});
console.log(JSON.stringify({
  resolved: RESOLVED,
  exports: Object.keys(c).sort(),
  findings: report.findings.map((f) => [f.kind, f.field, ...f.sources]),
}));`;

/** Runs `code` with node from the package root, so `crosscheck` resolves through package.json `exports` (self-reference). */
function node(args: string[], code: string): { resolved: string; exports: string[]; findings: string[][] } {
  const result = spawnSync(process.execPath, [...args, '-e', code], { cwd: root, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as never;
}

const cjs = (specifier: string) =>
  node([], probe(`const c = require(${JSON.stringify(specifier)}); const RESOLVED = require.resolve(${JSON.stringify(specifier)});`));
const esm = (specifier: string) =>
  node(['--input-type=module'], probe(`import * as c from ${JSON.stringify(specifier)}; const RESOLVED = import.meta.resolve(${JSON.stringify(specifier)});`));

const AGREEMENT = [['agreement', 'amount', 'memo', 'pod']];

describe('the built package (dist/)', () => {
  beforeAll(() => {
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'cli.js']) {
      if (!existsSync(join(root, 'dist', file))) throw new Error(`dist/${file} is missing: run \`npm run build\` first (npm test does)`);
    }
  });

  it("require('./dist/index.cjs') works from CommonJS", () => {
    const out = cjs('./dist/index.cjs');
    expect(out.findings).toEqual(AGREEMENT);
    expect(out.exports).toContain('analyze');
  });

  it("require('crosscheck') resolves to the CommonJS build and import 'crosscheck' to the ES module build, with the same API", () => {
    const required = cjs('crosscheck');
    const imported = esm('crosscheck');
    expect(required.resolved).toBe(join(root, 'dist', 'index.cjs'));
    expect(fileURLToPath(imported.resolved)).toBe(join(root, 'dist', 'index.js'));
    expect(required.findings).toEqual(AGREEMENT);
    expect(imported.findings).toEqual(AGREEMENT);
    expect(imported.exports).toEqual(required.exports);
    expect(imported.exports).toEqual(expect.arrayContaining(['analyze', 'extractClaims', 'compareClaims', 'extractQuantities', 'Report', 'CrosscheckError']));
  });

  it("exposes 'crosscheck/package.json'", () => {
    const result = spawnSync(process.execPath, ['-e', "process.stdout.write(require('crosscheck/package.json').version)"], { cwd: root, encoding: 'utf8' });
    expect(result.stdout).toBe(pkg.version);
  });

  it('packs only dist, docs/*.md, README.md, LICENSE, CHANGELOG.md and package.json', () => {
    const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
    expect(result.status).toBe(0);
    const [packed] = JSON.parse(result.stdout) as [{ files: { path: string }[] }];
    const outside = packed.files.map((f) => f.path).filter((p) => !p.startsWith('dist/') && !/^docs\/[^/]+\.md$/.test(p) && !['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'].includes(p));
    expect(outside).toEqual([]);
    expect(packed.files.map((f) => f.path)).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'docs/model.md',
      'dist/parallel.js', 'dist/parallel.cjs', 'dist/parallel-worker.js', 'dist/parallel-worker.cjs', 'dist/parallel.d.ts', 'dist/parallel.d.cts']));
  });

  it('packs every file the README links to by a relative path', () => {
    const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
    const [packed] = JSON.parse(result.stdout) as [{ files: { path: string }[] }];
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const linked = [...readme.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/.test(href));
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((href) => !packed.files.some((f) => f.path === href))).toEqual([]);
  });
});
