/**
 * Two builds of the same content give byte-identical files, whatever the folder they run in and
 * whether the content-layer cache is cold or warm (CI restores it between deploys): a CDN then
 * only invalidates what changed.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, writeFixture, type BuiltSite } from '../helpers/build-site';
import { differences, listFiles } from '../helpers/compare-builds';
import { newsroomSiteFiles } from '../fixtures/sites/newsroom';

/** The newsroom fixture plus what it lacks for this test: a cover image (hashed and resized) and an alias. */
function files(): Record<string, string | Buffer> {
  return {
    ...newsroomSiteFiles(),
    'articles/images/grafico.png': readFileSync(
      join(PROJECT_ROOT, 'tests/fixtures/check/clean/articles/images/grafico.png'),
    ),
    'articles/con-copertina.md': [
      '---',
      'title: Un articolo con la copertina',
      'date: 04 Luglio 2018 10:30',
      'category: Scienza',
      'cover:',
      '  src: ./images/grafico.png',
      '  alt: Un grafico a barre rosse',
      'aliases: [/2018/07/04/copertina.html]',
      '---',
      '',
      'Testo con ![il grafico](./images/grafico.png) e un [link](/articoli/con-copertina/).',
      '',
    ].join('\n'),
  };
}

function build(root: string): BuiltSite {
  const site = buildSite(root);
  if (site.status !== 0) throw new Error(`fixture build failed:\n${site.stdout}\n${site.stderr}`);
  return site;
}

let first: BuiltSite;
let second: BuiltSite;
let firstFiles: Map<string, Buffer>;

beforeAll(() => {
  first = build(writeFixture(files()));
  second = build(writeFixture(files()));
  firstFiles = new Map(
    listFiles(first.distDir).map((file) => [file, readFileSync(join(first.distDir, file))]),
  );
});

afterAll(() => {
  for (const site of [first, second]) if (site) rmSync(site.root, { recursive: true, force: true });
});

describe('deterministic builds', () => {
  it('builds a site with pages, images, a search index and redirects', () => {
    const files = [...firstFiles.keys()];
    expect(files).toContain('articoli/con-copertina/index.html');
    expect(files.some((file) => file.startsWith('_astro/grafico.'))).toBe(true);
    expect(files.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect(files).toContain('2018/07/04/copertina.html');
  });

  it('gives the same bytes in two folders, each with a cold cache', () => {
    expect(differences(first, second)).toEqual([]);
  });

  it('gives the same bytes again when rebuilt with the warm content-layer and page caches', () => {
    const again = build(first.root);
    // Unchanged pages are kept in place (linked from the previous dist/), not rendered again.
    expect(again.stdout).toContain('(cached)');
    const changed = listFiles(again.distDir).filter(
      (file) => !firstFiles.get(file)?.equals(readFileSync(join(again.distDir, file))),
    );
    expect(changed).toEqual([]);
    expect(listFiles(again.distDir)).toEqual([...firstFiles.keys()]);
  });
});
