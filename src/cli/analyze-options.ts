import type { AnalyzeOptions, LexiconOptions } from '../schema/options.js';
import { DEFAULT_TOLERANCE } from '../schema/default-tolerance.js';
import type { CliArgs } from './args.js';

/**
 * The library options the command line sets (`--max-text-length`, `--tolerance`, `--lexicon`); what it leaves
 * unset keeps the library's default.
 *
 * @example analyzeOptionsOf({ ...defaultArgs(), tolerance: { money: 0.1 } }, null) //=> { tolerance: { money: 0.1, duration: 0.05, quantity: 0.05 } }
 */
export function analyzeOptionsOf(args: CliArgs, lexicon: LexiconOptions | null): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  if (args.maxTextLength !== null) options.maxTextLength = args.maxTextLength;
  if (Object.keys(args.tolerance).length) options.tolerance = { ...DEFAULT_TOLERANCE, ...args.tolerance };
  if (lexicon) options.lexicon = lexicon;
  return options;
}
