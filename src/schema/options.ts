import { z } from 'zod';
import { ActionType } from './claim.js';

/** A user's addition to the action lexicon: `{ lemma: 'colocate', type: 'supply', direction: 'forward' }`. */
export const ActionEntry = z
  .object({
    lemma: z.string().min(1),
    /** Inflected forms; by default the regular ones are derived from the lemma. */
    forms: z.array(z.string().min(1)).optional(),
    type: ActionType,
    direction: z.enum(['forward', 'reverse', 'none']),
    example: z.string().optional(),
  })
  .strict();
export type ActionEntry = z.infer<typeof ActionEntry>;

/** What users can teach crosscheck: other names for an entity, families, new action words. */
export const LexiconOptions = z
  .object({
    /** alias -> canonical name: `{ 'Big Blue': 'IBM' }`. */
    aliases: z.record(z.string(), z.string()).default({}),
    /** Pairs that stand on one side of a deal: `[{ member: 'AWS', parent: 'Amazon' }]`. */
    affiliations: z.array(z.object({ member: z.string().min(1), parent: z.string().min(1) }).strict()).default([]),
    actions: z.array(ActionEntry).default([]),
  })
  .strict();
export type LexiconOptions = z.infer<typeof LexiconOptions>;

export const ExtractOptions = z
  .object({
    /** Claim ids are `${sourceId}#n`. */
    sourceId: z.string().min(1).default('text'),
    /** ISO date the text was written: anchors "through 2029". */
    publishedAt: z.string().optional(),
    lexicon: LexiconOptions.optional(),
    /** Longest text accepted, in characters. */
    maxTextLength: z.number().int().positive().default(1_000_000),
  })
  .strict();
export type ExtractOptions = z.input<typeof ExtractOptions>;

/**
 * Relative tolerances: 0.05 means two values agree when they differ by at most 5% of the larger one
 * ($15B and $14.25B agree, $15B and $14.2B conflict); 0 asks for equal values.
 */
export const Tolerances = z
  .object({
    money: z.number().min(0).max(1).default(0.05),
    duration: z.number().min(0).max(1).default(0.05),
    quantity: z.number().min(0).max(1).default(0.05),
  })
  .strict();

export const CompareOptions = z
  .object({
    tolerance: Tolerances.default({ money: 0.05, duration: 0.05, quantity: 0.05 }),
    lexicon: LexiconOptions.optional(),
    /** How much a hedged claim lowers a finding's confidence (multiplied in). */
    hedgePenalty: z.number().min(0).max(1).default(0.7),
    /**
     * An event of at most this many claims has every pair of its claims from different sources compared;
     * a larger one keeps its positions exact, compares each claim with the event's first claim and with the
     * leading value of each aspect it states, and says so in `event.pairs`.
     */
    maxPairwiseClaims: z.number().int().min(2).default(600),
  })
  .strict();
export type CompareOptions = z.input<typeof CompareOptions>;

export const AnalyzeOptions = z
  .object({
    tolerance: Tolerances.optional(),
    lexicon: LexiconOptions.optional(),
    hedgePenalty: z.number().min(0).max(1).optional(),
    /**
     * An event of at most this many claims has every pair of its claims from different sources compared;
     * a larger one keeps its positions exact, compares each claim with the event's first claim and with the
     * leading value of each aspect it states, and says so in `event.pairs`.
     */
    maxPairwiseClaims: z.number().int().min(2).default(600),
    maxTextLength: z.number().int().positive().default(1_000_000),
    maxSources: z.number().int().positive().default(100_000),
  })
  .strict();
export type AnalyzeOptions = z.input<typeof AnalyzeOptions>;

export const QuantityOptions = z
  .object({
    /** ISO date the text was written: anchors "through 2029". */
    publishedAt: z.string().optional(),
    maxTextLength: z.number().int().positive().default(1_000_000),
  })
  .strict();
export type QuantityOptions = z.input<typeof QuantityOptions>;
