import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/quantities/index.js';

type Kind = 'amounts' | 'durations' | 'quantities';
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/quantities/${name}`, import.meta.url), 'utf8')) as T;

const positives = read<{ cases: { input: string; kind: Kind; text: string; publishedAt?: string; expect: Record<string, unknown> }[] }>('cases.json').cases;
const negatives = read<{ cases: { input: string; kind?: Kind; publishedAt?: string }[] }>('negatives.json').cases;
/** A case may carry the publication date that "until the end of 2033" counts from. */
const contextOf = (publishedAt: string | undefined) => (publishedAt === undefined ? {} : { publishedAt: new Date(`${publishedAt}T00:00:00`) });

describe('fixtures/quantities/cases.json', () => {
  it.each(positives)('$input → $kind "$text"', ({ input, kind, text, publishedAt, expect: fields }) => {
    const all = findQuantities(input, contextOf(publishedAt));
    const found = all[kind] as { text: string; span: { start: number; end: number } }[];
    const hit = found.find((q) => q.text === text);
    expect(hit, JSON.stringify(all)).toBeDefined();
    if (hit === undefined) return;
    expect(input.slice(hit.span.start, hit.span.end)).toBe(text);
    for (const [k, v] of Object.entries(fields)) {
      const got = (hit as unknown as Record<string, unknown>)[k];
      if (typeof v === 'number' && typeof got === 'number') expect(got, k).toBeCloseTo(v, 6);
      else expect(got, k).toEqual(v);
    }
  });
});

describe('fixtures/quantities/negatives.json', () => {
  it.each(negatives)('$input → nothing', ({ input, kind, publishedAt }) => {
    const r = findQuantities(input, contextOf(publishedAt));
    if (kind === undefined) expect(r).toEqual({ amounts: [], durations: [], quantities: [] });
    else expect(r[kind]).toEqual([]);
  });
});
