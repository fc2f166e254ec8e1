import { z } from 'zod';
import { Claim } from './schema/claim.js';
import type { Report } from './schema/report.js';
import { AnalyzeOptions } from './schema/options.js';
import { validate } from './schema/errors.js';
import { compareCorpus } from './pipeline.js';
import { compareConfigOf } from './api.js';

/**
 * The whole report (claims, events, entities, findings) over claims extracted elsewhere: per shard, per worker,
 * per map task. Claims concatenated in source order give exactly `analyze(sources, options)`.
 * @example reportOfClaims([...shardA, ...shardB], { tolerance: { money: 0.1 } }) // deep-equals analyze([...a, ...b], same options)
 */
export function reportOfClaims(claims: readonly Claim[], options?: AnalyzeOptions): Report {
  const list = validate(z.array(Claim), claims, 'claims');
  const opts = validate(AnalyzeOptions, options ?? {}, 'options');
  return compareCorpus(list, compareConfigOf(opts));
}
