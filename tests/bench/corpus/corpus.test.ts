import { describe, expect, it } from 'vitest';
import { generateCorpus, type CorpusFile } from '../../../bench/corpus/corpus';
import { AUTHORS, CATEGORIES, TAGS } from '../../../bench/corpus/corpus-names';
import { validateArticle } from '../../../src/lib/content/validate-article';
import { checkContent } from '../../../src/lib/content/check-content';
import { commentSnapshotSchema, type CommentSnapshot } from '../../../src/schemas/comments';
import { loadCommentSnapshots } from '../../../src/lib/comments/load';
import { SITE } from '../../../src/site.config';
import { CORPUS_SHAPES, type CorpusShape } from '../../../bench/corpus/shapes';

const corpus = (articles: number, seed = 42, shape?: CorpusShape): CorpusFile[] => [
  ...generateCorpus({ articles, seed, timeZone: SITE.timeZone, ...(shape ? { shape } : {}) }),
];

/** `npm run check`'s own checks over a generated content folder. */
const checkCorpus = (list: readonly CorpusFile[]) =>
  checkContent(
    {
      articles: list
        .filter((file) => file.path.endsWith('.md'))
        .map((file) => ({
          file: `content/${file.path}`,
          entry: file.path.replace(/^articles\//, ''),
          source: file.text,
        })),
      comments: list
        .filter((file) => file.path.endsWith('.json'))
        .map((file) => ({ file: `content/${file.path}`, source: file.text })),
      publicFiles: [],
    },
    {
      siteUrl: SITE.url,
      perPage: SITE.perPage,
      timeZone: SITE.timeZone,
      publicDir: 'public',
      fileExists: () => true,
      // Articles span 2016-2025 and their comments follow for months: a clock well after both
      // schedules nothing and dates no comment in the future.
      now: new Date('2030-01-01T00:00:00Z'),
    },
  );

const files = corpus(120);
const articleFiles = files.filter((file) => file.path.endsWith('.md'));
const snapshotFiles = files.filter((file) => file.path.endsWith('.json'));
const validated = articleFiles.map((file) =>
  validateArticle({
    file: `content/${file.path}`,
    entry: file.path.replace(/^articles\//, ''),
    source: file.text,
  }),
);
const snapshots = snapshotFiles.map((file) => JSON.parse(file.text) as CommentSnapshot);
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n') + 5);
const wordsOf = (markdown: string) =>
  markdown
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .filter((line) => !line.startsWith('## '))
    .join(' ')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word)).length;

describe('generateCorpus', () => {
  it('writes the same files for the same seed', () => {
    expect(corpus(30)).toEqual(corpus(30));
  });

  it('writes other articles for another seed', () => {
    expect(corpus(5, 1)[0]?.text).not.toBe(corpus(5, 2)[0]?.text);
  });

  it('makes a smaller corpus the start of a larger one', () => {
    expect(corpus(40)).toEqual(files.slice(0, corpus(40).length));
  });

  it('writes one article file per article, in a folder per year', () => {
    expect(articleFiles).toHaveLength(120);
    expect(articleFiles.every((file) => /^articles\/\d{4}\/[a-z0-9-]+\.md$/.test(file.path))).toBe(
      true,
    );
  });

  it('writes articles the build accepts', () => {
    expect(validated.flatMap((article) => article.problems)).toEqual([]);
    expect(new Set(validated.map((article) => article.slug)).size).toBe(120);
  });

  it('writes a content folder the full content check passes, links and aliases included', () => {
    const report = checkCorpus(files);
    expect(report.problems).toEqual([]);
    expect(report.articleCount).toBe(120);
  });

  it('writes bodies of 500-900 words with 2-3 second-level headings', () => {
    for (const file of articleFiles) {
      const body = bodyOf(file.text);
      expect(wordsOf(body)).toBeGreaterThanOrEqual(480);
      expect(wordsOf(body)).toBeLessThanOrEqual(920);
      expect(body.match(/^## /gm)?.length).toBeGreaterThanOrEqual(2);
      expect(body.match(/^## /gm)?.length).toBeLessThanOrEqual(3);
    }
  });

  it('links only to earlier articles, and to external sources too', () => {
    const slugs = validated.map((article) => article.slug);
    const links = articleFiles.flatMap((file, index) =>
      [...file.text.matchAll(/\]\(([^)]+)\)/g)].map((match) => ({ url: match[1] ?? '', index })),
    );
    const internal = links.filter((link) => link.url.startsWith('/articoli/'));
    expect(internal.length).toBeGreaterThan(20);
    expect(links.length - internal.length).toBeGreaterThan(20);
    for (const { url, index } of internal) {
      expect(slugs.slice(0, index)).toContain(url.slice('/articoli/'.length, -1));
    }
  });

  it('uses lists, quotes and the occasional code block', () => {
    const all = articleFiles.map((file) => file.text).join('\n');
    expect(all).toMatch(/^- \S/m);
    expect(all).toMatch(/^1\. \S/m);
    expect(all).toMatch(/^> \S/m);
    expect(all).toMatch(/^```bash$/m);
  });

  it('writes dates in several newsroom forms, all of them readable', () => {
    const dates = articleFiles.map((file) => /^date: (.*)$/m.exec(file.text)?.[1] ?? '');
    const forms = new Set(
      dates.map((date) =>
        date
          .replace(/\p{Lu}\p{Ll}+/u, 'Mese')
          .replace(/\p{Ll}{3}/u, 'mes')
          .replace(/\d/g, '9'),
      ),
    );
    expect(forms.size).toBeGreaterThanOrEqual(5);
    for (const article of validated) expect(article.data?.date).toBeInstanceOf(Date);
    const years = new Set(validated.map((article) => article.data?.date.getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(5);
  });

  it('draws categories, tags and authors from the newsroom lists', () => {
    expect(CATEGORIES).toHaveLength(8);
    expect(new Set(TAGS).size).toBe(60);
    expect(AUTHORS).toHaveLength(20);
    for (const article of validated) {
      expect(AUTHORS).toContain(article.data?.author);
      if (article.data?.category !== undefined) expect(CATEGORIES).toContain(article.data.category);
      for (const tag of article.data?.tags ?? []) expect(TAGS).toContain(tag);
    }
  });

  it('writes comment snapshots that pass the schema and the thread checks', () => {
    for (const snapshot of snapshots)
      expect(commentSnapshotSchema.safeParse(snapshot).success).toBe(true);
    const { problems } = loadCommentSnapshots(
      snapshotFiles.map((file) => ({
        file: `content/${file.path}`,
        data: JSON.parse(file.text) as unknown,
        text: file.text,
      })),
      new Set(validated.map((article) => article.slug)),
    );
    expect(problems).toEqual([]);
  });

  it('gives articles 0-40 comments, about 30% of them replies', () => {
    const counts = snapshots.map((snapshot) => snapshot.comments.length);
    expect(Math.max(...counts)).toBeLessThanOrEqual(40);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    const comments = snapshots.flatMap((snapshot) => snapshot.comments);
    const replies = comments.filter((comment) => comment.parent !== null).length / comments.length;
    expect(replies).toBeGreaterThan(0.22);
    expect(replies).toBeLessThan(0.36);
  });

  it('keeps the vocabulary open: more articles bring new words', () => {
    const vocabulary = (list: CorpusFile[]) =>
      new Set(
        list
          .filter((f) => f.path.endsWith('.md'))
          .flatMap((f) => f.text.toLowerCase().match(/\p{L}+/gu) ?? []),
      );
    const small = vocabulary(files.slice(0, 60));
    const large = vocabulary(files);
    expect(large.size).toBeGreaterThan(small.size * 1.4);
  });
});

describe('generateCorpus shapes', () => {
  const shaped = Object.fromEntries(
    Object.entries(CORPUS_SHAPES).map(([name, shape]) => [name, corpus(150, 42, shape)]),
  );
  const articlesOf = (name: string) =>
    (shaped[name] ?? []).filter((file) => file.path.endsWith('.md'));
  const commentCounts = (name: string) => {
    const snapshots = (shaped[name] ?? []).filter((file) => file.path.endsWith('.json'));
    const counts = snapshots.map(
      (file) => (JSON.parse(file.text) as CommentSnapshot).comments.length,
    );
    return { counts, mean: counts.reduce((sum, count) => sum + count, 0) / 150 };
  };

  it('writes the original corpus when no shape is given', () => {
    expect(shaped['archive']).toEqual(corpus(150));
  });

  it.each(Object.keys(CORPUS_SHAPES))('%s passes the full content check', (name) => {
    const report = checkCorpus(shaped[name] ?? []);
    expect(report.problems).toEqual([]);
    expect(report.articleCount).toBe(150);
  });

  it.each(Object.keys(CORPUS_SHAPES))('%s depends only on the seed and the index', (name) => {
    const shape = CORPUS_SHAPES[name as keyof typeof CORPUS_SHAPES];
    const small = corpus(50, 42, shape);
    expect(small).toEqual((shaped[name] ?? []).slice(0, small.length));
  });

  it('puts every article of a flat layout in one folder', () => {
    const paths = articlesOf('flat-newsroom').map((file) => file.path);
    expect(paths.every((path) => /^articles\/[a-z0-9-]+\.md$/.test(path))).toBe(true);
  });

  it('gives a new newsroom 0-40 comments, about 15 on average', () => {
    const { counts, mean } = commentCounts('flat-newsroom');
    expect(Math.max(...counts)).toBeLessThanOrEqual(40);
    expect(mean).toBeGreaterThan(11);
    expect(mean).toBeLessThan(19);
  });

  it('gives a heavy archive up to 200 comments, most articles few', () => {
    const { counts, mean } = commentCounts('flat-heavy');
    expect(Math.max(...counts)).toBeGreaterThan(120);
    expect(Math.max(...counts)).toBeLessThanOrEqual(200);
    expect(mean).toBeGreaterThan(35);
    expect(mean).toBeLessThan(65);
  });

  it('fills heavy prose with quotes, elisions, accents and characters HTML escapes', () => {
    const text = articlesOf('flat-heavy')
      .map((file) => file.text)
      .join('\n');
    expect(text).toMatch(/\p{L}'\p{L}/u);
    expect(text).toMatch(/«[^»]+»/);
    expect(text).toMatch(/"\p{L}[^"]*"/u);
    expect(text).toMatch(/ & | \p{Lu}+&\p{Lu}/u);
    expect(text).toMatch(/ < \d| > \d/);
    expect(text).toMatch(/&[a-z]+;/);
    expect(text).toMatch(/^title: ".*(?:'|\\"|«|&).*"$/m);
  });

  it('mixes short news items and long features in with the standard articles', () => {
    const sizes = articlesOf('flat-heavy').map((file) => wordsOf(bodyOf(file.text)));
    expect(sizes.filter((size) => size < 250).length).toBeGreaterThan(20);
    expect(sizes.filter((size) => size > 1_800).length).toBeGreaterThan(8);
    expect(sizes.filter((size) => size >= 480 && size <= 920).length).toBeGreaterThan(50);
  });
});
