/**
 * Bodies the content pass starts rendering: a big enough site renders them on warmed workers
 * while the pass goes on, a small one leaves them to the loader, and no body is rendered twice.
 */
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasRecord } from '@/lib/content/page-records';
import { bodyKey, bodyRecord, startBodyRender } from '@/loaders/body-renders';
import { contentDigests } from '@/loaders/content-digests';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A project whose renderer counts its renders and whether it was warmed. */
function project() {
  const folder = mkdtempSync(join(tmpdir(), 'body-renders-'));
  folders.push(folder);
  const rendered: string[] = [];
  const warm = vi.fn();
  const renderer: MarkdownRenderer & { warm(): void } = {
    warm,
    render: (content) => {
      rendered.push(content);
      return Promise.resolve({
        code: `<p>${content}</p>`,
        metadata: {
          headings: [],
          localImagePaths: [],
          remoteImagePaths: [],
          frontmatter: { readingTime: 1, wordCount: 2, excerpt: content },
        },
      });
    },
  };
  const config = {
    root: pathToFileURL(`${folder}/`),
    srcDir: new URL('../../../src/', import.meta.url),
    cacheDir: pathToFileURL(`${folder}/cache/`),
    markdown: {
      processor: { name: 'prova', options: {}, createRenderer: () => Promise.resolve(renderer) },
    },
    image: {},
  } as unknown as AstroConfig;
  const cacheDir = join(folder, 'cache');
  return { config, cacheDir, rendered, warm };
}

const article = (n: number) => ({
  file: `content/articles/a-${n}.md`,
  frontmatter: { title: `Articolo ${n}` },
  body: `\nCorpo ${n}.\n`,
});
const source = (n: number) => `---\ntitle: Articolo ${n}\n---\nCorpo ${n}.\n`;

describe('startBodyRender', () => {
  it('renders the bodies of a big site on warmed workers, once each', async () => {
    const { config, cacheDir, rendered, warm } = project();
    for (let n = 0; n < 60; n++) startBodyRender(config, article(n), source(n));
    const { pipeline } = await contentDigests(config);
    const keys = Array.from({ length: 60 }, (_, n) => bodyKey(pipeline, source(n)));
    await vi.waitFor(() =>
      expect(keys.every((key) => hasRecord(cacheDir, 'bodies', key))).toBe(true),
    );
    expect(warm).toHaveBeenCalledOnce();
    expect(await bodyRecord(config, article(7), keys[7] ?? '')).toEqual({
      imagePaths: [],
      excerpt: 'Corpo 7.',
    });
    expect(rendered).toHaveLength(60);
    expect(new Set(rendered).size).toBe(60);
    expect(rendered[0]).toBe('Corpo 0.');
  });

  it('leaves the bodies of a small site to the loader', async () => {
    const { config, cacheDir, rendered, warm } = project();
    for (let n = 0; n < 10; n++) startBodyRender(config, article(n), source(n));
    const { pipeline } = await contentDigests(config);
    const key = bodyKey(pipeline, source(3));
    await new Promise((turn) => setImmediate(turn));
    expect(rendered).toEqual([]);
    expect(await bodyRecord(config, article(3), key)).toEqual({
      imagePaths: [],
      excerpt: 'Corpo 3.',
    });
    expect(hasRecord(cacheDir, 'bodies', key)).toBe(true);
    expect(rendered).toEqual(['Corpo 3.']);
    expect(warm).not.toHaveBeenCalled();
  });
});
