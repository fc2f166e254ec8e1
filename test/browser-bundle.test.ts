import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build, transform, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

let code = '';
let metafile: Metafile;
let problems: string[] = [];

beforeAll(async () => {
  const result = await build({
    entryPoints: [entry],
    platform: 'browser',
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  code = result.outputFiles[0]!.text;
  metafile = result.metafile;
  problems = [...result.errors, ...result.warnings].map((m) => `${m.location?.file ?? '?'}: ${m.text}`);
});

/** A fresh realm with only what every browser has as globals: no require, process, Buffer or module. */
function browserRealm() {
  const context = vm.createContext({});
  vm.runInContext('globalThis.self = globalThis; globalThis.window = globalThis;', context);
  return context;
}

describe('the library bundles for the browser', () => {
  it('builds with platform browser, without errors or warnings', () => {
    expect(problems).toEqual([]);
    expect(code.length).toBeGreaterThan(0);
  });

  it('imports no Node built-in and leaves nothing external', () => {
    const imports = Object.entries(metafile.inputs).flatMap(([file, input]) => input.imports.map((i) => ({ file, ...i })));
    const offending = imports.filter((i) => i.external || NODE_BUILTINS.has(i.path) || i.path.startsWith('node:'));
    expect(offending.map((i) => `${i.file} imports ${i.path}`)).toEqual([]);
    expect(Object.values(metafile.outputs).flatMap((o) => o.imports)).toEqual([]);
    expect(code).not.toMatch(/\bfrom\s*["']node:|\brequire\(\s*["'](node:)?(fs|path|os|url|util|crypto|child_process|module|stream)["']\)/);
  });

  it('runs in a realm without Node globals: analyze finds the agreement', async () => {
    // The ES module bundle, its exports turned into one global, so a plain vm script can run it.
    const script = (await transform(code, { format: 'iife', globalName: 'crosscheck', loader: 'js' })).code;
    const realm = browserRealm();
    expect(vm.runInContext('typeof require + typeof process + typeof Buffer + typeof module', realm)).toBe('undefinedundefinedundefinedundefined');
    vm.runInContext(script, realm);
    const out = vm.runInContext(
      `JSON.stringify(crosscheck.analyze([
        { id: 'pod', text: 'SpaceX is leasing Colossus to Anthropic for $15 billion annually.' },
        { id: 'memo', text: "Anthropic's three-year, $45 billion deal with SpaceX gives it all of Colossus." },
        { id: 'blog', text: "SpaceX's Colossus lease to Anthropic brings in $10 billion a year." },
      ]).findings.map((f) => [f.kind, f.field, ...f.sources]))`,
      realm,
    ) as string;
    expect(JSON.parse(out)).toEqual(
      expect.arrayContaining([
        ['agreement', 'amount', 'memo', 'pod'],
        expect.arrayContaining(['contradiction', 'amount', 'blog']),
      ]),
    );
  });
});
