// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderExcerpt, renderResult } from '../../../../src/client/search/render-results';

describe('renderResult', () => {
  it('renders title link, category, date and excerpt as elements and text', () => {
    const item = renderResult({
      url: '/articoli/sodio/',
      title: 'Batterie al sodio',
      excerptHtml: 'la <mark>batteria,</mark> poi',
      date: '4 luglio 2018',
      category: 'Scienza',
    });
    expect(item.outerHTML).toBe(
      '<li class="search-result"><div class="search-result__text">' +
        '<h3 class="search-result__title"><a href="/articoli/sodio/">Batterie al sodio</a></h3>' +
        '<p class="search-result__meta"><span class="search-result__category">Scienza</span>' +
        '<span class="search-result__date">4 luglio 2018</span></p>' +
        '<p class="search-result__excerpt">la <mark>batteria</mark>, poi</p></div></li>',
    );
  });

  it('leaves out the metadata line when there is none', () => {
    const item = renderResult({ url: '/a/', title: 'A', excerptHtml: 'testo' });
    expect(item.querySelector('.search-result__meta')).toBeNull();
  });
});

describe('renderExcerpt', () => {
  it('never turns page text into markup', () => {
    const excerpt = renderExcerpt('&lt;img src=x onerror=alert(1)&gt; <mark>a&lt;b</mark>');
    expect(excerpt.querySelector('img')).toBeNull();
    expect(excerpt.textContent).toBe('<img src=x onerror=alert(1)> a<b');
    expect(excerpt.querySelector('mark')?.textContent).toBe('a<b');
  });
});
