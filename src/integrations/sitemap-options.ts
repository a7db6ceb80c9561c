import type { SitemapOptions } from '@astrojs/sitemap';
import { SITE } from '../site.config';
import { isCommentsPagePath, searchPath } from '../lib/articles/paths';
import { articleLastmods } from '../lib/seo/article-lastmods';
import { contentPass } from '../loaders/content-pass';

/**
 * Options of `@astrojs/sitemap`: the search page and the pages of long discussions (`noindex`)
 * stay out, and each article gets its `lastmod` from the build's content pass (the one its
 * loaders ran), not from its page.
 */
export function sitemapOptions(contentDir: string): SitemapOptions {
  let lastmods: Promise<Map<string, string>> | undefined;
  return {
    filter: (page) => {
      const { pathname } = new URL(page);
      return pathname !== searchPath && !isCommentsPagePath(pathname);
    },
    serialize: async (item) => {
      lastmods ??= contentPass(contentDir).then(({ articles }) =>
        articleLastmods(articles, SITE.timeZone),
      );
      const lastmod = (await lastmods).get(new URL(item.url).pathname);
      return lastmod === undefined ? item : { ...item, lastmod };
    },
  };
}
