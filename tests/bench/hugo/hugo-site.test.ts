import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus/corpus';
import { CORPUS_SHAPES } from '../../../bench/corpus/shapes';
import { HUGO_SITE_FILES, hugoArticle, hugoContent } from '../../../bench/hugo/hugo-site';
import type { CommentSnapshot } from '../../../src/schemas/comments';
import { SITE } from '../../../src/site.config';

const corpus = [
  ...generateCorpus({
    articles: 40,
    seed: 5,
    timeZone: SITE.timeZone,
    shape: CORPUS_SHAPES['flat-heavy'],
  }),
];
const pages = [...hugoContent(corpus)];
const frontOf = (text: string) =>
  JSON.parse(text.slice(0, text.indexOf('\n}\n') + 2)) as {
    title: string;
    slug: string;
    date: string;
    autori: string[];
    categorie: string[];
    tag: string[];
    commenti: { id: string; autore: string; testo: string }[];
  };

describe('hugoContent', () => {
  it('writes one page per article, at the slug Rotativa publishes it under', () => {
    const articles = corpus.filter((file) => file.path.endsWith('.md'));
    expect(pages).toHaveLength(articles.length);
    for (const [i, page] of pages.entries()) {
      const slug = /([^/]+)\.md$/.exec(articles[i]?.path ?? '')?.[1];
      expect(page.path).toBe(`content/articoli/${slug}.md`);
      expect(frontOf(page.text).slug).toBe(slug);
    }
  });

  it('keeps the Markdown body as it is', () => {
    const article = corpus.find((file) => file.path.endsWith('.md'));
    const body = article?.text.slice(article.text.indexOf('\n---\n') + 5) ?? '';
    expect(pages[0]?.text.endsWith(body)).toBe(true);
  });

  it('carries the published comments of the snapshot, and only those', () => {
    const snapshots = corpus
      .filter((file) => file.path.endsWith('.json'))
      .map((file) => JSON.parse(file.text) as CommentSnapshot);
    const published = snapshots.flatMap((snapshot) =>
      snapshot.comments.filter((comment) => (comment.status ?? 'published') === 'published'),
    );
    const listed = pages.flatMap((page) => frontOf(page.text).commenti);
    expect(listed).toHaveLength(published.length);
    expect(listed.map((comment) => comment.testo)).toEqual(published.map((c) => c.body));
  });
});

describe('hugoArticle', () => {
  it('maps the front matter onto Hugo dates and taxonomies', () => {
    const page = hugoArticle(
      {
        path: 'articles/2018/xiaomi-usa.md',
        text: '---\ntitle: "Xiaomi arriva negli USA"\ndate: 04 Luglio 2018 10:30\nauthor: Giulia Ferri\ncategory: Smartphone\ntags: [Android, 5G]\n---\n\nTesto.\n',
      },
      undefined,
    );
    expect(page.path).toBe('content/articoli/xiaomi-usa.md');
    expect(frontOf(page.text)).toMatchObject({
      title: 'Xiaomi arriva negli USA',
      slug: 'xiaomi-usa',
      date: '2018-07-04T08:30:00.000Z',
      autori: ['Giulia Ferri'],
      categorie: ['Smartphone'],
      tag: ['Android', '5G'],
      commenti: [],
    });
  });

  it('refuses an article the build would refuse', () => {
    expect(() =>
      hugoArticle({ path: 'articles/x.md', text: '---\ntitle: X\n---\n\nTesto.\n' }, undefined),
    ).toThrow(/articles\/x\.md/);
  });
});

describe('HUGO_SITE_FILES', () => {
  it('lists comments in the article layout and indexes article bodies only', () => {
    const single = HUGO_SITE_FILES.find((file) => file.path.endsWith('single.html'))?.text;
    expect(single).toContain('data-pagefind-body');
    expect(single).toContain('markdownify');
  });
});
