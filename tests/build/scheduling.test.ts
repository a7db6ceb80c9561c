/**
 * Scheduled publishing on a fixture site with a fixed clock: an article dated tomorrow is absent
 * from everything the build writes, then present in the first build whose clock has passed it.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, buildSite, siteRoot, writeFixture, type BuiltSite } from '../helpers/build-site';

/** The clock of the first build, and one a quarter of an hour past the scheduled article. */
const TONIGHT = '2026-12-03T21:00:00Z';
const TOMORROW_LATER = '2026-12-04T06:15:00Z';

/** Words, names and paths only the scheduled article has. */
const SCHEDULED = {
  slug: 'lancio-sotto-embargo',
  word: 'embarghetto',
  category: 'Lanci',
  tag: 'Anteprime',
  author: 'Ilaria Conti',
  alias: '/2026/12/lancio.html',
};

const FILES = {
  'articles/pubblicato-ieri.md': article(
    {
      title: 'Pubblicato ieri',
      date: '02 Dicembre 2026 10:00',
      author: 'Marco Bianchi',
      category: 'Smartphone',
      tags: '[5G]',
    },
    'Un articolo già uscito, con un link interno che resta valido.',
  ),
  [`articles/${SCHEDULED.slug}.md`]: article(
    {
      title: 'Il lancio sotto embargo',
      date: '04 Dicembre 2026 07:00',
      author: SCHEDULED.author,
      category: SCHEDULED.category,
      tags: `[${SCHEDULED.tag}]`,
      aliases: `["${SCHEDULED.alias}"]`,
    },
    `Il prodotto si chiama ${SCHEDULED.word} e si vede solo dalle sette. Ne parlavamo [ieri](/articoli/pubblicato-ieri/).`,
  ),
};

/** Every text file of the build, by path, with the search fragments unzipped. */
function everyOutput(site: BuiltSite): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(site.distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    const text = entry.name.endsWith('.pf_fragment')
      ? gunzipSync(bytes).toString('utf8')
      : bytes.toString('utf8');
    files.set(path.slice(site.distDir.length + 1), text);
  }
  return files;
}

/** How many pages the search index of a build holds. */
function searchedPages(files: Map<string, string>): number | undefined {
  const entry = JSON.parse(files.get('pagefind/pagefind-entry.json') ?? '{}') as {
    languages?: Record<string, { page_count: number }>;
  };
  return entry.languages?.['it']?.page_count;
}

const mentions = (text: string) =>
  [SCHEDULED.slug, SCHEDULED.word, SCHEDULED.category, SCHEDULED.tag, SCHEDULED.author].filter(
    (needle) => text.includes(needle),
  );

describe('an article scheduled for tomorrow', () => {
  let root: string;
  let before: BuiltSite;
  let after: BuiltSite;
  beforeAll(() => {
    root = writeFixture(FILES, siteRoot('schedule-'));
    before = buildSite(root, { env: { ROTATIVA_NOW: TONIGHT } });
    if (before.status !== 0) throw new Error(`first build failed:\n${before.stderr}`);
    const beforeFiles = everyOutput(before);
    // The second build runs over the first one's output and cache, as the next deploy would.
    after = buildSite(root, { env: { ROTATIVA_NOW: TOMORROW_LATER } });
    if (after.status !== 0) throw new Error(`second build failed:\n${after.stderr}`);
    snapshots = { before: beforeFiles, after: everyOutput(after) };
  });

  let snapshots: { before: Map<string, string>; after: Map<string, string> };

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is built as if it did not exist before its time: no page, card, feed item, sitemap entry, search record, term or redirect', () => {
    const leaks = [...snapshots.before].flatMap(([path, text]) => {
      const found = mentions(`${path}\n${text}`);
      return found.length === 0 ? [] : [`${path}: ${found.join(', ')}`];
    });
    expect(leaks).toEqual([]);
    expect(snapshots.before.get('_redirects')).toBe('');
    expect(snapshots.before.has('2026/12/lancio.html')).toBe(false);
  });

  it('leaves the article published yesterday in every listing', () => {
    const { before: files } = snapshots;
    for (const path of ['index.html', 'rss.xml', 'sitemap-0.xml', 'archivio/2026/12/index.html'])
      expect(files.get(path), path).toContain('pubblicato-ieri');
    expect(files.has('articoli/pubblicato-ieri/index.html')).toBe(true);
    expect(files.has('categorie/smartphone/index.html')).toBe(true);
  });

  it('counts only the published article: search index and archive', () => {
    expect(searchedPages(snapshots.before)).toBe(1);
    const archive = snapshots.before.get('archivio/index.html') ?? '';
    expect(archive).toContain('1 articolo<');
    expect(archive).not.toMatch(/[2-9] articoli/);
  });

  it('counts it once its time has passed', () => {
    expect(searchedPages(snapshots.after)).toBe(2);
    expect(snapshots.after.get('archivio/index.html')).toContain('2 articoli<');
    const terms = {
      'categorie/index.html': SCHEDULED.category,
      'tag/index.html': SCHEDULED.tag,
      'autori/index.html': SCHEDULED.author,
    };
    for (const [path, name] of Object.entries(terms))
      expect(snapshots.after.get(path), path).toMatch(new RegExp(`${name}[^(]*\\(1 articolo\\)`));
  });

  it('prints when the next scheduled article comes out, in Rome time', () => {
    expect(before.stdout).toContain(
      '1 articolo programmato; il prossimo esce il 4 dicembre 2026, 07:00',
    );
    expect(after.stdout).toContain('nessun articolo programmato');
  });

  it('is everywhere in the first build after its time', () => {
    const { after: files } = snapshots;
    const page = files.get(`articoli/${SCHEDULED.slug}/index.html`) ?? '';
    expect(page).toContain(SCHEDULED.word);
    for (const path of [
      'index.html',
      'rss.xml',
      'sitemap-0.xml',
      'archivio/2026/12/index.html',
      'categorie/lanci/index.html',
      'categorie/lanci/rss.xml',
      'tag/anteprime/index.html',
      'autori/ilaria-conti/index.html',
    ])
      expect(files.get(path), path).toContain(SCHEDULED.slug);
    expect(files.get('_redirects')).toBe(`${SCHEDULED.alias} /articoli/${SCHEDULED.slug}/ 301\n`);
    expect(files.has('2026/12/lancio.html')).toBe(true);
    const fragments = [...files].filter(([path]) => path.endsWith('.pf_fragment'));
    expect(fragments.some(([, text]) => text.includes(SCHEDULED.word))).toBe(true);
  });
});
