/**
 * Runs one of the project's scripts the way `npm run` does (tsx, from the project root) and
 * returns its exit code and output.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/build-site';

/** Exit code and output of a script run. */
export interface ScriptRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** `tsx scripts/<script> ...args` in the project root; `env` is added to the environment. */
export function runScript(
  script: string,
  args: readonly string[],
  env: Record<string, string> = {},
): ScriptRun {
  return runProjectFile(`scripts/${script}`, args, env);
}

/** `tsx <file> ...args` with `file` relative to the project root, as `npm run` does. */
export function runProjectFile(
  file: string,
  args: readonly string[],
  env: Record<string, string> = {},
): ScriptRun {
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [file, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
      ...env,
    },
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** Non-empty lines of a stream. */
export const linesOf = (text: string): string[] =>
  text.split('\n').filter((line) => line.trim() !== '');
