import { describe, expect, it } from 'vitest';
import { isPublished } from '@/lib/articles/published';
import { readContent } from '@/lib/content/read-content';
import { zonedParts } from '@/lib/dates/rome-time';
import { indexableArticles } from '@/lib/search/search-plan';
import { shardLayout } from '@/lib/search/search-shards';
import { articleAdditions } from '@/loaders/article-additions';
import { SITE } from '@/site.config';
import type { ArticleFrontmatter } from '@/schemas/article';

const CLEAN = 'tests/fixtures/check/clean';
const NOW = new Date('2030-01-01T00:00:00Z');

describe('articleAdditions', () => {
  it('keeps the key, and the excerpt only where no description stands in for it', () => {
    const body = '\nPrimo paragrafo.\n\nSecondo paragrafo.\n';
    expect(articleAdditions({ body }, 'k', 'Primo paragrafo.')).toEqual({
      bodyKey: 'k',
      bodyLength: body.length,
      excerpt: 'Primo paragrafo.',
    });
    const data = { description: 'Scritta dalla redazione.' } as ArticleFrontmatter;
    expect(articleAdditions({ body, data }, 'k', 'Primo paragrafo.')).toEqual({
      bodyKey: 'k',
      bodyLength: body.length,
    });
  });

  it('weighs each article as the indexer does, so the search page places the shards as it does', async () => {
    const { articles } = await readContent(CLEAN, { now: NOW });
    // The page's view: the collection's entries, month and body length as `data/articles.ts` has them.
    const page = articles.flatMap(({ slug, data, body }) =>
      data !== undefined && isPublished(data, NOW)
        ? [
            {
              slug,
              ...zonedParts(data.date, SITE.timeZone),
              ...articleAdditions({ data, body }, '', ''),
            },
          ]
        : [],
    );
    const indexer = indexableArticles(articles, NOW, SITE.timeZone);
    expect(page.length).toBeGreaterThan(1);
    const weights = (items: { slug: string; year: number; month: number; bodyLength: number }[]) =>
      items
        .map(({ slug, year, month, bodyLength }) => ({ slug, year, month, bodyLength }))
        .toSorted((a, b) => a.slug.localeCompare(b.slug));
    expect(weights(page)).toEqual(weights(indexer));
    // Limits this small make the text decide the layout.
    const limits = {
      years: 1,
      primary: { articles: 10, bodyLength: 1 },
      archive: { articles: 10, bodyLength: 1 },
    };
    expect(shardLayout(page, limits)).toEqual(shardLayout(indexer, limits));
  });
});
