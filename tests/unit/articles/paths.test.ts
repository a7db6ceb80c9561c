import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  archivePath,
  articlePath,
  categoryFeedPath,
  feedPath,
  pagePath,
  searchPath,
  termPath,
} from '@/lib/articles/paths';

// The route contract: pages, feeds, the sitemap and links elsewhere rely on these exact shapes.
// prettier-ignore
const ROUTES: { call: string; path: string; expected: string }[] = [
  { call: "articlePath('x')",                     path: articlePath('x'),                         expected: '/articoli/x/' },
  { call: "termPath('category', 'x')",            path: termPath('category', 'x'),                expected: '/categorie/x/' },
  { call: "termPath('tag', '5g')",                path: termPath('tag', '5g'),                    expected: '/tag/5g/' },
  { call: "termPath('author', 'giulia-ferri')",   path: termPath('author', 'giulia-ferri'),       expected: '/autori/giulia-ferri/' },
  { call: 'pagePath(category x, 1)',              path: pagePath('/categorie/x/', 1),             expected: '/categorie/x/' },
  { call: 'pagePath(category x, 2)',              path: pagePath('/categorie/x/', 2),             expected: '/categorie/x/pagina/2/' },
  { call: 'pagePath(home, 3)',                    path: pagePath('/', 3),                         expected: '/pagina/3/' },
  { call: 'archivePath()',                        path: archivePath(),                            expected: '/archivio/' },
  { call: 'archivePath(2018)',                    path: archivePath(2018),                        expected: '/archivio/2018/' },
  { call: 'archivePath(2018, 7)',                 path: archivePath(2018, 7),                     expected: '/archivio/2018/07/' },
  { call: 'archivePath(2018, 12)',                path: archivePath(2018, 12),                    expected: '/archivio/2018/12/' },
  { call: "categoryFeedPath('smartphone')",       path: categoryFeedPath('smartphone'),           expected: '/categorie/smartphone/rss.xml' },
  { call: 'feedPath',                             path: feedPath,                                 expected: '/rss.xml' },
  { call: 'searchPath',                           path: searchPath,                               expected: '/cerca/' },
];

describe('site paths', () => {
  it.each(ROUTES)('$call is $expected', ({ path, expected }) => {
    expect(path).toBe(expected);
  });

  it.each([0, -1])('treats page %i like page 1: the listing base itself', (n) => {
    expect(pagePath('/tag/5g/', n)).toBe('/tag/5g/');
  });

  it('ends every page path with a slash, matching trailingSlash: always', () => {
    const pages = ROUTES.map((r) => r.path).filter((path) => !path.endsWith('.xml'));
    expect(pages.filter((path) => !path.endsWith('/'))).toEqual([]);
  });
});

describe('absoluteUrl', () => {
  it('joins a site path to the site URL', () => {
    expect(absoluteUrl(articlePath('xiaomi-usa'), 'https://rotativa.example.it')).toBe(
      'https://rotativa.example.it/articoli/xiaomi-usa/',
    );
  });
});
