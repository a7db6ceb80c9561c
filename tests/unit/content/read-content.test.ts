import { describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/read-content';

const CLEAN = 'tests/fixtures/check/clean';

describe('readContent', () => {
  it('gives every article with its validated and raw front-matter, body and text, and the snapshots', async () => {
    const report = await readContent(CLEAN);
    expect(report.problems).toEqual([]);
    expect(report.articles.map((a) => [a.entry, a.slug])).toEqual([
      ['batterie-al-sodio.md', 'batterie-al-sodio'],
      ['bozza-futura.md', 'bozza-futura'],
      ['bozza-seconda.md', 'bozza-seconda'],
      ['ricarica-rapida.md', 'ricarica-rapida'],
    ]);
    const [batteries] = report.articles;
    expect(batteries?.file).toBe(`${CLEAN}/articles/batterie-al-sodio.md`);
    expect(batteries?.data?.date).toEqual(new Date('2018-07-04T08:30:00Z'));
    // Raw: the date as written, for Astro's content layer to validate again.
    expect(batteries?.frontmatter['date']).toBe('04 Luglio 2018 10:30');
    expect(batteries?.body.trimStart()).toMatch(/^Le batterie al sodio costano meno\./);
    expect(batteries?.source.endsWith(batteries.body)).toBe(true);
    expect([...report.snapshots.keys()]).toEqual(['batterie-al-sodio']);
  });

  it('reports a missing folder as its one problem', async () => {
    const report = await readContent('tests/fixtures/check/non-esiste');
    expect(report.problems).toEqual([
      {
        file: 'tests/fixtures/check/non-esiste',
        field: '(cartella)',
        message: 'la cartella dei contenuti non esiste: controlla il percorso',
      },
    ]);
    expect(report.articles).toEqual([]);
  });
});
