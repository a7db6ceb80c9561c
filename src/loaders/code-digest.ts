/**
 * A digest of the code that turns content into what the store and the page records hold, so a
 * cached result is used only while that code is the same: the source text of some modules and
 * of every module they import by relative path, plus the lockfile for the packages they import.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

/** Relative specifiers of static, re-exported and dynamic imports. */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The file a relative specifier names, with TypeScript's extensionless forms. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, join(base, 'index.ts')].find(
    (candidate) => /\.[cm]?[jt]s$/.test(candidate) && existsSync(candidate),
  );
}

/** Every module reachable from `entries` through relative imports, with its text. */
async function moduleClosure(entries: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const pending = [...entries];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (texts.has(file)) continue;
    const text = await readFile(file, 'utf8');
    texts.set(file, text);
    for (const [, specifier] of text.matchAll(RELATIVE_IMPORT)) {
      const target = specifier === undefined ? undefined : resolveImport(file, specifier);
      if (target !== undefined && !texts.has(target)) pending.push(target);
    }
  }
  return texts;
}

/**
 * Hex SHA-256 of the modules reachable from `entries` (paths under `root`), of `root`'s
 * `package-lock.json` and of `extra` (settings that are not code).
 */
export async function codeDigest(
  root: string,
  entries: readonly string[],
  extra = '',
): Promise<string> {
  const hash = createHash('sha256');
  const closure = await moduleClosure(entries.map((entry) => resolve(root, entry)));
  for (const [file, text] of [...closure].sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.update(`\0${relative(root, file)}\0${text}`);
  }
  const lockfile = join(root, 'package-lock.json');
  hash.update(`\0lockfile\0${existsSync(lockfile) ? await readFile(lockfile, 'utf8') : ''}`);
  hash.update(`\0extra\0${extra}`);
  return hash.digest('hex');
}
