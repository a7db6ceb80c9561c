/**
 * The pages a build of the content will have, computed from the front-matter alone with the
 * same grouping and pagination the route files use, so links can be checked without building.
 */
import { groupByMonth } from '../articles/archive';
import { paginate } from '../articles/paginate';
import {
  archivePath,
  articlePath,
  termFeedPath,
  feedPath,
  pagePath,
  searchPath,
  taxonomyBases,
  termPath,
} from '../articles/paths';
import { groupByTerm, taxonomyKinds, type TaxonomyKind } from '../articles/taxonomy';
import { zonedParts } from '../dates/rome-time';

/** What of a published article decides which pages exist. */
export interface RoutableArticle {
  slug: string;
  date: Date;
  /** Display name, after the schema's default. */
  author: string;
  category?: string | undefined;
  tags: readonly string[];
}

/** How listings are cut and dated. */
export interface SiteRoutesOptions {
  /** Articles per listing page (`SITE.perPage`). */
  perPage: number;
  /** Zone of the archive's calendar (`SITE.timeZone`). */
  timeZone: string;
}

/** Pages every build has whatever the content: search, feed, robots, sitemap, error page. */
const FIXED_ROUTES = [searchPath, feedPath, '/robots.txt', '/sitemap-index.xml', '/404.html'];

/**
 * Every path a build of `published` serves: home and its pages, articles, category, tag and
 * author listings with their pages (and each category's feed), the archive, and the fixed pages.
 * Paths are as linked, with the trailing slash (`/tag/5g/pagina/2/`).
 */
export function siteRoutes(
  published: readonly RoutableArticle[],
  options: SiteRoutesOptions,
): Set<string> {
  const routes = new Set<string>(FIXED_ROUTES);
  const addListing = (base: string, count: number) => {
    for (const page of paginate(Array.from({ length: count }), options.perPage)) {
      routes.add(pagePath(base, page.number));
    }
  };
  addListing('/', published.length);
  for (const article of published) routes.add(articlePath(article.slug));

  const namesOf: Record<TaxonomyKind, (a: RoutableArticle) => readonly string[]> = {
    category: (a) => (a.category === undefined ? [] : [a.category]),
    tag: (a) => a.tags,
    author: (a) => [a.author],
  };
  for (const kind of taxonomyKinds) {
    routes.add(taxonomyBases[kind]);
    for (const term of groupByTerm(published, namesOf[kind])) {
      addListing(termPath(kind, term.slug), term.items.length);
      routes.add(termFeedPath(kind, term.slug));
    }
  }

  routes.add(archivePath());
  const dated = published.map((article) => zonedParts(article.date, options.timeZone));
  for (const year of groupByMonth(dated)) {
    routes.add(archivePath(year.year));
    for (const month of year.months) routes.add(archivePath(month.year, month.month));
  }
  return routes;
}
