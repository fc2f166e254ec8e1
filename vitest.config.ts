import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    onConsoleLog: (_log, type) => type !== 'stdout' && type !== 'stderr' ? undefined : undefined,
  },
});
