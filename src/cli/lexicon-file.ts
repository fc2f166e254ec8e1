import { readFile } from 'node:fs/promises';
import { validate } from '../schema/errors.js';
import { LexiconOptions } from '../schema/options.js';
import { JsonSyntaxError, parseJson } from './json-error.js';
import { describeFsError, InputError } from './read-sources.js';

/**
 * Reads `--lexicon FILE.json`: `{ aliases, affiliations, actions }` as the library's `lexicon` option takes it.
 * Throws an InputError naming the file and the place or field.
 *
 * @example readLexiconFile('names.json') // { aliases: { 'Big Blue': 'IBM' }, affiliations: [], actions: [] }
 */
export async function readLexiconFile(path: string): Promise<LexiconOptions> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new InputError(path, describeFsError(error));
  });
  let json: unknown;
  try {
    json = parseJson(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new InputError(path, error.message);
    throw error;
  }
  try {
    return validate(LexiconOptions, json, 'lexicon');
  } catch (error) {
    throw new InputError(path, (error as Error).message);
  }
}
