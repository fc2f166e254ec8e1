/**
 * One key for the ways a text names a public body: "the Ministry of Transport of the Kingdom of Tovenna" and
 * "Tovenna's transport ministry" are one body, keyed "tovenna transport ministry"; "the Tovennan Ministry of Finance"
 * keys as "tovennan finance ministry", which joins "tovenna finance ministry" where a text writes both
 * (`placeOfPeopleWord`). The key is place, then field, then the body's noun. Names that are no such body give null
 * and keep their own key.
 */

/** The nouns of a public body that has a field and belongs to a place: "Ministry of Finance", "Port Authority of Tovenna". */
const BODY_HEADS: ReadonlySet<string> = new Set(['ministry', 'department', 'directorate', 'agency', 'authority', 'commission', 'office', 'bureau']);
/** The words of a state's kind before its name: "the Republic of Tovenna", "the Canton of Brackmoor". */
const STATE_KIND = /^(?:republic|kingdom|state|emirate|canton|city|province|county|municipality|principality|region|commonwealth|federation) of (?:the )?/;
/** A word of a place's people: "Tovennan", "Brackmoorian", "Kenyan" (the people's word read back to the place's). */
const PEOPLE_WORD = /^[a-z]{3,}(?:ia|a)n$/;

/**
 * The key with its first word, a people's word, read back to its place ("tovennan finance ministry" is "tovenna
 * finance ministry"), or null. A firm's name may end so too ("Corrovan Roads Authority"), so the form joins only a
 * key the texts also write.
 */
export function placeOfPeopleWord(key: string): string | null {
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  return space > 0 && PEOPLE_WORD.test(first) ? `${first.slice(0, -1)}${key.slice(space)}` : null;
}

/**
 * The key of a public body's name (lowercase, punctuation gone), or null.
 * @example publicBodyKey('ministry of transport of the kingdom of tovenna') // 'tovenna transport ministry'
 * @example publicBodyKey('tovennan ministry of finance') // 'tovennan finance ministry'
 * @example publicBodyKey('finance ministry of tovenna') // 'tovenna finance ministry'
 * @example publicBodyKey('port authority of brackmoor') // 'brackmoor port authority'
 */
export function publicBodyKey(plain: string): string | null {
  // "<before> <head> of <rest>": "tovennan ministry of finance", "finance ministry of tovenna", "ministry of health".
  const words = plain.split(' ');
  const at = words.findIndex((w, k) => BODY_HEADS.has(w) && words[k + 1] === 'of' && k + 2 < words.length);
  if (at < 0) return null;
  const before = words.slice(0, at).join(' ');
  const head = words[at]!;
  const rest = words.slice(words[at + 2] === 'the' ? at + 3 : at + 2);
  // ("Ministry of Transport of the Kingdom of Tovenna": the field, then the place past its state's kind.)
  const second = rest.indexOf('of');
  if (second > 0 && second < rest.length - 1) {
    if (before) return null;
    const field = rest.slice(0, second).join(' ');
    const place = rest.slice(second + 1).join(' ').replace(/^the /, '').replace(STATE_KIND, '');
    return `${place} ${field} ${head}`;
  }
  const tail = rest.join(' ');
  // ("Tovennan Ministry of Finance": a people's word before the noun names the place, and the field follows "of".)
  if (before && PEOPLE_WORD.test(before)) return `${before} ${tail} ${head}`;
  // ("finance ministry of Tovenna", "Port Authority of Brackmoor": the field before the noun, the place after "of".)
  if (before) return `${tail.replace(STATE_KIND, '')} ${before} ${head}`;
  // ("Directorate of Roads": the field alone, keyed as "roads directorate" is.)
  return `${tail} ${head}`;
}
