import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ARTICLES_DIR,
  SEARCH_LANGUAGE,
  indexArticlePages,
} from '../../../src/lib/search/index-article-pages';

const page = (body: string) =>
  `<!doctype html><html lang="it"><head><title>t</title></head><body>${body}</body></html>`;

let siteDir = '';

function site(files: Record<string, string>): string {
  siteDir = mkdtempSync(join(tmpdir(), 'rotativa-index-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(join(siteDir, path, '..'), { recursive: true });
    writeFileSync(join(siteDir, path), html);
  }
  return siteDir;
}

afterEach(() => rmSync(siteDir, { recursive: true, force: true }));

describe('indexArticlePages', () => {
  it('reads article pages from the route contract, in the site’s language', () => {
    expect(ARTICLES_DIR).toBe('articoli');
    expect(SEARCH_LANGUAGE).toBe('it');
  });

  it('indexes every article page and nothing else, with the real Pagefind binary', async () => {
    const dir = site({
      'index.html': page('<main data-pagefind-body>Home con batterie</main>'),
      'articoli/uno/index.html': page('<article data-pagefind-body>Batterie al sodio</article>'),
      'articoli/due/index.html': page(
        '<article data-pagefind-body>Smartphone pieghevoli</article>',
      ),
    });
    await expect(indexArticlePages(dir)).resolves.toEqual({
      pageCount: 2,
      outputPath: join(dir, 'pagefind'),
    });
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('fails when an article page lost its data-pagefind-body, instead of dropping it', async () => {
    const dir = site({
      'articoli/uno/index.html': page('<article data-pagefind-body>Batterie al sodio</article>'),
      'articoli/due/index.html': page('<article>Smartphone pieghevoli</article>'),
    });
    await expect(indexArticlePages(dir)).rejects.toThrow(
      'Indice di ricerca incompleto: 1 pagine indicizzate su 2',
    );
  });
});
