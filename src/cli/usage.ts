import { version } from '../../package.json';

/** The package version, inlined at build time. */
export const VERSION: string = version;

export const USAGE = `Usage: crosscheck [options] [FILE|DIR ...]

Read short "insight" paragraphs from many sources, extract their claims, and
report which sources agree, which contradict each other, and why.

Input (with no FILE, or with -, read standard input):
  .txt    paragraphs separated by blank lines, one source each; ids p1, p2 ...
          or, with several files, notes.txt#p1, notes.txt#p2 ... (.text too)
  .json   an array of sources {id, text, publishedAt?, title?, url?}, or of
          stories {story, sources: [{id, text}]} whose ids become story/id
  .jsonl  one source object per line (.ndjson too)
  DIR     every .txt, .text, .json, .jsonl and .ndjson file in it, by name;
          other files in it are left out
  A named file with another extension, or with binary or non-UTF-8 content,
  is an error. A file without extension, like standard input, is JSON if it
  starts with [, JSON Lines if with {, else text.

Options:
  -f, --format FORMAT        text (default), markdown, or json (the report)
  -o, --out FILE             write the report to FILE, not standard output
      --fail-on contradiction
                             exit 1 when any two sources contradict, listing
                             the contradictions on standard error
      --only KIND            contradictions, agreements, or all (default)
      --min-confidence N     leave out findings below N (0 to 1; default 0)
      --tolerance N          relative difference under which two values agree
                             (0 to 1; default money 0.02, others 0.05), or per
                             kind: money=0.1,duration=0.05,quantity=0.02
      --lexicon FILE.json    other names, families and action words:
                             {"aliases": {"Big Blue": "IBM"}, "affiliations":
                             [{"member": "AWS", "parent": "Amazon"}]}
      --max-text-length N    longest source accepted, in characters
                             (default 1000000)
      --since STATE.json     report only findings new since the last run with
                             this index file, skipping sources it already
                             holds, then save it (created on the first run)
      --rules                print what the extractor knows (frames and their
                             words, role rules, descriptions, event rules),
                             each rule with its example, and exit
  -h, --help                 print this help and exit
  -V, --version              print the version and exit

Exit status: 0 report written; 1 contradiction found with --fail-on
contradiction; 2 bad usage or input; 3 internal error.
`;
