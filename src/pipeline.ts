/**
 * The whole of crosscheck, in order. Every stage is a pure function over typed data:
 *
 *   text -> sentences + tagged tokens (one bounded compromise parse)       text/document
 *        -> quantities: money, rates, durations, measures (spans first)     quantities/
 *        -> claims: mentions, references, affiliations, actions, roles      extract/claims
 *        -> normalized values: rate <-> total through the duration           normalize/values
 *        -> times: the words that date each deal, counted from publishedAt   normalize/times
 *   claims of every source
 *        -> entities: one name per entity, families from the text           normalize/entities
 *        -> misread sides read again from the pairs other sources name      normalize/corroborated-parties
 *        -> events by key (blocking), one comparator per value kind          compare/
 *        -> findings, consensus, ranking -> report                          compare/index
 */
import type { Claim } from './schema/claim.js';
import type { Report } from './schema/report.js';
import type { LexiconOptions } from './schema/options.js';
import type { Quantities } from './schema/quantity.js';
import { readDocument } from './text/document.js';
import { findQuantities } from './quantities/index.js';
import { indexActions, type ActionIndex } from './extract/actions.js';
import { readClaims } from './extract/claims.js';
import { deriveRateAndTotal } from './normalize/values.js';
import { answeredTime, archiveClaimTime, claimTime, datelineClaimTime, headingClaimTime } from './normalize/times.js';
import { archiveTagTime, datelineTime, headingTime } from './extract/time-places.js';
import { compareAll, type CompareConfig } from './compare/index.js';

export interface ExtractConfig {
  publishedAt?: Date;
  actions: ActionIndex;
}

/** Builds what extraction needs from the lexicon once, so a corpus does not rebuild it per text. */
export function extractConfig(lexicon?: LexiconOptions, publishedAt?: Date): ExtractConfig {
  return { actions: indexActions(lexicon?.actions), ...(publishedAt ? { publishedAt } : {}) };
}

/** Stages 1-4 for one text: its claims with normalized values and the times that date their deals. */
export function claimsOfText(text: string, sourceId: string, config: ExtractConfig): Claim[] {
  if (text.trim().length === 0) return [];
  const doc = readDocument(text);
  const values: Quantities = findQuantities(text, config.publishedAt ? { publishedAt: config.publishedAt } : {});
  // Without a publication date, a wire dateline's date is the day of writing: relative words count from it, and
  // a deal no words date is of the present of that day ("LISBON, May 2, 2025 - ... The order follows ...").
  const dateline = config.publishedAt ? undefined : datelineTime(text);
  const writtenAt = config.publishedAt ?? dateline?.date;
  const heading = config.publishedAt || dateline ? undefined : headingTime(text);
  // (A label's date that `datelineTime` reads as the day of writing, "Deal roundup (May 2020): ...", stays that.)
  const archived = dateline ? undefined : archiveTagTime(text);
  const sentenceSpans = doc.sentences.map((s) => s.span);
  return readClaims(doc, sourceId, config.actions, values).map((claim) => {
    const time = claimTime(claim, writtenAt) ?? answeredTime(text, sentenceSpans, claim.span.start) ?? (archived ? archiveClaimTime(archived) : null) ?? (dateline ? datelineClaimTime(dateline.time) : null)
      ?? (heading ? headingClaimTime(heading) : null);
    return { ...deriveRateAndTotal(claim), time };
  });
}

/** Stages 5-7 over the claims of every source. */
export function compareCorpus(claims: readonly Claim[], config: CompareConfig): Report {
  return compareAll(claims, config);
}
