import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  publishShareImages,
  runShareImages,
  type ShareImagesOptions,
} from '../../../../src/integrations/share-images/share-image-run';
import { readContent } from '../../../../src/lib/content/read-content';

const root = mkdtempSync(join(tmpdir(), 'rotativa-share-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

write(
  'content/articles/primo.md',
  '---\ntitle: Primo articolo\ndate: 04 Luglio 2018\ncategory: Smartphone\n---\n\nTesto.\n',
);
write('content/articles/secondo.md', '---\ntitle: Secondo\ndate: 05 Luglio 2018\n---\n\nTesto.\n');
write(
  'content/articles/bozza.md',
  '---\ntitle: Bozza\ndate: 05 Luglio 2018\ndraft: true\n---\n\nTesto.\n',
);

const now = new Date('2026-01-01T00:00:00Z');
/** The run's options over the content as it is now, read as the build's content pass reads it. */
const options = async (): Promise<ShareImagesOptions> => ({
  articles: (await readContent(join(root, 'content'), { cwd: root, now })).articles,
  cacheRoot: join(root, 'cache'),
  site: { name: 'Rotativa', timeZone: 'Europe/Rome' },
  now,
  threads: 1,
});

describe('runShareImages', () => {
  it('draws each published article’s card once, and a rebuild reuses them all', async () => {
    const first = await runShareImages(await options());
    expect(first.images.map((i) => i.slug).sort()).toEqual(['primo', 'secondo']);
    expect([first.drawn, first.reused]).toEqual([2, 0]);
    const png = PNG.sync.read(readFileSync(first.images[0]?.file ?? ''));
    expect([png.width, png.height]).toEqual([1200, 630]);

    const second = await runShareImages(await options());
    expect([second.drawn, second.reused]).toEqual([0, 2]);
    expect(second.images).toEqual(first.images);

    write(
      'content/articles/secondo.md',
      '---\ntitle: Secondo, corretto\ndate: 05 Luglio 2018\n---\n\nTesto.\n',
    );
    // Once the pages are rendered, the rest is drawn on every core, with the same result.
    const third = await runShareImages({ ...(await options()), rendered: Promise.resolve() });
    expect([third.drawn, third.reused]).toEqual([1, 1]);
  }, 60_000);

  it('publishes them at /condivisione/<slug>.png', async () => {
    const { images } = await runShareImages(await options());
    const out = join(root, 'dist');
    const path = (slug: string) => `/condivisione/${slug}.png`;
    await publishShareImages(images, out, 'condivisione', path);
    expect(readdirSync(join(out, 'condivisione')).sort()).toEqual(['primo.png', 'secondo.png']);
    expect(statSync(join(out, 'condivisione/primo.png')).size).toBeGreaterThan(1000);

    // A second publish into the same folder, one article gone, keeps the other's file as it is.
    const kept = statSync(join(out, 'condivisione/primo.png')).ino;
    await publishShareImages(
      images.filter(({ slug }) => slug === 'primo'),
      out,
      'condivisione',
      path,
    );
    expect(readdirSync(join(out, 'condivisione'))).toEqual(['primo.png']);
    expect(statSync(join(out, 'condivisione/primo.png')).ino).toBe(kept);
  }, 60_000);
});
