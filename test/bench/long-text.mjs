/**
 * One long realistic source: generated insight paragraphs, each followed by sentences that go on with
 * pronouns ("It said its ...", "They ..."), so that resolving references and finding a sentence's values are
 * exercised at every size. Deterministic: the same size gives the same text.
 * @example longText(10_000).length // 10000
 */
import { generateCorpus } from './corpus.mjs';

const FOLLOW_UPS = [
  'It said its board approved the plan on Monday.',
  'They declined to comment on the terms.',
  'Its chief executive told analysts the deal would close next year.',
  'It expects the agreement to lift its margins, he said.',
  'The companies said they would share details later.',
];

export function longText(size, seed = 11) {
  const parts = [];
  let length = 0;
  let batch = 0;
  while (length < size) {
    for (const [k, source] of generateCorpus(200, seed + batch++).entries()) {
      const text = `${source.text} ${FOLLOW_UPS[k % FOLLOW_UPS.length]} ${FOLLOW_UPS[(k + 2) % FOLLOW_UPS.length]}\n\n`;
      parts.push(text);
      length += text.length;
      if (length >= size) break;
    }
  }
  return parts.join('').slice(0, size);
}
