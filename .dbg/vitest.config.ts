import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['.dbg/**/*.test.ts'] } });
