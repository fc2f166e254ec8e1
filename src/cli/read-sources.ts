import { open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Source } from '../schema/source.js';
import {
  ContentError,
  formatOfName,
  jsonParser,
  notTextReason,
  READ_EXTENSIONS,
  jsonlParser,
  sniffingParser,
  textParser,
  type Emit,
  type InputFormat,
  type LineParser,
} from './source-formats.js';

/** An input that cannot be read or holds bad content. The message starts with the file's name. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** The file as the user named it, or `standard input`, with the place in it when known. */
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

export interface ReadOptions {
  stdin: Readable;
  /** Called after each source is read, with the count so far. */
  onSource?: (count: number) => void;
}

export interface ReadResult {
  sources: Source[];
  /** Where each source came from, in the same order: `notes.txt: line 4`. */
  origins: string[];
}

/** One file to read: `path` null is standard input. */
interface InputFile {
  path: string | null;
  name: string;
}

const STDIN = 'standard input';

/**
 * Reads every input in order (`-` or nothing is standard input, a folder is its .txt, .text, .json, .jsonl
 * and .ndjson files by name), line by line, into sources with unique ids. A named file with another extension,
 * or whose content is binary or not UTF-8, is an error. Throws an InputError naming the file.
 */
export async function readSources(inputs: readonly string[], options: ReadOptions): Promise<ReadResult> {
  const files = await expandInputs(inputs.length ? inputs : ['-']);
  const prefixes = idPrefixes(files);
  const result: ReadResult = { sources: [], origins: [] };
  const firstPlace = new Map<string, string>();

  for (const [index, file] of files.entries()) {
    const emit: Emit = (source, place) => {
      const origin = `${file.name}: ${place}`;
      const first = firstPlace.get(source.id);
      if (first !== undefined) throw new ContentError(place, `duplicate id "${source.id}" (first at ${first})`);
      firstPlace.set(source.id, origin);
      result.sources.push(source);
      result.origins.push(origin);
      options.onSource?.(result.sources.length);
    };
    const parserFor = (format: InputFormat): LineParser =>
      format === 'text' ? textParser(prefixes[index]!, emit) : format === 'json' ? jsonParser(emit) : jsonlParser(emit);
    const format = file.path === null ? null : formatOfName(file.path);
    const parser = format ? parserFor(format) : sniffingParser(parserFor);
    try {
      if (file.path === null) await feedLines(options.stdin, parser);
      else {
        const stream = await openFile(file.path);
        await feedLines(stream, parser).finally(() => stream.destroy());
      }
    } catch (error) {
      if (error instanceof ContentError) throw new InputError(file.name, error.message);
      if (error instanceof InputError) throw error;
      throw new InputError(file.name, describeFsError(error));
    }
  }
  return result;
}

async function feedLines(input: Readable, parser: LineParser): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let failure: unknown = null;
  input.once('error', (error) => {
    failure = error;
    lines.close();
  });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      const notText = notTextReason(line);
      if (notText) throw new ContentError(`line ${lineNumber}`, notText);
      parser.line(lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line, lineNumber);
    }
  } finally {
    lines.close();
  }
  if (failure) throw failure;
  parser.end();
}

async function openFile(path: string): Promise<Readable> {
  const handle = await open(path, 'r');
  return handle.createReadStream({ encoding: 'utf8' });
}

/** A file named on the command line: a known extension, or none at all (its content tells the format). */
function checkExtension(path: string): void {
  const extension = extname(path);
  if (extension && formatOfName(path) === null) {
    throw new InputError(path, `unknown extension "${extension}": crosscheck reads ${READ_EXTENSIONS.join(', ')} files`);
  }
}

async function expandInputs(inputs: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  let stdinSeen = false;
  for (const input of inputs) {
    if (input === '-') {
      if (stdinSeen) throw new InputError(STDIN, 'given more than once');
      stdinSeen = true;
      files.push({ path: null, name: STDIN });
      continue;
    }
    const info = await stat(input).catch((error: unknown) => {
      throw new InputError(input, describeFsError(error));
    });
    if (!info.isDirectory()) {
      checkExtension(input);
      files.push({ path: input, name: input });
      continue;
    }
    const entries = await readdir(input, { withFileTypes: true }).catch((error: unknown) => {
      throw new InputError(input, describeFsError(error));
    });
    const names = entries
      .filter((entry) => formatOfName(entry.name) !== null)
      .filter((entry) => entry.isFile() || entry.isSymbolicLink())
      .map((entry) => entry.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (!names.length) throw new InputError(input, `folder holds no ${READ_EXTENSIONS.join(', ')} files`);
    for (const name of names) {
      const path = join(input, name);
      files.push({ path, name: path });
    }
  }
  return files;
}

/**
 * Text ids: `p1` when there is one input; with several, the file's base name (`notes.txt#p1`),
 * or its path as given when two inputs share a base name; `stdin` for standard input.
 */
function idPrefixes(files: readonly InputFile[]): string[] {
  if (files.length === 1) return [''];
  const base = files.map((file) => (file.path === null ? 'stdin' : basename(file.path)));
  return files.map((file, i) => (base.indexOf(base[i]!) !== base.lastIndexOf(base[i]!) ? file.name : base[i]!));
}

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
};

export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FS_ERRORS[code]) return `cannot read: ${FS_ERRORS[code]}`;
  return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
}
