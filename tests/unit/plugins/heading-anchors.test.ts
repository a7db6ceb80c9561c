import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { describe, expect, it } from 'vitest';
import { HEADING_ANCHOR_LABEL, headingAnchorOptions } from '@/plugins/heading-anchors';

describe('headingAnchorOptions', () => {
  it('appends an accessible # link to every heading', async () => {
    const processor = await createMarkdownProcessor({
      syntaxHighlight: false,
      rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, headingAnchorOptions]],
    });
    const { code } = await processor.render('## Prezzi\n\n### Dove');
    expect(code).toBe(
      [
        '<h2 id="prezzi">Prezzi<a class="heading-anchor" href="#prezzi">',
        '<span aria-hidden="true">#</span><span class="visually-hidden">Link a questa sezione</span></a></h2>\n',
        '<h3 id="dove">Dove<a class="heading-anchor" href="#dove">',
        '<span aria-hidden="true">#</span><span class="visually-hidden">Link a questa sezione</span></a></h3>',
      ].join(''),
    );
  });

  it('labels the link in Italian', () => {
    expect(HEADING_ANCHOR_LABEL).toBe('Link a questa sezione');
  });

  it('keeps the link focusable, unlike the plugin default', () => {
    expect(headingAnchorOptions.properties).not.toHaveProperty('ariaHidden');
    expect(headingAnchorOptions.properties).not.toHaveProperty('tabIndex');
  });
});
