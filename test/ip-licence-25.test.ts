import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

describe('"IP" is what a licence is of, no party', () => {
  it('"a new IP licence with Brisco Devices" names no party "IP"', () => {
    const sides = extractClaims('Tarvo Semi signed a new IP licence with Brisco Devices worth $40mn.')
      .map((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(sides.flat()).not.toContain('IP');
  });
});
