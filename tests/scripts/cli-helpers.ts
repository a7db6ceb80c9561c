/**
 * Helpers for the importer CLI tests: temporary content folders and what ends up in them.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
