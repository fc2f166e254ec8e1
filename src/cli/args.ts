/** Bad command-line usage: an unknown flag, a missing or wrong value. Exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const FORMATS = ['text', 'markdown', 'json'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export const FAIL_ON = ['contradiction', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface CliArgs {
  command: 'run' | 'help' | 'version';
  /** Files and folders in the order given; `-` is standard input; empty means standard input. */
  inputs: string[];
  format: OutputFormat;
  failOn: FailOn;
  out: string | null;
}

type ValueOption = 'format' | 'failOn' | 'out';

const VALUE_OPTIONS: Record<string, ValueOption> = {
  '--format': 'format',
  '-f': 'format',
  '--fail-on': 'failOn',
  '--out': 'out',
  '-o': 'out',
};

const FLAG_OPTIONS: Record<string, 'help' | 'version'> = {
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
  const args: CliArgs = { command: 'run', inputs: [], format: 'text', failOn: 'none', out: null };
  let help = false;
  let version = false;
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
  return args;
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
      if (!value) throw new UsageError(`option ${name} needs a file name`);
      args.out = value;
      return;
  }
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
