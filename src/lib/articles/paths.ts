import type { TaxonomyKind } from './taxonomy';

/**
 * Every public URL of the site is built here and nowhere else (the route contract other issues
 * and tests rely on). All paths end with a slash, matching `trailingSlash: 'always'`.
 */

/** `/articoli/<slug>/` */
export const articlePath = (slug: string): string => `/articoli/${slug}/`;

/**
 * Page `n` of an article's comments: page 1 is the article's own page, the next ones
 * `/articoli/<slug>/commenti/<n>/`.
 */
export const commentsPagePath = (slug: string, n: number): string =>
  n <= 1 ? articlePath(slug) : `${articlePath(slug)}commenti/${n}/`;

/** Whether `path` is page 2 onwards of an article's comments. */
export const isCommentsPagePath = (path: string): boolean =>
  /^\/articoli\/[^/]+\/commenti\/\d+\/$/.test(path);

/** The anchor of a comment, `commento-<id>`, as an element id. */
export const commentAnchor = (id: string): string => `commento-${id}`;

/** Address of comment `id`, on page `n` of its article's comments. */
export const commentPath = (slug: string, n: number, id: string): string =>
  `${commentsPagePath(slug, n)}#${encodeURIComponent(commentAnchor(id))}`;

/** `/categorie/<slug>/`, `/tag/<slug>/`, `/autori/<slug>/` (and their indexes without a slug). */
export const taxonomyBases = {
  category: '/categorie/',
  tag: '/tag/',
  author: '/autori/',
} as const satisfies Record<TaxonomyKind, string>;

/** Path of one term's listing, e.g. `termPath('tag', '5g')` → `/tag/5g/`. */
export const termPath = (kind: TaxonomyKind, slug: string): string =>
  `${taxonomyBases[kind]}${slug}/`;

/** Page `n` of a listing rooted at `base`: page 1 is the base itself, then `base/pagina/n/`. */
export const pagePath = (base: string, n: number): string =>
  n <= 1 ? base : `${base}pagina/${n}/`;

/** `/archivio/`, `/archivio/2018/`, `/archivio/2018/07/`. */
export function archivePath(year?: number, month?: number): string {
  if (year === undefined) return '/archivio/';
  if (month === undefined) return `/archivio/${year}/`;
  return `/archivio/${year}/${String(month).padStart(2, '0')}/`;
}

/** Per-category RSS feed. */
export const categoryFeedPath = (slug: string): string => `${termPath('category', slug)}rss.xml`;

/** RSS feed of any term: `/categorie/<slug>/rss.xml`, `/tag/<slug>/rss.xml`, `/autori/<slug>/rss.xml`. */
export const termFeedPath = (kind: TaxonomyKind, slug: string): string =>
  `${termPath(kind, slug)}rss.xml`;

/** The main feed, the search page. */
export const feedPath = '/rss.xml';
export const searchPath = '/cerca/';

/** Absolute URL of a site path. */
export const absoluteUrl = (path: string, site: string): string => new URL(path, site).href;

/** The folder of the generated share images, relative to the output folder. */
export const SHARE_IMAGE_DIR = 'condivisione';

/** The generated share image of an article without a cover: `/condivisione/<slug>.png`. */
export const shareImagePath = (slug: string): string => `/${SHARE_IMAGE_DIR}/${slug}.png`;
