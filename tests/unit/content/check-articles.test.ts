import { describe, expect, it } from 'vitest';
import { checkArticles } from '@/lib/content/check-articles';
import { formatContentProblem } from '@/lib/errors';

const source = (entry: string, ...frontmatter: string[]) => ({
  file: `content/articles/${entry}`,
  entry,
  source: ['---', ...frontmatter, '---', 'Corpo.'].join('\n'),
});

describe('checkArticles', () => {
  it('validates every article, in input order, and finds no problem in good content', () => {
    const { articles, problems } = checkArticles([
      source('xiaomi-usa.md', 'title: Xiaomi', 'date: 04 Luglio 2018'),
      source('batterie.md', 'title: Batterie', 'date: 4 lug 2018'),
    ]);
    expect(articles.map((a) => a.slug)).toEqual(['xiaomi-usa', 'batterie']);
    expect(problems).toEqual([]);
  });

  it("lists each article's problems, then every claimant of a shared slug", () => {
    const { problems } = checkArticles([
      source('xiaomi.md', 'title: Xiaomi', 'date: 04 Lugio 2018'),
      source('batterie.md', 'title: Batterie', 'date: 4 lug 2018'),
      source('xiaomi-usa.md', 'title: Xiaomi USA', 'date: 4 lug 2018', 'slug: xiaomi'),
    ]);
    expect(problems.map(formatContentProblem)).toMatchInlineSnapshot(`
      [
        "content/articles/xiaomi.md:3: date: "04 Lugio 2018" non è una data valida: il mese "Lugio" non esiste, forse "Luglio"? (formati accettati: 04 Luglio 2018, 4 lug 2018, 04 Luglio 2018 10:30, 2018-07-04, 2018-07-04T10:30:00+02:00)",
        "content/articles/xiaomi.md: slug: "xiaomi" è usato da più articoli (content/articles/xiaomi-usa.md): rinomina il file o imposta uno slug diverso",
        "content/articles/xiaomi-usa.md:4: slug: "xiaomi" è usato da più articoli (content/articles/xiaomi.md): rinomina il file o imposta uno slug diverso",
      ]
    `);
  });
});
