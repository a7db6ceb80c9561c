import matter from 'gray-matter';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildArticleFile, readArticleRef } from '../../../src/lib/importers/article-file';
import { articleFrontmatterSchema } from '../../../src/schemas/article';

describe('buildArticleFile', () => {
  const text = buildArticleFile(
    {
      title: 'Xiaomi: arriva negli USA, forse',
      date: '04 Luglio 2018',
      author: 'Redazione',
      category: 'Smartphone',
      tags: ['Xiaomi', 'Stati Uniti'],
      aliases: ['/2018/07/04/xiaomi.html'],
    },
    ['1. Non è una lista', '# Non è un titolo', 'Con *asterischi* e <b>tag</b>'],
  );

  it('writes front-matter the article schema accepts, the date as written', () => {
    const { data } = matter(text);
    expect(data['date']).toBe('04 Luglio 2018');
    expect(articleFrontmatterSchema.safeParse(data).success).toBe(true);
    expect(text.split('\n').slice(0, 3)).toEqual([
      '---',
      "title: 'Xiaomi: arriva negli USA, forse'",
      'date: 04 Luglio 2018',
    ]);
  });

  it('escapes the text so each paragraph renders as written', () => {
    const tree = unified().use(remarkParse).parse(matter(text).content);
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(tree.children.map((node) => toString(node))).toEqual([
      '1. Non è una lista',
      '# Non è un titolo',
      'Con *asterischi* e <b>tag</b>',
    ]);
  });

  it('leaves out empty optional fields', () => {
    const { data } = matter(buildArticleFile({ title: 'T', date: '4 lug 2018', tags: [] }, ['x']));
    expect(Object.keys(data)).toEqual(['title', 'date']);
  });
});

describe('readArticleRef', () => {
  it('reads the slug from the file name and the aliases', () => {
    const text =
      '---\ntitle: X\ndate: 04 Luglio 2018\naliases:\n  - /vecchio.html\n  - ""\n---\nTesto\n';
    expect(readArticleRef('2018/xiaomi-usa.md', text)).toEqual({
      slug: 'xiaomi-usa',
      aliases: ['/vecchio.html'],
    });
  });

  it('prefers a front-matter slug', () => {
    expect(readArticleRef('a.md', '---\ntitle: X\nslug: altro\n---\n')).toEqual({
      slug: 'altro',
      aliases: [],
    });
  });
});
