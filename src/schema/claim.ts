import { z } from 'zod';
import { Span } from './span.js';
import { Amount, Duration, Quantity } from './quantity.js';

/** One side of a claim: a company, person or place named (or referred to) in the text. */
export const Party = z.object({
  /** One name per entity across the corpus ("Elon Musk" for "Musk", "Elon", "he"). */
  canonical: z.string(),
  /** The words as written ("he", "Musk's SpaceX" gives "SpaceX"). */
  text: z.string(),
  span: Span,
  kind: z.enum(['person', 'organization', 'place', 'unknown']),
  /** `stated` when named in the sentence, `implied` when resolved from a pronoun or an earlier sentence. */
  certainty: z.enum(['stated', 'implied']),
  rule: z.string(),
});
export type Party = z.infer<typeof Party>;

/**
 * The canonical kinds of action. `supply`: one side provides goods, compute or a service to the
 * other (lease, rent out, supply, serve, and seen from the other end: use, rent from, pay);
 * `invest`: an equity stake or investment; `acquire`: a takeover or merger;
 * `partner`: a joint undertaking with no giver; `deal`: an agreement whose direction the words do not tell;
 * `state`: one party's measurable fact, with no other side ("Goldman will pay $5.1 billion", "the index fell 300 points").
 */
export const ActionType = z.enum(['supply', 'invest', 'acquire', 'partner', 'deal', 'state']);
export type ActionType = z.infer<typeof ActionType>;

export const Action = z.object({
  text: z.string(),
  lemma: z.string(),
  type: ActionType,
  /**
   * `forward`: the actor gives ("SpaceX leases to Anthropic"); `reverse`: the actor receives
   * ("Anthropic uses SpaceX's data centers"); `none`: no giver ("X and Y partner").
   */
  direction: z.enum(['forward', 'reverse', 'none']),
  span: Span,
  rule: z.string(),
});
export type Action = z.infer<typeof Action>;

/** "Musk's SpaceX", "SpaceX (parent of xAI)", "folding xAI into SpaceX": two names on one side. */
export const Affiliation = z.object({
  member: z.string(),
  parent: z.string(),
  text: z.string(),
  span: Span,
  rule: z.string(),
});
export type Affiliation = z.infer<typeof Affiliation>;

/** A claim: who (actor) did what (action) to or with whom (counterparty), for how much, for how long. */
export const Claim = z.object({
  /** `${sourceId}#${n}`, stable for the same input. */
  id: z.string(),
  sourceId: z.string(),
  /** The sentence the claim was read from. */
  text: z.string(),
  span: Span,
  actor: Party.nullable(),
  action: Action.nullable(),
  counterparty: Party.nullable(),
  /** The size of the deal: a total, or a rate when `per` is set. */
  amount: Amount.nullable(),
  duration: Duration.nullable(),
  /** Power, counts, percentages and other measures stated with the claim. */
  quantities: z.array(Quantity),
  /** The same fact seen both ways: a rate over a duration is a total, a total over a duration a rate. */
  perYear: z.number().nullable(),
  total: z.number().nullable(),
  /** True when the text denies the claim ("did not", "denied that", "no longer"). */
  negated: z.boolean(),
  /** True when the text hedges or attributes it ("likely", "reportedly", "according to"). */
  hedged: z.boolean(),
  /** True when the counterparty is said to get all of it ("the entire capacity to Anthropic"). */
  exclusive: z.boolean(),
  /** For a statement: which way the figure moved ("rose", "fell", "flat"). */
  trend: z.enum(['up', 'down', 'flat']).nullable(),
  /** The dates the sentence names, normalized ("tuesday", "27 aug", "2026", "q3"): claims of different days are not compared. */
  when: z.array(z.string()),
  /** Affiliations stated in the same source, so claims can be compared without their texts. */
  affiliations: z.array(Affiliation),
});
export type Claim = z.infer<typeof Claim>;
