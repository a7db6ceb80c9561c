import {
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  publishShareImages,
  startShareImages,
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
const options: ShareImagesOptions = {
  cacheRoot: join(root, 'cache'),
  site: { name: 'Rotativa', timeZone: 'Europe/Rome' },
  now,
  threads: 1,
};

/** The content as it is now, read as the build's content pass reads it. */
const articles = async () =>
  (await readContent(join(root, 'content'), { cwd: root, now })).articles;

/** One run over the content as it is now, told every article only once the pass is over. */
const runShareImages = async (extra: Partial<ShareImagesOptions> = {}) =>
  startShareImages({ ...options, ...extra }).finish(await articles());

describe('runShareImages', () => {
  it('draws each published article’s card once, and a rebuild reuses them all', async () => {
    const first = await runShareImages();
    expect(first.images.map((i) => i.slug).sort()).toEqual(['primo', 'secondo']);
    expect([first.drawn, first.reused]).toEqual([2, 0]);
    const png = PNG.sync.read(readFileSync(first.images[0]?.file ?? ''));
    expect([png.width, png.height]).toEqual([1200, 630]);

    const second = await runShareImages();
    expect([second.drawn, second.reused]).toEqual([0, 2]);
    expect(second.images).toEqual(first.images);

    write(
      'content/articles/secondo.md',
      '---\ntitle: Secondo, corretto\ndate: 05 Luglio 2018\n---\n\nTesto.\n',
    );
    // Once the pages are rendered, the rest is drawn on every core, with the same result.
    const third = await runShareImages({ rendered: Promise.resolve() });
    expect([third.drawn, third.reused]).toEqual([1, 1]);
  }, 60_000);

  it('starts a card as soon as its article is checked, and counts it drawn once', async () => {
    const cacheRoot = join(root, 'early-cache');
    const run = startShareImages({ ...options, cacheRoot });
    const checked = await articles();
    const primo = checked.find(({ slug }) => slug === 'primo');
    const bozza = checked.find(({ slug }) => slug === 'bozza');
    if (!primo || !bozza) throw new Error('fixture articles missing');
    run.add(primo);
    run.add(primo);
    // A draft gets no card, however early it is told.
    run.add(bozza);
    await expect
      .poll(
        () =>
          (existsSync(cacheRoot) ? readdirSync(cacheRoot) : []).filter((f) => f.endsWith('.png'))
            .length,
      )
      .toBe(1);
    const result = await run.finish(checked);
    expect(result.images.map((i) => i.slug).sort()).toEqual(['primo', 'secondo']);
    expect([result.drawn, result.reused]).toEqual([2, 0]);
    expect(readdirSync(cacheRoot).sort()).toEqual(
      result.images.map((i) => i.file.split('/').pop()).sort(),
    );
  }, 60_000);

  it('publishes them at /condivisione/<slug>.png', async () => {
    const { images } = await runShareImages();
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
