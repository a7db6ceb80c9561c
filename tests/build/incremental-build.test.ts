/**
 * Rebuilds reuse the pages whose content did not change (Astro's incremental build, keyed by
 * `pageCacheKey`), and what they publish is exactly what a cold build of the same content
 * publishes: a restored page can never show a stale body, comment, card or neighbour, and a
 * deleted or renamed article leaves nothing behind. One site goes through an edit, a deletion
 * and a rename, rebuilt after each with the caches of the build before.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, writeFixture, type BuiltSite } from '../helpers/build-site';
import { differences } from '../helpers/compare-builds';
import { newsroomSiteFiles } from '../fixtures/sites/newsroom';

const EDITED_ARTICLE = 'articles/linux-compie-trent-anni.md';
const EDITED_SNAPSHOT = 'comments/xiaomi-arriva-negli-stati-uniti.json';
/**
 * The 2021 article gains `nordamericani`, a form the 2018 article (`nordamericano`, whose stem
 * the plural's does not begin) then takes from the archive: its year's search shard changes too.
 */
const ADDED_PARAGRAPH = 'Aggiornamento: la festa si terrà online, anche per i nordamericani.';
const EDITED_COMMENT = 'Finalmente, era ora. (modificato)';

function build(root: string): BuiltSite {
  const site = buildSite(root);
  if (site.status !== 0) throw new Error(`fixture build failed:\n${site.stdout}\n${site.stderr}`);
  return site;
}

/**
 * The pages a build copied from its cache instead of rendering, as output paths. Read entry by
 * entry, not line by line: with pages rendered in parallel (the render pool), Astro starts the
 * next entry before the previous one's timing ends its line. Astro colours its log even through
 * a pipe when CI is set.
 */
const restoredPages = (site: BuiltSite): string[] =>
  stripVTControlCharacters(site.stdout)
    .split('├─ ')
    .slice(1)
    .flatMap((entry) => /^(\S+) \((?:restored|cached)\)/.exec(entry)?.[1] ?? []);

/** An article edit and a comment edit, as an editor would commit them. */
function edit(contentDir: string): void {
  appendFileSync(join(contentDir, EDITED_ARTICLE), `\n${ADDED_PARAGRAPH}\n`);
  const path = join(contentDir, EDITED_SNAPSHOT);
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as { comments: { body?: string }[] };
  const [first] = snapshot.comments;
  if (first) first.body = EDITED_COMMENT;
  writeFileSync(path, `${JSON.stringify(snapshot, null, 2)}\n`);
}

/** An article deleted, as an editor would remove it. */
const DELETED_ARTICLE = 'articles/chip-di-nuova-generazione.md';
/** An article renamed: its file name is its slug, so its address changes. */
const RENAMED = { from: 'articles/ora-legale-e-server.md', to: 'articles/server-e-ora-legale.md' };

function deleteArticle(contentDir: string): void {
  rmSync(join(contentDir, DELETED_ARTICLE));
}

function renameArticle(contentDir: string): void {
  renameSync(join(contentDir, RENAMED.from), join(contentDir, RENAMED.to));
}

/** A copy of a build's output, which the next build of the same site would replace. */
function kept(site: BuiltSite, name: string): BuiltSite {
  const distDir = join(site.root, name);
  cpSync(site.distDir, distDir, { recursive: true });
  return {
    ...site,
    distDir,
    read: (path) => readFileSync(join(distDir, path), 'utf8'),
    exists: (path) => existsSync(join(distDir, path)),
  };
}

/** A comment moderated, and no article touched. */
const MODERATED_COMMENT = 'Commento rivisto dalla redazione.';

function moderateComment(contentDir: string): void {
  const path = join(contentDir, EDITED_SNAPSHOT);
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as { comments: { body?: string }[] };
  const [first] = snapshot.comments;
  if (first) first.body = MODERATED_COMMENT;
  writeFileSync(path, `${JSON.stringify(snapshot, null, 2)}\n`);
}

/** Each step of an editor's day, applied to the site built before it. */
const STEPS = [edit, deleteArticle, renameArticle, moderateComment];

/** Builds of one long-lived site after each step, and cold builds of the same content. */
const rebuilt: BuiltSite[] = [];
const cold: BuiltSite[] = [];
const roots: string[] = [];

beforeAll(() => {
  const root = writeFixture(newsroomSiteFiles());
  roots.push(root);
  build(root);
  STEPS.forEach((step, i) => {
    step(join(root, 'content'));
    rebuilt.push(kept(build(root), `dist-${i}`));
    const coldRoot = writeFixture(newsroomSiteFiles());
    roots.push(coldRoot);
    for (const earlier of STEPS.slice(0, i + 1)) earlier(join(coldRoot, 'content'));
    cold.push(build(coldRoot));
  });
});

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('a rebuild after editing one article and one comment', () => {
  it('copies the unaffected pages from the cache', () => {
    const restored = restoredPages(rebuilt[0] as BuiltSite);
    expect(restored.length).toBeGreaterThan(10);
    expect(restored.join('\n')).toContain('/articoli/visori-per-la-realta-aumentata/index.html');
    expect(restoredPages(cold[0] as BuiltSite)).toEqual([]);
  });

  it('renders again the edited article, the commented one and the pages that list them', () => {
    const site = rebuilt[0] as BuiltSite;
    const restored = restoredPages(site).join('\n');
    expect(restored).not.toContain('/articoli/linux-compie-trent-anni/index.html');
    expect(restored).not.toContain('/articoli/xiaomi-arriva-negli-stati-uniti/index.html');
    expect(restored).not.toMatch(/\/categorie\/informatica\/index\.html/);
    expect(site.read('articoli/linux-compie-trent-anni/index.html')).toContain(ADDED_PARAGRAPH);
    expect(site.read('articoli/xiaomi-arriva-negli-stati-uniti/index.html')).toContain(
      EDITED_COMMENT,
    );
  });

  it('rewrites the search shard of the edit and the one whose forms it changed', () => {
    expect((rebuilt[0] as BuiltSite).stdout).toMatch(
      /indice di ricerca: \d+ articoli in \d+ parti \(2 scritte/,
    );
  });

  it('publishes the same bytes as a cold build of the edited content', () => {
    expect(differences(rebuilt[0] as BuiltSite, cold[0] as BuiltSite)).toEqual([]);
  });
});

describe('a rebuild after deleting an article', () => {
  it('removes its page and publishes the same bytes as a cold build', () => {
    const site = rebuilt[1] as BuiltSite;
    expect(site.exists('articoli/chip-di-nuova-generazione/index.html')).toBe(false);
    expect(restoredPages(site).length).toBeGreaterThan(10);
    expect(differences(site, cold[1] as BuiltSite)).toEqual([]);
  });
});

describe('a rebuild after renaming an article', () => {
  it('moves its page to the new address and publishes the same bytes as a cold build', () => {
    const site = rebuilt[2] as BuiltSite;
    expect(site.exists('articoli/ora-legale-e-server/index.html')).toBe(false);
    expect(site.read('articoli/server-e-ora-legale/index.html')).toContain(
      'L’ora legale manda in crisi i server',
    );
    expect(restoredPages(site).length).toBeGreaterThan(10);
    expect(differences(site, cold[2] as BuiltSite)).toEqual([]);
  });
});

describe('a rebuild after moderating a comment', () => {
  it('copies the feeds, whose articles did not change, and publishes the same bytes as a cold build', () => {
    const site = rebuilt[3] as BuiltSite;
    const restored = restoredPages(site);
    expect(restored).toContain('/rss.xml');
    expect(site.read('articoli/xiaomi-arriva-negli-stati-uniti/index.html')).toContain(
      MODERATED_COMMENT,
    );
    expect(differences(site, cold[3] as BuiltSite)).toEqual([]);
  });
});
