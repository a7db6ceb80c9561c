import { slugify } from './slug';
import { SITE } from '../../site.config';

/** The kinds of term an article is listed under: its category, its tags, its author. */
export const taxonomyKinds = ['category', 'tag', 'author'] as const;

/** One of `taxonomyKinds`. */
export type TaxonomyKind = (typeof taxonomyKinds)[number];

/** One category, tag or author with its articles. */
export interface Term<T> {
  slug: string;
  /** Display name: the spelling most articles use (ties: the first met). */
  name: string;
  items: T[];
}

/**
 * Groups items by the names `namesOf` returns. Names that slugify alike (`5G`, `5g`) are one term,
 * so two spellings never produce two pages fighting over one URL. Terms are sorted by name
 * (Italian collation); items keep their input order.
 */
export function groupByTerm<T>(
  items: readonly T[],
  namesOf: (item: T) => readonly string[],
): Term<T>[] {
  const terms = new Map<string, { items: T[]; spellings: Map<string, number> }>();
  for (const item of items) {
    for (const name of new Set(namesOf(item))) {
      const slug = slugify(name);
      if (!slug) continue;
      let term = terms.get(slug);
      if (!term) terms.set(slug, (term = { items: [], spellings: new Map() }));
      if (term.items.at(-1) !== item) term.items.push(item);
      term.spellings.set(name, (term.spellings.get(name) ?? 0) + 1);
    }
  }
  const collator = new Intl.Collator(SITE.locale, { sensitivity: 'base' });
  return [...terms]
    .map(([slug, { items: termItems, spellings }]) => ({
      slug,
      name: [...spellings].reduce((best, next) => (next[1] > best[1] ? next : best))[0],
      items: termItems,
    }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
}
