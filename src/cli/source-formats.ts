import { extname } from 'node:path';
import { z } from 'zod';
import { Source } from '../schema/source.js';
import { JsonSyntaxError, parseJson } from './json-error.js';

export type InputFormat = 'text' | 'json' | 'jsonl';

/** Where a source was read, for messages: `notes.txt: line 4`, `stories.json: [2].sources[0]`. */
export type Emit = (source: Source, place: string) => void;

/** Takes a document line by line (numbered from 1, without line ends) and emits sources as it goes. */
export interface LineParser {
  line(text: string, lineNumber: number): void;
  end(): void;
}

/** A problem with the content of one input; `place` is `line 3`, `[2].text` or both, without the file. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  constructor(
    readonly place: string,
    readonly reason: string,
  ) {
    super(`${place}: ${reason}`);
  }
}

const EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The extensions crosscheck reads, named or found in a folder: `.txt`, `.text`, `.json`, `.jsonl`, `.ndjson`. */
export const READ_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/** The format a file name announces, or null when it must be told from the content. */
export function formatOfName(name: string): InputFormat | null {
  return EXTENSIONS[extname(name).toLowerCase()] ?? null;
}

/**
 * Why a line cannot be source text, or null when it can: a NUL byte marks a binary file, U+FFFD a byte
 * sequence that is not UTF-8 (the decoder's replacement character).
 *
 * @example notTextReason('PK\u0003\u0004\u0000') //=> 'binary content (a NUL byte); crosscheck reads UTF-8 text'
 */
export function notTextReason(line: string): string | null {
  if (line.includes('\u0000')) return 'binary content (a NUL byte); crosscheck reads UTF-8 text';
  if (line.includes('\uFFFD')) return 'not UTF-8 text (a byte sequence that is not UTF-8)';
  return null;
}

/** JSON when the content starts with `[`, JSON Lines with `{`, else text. */
export function formatOfContent(firstNonBlankLine: string): InputFormat {
  const first = firstNonBlankLine.trimStart()[0];
  return first === '[' ? 'json' : first === '{' ? 'jsonl' : 'text';
}

const isBlank = (line: string) => line.trim() === '';

/**
 * Paragraphs separated by blank lines, one source each: ids `p1`, `p2` ..., or `notes.txt#p1` with a prefix.
 *
 * @example
 * // "One.\n\nTwo,\nstill two." emits { id: 'p1', text: 'One.' } and { id: 'p2', text: 'Two,\nstill two.' }
 */
export function textParser(idPrefix: string, emit: Emit): LineParser {
  let lines: string[] = [];
  let start = 0;
  let count = 0;
  const flush = () => {
    if (!lines.length) return;
    count++;
    emit({ id: idPrefix ? `${idPrefix}#p${count}` : `p${count}`, text: lines.join('\n') }, `line ${start}`);
    lines = [];
  };
  return {
    line(text, lineNumber) {
      if (isBlank(text)) return flush();
      if (!lines.length) start = lineNumber;
      lines.push(text.trimEnd());
    },
    end: flush,
  };
}

/** One JSON value per non-blank line: a source, or a story whose sources it holds. */
export function jsonlParser(emit: Emit): LineParser {
  return {
    line(text, lineNumber) {
      if (isBlank(text)) return;
      let item: unknown;
      try {
        item = parseJson(text);
      } catch (error) {
        if (!(error instanceof JsonSyntaxError)) throw error;
        const column = error.column === null ? '' : `, column ${error.column}`;
        throw new ContentError(`line ${lineNumber}${column}`, error.reason);
      }
      emitItem(item, '', `line ${lineNumber}`, emit);
    },
    end() {},
  };
}

/** A whole JSON document: an array of sources or of stories. */
export function jsonParser(emit: Emit): LineParser {
  const lines: string[] = [];
  return {
    line(text) {
      lines.push(text);
    },
    end() {
      let document: unknown;
      try {
        document = parseJson(lines.join('\n'));
      } catch (error) {
        if (!(error instanceof JsonSyntaxError)) throw error;
        if (error.line === null) throw new ContentError('invalid JSON', error.reason);
        throw new ContentError(`line ${error.line}, column ${error.column}`, error.reason);
      }
      if (!Array.isArray(document)) {
        throw new ContentError('top level', 'expected an array of sources or of stories');
      }
      document.forEach((item, index) => emitItem(item, `[${index}]`, '', emit));
    },
  };
}

/** Reads the first non-blank line to choose a parser, then hands every line to it. */
export function sniffingParser(choose: (format: InputFormat) => LineParser): LineParser {
  let chosen: LineParser | null = null;
  const pending: [string, number][] = [];
  return {
    line(text, lineNumber) {
      if (chosen) return chosen.line(text, lineNumber);
      pending.push([text, lineNumber]);
      if (isBlank(text)) return;
      chosen = choose(formatOfContent(text));
      for (const [t, n] of pending) chosen.line(t, n);
    },
    end() {
      chosen?.end();
    },
  };
}

/** Known fields are checked; others (a story file's `claims`, `note` ...) are left out. */
const SourceFields = z.object(Source.shape);
const Story = z.object({ story: z.string().min(1, 'must be a non-empty string'), sources: z.array(z.unknown()) });

function isStory(item: unknown): boolean {
  return typeof item === 'object' && item !== null && !Array.isArray(item) && 'sources' in item;
}

/** `path` is the item's field path (`[2]`, or '' for a JSON Lines line), `line` its line if known. */
function emitItem(item: unknown, path: string, line: string, emit: Emit): void {
  const place = (field: string) => [line, field].filter(Boolean).join(': ');
  if (!isStory(item)) {
    emit(check(SourceFields, item, path, place), place(path));
    return;
  }
  const story = check(Story, item, path, place);
  story.sources.forEach((raw, index) => {
    const sourcePath = `${path}${path ? '.' : ''}sources[${index}]`;
    const source = check(SourceFields, raw, sourcePath, place);
    emit({ ...source, id: `${story.story}/${source.id}` }, place(sourcePath));
  });
}

function check<S extends z.ZodType>(
  schema: S,
  value: unknown,
  path: string,
  place: (field: string) => string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}${acc ? '.' : ''}${String(key)}`),
    path,
  );
  const where = place(field) || 'top level';
  const reason =
    issue.path.length === 0 && issue.code === 'invalid_type'
      ? `expected a source object {id, text} or a story {story, sources}`
      : issue.message;
  throw new ContentError(where, reason);
}
