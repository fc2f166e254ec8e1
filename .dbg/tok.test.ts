import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
import { it } from 'vitest';
import { readDocument } from '../src/text/document.js';
it('tokens', () => {
  const doc = readDocument(process.env.T!);
  const out: string[] = []; for (const s of doc.sentences) out.push(s.tokens.map((t) => JSON.stringify([t.text, [...t.tags].join('|')])).join(' ')); require('fs').writeFileSync('/tmp/tok.txt', out.join('\n'));
});
