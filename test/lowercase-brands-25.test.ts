import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const verdict = (texts: string[], a: string, b: string) => {
  const report = analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
  const found = report.findings.filter((f) => f.sources.includes(a) && f.sources.includes(b) && f.sources[0] !== f.sources[1]);
  return found.some((f) => f.kind === 'contradiction') ? 'contradiction' : found.length ? 'agreement' : 'none';
};

describe('a brand the corpus names, written in lower case, is that firm', () => {
  it('a headline that writes the brand in lower case meets the release', () => {
    const texts = [
      'LONDON, June 2 - Wrenfold Group plc has agreed to acquire Brindlo Ltd, the grocery delivery app, for £310 million in cash.',
      'Wrenfold Group snags brindlo for £310m, pipping Siskin Holdings at the post',
    ];
    expect(verdict(texts, 's1', 's2')).toBe('agreement');
  });

  it('an ordinary English word in lower case is no brand (guard)', () => {
    const texts = [
      'Tarvo Metals has agreed to buy Harvest Foods for $200 million.',
      'Tarvo Metals snags harvest rights for $240m, pipping Siskin Holdings at the post',
    ];
    expect(verdict(texts, 's1', 's2')).toBe('none');
  });
});
