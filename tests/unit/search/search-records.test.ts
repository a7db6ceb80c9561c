import { describe, expect, it } from 'vitest';
import {
  publicationYear,
  searchRecord,
  type SearchArticle,
} from '../../../src/lib/search/search-records';
import { excerptFromMarkdown } from '../../../src/lib/articles/excerpt';
import { articleFrontmatterSchema } from '../../../src/schemas/article';

const CONTEXT = { timeZone: 'Europe/Rome', language: 'it' };

function article(
  frontmatter: Record<string, unknown>,
  body: string,
  slug = 'ricarica',
): SearchArticle {
  return {
    slug,
    data: articleFrontmatterSchema.parse(frontmatter),
    body,
    excerpt: excerptFromMarkdown(body),
  };
}

describe('searchRecord', () => {
  const record = searchRecord(
    article(
      {
        title: 'Ricarica "rapida"',
        date: '2018-07-03T23:30:00Z',
        author: 'Anna Verdi',
        category: 'Smartphone',
        tags: ['Batterie', 'Android'],
      },
      '## Calore\n\nLa batteria soffre il calore.',
    ),
    CONTEXT,
  );

  it('carries the URL, title, date and summary the article page shows', () => {
    expect(record.url).toBe('/articoli/ricarica/');
    expect(record.meta).toEqual({
      title: 'Ricarica «rapida»',
      date: '4 luglio 2018',
      summary: 'La batteria soffre il calore.',
      category: 'Smartphone',
    });
  });

  it('indexes the title and the body, one sentence per block', () => {
    expect(record.content).toBe('Ricarica «rapida». Calore. La batteria soffre il calore.');
    expect(record.language).toBe('it');
  });

  it('files it under the four filters, the year on the newsroom’s calendar, sorted by instant', () => {
    expect(record.filters).toEqual({
      categoria: ['Smartphone'],
      tag: ['Batterie', 'Android'],
      autore: ['Anna Verdi'],
      anno: ['2018'],
    });
    expect(record.sort).toEqual({ date: '2018-07-03T23:30:00.000Z' });
  });

  it('lists, searched but never shown, the other number of words the stemmer splits', () => {
    const italian = searchRecord(
      article({ title: 'Il mercato italiano', date: '2020-01-01' }, 'Un telefono per tutti.'),
      CONTEXT,
    );
    expect(italian.meta['forms']).toBe('italiani telefoni');
    expect(italian.content).not.toMatch(/italiani|telefoni/);
    // Forms are Italian: another language's record lists none.
    expect(
      searchRecord(article({ title: 'T', date: '2020-01-01' }, 'Un telefono.'), {
        ...CONTEXT,
        language: 'en',
      }).meta['forms'],
    ).toBeUndefined();
  });

  it('puts the author’s description in the content and the summary', () => {
    const withLead = searchRecord(
      article({ title: 'T', date: '2020-01-01', description: 'Un riassunto' }, 'Testo.'),
      CONTEXT,
    );
    expect(withLead.content).toBe('T. Un riassunto. Testo.');
    expect(withLead.meta['summary']).toBe('Un riassunto');
    expect(withLead.filters['categoria']).toBeUndefined();
    expect(withLead.filters['autore']).toEqual(['Redazione']);
  });
});

describe('publicationYear', () => {
  it('counts the year on the newsroom’s calendar, not in UTC', () => {
    expect(publicationYear(new Date('2018-12-31T23:30:00Z'), 'Europe/Rome')).toBe(2019);
    expect(publicationYear(new Date('2018-12-31T22:30:00Z'), 'Europe/Rome')).toBe(2018);
  });
});
