import { it } from 'vitest';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
import { makeContext } from '../src/quantities/context.js';
import { shapedAt } from '../src/quantities/shape.js';
import { parseNumber } from '../src/quantities/numbers.js';
import { findUnstatedMoney } from '../src/quantities/unstated-money.js';
it('x', () => {
  const ctx = makeContext('bought it for 40 million in 2019', null);
  const out: unknown[] = [ctx.tokens.map((t) => [t.text, t.kind]), parseNumber(ctx.tokens, 3, {}), findUnstatedMoney(ctx)];
  require('fs').writeFileSync('/tmp/un.txt', JSON.stringify(out));
});
