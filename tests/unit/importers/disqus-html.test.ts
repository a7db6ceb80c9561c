import { describe, expect, it } from 'vitest';
import { disqusMessageToText } from '../../../src/lib/importers/disqus-html';

describe('disqusMessageToText', () => {
  it.each([
    ['keeps paragraphs', '<p>uno</p><p>due</p>', 'uno\n\ndue'],
    ['keeps line breaks as plain newlines', '<p>uno<br>due</p>', 'uno\ndue'],
    [
      'keeps bold and italics',
      '<p><b>forte</b> <i>corsivo</i> <strong>s</strong> <em>e</em></p>',
      '**forte** *corsivo* **s** *e*',
    ],
    [
      'keeps links',
      '<a href="https://x.it/a" rel="nofollow" title="t">testo</a>',
      '[testo](https://x.it/a)',
    ],
    ['keeps mailto links', '<a href="mailto:a@b.it">scrivimi</a>', '[scrivimi](mailto:a@b.it)'],
    ['keeps quotes', '<blockquote>citato</blockquote><p>risposta</p>', '> citato\n\nrisposta'],
    ['keeps inline code', '<code>a &lt; b</code>', '`a < b`'],
    ['drops scripts with their content', '<p>ciao</p><script>alert(1)</script>', 'ciao'],
    ['drops styles with their content', '<style>p{}</style>testo', 'testo'],
    ['drops images', '<p>foto: <img src="x.png" onerror="alert(1)"></p>', 'foto:'],
    ['unwraps unsafe links to their text', '<a href="javascript:alert(1)">clic</a>', 'clic'],
    ['unwraps other markup', '<span class="spoiler">sorpresa</span>', 'sorpresa'],
    ['gives list items their own paragraph', '<ul><li>uno</li><li>due</li></ul>', 'uno\n\ndue'],
    [
      'escapes what would read as Markdown',
      '<p>*non enfasi* 1. e [x]</p>',
      '\\*non enfasi\\* 1. e \\[x]',
    ],
    ['keeps escaped HTML as text', '&lt;script&gt;', '\\<script>'],
    ['returns nothing for an image-only message', '<img src="x.png">', ''],
  ])('%s', (_, html, text) => {
    expect(disqusMessageToText(html)).toBe(text);
  });
});
