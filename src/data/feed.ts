import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTerms, type Article } from './articles';
import { articlePath } from '../lib/articles/paths';
import type { TaxonomyKind } from '../lib/articles/taxonomy';
import { pageCacheKey } from '../lib/articles/page-cache-key';
import { SITE } from '../site.config';
import { articleFeedContent } from './feed-content';

/** Escapes text for an XML element's content. */
const xmlText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The incremental-build key of a feed of `articles` (newest first): the files of the items it
 * shows, not their comments, which a feed does not carry. A feed whose articles did not change
 * is copied from the last build instead of rendering their full text again.
 */
export const feedCacheKey = (articles: readonly Article[]): string =>
  pageCacheKey(articles.slice(0, SITE.feedSize).map((article) => article.entry.digest));

/**
 * An RSS 2.0 response for the newest `SITE.feedSize` of `articles` (already newest first), each
 * item with its full text in `content:encoded`.
 */
export async function articlesFeed(
  title: string,
  description: string,
  articles: readonly Article[],
) {
  const newest = articles.slice(0, SITE.feedSize);
  const contents = await Promise.all(newest.map(articleFeedContent));
  return rss({
    title,
    description,
    site: SITE.url,
    trailingSlash: true,
    customData: `<language>${SITE.locale.toLowerCase()}</language>`,
    // RSS 2.0's <author> must be an e-mail address: the name goes in Dublin Core's creator.
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items: newest.map((article, i) => ({
      title: article.title,
      link: articlePath(article.id),
      pubDate: article.date,
      description: article.description,
      content: contents[i],
      customData: `<dc:creator>${xmlText(article.author.name)}</dc:creator>`,
      categories: [article.category?.name, ...article.tags.map((t) => t.name)].filter(
        (name): name is string => name !== undefined,
      ),
    })),
  });
}

/**
 * The route of every term's feed (`/tag/<slug>/rss.xml`, …): its `getStaticPaths` and `GET`,
 * for the route file to export.
 *
 * @param describe The feed's description for a term's display name.
 */
export function termFeedRoute(kind: TaxonomyKind, describe: (name: string) => string) {
  const getStaticPaths = (async () =>
    (await getTerms(kind)).map((term) => ({
      params: { slug: term.slug },
      props: { name: term.name, articles: term.items },
      cacheKey: feedCacheKey(term.items),
    }))) satisfies GetStaticPaths;
  const GET: APIRoute<{ name: string; articles: Article[] }> = ({ props }) =>
    articlesFeed(`${SITE.name} – ${props.name}`, describe(props.name), props.articles);
  return { getStaticPaths, GET };
}
