import { describe, expect, it } from 'vitest';
import { generateCorpus, type CorpusFile } from '../../../src/lib/bench/corpus';
import { AUTHORS, CATEGORIES, TAGS } from '../../../src/lib/bench/corpus-names';
import { validateArticle } from '../../../src/lib/content/validate-article';
import { checkContentSources } from '../../../src/lib/content/check-content';
import { commentSnapshotSchema, type CommentSnapshot } from '../../../src/schemas/comments';
import { loadCommentSnapshots } from '../../../src/lib/comments/load';
import { SITE } from '../../../src/site.config';

const corpus = (articles: number, seed = 42): CorpusFile[] => [
  ...generateCorpus({ articles, seed, timeZone: SITE.timeZone }),
];

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
    const report = checkContentSources(
      {
        articles: articleFiles.map((file) => ({
          file: `content/${file.path}`,
          entry: file.path.replace(/^articles\//, ''),
          source: file.text,
        })),
        comments: snapshotFiles.map((file) => ({
          file: `content/${file.path}`,
          source: file.text,
        })),
        publicFiles: [],
      },
      {
        siteUrl: SITE.url,
        perPage: SITE.perPage,
        timeZone: SITE.timeZone,
        publicDir: 'public',
        fileExists: () => true,
        // The corpus spans 2016-2025: nothing in it is scheduled.
        now: new Date('2026-01-01T00:00:00Z'),
      },
    );
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
