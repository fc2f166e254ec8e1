/**
 * A sentence that names only who gave a deal told just before it: "Ondo took in $40m in a Series B. This round was
 * co-led by Tolvane Capital." The name after "by" is the other side of the deal before, when that deal names only one side.
 * Each record: the words of the sentence up to its "by", an example and a reason.
 */
export const AGENT_SENTENCES: readonly { name: string; pattern: RegExp; example: string; reason: string }[] = [
  {
    name: 'funding-led-by',
    pattern: /^(?:the|this|that|its|their)\s(?:[^\s.;:]+\s){0,4}?(?:round|financing|raise|placement|offering|investment|funding|tranche)\s(?:was|is|were|has\sbeen|had\sbeen)\s(?:jointly\s)?(?:co-)?(?:led|anchored|backed|underwritten)\sby\s/i,
    example: 'Ishara Robotics took in $40 million in a Series B. This round was co-led by Tolvane Capital.',
    reason: 'the investor that led or backed a round is the side that gives its money',
  },
  {
    name: 'credit-provided-by',
    pattern: /^(?:the|this|that|its|their)\s(?:[^\s.;:]+\s){0,4}?(?:facility|loan|credit\sline|revolver|financing)\s(?:was|is|were|has\sbeen|had\sbeen|will\sbe)\s(?:jointly\s)?(?:provided|arranged|extended|underwritten|granted|made)\sby\s/i,
    example: 'Kourant Ferries has signed a €90m five-year loan. The facility will be extended by Larkmoor Bank.',
    reason: 'the bank that provides or arranges a loan is its lender',
  },
  {
    name: 'it-led-by',
    pattern: /^it\s(?:was|has\sbeen|had\sbeen)\s(?:jointly\s)?(?:co-)?led\sby\s/i,
    example: 'Ishara Robotics took in $40 million in a Series B. It was led by Tolvane Capital.',
    reason: 'a round told just before is what "it" stands for when "it" was led',
  },
];

/** Where the giver's name may start in a sentence of `AGENT_SENTENCES` (just after its "by"), or null. */
export function agentStart(sentenceText: string): { at: number; rule: string } | null {
  const lead = sentenceText.trimStart();
  const skipped = sentenceText.length - lead.length;
  for (const r of AGENT_SENTENCES) {
    const m = r.pattern.exec(lead);
    if (m) return { at: skipped + m[0].length, rule: r.name };
  }
  return null;
}
