import rss from '@astrojs/rss';
import type { Article } from './articles';
import { articlePath } from '../lib/articles/paths';
import { SITE } from '../site.config';

/** An RSS 2.0 response for the newest `SITE.feedSize` of `articles` (already newest first). */
export function articlesFeed(title: string, description: string, articles: readonly Article[]) {
  return rss({
    title,
    description,
    site: SITE.url,
    trailingSlash: true,
    customData: '<language>it-it</language>',
    items: articles.slice(0, SITE.feedSize).map((article) => ({
      title: article.title,
      link: articlePath(article.id),
      pubDate: article.date,
      description: article.description,
      author: article.author.name,
      categories: [article.category?.name, ...article.tags.map((t) => t.name)].filter(
        (name): name is string => name !== undefined,
      ),
    })),
  });
}
