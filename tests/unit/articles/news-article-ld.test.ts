import { describe, expect, it } from 'vitest';
import { newsArticleLd, type NewsArticleInput } from '@/lib/articles/news-article-ld';

const publisher = {
  name: 'Rotativa',
  url: 'https://rotativa.example.it',
  logo: 'https://rotativa.example.it/favicon.svg',
};

const minimal: NewsArticleInput = {
  url: 'https://rotativa.example.it/articoli/xiaomi-usa/',
  title: 'Xiaomi arriva negli Stati Uniti',
  description: 'Il marchio cinese sbarca in Nord America.',
  published: '2018-07-04T10:30:00+02:00',
  author: { name: 'Giulia Ferri', url: 'https://rotativa.example.it/autori/giulia-ferri/' },
  keywords: [],
  publisher,
};

describe('newsArticleLd', () => {
  it('describes a complete article as a schema.org NewsArticle', () => {
    const ld = newsArticleLd({
      ...minimal,
      modified: '2018-07-05T09:00:00+02:00',
      section: 'Smartphone',
      keywords: ['Xiaomi', '5G'],
      image: 'https://rotativa.example.it/_astro/cover.jpg',
      wordCount: 640,
    });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      mainEntityOfPage: { '@type': 'WebPage', '@id': minimal.url },
      url: minimal.url,
      headline: 'Xiaomi arriva negli Stati Uniti',
      description: 'Il marchio cinese sbarca in Nord America.',
      datePublished: '2018-07-04T10:30:00+02:00',
      dateModified: '2018-07-05T09:00:00+02:00',
      inLanguage: 'it-IT',
      author: [{ '@type': 'Person', name: 'Giulia Ferri', url: minimal.author.url }],
      publisher: {
        '@type': 'Organization',
        name: 'Rotativa',
        url: 'https://rotativa.example.it',
        logo: { '@type': 'ImageObject', url: 'https://rotativa.example.it/favicon.svg' },
      },
      articleSection: 'Smartphone',
      keywords: 'Xiaomi, 5G',
      image: ['https://rotativa.example.it/_astro/cover.jpg'],
      wordCount: 640,
    });
  });

  it('leaves out what the article lacks and reports the publication date as the modification', () => {
    const ld = newsArticleLd({ ...minimal, wordCount: 0 });
    expect(ld['dateModified']).toBe(minimal.published);
    for (const key of ['articleSection', 'keywords', 'image', 'wordCount']) {
      expect(ld).not.toHaveProperty(key);
    }
  });

  it('survives JSON serialisation unchanged, as the page embeds it', () => {
    const ld = newsArticleLd(minimal);
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
  });
});
