/**
 * Which article a URL from elsewhere (a Disqus thread, an old link) names: its own address
 * `/articoli/<slug>/` or one of its front-matter `aliases`, whatever the host, scheme, trailing
 * slash, case or fragment. The query string is ignored too, except for aliases that have one
 * (old `?p=123` addresses), which must match it exactly.
 */
import { articlePath } from '../articles/paths';
import type { ArticleRef } from './article-file';

/** Finds the article a URL belongs to. */
export interface ArticleUrlIndex {
  /** Slug of the article at `url`, or undefined. */
  match(url: string): string | undefined;
}

/** Comparable forms of a URL: its path, and its path with the query; undefined if unparsable. */
function urlKeys(url: string, base: string): { path: string; withQuery: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return undefined;
  }
  const path = parsed.pathname.replace(/\/+$/, '').toLowerCase();
  return { path, withQuery: `${path}${parsed.search}` };
}

/**
 * Indexes articles by their URLs. When two articles claim one URL, the first keeps it.
 *
 * @param siteUrl Base for relative aliases and links (`https://rotativa.example.it`).
 */
export function createArticleUrlIndex(
  articles: readonly ArticleRef[],
  siteUrl: string,
): ArticleUrlIndex {
  const byPath = new Map<string, string>();
  const byPathAndQuery = new Map<string, string>();
  const claim = (map: Map<string, string>, key: string, slug: string) => {
    if (!map.has(key)) map.set(key, slug);
  };
  for (const { slug, aliases } of articles) {
    const own = urlKeys(articlePath(slug), siteUrl);
    if (own) claim(byPath, own.path, slug);
    for (const alias of aliases) {
      const keys = urlKeys(alias, siteUrl);
      if (keys === undefined) continue;
      if (keys.withQuery === keys.path) claim(byPath, keys.path, slug);
      else claim(byPathAndQuery, keys.withQuery, slug);
    }
  }
  return {
    match(url) {
      const keys = urlKeys(url, siteUrl);
      if (keys === undefined) return undefined;
      return byPathAndQuery.get(keys.withQuery) ?? byPath.get(keys.path);
    },
  };
}
