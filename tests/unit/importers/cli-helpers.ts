/**
 * Helpers for the importer CLI tests: run a script as an author would, in a temporary
 * content folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

/** What a script run printed and returned. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node_modules/.bin/tsx <script> ...args` from the project root with this test's Node. */
export function runScript(script: string, args: readonly string[]): CliRun {
  const result = spawnSync('node_modules/.bin/tsx', [script, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}`,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'rotativa-import-'));

/** Every file under `dir` with its content, by path relative to `dir`. */
export function snapshotTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, entry);
    try {
      files[entry] = readFileSync(path, 'utf8');
    } catch {
      // A folder: its files are listed on their own.
    }
  }
  return files;
}
