/**
 * What an article body may contain once published: the allow-list of the newsroom policy, in one
 * reviewed place. Authors write prose, figures, tables, code and footnotes; nothing in a body
 * may run code, load from another site or restyle the page. Shiki's highlighted code and GFM's
 * footnotes and task lists pass exactly as the pipeline makes them.
 *
 * @see https://github.com/syntax-tree/hast-util-sanitize#schema
 */
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * Shiki's inline colours (`color:#D73A49;--shiki-dark:#FF7B72`, the `pre`'s background and
 * scrolling): declarations from this short list, with values that cannot hold `url()` or quotes.
 */
const SHIKI_STYLE =
  /^(?:\s*(?:--shiki-[\w-]+|color|background-color|font-style|font-weight|text-decoration|overflow-x)\s*:\s*[^;:"'()<>\\]+;?)+\s*$/;

/**
 * Images come from this site only (the CSP allows no other, and a remote image tells another
 * site who reads what): a path, not a URL with a scheme or a `//host`.
 */
const LOCAL_SOURCE = /^(?![a-z][a-z0-9+.-]*:|\/\/|\\)/i;

/** Elements removed with everything they contain: code, markup and form controls, not prose. */
export const STRIPPED_ELEMENTS = [
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'textarea',
  'select',
  'title',
];

/** The newsroom schema for `rehype-sanitize`. */
export const newsroomSanitizeSchema: SanitizeSchema = {
  tagNames: [
    ...['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'div', 'span'],
    ...['a', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup'],
    ...['abbr', 'cite', 'dfn', 'q', 'time', 'kbd', 'samp', 'var', 'code', 'pre', 'wbr'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'details', 'summary', 'section', 'input'],
    ...['figure', 'figcaption', 'img'],
    ...['table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  ],
  attributes: {
    '*': ['id', 'title', 'lang', 'dir'],
    a: [
      'href',
      'ariaDescribedBy',
      'ariaLabel',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['className', 'data-footnote-backref'],
    ],
    img: [['src', LOCAL_SOURCE], 'alt', 'width', 'height'],
    pre: [['className', /^[\w-]+$/], ['style', SHIKI_STYLE], 'tabIndex', 'dataLanguage'],
    span: [
      ['className', 'line'],
      ['style', SHIKI_STYLE],
    ],
    code: [['className', /^language-[\w-]+$/]],
    h2: [['className', 'sr-only']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    ol: ['start', 'reversed', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: ['value', ['className', 'task-list-item']],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    td: ['align', 'colSpan', 'rowSpan'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    time: ['dateTime'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite'],
    ins: ['cite'],
    details: ['open'],
  },
  // Relative addresses always pass.
  protocols: { href: ['http', 'https', 'mailto', 'tel'], cite: ['http', 'https'] },
  strip: STRIPPED_ELEMENTS,
  // Footnote ids already carry remark-rehype's `user-content-` prefix, and the pages run no
  // script that an id could shadow.
  clobber: [],
  clobberPrefix: '',
  ancestors: {},
  required: { input: { type: 'checkbox', disabled: true } },
  allowComments: false,
  allowDoctypes: false,
};
