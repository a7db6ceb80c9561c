/** Inputs of the structured data of one article. */
import { SITE } from '../../site.config';
export interface NewsArticleInput {
  url: string;
  title: string;
  description: string;
  published: string;
  modified?: string | undefined;
  author: { name: string; url: string };
  section?: string | undefined;
  keywords: readonly string[];
  image?: string | undefined;
  wordCount?: number | undefined;
  publisher: { name: string; url: string; logo: string };
}

/**
 * schema.org `NewsArticle` for search engines.
 * @see https://developers.google.com/search/docs/appearance/structured-data/article
 */
export function newsArticleLd(input: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.title,
    description: input.description,
    datePublished: input.published,
    dateModified: input.modified ?? input.published,
    inLanguage: SITE.locale,
    author: [{ '@type': 'Person', name: input.author.name, url: input.author.url }],
    publisher: {
      '@type': 'Organization',
      name: input.publisher.name,
      url: input.publisher.url,
      logo: { '@type': 'ImageObject', url: input.publisher.logo },
    },
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.keywords.length ? { keywords: input.keywords.join(', ') } : {}),
    ...(input.image ? { image: [input.image] } : {}),
    ...(input.wordCount ? { wordCount: input.wordCount } : {}),
  };
}
