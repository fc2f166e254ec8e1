import { z } from 'zod';
import { isValid, parseISO } from 'date-fns';
import { Claim } from './schema/claim.js';
import type { Finding } from './schema/finding.js';
import type { Quantities } from './schema/quantity.js';
import type { Report } from './schema/report.js';
import { Sources, type Source } from './schema/source.js';
import { AnalyzeOptions, CompareOptions, ExtractOptions, QuantityOptions } from './schema/options.js';
import { DEFAULT_TOLERANCE } from './schema/default-tolerance.js';
import { CrosscheckError, validate } from './schema/errors.js';
import { findQuantities } from './quantities/index.js';
import { claimsOfText, compareCorpus, extractConfig } from './pipeline.js';

function dateOf(value: string | undefined, field: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = parseISO(value);
  if (!isValid(date)) throw new CrosscheckError(`${field}: not an ISO date: "${value}"`, field);
  return date;
}

function checkLength(text: string, max: number, field: string): void {
  if (text.length > max) throw new CrosscheckError(`${field}: ${text.length} characters, more than maxTextLength ${max}`, field);
}

/**
 * The claims of one text: who did what to whom, for how much, for how long.
 * @example extractClaims('SpaceX is leasing Colossus to Anthropic for $15 billion annually.')
 * // [{ actor: { canonical: 'SpaceX' }, action: { lemma: 'lease', type: 'supply' }, counterparty: { canonical: 'Anthropic' },
 * //    amount: { value: 15e9, currency: 'USD', per: 'year' }, perYear: 15e9, ... }]
 */
export function extractClaims(text: string, options?: ExtractOptions): Claim[] {
  validate(z.string(), text, 'text');
  const opts = validate(ExtractOptions, options ?? {}, 'options');
  checkLength(text, opts.maxTextLength, 'text');
  const config = extractConfig(opts.lexicon, dateOf(opts.publishedAt, 'options.publishedAt'));
  return claimsOfText(text, opts.sourceId, config);
}

/**
 * Agreements and contradictions among claims that may come from many sources (extract per document, compare later).
 * @example compareClaims([...extractClaims(a, { sourceId: 'a' }), ...extractClaims(b, { sourceId: 'b' })])
 */
export function compareClaims(claims: readonly Claim[], options?: CompareOptions): Finding[] {
  const list = validate(z.array(Claim), claims, 'claims');
  const opts = validate(CompareOptions, options ?? {}, 'options');
  return compareCorpus(list, { tolerance: opts.tolerance, hedgePenalty: opts.hedgePenalty, maxPairwiseClaims: opts.maxPairwiseClaims, ...(opts.lexicon ? { lexicon: opts.lexicon } : {}) }).findings;
}

/**
 * Claims, events and findings over many sources.
 * @example analyze([{ id: 's4', text: '... leasing ... to Anthropic for $15 billion annually.' },
 *                   { id: 's7', text: 'The three-year, $45 billion deal for Anthropic to use SpaceX data centers ...' }])
 * // findings: [{ kind: 'agreement', field: 'amount', explanation: 's4: $15B per year; s7: $45B over 3 years = $15B per year: agree on amount' }]
 */
export function analyze(sources: readonly SourceInput[], options?: AnalyzeOptions): Report {
  const opts = validate(AnalyzeOptions, options ?? {}, 'options');
  const list = validateSources(sources, opts, 0);
  return compareCorpus(claimsOfSources(list, opts), compareConfigOf(opts));
}

export interface SourceInput {
  id: string;
  text: string;
  publishedAt?: string;
  title?: string;
  url?: string;
}

type ParsedAnalyzeOptions = ReturnType<typeof AnalyzeOptions.parse>;

/** Validates sources against the schema and the limits; `already` counts sources held from before. */
export function validateSources(sources: readonly SourceInput[], opts: ParsedAnalyzeOptions, already: number): Source[] {
  const list = validate(Sources, sources, 'sources');
  if (already + list.length > opts.maxSources) throw new CrosscheckError(`sources: ${already + list.length} sources, more than maxSources ${opts.maxSources}`, 'sources');
  list.forEach((s, i) => checkLength(s.text, opts.maxTextLength, `sources[${i}].text`));
  list.forEach((s, i) => dateOf(s.publishedAt, `sources[${i}].publishedAt`));
  return list;
}

/** Stages 1-4 over validated sources. */
export function claimsOfSources(list: readonly Source[], opts: ParsedAnalyzeOptions): Claim[] {
  const base = extractConfig(opts.lexicon);
  return list.flatMap((s) => {
    const publishedAt = s.publishedAt ? parseISO(s.publishedAt) : undefined;
    return claimsOfText(s.text, s.id, publishedAt ? { ...base, publishedAt } : base);
  });
}

export function compareConfigOf(opts: ParsedAnalyzeOptions) {
  return {
    tolerance: { ...DEFAULT_TOLERANCE, ...opts.tolerance },
    hedgePenalty: opts.hedgePenalty ?? 0.7,
    maxPairwiseClaims: opts.maxPairwiseClaims,
    ...(opts.lexicon ? { lexicon: opts.lexicon } : {}),
  };
}

/**
 * Every money amount, duration and other measure in a text, normalized, with its words and span.
 * @example extractQuantities('a three-year, $45 billion deal').amounts[0].value // 45e9
 */
export function extractQuantities(text: string, options?: QuantityOptions): Quantities {
  validate(z.string(), text, 'text');
  const opts = validate(QuantityOptions, options ?? {}, 'options');
  checkLength(text, opts.maxTextLength, 'text');
  const publishedAt = dateOf(opts.publishedAt, 'options.publishedAt');
  return findQuantities(text, publishedAt ? { publishedAt } : {});
}
