import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateGrowingCorpus } from './bench/growing-corpus.mjs';

// Worker threads run built files, so this test runs against dist/ (npm test builds first).
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
type Main = typeof import('../src/index.js');
type Parallel = typeof import('../src/parallel/index.js');
let main: Main;
let parallel: Parallel;

/** Sources where a third retell one of forty stories (Zipf), so events hold many sources across shard borders. */
const corpus = generateGrowingCorpus(240, 21);
/** Four shards of unequal size, so no border falls where an even split would put it. */
const BORDERS = [0, 37, 120, 181, corpus.length];
const shards = BORDERS.slice(1).map((end, i) => corpus.slice(BORDERS[i], end));

beforeAll(async () => {
  for (const file of ['index.js', 'parallel.js', 'parallel-worker.js']) {
    if (!existsSync(`${dist}${file}`)) throw new Error(`dist/${file} is missing: run \`npm run build\` first (npm test does)`);
  }
  main = (await import(`${dist}index.js`)) as Main;
  parallel = (await import(`${dist}parallel.js`)) as Parallel;
});

describe('shards give the same answer as one run', () => {
  let one: ReturnType<Main['analyze']>;
  beforeAll(() => {
    one = main.analyze(corpus);
  });

  it('the corpus has events that cross shard borders', () => {
    const shardOf = new Map(shards.flatMap((s, i) => s.map((source) => [source.id, i] as const)));
    const crossing = one.events.filter((e) => new Set(e.sources.map((id) => shardOf.get(id))).size > 1);
    expect(crossing.length).toBeGreaterThan(5);
    expect(one.findings.length).toBeGreaterThan(100);
  });

  it('analyzeParallel on worker threads, four shards on two threads: deep-equal to analyze', async () => {
    const report = await parallel.analyzeParallel(corpus, { workers: 2, chunk: 60 });
    expect(report).toEqual(one);
  });

  it('the recipe: extract each shard on its own, in any order, concatenate in shard order, reportOfClaims', () => {
    const perShard = new Map<number, ReturnType<Main['extractClaims']>>();
    for (const i of [2, 0, 3, 1]) perShard.set(i, shards[i]!.flatMap((s) => main.extractClaims(s.text, { sourceId: s.id })));
    const claims = [0, 1, 2, 3].flatMap((i) => perShard.get(i)!);
    expect(main.reportOfClaims(claims)).toEqual(one);
    expect(main.compareClaims(claims)).toEqual(one.findings);
    const merged = { version: 1, options: {}, sources: corpus.map((s) => s.id), claims, reported: [] };
    expect(main.loadIndex(merged).report()).toEqual(one);
  });

  it('claim ids depend on the source only, not on its shard', () => {
    const ids = shards[3]!.flatMap((s) => main.extractClaims(s.text, { sourceId: s.id }).map((c) => c.id));
    expect(ids).toEqual(one.claims.filter((c) => shards[3]!.some((s) => s.id === c.sourceId)).map((c) => c.id));
  });
});

describe('parallel options', () => {
  it.each([
    [{ workers: 0 }, 'options.workers'],
    [{ chunk: 1.5 }, 'options.chunk'],
    [{ threads: 2 }, 'options.threads'],
  ])('%j is refused, naming %s', async (options, field) => {
    await expect(parallel.analyzeParallel(corpus.slice(0, 2), options as never)).rejects.toMatchObject({ field });
  });

  it('a bad source is refused before any thread starts, naming the field', async () => {
    await expect(parallel.extractClaimsParallel([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])).rejects.toMatchObject({ field: 'sources[1].id' });
  });

  it('a pool answers batch after batch, each the same as one run', async () => {
    const pool = parallel.createExtractionPool({ workers: 1 });
    try {
      const [first, second] = [corpus.slice(0, 30), corpus.slice(30, 50)];
      expect(await pool.extract(first)).toEqual(first.flatMap((s) => main.extractClaims(s.text, { sourceId: s.id })));
      expect(await pool.analyze(second)).toEqual(main.analyze(second));
    } finally {
      await pool.close();
    }
  });
});

describe('crosscheck/parallel as a consumer loads it', () => {
  const code = (load: string) => `${load}
p.extractClaimsParallel([{ id: 'pod', text: 'SpaceX is leasing Colossus to Anthropic for $15 billion annually.' }], { workers: 1 })
  .then((claims) => console.log(claims.map((c) => c.id).join(',')));`;
  const run = (args: string[], load: string) =>
    spawnSync(process.execPath, [...args, '-e', code(load)], { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' });

  it.each([
    ['require', [], "const p = require('crosscheck/parallel');"],
    ['import', ['--input-type=module'], "import * as p from 'crosscheck/parallel';"],
  ])('%s: its worker is found beside the entry and answers', (_how, args, load) => {
    const result = run(args as string[], load as string);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('pod#1');
  });
});
