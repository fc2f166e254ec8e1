import { z } from 'zod';

/** What a finding is about: one field of the claims, or the event as a whole. */
export const FindingField = z.enum(['amount', 'duration', 'quantity', 'polarity', 'trend', 'counterparty', 'event']);
export type FindingField = z.infer<typeof FindingField>;

/** One side of a finding: the claim, its source, and its value as written and normalized. */
export const FindingSide = z.object({
  claim: z.string(),
  source: z.string(),
  /** The words as written in the source ("$45 billion"). */
  text: z.string(),
  /** The value normalized ("$45B over 3 years = $15B per year"). */
  normalized: z.string(),
});
export type FindingSide = z.infer<typeof FindingSide>;

/** Two claims about the same event that agree, or that conflict on one field. */
export const Finding = z.object({
  id: z.string(),
  kind: z.enum(['agreement', 'contradiction']),
  /** The two claim ids, in a stable order. */
  claims: z.tuple([z.string(), z.string()]),
  /** The two source ids, in the order of `claims`. */
  sources: z.tuple([z.string(), z.string()]),
  event: z.string(),
  /** The field that conflicts, or for an agreement the strongest field that corroborates. */
  field: FindingField,
  /** For an agreement, every field both claims state and agree on. */
  corroborated: z.array(FindingField),
  /** Plain words quoting both sides' normalized values: "s4: $15B per year; s7: $45B over 3 years = $15B per year: agree". */
  explanation: z.string(),
  values: z.tuple([FindingSide, FindingSide]),
  /** 0 to 1; lowered by hedged claims and implied parties. */
  confidence: z.number().min(0).max(1),
  /** The comparator that decided. */
  rule: z.string(),
});
export type Finding = z.infer<typeof Finding>;
