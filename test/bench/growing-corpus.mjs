/**
 * A corpus whose hot events grow with it: a third of the sources retell one of forty stories, chosen with Zipf
 * weights (story k is told with weight 1/k), and the rest tell a story of their own. At 100,000 sources the
 * hottest story has about 7,800 retellings, so any step that costs events x findings shows.
 * Same sentences and names as `corpus.mjs`; the same `(n, seed)` gives the same corpus.
 *
 * @example generateGrowingCorpus(1000, 3) // [{ id: 'h0', text: '...' }, ...], 333 of them retell 40 stories
 */
import { companyNamer, conflicting, makeEvent, makeRng, paragraph } from './corpus.mjs';

export const HOT_STORIES = 40;

/** Cumulative Zipf weights over `k` stories, normalized to end at 1. */
function zipf(k) {
  const weights = Array.from({ length: k }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
}

export function generateGrowingCorpus(n, seed = 1) {
  const rng = makeRng(seed);
  // 100,000 sources need about 133,000 names, more than 2-3 syllable stems hold.
  const nextCompany = companyNamer(rng, 4);
  const hot = Array.from({ length: HOT_STORIES }, () => makeEvent(rng, nextCompany));
  const cumulative = zipf(HOT_STORIES);
  const texts = [];
  for (let i = 0; i < n; i++) {
    if (i % 3 === 0) {
      const u = rng.next();
      const e = hot[Math.min(HOT_STORIES - 1, cumulative.findIndex((c) => u < c))];
      const denial = rng.chance(0.02);
      const version = !denial && rng.chance(0.15) ? conflicting(rng, e) : e;
      texts.push(paragraph(rng, version, denial));
    } else {
      texts.push(paragraph(rng, makeEvent(rng, nextCompany), false));
    }
  }
  for (let i = texts.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [texts[i], texts[j]] = [texts[j], texts[i]];
  }
  return texts.map((text, i) => ({ id: `h${i}`, text }));
}
