import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A folder of the evaluation kit checked out beside the project (`../shared/<relative>`), or null when it is
 * absent. When absent, prints one line saying which suite is skipped, so a clone on its own still passes
 * and says what it did not run.
 *
 * @example sharedKitDir('seed/', 'the seed story') // '/work/shared/seed/' or null
 */
export function sharedKitDir(relative: string, suite: string): string | null {
  const dir = fileURLToPath(new URL(`../../../shared/${relative}`, import.meta.url));
  if (existsSync(dir)) return dir;
  process.stderr.write(`skipped: ${suite} (../shared/${relative} is absent)\n`);
  return null;
}
