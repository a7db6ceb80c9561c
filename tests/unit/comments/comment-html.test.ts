import type { ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { commentHtml } from '@/lib/comments/comment-html';

const paragraph = (...children: ElementContent[]): Root => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'p', properties: {}, children }],
});

describe('commentHtml', () => {
  it('serialises text escaped, as rehype-stringify does', () => {
    expect(commentHtml(paragraph({ type: 'text', value: 'a < b & c' }))).toBe(
      '<p>a &#x3C; b &#x26; c</p>',
    );
  });

  it('marks a safe link as user content and drops every other attribute', () => {
    const tree = paragraph({
      type: 'element',
      tagName: 'a',
      properties: { href: 'HTTPS://example.it/', onClick: 'alert(1)', className: ['x'] },
      children: [{ type: 'text', value: 'qui' }],
    });
    expect(commentHtml(tree)).toBe(
      '<p><a href="https://example.it/" rel="nofollow ugc noopener noreferrer">qui</a></p>',
    );
  });

  it('unwraps a script URL and removes elements outside the allow-list, content and all', () => {
    const tree = paragraph(
      {
        type: 'element',
        tagName: 'a',
        properties: { href: 'javascript:alert(1)' },
        children: [{ type: 'text', value: 'clic' }],
      },
      {
        type: 'element',
        tagName: 'script',
        properties: {},
        children: [{ type: 'text', value: 'x' }],
      },
      {
        type: 'element',
        tagName: 'img',
        properties: { src: 'https://example.it/a.png' },
        children: [],
      },
    );
    expect(commentHtml(tree)).toBe('<p>clic</p>');
  });
});
