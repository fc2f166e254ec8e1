import type { Span } from '../schema/span.js';
import { tokenize, type Token } from './tokens.js';
import { withoutRestatedNumerals } from './restated-numerals.js';

/** What every rule family reads: the text, its tokens, and which tokens an earlier family took. */
export interface Context {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** 1 where a token belongs to a match already made. */
  readonly taken: Uint8Array;
  readonly publishedAt: Date | null;
}

export function makeContext(text: string, publishedAt: Date | null): Context {
  const tokens = withoutRestatedNumerals(tokenize(text));
  return { text, tokens, taken: new Uint8Array(tokens.length), publishedAt };
}

/** True when tokens `[from, to)` exist and none is taken. */
export function free(ctx: Context, from: number, to: number): boolean {
  if (from < 0 || to > ctx.tokens.length || from >= to) return false;
  for (let k = from; k < to; k++) if (ctx.taken[k] === 1) return false;
  return true;
}

export function take(ctx: Context, from: number, to: number): void {
  for (let k = from; k < to; k++) ctx.taken[k] = 1;
}

/** The source words and half-open character span of tokens `[from, to)`. */
export function spanOf(ctx: Context, from: number, to: number): { text: string; span: Span } {
  const a = ctx.tokens[from];
  const b = ctx.tokens[to - 1];
  if (a === undefined || b === undefined) return { text: '', span: { start: 0, end: 0 } };
  return { text: ctx.text.slice(a.start, b.end), span: { start: a.start, end: b.end } };
}

export function lowerAt(ctx: Context, i: number): string | undefined {
  return ctx.tokens[i]?.lower;
}

/** Index of the first token that starts at or after character `offset` (binary search; tokens are in text order). */
export function tokenIndexAt(ctx: Context, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.tokens[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
