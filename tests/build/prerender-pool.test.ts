/**
 * Pages rendered on the worker pool of `rotativa-prerenderer` are the bytes Astro's own
 * prerenderer writes in the build thread, on a cold build and on an incremental rebuild (whose
 * page cache the workers' render metadata feeds). The fixture is small, so the pool is forced on.
 */
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, writeFixture, type BuiltSite } from '../helpers/build-site';
import { differences } from '../helpers/compare-builds';
import { newsroomSiteFiles } from '../fixtures/sites/newsroom';

const POOL = { ROTATIVA_PRERENDER_MIN_PAGES: '0', ROTATIVA_PRERENDER_WORKERS: '2' };
const IN_PROCESS = { ROTATIVA_PRERENDER_WORKERS: '0' };
const EDITED_ARTICLE = 'articles/linux-compie-trent-anni.md';

/** The newsroom plus an article whose cover and inline image go through Astro's image pipeline. */
function files(): Record<string, string | Buffer> {
  return {
    ...newsroomSiteFiles(),
    'articles/images/barre.png': readFileSync(
      join(PROJECT_ROOT, 'tests/fixtures/check/clean/articles/images/grafico.png'),
    ),
    'articles/barre-rosse.md': [
      '---',
      'title: Le barre rosse del trimestre',
      'date: 12 Marzo 2021 09:15',
      'category: Scienza',
      'cover:',
      '  src: ./images/barre.png',
      '  alt: Barre rosse su fondo bianco',
      '---',
      '',
      'Il trimestre in un’immagine: ![le barre](./images/barre.png).',
      '',
    ].join('\n'),
  };
}

function build(root: string, env: Record<string, string>): BuiltSite {
  const site = buildSite(root, { env });
  if (site.status !== 0) throw new Error(`fixture build failed:\n${site.stdout}\n${site.stderr}`);
  return site;
}

const edit = (site: BuiltSite): void =>
  appendFileSync(join(site.contentDir, EDITED_ARTICLE), '\nAggiornamento delle 18.\n');

let pooled: BuiltSite;
let inProcess: BuiltSite;
const sameBytesCold: string[] = [];

beforeAll(() => {
  pooled = build(writeFixture(files()), POOL);
  inProcess = build(writeFixture(files()), IN_PROCESS);
  sameBytesCold.push(...differences(pooled, inProcess));
});

afterAll(() => {
  for (const site of [pooled, inProcess])
    if (site) rmSync(site.root, { recursive: true, force: true });
});

describe('the worker pool of rotativa-prerenderer', () => {
  it('renders the pages on worker threads when asked to', () => {
    expect(pooled.stdout).toMatch(/\d+ pagine su 2 worker thread/);
    expect(inProcess.stdout).not.toContain('worker thread');
    expect(pooled.exists('articoli/barre-rosse/index.html')).toBe(true);
  });

  it('writes the same bytes as the build thread, optimised images included', () => {
    expect(sameBytesCold).toEqual([]);
  });

  // Two builds writing the one shared map at once race on its temporary file, and one fails.
  it("keeps each site's image map in its own cache folder, not in the project's .astro/", () => {
    const shared = join(PROJECT_ROOT, '.astro/content-assets.mjs');
    for (const site of [pooled, inProcess]) {
      const siteName = basename(site.root);
      expect(readFileSync(join(site.root, '.cache/content-assets.mjs'), 'utf8')).toContain(
        siteName,
      );
      expect(readFileSync(shared, 'utf8')).not.toContain(siteName);
    }
  });

  // The two sites build in turn, as concurrent fixture builds do: each rebuild must read the
  // image map of its own content, not the one the other site's build left in `.astro/`.
  it('feeds the incremental build: a rebuild after an edit keeps pages and matches', () => {
    edit(pooled);
    edit(inProcess);
    const pooledAgain = build(pooled.root, POOL);
    const inProcessAgain = build(inProcess.root, IN_PROCESS);
    expect(pooledAgain.stdout).toMatch(/\d+ pagine su 2 worker thread/);
    expect(pooledAgain.stdout).toContain('(cached)');
    expect(pooledAgain.read('articoli/linux-compie-trent-anni/index.html')).toContain(
      'Aggiornamento delle 18.',
    );
    expect(differences(pooledAgain, inProcessAgain)).toEqual([]);
  });
});
