/**
 * A sentence of talk or a headline that is nothing but the deal's status: "Finished.", "Completely off.", "It's over." It
 * says the deal told around it ended: the deal named in the sentence just before it, and the claims of the few
 * sentences after it that name no deal word (that deal's figures), are denied. Each record: the sentence's words, an example and a reason.
 */
export const STATUS_FRAGMENTS: readonly { name: string; pattern: RegExp; example: string; reason: string }[] = [
  {
    name: 'ended-alone',
    pattern: /^(?:(?:and|so|yeah|well|look|basically|honestly|anyway)[,]?\s+){0,2}(?:(?:it['\u2019]s|it\sis|that['\u2019]s|that\sis|the\sdeal['\u2019]s|the\sdeal\sis|deal['\u2019]s|deal\sis)\s+)?(?:(?:totally|completely|officially|now|just|well\sand\struly|definitely)\s+)?(?:dead|off|over|scrapped|cancelled|canceled|finished|kaput)[.!]*$/i,
    example: 'HOST: Ondo and Kourant? Finished. Completely off. The price was meant to be around nine hundred million euros for Kourant.',
    reason: 'a word of the deal\'s end standing alone is said of the deal the talk is about',
  },
];

/** The record a sentence's whole text matches, or null. */
export function statusFragment(sentenceText: string): string | null {
  const text = sentenceText.trim();
  return STATUS_FRAGMENTS.find((r) => r.pattern.test(text))?.name ?? null;
}

/** How many sentences before and after a fragment its status reaches. */
export const FRAGMENT_REACH = { before: 1, after: 3 } as const;
