import { run } from './run.js';

// `crosscheck ... | head` closes the pipe early: stop quietly instead of throwing EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// The library (and compromise with it) loads only when there is something to analyze: `--version` stays fast.
// `crosscheck` is this package itself (dist/index.js), left out of the CLI bundle.
process.exitCode = await run(process.argv.slice(2), process, () => import('crosscheck'));
