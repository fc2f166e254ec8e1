import { extractClaims } from './src/index.js';
import { buildEntityTable } from './src/normalize/entities.js';
const texts = process.argv.slice(2);
const claims = texts.flatMap((t, i) => extractClaims(t, { sourceId: 's' + i }));
const table = buildEntityTable(claims as any);
for (const n of process.env.NAMES!.split(',')) console.log(n, '->', (table as any).canonical?.(n) ?? '', '| family', table.family(n));
