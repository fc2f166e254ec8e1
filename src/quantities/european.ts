import { phraseAt, phraseTable, type PhraseTable } from './phrases.js';
import { attached, type Token } from './tokens.js';

/**
 * Scale words of German, French, Portuguese, Spanish and other European news, matched as written, each with an example.
 * German "Billion" is 1e12 and would collide with English "billion", so only its plural "Billionen" is listed.
 */
export const EUROPEAN_SCALES: readonly { words: string; value: number; example: string }[] = [
  ...['Mrd.', 'Mrd', 'Md.', 'Mds', 'Milliarde', 'Milliarden', 'milliard', 'milliards', 'Milliard', 'Milliards'].map((words) => ({ words, value: 1e9, example: `€3,5 ${words}` })),
  ...['Mio.', 'Mio', 'Millionen', 'millions de'].map((words) => ({ words, value: 1e6, example: `€2,4 ${words}` })),
  ...['Tsd.', 'Tsd'].map((words) => ({ words, value: 1e3, example: `€750 ${words}` })),
  { words: 'Billionen', value: 1e12, example: '€1,2 Billionen' },
  // Portuguese and Spanish: "R$3,6 bi", "R$ 450 mi", "US$ 1,5 bilhão", "3,2 mil millones de euros".
  ...['bi', 'bilhões', 'bilhoes', 'bilhão', 'bilhao', 'mil milhões', 'mil millones'].map((words) => ({ words, value: 1e9, example: `R$3,6 ${words}` })),
  ...['mi', 'milhões', 'milhoes', 'milhão', 'millones', 'mln'].map((words) => ({ words, value: 1e6, example: `R$450 ${words}` })),
  // Nordic, Dutch and Italian: "NOK 2,3 milliarder", "SEK 2,4 mdr", "DKK 3,1 mia.", "€1,2 miljard", "€3,5 miliardi".
  ...['milliarder', 'mia.'].map((words) => ({ words, value: 1e9, example: `NOK 2,3 ${words}` })),
  ...['miljarder', 'mdr', 'mdr.'].map((words) => ({ words, value: 1e9, example: `SEK 2,4 ${words}` })),
  // Czech, Polish and Dutch short forms: "3 mld Kč", "€1,2 mld".
  ...['mld', 'mld.'].map((words) => ({ words, value: 1e9, example: `€1,2 ${words}` })),
  ...['miljard', 'miljardia', 'miliardi', 'miliardo'].map((words) => ({ words, value: 1e9, example: `€1,2 ${words}` })),
  ...['millioner', 'mill.'].map((words) => ({ words, value: 1e6, example: `DKK 450 ${words}` })),
  ...['miljoner', 'mkr'].map((words) => ({ words, value: 1e6, example: `SEK 450 ${words}` })),
  ...['miljoen', 'miljoona', 'miljoonaa', 'milioni'].map((words) => ({ words, value: 1e6, example: `€450 ${words}` })),
  // Indonesian and Malay: "Rp3,7 triliun", "Rp 350 miliar", "RM 80 juta".
  { words: 'triliun', value: 1e12, example: 'Rp3,7 triliun' },
  ...['miliar', 'bilion'].map((words) => ({ words, value: 1e9, example: `Rp 350 ${words}` })),
  { words: 'juta', value: 1e6, example: 'Rp 800 juta' },
];

const TABLE: PhraseTable<number> = phraseTable(EUROPEAN_SCALES.map((s) => [s.words, s.value] as const), false);

/** The European scale word at token `j`: [multiplier, index past it]. */
export function europeanScaleAt(tokens: readonly Token[], j: number): [number, number] | null {
  const hit = phraseAt(tokens, j, TABLE);
  return hit === null ? null : [hit.value, hit.end];
}

/**
 * A decimal comma, read only where a currency marks the number (the money family asks for it):
 * "€3,5 Mrd." is 3.5, "3,50 Euro" 3.5. The whole part must be plain digits and the decimals one or two digits
 * that no further group follows ("3,5,7" is a list; "3,500" is one token already, three thousand five hundred).
 * Returns [value, tokens used] or null.
 */
export function decimalCommaAt(tokens: readonly Token[], i: number): [number, number] | null {
  const whole = tokens[i];
  const comma = tokens[i + 1];
  const decimals = tokens[i + 2];
  if (whole?.kind !== 'num' || comma?.text !== ',' || decimals?.kind !== 'num') return null;
  if (!/^\d{1,3}$/.test(whole.text) || !/^\d{1,2}$/.test(decimals.text) || !attached(tokens, i + 1) || !attached(tokens, i + 2)) return null;
  const next = tokens[i + 3];
  if (next !== undefined && attached(tokens, i + 3) && (next.kind === 'num' || next.text === ',' && tokens[i + 4]?.kind === 'num')) return null;
  return [Number(`${whole.text}.${decimals.text}`), 3];
}
