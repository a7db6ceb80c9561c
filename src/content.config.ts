import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createArticleSchema } from './schemas/article';
import { articleIdFromEntry } from './lib/articles/article-id';
import { commentSnapshotSchema } from './schemas/comments';
import { CONTENT_DIR } from './content-dir';

const articles = defineCollection({
  // `_`-prefixed files are notes and templates, never published.
  loader: glob({
    pattern: ['**/*.md', '!**/_*', '!**/_*/**'],
    base: `${CONTENT_DIR}/articles`,
    generateId: articleIdFromEntry,
  }),
  schema: ({ image }) => createArticleSchema(image()),
});

const comments = defineCollection({
  loader: glob({ pattern: ['*.json', '!_*'], base: `${CONTENT_DIR}/comments` }),
  schema: commentSnapshotSchema,
});

export const collections = { articles, comments };
