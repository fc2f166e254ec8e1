import { z } from 'zod';
import type * as T from './types.js';

/** What a finding is about: one field of the claims, or the event as a whole. */
export const FindingField = z
  .enum(['amount', 'duration', 'quantity', 'polarity', 'trend', 'counterparty', 'event'])
  .describe('What a finding is about: one field of the claims, or the event as a whole.');
export type FindingField = z.infer<typeof FindingField>;

/** One side of a finding: the claim, its source, and its value as written and normalized. */
export const FindingSide = z
  .object({
    claim: z.string().describe('The claim id.'),
    source: z.string().describe('The source id of the claim.'),
    text: z.string().describe('The words as written in the source ("$45 billion").'),
    normalized: z.string().describe('The value normalized ("$45B over 3 years = $15B per year").'),
  })
  .describe('One side of a finding: the claim, its source, and its value as written and normalized.');
export interface FindingSide extends T.FindingSideFields {}

/** Two claims about the same event that agree, or that conflict on one field. */
export const Finding = z
  .object({
    id: z.string().describe('Stable for the same pair of claims and field.'),
    kind: z.enum(['agreement', 'contradiction']).describe('`agreement` or `contradiction`.'),
    claims: z.tuple([z.string(), z.string()]).describe('The two claim ids, in a stable order.'),
    sources: z.tuple([z.string(), z.string()]).describe('The two source ids, in the order of `claims`.'),
    event: z.string().describe('The id of the event both claims describe ("commercial:Anthropic~SpaceX").'),
    field: FindingField.describe('The field that conflicts, or for an agreement the strongest field that corroborates.'),
    corroborated: z.array(FindingField).describe('For an agreement, every field both claims state and agree on.'),
    explanation: z
      .string()
      .describe('Plain words quoting both sides\' normalized values: "s4: $15B per year; s7: $45B over 3 years = $15B per year: agree on amount".'),
    values: z.tuple([FindingSide, FindingSide]).describe('Both sides, in the order of `claims`.'),
    confidence: z.number().min(0).max(1).describe('0 to 1; lowered by hedged claims (times `hedgePenalty`) and implied parties.'),
    rule: z.string().describe('The comparator that decided ("money-rate", "polarity").'),
  })
  .describe('Two claims about the same event that agree, or that conflict on one field.');
export interface Finding extends T.FindingFields {}
