/**
 * The content layer's id for an article is its public slug: the `slug` front-matter field, else
 * the file name. Astro silently keeps the last of two entries with one id, so a second file
 * claiming a slug is an error here rather than a lost article.
 */
const claimedBy = new Map<string, string>();
const slugOf = new Map<string, string>();

/** Returns the slug of `entry` (a path relative to `content/articles`), or throws on a duplicate. */
export function articleIdFromEntry({
  entry,
  data,
}: {
  entry: string;
  data: Record<string, unknown>;
}): string {
  const slug = slugFromEntry(entry, data);
  const owner = claimedBy.get(slug);
  if (owner !== undefined && owner !== entry) {
    throw new Error(
      `content/articles/${entry}: slug: "${slug}" è già usato da content/articles/${owner} (ogni articolo deve avere uno slug diverso)`,
    );
  }
  // In `astro dev` a file may change its slug: release the old one.
  const previous = slugOf.get(entry);
  if (previous !== undefined && previous !== slug) claimedBy.delete(previous);
  claimedBy.set(slug, entry);
  slugOf.set(entry, slug);
  return slug;
}

/** Slug of an article file: front-matter `slug` when it is a string, else the base file name. */
export function slugFromEntry(entry: string, data: Record<string, unknown>): string {
  if (typeof data['slug'] === 'string' && data['slug'].trim() !== '') return data['slug'].trim();
  const base = entry.split('/').pop() ?? entry;
  return base.replace(/\.md$/i, '');
}
