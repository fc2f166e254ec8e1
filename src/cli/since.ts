import { readFile, writeFile } from 'node:fs/promises';
import type { CrosscheckIndex } from '../incremental.js';
import type { AnalyzeOptions } from '../schema/options.js';
import type { Report } from '../schema/report.js';
import type { Source } from '../schema/source.js';
import { UsageError } from './args.js';
import { JsonSyntaxError, parseJson } from './json-error.js';
import { describeFsError, InputError } from './read-sources.js';

/** The part of the library `--since` needs. */
export interface IndexDeps {
  createIndex(options?: AnalyzeOptions): CrosscheckIndex;
  loadIndex(state: unknown): CrosscheckIndex;
}

/** The saved index of `--since FILE`, or null when FILE does not exist yet (the first run creates it). */
export async function readIndexState(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw new InputError(path, describeFsError(error));
  }
  try {
    return parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new InputError(path, error.message);
    throw error;
  }
}

export async function writeIndexState(path: string, index: CrosscheckIndex): Promise<void> {
  await writeFile(path, JSON.stringify(index) + '\n').catch((error: unknown) => {
    throw new InputError(path, `cannot write: ${(error as Error).message}`);
  });
}

export interface SinceResult {
  /** The whole corpus's claims and events, with only the findings new since the state was saved. */
  report: Report;
  index: CrosscheckIndex;
  /** Positions (in the sources read) of the sources added; the others were already in the index. */
  added: number[];
}

/**
 * A run with `--since FILE`: sources whose ids the saved index holds are skipped, the others added, and only
 * the findings they bring are reported. A new index takes the command line's options; a saved one keeps its own.
 *
 * @example reportSince(library, null, sources, {}, 'state.json') // first run: every finding is new
 */
export function reportSince(deps: IndexDeps, state: unknown, sources: readonly Source[], options: AnalyzeOptions, stateFile: string): SinceResult {
  if (state !== null && Object.keys(options).length) {
    throw new UsageError(`option --since: ${stateFile} keeps the options its index was created with; leave out --tolerance, --lexicon and --max-text-length`);
  }
  const index = state === null ? deps.createIndex(options) : deps.loadIndex(state);
  const seen = new Set(index.toJSON().sources);
  const added = sources.flatMap((source, i) => (seen.has(source.id) ? [] : [i]));
  const findings = index.add(added.map((i) => sources[i]!));
  return { report: { ...index.report(), findings }, index, added };
}
