import { z } from 'zod';
import { Claim } from './schema/claim.js';
import type { Finding } from './schema/finding.js';
import type { Report } from './schema/report.js';
import { AnalyzeOptions } from './schema/options.js';
import { CrosscheckError, validate } from './schema/errors.js';
import { compareCorpus } from './pipeline.js';
import { claimsOfSources, compareConfigOf, validateSources, type SourceInput } from './api.js';

/** What an index keeps between runs: its options, the claims of every source seen, the ids of the findings returned. */
export const IndexState = z
  .object({
    version: z.literal(1),
    options: AnalyzeOptions,
    sources: z.array(z.string()),
    claims: z.array(Claim),
    reported: z.array(z.string()),
  })
  .strict();
export type IndexState = z.infer<typeof IndexState>;

/** A corpus that grows over time: each `add` extracts only the new sources and returns only the new findings. */
export interface CrosscheckIndex {
  /**
   * Adds sources and returns the findings that involve at least one of them: every finding returned names a
   * new source on one side. A finding between two older sources that only the new ones made comparable (a new
   * source linked two names as one entity) is not returned here; `report()` holds it.
   */
  add(sources: readonly SourceInput[]): Finding[];
  report(): Report;
  toJSON(): IndexState;
}

function build(state: IndexState): CrosscheckIndex {
  const seen = new Set(state.sources);
  const reported = new Set(state.reported);
  let claims = state.claims;
  const config = compareConfigOf(state.options);
  return {
    add(sources) {
      const list = validateSources(sources, state.options, seen.size);
      const repeated = list.findIndex((s) => seen.has(s.id));
      if (repeated >= 0) throw new CrosscheckError(`sources[${repeated}].id: "${list[repeated]!.id}" is already in the index`, `sources[${repeated}].id`);
      for (const s of list) seen.add(s.id);
      const added = new Set(list.map((s) => s.id));
      claims = [...claims, ...claimsOfSources(list, state.options)];
      const fresh = compareCorpus(claims, config).findings.filter((f) => added.has(f.sources[0]) || added.has(f.sources[1]));
      for (const f of fresh) reported.add(f.id);
      return fresh;
    },
    report() {
      return compareCorpus(claims, config);
    },
    toJSON() {
      return { version: 1, options: state.options, sources: [...seen], claims, reported: [...reported].sort() };
    },
  };
}

/**
 * An empty index for a daily pipeline.
 * @example const index = createIndex(); index.add(todaysSources); fs.writeFileSync(f, JSON.stringify(index));
 */
export function createIndex(options?: AnalyzeOptions): CrosscheckIndex {
  const parsed = validate(AnalyzeOptions, options ?? {}, 'options');
  return build({ version: 1, options: parsed, sources: [], claims: [], reported: [] });
}

/** An index restored from `JSON.parse` of what `toJSON` gave. */
export function loadIndex(state: unknown): CrosscheckIndex {
  return build(validate(IndexState, state, 'state'));
}
