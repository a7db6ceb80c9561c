/**
 * What only an article's own page shows, read from the page records the content loaders wrote
 * under the cache folder (`src/lib/content/page-records.ts`): its rendered body and its pages of
 * comments.
 * Kept out of Astro's data store, they are read one page at a time instead of being bundled.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { render, type CollectionEntry } from 'astro:content';
import { resolve } from 'node:path';
import { CACHE_DIR } from '../cache-dir';
import { readRecord } from '../lib/content/page-records';
import { PICTURE_FORMATS } from '../lib/articles/image-formats';
import { withPictureSources } from '../lib/articles/picture-sources';
import type { CommentPageRecord } from '../lib/comments/page-record';
import { getCommentEntries } from './articles';

const cacheDir = resolve(CACHE_DIR);

/** An article's body, ready for the page. */
export interface ArticleBody {
  /** The rendered body, with Astro's optimised `<img>` for the images it links. */
  Content: Awaited<ReturnType<typeof render>>['Content'];
  headings: MarkdownHeading[];
  readingTime: number;
  wordCount: number;
}

/**
 * Renders an article's body from its page record. Astro's `render()` receives the entry with the
 * record's HTML, as if the store held it, so body images are resolved and optimised as before,
 * in AVIF and WebP.
 */
export async function renderArticleBody(entry: CollectionEntry<'articles'>): Promise<ArticleBody> {
  const { html, headings, imagePaths, readingTime, wordCount } = await readRecord(
    cacheDir,
    'bodies',
    entry.data.bodyKey,
  );
  const { Content } = await render({
    ...entry,
    rendered: {
      html: imagePaths.length > 0 ? withPictureSources(html, PICTURE_FORMATS) : html,
      metadata: { imagePaths },
    },
  });
  return { Content, headings, readingTime, wordCount };
}

/** Page `page` of the comments of the article `slug`; undefined when it has no snapshot. */
export async function getCommentPage(
  slug: string,
  page: number,
): Promise<CommentPageRecord | undefined> {
  const entry = (await getCommentEntries()).get(slug);
  if (entry === undefined) return undefined;
  return readRecord(cacheDir, 'comments', `${entry.data.threadKey}-${page}`);
}
