/**
 * A 10,000-comment discussion through the production build: it is split into static pages under
 * the budget, every published comment is on exactly one page, every link to a comment lands on
 * the page that holds it, the pages link to each other and stay out of search engines' indexes,
 * and an incremental rebuild after editing one comment publishes what a cold build does.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_PAGE_BYTES } from '../../src/lib/comments/paginate';
import type { Comment } from '../../src/schemas/comments';
import { article, buildSite, writeFixture, type BuiltSite } from '../helpers/build-site';
import { differences, listFiles } from '../helpers/compare-builds';

const SLUG = 'discussione-infinita';
const BASE = `/articoli/${SLUG}/`;

/**
 * 10,000 comments: 400 threads of growing size, a 2,000-reply chain, long bodies, deleted and
 * spam comments with replies.
 */
function discussion(): Comment[] {
  const comments: Comment[] = [];
  const at = (n: number) => new Date(Date.UTC(2019, 0, 1) + n * 60_000).toISOString();
  for (let t = 0; comments.length < 8_000; t += 1) {
    const root = `t${t}`;
    comments.push({
      id: root,
      parent: null,
      author: `Lettore ${t}`,
      date: at(comments.length),
      body:
        t % 37 === 0 ? `Un lungo intervento. ${'Parole su parole. '.repeat(500)}` : `Apro ${t}.`,
      ...(t % 50 === 3 ? { status: 'deleted' as const } : {}),
    });
    for (let r = 0; r < t % 40 && comments.length < 8_000; r += 1)
      comments.push({
        id: `${root}-r${r}`,
        parent: r % 4 === 3 ? `${root}-r${r - 1}` : root,
        author: `Replica ${r}`,
        date: at(comments.length),
        body: r === 5 ? 'Visita https://example.com/pagina?x=1&y=<2>' : `Rispondo a ${root}, ${r}.`,
        ...(r === 7 ? { status: 'spam' as const } : {}),
      });
  }
  for (let i = 0; i < 2_000; i += 1)
    comments.push({
      id: `catena-${i}`,
      parent: i === 0 ? null : `catena-${i - 1}`,
      author: 'Polemico',
      date: at(comments.length),
      body: `Anello ${i} della catena.`,
    });
  return comments;
}

const COMMENTS = discussion();
const PUBLISHED = new Set(COMMENTS.filter((c) => c.status === undefined).map((c) => c.id));
/** A comment near the end, edited between builds. */
const EDITED = 'catena-1500';

const snapshotFile = (comments: Comment[]) =>
  `${JSON.stringify({ version: 1, article: SLUG, source: 'legacy', comments })}\n`;

const files = (comments: Comment[]) => ({
  [`articles/${SLUG}.md`]: article(
    { title: 'Una discussione infinita', date: '04 Luglio 2018', author: 'Redazione' },
    'Il testo breve di una notizia molto commentata.',
  ),
  'articles/notizia-tranquilla.md': article({
    title: 'Una notizia tranquilla',
    date: '05 Luglio 2018',
  }),
  [`comments/${SLUG}.json`]: snapshotFile(comments),
});

const edited = () =>
  COMMENTS.map((c) =>
    c.id === EDITED ? { ...c, body: 'Anello modificato dopo la prima build.' } : c,
  );

function built(root: string): BuiltSite {
  const site = buildSite(root);
  if (site.status !== 0) throw new Error(`fixture build failed:\n${site.stdout}\n${site.stderr}`);
  return site;
}

const roots: string[] = [];
let site: BuiltSite;
let first: BuiltSite;
let cold: BuiltSite;
/** Built HTML of the discussion, by path: the article, then the comment pages. */
const pages = new Map<string, string>();

const pageFile = (path: string) => `${path.slice(1)}index.html`;

beforeAll(() => {
  const root = writeFixture(files(COMMENTS));
  roots.push(root);
  first = built(root);
  for (const file of listFiles(first.distDir))
    if (file.startsWith(`articoli/${SLUG}/`) && file.endsWith('.html'))
      pages.set(`/${file.replace(/index\.html$/, '')}`, first.read(file));
  writeFileSync(join(root, 'content/comments', `${SLUG}.json`), snapshotFile(edited()));
  site = built(root);
  const coldRoot = writeFixture(files(edited()));
  roots.push(coldRoot);
  cold = built(coldRoot);
});

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** The comments section of a page. */
const section = (html: string) => /<section id="commenti"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
const ids = (html: string) => [...html.matchAll(/ id="commento-([^"]+)"/g)].map((m) => m[1] ?? '');

describe('a 10,000-comment discussion', () => {
  it('is split into the article and numbered comment pages, none missing', () => {
    const paths = [...pages.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    expect(paths[0]).toBe(BASE);
    const numbers = paths.slice(1).map((p) => Number(/commenti\/(\d+)\/$/.exec(p)?.[1]));
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 2));
    expect(numbers.length).toBeGreaterThan(20);
  });

  it('keeps the comments of every page under the budget', () => {
    for (const html of pages.values()) {
      expect(Buffer.byteLength(section(html))).toBeLessThanOrEqual(COMMENT_PAGE_BYTES);
      expect(Buffer.byteLength(html)).toBeLessThan(COMMENT_PAGE_BYTES + 40_000);
    }
  });

  it('shows every published comment on exactly one page, and no spam', () => {
    const shown = [...pages.values()].flatMap(ids);
    expect(new Set(shown).size).toBe(shown.length);
    const published = shown.filter((id) => PUBLISHED.has(id));
    expect(published.length).toBe(PUBLISHED.size);
    expect(shown.some((id) => id.startsWith('t') && id.endsWith('-r7'))).toBe(false);
  });

  it('lands every link to a comment on the page that holds it', () => {
    const where = new Map<string, string>();
    for (const [path, html] of pages) for (const id of ids(html)) where.set(id, path);
    let links = 0;
    for (const [path, html] of pages)
      for (const [, href] of html.matchAll(/href="([^"]*#commento-[^"]*)"/g)) {
        const url = new URL(href ?? '', `https://x.test${path}`);
        const id = decodeURIComponent(url.hash.slice('#commento-'.length));
        expect(where.get(id), `${href} on ${path}`).toBe(url.pathname);
        links += 1;
      }
    expect(links).toBeGreaterThan(PUBLISHED.size);
    expect([...pages.values()].some((html) => html.includes('in risposta al #'))).toBe(true);
  });

  it('links the pages to each other, previous and next included', () => {
    for (const [path, html] of pages) {
      const nav = /<nav class="comment-pages"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      const targets = [...nav.matchAll(/href="([^"]+)"/g)].map(
        (m) => new URL(m[1] ?? '', `https://x.test${path}`).pathname,
      );
      for (const target of targets) expect(pages.has(target), target).toBe(true);
      expect(nav).toContain('aria-current="page"');
      if (path !== BASE) expect(nav).toMatch(/rel="prev"/);
    }
    expect(section(pages.get(BASE) ?? '')).toMatch(
      /href="\/articoli\/discussione-infinita\/commenti\/2\/" rel="next"/,
    );
  });

  it('indexes the article only: comment pages are noindex and outside the sitemap', () => {
    for (const [path, html] of pages) {
      if (path === BASE) {
        expect(html).toContain(`<link rel="canonical" href="https://`);
        expect(html).not.toContain('noindex');
      } else {
        expect(html).toContain('<meta name="robots" content="noindex">');
        expect(html).not.toContain('rel="canonical"');
      }
    }
    const sitemap = listFiles(first.distDir)
      .filter((f) => f.startsWith('sitemap'))
      .map((f) => first.read(f))
      .join('\n');
    expect(sitemap).toContain(BASE);
    expect(sitemap).not.toContain('/commenti/');
  });

  it('ships no JavaScript on any of its pages', () => {
    for (const html of pages.values())
      expect(
        html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, ''),
      ).not.toContain('<script');
  });

  it('leaves a quiet article with no comment pages', () => {
    expect(
      listFiles(first.distDir).filter((f) => f.startsWith('articoli/notizia-tranquilla/')),
    ).toEqual(['articoli/notizia-tranquilla/index.html']);
  });
});

describe('a rebuild after editing one comment', () => {
  it('shows the edit on the page that holds the comment', () => {
    const path = [...pages].find(([, html]) => ids(html).includes(EDITED))?.[0] ?? '';
    expect(site.read(pageFile(path))).toContain('Anello modificato dopo la prima build.');
  });

  it('publishes the same bytes as a cold build of the edited content', () => {
    expect(differences(site, cold)).toEqual([]);
    expect(readFileSync(join(cold.distDir, pageFile(BASE)), 'utf8')).toBe(
      site.read(pageFile(BASE)),
    );
  });
});
