/**
 * Every file the build or an importer writes is placed by this one function: a path computed
 * from content (an alias, a slug, a title) is a relative path that must stay under the folder it
 * is meant for. Anything else is refused with a reason, never written.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Longest file or folder name most file systems accept, in bytes. */
export const MAX_NAME_BYTES = 255;

/** Where a relative path lands, or why it may not be written. */
export type ResolvedPath = { ok: true; path: string } | { ok: false; message: string };

/**
 * Why `relativePath` (segments joined by `/`) may not be written under a folder, or undefined
 * when it may: absolute paths, `.` and `..` segments, empty segments, backslashes, NUL and other
 * control characters, and names longer than {@link MAX_NAME_BYTES} bytes are refused.
 */
export function relativePathProblem(relativePath: string): string | undefined {
  if (relativePath === '') return 'il percorso è vuoto';
  // Control characters include NUL, which the file system would cut the name at.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(relativePath))
    return 'contiene caratteri non ammessi in un nome di file (\\ o caratteri di controllo)';
  if (relativePath.startsWith('/') || isAbsolute(relativePath))
    return 'deve essere un percorso relativo';
  for (const segment of relativePath.split('/')) {
    if (segment === '' || segment === '.' || segment === '..')
      return 'contiene una parte vuota, "." o "..": non può uscire dalla sua cartella';
    if (Buffer.byteLength(segment) > MAX_NAME_BYTES)
      return `contiene un nome più lungo di ${MAX_NAME_BYTES} byte`;
  }
  return undefined;
}

/**
 * Resolves `relativePath` under `root` when {@link relativePathProblem} finds nothing wrong; the
 * final path is also checked to lie strictly inside `root`, so nothing short of those rules can
 * leave it.
 */
export function resolveUnder(root: string, relativePath: string): ResolvedPath {
  const problem = relativePathProblem(relativePath);
  if (problem !== undefined) return { ok: false, message: problem };
  const base = resolve(root);
  const path = resolve(base, ...relativePath.split('/'));
  const inside = relative(base, path);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return { ok: false, message: 'uscirebbe dalla sua cartella' };
  return { ok: true, path };
}

/** {@link resolveUnder}, throwing when the path is refused (for writers whose input was checked). */
export function resolveUnderOrThrow(root: string, relativePath: string): string {
  const resolved = resolveUnder(root, relativePath);
  if (!resolved.ok) throw new Error(`${JSON.stringify(relativePath)}: ${resolved.message}`);
  return resolved.path;
}
