import { z } from 'zod';
import { Claim, Party } from './claim.js';
import { Finding, FindingField } from './finding.js';

/** The value most sources give for one field of an event, with who supports and who departs from it. */
export const Consensus = z.object({
  field: z.string(),
  value: z.string(),
  support: z.array(z.string()),
  against: z.array(z.string()),
});
export type Consensus = z.infer<typeof Consensus>;

/** Claims of one event that give the same normalized value, and the sentence that says it first. */
export const Position = z.object({
  /** The value for a reader: "$15B a year", with as many digits as tell it from the other positions. */
  value: z.string(),
  /** Source ids in natural order ("p2" before "p10"). */
  sources: z.array(z.string()),
  claims: z.array(z.string()),
  /** The sentence of the position's first claim, quoted as written. */
  evidence: z.object({ claim: z.string(), source: z.string(), text: z.string() }),
});
export type Position = z.infer<typeof Position>;

/**
 * Where the sources of an event stand on one aspect of it. `agreed`: no source conflicts with the leading
 * position; `majority`: more than half of the sources that state a value agree with it; `disputed`: no
 * majority, so no value is the event's (a one-against-one split is disputed).
 */
export const FieldPositions = z.object({
  field: FindingField,
  /** What is measured, with what keeps incomparable values apart: "amount per year, USD", "quantity, W". */
  aspect: z.string(),
  status: z.enum(['agreed', 'majority', 'disputed']),
  /** Most sources first, then the lower value. */
  positions: z.array(Position),
  /** Sources whose value agrees with the leading position within the tolerance. */
  support: z.array(z.string()),
  /** Sources whose value conflicts with the leading position. */
  against: z.array(z.string()),
});
export type FieldPositions = z.infer<typeof FieldPositions>;

/**
 * How many pairs of an event's claims from different sources were compared. Every pair is, up to the
 * `maxPairwiseClaims` option; past it `complete` is false and each claim was compared with the event's first
 * claim and with the leading value of each aspect it states, leading values with each other (see `compare/pairs`).
 */
export const PairCoverage = z.object({
  possible: z.number().int().nonnegative(),
  compared: z.number().int().nonnegative(),
  complete: z.boolean(),
});
export type PairCoverage = z.infer<typeof PairCoverage>;

/** Claims that describe one real-world event: the same parties (families included), the same kind of action. */
export const Event = z.object({
  id: z.string(),
  /** Who gives, what kind, who receives: "SpaceX > supply > Anthropic". */
  label: z.string(),
  type: z.string(),
  parties: z.array(z.string()),
  claims: z.array(z.string()),
  sources: z.array(z.string()),
  /** Fields that have a consensus (agreed or majority); disputed fields are only in `fields`. */
  consensus: z.array(Consensus),
  /** Per aspect, the positions of the sources, disputed aspects first. Exact at any size. */
  fields: z.array(FieldPositions),
  pairs: PairCoverage,
  agreements: z.number().int().nonnegative(),
  contradictions: z.number().int().nonnegative(),
});
export type Event = z.infer<typeof Event>;

/** One entity of the corpus: its canonical name, the names it goes by, and its family. */
export const Entity = z.object({
  canonical: z.string(),
  aliases: z.array(z.string()),
  kind: Party.shape.kind,
  /** The canonical name that stands for the entity's whole family ("SpaceX" for xAI and Elon Musk). */
  family: z.string(),
});
export type Entity = z.infer<typeof Entity>;

/**
 * Exclusive grants of one giver ("all of Colossus to Anthropic", "all of it to OpenAI") compared only in part:
 * more than `maxPairwiseClaims` grants, so each was compared with the first grant to each leading taker.
 */
export const PartialExclusives = z.object({
  giver: z.string(),
  kind: z.string(),
  grants: z.number().int().nonnegative(),
  pairs: PairCoverage,
});
export type PartialExclusives = z.infer<typeof PartialExclusives>;

export const Report = z.object({
  claims: z.array(Claim),
  findings: z.array(Finding),
  /** Events ranked by how many independent sources corroborate them. */
  events: z.array(Event),
  entities: z.array(Entity),
  /** Claims that belong to an event no other source reports. */
  uncorroborated: z.array(z.string()),
  /** Givers whose exclusive grants were too many to compare every pair; empty when every pair was compared. */
  partialExclusives: z.array(PartialExclusives).default([]),
});
export type Report = z.infer<typeof Report>;
