import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

describe('"IP" is what a licence is of, no party', () => {
  it('"its interconnect IP licence with Brisco Devices" names no party "IP"', () => {
    const sides = extractClaims('NVX announced a five-year extension of its interconnect IP licence with Brisco Devices worth $150mn.')
      .map((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(sides.flat()).not.toContain('IP');
  });
});
