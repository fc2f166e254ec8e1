import type { Claim } from '../schema/claim.js';

/**
 * The words that say what a sole giver gives: "its sole engine supplier" and "exclusive provider of engines" give
 * {engine}; "exclusive provider of APU repairs" gives {apu, repair}. Empty when the text does not say.
 */
function thingWords(claim: Claim): Set<string> {
  const words = new Set<string>();
  if (!claim.soleGiver || !claim.action) return words;
  const offset = claim.action.span.start - claim.span.start;
  const before = claim.text.slice(Math.max(0, offset - 30), offset).split(/\s+/).slice(-3);
  const after = /^\S+\s+of\s+([^,.;:]{1,60})/.exec(claim.text.slice(offset))?.[1]?.split(/\s+/).slice(0, 5) ?? [];
  const stem = (w: string) => w.toLowerCase().replace(/[^a-z]/g, '').replace(/s$/, '');
  // ("its sole engine supplier": the words between the only-word and the role noun.)
  const onlyAt = before.findIndex((w) => /^(sole|only|exclusive|single)$/i.test(w));
  const describing = onlyAt < 0 ? [] : before.slice(onlyAt + 1);
  for (const w of [...describing, ...after]) {
    const word = stem(w);
    if (word.length > 2 && !/^(the|its|their|for|and|all|new|existing)$/.test(word)) words.add(word);
  }
  return words;
}

/** Two sole givers conflict only over the same thing, or when either does not say what it gives. */
export function sameThing(a: Claim, b: Claim): boolean {
  const x = thingWords(a);
  const y = thingWords(b);
  return x.size === 0 || y.size === 0 || [...x].some((w) => y.has(w));
}
