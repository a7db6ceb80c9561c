import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { remarkReadingTime } from '@/plugins/remark-reading-time';

const processor = await createMarkdownProcessor({
  syntaxHighlight: false,
  remarkPlugins: [remarkReadingTime],
});

async function frontmatterOf(markdown: string, frontmatter: Record<string, unknown> = {}) {
  return (await processor.render(markdown, { frontmatter })).metadata.frontmatter;
}

describe('remarkReadingTime', () => {
  it.each([
    ['prose', 'Uno due tre.\n\nQuattro *cinque*.', 5],
    [
      'headings, lists, quotes and tables',
      '## Titolo qui\n\n- uno\n- due\n\n> tre\n\n| a | b |\n| - | - |\n| c | d |',
      9,
    ],
    ['inline code, inside the sentence', 'Lancia `npm test` ora.', 4],
    [
      'a code block is not read',
      'Prima.\n\n```js\nconst molte = parole + in + codice;\n```\n\nDopo.',
      2,
    ],
    ['image alt text is not read', 'Testo ![una foto molto descritta](./a.jpg) qui.', 2],
    ['raw HTML is not read', '<div class="x">\n\nTesto.\n\n</div>', 1],
    ['link text is read', 'Vedi [il sito ufficiale](https://x.it).', 4],
  ])('counts %s', async (_label, markdown, words) => {
    expect((await frontmatterOf(markdown))['wordCount']).toBe(words);
  });

  it('writes whole minutes at 200 words a minute', async () => {
    const frontmatter = await frontmatterOf('parola '.repeat(650));
    expect(frontmatter).toMatchObject({ wordCount: 650, readingTime: 3 });
  });

  it('never says less than one minute', async () => {
    expect(await frontmatterOf('')).toMatchObject({ wordCount: 0, readingTime: 1 });
  });

  it('keeps the front matter the article already has', async () => {
    const frontmatter = await frontmatterOf('Ciao.', { title: 'Titolo', tags: ['a'] });
    expect(frontmatter).toEqual({ title: 'Titolo', tags: ['a'], wordCount: 1, readingTime: 1 });
  });
});
