import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    target: 'node20',
    platform: 'neutral',
    outDir: 'dist',
    // date-fns's index loads all of its ~250 modules (about as long as zod); bundling keeps the four functions used.
    noExternal: ['date-fns'],
  },
  {
    // Node only: extraction on worker threads. The worker is built beside the entry that starts it.
    entry: { parallel: 'src/parallel/index.ts', 'parallel-worker': 'src/parallel/worker.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { parallel: 'src/parallel/index.ts' } },
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    shims: true,
    outDir: 'dist',
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    // The CLI imports the library by the package's own name, so it loads dist/index.js rather than a copy.
    external: ['crosscheck'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
