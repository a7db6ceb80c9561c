import { describe, expect, it } from 'vitest';
import { formatContentProblem } from '../../../src/lib/errors';
import { checkImages, resolveImagePath } from '../../../src/lib/content/check-images';

const EXISTING = new Set([
  'content/articles/2018/images/a.jpg',
  'content/articles/cover.png',
  'public/logo.png',
]);
const LOCATIONS = { publicDir: 'public', fileExists: (path: string) => EXISTING.has(path) };
const FILE = 'content/articles/2018/x.md';

const check = (...args: Parameters<typeof checkImages>) =>
  checkImages(...args).map(formatContentProblem);

describe('resolveImagePath', () => {
  it.each([
    ['./images/a.jpg', 'content/articles/2018/images/a.jpg'],
    ['images/a.jpg', 'content/articles/2018/images/a.jpg'],
    ['../cover.png', 'content/articles/cover.png'],
    ['/logo.png', 'public/logo.png'],
    ['./images/foto%20grande.jpg', 'content/articles/2018/images/foto grande.jpg'],
  ])('resolves %s to %s', (src, path) => {
    expect(resolveImagePath(src, FILE, 'public')).toBe(path);
  });
});

describe('checkImages', () => {
  it('accepts existing local images with alt text, and remote ones', () => {
    const images = [
      './images/a.jpg',
      '/logo.png',
      'https://example.com/x.jpg',
      'data:image/png;base64,AA==',
    ].map((url) => ({ kind: 'image' as const, url, alt: 'Descrizione', line: 3 }));
    expect(
      check({ file: FILE, coverSrc: '../cover.png', coverLine: 8 }, images, LOCATIONS),
    ).toEqual([]);
  });

  it('reports a missing cover at the line of its src', () => {
    expect(
      check({ file: FILE, coverSrc: './images/nessuna.jpg', coverLine: 9 }, [], LOCATIONS),
    ).toEqual([
      'content/articles/2018/x.md:9: cover.src: "./images/nessuna.jpg" il file non esiste (il percorso parte dalla cartella del file .md)',
    ]);
  });

  it('reports a cover in a format the image pipeline refuses', () => {
    expect(check({ file: FILE, coverSrc: './images/a.bmp', coverLine: 9 }, [], LOCATIONS)).toEqual([
      'content/articles/2018/x.md:9: cover.src: "./images/a.bmp" non è un formato di immagine ammesso (jpeg, jpg, png, apng, tiff, webp, gif, svg, avif)',
    ]);
  });

  it('reports missing body images and missing alt text, once each', () => {
    const problems = check(
      { file: FILE },
      [
        { kind: 'image', url: '/nessuna.png', alt: 'Logo', line: 14 },
        { kind: 'image', url: './images/a.jpg', alt: '  ', line: 16 },
        { kind: 'link', url: '/nessuna.png', line: 18 },
      ],
      LOCATIONS,
    );
    expect(problems).toEqual([
      'content/articles/2018/x.md:14: immagine: "/nessuna.png" il file non esiste in public/',
      'content/articles/2018/x.md:16: immagine: "./images/a.jpg" manca il testo alternativo: descrivi l’immagine tra le quadre, ![descrizione](…)',
    ]);
  });
});
