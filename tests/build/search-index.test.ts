/**
 * The search index of a small fixture site, built with the production build script and then
 * queried in Node through the `pagefind.js` the build wrote (served on loopback, as a browser
 * would fetch it), with the older years' shard merged: language, shards, filters, metadata that
 * matches the article pages, sort, stemming, and what must stay out of it.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, buildSite, writeFixture, type BuiltSite } from '../helpers/build-site';
import { serveStatic, type RunningServer } from '../helpers/static-server';
import type { PagefindApi, PagefindResultData } from '../../src/lib/search/pagefind-api';

/** Words that appear only in a comment, in a draft, or in the page chrome around articles. */
const COMMENT_ONLY = 'zqxwvortilo';
const DRAFT_ONLY = 'bozzolino';
const CHROME_ONLY = ['rotativa', 'archivio', 'lettura', 'commento', 'precedente', 'correlati'];

const SODIO = '/articoli/batterie-al-sodio-per-la-casa/';
const PIEGHEVOLI = '/articoli/pieghevoli-alla-prova/';

const FILES = {
  'articles/batterie-al-sodio-per-la-casa.md': article(
    {
      title: 'Batterie al sodio per la casa',
      date: '05 Novembre 2023 18:40',
      author: 'Anna Verdi',
      category: 'Scienza',
      tags: '[Batterie, Energia]',
      description: 'Accumulo domestico senza litio.',
    },
    'Il mercato delle celle al sodio cresce in fretta. Un impianto fotovoltaico domestico ' +
      'può ora contare su un accumulo più economico e meno sensibile al freddo.',
  ),
  'articles/pieghevoli-alla-prova.md': article(
    {
      title: 'Pieghevoli alla prova',
      date: '12 mar 2021',
      author: 'Marco Neri',
      category: 'Smartphone',
      tags: '[Android, Batterie]',
      description: 'Cerniere e schermi dopo un anno di uso.',
    },
    'Abbiamo aperto e chiuso la cerniera centomila volte. Lo schermo interno regge, la ' +
      'batteria perde il dieci per cento della capacità.',
  ),
  'articles/bozza-nascosta.md': article(
    { title: 'Bozza nascosta', date: '01 Gennaio 2020', draft: 'true' },
    `Un testo non ancora pronto, con la parola ${DRAFT_ONLY}.`,
  ),
  'comments/batterie-al-sodio-per-la-casa.json': JSON.stringify({
    version: 1,
    article: 'batterie-al-sodio-per-la-casa',
    source: 'legacy',
    comments: [{ id: 'c1', parent: null, body: `Che ${COMMENT_ONLY} di articolo!` }],
  }),
};

let site: BuiltSite;
let server: RunningServer;
let pagefind: PagefindApi;

beforeAll(async () => {
  site = buildSite(writeFixture(FILES));
  if (site.status !== 0) throw new Error(`fixture build failed:\n${site.stdout}\n${site.stderr}`);
  server = await serveStatic(site.distDir);
  const entry = pathToFileURL(join(site.distDir, 'pagefind/pagefind.js')).href;
  pagefind = (await import(/* @vite-ignore */ entry)) as PagefindApi;
  await pagefind.options({ basePath: `${server.url}/pagefind/` });
  await pagefind.mergeIndex(`${server.url}/pagefind/anni/2021/`);
});

afterAll(async () => {
  await pagefind?.destroy();
  await server?.close();
  if (site) rmSync(site.root, { recursive: true, force: true });
});

/** Loaded results of a search, best first. */
async function search(
  term: string | null,
  options?: Parameters<PagefindApi['search']>[1],
): Promise<PagefindResultData[]> {
  const response = await pagefind.search(term, options);
  return Promise.all(response.results.map((result) => result.data()));
}

const urls = (results: PagefindResultData[]) =>
  results.map((r) => new URL(r.url, server.url).pathname);

/** The page text Pagefind stored for each indexed page (fragments are gzipped JSON). */
function indexedContents(): string[] {
  return ['pagefind/fragment', 'pagefind/anni/2021/fragment']
    .flatMap((folder) => {
      const dir = join(site.distDir, folder);
      return readdirSync(dir).map((file) => ({ dir, file }));
    })
    .map(({ dir, file }) => {
      const bytes = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      return (JSON.parse(bytes.replace(/^pagefind_dcd/, '')) as { content: string }).content;
    });
}

const pageCounts = (shard: string) =>
  (
    JSON.parse(site.read(`pagefind/${shard}pagefind-entry.json`)) as {
      languages: Record<string, { page_count: number }>;
    }
  ).languages;

describe('the search index', () => {
  it('holds the two recent years in dist/pagefind and each older year apart, in Italian', () => {
    for (const shard of ['', 'anni/2021/']) {
      const languages = pageCounts(shard);
      expect(Object.keys(languages)).toEqual(['it']);
      expect(languages['it']?.page_count).toBe(1);
    }
    expect(site.stdout).toContain('indice di ricerca: 2 articoli in 2 parti (2 scritte');
  });

  it('shows in each result the title, date, summary and URL of its article page', async () => {
    for (const result of await search(null)) {
      const html = site.read(`${new URL(result.url, server.url).pathname.slice(1)}index.html`);
      const text = (pattern: RegExp) => pattern.exec(html)?.[1];
      expect(result.meta['title']).toBe(text(/<h1[^>]*>([^<]*)<\/h1>/));
      expect(result.meta['date']).toBe(text(/<time datetime="[^"]*">([^<]*)<\/time>/));
      expect(result.meta['summary']).toBe(text(/<meta name="description" content="([^"]*)"/));
    }
  });

  it('has the four filters, with every published article’s values', async () => {
    expect(await pagefind.filters()).toEqual({
      categoria: { Scienza: 1, Smartphone: 1 },
      tag: { Android: 1, Batterie: 2, Energia: 1 },
      autore: { 'Anna Verdi': 1, 'Marco Neri': 1 },
      anno: { '2021': 1, '2023': 1 },
    });
  });

  it('stores title, Italian date and category with each result', async () => {
    const [sodio] = await search('fotovoltaico');
    expect(sodio?.meta).toMatchObject({
      title: 'Batterie al sodio per la casa',
      date: '5 novembre 2023',
      category: 'Scienza',
    });
  });

  it('indexes article pages only', async () => {
    expect(urls(await search(null)).sort()).toEqual([SODIO, PIEGHEVOLI].sort());
  });

  it('finds `mercato` when searching `mercati` (Italian stemming)', async () => {
    expect(urls(await search('mercati'))).toEqual([SODIO]);
  });

  it('narrows results with a filter', async () => {
    expect(urls(await search('batterie')).sort()).toEqual([SODIO, PIEGHEVOLI].sort());
    expect(
      urls(await search('batterie', { filters: { categoria: { any: ['Smartphone'] } } })),
    ).toEqual([PIEGHEVOLI]);
  });

  it('sorts newest first across shards (each shard is a span of time, the search page sorts only so)', async () => {
    expect(urls(await search(null, { sort: { date: 'desc' } }))).toEqual([SODIO, PIEGHEVOLI]);
  });

  it('does not contain a word that appears only in a comment', async () => {
    expect(site.read(`${SODIO.slice(1)}index.html`)).toContain(COMMENT_ONLY);
    expect(await search(`"${COMMENT_ONLY}"`)).toEqual([]);
    expect(indexedContents().join('\n')).not.toContain(COMMENT_ONLY);
  });

  it('does not contain drafts', async () => {
    expect(await search(`"${DRAFT_ONLY}"`)).toEqual([]);
  });

  it.each(CHROME_ONLY)(
    'does not contain `%s`, found only in the page around the article',
    async (word) => {
      expect(site.read(`${SODIO.slice(1)}index.html`).toLowerCase()).toContain(word);
      expect(await search(`"${word}"`)).toEqual([]);
      expect(indexedContents().join('\n').toLowerCase()).not.toContain(word);
    },
  );
});

describe('the list of the older shards', () => {
  it('is a file of the bundle: each older shard, newest first, its first month and articles', () => {
    expect(JSON.parse(site.read('pagefind/anni.json'))).toEqual([
      { path: '/pagefind/anni/2021/', from: '2021-03', articles: 1 },
    ]);
  });

  it('is left out of the search page, which says only that there are older shards', () => {
    const element = /<rotativa-search\b[^>]*>/.exec(site.read('cerca/index.html'))?.[0] ?? '';
    expect(element).toContain('data-recent-from="2022-01"');
    expect(element).toMatch(/ data-has-archive[ >]/);
    expect(element).not.toContain('data-archive-shards');
  });
});

describe('scripts', () => {
  const scriptTags = (html: string) => html.match(/<script\b[^>]*>/g) ?? [];

  it('ship no JavaScript with article pages (JSON-LD is data, not code)', () => {
    for (const path of [SODIO, PIEGHEVOLI]) {
      const tags = scriptTags(site.read(`${path.slice(1)}index.html`));
      expect(tags.filter((tag) => !tag.includes('type="application/ld+json"'))).toEqual([]);
    }
  });

  it('load on /cerca/ from one external module, never inline', () => {
    const tags = scriptTags(site.read('cerca/index.html'));
    expect(tags).toHaveLength(1);
    expect(tags[0]).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
  });
});
