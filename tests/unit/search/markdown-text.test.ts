import { describe, expect, it } from 'vitest';
import { markdownPlainText } from '../../../src/lib/search/markdown-text';

describe('markdownPlainText', () => {
  it.each([
    [
      'headings and list items end as sentences',
      '## Prezzi\n\nIl modello base costa poco.\n\n- uno\n- due!',
      'Prezzi. Il modello base costa poco. uno. due!',
    ],
    [
      'a paragraph over lines is one sentence',
      'Una riga\ne la seguente',
      'Una riga e la seguente.',
    ],
    [
      'links keep their text, images and footnote markers go',
      'Vedi [il sito](https://a.it)![foto](a.jpg)[^1] e `npm`.',
      'Vedi il sito e npm.',
    ],
    [
      'HTML blocks and link definitions go, footnote text stays',
      '<div>\nx\n</div>\n\n[a]: https://a.it\n\n[^1]: Nota.',
      'Nota.',
    ],
    [
      'emphasis marks go, underscores inside words stay',
      'Un **grande** _salto_ per nome_file.',
      'Un grande salto per nome_file.',
    ],
    ['code is kept as text', '```js\nconst batteria = 1;\n```', 'const batteria = 1;'],
    [
      'table cells are sentences, the delimiter row goes',
      '| Modello | Prezzo |\n|---|---:|\n| Base | 399 € |',
      'Modello. Prezzo. Base. 399 €.',
    ],
    ['quotes lose their markers', '> Una frase citata.', 'Una frase citata.'],
    ['setext headings end as sentences', 'Titolo\n======\n\nTesto.', 'Titolo. Testo.'],
    ['Italian typography as on the page', 'Disse "ciao".', 'Disse «ciao».'],
    [
      'entities and autolinks become text',
      'A&nbsp;B &amp; C e <https://a.it>.',
      'A B & C e https://a.it.',
    ],
    ['whitespace of any kind is one space', 'Uno\tdue  tre\u00a0quattro', 'Uno due tre quattro.'],
  ])('%s', (_, markdown, expected) => {
    expect(markdownPlainText(markdown)).toBe(expected);
  });
});
