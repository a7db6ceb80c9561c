/**
 * The site's feed, `/rss.xml`. A dynamic route with a single path, so that the path can carry an
 * incremental-build `cacheKey` (a static route cannot): a build whose newest articles did not
 * change copies the feed instead of rendering their full text again.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '../data/articles';
import { articlesFeed, feedCacheKey } from '../data/feed';
import { SITE } from '../site.config';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return [{ params: { feed: 'rss' }, props: { articles }, cacheKey: feedCacheKey(articles) }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ articles: Article[] }> = ({ props }) =>
  articlesFeed(SITE.name, SITE.description, props.articles);
