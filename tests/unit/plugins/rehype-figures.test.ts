import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeFigures, splitCaption } from '@/plugins/rehype-figures';

const transform = (html: string, localImagePaths: string[] = []) => {
  const file = new VFile(html);
  file.data.astro = { localImagePaths };
  return String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeFigures)
      .use(rehypeStringify)
      .processSync(file),
  );
};

describe('splitCaption', () => {
  it.each([
    ['Il prototipo', { caption: 'Il prototipo', credit: undefined }],
    ['Il prototipo | Foto: Xiaomi', { caption: 'Il prototipo', credit: 'Foto: Xiaomi' }],
    ['A | B | Foto: C', { caption: 'A | B', credit: 'Foto: C' }],
    ['Il prototipo | ', { caption: 'Il prototipo', credit: undefined }],
  ])('splits %j', (title, expected) => {
    expect(splitCaption(title)).toEqual(expected);
  });
});

describe('rehypeFigures', () => {
  it('makes a figure with caption and credit of an image alone in its paragraph', () => {
    expect(
      transform(
        '<p><img src="https://x.it/a.jpg" alt="Un telefono" title="Il prototipo | Foto: Xiaomi"></p>',
      ),
    ).toBe(
      '<figure><img src="https://x.it/a.jpg" alt="Un telefono"><figcaption>Il prototipo<span class="figure__credit">Foto: Xiaomi</span></figcaption></figure>',
    );
  });

  it('makes a figure without caption of an untitled image alone in its paragraph', () => {
    expect(transform('<p> <img src="a.jpg" alt=""> </p>')).toBe(
      '<figure><img src="a.jpg" alt=""></figure>',
    );
  });

  it('leaves an image inside running text where it is', () => {
    const html = '<p>Testo <img src="a.jpg" alt="" title="t"> altro</p>';
    expect(transform(html)).toBe(html);
  });

  it('offers widths and sizes to local images only', () => {
    expect(transform('<p><img src="./img/a.png" alt=""></p>', ['./img/a.png'])).toBe(
      '<figure><img src="./img/a.png" alt="" widths="400 800 1200" sizes="(min-width: 46rem) 44rem, 100vw"></figure>',
    );
  });
});
