import { z } from 'zod';
import { DEFAULT_TOLERANCE } from './default-tolerance.js';
import { ActionType } from './claim.js';
import type * as T from './types.js';

/** A user's addition to the action lexicon: `{ lemma: 'colocate', type: 'supply', direction: 'forward' }`. */
export const ActionEntry = z
  .object({
    lemma: z.string().min(1).describe('The base form of the action word ("colocate").'),
    forms: z
      .array(z.string().min(1))
      .optional()
      .describe('Inflected forms ("colocates", "colocated"); by default the regular ones are derived from the lemma.'),
    type: ActionType,
    direction: z
      .enum(['forward', 'reverse', 'none'])
      .describe('`forward`: the subject gives; `reverse`: the subject receives; `none`: no giver.'),
    example: z.string().optional().describe('A sentence that uses the word, for documentation and tests.'),
  })
  .strict()
  .describe("A user's addition to the action lexicon: `{ lemma: 'colocate', type: 'supply', direction: 'forward' }`.");
export interface ActionEntry extends T.ActionEntryFields {}

const aliases = z.record(z.string(), z.string()).describe("Other name -> canonical name: `{ 'Big Blue': 'IBM' }`.");
const affiliations = z
  .array(
    z
      .object({
        member: z.string().min(1).describe('The name that belongs to the family ("AWS").'),
        parent: z.string().min(1).describe('The name that stands for the family ("Amazon").'),
      })
      .strict(),
  )
  .describe("Pairs that stand on one side of a deal: `[{ member: 'AWS', parent: 'Amazon' }]`.");
const actions = z.array(ActionEntry).describe('New action words, each with its kind and direction.');

/** What users can teach crosscheck: other names for an entity, families, new action words. */
export const LexiconOptions = z
  .object({
    aliases: aliases.default({}),
    affiliations: affiliations.default([]),
    actions: actions.default([]),
  })
  .strict()
  .describe('What users can teach crosscheck: other names for an entity, families, new action words.');
export interface LexiconOptions extends T.LexiconOptionsFields {}
/** The `lexicon` option as callers write it: every key may be left out. */
export interface LexiconInput extends T.LexiconInputFields {}

const lexicon = LexiconOptions.optional().describe('Other names, families and action words; see `LexiconOptions`.');
const publishedAt = z.string().optional().describe('ISO date the text was written: anchors "through 2029" and times on a deal such as "last year".');
const maxTextLength = z
  .number()
  .int()
  .positive()
  .default(1_000_000)
  .describe('Longest text accepted, in characters (default 1,000,000); a longer one is an error.');

export const ExtractOptions = z
  .object({
    sourceId: z.string().min(1).default('text').describe("Claim ids are `${sourceId}#n` (default 'text')."),
    publishedAt,
    lexicon,
    maxTextLength,
  })
  .strict()
  .describe('Options of `extractClaims`.');
export interface ExtractOptions extends T.ExtractOptionsFields {}

const tolerance = (kind: string, fallback: number) =>
  z
    .number()
    .min(0)
    .max(1)
    .default(fallback)
    .describe(`Relative difference under which two ${kind} agree (default ${fallback}: within ${fallback * 100}%).`);

/**
 * Relative tolerances: 0.05 means two values agree when they differ by at most 5% of the larger one
 * ($15B and $14.25B agree, $15B and $14.2B conflict); 0 asks for equal values.
 */
export const Tolerances = z
  .object({
    money: tolerance('amounts of money', DEFAULT_TOLERANCE.money),
    duration: tolerance('durations', DEFAULT_TOLERANCE.duration),
    quantity: tolerance('other quantities', DEFAULT_TOLERANCE.quantity),
  })
  .strict()
  .describe('Relative tolerances per kind of value: 0.05 means values within 5% of each other agree.');

const maxPairwiseClaims = z
  .number()
  .int()
  .min(2)
  .describe(
    "Per event, the most claims whose every pair from different sources is compared (default 600); a larger event keeps its positions exact, compares each claim with the event's first claim and with the leading value of each aspect it states, and says so in `event.pairs`.",
  );
const hedgePenalty = z.number().min(0).max(1).describe("Factor on a finding's confidence per hedged claim (default 0.7).");

export const CompareOptions = z
  .object({
    tolerance: Tolerances.default({ ...DEFAULT_TOLERANCE }).describe('Relative tolerances per kind of value.'),
    lexicon,
    hedgePenalty: hedgePenalty.default(0.7),
    maxPairwiseClaims: maxPairwiseClaims.default(600),
  })
  .strict()
  .describe('Options of `compareClaims`.');
export interface CompareOptions extends T.CompareOptionsFields {}

export const AnalyzeOptions = z
  .object({
    tolerance: Tolerances.optional().describe('Relative tolerances per kind of value.'),
    lexicon,
    hedgePenalty: hedgePenalty.optional(),
    maxPairwiseClaims: maxPairwiseClaims.default(600),
    maxTextLength,
    maxSources: z
      .number()
      .int()
      .positive()
      .default(100_000)
      .describe('Most sources per `analyze` call, or held by an index (default 100,000).'),
  })
  .strict()
  .describe('Options of `analyze` and `createIndex`.');
export interface AnalyzeOptions extends T.AnalyzeOptionsFields {}

export const QuantityOptions = z
  .object({
    publishedAt,
    maxTextLength,
  })
  .strict()
  .describe('Options of `extractQuantities`.');
export interface QuantityOptions extends T.QuantityOptionsFields {}
