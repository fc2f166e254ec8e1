import { createWriteStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { jsonChunks } from '../report/render-json.js';
import { markdownChunks } from '../report/render-markdown.js';
import { textChunks } from '../report/render-text.js';
import type { CrosscheckError } from '../schema/errors.js';
import type { AnalyzeOptions } from '../schema/options.js';
import type { Report } from '../schema/report.js';
import type { Source } from '../schema/source.js';
import { analyzeOptionsOf } from './analyze-options.js';
import { parseArgs, UsageError, type OutputFormat } from './args.js';
import { contradictionLines } from './contradiction-lines.js';
import { readLexiconFile } from './lexicon-file.js';
import { createProgress } from './progress.js';
import { InputError, readSources } from './read-sources.js';
import { selectFindings } from './select-findings.js';
import { readIndexState, reportSince, writeIndexState, type IndexDeps } from './since.js';
import type { CrosscheckIndex } from '../incremental.js';
import { USAGE, VERSION } from './usage.js';

export const EXIT = { ok: 0, contradiction: 1, badInput: 2, internal: 3 } as const;

export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

export interface CliDeps extends Partial<IndexDeps> {
  analyze: (sources: Source[], options?: AnalyzeOptions) => Report;
}

/**
 * The whole command, streams and library passed in: returns the exit status. `deps` may be a loader, called
 * only when there is something to analyze, so `--help` and `--version` never load the library.
 */
export async function run(argv: readonly string[], io: CliIO, deps: CliDeps | (() => Promise<CliDeps>)): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'rules') {
      const { ruleTables } = await import('./rule-tables.js');
      await write(io.stdout, ruleTables());
      return EXIT.ok;
    }
    if (args.command !== 'run') {
      await write(io.stdout, args.command === 'help' ? USAGE : `${VERSION}\n`);
      return EXIT.ok;
    }
    if (!args.inputs.length && io.stdin.isTTY) {
      throw new UsageError('no input: name a FILE or DIR, or pipe text to standard input');
    }

    const lexicon = args.lexicon === null ? null : await readLexiconFile(args.lexicon);
    const state = args.since === null ? null : await readIndexState(args.since);
    const progress = createProgress(io.stderr);
    const { sources, origins } = await readSources(args.inputs, { stdin: io.stdin, onSource: progress.read });
    const library = typeof deps === 'function' ? await deps() : deps;
    progress.analyzing(sources.length);
    let report: Report;
    let index: CrosscheckIndex | null = null;
    let analyzed = origins;
    try {
      const options = analyzeOptionsOf(args, lexicon);
      if (args.since === null) report = library.analyze(sources, options);
      else {
        const since = reportSince(library as IndexDeps, state, sources, options, args.since);
        ({ report, index } = since);
        analyzed = since.added.map((i) => origins[i]!);
      }
      report = selectFindings(report, args);
    } catch (error) {
      throw withOrigin(error, analyzed, args.since);
    } finally {
      progress.done();
    }

    const output = reportChunks(report, args.format, sources.length);
    if (args.out && args.out !== '-') await writeFileChunks(args.out, output);
    else await writeChunks(io.stdout, output);
    if (index && args.since) await writeIndexState(args.since, index);

    const listed = args.failOn === 'contradiction' ? contradictionLines(report.findings) : '';
    if (listed) await write(io.stderr, listed);
    return listed ? EXIT.contradiction : EXIT.ok;
  } catch (error) {
    return fail(io.stderr, error);
  }
}

/** The report in the asked format, a piece at a time: never one string or one array of the whole output. */
export function reportChunks(report: Report, format: OutputFormat, sourceCount: number): Iterable<string> {
  if (format === 'json') return jsonChunks(report);
  if (format === 'markdown') return markdownChunks(report, { sourceCount });
  return textChunks(report, { sourceCount });
}

/** Output is gathered into writes of about this many characters. */
const WRITE_SIZE = 1 << 16;

/** Writes the chunks in batches, waiting for each batch to be handed over, so memory stays flat. */
async function writeChunks(stream: Writable, chunks: Iterable<string>): Promise<void> {
  let batch = '';
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= WRITE_SIZE) {
      await write(stream, batch);
      batch = '';
    }
  }
  if (batch) await write(stream, batch);
}

async function writeFileChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const failed = (error: unknown) => new InputError(path, `cannot write: ${(error as Error).message}`);
  const file = createWriteStream(path);
  const opened = new Promise<void>((resolve, reject) => {
    file.once('ready', () => resolve());
    file.once('error', (error) => reject(failed(error)));
  });
  await opened;
  try {
    await writeChunks(file, chunks);
  } catch (error) {
    file.destroy();
    throw failed(error);
  }
  await new Promise<void>((resolve, reject) => {
    file.once('error', (error) => reject(failed(error)));
    file.end(() => resolve());
  });
}

/**
 * A CrosscheckError about `sources[3].text` also names where that source was read: `notes.txt: line 9`;
 * one about `state...` names the `--since` file.
 */
function withOrigin(error: unknown, origins: readonly string[], stateFile: string | null): unknown {
  if (!isCrosscheckError(error)) return error;
  if (stateFile !== null && /^state\b/.test(error.field)) return new InputError(stateFile, error.message);
  const index = /^sources\[(\d+)\]/.exec(error.field)?.[1];
  const origin = index === undefined ? undefined : origins[Number(index)];
  return origin ? new InputError(origin, error.message) : error;
}

/**
 * Told by its name and field, not `instanceof`: the CLI loads the library from dist/index.js, whose
 * CrosscheckError class is not the copy bundled into the CLI.
 */
function isCrosscheckError(error: unknown): error is CrosscheckError {
  return error instanceof Error && error.name === 'CrosscheckError' && typeof (error as { field?: unknown }).field === 'string';
}

async function fail(stderr: Writable, error: unknown): Promise<number> {
  if (error instanceof UsageError) {
    await write(stderr, `crosscheck: ${error.message}\nTry 'crosscheck --help' for more information.\n`);
    return EXIT.badInput;
  }
  if (error instanceof InputError || isCrosscheckError(error)) {
    await write(stderr, `crosscheck: ${error.message}\n`);
    return EXIT.badInput;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  await write(stderr, `crosscheck: internal error: ${detail}\n`);
  return EXIT.internal;
}

/** Resolves once the chunk is handed to the system; a closed pipe (`| head`) is not an error. */
function write(stream: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(chunk, (error) => {
      if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
      else resolve();
    });
  });
}
