/**
 * The production build of a newsroom-sized fixture site (`tests/fixtures/sites/newsroom.ts`),
 * built once by the project's global setup, read as HTML and XML: the route contract, dates,
 * drafts, pagination, head tags, structured data, feeds and the Markdown pipeline's output.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import { PNG } from 'pngjs';
import { SaxesParser } from 'saxes';
import { describe, expect, inject, it } from 'vitest';
import {
  article as articleFile,
  buildSite,
  builtOutput,
  writeFixture,
} from '../helpers/build-site';
import {
  FIXTURE_ARTICLES,
  PUBLISHED_NEWEST_FIRST,
  TERMS,
  fixtureArticle,
} from '../fixtures/sites/newsroom';

const SITE_URL = 'https://rotativa.example.it';
const PUBLISHED = FIXTURE_ARTICLES.filter((a) => !a.draft);
const DRAFT = fixtureArticle('bozza-segreta');
const FIVE_G = PUBLISHED.filter((a) => a.tags.includes('5G')).length;

/** Built once for this file and `visual.test.ts` by the project's global setup. */
const site = builtOutput(inject('newsroomDir'));

// ---------------------------------------------------------------------------------------------
// Reading the output: HTML through hast, XML through saxes (strict: a malformed feed throws).

/** Built file of a site path: `/tag/5g/` → `tag/5g/index.html`. */
const fileOf = (path: string): string =>
  path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);

const parsedPages = new Map<string, Root>();

/** The hast tree of the page at a site path. */
function page(path: string): Root {
  let tree = parsedPages.get(path);
  if (!tree) {
    tree = fromHtml(site.read(fileOf(path)));
    parsedPages.set(path, tree);
  }
  return tree;
}

/** Every element under `node` named `tagName` that passes `where`, in document order. */
function all(
  node: Root | Element,
  tagName: string,
  where: (el: Element) => boolean = () => true,
): Element[] {
  const found: Element[] = [];
  const walk = (parent: Root | Element): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === tagName && where(child)) found.push(child);
      walk(child.tagName === 'template' && child.content ? child.content : child);
    }
  };
  walk(node);
  return found;
}

/** The one element that matches; fails the test when there are none or several. */
function one(node: Root | Element, tagName: string, where?: (el: Element) => boolean): Element {
  const found = all(node, tagName, where);
  expect(found, `exactly one <${tagName}> expected`).toHaveLength(1);
  return found[0] as Element;
}

/** An attribute as a string (hast keeps `class` and `rel` as lists). */
function attr(el: Element, property: string): string | undefined {
  const value = el.properties[property];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

const hasClass = (name: string) => (el: Element) =>
  (attr(el, 'className') ?? '').split(' ').includes(name);
const withAttr = (property: string, value: string) => (el: Element) => attr(el, property) === value;
const relIncludes = (rel: string) => (el: Element) =>
  (attr(el, 'rel') ?? '').split(' ').includes(rel);
const text = (node: Root | Element): string => hastToString(node).replace(/\s+/g, ' ').trim();

/** `<meta name>` or `<meta property>` content. */
function meta(tree: Root, key: string): string | undefined {
  const found = all(tree, 'meta', (el) => attr(el, 'name') === key || attr(el, 'property') === key);
  return found[0] && attr(found[0], 'content');
}

/** The front page's stream: the lead and grid (titles at h2), then the latest (h3). */
function frontStreamSlugs(tree: Root): string[] {
  return [
    ...cardSlugs(one(tree, 'section', withAttr('ariaLabel', 'In primo piano'))),
    ...cardSlugs(one(tree, 'section', withAttr('ariaLabelledBy', 'ultime')), 'h3'),
  ];
}

/** Article links of the cards under `node` (titles at `level`), as slugs, in order. */
function cardSlugs(node: Root | Element, level: 'h2' | 'h3' = 'h2'): string[] {
  return all(node, level, hasClass('card__title')).map((h) => {
    const href = attr(one(h, 'a'), 'href') ?? '';
    return href.replace(/^\/articoli\/|\/$/g, '');
  });
}

/** The parsed JSON-LD block of a page. */
function jsonLd(tree: Root): Record<string, unknown> {
  const script = one(tree, 'script', withAttr('type', 'application/ld+json'));
  return JSON.parse(hastToString(script)) as Record<string, unknown>;
}

/** A parsed XML element. */
interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses XML strictly (well-formedness and namespaces); any error throws. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, v.value])),
      children: [],
      text: '',
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  const addText = (value: string) => {
    const current = stack.at(-1);
    if (current) current.text += value;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

const child = (el: XmlElement, name: string): XmlElement | undefined =>
  el.children.find((c) => c.name === name);
const childText = (el: XmlElement, name: string): string => child(el, name)?.text.trim() ?? '';

/** Every file of the built site, as site-relative paths. */
function builtFiles(): string[] {
  return readdirSync(site.distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site.distDir, `${entry.parentPath}/${entry.name}`));
}

const articleUrl = (slug: string) => `/articoli/${slug}/`;
const slugFromLink = (link: string) => new URL(link).pathname.replace(/^\/articoli\/|\/$/g, '');

// ---------------------------------------------------------------------------------------------

describe('route contract', () => {
  const categorySlugs = Object.values(TERMS.categories);
  const tagSlugs = Object.values(TERMS.tags);
  const authorSlugs = Object.values(TERMS.authors);

  it('builds every route: home pages, articles, listings, indexes, archive, feeds, sitemap, robots, 404', () => {
    // The fixture's shape: three home pages and two pages of the 5G tag.
    expect(PUBLISHED).toHaveLength(26);
    expect(FIVE_G).toBeGreaterThan(12);
    expect(FIVE_G).toBeLessThanOrEqual(24);
    const expected = [
      '/',
      '/pagina/2/',
      '/pagina/3/',
      ...PUBLISHED.map((a) => articleUrl(a.slug)),
      '/categorie/',
      ...categorySlugs.flatMap((slug) => [`/categorie/${slug}/`, `/categorie/${slug}/rss.xml`]),
      '/tag/',
      ...tagSlugs.map((slug) => `/tag/${slug}/`),
      '/tag/5g/pagina/2/',
      '/autori/',
      ...authorSlugs.map((slug) => `/autori/${slug}/`),
      '/archivio/',
      '/archivio/2018/',
      '/archivio/2018/07/',
      '/archivio/2023/10/',
      '/rss.xml',
      '/sitemap-index.xml',
      '/robots.txt',
      '/404.html',
    ];
    expect(expected.filter((path) => !site.exists(fileOf(path)))).toEqual([]);
  });

  it.each([
    ['a fourth home page (26 articles, 12 a page)', '/pagina/4/'],
    ['a page 1 alias of the home page', '/pagina/1/'],
    ['a third page of the 5G tag (13 to 24 articles)', '/tag/5g/pagina/3/'],
    ['a second page of a short tag', '/tag/xiaomi/pagina/2/'],
    [
      'a page under the file name of an article with a slug override',
      '/articoli/vecchio-nome-del-file/',
    ],
    ['an archive month without articles', '/archivio/2018/08/'],
  ])('does not build %s', (_, path) => {
    expect(site.exists(fileOf(path))).toBe(false);
  });

  it('gives Italian names ASCII slugs: Realtà aumentata → realta-aumentata, Niccolò Ferrà → niccolo-ferra', () => {
    const tree = page(articleUrl('visori-per-la-realta-aumentata'));
    const author = one(tree, 'a', relIncludes('author'));
    expect(attr(author, 'href')).toBe('/autori/niccolo-ferra/');
    expect(text(author)).toBe('Niccolò Ferrà');
    const tag = one(tree, 'a', relIncludes('tag'));
    expect(attr(tag, 'href')).toBe('/tag/realta-aumentata/');
    expect(text(tag)).toBe('#Realtà aumentata');
    expect(text(one(page('/tag/realta-aumentata/'), 'h1'))).toBe('Tag: Realtà aumentata');
  });

  it('publishes an article with a slug override at its slug, with a matching canonical URL', () => {
    const tree = page('/articoli/nuovo-indirizzo/');
    expect(text(one(tree, 'h1'))).toBe('Un articolo con un indirizzo scelto a mano');
    expect(attr(one(tree, 'link', relIncludes('canonical')), 'href')).toBe(
      `${SITE_URL}/articoli/nuovo-indirizzo/`,
    );
  });

  it('points robots.txt at the sitemap index, which lists every published article and no draft', () => {
    expect(site.read('robots.txt')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
    const index = parseXml(site.read('sitemap-index.xml'));
    expect(index.name).toBe('sitemapindex');
    const sitemaps = index.children.map((s) => childText(s, 'loc'));
    expect(sitemaps.length).toBeGreaterThan(0);
    const entries = sitemaps.flatMap((loc) => {
      expect(loc.startsWith(`${SITE_URL}/`)).toBe(true);
      return parseXml(site.read(new URL(loc).pathname.slice(1))).children;
    });
    const urls = entries.map((u) => childText(u, 'loc'));
    // The search page is noindex; articles say when they last changed.
    expect(urls).not.toContain(`${SITE_URL}/cerca/`);
    for (const article of PUBLISHED) {
      const entry = entries.find(
        (u) => childText(u, 'loc') === `${SITE_URL}${articleUrl(article.slug)}`,
      );
      expect(Date.parse(entry ? childText(entry, 'lastmod') : ''), article.slug).toBeGreaterThan(0);
    }
    expect(urls).toEqual(
      expect.arrayContaining(PUBLISHED.map((a) => `${SITE_URL}${articleUrl(a.slug)}`)),
    );
    expect(urls).toContain(`${SITE_URL}/`);
    expect(urls.filter((url) => url.includes(DRAFT.slug))).toEqual([]);
  });

  it('builds a 404 page that search engines do not index', () => {
    const tree = page('/404.html');
    expect(text(one(tree, 'h1'))).toBe('Pagina non trovata');
    expect(meta(tree, 'robots')).toBe('noindex');
  });
});

describe('dates', () => {
  it.each(PUBLISHED.map((a) => [a.date, a.iso, a.slug] as const))(
    '`date: %s` becomes <time datetime="%s"> in the byline, JSON-LD and Open Graph (%s)',
    (_, iso, slug) => {
      const tree = page(articleUrl(slug));
      const byline = one(tree, 'ul', hasClass('byline'));
      expect(attr(all(byline, 'time')[0] as Element, 'dateTime')).toBe(iso);
      expect(jsonLd(tree)['datePublished']).toBe(iso);
      expect(meta(tree, 'article:published_time')).toBe(iso);
    },
  );

  it.each([
    ['xiaomi-arriva-negli-stati-uniti', '4 luglio 2018', '2018-07-04T00:00:00+02:00'],
    ['linux-compie-trent-anni', '5 gennaio 2021', '2021-01-05T00:00:00+01:00'],
    ['ora-legale-e-server', '29 marzo 2020', '2020-03-29T03:30:00+02:00'],
    ['notizia-breve-11', '10 dicembre 2020', '2020-12-10T00:00:00+01:00'],
    ['visori-per-la-realta-aumentata', '4 luglio 2019', '2019-07-04T10:30:00+02:00'],
  ])('shows %s as "%s" inside <time datetime="%s">', (slug, shown, iso) => {
    const time = all(one(page(articleUrl(slug)), 'ul', hasClass('byline')), 'time')[0] as Element;
    expect(text(time)).toBe(shown);
    expect(attr(time, 'dateTime')).toBe(iso);
  });

  it('shows the update date in the byline and as modified time in Open Graph and JSON-LD', () => {
    const tree = page(articleUrl('xiaomi-aggiorna-il-listino'));
    const updated = one(one(tree, 'ul', hasClass('byline')), 'li', (li) =>
      text(li).startsWith('aggiornato il'),
    );
    expect(text(updated)).toBe('aggiornato il 10 agosto 2018');
    expect(attr(one(updated, 'time'), 'dateTime')).toBe('2018-08-10T09:00:00+02:00');
    expect(meta(tree, 'article:modified_time')).toBe('2018-08-10T09:00:00+02:00');
    expect(jsonLd(tree)['dateModified']).toBe('2018-08-10T09:00:00+02:00');
    const plain = page(articleUrl('xiaomi-arriva-negli-stati-uniti'));
    expect(
      all(one(plain, 'ul', hasClass('byline')), 'li', (li) => text(li).startsWith('aggiornato')),
    ).toEqual([]);
    expect(meta(plain, 'article:modified_time')).toBeUndefined();
  });

  it('files articles in the archive by their month in Rome, newest first', () => {
    expect(cardSlugs(page('/archivio/2018/07/'))).toEqual([
      'xiaomi-aggiorna-il-listino',
      'xiaomi-arriva-negli-stati-uniti',
    ]);
    expect(text(one(page('/archivio/2018/07/'), 'h1'))).toBe('Archivio: luglio 2018');
    // 2020-06-01T12:00:00Z is 14:00 in Rome, still 1 June.
    expect(cardSlugs(page('/archivio/2020/06/'))).toEqual(['notizia-breve-10']);
    const perYear = new Map<string, number>();
    for (const a of PUBLISHED_NEWEST_FIRST)
      perYear.set(a.iso.slice(0, 4), (perYear.get(a.iso.slice(0, 4)) ?? 0) + 1);
    const years = all(page('/archivio/'), 'div', hasClass('section-head')).map(
      (head) => `${text(one(head, 'h2'))} ${text(one(head, 'span'))}`,
    );
    expect(years).toEqual([...perYear].map(([year, count]) => `${year} ${count} articoli`));
  });
});

describe('drafts', () => {
  it('leaves the draft out of every page, feed, sitemap and search index file', () => {
    const textFiles = builtFiles().filter(
      (file) => /\.(html|xml|txt|json)$/.test(file) || file === '_redirects',
    );
    expect(textFiles.length).toBeGreaterThan(PUBLISHED.length);
    const leaks = textFiles.filter((file) => {
      const content = site.read(file);
      return (
        content.includes(DRAFT.slug) ||
        content.includes(DRAFT.title) ||
        content.includes('non deve comparire')
      );
    });
    expect(leaks).toEqual([]);
    expect(builtFiles().filter((file) => file.includes(DRAFT.slug))).toEqual([]);
  });

  it('publishes no draft even when the shell exports NODE_ENV=development or DEV=1', () => {
    const small = buildSite(
      writeFixture({
        'articles/pubblicato.md': articleFile({ title: 'Pubblicato', date: '04 Luglio 2018' }),
        'articles/in-lavorazione.md': articleFile({
          title: 'In lavorazione',
          date: '05 Luglio 2018',
          draft: 'true',
        }),
      }),
      { env: { NODE_ENV: 'development', DEV: '1' } },
    );
    try {
      expect(small.status, small.stderr).toBe(0);
      expect(small.exists('articoli/pubblicato/index.html')).toBe(true);
      expect(small.exists('articoli/in-lavorazione/index.html')).toBe(false);
      expect(small.read('rss.xml')).not.toContain('in-lavorazione');
    } finally {
      rmSync(small.root, { recursive: true, force: true });
    }
  });

  it('does not count the draft in its tags', () => {
    expect(DRAFT.tags).toContain('5G');
    const item = one(page('/tag/'), 'li', (li) => text(li).startsWith('5G '));
    const latest = PUBLISHED_NEWEST_FIRST.find((a) => a.tags.includes('5G'));
    expect(text(item)).toMatch(
      new RegExp(`^5G \\(${FIVE_G} articoli\\) ?Ultimo: ${latest?.title ?? ''}, `),
    );
  });
});

describe('listings and pagination', () => {
  it('lists all articles newest first across the home pages', () => {
    const slugs = [
      ...frontStreamSlugs(page('/')),
      ...['/pagina/2/', '/pagina/3/'].flatMap((path) => cardSlugs(page(path))),
    ];
    expect(slugs).toEqual(PUBLISHED_NEWEST_FIRST.map((a) => a.slug));
  });

  it.each([
    ['/', 12, 'Pagina 1 di 3', undefined, '/pagina/2/'],
    ['/pagina/2/', 12, 'Pagina 2 di 3', '/', '/pagina/3/'],
    ['/pagina/3/', 2, 'Pagina 3 di 3', '/pagina/2/', undefined],
    ['/tag/5g/', 12, 'Pagina 1 di 2', undefined, '/tag/5g/pagina/2/'],
    ['/tag/5g/pagina/2/', FIVE_G - 12, 'Pagina 2 di 2', '/tag/5g/', undefined],
  ])('%s shows %i cards, "%s", rel=prev %s and rel=next %s', (path, cards, label, prev, next) => {
    const tree = page(path);
    expect(path === '/' ? frontStreamSlugs(tree) : cardSlugs(tree)).toHaveLength(cards);
    const nav = one(tree, 'nav', hasClass('pagination'));
    expect(text(nav)).toContain(label);
    expect(all(nav, 'a', relIncludes('prev')).map((a) => attr(a, 'href'))).toEqual(
      prev ? [prev] : [],
    );
    expect(all(nav, 'a', relIncludes('next')).map((a) => attr(a, 'href'))).toEqual(
      next ? [next] : [],
    );
  });

  it('numbers pages past the first in the title and heading', () => {
    const tree = page('/tag/5g/pagina/2/');
    expect(text(one(tree, 'title'))).toBe('Tag: 5G – pagina 2 | Rotativa');
    expect(text(one(tree, 'h1'))).toBe('Tag: 5G – pagina 2');
  });

  it('has no pagination on a listing that fits one page', () => {
    const tree = page('/categorie/scienza/');
    expect(all(tree, 'nav', hasClass('pagination'))).toEqual([]);
    const expected = PUBLISHED_NEWEST_FIRST.filter((a) => a.category === 'Scienza').map(
      (a) => a.slug,
    );
    expect(cardSlugs(tree)).toEqual(expected);
  });

  it('lists the articles without an author under Redazione', () => {
    expect(cardSlugs(page('/autori/redazione/'))).toEqual(['comunicato-della-redazione']);
    const author = one(page(articleUrl('comunicato-della-redazione')), 'a', relIncludes('author'));
    expect([text(author), attr(author, 'href')]).toEqual(['Redazione', '/autori/redazione/']);
    expect(jsonLd(page(articleUrl('comunicato-della-redazione')))['author']).toEqual([
      { '@type': 'Person', name: 'Redazione', url: `${SITE_URL}/autori/redazione/` },
    ]);
  });
});

describe('head of every page', () => {
  const htmlFiles = () => builtFiles().filter((file) => file.endsWith('.html'));

  it('declares Italian, a title, a description, a canonical URL (none on noindex pages) and the RSS feed on every page', () => {
    const missing = htmlFiles().flatMap((file) => {
      const tree = fromHtml(site.read(file));
      const html = one(tree, 'html');
      const problems = [
        attr(html, 'lang') === 'it' ? '' : 'lang',
        text(one(tree, 'title')).endsWith('Rotativa') ? '' : 'title',
        meta(tree, 'description') ? '' : 'description',
        all(tree, 'link', relIncludes('canonical')).length ===
        (meta(tree, 'robots') === 'noindex' ? 0 : 1)
          ? ''
          : 'canonical',
        all(tree, 'link', (l) => relIncludes('alternate')(l) && attr(l, 'href') === '/rss.xml')
          .length === 1
          ? ''
          : 'rss',
      ].filter(Boolean);
      return problems.length ? [`${file}: ${problems.join(', ')}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it('links PNG icons drawn from the SVG favicon on every page, never the SVG itself', () => {
    const links = (file: string) =>
      all(fromHtml(site.read(file)), 'link', (l) => /icon/.test(attr(l, 'rel') ?? ''))
        .map((l) => `${attr(l, 'rel')} ${attr(l, 'href')} ${attr(l, 'type')} ${attr(l, 'sizes')}`)
        .sort();
    const expected = [
      'apple-touch-icon /apple-touch-icon.png image/png 180x180',
      'icon /favicon-32.png image/png 32x32',
    ];
    const wrong = htmlFiles().filter((file) => links(file).join('\n') !== expected.join('\n'));
    expect(wrong).toEqual([]);
    const icon = PNG.sync.read(readFileSync(join(site.distDir, 'favicon-32.png')));
    const touch = PNG.sync.read(readFileSync(join(site.distDir, 'apple-touch-icon.png')));
    expect([icon.width, icon.height, touch.width, touch.height]).toEqual([32, 32, 180, 180]);
    const alphaAt = (png: PNG, x: number, y: number) => png.data[(y * png.width + x) * 4 + 3];
    // The tab's icon keeps the drawing's rounded corners; the home-screen one has no transparency.
    expect([alphaAt(icon, 0, 0), alphaAt(icon, 16, 16)]).toEqual([0, 255]);
    expect([alphaAt(touch, 0, 0), alphaAt(touch, 179, 179)]).toEqual([255, 255]);
  });

  it('gives an article its title, description, canonical URL, Open Graph and Twitter card', () => {
    const slug = 'xiaomi-arriva-negli-stati-uniti';
    const tree = page(articleUrl(slug));
    const url = `${SITE_URL}${articleUrl(slug)}`;
    const description = 'Il produttore cinese annuncia lo sbarco nel mercato nordamericano.';
    expect(text(one(tree, 'title'))).toBe('Xiaomi arriva negli Stati Uniti | Rotativa');
    expect(text(one(tree, 'p', hasClass('article__lead')))).toBe(description);
    expect(attr(one(tree, 'link', relIncludes('canonical')), 'href')).toBe(url);
    expect({
      description: meta(tree, 'description'),
      'og:type': meta(tree, 'og:type'),
      'og:title': meta(tree, 'og:title'),
      'og:description': meta(tree, 'og:description'),
      'og:url': meta(tree, 'og:url'),
      'og:locale': meta(tree, 'og:locale'),
      'article:published_time': meta(tree, 'article:published_time'),
      'twitter:card': meta(tree, 'twitter:card'),
      'twitter:title': meta(tree, 'twitter:title'),
      'twitter:description': meta(tree, 'twitter:description'),
    }).toEqual({
      description,
      'og:type': 'article',
      'og:title': 'Xiaomi arriva negli Stati Uniti',
      'og:description': description,
      'og:url': url,
      'og:locale': 'it_IT',
      'article:published_time': '2018-07-04T00:00:00+02:00',
      'twitter:card': 'summary_large_image',
      'twitter:title': 'Xiaomi arriva negli Stati Uniti',
      'twitter:description': description,
    });
  });

  it('gives every article without a cover a generated 1200×630 share image, absolute in Open Graph, Twitter and JSON-LD', () => {
    for (const article of PUBLISHED) {
      const tree = page(articleUrl(article.slug));
      const image = `${SITE_URL}/condivisione/${article.slug}.png`;
      expect(meta(tree, 'og:image'), article.slug).toBe(image);
      expect(meta(tree, 'twitter:image')).toBe(image);
      expect(meta(tree, 'og:image:alt')).toBe(text(one(tree, 'h1')));
      expect(jsonLd(tree)['image']).toEqual([image]);
      const png = PNG.sync.read(
        readFileSync(join(site.distDir, `condivisione/${article.slug}.png`)),
      );
      expect([png.width, png.height]).toEqual([1200, 630]);
    }
    expect(site.exists(`condivisione/${DRAFT.slug}.png`)).toBe(false);
  });

  it('falls back to an excerpt of the first paragraph, at most 160 characters, cut at a word', () => {
    const article = fixtureArticle('la-mappa-del-5g-in-italia');
    const paragraph = article.body.split('\n\n')[0] as string;
    const tree = page(articleUrl(article.slug));
    const description = meta(tree, 'description') ?? '';
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.length).toBeGreaterThan(100);
    expect(description.endsWith('…')).toBe(true);
    const kept = description.slice(0, -1);
    expect(paragraph.startsWith(kept)).toBe(true);
    expect(paragraph[kept.length]).toMatch(/[\s,;:.]/);
    expect(meta(tree, 'og:description')).toBe(description);
    // The excerpt is the first paragraph: it is not repeated as a lead above the body.
    expect(all(tree, 'p', hasClass('article__lead'))).toEqual([]);
  });

  it('advertises a category feed on the category page', () => {
    const feeds = all(page('/categorie/smartphone/'), 'link', relIncludes('alternate')).map((l) =>
      attr(l, 'href'),
    );
    expect(feeds).toEqual(['/rss.xml', '/categorie/smartphone/rss.xml']);
  });

  it('gives a listing og:type website and no article times', () => {
    const tree = page('/');
    expect(meta(tree, 'og:type')).toBe('website');
    expect(meta(tree, 'article:published_time')).toBeUndefined();
    expect(all(tree, 'script', withAttr('type', 'application/ld+json'))).toEqual([]);
  });
});

describe('structured data', () => {
  it('describes every article as a NewsArticle with headline, dates and author', () => {
    for (const article of PUBLISHED) {
      const ld = jsonLd(page(articleUrl(article.slug)));
      expect(ld['@type'], article.slug).toBe('NewsArticle');
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['headline']).toBe(text(one(page(articleUrl(article.slug)), 'h1')));
      expect(ld['datePublished']).toBe(article.iso);
      expect(ld['url']).toBe(`${SITE_URL}${articleUrl(article.slug)}`);
      const [author] = ld['author'] as { name: string }[];
      expect(author?.name).toBe(article.author ?? 'Redazione');
    }
  });
});

describe('feeds', () => {
  const RFC_822 =
    /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

  function feedItems(path: string): XmlElement[] {
    const rss = parseXml(site.read(path.slice(1)));
    expect(rss.name).toBe('rss');
    expect(rss.attributes['version']).toBe('2.0');
    const channel = child(rss, 'channel');
    if (!channel) throw new Error(`${path} has no channel`);
    expect(childText(channel, 'title')).toMatch(/^Rotativa/);
    expect(childText(channel, 'language')).toBe('it-it');
    return channel.children.filter((c) => c.name === 'item');
  }

  it('publishes the main feed as valid RSS, newest first, with full dates and descriptions', () => {
    const items = feedItems('/rss.xml');
    expect(items.length).toBeLessThanOrEqual(50);
    expect(items.map((i) => slugFromLink(childText(i, 'link')))).toEqual(
      PUBLISHED_NEWEST_FIRST.map((a) => a.slug),
    );
    for (const item of items) {
      const article = fixtureArticle(slugFromLink(childText(item, 'link')));
      expect(childText(item, 'pubDate')).toMatch(RFC_822);
      expect(Date.parse(childText(item, 'pubDate')), article.slug).toBe(Date.parse(article.iso));
      expect(childText(item, 'description')).not.toBe('');
      expect(childText(item, 'title')).not.toBe('');
      expect(childText(item, 'link')).toBe(`${SITE_URL}${articleUrl(article.slug)}`);
    }
  });

  it("names each item's author in dc:creator, not in RSS 2.0's e-mail <author>", () => {
    for (const item of feedItems('/rss.xml')) {
      const article = fixtureArticle(slugFromLink(childText(item, 'link')));
      expect(childText(item, 'dc:creator')).toBe(article.author ?? 'Redazione');
      expect(item.children.some((c) => c.name === 'author')).toBe(false);
    }
  });

  it.each(['/rss.xml', '/tag/xiaomi/rss.xml', '/autori/giulia-ferri/rss.xml'])(
    'carries the full text of each item of %s in content:encoded, every address absolute',
    (path) => {
      for (const item of feedItems(path)) {
        const html = childText(item, 'content:encoded');
        const body = one(
          page(new URL(childText(item, 'link')).pathname),
          'div',
          hasClass('article__body'),
        );
        expect(text(fromHtml(html, { fragment: true }))).toBe(
          text(body).replaceAll('#Link a questa sezione', ''),
        );
        expect(html).not.toMatch(/\s(?:href|src|srcset)="(?!https?:)/);
      }
    },
  );

  it.each([
    ['/tag/xiaomi/rss.xml', (a: { tags: string[] }) => a.tags.includes('Xiaomi')],
    ['/autori/giulia-ferri/rss.xml', (a: { author?: string }) => a.author === 'Giulia Ferri'],
  ])('publishes the term feed %s', (path, belongs) => {
    const expected = PUBLISHED_NEWEST_FIRST.filter(belongs).map((a) => a.slug);
    expect(expected.length).toBeGreaterThan(0);
    expect(feedItems(path).map((i) => slugFromLink(childText(i, 'link')))).toEqual(expected);
  });

  it.each(Object.entries(TERMS.categories))(
    'publishes a feed of the %s category only',
    (name, slug) => {
      const items = feedItems(`/categorie/${slug}/rss.xml`);
      const expected = PUBLISHED_NEWEST_FIRST.filter((a) => a.category === name).map((a) => a.slug);
      expect(items.map((i) => slugFromLink(childText(i, 'link')))).toEqual(expected);
    },
  );
});

describe('article page', () => {
  it('shows the reading time from the word count, and a table of contents on a long article', () => {
    const tree = page(articleUrl('la-mappa-del-5g-in-italia'));
    const words = Number(jsonLd(tree)['wordCount']);
    expect(words).toBeGreaterThan(600);
    const minutes = Math.round(words / 200);
    expect(minutes).toBeGreaterThanOrEqual(3);
    expect(text(one(tree, 'ul', hasClass('byline')))).toContain(`${minutes} min di lettura`);
    const toc = one(tree, 'nav', hasClass('toc'));
    const targets = all(toc, 'a').map((a) => attr(a, 'href'));
    expect(targets).toEqual(['#la-rete', '#le-frequenze', '#i-prezzi', '#che-cosa-aspettarsi']);
    const body = one(tree, 'div', hasClass('article__body'));
    expect(all(body, 'h2').map((h) => `#${attr(h, 'id')}`)).toEqual(targets);
  });

  it.each(['xiaomi-arriva-negli-stati-uniti', 'come-verificare-una-iso'])(
    'shows no table of contents and "1 min di lettura" on the short %s',
    (slug) => {
      const tree = page(articleUrl(slug));
      expect(all(tree, 'nav', hasClass('toc'))).toEqual([]);
      expect(text(one(tree, 'ul', hasClass('byline')))).toContain('1 min di lettura');
    },
  );

  it('links 3 to 5 related articles, the one sharing a tag and the category first', () => {
    const section = one(
      page(articleUrl('xiaomi-arriva-negli-stati-uniti')),
      'section',
      hasClass('related'),
    );
    const related = cardSlugs(section, 'h3');
    expect(related.length).toBeGreaterThanOrEqual(3);
    expect(related.length).toBeLessThanOrEqual(5);
    expect(related[0]).toBe('xiaomi-aggiorna-il-listino');
    expect(related).not.toContain('xiaomi-arriva-negli-stati-uniti');
    expect(new Set(related).size).toBe(related.length);
    expect(related.filter((slug) => !PUBLISHED.some((a) => a.slug === slug))).toEqual([]);
  });

  it.each([
    ['xiaomi-arriva-negli-stati-uniti', 'notizia-breve-01', 'xiaomi-aggiorna-il-listino'],
    [PUBLISHED_NEWEST_FIRST.at(-1)?.slug as string, undefined, PUBLISHED_NEWEST_FIRST.at(-2)?.slug],
    [PUBLISHED_NEWEST_FIRST[0]?.slug as string, PUBLISHED_NEWEST_FIRST[1]?.slug, undefined],
  ])('links %s to the previous (%s) and next (%s) article in time', (slug, prev, next) => {
    const nav = one(page(articleUrl(slug)), 'nav', hasClass('prev-next'));
    expect(all(nav, 'a', relIncludes('prev')).map((a) => attr(a, 'href'))).toEqual(
      prev ? [articleUrl(prev)] : [],
    );
    expect(all(nav, 'a', relIncludes('next')).map((a) => attr(a, 'href'))).toEqual(
      next ? [articleUrl(next)] : [],
    );
  });

  it('renders the Markdown pipeline: heading anchors, Shiki, GFM table and footnote, safe external link, Italian quotes', () => {
    const body = one(page(articleUrl('come-verificare-una-iso')), 'div', hasClass('article__body'));
    const heading = one(body, 'h2', withAttr('id', 'verificare-l-immagine-scaricata'));
    expect(attr(one(heading, 'a', hasClass('heading-anchor')), 'href')).toBe(
      '#verificare-l-immagine-scaricata',
    );
    expect(text(body)).toContain('Un’introduzione con «virgolette dritte» e l’apostrofo');
    const pre = one(body, 'pre');
    expect(attr(pre, 'className')).toMatch(/^astro-code\b/);
    expect(attr(pre, 'dataLanguage')).toBe('bash');
    expect(text(pre)).toBe('sha256sum --check SHA256SUMS');
    const table = one(body, 'table');
    expect(all(table, 'th').map(text)).toEqual(['Distribuzione', 'Dimensione']);
    expect(all(table, 'td').map(text)).toEqual(['Debian', '650 MB', 'Fedora', '2,1 GB']);
    const ref = one(body, 'a', (a) => attr(a, 'dataFootnoteRef') !== undefined);
    const note = one(body, 'li', withAttr('id', (attr(ref, 'href') ?? '').slice(1)));
    expect(text(note)).toContain('Con la chiave pubblica del progetto.');
    expect(text(one(body, 'section', hasClass('footnotes')))).toMatch(/^Note/);
    const external = one(body, 'a', withAttr('href', 'https://www.debian.org/CD/verify'));
    expect((attr(external, 'rel') ?? '').split(' ').sort()).toEqual([
      'external',
      'noopener',
      'noreferrer',
    ]);
    expect(attr(external, 'target')).toBe('_blank');
  });

  it('uses Italian typography in the title', () => {
    const tree = page(articleUrl('perche-l-ia-e-ovunque'));
    expect(text(one(tree, 'h1'))).toBe('Perché l’IA è ovunque');
    expect(text(one(tree, 'title'))).toBe('Perché l’IA è ovunque | Rotativa');
  });

  it('counts published comments in the byline, the comments heading and the card', () => {
    const slug = 'xiaomi-arriva-negli-stati-uniti';
    const tree = page(articleUrl(slug));
    const count = one(
      one(tree, 'ul', hasClass('byline')),
      'a',
      withAttr('href', `${articleUrl(slug)}#commenti`),
    );
    expect(text(count)).toBe('2 commenti');
    expect(text(one(one(tree, 'section', withAttr('id', 'commenti')), 'h2'))).toBe('Commenti (2)');
    const card = one(
      page('/tag/xiaomi/'),
      'article',
      (a) => all(a, 'a', withAttr('href', articleUrl(slug))).length > 0,
    );
    expect(text(one(card, 'p', hasClass('card__meta')))).toContain('2 commenti');
    const quiet = one(page(articleUrl('linux-compie-trent-anni')), 'ul', hasClass('byline'));
    expect(text(quiet)).toContain('Nessun commento');
  });

  it('ships no JavaScript on article pages (JSON-LD only)', () => {
    const scripts = PUBLISHED.flatMap((a) =>
      all(page(articleUrl(a.slug)), 'script')
        .filter((s) => attr(s, 'type') !== 'application/ld+json')
        .map(() => a.slug),
    );
    expect(scripts).toEqual([]);
    for (const a of PUBLISHED) {
      expect(site.read(fileOf(articleUrl(a.slug))).match(/<script\b/g)).toHaveLength(1);
    }
  });
});
