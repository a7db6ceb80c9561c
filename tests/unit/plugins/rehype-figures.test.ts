import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
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

/** Markdown as an author writes it, through the plugin. */
const fromMarkdown = (markdown: string) => {
  const file = new VFile(markdown);
  file.data.astro = { localImagePaths: [] };
  return String(
    unified()
      .use(remarkParse)
      .use(remarkRehype)
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

  describe("italic caption below the image, as the authors' guide shows", () => {
    const figure =
      '<figure><img src="a.jpg" alt="Lo stand"><figcaption>La fila. Foto: <a href="https://x.it/">Giulia Ferri</a></figcaption></figure>';

    it('on the next line, in the same paragraph', () => {
      expect(
        fromMarkdown('![Lo stand](a.jpg)\n*La fila. Foto: [Giulia Ferri](https://x.it/)*\n'),
      ).toBe(figure);
    });

    it('in the next paragraph, after a blank line', () => {
      expect(
        fromMarkdown(
          '![Lo stand](a.jpg)\n\n*La fila. Foto: [Giulia Ferri](https://x.it/)*\n\nTesto.',
        ),
      ).toBe(`${figure}\n<p>Testo.</p>`);
    });

    it("leaves a paragraph that is not all italic, and a titled image's next paragraph, alone", () => {
      expect(fromMarkdown('![Lo stand](a.jpg)\n\n*La fila* e altro.')).toBe(
        '<figure><img src="a.jpg" alt="Lo stand"></figure>\n<p><em>La fila</em> e altro.</p>',
      );
      expect(fromMarkdown('![Lo stand](a.jpg "Titolo")\n\n*Corsivo*')).toBe(
        '<figure><img src="a.jpg" alt="Lo stand"><figcaption>Titolo</figcaption></figure>\n<p><em>Corsivo</em></p>',
      );
    });

    it('keeps an image with other text on its line in the text', () => {
      const html = fromMarkdown('![Lo stand](a.jpg)\n*La fila* e altro.');
      expect(html).toBe('<p><img src="a.jpg" alt="Lo stand">\n<em>La fila</em> e altro.</p>');
    });
  });
});
