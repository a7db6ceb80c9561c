/** What the front page needs to know about an article. */
export interface FrontPageItem {
  id: string;
  category?: { name: string; slug: string } | undefined;
  commentCount: number;
}

/** How many articles each part of the front page shows. */
export interface FrontPageSizes {
  /** Cards in the grid under the lead story. */
  grid: number;
  /** Articles of the front page's own stream (lead, grid, then a list): a listing page's worth. */
  stream: number;
  /** Latest pieces in each category section. */
  section: number;
  /** Entries of the "più commentati" strip. */
  mostCommented: number;
}

/** Default sizes: a grid of six in a stream of twelve, four pieces a section, five most commented. */
export const FRONT_PAGE_SIZES: FrontPageSizes = {
  grid: 6,
  stream: 12,
  section: 4,
  mostCommented: 5,
};

/** The front page's parts, newest first within each. */
export interface FrontPage<T> {
  lead: T | undefined;
  grid: T[];
  /** The rest of the stream, after the grid. */
  latest: T[];
  sections: { name: string; slug: string; items: T[] }[];
  mostCommented: T[];
}

/**
 * Splits the newest-first `articles` into the front page's editorial hierarchy. The stream (the
 * same articles as page 1 of the full listing, so `/pagina/2/` goes on where it stops) opens
 * with the newest as lead story, the next ones as a grid, then a list. One section per category
 * in `categories` order brings that category's latest pieces from beyond the stream (a section
 * left empty is dropped); a strip ranks the articles with the most comments (ties: the newer
 * first; articles with none never enter).
 */
export function frontPage<T extends FrontPageItem>(
  articles: readonly T[],
  categories: readonly string[],
  sizes: FrontPageSizes = FRONT_PAGE_SIZES,
): FrontPage<T> {
  const stream = articles.slice(0, sizes.stream);
  const [lead, ...rest] = stream;
  const grid = rest.slice(0, sizes.grid);
  const latest = rest.slice(sizes.grid);
  const shown = new Set(stream.map((a) => a.id));
  const sections = categories.flatMap((slug) => {
    const items = articles
      .filter((a) => a.category?.slug === slug && !shown.has(a.id))
      .slice(0, sizes.section);
    const first = items[0];
    return first?.category ? [{ name: first.category.name, slug, items }] : [];
  });
  const mostCommented = articles
    .map((article, index) => ({ article, index }))
    .filter(({ article }) => article.commentCount > 0)
    .sort((a, b) => b.article.commentCount - a.article.commentCount || a.index - b.index)
    .slice(0, sizes.mostCommented)
    .map(({ article }) => article);
  return { lead, grid, latest, sections, mostCommented };
}
