/** File-level comparison of two built sites, for tests that expect the same bytes. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuiltSite } from './build-site';

/** Every file under `dir`, relative, sorted. */
export const listFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

/** Files present in only one build, or different in the two. */
export function differences(a: BuiltSite, b: BuiltSite): string[] {
  const left = listFiles(a.distDir);
  const right = listFiles(b.distDir);
  const onlyLeft = left
    .filter((file) => !right.includes(file))
    .map((file) => `only in the first: ${file}`);
  const onlyRight = right
    .filter((file) => !left.includes(file))
    .map((file) => `only in the second: ${file}`);
  const changed = left
    .filter((file) => right.includes(file))
    .filter(
      (file) => !readFileSync(join(a.distDir, file)).equals(readFileSync(join(b.distDir, file))),
    )
    .map((file) => `differs: ${file}`);
  return [...onlyLeft, ...onlyRight, ...changed];
}
