import { describe, expect, it } from 'vitest';
import { hasScript, stylesheetHrefs, withoutComments } from '../../../bench/report/page-weight';

describe('stylesheetHrefs', () => {
  it('lists linked stylesheets in order, and nothing else', () => {
    const html =
      '<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css">' +
      '<link href=/_astro/b.css rel=stylesheet><link rel="preload" href="/font.woff2">';
    expect(stylesheetHrefs(html)).toEqual(['/_astro/a.css', '/_astro/b.css']);
  });
});

describe('withoutComments', () => {
  it('drops the comments section and keeps what follows it', () => {
    const html =
      '<article>testo</article><section id="commenti" class="comments"><ol><li>uno</li></ol></section><nav>dopo</nav>';
    expect(withoutComments(html)).toBe('<article>testo</article><nav>dopo</nav>');
  });

  it('leaves a page without comments as it is', () => {
    expect(withoutComments('<section id="correlati">x</section>')).toBe(
      '<section id="correlati">x</section>',
    );
  });
});

describe('hasScript', () => {
  it.each([
    ['<script type="application/ld+json">{}</script>', false],
    ['<script type="application/json">{}</script>', false],
    ['<script type="module" src="/_astro/x.js"></script>', true],
    ['<script>alert(1)</script>', true],
    ['<p>nessuno</p>', false],
  ])('%s → %s', (html, expected) => {
    expect(hasScript(html)).toBe(expected);
  });
});
