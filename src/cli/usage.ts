import { version } from '../../package.json';

/** The package version, inlined at build time. */
export const VERSION: string = version;

export const USAGE = `Usage: crosscheck [options] [FILE|DIR ...]

Read short "insight" paragraphs from many sources, extract their claims, and
report which sources agree, which contradict each other, and why.

Input (with no FILE, or with -, read standard input):
  .txt    paragraphs separated by blank lines, one source each; ids p1, p2 ...
          or, with several files, notes.txt#p1, notes.txt#p2 ...
  .json   an array of sources {id, text, publishedAt?, title?, url?}, or of
          stories {story, sources: [{id, text}]} whose ids become story/id
  .jsonl  one source object per line
  DIR     every .txt, .json and .jsonl file in it, by name
  Standard input is JSON if it starts with [, JSON Lines if with {, else text.

Options:
  -f, --format FORMAT        text (default), markdown, or json (the report)
  -o, --out FILE             write the report to FILE, not standard output
      --fail-on contradiction
                             exit 1 when any two sources contradict
  -h, --help                 print this help and exit
  -V, --version              print the version and exit

Exit status: 0 report written; 1 contradiction found with --fail-on
contradiction; 2 bad usage or input; 3 internal error.
`;
