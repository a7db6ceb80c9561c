import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { formatContentProblem } from '../../../src/lib/errors';
import {
  importLegacyDump,
  legacyCommentId,
  legacyCommentSnapshot,
  parseLegacyDump,
  type LegacyDump,
} from '../../../src/lib/importers/legacy-dump';
import { commentSnapshotSchema } from '../../../src/schemas/comments';

const SEED = 'tests/fixtures/comments/2018-07-04-xiaomi-nord-america.txt';
const SEED_SLUG =
  'xiaomi-vuole-entrare-anche-nel-mercato-nordamericano-e-in-tempi-relativamente-brevi';

function parseSeed(): LegacyDump {
  const parsed = parseLegacyDump(readFileSync(SEED, 'utf8'), SEED);
  if (!parsed.ok) throw new Error(parsed.problems.map(formatContentProblem).join('\n'));
  return parsed.dump;
}

describe('parseLegacyDump on the seed dump', () => {
  const dump = parseSeed();

  it('keeps the date as written', () => {
    expect(dump.date).toBe('04 Luglio 2018');
  });

  it('reads three paragraphs', () => {
    expect(dump.paragraphs).toHaveLength(3);
    expect(dump.paragraphs[0]).toMatch(/^Xiaomi vuole entrare anche nel mercato nordamericano/);
    expect(dump.paragraphs[2]).toMatch(/proprio qualche giorno fa\.$/);
  });

  it('reads 16 comments in chronological order (the dump lists them newest first)', () => {
    expect(dump.comments).toHaveLength(16);
    expect(dump.comments[0]).toBe('Spero non facciano la fine di LeEco...');
    expect(dump.comments.at(-1)).toBe(
      'Si ma leEco si espansa velocemente ma senza avere un briciolo di capitale equivalente a quello di xiaomi quindi difficile che falliscano',
    );
  });

  it('has no title of its own', () => {
    expect(dump.title).toBeUndefined();
  });
});

describe('parseLegacyDump', () => {
  it('reads an optional `Titolo:` line, CRLF line ends and blank lines', () => {
    const parsed = parseLegacyDump(
      '\r\n4 lug 2018\r\nTitolo: Xiaomi negli USA\r\n\r\nTesto.\r\nCommenti\r\nsecondo\r\nprimo\r\n',
      'a.txt',
    );
    expect(parsed).toEqual({
      ok: true,
      dump: {
        date: '4 lug 2018',
        title: 'Xiaomi negli USA',
        paragraphs: ['Testo.'],
        comments: ['primo', 'secondo'],
      },
    });
  });

  it('accepts a dump without comments', () => {
    const parsed = parseLegacyDump('04 Luglio 2018\nSolo testo.\n', 'a.txt');
    expect(parsed.ok && parsed.dump.comments).toEqual([]);
  });

  it('names the file and line of a bad date', () => {
    const parsed = parseLegacyDump('\n04 Lugio 2018\nTesto.\n', 'dump/a.txt');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const [problem] = parsed.problems.map(formatContentProblem);
    expect(problem).toMatch(/^dump\/a\.txt:2: data: "04 Lugio 2018" /);
    expect(problem).toContain('la prima riga del file deve essere la data');
  });

  it.each([
    ['an empty file', '  \n\n', /il file è vuoto/],
    [
      'a file without paragraphs',
      '04 Luglio 2018\nCommenti\nuno\n',
      /manca il testo dell’articolo/,
    ],
  ])('rejects %s', (_, text, message) => {
    const parsed = parseLegacyDump(text, 'a.txt');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.message).toMatch(message);
  });
});

describe('legacy comment ids', () => {
  it('are the same on every import', () => {
    const first = legacyCommentSnapshot(SEED_SLUG, parseSeed().comments);
    const second = legacyCommentSnapshot(SEED_SLUG, parseSeed().comments);
    expect(second.comments.map(({ id }) => id)).toEqual(first.comments.map(({ id }) => id));
    expect(first.comments[0]?.id).toBe(
      legacyCommentId(SEED_SLUG, 'Spero non facciano la fine di LeEco...', 0),
    );
  });

  it('tell identical texts apart by occurrence and do not change when another comment is added', () => {
    const before = legacyCommentSnapshot('x', ['lol', 'ok', 'lol']).comments.map(({ id }) => id);
    const after = legacyCommentSnapshot('x', ['lol', 'ok', 'lol', 'nuovo']).comments.map(
      ({ id }) => id,
    );
    expect(new Set(before).size).toBe(3);
    expect(after.slice(0, 3)).toEqual(before);
  });

  it('differ between articles', () => {
    expect(legacyCommentId('a', 'lol', 0)).not.toBe(legacyCommentId('b', 'lol', 0));
    expect(legacyCommentId('a', 'lol', 0)).toMatch(/^legacy-[0-9a-f]{12}$/);
  });
});

describe('importLegacyDump', () => {
  it('derives the title and slug from the first sentence and fills front-matter from options', () => {
    const imported = importLegacyDump(parseSeed(), SEED, {
      category: 'Smartphone',
      tags: ['Xiaomi', 'Stati Uniti'],
      author: 'Redazione',
    });
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const { slug, articleText, snapshot } = imported.value;
    expect(slug).toBe(SEED_SLUG);
    const { data, content } = matter(articleText);
    expect(data).toEqual({
      title: 'Xiaomi vuole entrare anche nel mercato nordamericano, e in tempi relativamente brevi',
      date: '04 Luglio 2018',
      author: 'Redazione',
      category: 'Smartphone',
      tags: ['Xiaomi', 'Stati Uniti'],
    });
    expect(content.trim().split('\n\n')).toEqual(parseSeed().paragraphs);
    expect(commentSnapshotSchema.parse(snapshot)).toMatchObject({
      article: SEED_SLUG,
      source: 'legacy',
    });
    expect(
      snapshot.comments.every(
        (comment) => comment.parent === null && !('author' in comment) && !('date' in comment),
      ),
    ).toBe(true);
  });

  it('prefers --title, then the dump’s own title', () => {
    const dump = { ...parseSeed(), title: 'Dal file' };
    expect(importLegacyDump(dump, SEED, { title: 'Xiaomi arriva negli USA' })).toMatchObject({
      ok: true,
      value: { slug: 'xiaomi-arriva-negli-usa' },
    });
    expect(importLegacyDump(dump, SEED)).toMatchObject({ ok: true, value: { slug: 'dal-file' } });
  });

  it('keeps aliases in front-matter', () => {
    const imported = importLegacyDump(parseSeed(), SEED, { aliases: ['/2018/07/04/xiaomi.html'] });
    expect(imported.ok && matter(imported.value.articleText).data['aliases']).toEqual([
      '/2018/07/04/xiaomi.html',
    ]);
  });

  it('rejects a title without latin letters or digits', () => {
    const imported = importLegacyDump(parseSeed(), SEED, { title: '小米' });
    expect(imported.ok).toBe(false);
    if (!imported.ok)
      expect(formatContentProblem(imported.problems[0]!)).toMatch(
        /^tests\/fixtures\/.*: titolo: "小米" non produce uno slug/,
      );
  });
});
