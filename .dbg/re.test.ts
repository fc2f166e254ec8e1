import { it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { check } from 'recheck';
const require = createRequire(import.meta.url);
process.env.RECHECK_BACKEND = 'native';
it('re', async () => {
  const files = (process.env.FILES ?? '').split(' ').filter(Boolean);
  const out: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const pats: { s: string; f: string; line: number }[] = [];
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = (n as ts.RegularExpressionLiteral).text; const sl = lit.lastIndexOf('/');
        pats.push({ s: lit.slice(1, sl), f: lit.slice(sl + 1), line: src.getLineAndCharacterOfPosition(n.getStart(src)).line + 1 });
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
    for (const p of pats) {
      const t0 = Date.now();
      const r = await check(p.s, p.f, { timeout: 10000, randomSeed: 42 });
      out.push(`${file}:${p.line} ${r.status} ${r.status === 'vulnerable' ? r.complexity.summary : ''} ${Date.now() - t0}ms ${p.s.slice(0, 80)}`);
      writeFileSync('/tmp/re.txt', out.join('\n'));
    }
  }
}, 1_000_000);
