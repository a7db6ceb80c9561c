import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCommentThread } from '../../../src/lib/comments/thread';
import { createArticleUrlIndex } from '../../../src/lib/importers/article-urls';
import {
  createDisqusReader,
  type DisqusPost,
  type DisqusThread,
} from '../../../src/lib/importers/disqus';
import { createDisqusCollector, type DisqusImport } from '../../../src/lib/importers/disqus-import';
import { commentSnapshotSchema } from '../../../src/schemas/comments';

const EXPORT = 'tests/fixtures/disqus/export.xml';
const xml = readFileSync(EXPORT, 'utf8');

/** Feeds `text` to a reader in chunks of `size` characters, as a file stream would. */
function read(text: string, size: number): { threads: DisqusThread[]; posts: DisqusPost[] } {
  const threads: DisqusThread[] = [];
  const posts: DisqusPost[] = [];
  const reader = createDisqusReader(
    { thread: (t) => threads.push(t), post: (p) => posts.push(p) },
    EXPORT,
  );
  for (let start = 0; start < text.length; start += size)
    reader.write(text.slice(start, start + size));
  reader.close();
  return { threads, posts };
}

function importFixture(): DisqusImport {
  const articles = createArticleUrlIndex(
    [
      { slug: 'xiaomi-usa', aliases: ['/2018/07/04/xiaomi-nord-america.html'] },
      { slug: 'pixel-3-recensione', aliases: [] },
    ],
    'https://rotativa.example.it',
  );
  const collector = createDisqusCollector(articles, '2024-01-01T00:00:00.000Z');
  const reader = createDisqusReader(collector, EXPORT);
  reader.write(xml);
  reader.close();
  return collector.finish();
}

describe('createDisqusReader', () => {
  it('reads threads and posts with their fields', () => {
    const { threads, posts } = read(xml, xml.length);
    expect(threads.map(({ id }) => id)).toEqual(['1001', '1002', '1005', '1004', '1003']);
    expect(threads[0]).toEqual({
      id: '1001',
      link: 'http://www.vecchio-blog.it/2018/07/04/xiaomi-nord-america.html?utm_source=feed',
      title: 'Xiaomi vuole entrare nel mercato nordamericano',
    });
    expect(posts.find(({ id }) => id === '2002')).toEqual({
      id: '2002',
      threadId: '1001',
      parentId: '2001',
      message:
        '<p>Vedi <a href="https://www.wsj.com/articles/xiaomi" rel="nofollow noopener" title="https://www.wsj.com/articles/xiaomi">l\'articolo del WSJ</a>, è <strong>molto</strong> chiaro.</p>',
      createdAt: '2018-07-04T09:30:00Z',
      authorName: 'Giulia',
      isDeleted: false,
      isSpam: false,
    });
  });

  it('falls back to the user name when the display name is empty', () => {
    expect(read(xml, xml.length).posts.find(({ id }) => id === '2009')?.authorName).toBe(
      'ospite42',
    );
  });

  it.each([1, 7, 64, 4096])('gives the same records when fed %i characters at a time', (size) => {
    expect(read(xml, size)).toEqual(read(xml, xml.length));
  });

  it('reports malformed XML with file, line and column', () => {
    expect(() =>
      read('<disqus xmlns:dsq="http://disqus.com/disqus-internals">\n<post>', 100),
    ).toThrow(/tests\/fixtures\/disqus\/export\.xml:2:\d+: unclosed tag: post/);
  });
});

describe('createDisqusCollector on the fixture export', () => {
  const result = importFixture();
  const xiaomi = result.snapshots.get('xiaomi-usa');
  const pixel = result.snapshots.get('pixel-3-recensione');
  const byId = (id: string) => xiaomi?.comments.find((comment) => comment.id === `disqus-${id}`);

  it('produces valid snapshots for the two matched articles', () => {
    expect([...result.snapshots.keys()]).toEqual(['pixel-3-recensione', 'xiaomi-usa']);
    for (const snapshot of result.snapshots.values()) {
      expect(commentSnapshotSchema.parse(snapshot)).toMatchObject({
        source: 'disqus',
        exportedAt: '2024-01-01T00:00:00.000Z',
      });
    }
  });

  it('matches a thread through a front-matter alias on an old host', () => {
    expect(xiaomi?.comments.map(({ id }) => id)).toContain('disqus-2001');
  });

  it('merges two threads of one article (http and https)', () => {
    expect(pixel?.comments.map(({ id, parent }) => [id, parent])).toEqual([
      ['disqus-3001', null],
      ['disqus-3002', 'disqus-3001'],
    ]);
  });

  it('keeps ids, parents, authors and dates, oldest first', () => {
    expect(xiaomi?.comments.map(({ id }) => id)).toEqual([
      'disqus-2009',
      'disqus-2001',
      'disqus-2002',
      'disqus-2003',
      'disqus-2005',
      'disqus-2006',
      'disqus-2008',
    ]);
    expect(byId('2003')).toEqual({
      id: 'disqus-2003',
      parent: 'disqus-2002',
      author: 'Luca',
      date: '2018-07-04T10:00:00Z',
      body: 'Non credo\nproprio.',
    });
  });

  it('nests replies three deep', () => {
    const [, first] = buildCommentThread(xiaomi?.comments ?? [], { render: (body) => body });
    expect(first?.id).toBe('disqus-2001');
    expect(first?.children[0]?.id).toBe('disqus-2002');
    expect(first?.children[0]?.children[0]?.id).toBe('disqus-2003');
  });

  it('marks deleted posts and keeps their replies', () => {
    expect(byId('2005')?.status).toBe('deleted');
    expect(byId('2006')?.parent).toBe('disqus-2005');
  });

  it('drops spam, counts it and moves its replies to the top', () => {
    expect(byId('2007')).toBeUndefined();
    expect([...result.spamIds]).toEqual(['disqus-2007']);
    expect(byId('2008')?.parent).toBeNull();
  });

  it('turns message HTML into the comment Markdown subset', () => {
    expect(byId('2001')?.body).toBe('Spero non facciano la fine di **LeEco**...');
    expect(byId('2002')?.body).toBe(
      "Vedi [l'articolo del WSJ](https://www.wsj.com/articles/xiaomi), è **molto** chiaro.",
    );
    expect(byId('2009')?.body).toBe(
      "> in particolare l'intercettazione dei dati\n\nQuesto è il punto, *davvero*. clic",
    );
    expect(xiaomi?.comments.some(({ body }) => /script|alert|img/.test(body))).toBe(false);
  });

  it('keeps the unmatched thread aside with its URL and comments', () => {
    expect(result.unmatched).toEqual([
      {
        id: '1003',
        link: 'https://www.vecchio-blog.it/2017/01/01/pagina-sparita.html',
        title: 'Una pagina sparita',
        comments: [
          {
            id: 'disqus-4001',
            parent: null,
            author: 'Sara',
            date: '2017-01-02T10:00:00Z',
            body: 'Pagina che non esiste più',
          },
        ],
      },
    ]);
  });
});

describe('createDisqusCollector', () => {
  const none = { match: () => 'a' };
  const post = (extra: Partial<DisqusPost>): DisqusPost => ({
    id: '1',
    threadId: 't',
    parentId: undefined,
    message: '<p>x</p>',
    createdAt: '2018-07-04T10:00:00Z',
    authorName: undefined,
    isDeleted: false,
    isSpam: false,
    ...extra,
  });
  const collect = (...posts: DisqusPost[]) => {
    const collector = createDisqusCollector(none);
    collector.thread({ id: 't', link: 'https://x.it/a', title: '' });
    for (const p of posts) collector.post(p);
    return collector.finish();
  };

  it('keeps a post whose text vanished as deleted, and counts it', () => {
    const result = collect(post({ message: '<img src="x.png">' }));
    expect(result.empty).toBe(1);
    expect(result.snapshots.get('a')?.comments[0]).toMatchObject({
      status: 'deleted',
      body: 'Commento senza testo',
    });
  });

  it('normalises a readable non-ISO date and omits an unreadable one', () => {
    const result = collect(
      post({ id: '1', createdAt: '2018-07-04 10:00:00 GMT' }),
      post({ id: '2', createdAt: 'ieri' }),
    );
    expect(result.snapshots.get('a')?.comments.map(({ date }) => date)).toEqual([
      undefined,
      '2018-07-04T10:00:00.000Z',
    ]);
  });

  it('moves replies up through a chain of spam', () => {
    const result = collect(
      post({ id: '1' }),
      post({ id: '2', parentId: '1', isSpam: true }),
      post({ id: '3', parentId: '2', isSpam: true }),
      post({ id: '4', parentId: '3' }),
    );
    expect(result.snapshots.get('a')?.comments.map(({ id, parent }) => [id, parent])).toEqual([
      ['disqus-1', null],
      ['disqus-4', 'disqus-1'],
    ]);
  });

  it('reports posts whose thread is missing from the export as unmatched', () => {
    const collector = createDisqusCollector(none);
    collector.post(post({ threadId: 'missing' }));
    expect(collector.finish().unmatched).toMatchObject([{ id: 'missing', link: '' }]);
  });
});
