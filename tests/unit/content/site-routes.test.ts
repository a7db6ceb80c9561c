import { describe, expect, it } from 'vitest';
import { siteRoutes, type RoutableArticle } from '../../../src/lib/content/site-routes';

const article = (slug: string, fields: Partial<RoutableArticle> = {}): RoutableArticle => ({
  slug,
  date: new Date('2018-07-04T08:00:00Z'),
  author: 'Redazione',
  tags: [],
  ...fields,
});

const OPTIONS = { perPage: 2, timeZone: 'Europe/Rome' };

describe('siteRoutes', () => {
  it('lists the pages every build has, even without articles', () => {
    expect([...siteRoutes([], OPTIONS)].sort()).toEqual(
      [
        '/',
        '/404.html',
        '/archivio/',
        '/autori/',
        '/categorie/',
        '/cerca/',
        '/robots.txt',
        '/rss.xml',
        '/sitemap-index.xml',
        '/tag/',
      ].sort(),
    );
  });

  it('adds articles, terms by slug, their pages and category feeds', () => {
    const routes = siteRoutes(
      [
        article('a', { category: 'Smartphone', tags: ['5G', 'Android'] }),
        article('b', { category: 'Smartphone', tags: ['5g'] }),
        article('c', { author: 'Giulia Ferri', tags: ['5G'] }),
      ],
      OPTIONS,
    );
    for (const path of [
      '/articoli/a/',
      '/articoli/c/',
      '/pagina/2/',
      '/categorie/smartphone/',
      '/categorie/smartphone/rss.xml',
      '/tag/5g/',
      '/tag/5g/pagina/2/',
      '/tag/android/',
      '/autori/redazione/',
      '/autori/giulia-ferri/',
    ]) {
      expect(routes, path).toContain(path);
    }
    expect(routes).not.toContain('/pagina/3/');
    expect(routes).not.toContain('/categorie/smartphone/pagina/2/');
  });

  it('dates the archive in the newsroom zone', () => {
    // 23:30 UTC on 31 July is already August in Rome.
    const routes = siteRoutes([article('a', { date: new Date('2018-07-31T23:30:00Z') })], OPTIONS);
    expect(routes).toContain('/archivio/2018/');
    expect(routes).toContain('/archivio/2018/08/');
    expect(routes).not.toContain('/archivio/2018/07/');
  });
});
