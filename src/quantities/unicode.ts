/**
 * Characters of text in the wild that read as an ASCII one, each with an example. Every fold maps one UTF-16
 * unit to one, so offsets into the folded text are offsets into the original and spans still slice the source.
 */
export const UNICODE_FOLDS: readonly { char: string; ascii: string; name: string; example: string }[] = [
  { char: '\u2010', ascii: '-', name: 'hyphen', example: 'a 12\u2010year lease' },
  { char: '\u2011', ascii: '-', name: 'non-breaking hyphen', example: 'a 12\u2011year lease' },
  { char: '\u2012', ascii: '-', name: 'figure dash', example: 'a 12\u2012year lease' },
  { char: '\u2013', ascii: '-', name: 'en dash', example: 'a 12\u2013year lease' },
  { char: '\u2212', ascii: '-', name: 'minus sign', example: '$10\u221212 billion' },
  { char: '\uFE63', ascii: '-', name: 'small hyphen-minus', example: 'a 12\uFE63year lease' },
  { char: '\uFF0D', ascii: '-', name: 'fullwidth hyphen-minus', example: 'a 12\uFF0Dyear lease' },
  { char: '\u00A0', ascii: ' ', name: 'no-break space', example: '$3\u00A0billion' },
  { char: '\u202F', ascii: ' ', name: 'narrow no-break space', example: '$3\u202Fbillion' },
  { char: '\u2009', ascii: ' ', name: 'thin space', example: '$3\u2009billion' },
  { char: '\u2007', ascii: ' ', name: 'figure space', example: '$3\u2007billion' },
  { char: '\u200A', ascii: ' ', name: 'hair space', example: '$3\u200Abillion' },
  { char: '\uFF04', ascii: '$', name: 'fullwidth dollar sign', example: '\uFF0445 billion' },
];

const FOLD: ReadonlyMap<number, string> = new Map(UNICODE_FOLDS.map((f) => [f.char.charCodeAt(0), f.ascii]));

/** Spaces a number may group its thousands with, SI style: "10\u202F000", "2\u00A0500\u00A0000". Never a plain space. */
export const GROUPING_SPACES: ReadonlySet<number> = new Set([0x00a0, 0x202f, 0x2009, 0x2007]);

/**
 * The text with each character of `UNICODE_FOLDS` replaced by its ASCII form; same length, same offsets.
 * @example foldUnicode('a 12\u2011year lease') // 'a 12-year lease'
 */
export function foldUnicode(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) continue;
    const a = FOLD.get(c);
    if (a === undefined) continue;
    out += text.slice(from, i) + a;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
