/**
 * Reading and writing `content/comments/<slug>.json` for the importers: the existing snapshot
 * is validated before anything is merged into it, and a file is only rewritten when its
 * content changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSlug } from '../../src/lib/articles/slug';
import { resolveUnder, type ResolvedPath } from '../../src/lib/paths/resolve-under';
import type { ContentProblem } from '../../src/lib/errors';
import { parseCommentSnapshot, parseSnapshotJson } from '../../src/lib/comments/load';
import { serializeCommentSnapshot } from '../../src/lib/comments/serialize';
import {
  mergeCommentSnapshots,
  type MergeOptions,
  type MergeResult,
} from '../../src/lib/importers/merge';
import type { CommentSnapshot } from '../../src/schemas/comments';
import { addMerge, type ImportTally } from './import-summary';
import { writeTextFile } from './write-text-file';

/**
 * Path of an article's snapshot under `contentDir`. The slug comes from an article's
 * front-matter, which the checker validates but an importer may meet first: anything but a
 * kebab-case slug is refused rather than turned into a path.
 */
export function snapshotPath(contentDir: string, slug: string): ResolvedPath {
  if (!isSlug(slug))
    return {
      ok: false,
      message:
        'non è uno slug valido (minuscole, cifre e trattini): nessun file di commenti scritto',
    };
  return resolveUnder(join(contentDir, 'comments'), `${slug}.json`);
}

/** The snapshot at `path`: undefined when there is none, problems when it is broken. */
export function readSnapshotFile(
  path: string,
): { ok: true; snapshot: CommentSnapshot | undefined } | { ok: false; problems: ContentProblem[] } {
  if (!existsSync(path)) return { ok: true, snapshot: undefined };
  const json = parseSnapshotJson(path, readFileSync(path, 'utf8'));
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const parsed = parseCommentSnapshot(json.input);
  return parsed.ok ? { ok: true, snapshot: parsed.snapshot } : parsed;
}

/**
 * Merges `incoming` into the snapshot on disk and writes the result when it changed.
 *
 * @returns What the merge did, or the problems of a broken existing file (left untouched).
 */
export function mergeIntoSnapshotFile(
  contentDir: string,
  incoming: CommentSnapshot,
  options?: MergeOptions,
): { ok: true; result: MergeResult; path: string } | { ok: false; problems: ContentProblem[] } {
  const target = snapshotPath(contentDir, incoming.article);
  if (!target.ok)
    return {
      ok: false,
      problems: [
        {
          file: join(contentDir, 'articles'),
          field: 'slug',
          value: incoming.article,
          message: target.message,
        },
      ],
    };
  const { path } = target;
  const existing = readSnapshotFile(path);
  if (!existing.ok) return existing;
  const result = mergeCommentSnapshots(existing.snapshot, incoming, options);
  if (result.changed) writeTextFile(path, serializeCommentSnapshot(result.snapshot));
  return { ok: true, result, path };
}

/**
 * Merges `incoming` into its file, prints what happened and adds it to `tally`.
 *
 * @returns The problems of a broken existing file (then left untouched), else none.
 */
export function importSnapshot(
  contentDir: string,
  incoming: CommentSnapshot,
  tally: ImportTally,
  options?: MergeOptions,
): ContentProblem[] {
  const merged = mergeIntoSnapshotFile(contentDir, incoming, options);
  if (!merged.ok) return merged.problems;
  addMerge(tally, merged.result);
  console.log(`${merged.result.changed ? 'scritto' : 'invariato'}: ${merged.path}`);
  return [];
}
