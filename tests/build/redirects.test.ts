/**
 * Old URLs keep working: an article's `aliases` become redirect pages (no JavaScript) and
 * `_redirects` lines for CDNs, and an alias that would replace a real page stops the build.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, buildSite, writeFixture, type BuiltSite } from '../helpers/build-site';

const SITE_URL = 'https://rotativa.example.it';
const TARGET = `${SITE_URL}/articoli/xiaomi-usa/`;

const XIAOMI = article(
  {
    title: 'Xiaomi negli Stati Uniti',
    date: '04 Luglio 2018',
    aliases:
      '["/2018/07/04/xiaomi-usa.html", "https://www.vecchio-sito.it/notizie/xiaomi/?ref=home"]',
  },
  'Xiaomi vuole entrare nel mercato nordamericano.',
);

describe('alias redirects', () => {
  let site: BuiltSite;

  beforeAll(() => {
    site = buildSite(writeFixture({ 'articles/xiaomi-usa.md': XIAOMI }));
    if (site.status !== 0) throw new Error(`fixture build failed:\n${site.stdout}\n${site.stderr}`);
  });

  afterAll(() => rmSync(site.root, { recursive: true, force: true }));

  it.each([
    ['an old .html path', '2018/07/04/xiaomi-usa.html'],
    ['the path of an old full URL, query dropped', 'notizie/xiaomi/index.html'],
  ])('writes a redirect page for %s', (_, file) => {
    const html = site.read(file);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${TARGET}">`);
    expect(html).toContain(`<link rel="canonical" href="${TARGET}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('<script');
  });

  it('lists every alias as a permanent redirect in _redirects', () => {
    expect(site.read('_redirects')).toBe(
      '/2018/07/04/xiaomi-usa.html /articoli/xiaomi-usa/ 301\n/notizie/xiaomi/ /articoli/xiaomi-usa/ 301\n',
    );
  });

  it('keeps redirect pages out of the sitemap', () => {
    expect(site.read('sitemap-0.xml')).not.toContain('xiaomi-usa.html');
    expect(site.read('sitemap-0.xml')).not.toContain('/notizie/');
  });
});

describe('an alias over a real page', () => {
  it('stops the build at the content check, naming the file and the alias', () => {
    const root = writeFixture({
      'articles/xiaomi-usa.md': article({
        title: 'Xiaomi negli Stati Uniti',
        date: '04 Luglio 2018',
        aliases: '["/archivio/"]',
      }),
    });
    try {
      const site = buildSite(root);
      expect(site.status).toBe(1);
      expect(site.stderr).toMatch(/xiaomi-usa\.md:\d+: aliases.*"\/archivio\/"/);
      expect(site.exists('index.html')).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
