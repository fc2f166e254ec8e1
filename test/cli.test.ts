import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultArgs, parseArgs, UsageError, type CliArgs } from '../src/cli/args.js';
import { contradictionLines } from '../src/cli/contradiction-lines.js';
import { parseJson, syntaxErrorOffset } from '../src/cli/json-error.js';
import { createProgress, groupDigits } from '../src/cli/progress.js';
import { InputError, readSources } from '../src/cli/read-sources.js';
import { run, type CliDeps } from '../src/cli/run.js';
import { USAGE, VERSION } from '../src/cli/usage.js';
import { CrosscheckError } from '../src/schema/errors.js';
import { analyze, createIndex, loadIndex } from '../src/index.js';
import { Report } from '../src/schema/report.js';
import type { Source } from '../src/schema/source.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-cli-'));
  await writeFile(file('notes.txt'), 'First paragraph,\non two lines.\n\n\n  \nSecond paragraph.\n');
  await writeFile(file('more.txt'), '\uFEFFOnly paragraph.\r\n');
  await writeFile(
    file('sources.json'),
    JSON.stringify([{ id: 'a', text: 'Alpha.', publishedAt: '2025-01-01', author: 'dropped' }, { id: 'b', text: 'Beta.' }]),
  );
  await writeFile(
    file('stories.json'),
    JSON.stringify(
      [
        { story: 'seed', note: 'ignored', sources: [{ id: 's1', text: 'One.' }, { id: 's2', text: 'Two.' }], pairs: [] },
        { story: 'other', sources: [{ id: 's1', text: 'Other one.' }] },
      ],
      null,
      1,
    ),
  );
  await writeFile(file('lines.jsonl'), '{"id":"j1","text":"Jay one."}\n\n{"id":"j2","text":"Jay two.","title":"T"}\n');
  await writeFile(file('broken.json'), '[\n  {"id": "a", "text": "x"},\n  {"id": "b" "text": "y"}\n]\n');
  await writeFile(file('trailing.json'), '[\n  {"id": "a", "text": "x"},\n]\n');
  await writeFile(file('badfield.json'), '[{"id": "a", "text": "x"}, {"id": "b", "text": 42}]');
  await writeFile(file('object.json'), '{"id": "a", "text": "x"}');
  await writeFile(file('badline.jsonl'), '{"id":"a","text":"x"}\n{"id":"b","text":"y"\n');
  await writeFile(file('noid.jsonl'), '{"id":"a","text":"x"}\n{"text":"y"}\n');
  await writeFile(file('dup.jsonl'), '{"id":"a","text":"x"}\n{"id":"a","text":"y"}\n');
  await mkdir(file('folder'));
  await writeFile(file('folder/b.jsonl'), '{"id":"fb","text":"From b."}\n');
  await writeFile(file('folder/a.txt'), 'From a.\n\nAlso from a.\n');
  await writeFile(file('folder/c.json'), '[{"id":"fc","text":"From c."}]');
  await writeFile(file('folder/ignored.md'), '# not read');
  await writeFile(file('folder/d.ndjson'), '{"id":"fd","text":"From d."}\n');
  await mkdir(file('empty'));
  await writeFile(file('binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x0a, 0x41]));
  await writeFile(file('latin1.txt'), Buffer.from('caf\u00e9 au lait\n', 'latin1'));
  await writeFile(file('slides.pdf'), '%PDF-1.4 looks like text');
  await writeFile(file('notes'), 'A file without extension.\n\nIts content tells the format.\n');
  await writeFile(file('lexicon.json'), JSON.stringify({ aliases: { 'Big Blue': 'IBM' } }));
  await writeFile(file('lexicon-bad.json'), JSON.stringify({ aliases: { 'Big Blue': 3 } }));
  await writeFile(file('lexicon-broken.json'), '{\n  "aliases": {"a": "b",}\n}');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseArgs', () => {
  const defaults: CliArgs = defaultArgs();

  it.each<[string[], Partial<CliArgs>]>([
    [[], {}],
    [['a.txt', '-', 'dir'], { inputs: ['a.txt', '-', 'dir'] }],
    [['--format', 'json', 'a.txt'], { format: 'json', inputs: ['a.txt'] }],
    [['--format=markdown'], { format: 'markdown' }],
    [['-f', 'md'], { format: 'markdown' }],
    [['--fail-on', 'contradiction'], { failOn: 'contradiction' }],
    [['--fail-on=none'], { failOn: 'none' }],
    [['-o', 'out.md', '--out=final.md'], { out: 'final.md' }],
    [['--', '--weird-name.txt', '-f'], { inputs: ['--weird-name.txt', '-f'] }],
    [['--help', 'a.txt'], { command: 'help', inputs: ['a.txt'] }],
    [['-h'], { command: 'help' }],
    [['--version'], { command: 'version' }],
    [['-V', '--help'], { command: 'help' }],
    [['--max-text-length', '5000'], { maxTextLength: 5000 }],
    [['--tolerance', '0.1'], { tolerance: { money: 0.1, duration: 0.1, quantity: 0.1 } }],
    [['--tolerance=money=0.2,quantity=0', '--tolerance', 'duration=1'], { tolerance: { money: 0.2, quantity: 0, duration: 1 } }],
    [['--lexicon', 'names.json'], { lexicon: 'names.json' }],
    [['--min-confidence', '.5'], { minConfidence: 0.5 }],
    [['--only', 'contradictions'], { only: 'contradictions' }],
    [['--only=agreements'], { only: 'agreements' }],
    [['--since', 'state.json'], { since: 'state.json' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual({ ...defaults, ...expected });
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['--bogus=1'], 'unknown option --bogus'],
    [['-x'], 'unknown option -x'],
    [['--format'], 'option --format needs a value'],
    [['--format', '--help'], 'option --format needs a value'],
    [['--format', 'yaml'], 'option --format: unknown format "yaml" (expected text, markdown, json)'],
    [['--fail-on', 'agreement'], 'option --fail-on: unknown value "agreement" (expected contradiction or none)'],
    [['--out='], 'option --out needs a file name'],
    [['--help=yes'], 'option --help takes no value'],
    [['--max-text-length', '0'], 'option --max-text-length: "0" is not a positive whole number of characters'],
    [['--max-text-length', '1e6'], 'option --max-text-length: "1e6" is not a positive whole number of characters'],
    [['--tolerance', '5%'], 'option --tolerance: "5%" is not a number from 0 to 1'],
    [['--tolerance', '1.5'], 'option --tolerance: "1.5" is not a number from 0 to 1'],
    [['--tolerance', 'price=0.1'], 'option --tolerance: unknown kind "price" (expected money, duration, quantity)'],
    [['--tolerance', 'money='], 'option --tolerance money: "" is not a number from 0 to 1'],
    [['--min-confidence', 'high'], 'option --min-confidence: "high" is not a number from 0 to 1'],
    [['--only', 'contradiction'], 'option --only: unknown value "contradiction" (expected contradictions, agreements, all)'],
    [['--lexicon='], 'option --lexicon needs a file name'],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new UsageError(message));
  });
});

describe('parseJson', () => {
  it.each([
    ['[\n  {"id": "b" "text": "y"}\n]', 'line 2, column 14: Expected \',\' or \'}\' after property value'],
    ['[\n  1,\n]', "line 3, column 1: Unexpected token ']'"],
    ['[\n  {"id": tru}\n]', 'line 2, column 13: Unexpected token \'}\''],
    ['[{"a": "b"}', 'line 1, column 12: Expected \',\' or \']\' after array element'],
    ['[1] x', 'line 1, column 5: Unexpected non-whitespace character after JSON'],
  ])('places the error in %j', (text, message) => {
    expect(() => parseJson(text)).toThrow(message);
  });

  it.each(['[]', '{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"]}', ' "x" '])('finds no error in %j', (text) => {
    expect(syntaxErrorOffset(text)).toBeNull();
    expect(parseJson(text)).toEqual(JSON.parse(text));
  });
});

const stdinOf = (text: string) => Readable.from([text]);
const read = (inputs: string[], stdin = '') => readSources(inputs, { stdin: stdinOf(stdin) });

describe('readSources', () => {
  it('reads a text file as paragraphs p1, p2 ...', async () => {
    const { sources, origins } = await read([file('notes.txt')]);
    expect(sources).toEqual([
      { id: 'p1', text: 'First paragraph,\non two lines.' },
      { id: 'p2', text: 'Second paragraph.' },
    ]);
    expect(origins).toEqual([`${file('notes.txt')}: line 1`, `${file('notes.txt')}: line 6`]);
  });

  it("prefixes text ids with the file's name when there are several inputs", async () => {
    const { sources } = await read([file('notes.txt'), file('more.txt'), file('lines.jsonl')]);
    expect(sources.map((s) => s.id)).toEqual(['notes.txt#p1', 'notes.txt#p2', 'more.txt#p1', 'j1', 'j2']);
    expect(sources[2]!.text).toBe('Only paragraph.');
  });

  it('reads a JSON array of sources, keeping the known fields', async () => {
    const { sources, origins } = await read([file('sources.json')]);
    expect(sources).toEqual([
      { id: 'a', text: 'Alpha.', publishedAt: '2025-01-01' },
      { id: 'b', text: 'Beta.' },
    ]);
    expect(origins[1]).toBe(`${file('sources.json')}: [1]`);
  });

  it('reads a story file, naming sources story/id', async () => {
    const { sources } = await read([file('stories.json')]);
    expect(sources.map((s) => s.id)).toEqual(['seed/s1', 'seed/s2', 'other/s1']);
  });

  it('reads JSON Lines, skipping blank lines', async () => {
    const { sources } = await read([file('lines.jsonl')]);
    expect(sources).toEqual([
      { id: 'j1', text: 'Jay one.' },
      { id: 'j2', text: 'Jay two.', title: 'T' },
    ]);
  });

  it('reads the .txt, .text, .json, .jsonl and .ndjson files of a folder, by name, and leaves out the others', async () => {
    const { sources } = await read([file('folder')]);
    expect(sources.map((s) => s.id)).toEqual(['a.txt#p1', 'a.txt#p2', 'fb', 'fc', 'fd']);
  });

  it('tells the format of a file without extension from its content', async () => {
    const { sources } = await read([file('notes')]);
    expect(sources.map((s) => s.text)).toEqual(['A file without extension.', 'Its content tells the format.']);
  });

  it.each([
    ['[{"id": "x", "text": "JSON"}]', [{ id: 'x', text: 'JSON' }]],
    ['\n  {"id": "x", "text": "JSONL"}\n{"id": "y", "text": "two"}', [{ id: 'x', text: 'JSONL' }, { id: 'y', text: 'two' }]],
    ['\nplain text\n\n[not json]\n', [{ id: 'p1', text: 'plain text' }, { id: 'p2', text: '[not json]' }]],
    ['', []],
  ])('tells the format of standard input from its first character: %j', async (stdin, expected) => {
    expect((await read([], stdin)).sources).toEqual(expected);
    expect((await read(['-'], stdin)).sources).toEqual(expected);
  });

  it('reports progress after each source', async () => {
    const counts: number[] = [];
    await readSources([file('folder')], { stdin: stdinOf(''), onSource: (n) => counts.push(n) });
    expect(counts).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([
    ['missing.txt', 'cannot read: no such file or directory'],
    ['broken.json', "line 3, column 14: Expected ',' or '}' after property value"],
    ['trailing.json', "line 3, column 1: Unexpected token ']'"],
    ['badfield.json', '[1].text: Invalid input: expected string, received number'],
    ['object.json', 'top level: expected an array of sources or of stories'],
    ['badline.jsonl', "line 2, column 21: Expected ',' or '}' after property value"],
    ['noid.jsonl', 'line 2: id: Invalid input: expected string, received undefined'],
    ['dup.jsonl', `line 2: duplicate id "a" (first at FILE: line 1)`],
    ['empty', 'folder holds no .txt, .text, .json, .jsonl, .ndjson files'],
    ['binary.txt', 'line 1: binary content (a NUL byte); crosscheck reads UTF-8 text'],
    ['latin1.txt', 'line 1: not UTF-8 text (a byte sequence that is not UTF-8)'],
    ['slides.pdf', 'unknown extension ".pdf": crosscheck reads .txt, .text, .json, .jsonl, .ndjson files'],
  ])('names the file and the place for %s', async (name, message) => {
    const error = await read([file(name)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`${file(name)}: ${message.replace('FILE', file(name))}`);
  });

  it('rejects an id used in two files, naming both', async () => {
    await expect(read([file('sources.json'), file('sources.json')])).rejects.toThrow(
      `${file('sources.json')}: [0]: duplicate id "a" (first at ${file('sources.json')}: [0])`,
    );
  });

  it('rejects a bad story and standard input given twice', async () => {
    await expect(read(['-'], '[{"story": "", "sources": []}]')).rejects.toThrow(
      'standard input: [0].story: must be a non-empty string',
    );
    await expect(read(['-', '-'])).rejects.toThrow('standard input: given more than once');
  });

  it('rejects binary standard input', async () => {
    await expect(read(['-'], 'GIF89a\u0000\u0001')).rejects.toThrow('standard input: line 1: binary content (a NUL byte)');
  });
});

describe('contradictionLines', () => {
  const finding = (n: number, kind: 'agreement' | 'contradiction') =>
    ({ kind, field: 'amount', confidence: 0.625, explanation: `a: $${n}B; b: $${n + 1}B: conflict on amount` }) as never;

  it('counts, then lists the first ten contradictions, then says how many more', () => {
    const findings = [finding(0, 'agreement'), ...Array.from({ length: 12 }, (_, n) => finding(n, 'contradiction'))];
    const lines = contradictionLines(findings).split('\n');
    expect(lines[0]).toBe('crosscheck: 12 contradictions');
    expect(lines[1]).toBe('  amount (0.63): a: $0B; b: $1B: conflict on amount');
    expect(lines.slice(11)).toEqual(['  ... and 2 more', '']);
    expect(contradictionLines([finding(1, 'contradiction')])).toBe('crosscheck: 1 contradiction\n  amount (0.63): a: $1B; b: $2B: conflict on amount\n');
    expect(contradictionLines([finding(1, 'agreement')])).toBe('');
  });
});

describe('progress', () => {
  const fakeStream = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { chunks, stream: { isTTY, write: (chunk: string) => chunks.push(chunk) } };
  };

  it('shows on a terminal once there are more than 1,000 sources, then clears its line', () => {
    const { chunks, stream } = fakeStream(true);
    const progress = createProgress(stream);
    for (let n = 1; n <= 2500; n++) progress.read(n);
    progress.analyzing(2500);
    progress.done();
    expect(chunks.join('')).toBe(
      '\r\x1b[Kcrosscheck: reading... 1,001 sources' +
        '\r\x1b[Kcrosscheck: reading... 2,001 sources' +
        '\r\x1b[Kcrosscheck: analyzing 2,500 sources...' +
        '\r\x1b[K',
    );
  });

  it('stays silent for small inputs and when not on a terminal', () => {
    const small = fakeStream(true);
    const p1 = createProgress(small.stream);
    for (let n = 1; n <= 1000; n++) p1.read(n);
    p1.analyzing(1000);
    p1.done();
    const piped = fakeStream(false);
    const p2 = createProgress(piped.stream);
    for (let n = 1; n <= 5000; n++) p2.read(n);
    p2.analyzing(5000);
    p2.done();
    expect([...small.chunks, ...piped.chunks]).toEqual([]);
  });

  it('groups digits', () => {
    expect([7, 1000, 1234567].map(groupDigits)).toEqual(['7', '1,000', '1,234,567']);
  });
});

/**
 * A stand-in for analyze: one claim per source; a source whose text says CONTRADICT contradicts the first
 * (confidence 1), one that says AGREE agrees with it (confidence 0.5).
 */
function fakeAnalyze(sources: Source[]): Report {
  const claims = sources.map((s) => ({
    id: `${s.id}#1`,
    sourceId: s.id,
    text: s.text,
    span: { start: 0, end: s.text.length },
    ...{ actor: null, action: null, counterparty: null, amount: null, duration: null, quantities: [] },
    ...{ perYear: null, total: null, negated: false, hedged: false, exclusive: false, trend: null, when: [], affiliations: [] },
  }));
  const findings = sources.slice(1).flatMap((s, i) =>
    s.text.includes('CONTRADICT') || s.text.includes('AGREE')
      ? [
          {
            id: `f${i}`,
            kind: s.text.includes('AGREE') ? 'agreement' : 'contradiction',
            claims: [`${sources[0]!.id}#1`, `${s.id}#1`],
            sources: [sources[0]!.id, s.id],
            event: 'e1',
            field: 'amount',
            corroborated: [],
            explanation: 'they differ',
            values: [
              { claim: `${sources[0]!.id}#1`, source: sources[0]!.id, text: '$1', normalized: '$1' },
              { claim: `${s.id}#1`, source: s.id, text: '$2', normalized: '$2' },
            ],
            confidence: s.text.includes('AGREE') ? 0.5 : 1,
            rule: 'fake',
          },
        ]
      : [],
  );
  return Report.parse({ claims, findings, events: [], entities: [], uncorroborated: [] });
}

async function runCli(argv: string[], { stdin = '', isTTY = false, deps = { analyze: fakeAnalyze } as CliDeps } = {}) {
  const out = new PassThrough();
  const err = new PassThrough();
  const collect = (stream: PassThrough) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    return () => Buffer.concat(chunks).toString('utf8');
  };
  const [stdout, stderr] = [collect(out), collect(err)];
  const input = Object.assign(stdinOf(stdin), { isTTY });
  const code = await run(argv, { stdin: input, stdout: out, stderr: err }, deps);
  return { code, stdout: stdout(), stderr: stderr() };
}

describe('run (in process, with a stand-in analyze)', () => {
  it('prints a text report and exits 0', async () => {
    const result = await runCli([file('notes.txt')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Summary: 2 sources, 2 claims, 0 events, 0 agreements, 0 contradictions');
  });

  it.each([
    ['json', (out: string) => expect(Report.parse(JSON.parse(out)).claims).toHaveLength(2)],
    ['markdown', (out: string) => expect(out).toMatch(/^# Crosscheck report\n[^]*\*\*Summary:\*\* 2 sources/)],
  ])('prints --format %s', async (format, check) => {
    const result = await runCli(['--format', format, '-'], { stdin: 'One.\n\nTwo.' });
    expect(result.code).toBe(0);
    check(result.stdout);
  });

  it('exits 1 with --fail-on contradiction only when there is one', async () => {
    const contradicting = 'One.\n\nCONTRADICT.';
    expect((await runCli(['--fail-on', 'contradiction'], { stdin: contradicting })).code).toBe(1);
    expect((await runCli([], { stdin: contradicting })).code).toBe(0);
    expect((await runCli(['--fail-on', 'contradiction'], { stdin: 'One.\n\nTwo.' })).code).toBe(0);
  });

  it('lists the contradictions on standard error when --fail-on contradiction fails', async () => {
    const result = await runCli(['--fail-on', 'contradiction', '-f', 'json'], { stdin: 'One.\n\nCONTRADICT.\n\nAGREE.\n\nCONTRADICT again.' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('crosscheck: 2 contradictions\n  amount (1.00): they differ\n  amount (1.00): they differ\n');
    expect((await runCli(['--fail-on', 'contradiction'], { stdin: 'One.\n\nAGREE.' })).stderr).toBe('');
  });

  it('--only and --min-confidence keep only the findings asked for', async () => {
    const stdin = 'One.\n\nCONTRADICT.\n\nAGREE.';
    const kinds = async (argv: string[]) =>
      Report.parse(JSON.parse((await runCli(['-f', 'json', ...argv], { stdin })).stdout)).findings.map((f) => f.kind);
    expect(await kinds([])).toEqual(['contradiction', 'agreement']);
    expect(await kinds(['--only', 'contradictions'])).toEqual(['contradiction']);
    expect(await kinds(['--only', 'agreements'])).toEqual(['agreement']);
    expect(await kinds(['--min-confidence', '0.6'])).toEqual(['contradiction']);
    expect(await kinds(['--only', 'agreements', '--min-confidence', '0.6'])).toEqual([]);
    const onlyAgreements = await runCli(['--only', 'agreements', '--fail-on', 'contradiction'], { stdin });
    expect(onlyAgreements.code, 'a contradiction left out of the report does not fail the run').toBe(0);
  });

  it('hands --max-text-length, --tolerance and --lexicon to analyze as options', async () => {
    const seen: unknown[] = [];
    const deps: CliDeps = { analyze: (sources, options) => (seen.push(options), fakeAnalyze(sources)) };
    await runCli(['-'], { stdin: 'x', deps });
    await runCli(['--max-text-length', '99', '--tolerance', 'money=0.2', '--lexicon', file('lexicon.json'), '-'], { stdin: 'x', deps });
    expect(seen).toEqual([
      {},
      {
        maxTextLength: 99,
        tolerance: { money: 0.2, duration: 0.05, quantity: 0.05 },
        lexicon: { aliases: { 'Big Blue': 'IBM' }, affiliations: [], actions: [] },
      },
    ]);
  });

  it('loads the library only when there is something to analyze', async () => {
    let loads = 0;
    const load = async () => (loads++, { analyze: fakeAnalyze });
    expect((await runCli(['--version'], { deps: load as never })).code).toBe(0);
    expect((await runCli(['--bogus'], { deps: load as never })).code).toBe(2);
    expect(loads).toBe(0);
    expect((await runCli(['-'], { stdin: 'One.', deps: load as never })).code).toBe(0);
    expect(loads).toBe(1);
  });

  it.each([
    ['lexicon-bad.json', 'lexicon.aliases.Big Blue: Invalid input: expected string, received number'],
    ['lexicon-broken.json', "line 2, column 24: Expected double-quoted property name"],
    ['missing.json', 'cannot read: no such file or directory'],
  ])('exits 2 on --lexicon %s, naming the file and the field or place', async (name, message) => {
    const result = await runCli(['--lexicon', file(name), '-'], { stdin: 'One.' });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `crosscheck: ${file(name)}: ${message}\n` });
  });

  it('exits 2 on a binary file or an unknown extension', async () => {
    expect(await runCli([file('binary.txt')])).toMatchObject({ code: 2, stdout: '', stderr: `crosscheck: ${file('binary.txt')}: line 1: binary content (a NUL byte); crosscheck reads UTF-8 text\n` });
    expect(await runCli([file('slides.pdf')])).toMatchObject({ code: 2, stdout: '' });
  });

  it('--since STATE reports only the findings new since the last run, skipping sources the index holds', async () => {
    const library: CliDeps = { analyze, createIndex, loadIndex };
    const state = file('since-state.json');
    const day1 = 'Corlath invested $5 billion in Brisvane.';
    const day2 = `${day1}\n\nCorlath invested $4 billion in Brisvane.`;
    const kinds = (stdout: string) => Report.parse(JSON.parse(stdout)).findings.map((f) => [f.kind, ...f.sources]);
    const first = await runCli(['--since', state, '-f', 'json', '-'], { stdin: day1, deps: library });
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(kinds(first.stdout)).toEqual([]);
    expect(JSON.parse(await readFile(state, 'utf8'))).toMatchObject({ version: 1, sources: ['p1'] });
    const second = await runCli(['--since', state, '-f', 'json', '--fail-on', 'contradiction', '-'], { stdin: day2, deps: library });
    expect(second.code).toBe(1);
    expect(kinds(second.stdout)).toEqual([['contradiction', 'p1', 'p2']]);
    const third = await runCli(['--since', state, '-f', 'json', '--fail-on', 'contradiction', '-'], { stdin: day2, deps: library });
    expect(third.code, 'nothing new on the third run').toBe(0);
    expect(kinds(third.stdout)).toEqual([]);
    expect(Report.parse(JSON.parse(third.stdout)).claims).toHaveLength(2);
  });

  it('exits 2 on a bad --since file, or options that would change a saved index', async () => {
    const library: CliDeps = { analyze, createIndex, loadIndex };
    await writeFile(file('state-bad.json'), '{"version": 2}');
    await writeFile(file('state-broken.json'), '{"version": 1,}');
    expect(await runCli(['--since', file('state-bad.json'), '-'], { stdin: 'x', deps: library })).toMatchObject({
      code: 2,
      stderr: `crosscheck: ${file('state-bad.json')}: state.version: Invalid input: expected 1\n`,
    });
    expect((await runCli(['--since', file('state-broken.json'), '-'], { stdin: 'x', deps: library })).stderr).toBe(
      `crosscheck: ${file('state-broken.json')}: line 1, column 15: Expected double-quoted property name\n`,
    );
    await runCli(['--since', file('state-ok.json'), '-'], { stdin: 'x', deps: library });
    const withOptions = await runCli(['--since', file('state-ok.json'), '--tolerance', '0.1', '-'], { stdin: 'y', deps: library });
    expect(withOptions.code).toBe(2);
    expect(withOptions.stderr).toMatch(/keeps the options its index was created with/);
  });

  it('writes --out FILE instead of standard output', async () => {
    const result = await runCli(['--out', file('report.md'), '-f', 'markdown', file('sources.json')]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await readFile(file('report.md'), 'utf8')).toContain('**Summary:** 2 sources');
  });

  it.each([
    [['--bogus'], "crosscheck: unknown option --bogus\nTry 'crosscheck --help' for more information.\n"],
    [['missing.txt'], 'crosscheck: missing.txt: cannot read: no such file or directory\n'],
    [['--out', join('no', 'such', 'dir', 'r.txt'), '-'], `crosscheck: ${join('no', 'such', 'dir', 'r.txt')}: cannot write: `],
  ])('exits 2 on %j', async (argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(message)).toBe(true);
  });

  it('exits 2 when standard input is a terminal and no file is named', async () => {
    const result = await runCli([], { isTTY: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^crosscheck: no input: /);
  });

  it("names a CrosscheckError's field, and the input line of a bad source", async () => {
    const throwing = (field: string): CliDeps => ({
      analyze: () => {
        throw new CrosscheckError(`${field}: too long`, field);
      },
    });
    const bySource = await runCli([file('notes.txt')], { deps: throwing('sources[1].text') });
    expect(bySource).toMatchObject({ code: 2, stderr: `crosscheck: ${file('notes.txt')}: line 6: sources[1].text: too long\n` });
    const byOption = await runCli([file('notes.txt')], { deps: throwing('options.maxSources') });
    expect(byOption).toMatchObject({ code: 2, stderr: 'crosscheck: options.maxSources: too long\n' });
  });

  it('exits 3 on an internal error', async () => {
    const broken: CliDeps = {
      analyze: () => {
        throw new TypeError('oops');
      },
    };
    const result = await runCli(['-'], { stdin: 'x', deps: broken });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^crosscheck: internal error: TypeError: oops/);
  });

  it('prints --help and --version', async () => {
    expect(await runCli(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(await runCli(['-V'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(VERSION).toBe(pkg.version);
  });

  it('prints the rule tables with --rules, each record with its example', async () => {
    const { code, stdout, stderr } = await runCli(['--rules']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    for (const title of ['Frames and their words', 'Role rules, in the order they run', 'Descriptions', 'Events', 'Times', 'Where a time dates a deal', 'Deals told by an only counterpart', 'Shares of an event with several parties on one side']) expect(stdout).toContain(title);
    expect(stdout).toMatch(/^ {2}lease \(supply; lessor -> lessee/m);
    expect(stdout).toMatch(/^ {2}passive \(passive; fills actor, counterparty, direction\)\n {6}e\.g\. /m);
  });
});

describe('dist/cli.js (end to end)', () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first (npm test does)`);
  });

  const crosscheck = (args: string[], input?: string) => {
    const result = spawnSync(process.execPath, [cli, ...args], { input: input ?? '', encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  const deal = [
    'Corlath is buying $3 billion of Brisvane stock at $17.40 a share.',
    'Brisvane sold a $3bn stake to Corlath, and the pair will design processors together.',
    'Corlath invested $4 billion in Brisvane to shore up its fab unit.',
  ];

  it('loads the library (and compromise) only when there is something to analyze', async () => {
    const bundle = await readFile(cli, 'utf8');
    expect(bundle).not.toMatch(/from\s*["']compromise/);
    expect(bundle).toMatch(/import\(["']crosscheck["']\)/);
  });

  it('starts with a shebang', async () => {
    expect((await readFile(cli, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('reads a text file and prints a text report', async () => {
    await writeFile(file('deal.txt'), deal.join('\n\n'));
    const result = crosscheck([file('deal.txt')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Crosscheck report\n/);
    expect(result.stdout).toMatch(/\nSummary: 3 sources, \d+ claims?, \d+ events?, \d+ agreements?, \d+ contradictions?\n$/);
  });

  it('prints --format json that the Report schema accepts, with the ids it read', async () => {
    const sources = deal.map((text, i) => ({ id: `n${i + 1}`, text }));
    await writeFile(file('deal.json'), JSON.stringify(sources));
    await writeFile(file('deal.jsonl'), sources.map((s) => JSON.stringify(s)).join('\n'));
    for (const input of [file('deal.json'), file('deal.jsonl')]) {
      const result = crosscheck(['--format', 'json', input]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.startsWith('{\n  "claims": [')).toBe(true);
      const report = Report.parse(JSON.parse(result.stdout));
      expect(report.claims.length).toBeGreaterThan(0);
      expect(new Set(report.claims.map((c) => c.sourceId))).toEqual(new Set(['n1', 'n2', 'n3']));
    }
  });

  it('reads a folder and standard input', () => {
    const fromFolder = crosscheck(['-f', 'json', file('folder')]);
    expect(fromFolder.code, fromFolder.stderr).toBe(0);
    expect(Report.parse(JSON.parse(fromFolder.stdout))).toBeTruthy();
    const fromStdin = crosscheck(['--format=markdown'], deal.join('\n\n'));
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(fromStdin.stdout).toMatch(/^# Crosscheck report\n[^]*\*\*Summary:\*\* 3 sources/);
    const dash = crosscheck(['-f', 'json', '-'], JSON.stringify([{ id: 'x', text: deal[0] }]));
    expect(dash.code, dash.stderr).toBe(0);
  });

  it('exits 1 with --fail-on contradiction exactly when the report holds a contradiction', () => {
    const input = `${deal[0]}\n\n${deal[2]}`;
    const report = Report.parse(JSON.parse(crosscheck(['-f', 'json'], input).stdout));
    const contradicted = report.findings.some((f) => f.kind === 'contradiction');
    expect(contradicted, '$5 billion and $2 billion stakes should contradict').toBe(true);
    const failed = crosscheck(['--fail-on', 'contradiction'], input);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^crosscheck: 1 contradiction\n  amount \(\d\.\d\d\): p\d: \$\dB; p\d: \$\dB: conflict on amount\n$/);
    expect(crosscheck([], input).code).toBe(0);
    expect(crosscheck(['--fail-on', 'contradiction', '--tolerance', 'money=0.7'], input).code, '$2B is within 70% of $5B').toBe(0);
    expect(crosscheck(['--fail-on', 'contradiction'], deal[0]).code).toBe(0);
  });

  it.each([
    [['--bogus'], /^crosscheck: unknown option --bogus\n/],
    [['missing.txt'], /^crosscheck: missing\.txt: cannot read: no such file or directory\n$/],
    [[join('.', 'no-such-dir', 'x.json')], /no-such-dir.x\.json: cannot read: no such file or directory/],
  ])('exits 2 on %j, naming the culprit', (args, message) => {
    const result = crosscheck(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('exits 2 on malformed JSON, naming the file and line', () => {
    const result = crosscheck([file('broken.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`crosscheck: ${file('broken.json')}: line 3, column 14: Expected ',' or '}' after property value\n`);
  });

  it('exits 2 on a bad source, naming the field', () => {
    const noId = crosscheck(['-'], '[{"id": "", "text": "x"}]');
    expect(noId).toMatchObject({ code: 2, stderr: 'crosscheck: standard input: [0].id: must be a non-empty string\n' });
    const tooLong = crosscheck(['-'], 'x'.repeat(1_000_001));
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toMatch(/^crosscheck: standard input: line 1: sources\[0\]\.text\b/);
  });

  it('applies --lexicon aliases', async () => {
    const input = 'Big Blue invested $2 billion in Intel.\n\nIBM invested $5 billion in Intel.';
    const contradictions = (args: string[]) =>
      Report.parse(JSON.parse(crosscheck(['-f', 'json', ...args], input).stdout)).findings.filter((f) => f.kind === 'contradiction');
    expect(contradictions([])).toEqual([]);
    expect(contradictions(['--lexicon', file('lexicon.json')]).map((f) => f.sources)).toEqual([['p1', 'p2']]);
  });

  it('prints --help and --version', () => {
    const help = crosscheck(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toBe(USAGE);
    expect(crosscheck(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});
