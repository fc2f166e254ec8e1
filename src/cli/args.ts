/** Bad command-line usage: an unknown flag, a missing or wrong value. Exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const FORMATS = ['text', 'markdown', 'json'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export const FAIL_ON = ['contradiction', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** `--only contradictions` keeps only that kind of finding; `all` keeps both. */
export const ONLY = ['contradictions', 'agreements', 'all'] as const;
export type Only = (typeof ONLY)[number];

export const TOLERANCE_KINDS = ['money', 'duration', 'quantity'] as const;
export type ToleranceKind = (typeof TOLERANCE_KINDS)[number];

export interface CliArgs {
  command: 'run' | 'help' | 'version' | 'rules';
  /** Files and folders in the order given; `-` is standard input; empty means standard input. */
  inputs: string[];
  format: OutputFormat;
  failOn: FailOn;
  out: string | null;
  /** Longest source text accepted, in characters; null keeps the library's default. */
  maxTextLength: number | null;
  /** Relative tolerance per value kind; kinds left out keep the library's default. */
  tolerance: Partial<Record<ToleranceKind, number>>;
  /** A JSON file of lexicon options (`aliases`, `affiliations`, `actions`). */
  lexicon: string | null;
  /** Findings below this confidence are left out of the report. */
  minConfidence: number;
  only: Only;
  /** An index state file: report only findings new since it was saved, then save it again. */
  since: string | null;
}

type ValueOption = 'format' | 'failOn' | 'out' | 'maxTextLength' | 'tolerance' | 'lexicon' | 'minConfidence' | 'only' | 'since';

const VALUE_OPTIONS: Record<string, ValueOption> = {
  '--format': 'format',
  '-f': 'format',
  '--fail-on': 'failOn',
  '--out': 'out',
  '-o': 'out',
  '--max-text-length': 'maxTextLength',
  '--tolerance': 'tolerance',
  '--lexicon': 'lexicon',
  '--min-confidence': 'minConfidence',
  '--only': 'only',
  '--since': 'since',
};

const FLAG_OPTIONS: Record<string, 'help' | 'version' | 'rules'> = {
  '--rules': 'rules',
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
  '-V': 'version',
};

/** `md` is accepted for `markdown`. */
const FORMAT_ALIASES: Record<string, OutputFormat> = { md: 'markdown' };

/**
 * Reads the command line (without `node` and the script): `--opt value` and `--opt=value`,
 * `-` for standard input, `--` to end the options. Throws a UsageError naming the culprit.
 *
 * @example
 * parseArgs(['--format=json', 'notes.txt']) //=> { command: 'run', inputs: ['notes.txt'], format: 'json', ... }
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args = defaultArgs();
  let help = false;
  let version = false;
  let rules = false;
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      args.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const flag = FLAG_OPTIONS[name];
    if (flag) {
      if (eq !== -1) throw new UsageError(`option ${name} takes no value`);
      if (flag === 'help') help = true;
      else if (flag === 'rules') rules = true;
      else version = true;
      continue;
    }
    const option = VALUE_OPTIONS[name];
    if (!option) throw new UsageError(`unknown option ${name}`);
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('-') && value !== '-')) {
        throw new UsageError(`option ${name} needs a value`);
      }
      i++;
    }
    setValue(args, option, name, value);
  }

  if (help) args.command = 'help';
  else if (version) args.command = 'version';
  else if (rules) args.command = 'rules';
  return args;
}

/** What an empty command line means: read standard input, print a text report of every finding. */
export function defaultArgs(): CliArgs {
  return {
    command: 'run',
    inputs: [],
    format: 'text',
    failOn: 'none',
    out: null,
    maxTextLength: null,
    tolerance: {},
    lexicon: null,
    minConfidence: 0,
    only: 'all',
    since: null,
  };
}

function setValue(args: CliArgs, option: ValueOption, name: string, value: string): void {
  switch (option) {
    case 'format': {
      const format = FORMAT_ALIASES[value] ?? value;
      if (!isOneOf(FORMATS, format)) {
        throw new UsageError(`option ${name}: unknown format "${value}" (expected ${FORMATS.join(', ')})`);
      }
      args.format = format;
      return;
    }
    case 'failOn':
      if (!isOneOf(FAIL_ON, value)) {
        throw new UsageError(`option ${name}: unknown value "${value}" (expected ${FAIL_ON.join(' or ')})`);
      }
      args.failOn = value;
      return;
    case 'out':
    case 'lexicon':
    case 'since':
      if (!value) throw new UsageError(`option ${name} needs a file name`);
      args[option] = value;
      return;
    case 'maxTextLength':
      if (!/^[1-9]\d*$/.test(value) || !Number.isSafeInteger(Number(value))) {
        throw new UsageError(`option ${name}: "${value}" is not a positive whole number of characters`);
      }
      args.maxTextLength = Number(value);
      return;
    case 'tolerance':
      args.tolerance = { ...args.tolerance, ...parseTolerance(name, value) };
      return;
    case 'minConfidence':
      args.minConfidence = fraction(name, value);
      return;
    case 'only':
      if (!isOneOf(ONLY, value)) {
        throw new UsageError(`option ${name}: unknown value "${value}" (expected ${ONLY.join(', ')})`);
      }
      args.only = value;
      return;
  }
}

/**
 * `0.1` sets every kind; `money=0.1,duration=0.2` sets those kinds.
 *
 * @example parseTolerance('--tolerance', 'money=0.1') //=> { money: 0.1 }
 */
function parseTolerance(name: string, value: string): Partial<Record<ToleranceKind, number>> {
  if (!value.includes('=')) {
    const all = fraction(name, value);
    return { money: all, duration: all, quantity: all };
  }
  const tolerance: Partial<Record<ToleranceKind, number>> = {};
  for (const part of value.split(',')) {
    const [kind = '', amount = ''] = part.split('=');
    if (!isOneOf(TOLERANCE_KINDS, kind)) {
      throw new UsageError(`option ${name}: unknown kind "${kind}" (expected ${TOLERANCE_KINDS.join(', ')})`);
    }
    tolerance[kind] = fraction(`${name} ${kind}`, amount);
  }
  return tolerance;
}

/** A number from 0 to 1, written as a plain decimal. */
function fraction(name: string, value: string): number {
  const number = /^(0|1|0?\.\d+|1\.0*)$/.test(value) ? Number(value) : NaN;
  if (!(number >= 0 && number <= 1)) throw new UsageError(`option ${name}: "${value}" is not a number from 0 to 1`);
  return number;
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
