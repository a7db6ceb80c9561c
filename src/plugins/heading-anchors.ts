import type { Options } from 'rehype-autolink-headings';

/** Accessible name of each heading's anchor link, read by screen readers. */
export const HEADING_ANCHOR_LABEL = 'Link a questa sezione';

/**
 * Settings for rehype-autolink-headings: a `#` link appended to every heading,
 * `<a class="heading-anchor" href="#id"><span aria-hidden="true">#</span><span
 * class="visually-hidden">Link a questa sezione</span></a>`. The link stays focusable (unlike the
 * plugin's default `aria-hidden` link) so keyboard users can copy it too; the decorative `#` is
 * hidden from screen readers and the label from sight.
 */
export const headingAnchorOptions: Options = {
  behavior: 'append',
  properties: { className: ['heading-anchor'] },
  content: [
    {
      type: 'element',
      tagName: 'span',
      properties: { ariaHidden: 'true' },
      children: [{ type: 'text', value: '#' }],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['visually-hidden'] },
      children: [{ type: 'text', value: HEADING_ANCHOR_LABEL }],
    },
  ],
};
