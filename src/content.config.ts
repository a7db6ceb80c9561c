import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { createArticleEntrySchema } from './schemas/article';
import { CONTENT_DIR } from './content-dir';
import { articlesLoader } from './loaders/articles-loader';
import { commentsLoader } from './loaders/comments-loader';

const articles = defineCollection({
  loader: articlesLoader({ contentDir: CONTENT_DIR }),
  // The front-matter schema `npm run check` validates with, plus what the loader adds.
  schema: ({ image }) => createArticleEntrySchema(image()),
});

const comments = defineCollection({
  loader: commentsLoader({ contentDir: CONTENT_DIR }),
  schema: z.object({
    /** Slug of the article. */
    article: z.string(),
    /** Comments a reader sees: what listings show. */
    count: z.number().int(),
    /** Pages the discussion takes, the article's own page first. */
    pages: z.number().int().positive(),
    /** Key of the page records: page `n` is `<threadKey>-<n>`. */
    threadKey: z.string(),
  }),
});

export const collections = { articles, comments };
