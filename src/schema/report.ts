import { z } from 'zod';
import { Claim, Party } from './claim.js';
import { Finding } from './finding.js';

/** The value most sources give for one field of an event, with who supports and who departs from it. */
export const Consensus = z.object({
  field: z.string(),
  value: z.string(),
  support: z.array(z.string()),
  against: z.array(z.string()),
});
export type Consensus = z.infer<typeof Consensus>;

/** Claims that describe one real-world event: the same parties (families included), the same kind of action. */
export const Event = z.object({
  id: z.string(),
  /** Who gives, what kind, who receives: "SpaceX > supply > Anthropic". */
  label: z.string(),
  type: z.string(),
  parties: z.array(z.string()),
  claims: z.array(z.string()),
  sources: z.array(z.string()),
  consensus: z.array(Consensus),
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

export const Report = z.object({
  claims: z.array(Claim),
  findings: z.array(Finding),
  /** Events ranked by how many independent sources corroborate them. */
  events: z.array(Event),
  entities: z.array(Entity),
  /** Claims that belong to an event no other source reports. */
  uncorroborated: z.array(z.string()),
});
export type Report = z.infer<typeof Report>;
