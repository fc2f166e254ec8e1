import { z } from 'zod';
import { Claim, Party } from './claim.js';
import { Finding, FindingField } from './finding.js';
import type * as T from './types.js';

/** The value most sources give for one field of an event, with who supports and who departs from it. */
export const Consensus = z
  .object({
    field: z.string().describe('The claim field ("amount", "duration", "polarity" ...).'),
    value: z.string().describe('The value most sources give, normalized ("$15B per year").'),
    support: z.array(z.string()).describe('The sources that give this value.'),
    against: z.array(z.string()).describe('The sources that give another value.'),
  })
  .describe('The value most sources give for one field of an event, with who supports and who departs from it.');
export interface Consensus extends T.ConsensusFields {}

/** Claims of one event that give the same normalized value, and the sentence that says it first. */
export const Position = z
  .object({
    value: z.string().describe('The value for a reader: "$15B a year", with as many digits as tell it from the other positions.'),
    sources: z.array(z.string()).describe('Source ids in natural order ("p2" before "p10").'),
    claims: z.array(z.string()).describe('The ids of the claims that give this value.'),
    evidence: z
      .object({
        claim: z.string().describe('The id of the position\'s first claim.'),
        source: z.string().describe('The id of its source.'),
        text: z.string().describe('Its sentence, quoted as written.'),
      })
      .describe('The sentence of the position\'s first claim, quoted as written.'),
  })
  .describe('Claims of one event that give the same normalized value, and the sentence that says it first.');
export interface Position extends T.PositionFields {}

/**
 * Where the sources of an event stand on one aspect of it. `agreed`: no source conflicts with the leading
 * position; `majority`: more than half of the sources that state a value agree with it; `disputed`: no
 * majority, so no value is the event's (a one-against-one split is disputed).
 */
export const FieldPositions = z
  .object({
    field: FindingField,
    aspect: z.string().describe('What is measured, with what keeps incomparable values apart: "amount per year, USD", "quantity, W".'),
    status: z
      .enum(['agreed', 'majority', 'disputed'])
      .describe('`agreed`: no source conflicts with the leading position; `majority`: more than half of the sources that state a value agree with it; `disputed`: neither.'),
    positions: z.array(Position).describe('Most sources first, then the lower value.'),
    support: z.array(z.string()).describe('Sources whose value agrees with the leading position within the tolerance.'),
    against: z.array(z.string()).describe('Sources whose value conflicts with the leading position.'),
  })
  .describe('Where the sources of an event stand on one aspect of it.');
export interface FieldPositions extends T.FieldPositionsFields {}

/**
 * How many pairs of an event's claims from different sources were compared. Every pair is, up to the
 * `maxPairwiseClaims` option; past it `complete` is false and each claim was compared with the event's first
 * claim and with the leading value of each aspect it states, leading values with each other (see `compare/pairs`).
 */
export const PairCoverage = z
  .object({
    possible: z.number().int().nonnegative().describe('Pairs of claims from different sources the event has.'),
    compared: z.number().int().nonnegative().describe('Pairs that were compared.'),
    complete: z.boolean().describe('True when every pair was compared (the event has at most `maxPairwiseClaims` claims).'),
  })
  .describe("How many pairs of an event's claims from different sources were compared.");
export interface PairCoverage extends T.PairCoverageFields {}

/** Claims that describe one real-world event: the same parties (families included), the same kind of action. */
export const Event = z
  .object({
    id: z.string().describe('Stable for the same parties and kind of action ("commercial:Anthropic~SpaceX").'),
    label: z.string().describe('Who gives, what kind, who receives: "SpaceX > supply > Anthropic".'),
    type: z.string().describe('The kind of event: `commercial` (supply, sale, takeover, partner or deal), `invest` (a stake or a loan) or `state` (one party\'s figure).'),
    parties: z.array(z.string()).describe('The canonical names of the parties.'),
    claims: z.array(z.string()).describe('The ids of the claims that describe the event.'),
    sources: z.array(z.string()).describe('The ids of the sources of those claims.'),
    consensus: z.array(Consensus).describe('Fields that have a consensus (agreed or majority); disputed fields are only in `fields`.'),
    fields: z.array(FieldPositions).describe('Per aspect, the positions of the sources, disputed aspects first. Exact at any size.'),
    pairs: PairCoverage,
    joins: z
      .array(
        z
          .object({
            claim: z.string().describe('The id of the claim.'),
            rule: z.string().describe('The event rule that placed it (`EVENT_RULES` in src/compare/events.ts): "generic-joins-specific", "one-party-joins", "coordinated-parties", "untimed-joins" ...'),
          })
          .describe('A claim and the rule that placed it.'),
      )
      .default([])
      .describe('The claims that joined the event by a rule other than naming both its parties in one kind of deal, with the rule.'),
    splits: z
      .array(
        z
          .object({
            event: z.string().describe('The id of the other event.'),
            rule: z.string().describe('The event rule that kept the two apart: "year-splits", "relative-time-splits" or "separate-splits".'),
          })
          .describe('An event of the same parties and kind, and the rule that kept it apart.'),
      )
      .default([])
      .describe('Events of the same parties and kind that a rule kept apart from this one ("a 2016 order" and "this week\'s order"); claims of the two are never compared.'),
    agreements: z.number().int().nonnegative().describe('How many findings about the event are agreements.'),
    contradictions: z.number().int().nonnegative().describe('How many findings about the event are contradictions.'),
  })
  .describe('Claims that describe one real-world event: the same parties (families included), the same kind of action.');
export interface Event extends T.EventFields {}

/** One entity of the corpus: its canonical name, the names it goes by, and its family. */
export const Entity = z
  .object({
    canonical: z.string().describe('The one name the entity has across the corpus.'),
    aliases: z.array(z.string()).describe('The other names it goes by in the sources.'),
    kind: Party.shape.kind,
    family: z
      .string()
      .describe('The canonical name that stands for the entity\'s whole family ("SpaceX" for xAI and Elon Musk).'),
  })
  .describe('One entity of the corpus: its canonical name, the names it goes by, and its family.');
export interface Entity extends T.EntityFields {}

/**
 * Exclusive grants of one giver ("all of Colossus to Anthropic", "all of it to OpenAI") compared only in part:
 * more than `maxPairwiseClaims` grants, so each was compared with the first grant to each leading taker.
 */
export const PartialExclusives = z
  .object({
    giver: z.string().describe('The family that grants all of something.'),
    kind: z.string().describe('The kind of event the grants are of.'),
    grants: z.number().int().nonnegative().describe('How many exclusive grants the giver made.'),
    pairs: PairCoverage,
  })
  .describe('Exclusive grants of one giver compared only in part, past `maxPairwiseClaims`.');
export interface PartialExclusives extends T.PartialExclusivesFields {}

/** What `analyze` returns: claims, findings, events, entities, and the claims nobody else reports. */
export const Report = z
  .object({
    claims: z.array(Claim).describe('Every claim of every source, in source order.'),
    findings: z.array(Finding).describe('Agreements and contradictions between claims of different sources.'),
    events: z.array(Event).describe('Events ranked by how many independent sources corroborate them.'),
    entities: z.array(Entity).describe('Every entity named in the claims.'),
    uncorroborated: z.array(z.string()).describe('Ids of claims that belong to an event no other source reports.'),
    partialExclusives: z
      .array(PartialExclusives)
      .default([])
      .describe('Givers whose exclusive grants were too many to compare every pair; empty when every pair was compared.'),
  })
  .describe('What `analyze` returns: claims, findings, events, entities, and the claims no other source reports.');
export interface Report extends T.ReportFields {}
