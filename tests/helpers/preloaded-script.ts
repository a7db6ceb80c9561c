/**
 * A script run in a Node process with some of `scripts/lib/`'s preloads imported first, the way
 * `scripts/build.ts` starts `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-site';

/**
 * Runs the ES module `script` with each of `preloads` (file names under `scripts/lib/`) imported
 * first and `env` added to the environment; returns what it printed, or throws its standard
 * error when it fails.
 */
export function runPreloaded(
  preloads: readonly string[],
  script: string,
  env: Record<string, string>,
): string {
  const result = spawnSync(
    process.execPath,
    [
      ...preloads.map((file) => `--import=${join(PROJECT_ROOT, 'scripts/lib', file)}`),
      '--input-type=module',
      '-e',
      script,
    ],
    { env: { ...process.env, ...env }, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}
