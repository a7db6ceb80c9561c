/** One content file as read from disk. */
export interface SourceFile {
  /** Path shown to the author, relative to the project root, e.g. `content/articles/xiaomi.md`. */
  file: string;
  /** Path relative to its collection folder, with `/` separators (an article's default slug). */
  entry: string;
  source: string;
}

/**
 * Whether an entry path (relative to its collection folder, `/`-separated) is content: files and
 * folders whose name starts with `_` hold notes and reports (the Disqus importer's
 * `_unmatched-disqus.json`), never content.
 */
export const isContentEntry = (entry: string): boolean =>
  !entry.split('/').some((part) => part.startsWith('_'));
