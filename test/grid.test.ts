import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from '../src/index.js';
import { FRAMES } from '../src/lexicon/frames.js';

/**
 * The grid (issue 9): every frame of the frame table (src/lexicon/frames.ts, less the generic deal), its sentences in
 * fixtures/grid/frames.json, crossed with every alternation and every name shape. A cell passes when some claim names both sides (either order) and the amount. The grid is not all green
 * yet: the test prints the failing cells by frame and alternation and holds the pass rate at its floor, so a
 * change that breaks a cell that passed shows up here.
 */
interface Shape { A: string; 'A:s': string; B: string; 'B:s': string; canonicalA: string; canonicalB: string; laterA: string; laterB: string }
interface Grid { amount: { text: string; value: number }; shapes: Record<string, Shape>; frames: Record<string, Record<string, string>> }

const grid = JSON.parse(readFileSync(new URL('../fixtures/grid/frames.json', import.meta.url), 'utf8')) as Grid;
/** Measured 0.962 of 288 cells (0.91 of the first 210 before the clause layer, 0.50 before the lowercase-brand and ticker rules), rounded down: raise it as cells turn green. */
const FLOOR = 0.95;

const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/['\u2019]s\b/g, '').replace(/[^a-z0-9]+/g, '');

function fill(template: string, shape: Shape, amount: string): string {
  return template.replaceAll('{A:s}', shape['A:s']).replaceAll('{B:s}', shape['B:s']).replaceAll('{A}', shape.A).replaceAll('{B}', shape.B).replaceAll('{X}', amount);
}

function passes(claims: readonly Claim[], shape: Shape, value: number): boolean {
  const a = [shape.canonicalA, shape.laterA].map(norm);
  const b = [shape.canonicalB, shape.laterB].map(norm);
  return claims.some((c) => {
    const x = norm(c.actor?.canonical);
    const y = norm(c.counterparty?.canonical);
    const pair = (a.includes(x) && b.includes(y)) || (a.includes(y) && b.includes(x));
    const amount = c.amount !== null && Math.abs(c.amount.value - value) <= value * 0.01;
    return pair && amount;
  });
}

const cells = Object.entries(grid.frames).flatMap(([frame, alternations]) => Object.entries(alternations).flatMap(([alternation, template]) =>
  Object.entries(grid.shapes).map(([shapeName, shape]) => ({ frame, alternation, shapeName, text: fill(template, shape, grid.amount.text), shape }))));

describe('grid: frames x alternations x name shapes', () => {
  it('has a row for every frame of the frame table, each with the seven alternations', () => {
    expect(Object.keys(grid.frames).sort()).toEqual(Object.keys(FRAMES).filter((f) => f !== 'deal').sort());
    const required = ['active', 'passive', 'nominal', 'converse', 'relative', 'reported', 'dateline'];
    for (const [frame, alternations] of Object.entries(grid.frames)) expect(Object.keys(alternations), frame).toEqual(expect.arrayContaining(required));
  });

  it('fills every template with both sides and the amount', () => {
    for (const cell of cells) expect(cell.text).not.toMatch(/\{[A-Z:s]+\}/);
    const templates = Object.values(grid.frames).reduce((n, alternations) => n + Object.keys(alternations).length, 0);
    expect(cells.length).toBe(templates * Object.keys(grid.shapes).length);
  });

  it(`reads at least ${FLOOR * 100}% of the cells, and names the ones it misses`, () => {
    const failing = cells.filter((cell) => !passes(extractClaims(cell.text), cell.shape, grid.amount.value));
    const rate = 1 - failing.length / cells.length;
    const byCell = new Map<string, string[]>();
    for (const f of failing) {
      const key = `${f.frame} / ${f.alternation}`;
      byCell.set(key, [...(byCell.get(key) ?? []), f.shapeName]);
    }
    const summary = [...byCell].map(([key, shapes]) => `${key}: ${shapes.join(', ')}`).join('\n');
    expect(rate, `grid ${(rate * 100).toFixed(1)}% of ${cells.length}; failing cells:\n${summary}`).toBeGreaterThanOrEqual(FLOOR);
  });
});
