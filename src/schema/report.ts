import { z } from 'zod';
import { Claim, Party } from './claim.js';
import { Finding } from './finding.js';
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

/** Claims that describe one real-world event: the same parties (families included), the same kind of action. */
export const Event = z
  .object({
    id: z.string().describe('Stable for the same parties and kind of action ("commercial:Anthropic~SpaceX").'),
    label: z.string().describe('Who gives, what kind, who receives: "SpaceX > supply > Anthropic".'),
    type: z.string().describe('The kind of event: `commercial` (supply, partner or deal), `invest`, `acquire` or `state`.'),
    parties: z.array(z.string()).describe('The canonical names of the parties.'),
    claims: z.array(z.string()).describe('The ids of the claims that describe the event.'),
    sources: z.array(z.string()).describe('The ids of the sources of those claims.'),
    consensus: z.array(Consensus).describe('Per field, the value most sources give.'),
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

/** What `analyze` returns: claims, findings, events, entities, and the claims nobody else reports. */
export const Report = z
  .object({
    claims: z.array(Claim).describe('Every claim of every source, in source order.'),
    findings: z.array(Finding).describe('Agreements and contradictions between claims of different sources.'),
    events: z.array(Event).describe('Events ranked by how many independent sources corroborate them.'),
    entities: z.array(Entity).describe('Every entity named in the claims.'),
    uncorroborated: z.array(z.string()).describe('Ids of claims that belong to an event no other source reports.'),
  })
  .describe('What `analyze` returns: claims, findings, events, entities, and the claims no other source reports.');
export interface Report extends T.ReportFields {}
