/**
 * Search results as DOM: built from text nodes and elements, never from an HTML string, so page
 * text cannot become markup and the page runs under a `script-src 'self'` Content-Security-Policy.
 */
import { excerptParts, type SearchResultView } from '../../lib/search/result-view';

/** The excerpt: plain text with the matched words in `<mark>`. */
export function renderExcerpt(excerptHtml: string): HTMLParagraphElement {
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  for (const { text, marked } of excerptParts(excerptHtml)) {
    if (!marked) {
      excerpt.append(text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = text;
    excerpt.append(mark);
  }
  return excerpt;
}

/** One result: linked title, category and date when known, excerpt. */
export function renderResult(view: SearchResultView): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';

  const title = document.createElement('h3');
  title.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = view.url;
  link.textContent = view.title;
  title.append(link);

  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  for (const [text, className] of [
    [view.category, 'search-result__category'],
    [view.date, 'search-result__date'],
  ] as const) {
    if (text === undefined) continue;
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    meta.append(span);
  }

  const text = document.createElement('div');
  text.className = 'search-result__text';
  text.append(
    title,
    ...(meta.childElementCount > 0 ? [meta] : []),
    renderExcerpt(view.excerptHtml),
  );
  item.append(text);
  return item;
}
