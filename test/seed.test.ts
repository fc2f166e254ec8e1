import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Finding, type Report } from '../src/index.js';
import { sharedKitDir } from './support/shared-kit.js';

const seedDir = sharedKitDir('seed/', 'the seed story');

/** The seed's insight paragraphs, one source each; the page's header lines ("Related Insights" ...) are shorter than 100 characters. */
function seedSources(dir: string): { id: string; text: string }[] {
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\r?\n\s*\r?\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 100);
  return paragraphs.map((text, i) => ({ id: `s${i + 1}`, text }));
}

describe.runIf(seedDir)('the seed story (../shared/seed)', () => {
  const sources = seedDir ? seedSources(seedDir) : [];
  let analyzed: Report | undefined;
  const report = () => (analyzed ??= analyze(sources));
  const idOf = (words: string) => sources.find((s) => s.text.includes(words))?.id;
  const rate = idOf('$15 billion annually');
  const total = idOf('three-year, $45 billion');
  const between = (f: Finding) => new Set(f.sources).size === 2 && f.sources.includes(rate!) && f.sources.includes(total!);

  it('has eleven insight paragraphs, one of them at $15 billion annually and another at three-year, $45 billion', () => {
    expect(sources).toHaveLength(11);
    expect(rate).toBeDefined();
    expect(total).toBeDefined();
    expect(rate).not.toBe(total);
  });

  it('reports no contradiction at all', () => {
    expect(report().findings.filter((f) => f.kind === 'contradiction').map((f) => f.explanation)).toEqual([]);
  });

  it('reports the $15 billion annually source and the three-year, $45 billion source agreeing on the amount', () => {
    const findings = report().findings.filter(between);
    expect(findings.map((f) => f.kind)).toEqual(['agreement']);
    const [agreement] = findings;
    expect(agreement!.corroborated).toContain('amount');
    expect(agreement!.field).toBe('amount');
  });

  it('explains the agreement as $15B per year on both sides, the total through its three-year term', () => {
    const agreement = report().findings.find((f) => between(f) && f.field === 'amount');
    expect(agreement).toBeDefined();
    const { explanation, sources: [first, second], values } = agreement!;
    // "<a>: <normalized a>; <b>: <normalized b>: agree on amount"
    expect(explanation.startsWith(`${first}: `)).toBe(true);
    const [left, right] = explanation.slice(`${first}: `.length).split(`; ${second}: `);
    expect(left).toContain('$15B per year');
    expect(right).toContain('$15B per year');
    expect(explanation).toContain('agree on amount');

    const side = (id: string | undefined) => values.find((v) => v.source === id)!;
    expect(side(rate).normalized).toBe('$15B per year');
    expect(side(total).normalized).toBe('$45B over 3 years = $15B per year');
  });
});
