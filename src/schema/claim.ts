import { z } from 'zod';
import { Span } from './span.js';
import { Amount, Duration, Quantity } from './quantity.js';
import type * as T from './types.js';

/** One side of a claim: a company, person or place named (or referred to) in the text. */
export const Party = z
  .object({
    canonical: z.string().describe('One name per entity across the corpus ("Elon Musk" for "Musk", "Elon", "he").'),
    text: z.string().describe('The words as written ("he"; "Musk\'s SpaceX" gives "SpaceX").'),
    span: Span.describe('Where `text` stands in the source text.'),
    kind: z.enum(['person', 'organization', 'place', 'unknown']).describe('What the name refers to, when the words tell; `unknown` otherwise.'),
    certainty: z
      .enum(['stated', 'implied'])
      .describe('`stated` when named in the sentence, `implied` when resolved from a pronoun or an earlier sentence.'),
    rule: z.string().describe('The rule that found the party, for provenance ("name", "pronoun").'),
  })
  .describe('One side of a claim: a company, person or place named (or referred to) in the text.');
export interface Party extends T.PartyFields {}

/**
 * The canonical kinds of action. `supply`: one side provides goods, compute or a service to the
 * other (lease, rent out, supply, serve, and seen from the other end: use, rent from, pay);
 * `invest`: an equity stake or investment; `acquire`: a takeover or merger;
 * `partner`: a joint undertaking with no giver; `deal`: an agreement whose direction the words do not tell;
 * `state`: one party's measurable fact, with no other side ("Goldman will pay $5.1 billion", "the index fell 300 points").
 */
export const ActionType = z
  .enum(['supply', 'invest', 'acquire', 'partner', 'deal', 'state'])
  .describe(
    'The canonical kind of action: `supply` (one side provides goods, compute or a service), `invest` (a stake), ' +
      '`acquire` (a takeover or merger), `partner` (a joint undertaking with no giver), `deal` (an agreement whose ' +
      'direction the words do not tell), `state` (one party\'s measurable fact, with no other side).',
  );
export type ActionType = z.infer<typeof ActionType>;

export const Action = z
  .object({
    text: z.string().describe('The action words as written ("is leasing", "deal").'),
    lemma: z.string().describe('The base form of the action word ("lease").'),
    type: ActionType,
    direction: z
      .enum(['forward', 'reverse', 'none'])
      .describe(
        '`forward`: the actor gives ("SpaceX leases to Anthropic"); `reverse`: the actor receives ' +
          '("Anthropic uses SpaceX\'s data centers"); `none`: no giver ("X and Y partner").',
      ),
    span: Span.describe('Where `text` stands in the source text.'),
    rule: z.string().describe('The rule that found the action, for provenance ("verb", "noun:possessor").'),
  })
  .describe('What was done: the action words, their lemma, their kind and which way they point.');
export interface Action extends T.ActionFields {}

/** "Musk's SpaceX", "SpaceX (parent of xAI)", "folding xAI into SpaceX": two names on one side. */
export const Affiliation = z
  .object({
    member: z.string().describe('The canonical name that belongs to the family ("xAI").'),
    parent: z.string().describe('The canonical name that stands for the family ("SpaceX").'),
    text: z.string().describe('The words that state the link, as written.'),
    span: Span.describe('Where `text` stands in the source text.'),
    rule: z.string().describe('The rule that found the link, for provenance.'),
  })
  .describe('Two names on one side of a deal: "Musk\'s SpaceX", "SpaceX (parent of xAI)", "folding xAI into SpaceX".');
export interface Affiliation extends T.AffiliationFields {}

/**
 * When the claim's deal was done, as its words date it: "last year", "in March", "this week's order", "in 2019".
 * Relative words are counted from the source's `publishedAt` when it gives one, else from its wire dateline's date.
 */
export const ClaimTime = z
  .object({
    text: z.string().describe('The words as written ("last year", "in March", "2016").'),
    span: Span.describe('Where `text` stands in the source text.'),
    year: z
      .number()
      .int()
      .nullable()
      .describe('The calendar year: written ("in 2019"), or counted from `publishedAt` ("last year" in a text of 2025-03-10 is 2024); null when neither tells it.'),
    month: z.number().int().min(1).max(12).nullable().describe('The month, 1 to 12, when the words name one ("in March") or `publishedAt` resolves it ("last month"); a quarter gives its first month.'),
    offset: z
      .number()
      .int()
      .nullable()
      .describe('Years from the date the text was written, when relative words tell it: -1 for "last year", 0 for "this week", "today" or the date of a wire dateline, 1 for "next year"; null for a calendar year and where the words leave it open ("last month" may fall in the year before).'),
    certainty: z.enum(['stated', 'implied']).describe('`stated` when the words write the year; `implied` when it was counted from `publishedAt` or is known only relative to it.'),
    rule: z.string().describe('The rule that read the words and the place that puts them on the deal, for provenance ("relative-year@after-deal").'),
  })
  .describe('When the claim\'s deal was done, as its words date it: "last year", "in March", "this week\'s order", "in 2019".');
export interface ClaimTime extends T.ClaimTimeFields {}

export const DealObject = z
  .object({
    names: z.array(z.string()).describe('The names it goes by, lowercase: an asset\'s own name, then the place that locates it ("seldon", "ostby").'),
    class: z.string().nullable().describe('What kind of thing it is: the power it trades ("wind", "solar"), "service" for the upkeep of goods, "goods" for counted goods; or null.'),
    rule: z.string().describe('The rule that read it (`named-asset`, `model-code`, `named-product`, `power-source`, `service`, `counted-goods`).'),
  })
  .describe('What a deal covers, as its words name it: a named asset, a product\'s code or name, the kind of power it trades, goods or their upkeep.');
export interface DealObject extends T.DealObjectFields {}

/** A claim: who (actor) did what (action) to or with whom (counterparty), for how much, for how long. */
export const Claim = z
  .object({
    id: z.string().describe('`${sourceId}#${n}`, stable for the same input.'),
    sourceId: z.string().describe('The id of the source the claim was read from.'),
    text: z.string().describe('The sentence the claim was read from.'),
    span: Span.describe('Where the sentence stands in the source text.'),
    actor: Party.nullable().describe('Who acts: the giver for a `forward` action, the receiver for a `reverse` one.'),
    action: Action.nullable().describe('What was done; null for a sentence with figures but no action.'),
    counterparty: Party.nullable().describe('The other side of the action, if the sentence names one.'),
    amount: Amount.nullable().describe('The size of the deal: a total, or a rate when `amount.per` is set.'),
    duration: Duration.nullable().describe('The term of the deal.'),
    quantities: z.array(Quantity).describe('Power, counts, percentages and other measures stated with the claim.'),
    perYear: z
      .number()
      .nullable()
      .describe('The amount per year: the rate itself, or a total divided by the duration in years.'),
    total: z.number().nullable().describe('The amount over the whole term: the total itself, or a rate times the duration.'),
    negated: z.boolean().describe('True when the text denies the claim ("did not", "denied that", "no longer").'),
    hedged: z.boolean().describe('True when the text hedges or attributes it ("likely", "reportedly", "according to").'),
    exclusive: z.boolean().describe('True when the counterparty is said to get all of it ("the entire capacity to Anthropic").'),
    soleGiver: z
      .boolean()
      .optional()
      .describe('True when the giver is said to be the taker\'s only one ("its sole engine supplier will be Vustrin"): another sole giver of the same taker conflicts.'),
    instrument: z
      .string()
      .optional()
      .describe('The instrument the deal words name, when they name one ("series b", "bridge", "term loan"): claims of one pair naming different instruments are different deals.'),
    objects: z
      .array(DealObject)
      .optional()
      .describe('What the deal covers, when its words name it ("the Lindhall plant", "TQ-40", "a wind PPA"): claims of one pair naming different objects are different deals.'),
    trend: z
      .enum(['up', 'down', 'flat'])
      .nullable()
      .describe('For a statement: which way the figure moved ("rose", "fell", "flat").'),
    when: z
      .array(z.string())
      .describe('The dates the sentence names, normalized ("tuesday", "27 aug", "2026", "q3"): claims of different days are not compared.'),
    time: ClaimTime.nullable()
      .optional()
      .describe('When the deal was done, as the words on it date it; null when they do not. Absent on claims stored by versions before it, whose times are then read from `text`.'),
    affiliations: z
      .array(Affiliation)
      .describe('Affiliations stated in the same source, so claims can be compared without their texts.'),
  })
  .describe('A claim: who (actor) did what (action) to or with whom (counterparty), for how much, for how long.');
export interface Claim extends T.ClaimFields {}
