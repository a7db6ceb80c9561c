import {
  markdownConfigDefaults,
  type MarkdownRenderResult,
  parseFrontmatter,
  unified,
} from '@astrojs/markdown-remark';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus/corpus';
import { markdownOptions } from '@/plugins/index';
import { pooledUnified, type PooledMarkdownRenderer } from '@/plugins/pooled-unified';
import { markdownOptions as failingOptions } from '../../fixtures/pooled-unified/failing-options';

const root = new URL('../../../', import.meta.url);
const pluginsModule = new URL('src/plugins/index.ts', root);

interface Article {
  name: string;
  body: string;
  frontmatter: Record<string, unknown>;
  fileURL: URL;
}

/** An article as Astro's glob loader hands it to the renderer: trimmed body, raw frontmatter. */
function article(name: string, source: string, fileURL: URL): Article {
  const { content, frontmatter } = parseFrontmatter(source);
  return { name, body: content.trim(), frontmatter, fileURL };
}

function realArticles(): Article[] {
  const dir = new URL('tests/fixtures/markdown/newsroom/', root);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md') && !path.split('/').some((part) => part.startsWith('_')))
    .map((path) => article(path, readFileSync(new URL(path, dir), 'utf8'), new URL(path, dir)));
}

function syntheticArticles(count: number): Article[] {
  return [...generateCorpus({ articles: count, seed: 42, timeZone: 'Europe/Rome' })]
    .filter((file) => file.path.endsWith('.md'))
    .map((file) => article(file.path, file.text, new URL(file.path, 'file:///corpus/')));
}

function renderAll(renderer: { render: PooledMarkdownRenderer['render'] }, articles: Article[]) {
  return Promise.all(
    articles.map(({ body, frontmatter, fileURL }) =>
      renderer.render(body, { frontmatter: structuredClone(frontmatter), fileURL }),
    ),
  );
}

describe('pooledUnified', () => {
  const articles = [...realArticles(), ...syntheticArticles(100)];
  let pooled: PooledMarkdownRenderer;
  let expected: MarkdownRenderResult[];
  let actual: MarkdownRenderResult[];

  beforeAll(async () => {
    const local = await unified(markdownOptions).createRenderer(markdownConfigDefaults);
    expected = await renderAll(local, articles);
    const processor = pooledUnified(markdownOptions, {
      optionsModule: pluginsModule,
      workers: 2,
      startAfter: 0,
    });
    pooled = await processor.createRenderer(markdownConfigDefaults);
    actual = await renderAll(pooled, articles);
  }, 120_000);

  afterAll(() => pooled.close());

  it('renders the newsroom fixture articles and 100 synthetic ones', () => {
    expect(articles.filter((a) => a.name.startsWith('articles/'))).toHaveLength(100);
    expect(articles.length).toBeGreaterThan(100);
  });

  it('renders every article in the workers', () => {
    expect(pooled.stats()).toEqual({ inProcess: 0, inWorkers: articles.length });
  });

  it('gives byte-identical HTML and equal metadata to unified()', () => {
    for (const [i, { name }] of articles.entries()) {
      expect(actual[i]?.code, name).toBe(expected[i]?.code);
      expect(actual[i]?.metadata, name).toEqual(expected[i]?.metadata);
    }
  });

  it('writes the plugins’ frontmatter into the caller’s object, as unified() does', async () => {
    const frontmatter = { title: 'Prova' };
    const { metadata } = await pooled.render('Due parole.', { frontmatter });
    expect(metadata.frontmatter).toBe(frontmatter);
    expect(frontmatter).toMatchObject({
      title: 'Prova',
      readingTime: expect.any(Number) as unknown,
    });
  });

  it('keeps unified()’s name and options, so Astro sees a unified processor', () => {
    const processor = pooledUnified(markdownOptions, { optionsModule: pluginsModule });
    expect(processor.name).toBe('unified');
    expect(processor.options).toEqual(unified(markdownOptions).options);
  });
});

describe('pooledUnified, warmed', () => {
  it('sends renders to the workers from the first one, waiting for them to start', async () => {
    const pooled = await pooledUnified(markdownOptions, {
      optionsModule: pluginsModule,
      workers: 1,
      startAfter: 50,
    }).createRenderer(markdownConfigDefaults);
    try {
      pooled.warm();
      const renders = ['Uno.', 'Due.', 'Tre.'].map((body) => pooled.render(body));
      const html = (await Promise.all(renders)).map(({ code }) => code);
      expect(html).toEqual(['<p>Uno.</p>', '<p>Due.</p>', '<p>Tre.</p>']);
      expect(pooled.stats()).toEqual({ inProcess: 0, inWorkers: 3 });
    } finally {
      await pooled.close();
    }
  });
});

describe('pooledUnified, when a render fails', () => {
  const optionsModule = new URL('tests/fixtures/pooled-unified/failing-options.ts', root);
  const fileURL = new URL('file:///content/articles/rotto.md');

  it('rejects with the message unified() throws, naming the file, and keeps serving', async () => {
    const local = await unified(failingOptions).createRenderer(markdownConfigDefaults);
    const localError = await local.render('BOOM', { fileURL }).catch((error: Error) => error);
    expect(localError).toBeInstanceOf(Error);
    expect((localError as Error).message).toContain('/content/articles/rotto.md');

    const pooled = await pooledUnified(failingOptions, {
      optionsModule,
      workers: 1,
      startAfter: 0,
    }).createRenderer(markdownConfigDefaults);
    try {
      await expect(pooled.render('BOOM', { fileURL })).rejects.toThrow(
        (localError as Error).message,
      );
      await expect(pooled.render('Tutto bene.', { fileURL })).resolves.toMatchObject({
        code: '<p>Tutto bene.</p>',
      });
      expect(pooled.stats()).toEqual({ inProcess: 0, inWorkers: 1 });
    } finally {
      await pooled.close();
    }
  }, 60_000);

  it('renders in-process when the workers cannot start', async () => {
    const optionsModule = new URL('tests/fixtures/pooled-unified/missing.ts', root);
    const pooled = await pooledUnified(markdownOptions, {
      optionsModule,
      workers: 1,
      startAfter: 0,
    }).createRenderer(markdownConfigDefaults);
    try {
      await expect(pooled.render('Ciao.')).resolves.toMatchObject({ code: '<p>Ciao.</p>' });
      expect(pooled.stats()).toEqual({ inProcess: 1, inWorkers: 0 });
    } finally {
      await pooled.close();
    }
  }, 60_000);
});

describe('pooledUnified, at exit', () => {
  it('lets the process exit with its workers never closed', async () => {
    const script = new URL('tests/fixtures/pooled-unified/render-and-exit.ts', root).pathname;
    const tsx = new URL('node_modules/tsx/dist/cli.mjs', root).pathname;
    const { stdout } = await promisify(execFile)(process.execPath, [tsx, script], {
      timeout: 60_000,
    });
    expect(JSON.parse(stdout)).toMatchObject({
      code: '<p>Un «paragrafo».</p>',
      stats: { inWorkers: 1 },
    });
  }, 70_000);
});
