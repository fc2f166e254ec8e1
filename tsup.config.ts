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
