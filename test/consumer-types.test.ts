import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const CONSUMER = `import { analyze, reportJsonSchema, type Finding, type Party, type Report } from 'crosscheck';
const report: Report = analyze([{ id: 'a', text: 'SpaceX is leasing Colossus to Anthropic for $15 billion annually.' }]);
const findings: Finding[] = report.findings;
const actor: Party | null = report.claims[0]?.actor ?? null;
export const summary = [findings.length, actor?.canonical, Object.keys(reportJsonSchema()).length];
`;

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-consumer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Type-checks a consumer of the built package (dist/*.d.ts) with these compiler options; returns tsc's errors. */
function typecheck(name: string, options: Record<string, unknown>): string {
  const project = join(dir, name);
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  symlinkSync(root, join(project, 'node_modules', 'crosscheck'), 'junction');
  writeFileSync(join(project, 'index.ts'), CONSUMER);
  const compilerOptions = { strict: true, target: 'es2022', noEmit: true, types: [], ...options };
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.ts'] }));
  const result = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
  return result.stdout + result.stderr;
}

// The settings the README promises. Without skipLibCheck and esModuleInterop, zod's own locale declarations
// fail to compile (63 errors, none in crosscheck's): the README says so.
describe.runIf(existsSync(join(root, 'dist', 'index.d.ts')))('a TypeScript consumer of dist/', () => {
  it.each([
    ['node10, CommonJS, no esModuleInterop, skipLibCheck', { moduleResolution: 'node10', module: 'commonjs', esModuleInterop: false, skipLibCheck: true }],
    ['node10, CommonJS, esModuleInterop', { moduleResolution: 'node10', module: 'commonjs', esModuleInterop: true, skipLibCheck: false }],
    ['nodenext', { moduleResolution: 'nodenext', module: 'nodenext', skipLibCheck: true }],
    ['bundler', { moduleResolution: 'bundler', module: 'esnext', skipLibCheck: false }],
  ])('compiles with %s', (name, options) => {
    expect(typecheck(name.replace(/\W+/g, '-'), options)).toBe('');
  });
});
