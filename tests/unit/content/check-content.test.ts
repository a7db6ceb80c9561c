import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content';
import { formatContentProblem } from '../../../src/lib/errors';

const OPTIONS = {
  siteUrl: 'https://rotativa.example.it',
  perPage: 12,
  timeZone: 'Europe/Rome',
  publicDir: 'public',
  fileExists: () => true,
  now: new Date('2026-12-03T21:00:00Z'),
  declared: { categories: ['Smartphone', 'Scienza'], authors: ['Giulia Ferri', 'Redazione'] },
};

const articleSource = (slug: string, lines: string[]) => ({
  file: `content/articles/${slug}.md`,
  entry: `${slug}.md`,
  source: `---\ntitle: Titolo\ndate: 04 Luglio 2018\n${lines.join('\n')}\n---\n\nTesto.\n`,
});

const check = (...articles: ReturnType<typeof articleSource>[]) =>
  checkContent({ articles, comments: [], publicFiles: [] }, OPTIONS);

describe('checkContent: declared categories and authors', () => {
  it('refuses a near miss of a declared name, suggesting it, on the line of the field', () => {
    const report = check(articleSource('a', ['category: Smarphone', 'author: Giulia Feri']));
    expect(report.problems.map(formatContentProblem)).toEqual([
      'content/articles/a.md:4: category: "Smarphone" non è una categoria dichiarata: forse "Smartphone"?',
      'content/articles/a.md:5: author: "Giulia Feri" non è un autore dichiarato: forse "Giulia Ferri"?',
    ]);
  });

  it('reports a near miss in the same run as an invalid date', () => {
    const report = check({
      file: 'content/articles/a.md',
      entry: 'a.md',
      source: '---\ntitle: Titolo\ndate: 04 Dicebre 2026\ncategory: "Smarphone"\n---\n\nTesto.\n',
    });
    expect(report.problems.map((p) => `${p.line}: ${p.field}`)).toEqual(['3: date', '4: category']);
    expect(report.problems[1]?.message).toBe('non è una categoria dichiarata: forse "Smartphone"?');
  });

  it('leaves an invalid name to its own problem', () => {
    const report = check({
      file: 'content/articles/a.md',
      entry: 'a.md',
      source: '---\ntitle: Titolo\ndate: 04 Dicebre 2026\ncategory: "日本"\n---\n\nTesto.\n',
    });
    expect(report.problems.map((p) => `${p.line}: ${p.field}`)).toEqual(['3: date', '4: category']);
    expect(report.warnings).toEqual([]);
  });

  it('builds a new name with a warning, and says nothing of declared ones', () => {
    const report = check(
      articleSource('a', ['category: Videogiochi', 'author: Ospite Illustre']),
      articleSource('b', ['category: smartphone']),
    );
    expect(report.problems).toEqual([]);
    expect(report.warnings.map((w) => `${w.line}: ${w.field}`)).toEqual(['4: category', '5: author']);
    expect(report.warnings[0]?.message).toContain('è una categoria nuova');
  });
});
