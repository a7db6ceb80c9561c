/**
 * The content layer's id for an article is its public slug: the `slug` front-matter field, else
 * the file name. Two files claiming one slug are a content problem (`duplicateSlugProblems`).
 */

/** Slug of an article file: front-matter `slug` when it is a string, else the base file name. */
export function slugFromEntry(entry: string, data: Record<string, unknown>): string {
  if (typeof data['slug'] === 'string' && data['slug'].trim() !== '') return data['slug'].trim();
  const base = entry.split('/').pop() ?? entry;
  return base.replace(/\.md$/i, '');
}
