import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SitemapOptions } from '@astrojs/sitemap';
import { isCommentsPagePath, searchPath } from '../lib/articles/paths';
import { pageLastmod } from '../lib/seo/page-lastmod';

/**
 * Options of `@astrojs/sitemap`: the search page and the pages of long discussions (`noindex`)
 * stay out, and each article gets
 * its `lastmod` from the page just built in `outDir`.
 */
export function sitemapOptions(outDir: string): SitemapOptions {
  return {
    filter: (page) => {
      const { pathname } = new URL(page);
      return pathname !== searchPath && !isCommentsPagePath(pathname);
    },
    serialize: async (item) => {
      const file = join(outDir, decodeURI(new URL(item.url).pathname), 'index.html');
      const html = await readFile(file, 'utf8').catch(() => undefined);
      const lastmod = html === undefined ? undefined : pageLastmod(html);
      return lastmod === undefined ? item : { ...item, lastmod };
    },
  };
}
